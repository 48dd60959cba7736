#include "Role.h"

#include "JsonReader.h"

#include <QJsonArray>

#include <limits>

namespace zc {

std::optional<Role> Role::fromJson(const QJsonObject &o, QString *why)
{
    JsonReader r(o, QStringLiteral("Role"));
    Role role;
    role.id = r.integer("id");
    role.name = r.string("name");
    role.remark = r.string("remark");
    role.permissions = r.stringList("permissions");
    const qint64 count = r.integer("account_count");
    if (r.ok() && (count < 0 || count > std::numeric_limits<int>::max()))
        r.fail(r.path("account_count") + QStringLiteral(": expected a non-negative count, got ")
               + QString::number(count));
    role.accountCount = static_cast<int>(count);
    const JsonReader::IdName createdBy = r.idName("created_by");
    role.createdById = createdBy.id;
    role.createdByName = createdBy.name;
    role.createdAt = r.time("created_at");
    role.updatedAt = r.time("updated_at");
    role.version = r.string("version");
    if (!r.ok()) {
        if (why)
            *why = r.error();
        return std::nullopt;
    }
    return role;
}

QJsonObject Role::toJson() const
{
    return QJsonObject{
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), name },
        { QStringLiteral("remark"), remark },
        { QStringLiteral("permissions"), QJsonArray::fromStringList(permissions) },
        { QStringLiteral("account_count"), accountCount },
        { QStringLiteral("created_by"),
          QJsonObject{ { QStringLiteral("id"), createdById }, { QStringLiteral("name"), createdByName } } },
        { QStringLiteral("created_at"), toRfc3339(createdAt) },
        { QStringLiteral("updated_at"), toRfc3339(updatedAt) },
        { QStringLiteral("version"), version },
    };
}

bool operator==(const Role &a, const Role &b)
{
    return a.id == b.id && a.name == b.name && a.remark == b.remark && a.permissions == b.permissions
           && a.accountCount == b.accountCount && a.createdById == b.createdById
           && a.createdByName == b.createdByName && a.createdAt == b.createdAt
           && a.updatedAt == b.updatedAt && a.version == b.version;
}

} // namespace zc
