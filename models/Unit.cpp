#include "Unit.h"

#include "JsonReader.h"

namespace zc {

QString Unit::kindToString(Kind k)
{
    switch (k) {
    case Kind::None: return {};
    case Kind::MedicalInstitution: return QStringLiteral("medical_institution");
    case Kind::Manufacturer: return QStringLiteral("manufacturer");
    case Kind::Distributor: return QStringLiteral("distributor");
    }
    return {};
}

std::optional<Unit::Kind> Unit::kindFromString(const QString &s)
{
    for (const Kind k : { Kind::None, Kind::MedicalInstitution, Kind::Manufacturer, Kind::Distributor }) {
        if (s == kindToString(k))
            return k;
    }
    return std::nullopt;
}

std::optional<Unit> Unit::fromJson(const QJsonObject &o, QString *why)
{
    JsonReader r(o, QStringLiteral("Unit"));
    Unit u;
    u.id = r.integer("id");
    u.uscc = r.string("uscc");
    u.name = r.string("name");
    const QString kind = r.oneOf("kind",
                                 { kindToString(Kind::MedicalInstitution), kindToString(Kind::Manufacturer),
                                   kindToString(Kind::Distributor) },
                                 true);
    u.kind = kindFromString(kind).value_or(Kind::None);
    u.unitCode = r.nullableString("unit_code");
    u.verified = r.boolean("verified");
    u.region = r.string("region");
    if (!r.ok()) {
        if (why)
            *why = r.error();
        return std::nullopt;
    }
    return u;
}

QJsonObject Unit::toJson() const
{
    const auto orNull = [](const QString &s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    return QJsonObject{
        { QStringLiteral("id"), id },
        { QStringLiteral("uscc"), uscc },
        { QStringLiteral("name"), name },
        { QStringLiteral("kind"), orNull(kindToString(kind)) },
        { QStringLiteral("unit_code"), orNull(unitCode) },
        { QStringLiteral("verified"), verified },
        { QStringLiteral("region"), region },
    };
}

bool operator==(const Unit &a, const Unit &b)
{
    return a.id == b.id && a.uscc == b.uscc && a.name == b.name && a.kind == b.kind
           && a.unitCode == b.unitCode && a.verified == b.verified && a.region == b.region;
}

} // namespace zc
