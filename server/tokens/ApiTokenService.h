#pragma once

#include "server/auth/AuthSession.h"
#include "server/http/ListPage.h"
#include "server/Result.h"
#include "models/ApiToken.h"

#include <QString>
#include <QStringList>

namespace zc::server {

class AuditLog;
class Database;

// API tokens of a unit (接口管理): the list, creation with a secret shown once,
// deletion, and the requests made with them.
//
// - The secret is ApiToken::SecretPrefix ("zcat_") and 32 bytes of libsodium's
//   CSPRNG in base64url (43 characters); only its SHA-256 is stored, as a
//   session token's is (a 256-bit random secret needs no slow hash).
// - A request's bearer is looked up by that hash (an index lookup: its time
//   says nothing about how close a guess came) and compared again in constant
//   time. A revoked, expired or unknown token is 401 unauthenticated.
// - A token acts for its unit with exactly its leaves, recomputed on every
//   request against the unit's current kind; it is no account and has no gates.
// - last_used_at is written at most once a minute per token (TouchEveryMs),
//   so that a script's burst of requests is not a write per request.
// - Creation and deletion follow the rules of roles: permissions expanded and
//   checked by PermissionGrant, names unique among the unit's live tokens
//   (409 token_name_taken), one audit event in the write's transaction.
class ApiTokenService
{
public:
    static constexpr qint64 TouchEveryMs = 60 * 1000;
    static constexpr int MaxDays = 365;

    // daySeconds: how long one of expires_in_days lasts (a day; shorter only with --dev).
    ApiTokenService(Database &db, AuditLog &audit, qint64 daySeconds);

    // Whether a bearer is meant as an API token (the prefix and a secret's length),
    // as opposed to a session token.
    [[nodiscard]] static bool isApiTokenBearer(const QString &bearer);
    // 401 unauthenticated for a malformed, unknown, revoked or expired token.
    [[nodiscard]] Result<AuthSession> resolve(const QString &secret);

    [[nodiscard]] Result<ListPage<ApiToken>> list(const AuthSession &caller, int page, int size);

    struct Input
    {
        QString name;              // trimmed, validated by the route
        QStringList permissions;   // catalog codes as sent
        int expiresInDays = 0;     // 1..MaxDays, validated by the route
    };
    struct Created
    {
        ApiToken token;
        QString secret;            // shown this once
    };
    [[nodiscard]] Result<Created> create(const AuthSession &caller, const Input &input);
    // 404 for another unit's or an unknown id; a token revoked already: nothing changes.
    [[nodiscard]] Status remove(const AuthSession &caller, qint64 tokenId);

private:
    Database &m_db;
    AuditLog &m_audit;
    qint64 m_daySeconds;
};

} // namespace zc::server
