#include "Account.h"

#include "JsonReader.h"

#include <QJsonArray>

namespace zc {

QString Account::kindToString(Kind k)
{
    switch (k) {
    case Kind::Unit: return QStringLiteral("unit");
    case Kind::Handler: return QStringLiteral("handler");
    }
    return {};
}

std::optional<Account::Kind> Account::kindFromString(const QString &s)
{
    for (const Kind k : { Kind::Unit, Kind::Handler }) {
        if (s == kindToString(k))
            return k;
    }
    return std::nullopt;
}

QString Account::statusToString(Status s)
{
    switch (s) {
    case Status::Active: return QStringLiteral("active");
    case Status::Disabled: return QStringLiteral("disabled");
    case Status::Locked: return QStringLiteral("locked");
    }
    return {};
}

std::optional<Account::Status> Account::statusFromString(const QString &s)
{
    for (const Status st : { Status::Active, Status::Disabled, Status::Locked }) {
        if (s == statusToString(st))
            return st;
    }
    return std::nullopt;
}

std::optional<Account> Account::fromJson(const QJsonObject &o, QString *why)
{
    JsonReader r(o, QStringLiteral("Account"));
    Account a;
    a.id = r.integer("id");
    a.login = r.string("login");
    a.name = r.string("name");
    a.phone = r.string("phone");
    a.kind = kindFromString(r.oneOf("kind", { kindToString(Kind::Unit), kindToString(Kind::Handler) }))
                     .value_or(Kind::Handler);
    a.status = statusFromString(r.oneOf("status",
                                        { statusToString(Status::Active), statusToString(Status::Disabled),
                                          statusToString(Status::Locked) }))
                       .value_or(Status::Active);
    a.roleIds = r.integerList("role_ids");
    a.institutionId = r.nullableInteger("institution_id");
    // 0 stands for null in the struct, so a real institution id is positive.
    if (r.ok() && a.institutionId <= 0 && !r.value("institution_id").isNull())
        r.fail(r.path("institution_id") + QStringLiteral(": expected a positive integer or null, got ")
               + QString::number(a.institutionId));
    a.createdAt = r.time("created_at");
    a.lastLoginAt = r.nullableTime("last_login_at");
    a.version = r.string("version");
    if (!r.ok()) {
        if (why)
            *why = r.error();
        return std::nullopt;
    }
    return a;
}

QJsonObject Account::toJson() const
{
    QJsonArray roles;
    for (const qint64 id : roleIds)
        roles.append(id);
    return QJsonObject{
        { QStringLiteral("id"), id },
        { QStringLiteral("login"), login },
        { QStringLiteral("name"), name },
        { QStringLiteral("phone"), phone },
        { QStringLiteral("kind"), kindToString(kind) },
        { QStringLiteral("status"), statusToString(status) },
        { QStringLiteral("role_ids"), roles },
        { QStringLiteral("institution_id"),
          institutionId > 0 ? QJsonValue(institutionId) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("created_at"), toRfc3339(createdAt) },
        { QStringLiteral("last_login_at"),
          lastLoginAt.isValid() ? QJsonValue(toRfc3339(lastLoginAt)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("version"), version },
    };
}

bool operator==(const Account &a, const Account &b)
{
    return a.id == b.id && a.login == b.login && a.name == b.name && a.phone == b.phone
           && a.kind == b.kind && a.status == b.status && a.roleIds == b.roleIds
           && a.institutionId == b.institutionId && a.createdAt == b.createdAt
           && a.lastLoginAt == b.lastLoginAt && a.version == b.version;
}

} // namespace zc
