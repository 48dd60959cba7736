#include "Institution.h"

#include "JsonReader.h"

namespace zc {

std::optional<Institution> Institution::fromJson(const QJsonObject &o, QString *why)
{
    JsonReader r(o, QStringLiteral("Institution"));
    Institution i;
    i.id = r.integer("id");
    i.code = r.string("code");
    i.name = r.string("name");
    i.uscc = r.string("uscc");
    i.level = r.string("level");
    i.address = r.string("address");
    if (!r.ok()) {
        if (why)
            *why = r.error();
        return std::nullopt;
    }
    return i;
}

QJsonObject Institution::toJson() const
{
    return QJsonObject{
        { QStringLiteral("id"), id },
        { QStringLiteral("code"), code },
        { QStringLiteral("name"), name },
        { QStringLiteral("uscc"), uscc },
        { QStringLiteral("level"), level },
        { QStringLiteral("address"), address },
    };
}

bool operator==(const Institution &a, const Institution &b)
{
    return a.id == b.id && a.code == b.code && a.name == b.name && a.uscc == b.uscc
           && a.level == b.level && a.address == b.address;
}

} // namespace zc
