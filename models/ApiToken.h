#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace zc {

// An API token (接口管理): a named, expiring credential that acts for its unit
// with exactly its permissions, for scripts and other systems. The secret
// (`zcat_…`) is never part of it: POST /api-tokens returns it once, beside.
struct ApiToken
{
    // Every secret starts with it; the server tells tokens from sessions by it.
    static constexpr char SecretPrefix[] = "zcat_";

    qint64 id = 0;
    QString name;
    QStringList permissions;   // leaf catalog codes
    qint64 createdById = 0;
    QString createdByName;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime lastUsedAt;      // invalid: never used
    bool revoked = false;

    [[nodiscard]] bool isExpired(const QDateTime &now) const { return expiresAt.isValid() && expiresAt <= now; }

    [[nodiscard]] static std::optional<ApiToken> fromJson(const QJsonObject &o, QString *why = nullptr);
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const ApiToken &a, const ApiToken &b);
};

} // namespace zc
