#pragma once

#include "server/Result.h"
#include "server/http/ListPage.h"
#include "models/ApiToken.h"
#include "models/Unit.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace zc::server {

class Database;

// Every statement on the api_tokens and api_token_permissions tables (接口管理).
// A token's secret is never here, only its SHA-256 (token_hash); a deleted
// token stays as a row with revoked = 1, so that the list keeps its history,
// and the partial unique index api_tokens (unit_id, name_key) WHERE revoked = 0
// decides that names are unique among a unit's live tokens. A view over a
// thread's Database: cheap to make where it is needed.
class ApiTokenStorage
{
public:
    explicit ApiTokenStorage(Database &db) : m_db(db) {}

    // What a request made with a token needs, read by its hash in one statement.
    struct Credential
    {
        qint64 id = 0;
        QString name;
        QString tokenHash;
        qint64 expiresMs = 0;
        qint64 lastUsedMs = 0;   // 0: never used
        bool revoked = false;
        bool unitFound = false;
        Unit unit;
        QStringList codes;       // as stored (leaves)
    };
    [[nodiscard]] Result<std::optional<Credential>> byHash(const QString &tokenHash);
    // Sets last_used_at to nowMs unless another request did so after notBeforeMs.
    [[nodiscard]] Status touch(qint64 tokenId, qint64 nowMs, qint64 notBeforeMs);
    // Not revoked and not expired at nowMs (false for an unknown id).
    [[nodiscard]] Result<bool> isLive(qint64 tokenId, qint64 nowMs);

    // A page of the unit's tokens, newest first, revoked ones included.
    [[nodiscard]] Result<ListPage<ApiToken>> page(qint64 unitId, int page, int size);
    // The token when it belongs to the unit.
    [[nodiscard]] Result<std::optional<ApiToken>> inUnit(qint64 unitId, qint64 tokenId);

    // The writes, inside the caller's transaction.
    struct NewToken
    {
        qint64 unitId = 0;
        QString name;
        QString tokenHash;
        qint64 createdById = 0;
        QString createdByName;
        qint64 expiresMs = 0;
    };
    // The new token's id; nullopt when a live token of the unit has that name
    // (compared by Directory::nameKey, decided by the partial unique index).
    [[nodiscard]] Result<std::optional<qint64>> insert(const NewToken &token, qint64 nowMs);
    [[nodiscard]] Status addPermissions(qint64 tokenId, const QStringList &codes);
    // true when it was live and is revoked now; false when it was revoked already.
    [[nodiscard]] Result<bool> revoke(qint64 tokenId, qint64 nowMs);

    // Every (token, code) a live token of the unit holds, with the token's name.
    struct HeldCode
    {
        qint64 tokenId = 0;
        QString tokenName;
        QString code;
    };
    [[nodiscard]] Result<QList<HeldCode>> liveCodesOfUnit(qint64 unitId);
    [[nodiscard]] Status removePermission(qint64 tokenId, const QString &code);

private:
    Database &m_db;
};

} // namespace zc::server
