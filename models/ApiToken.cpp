#include "ApiToken.h"

#include "JsonReader.h"

#include <QJsonArray>

namespace zc {

std::optional<ApiToken> ApiToken::fromJson(const QJsonObject &o, QString *why)
{
    JsonReader r(o, QStringLiteral("ApiToken"));
    ApiToken t;
    t.id = r.integer("id");
    t.name = r.string("name");
    t.permissions = r.stringList("permissions");
    const JsonReader::IdName createdBy = r.idName("created_by");
    t.createdById = createdBy.id;
    t.createdByName = createdBy.name;
    t.createdAt = r.time("created_at");
    t.expiresAt = r.time("expires_at");
    t.lastUsedAt = r.nullableTime("last_used_at");
    t.revoked = r.boolean("revoked");
    if (!r.ok()) {
        if (why)
            *why = r.error();
        return std::nullopt;
    }
    return t;
}

QJsonObject ApiToken::toJson() const
{
    return QJsonObject{
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), name },
        { QStringLiteral("permissions"), QJsonArray::fromStringList(permissions) },
        { QStringLiteral("created_by"),
          QJsonObject{ { QStringLiteral("id"), createdById }, { QStringLiteral("name"), createdByName } } },
        { QStringLiteral("created_at"), toRfc3339(createdAt) },
        { QStringLiteral("expires_at"), toRfc3339(expiresAt) },
        { QStringLiteral("last_used_at"), lastUsedAt.isValid() ? QJsonValue(toRfc3339(lastUsedAt)) : QJsonValue() },
        { QStringLiteral("revoked"), revoked },
    };
}

bool operator==(const ApiToken &a, const ApiToken &b)
{
    return a.id == b.id && a.name == b.name && a.permissions == b.permissions
           && a.createdById == b.createdById && a.createdByName == b.createdByName
           && a.createdAt == b.createdAt && a.expiresAt == b.expiresAt && a.lastUsedAt == b.lastUsedAt
           && a.revoked == b.revoked;
}

} // namespace zc
