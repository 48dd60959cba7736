#include "server/tokens/ApiTokenService.h"

#include "server/Crypto.h"
#include "server/Logging.h"
#include "server/auth/SessionService.h"
#include "server/feed/AuditLog.h"
#include "server/roles/PermissionGrant.h"
#include "server/storage/ApiTokenStorage.h"
#include "server/storage/Database.h"
#include "server/storage/Directory.h"
#include "models/PermissionCatalog.h"

#include <QDateTime>
#include <QRegularExpression>

namespace zc::server {

namespace {

constexpr int SecretBytes = 32;   // 256 bits: 43 base64url characters

ApiError unauthenticated()
{
    return apiError(401, ErrorCode::Unauthenticated);
}

AuditLog::Entry entry(const AuthSession &caller, const char *action, qint64 tokenId, const QString &summary)
{
    return {caller.unitId(), caller.actor(), QString::fromLatin1(action), QStringLiteral("api_token"), tokenId,
            summary};
}

} // namespace

ApiTokenService::ApiTokenService(Database &db, AuditLog &audit, qint64 daySeconds)
    : m_db(db), m_audit(audit), m_daySeconds(daySeconds)
{
}

bool ApiTokenService::isApiTokenBearer(const QString &bearer)
{
    static const qsizetype length = qsizetype(sizeof ApiToken::SecretPrefix) - 1 + 43;
    return bearer.size() == length && bearer.startsWith(QLatin1String(ApiToken::SecretPrefix));
}

Result<AuthSession> ApiTokenService::resolve(const QString &secret)
{
    static const QRegularExpression shape(QStringLiteral("^zcat_[A-Za-z0-9_-]{43}$"));
    if (!shape.match(secret).hasMatch())
        return unauthenticated();   // never looked up
    const QString hash = SessionService::hashToken(secret);
    auto found = ApiTokenStorage(m_db).byHash(hash);
    if (!found)
        return found.error();
    if (!found->has_value())
        return unauthenticated();
    const ApiTokenStorage::Credential c = *found.take();
    // The index found it; compare once more in constant time anyway.
    if (!Crypto::constantTimeEquals(c.tokenHash.toLatin1(), hash.toLatin1()))
        return unauthenticated();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (c.revoked || now >= c.expiresMs || !c.unitFound)
        return unauthenticated();
    if (c.lastUsedMs == 0 || now - c.lastUsedMs >= TouchEveryMs) {
        // A read is no write, except once a minute per token.
        if (const Status st = ApiTokenStorage(m_db).touch(c.id, now, now - TouchEveryMs + 1); !st)
            return st.error();
    }

    AuthSession s;
    s.apiTokenId = c.id;
    s.apiTokenName = c.name;
    s.view.unit = c.unit;
    s.view.expiresAt = Directory::timeFromMs(c.expiresMs);
    // Only the leaves of the unit's kind as it is now (a change of kind prunes
    // the stored codes too; this keeps a token exact even in between).
    s.view.permissions = PermissionCatalog::builtInFor(c.unit.kind).expand(c.codes);
    return s;
}

Result<ListPage<ApiToken>> ApiTokenService::list(const AuthSession &caller, int page, int size)
{
    return ApiTokenStorage(m_db).page(caller.unitId(), page, size);
}

Result<ApiTokenService::Created> ApiTokenService::create(const AuthSession &caller, const Input &input)
{
    const Result<QStringList> leaves = PermissionGrant::expand(caller, input.permissions);
    if (!leaves)
        return leaves.error();
    if (const Status held = PermissionGrant::checkHeld(caller, leaves.value()); !held)
        return held.error();

    const QString secret = QLatin1String(ApiToken::SecretPrefix) + Crypto::randomToken(SecretBytes);
    const Result<qint64> created = m_db.transaction<qint64>([&]() -> Result<qint64> {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        ApiTokenStorage storage(m_db);
        const Result<std::optional<qint64>> inserted = storage.insert(
            {caller.unitId(), input.name, SessionService::hashToken(secret), caller.accountId(), caller.actor().name,
             now + qint64(input.expiresInDays) * m_daySeconds * 1000},
            now);
        if (!inserted)
            return inserted.error();
        if (!inserted->has_value())
            return apiError(409, ErrorCode::TokenNameTaken, QStringLiteral("name"));   // the unique index decided
        const qint64 id = inserted->value();
        if (const Status st = storage.addPermissions(id, leaves.value()); !st)
            return st.error();
        const Status audited = m_audit.record(entry(caller, "api_token.create", id,
                                                    QStringLiteral("新增接口令牌“%1”（%2 项权限，有效期 %3 天）")
                                                        .arg(input.name)
                                                        .arg(leaves->size())
                                                        .arg(input.expiresInDays)));
        if (!audited)
            return audited.error();
        return id;
    });
    if (!created)
        return created.error();
    qCInfo(lcAdmin) << "API token" << created.value() << "created in unit" << caller.unitId() << "by account"
                    << caller.accountId();
    const auto token = ApiTokenStorage(m_db).inUnit(caller.unitId(), created.value());
    if (!token)
        return token.error();
    if (!token->has_value())
        return internalError();
    return Created{token->value(), secret};
}

Status ApiTokenService::remove(const AuthSession &caller, qint64 tokenId)
{
    bool revoked = false;
    const Status done = m_db.transaction<Done>([&]() -> Status {
        ApiTokenStorage storage(m_db);
        // The unit boundary: another unit's id answers like one that does not exist.
        const auto token = storage.inUnit(caller.unitId(), tokenId);
        if (!token)
            return token.error();
        if (!token->has_value())
            return apiError(404, ErrorCode::NotFound);
        const Result<bool> changed = storage.revoke(tokenId, QDateTime::currentMSecsSinceEpoch());
        if (!changed)
            return changed.error();
        if (!changed.value())
            return Done{};   // deleted already: nothing changes, no second event
        revoked = true;
        return m_audit.record(entry(caller, "api_token.delete", tokenId,
                                    QStringLiteral("删除接口令牌“%1”").arg(token->value().name)));
    });
    if (done && revoked)
        qCInfo(lcAdmin) << "API token" << tokenId << "deleted in unit" << caller.unitId();
    return done;
}

} // namespace zc::server
