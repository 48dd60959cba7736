#include "server/storage/ApiTokenStorage.h"

#include "server/storage/Database.h"
#include "server/storage/Directory.h"
#include "models/PermissionCatalog.h"

#include <QHash>
#include <QSqlQuery>

namespace zc::server {

namespace {

// The ApiToken columns, read by index 0..7 (then a permission code at 8).
const QString TokenColumns = QStringLiteral(
    "t.id, t.name, t.created_by_id, t.created_by_name, t.created_at, t.expires_at, t.last_used_at, t.revoked");

ApiToken tokenFrom(const QSqlQuery &q)
{
    ApiToken t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.createdById = q.value(2).toLongLong();
    t.createdByName = q.value(3).toString();
    t.createdAt = Directory::timeFromMs(q.value(4));
    t.expiresAt = Directory::timeFromMs(q.value(5));
    t.lastUsedAt = Directory::timeFromMs(q.value(6));
    t.revoked = q.value(7).toInt() != 0;
    return t;
}

// Stored leaves in catalog order (as roles answer them).
QStringList inCatalogOrder(const QStringList &codes)
{
    return PermissionCatalog::builtIn().expand(codes);
}

} // namespace

Result<std::optional<ApiTokenStorage::Credential>> ApiTokenStorage::byHash(const QString &tokenHash)
{
    std::optional<Credential> found;
    const bool ok = m_db.each(
        QStringLiteral("SELECT t.id, t.name, t.token_hash, t.expires_at, t.last_used_at, t.revoked,"
                       " u.id, u.uscc, u.name, u.kind, u.unit_code, u.verified, u.region, p.code"
                       " FROM api_tokens t LEFT JOIN units u ON u.id = t.unit_id"
                       " LEFT JOIN api_token_permissions p ON p.token_id = t.id"
                       " WHERE t.token_hash = ?"),
        {tokenHash}, [&](const QSqlQuery &q) {
            if (!found) {
                Credential c;
                c.id = q.value(0).toLongLong();
                c.name = q.value(1).toString();
                c.tokenHash = q.value(2).toString();
                c.expiresMs = q.value(3).toLongLong();
                c.lastUsedMs = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
                c.revoked = q.value(5).toInt() != 0;
                if (!q.value(6).isNull()) {
                    c.unitFound = true;
                    c.unit.id = q.value(6).toLongLong();
                    c.unit.uscc = q.value(7).toString();
                    c.unit.name = q.value(8).toString();
                    c.unit.kind = Unit::kindFromString(q.value(9).toString()).value_or(Unit::Kind::None);
                    c.unit.unitCode = q.value(10).toString();
                    c.unit.verified = q.value(11).toInt() != 0;
                    c.unit.region = q.value(12).toString();
                }
                found = std::move(c);
            }
            if (!q.value(13).isNull())
                found->codes.append(q.value(13).toString());
        });
    if (!ok)
        return internalError();
    return found;
}

Status ApiTokenStorage::touch(qint64 tokenId, qint64 nowMs, qint64 notBeforeMs)
{
    if (!m_db.run(QStringLiteral("UPDATE api_tokens SET last_used_at = ?"
                                 " WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)"),
                  {nowMs, tokenId, notBeforeMs}))
        return internalError();
    return Done{};
}

Result<bool> ApiTokenStorage::isLive(qint64 tokenId, qint64 nowMs)
{
    const auto rows = m_db.run(
        QStringLiteral("SELECT COUNT(*) FROM api_tokens WHERE id = ? AND revoked = 0 AND expires_at > ?"),
        {tokenId, nowMs});
    if (!rows)
        return internalError();
    return rows->scalar().toLongLong() == 1;
}

Result<ListPage<ApiToken>> ApiTokenStorage::page(qint64 unitId, int page, int size)
{
    const auto total = m_db.run(QStringLiteral("SELECT COUNT(*) FROM api_tokens WHERE unit_id = ?"), {unitId});
    if (!total)
        return internalError();
    ListPage<ApiToken> out;
    out.total = total->scalar().toLongLong();
    out.page = page;
    out.size = size;
    bool ok = m_db.each(QStringLiteral("SELECT ") + TokenColumns
                            + QStringLiteral(" FROM api_tokens t WHERE t.unit_id = ? ORDER BY t.id DESC"
                                             " LIMIT ? OFFSET ?"),
                        {unitId, size, qint64(page - 1) * size},
                        [&](const QSqlQuery &q) { out.items.append(tokenFrom(q)); });
    if (!ok)
        return internalError();
    if (out.items.isEmpty())
        return out;
    // The codes of the tokens whose ids span the page, in one statement.
    QHash<qint64, QStringList> codes;
    ok = m_db.each(QStringLiteral("SELECT p.token_id, p.code FROM api_token_permissions p"
                                  " JOIN api_tokens t ON t.id = p.token_id"
                                  " WHERE t.unit_id = ? AND p.token_id >= ? AND p.token_id <= ?"),
                   {unitId, out.items.constLast().id, out.items.constFirst().id},
                   [&](const QSqlQuery &q) { codes[q.value(0).toLongLong()].append(q.value(1).toString()); });
    if (!ok)
        return internalError();
    for (ApiToken &t : out.items)
        t.permissions = inCatalogOrder(codes.value(t.id));
    return out;
}

Result<std::optional<ApiToken>> ApiTokenStorage::inUnit(qint64 unitId, qint64 tokenId)
{
    std::optional<ApiToken> found;
    QStringList codes;
    const bool ok = m_db.each(QStringLiteral("SELECT ") + TokenColumns
                                  + QStringLiteral(", p.code FROM api_tokens t"
                                                   " LEFT JOIN api_token_permissions p ON p.token_id = t.id"
                                                   " WHERE t.id = ? AND t.unit_id = ?"),
                              {tokenId, unitId}, [&](const QSqlQuery &q) {
                                  if (!found)
                                      found = tokenFrom(q);
                                  if (!q.value(8).isNull())
                                      codes.append(q.value(8).toString());
                              });
    if (!ok)
        return internalError();
    if (found)
        found->permissions = inCatalogOrder(codes);
    return found;
}

Result<std::optional<qint64>> ApiTokenStorage::insert(const NewToken &t, qint64 nowMs)
{
    bool constraint = false;
    const auto rows = m_db.runAllowingConstraint(
        QStringLiteral("INSERT INTO api_tokens (unit_id, name, name_key, token_hash, created_by_id, created_by_name,"
                       " created_at, expires_at, revoked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0) RETURNING id"),
        {t.unitId, t.name, Directory::nameKey(t.name), t.tokenHash, t.createdById, t.createdByName, nowMs,
         t.expiresMs},
        &constraint);
    if (constraint)
        return std::optional<qint64>();
    if (!rows || rows->isEmpty())
        return internalError();
    return std::optional<qint64>(rows->scalar().toLongLong());
}

Status ApiTokenStorage::addPermissions(qint64 tokenId, const QStringList &codes)
{
    for (const QString &code : codes) {
        if (!m_db.run(QStringLiteral("INSERT INTO api_token_permissions (token_id, code) VALUES (?, ?)"),
                      {tokenId, code}))
            return internalError();
    }
    return Done{};
}

Result<bool> ApiTokenStorage::revoke(qint64 tokenId, qint64 nowMs)
{
    const auto rows = m_db.run(
        QStringLiteral("UPDATE api_tokens SET revoked = 1, revoked_at = ? WHERE id = ? AND revoked = 0"),
        {nowMs, tokenId});
    if (!rows)
        return internalError();
    return rows->rowsAffected == 1;
}

Result<QList<ApiTokenStorage::HeldCode>> ApiTokenStorage::liveCodesOfUnit(qint64 unitId)
{
    QList<HeldCode> out;
    const bool ok = m_db.each(QStringLiteral("SELECT t.id, t.name, p.code FROM api_tokens t"
                                             " JOIN api_token_permissions p ON p.token_id = t.id"
                                             " WHERE t.unit_id = ? AND t.revoked = 0 ORDER BY t.id"),
                              {unitId}, [&](const QSqlQuery &q) {
                                  out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
                              });
    if (!ok)
        return internalError();
    return out;
}

Status ApiTokenStorage::removePermission(qint64 tokenId, const QString &code)
{
    if (!m_db.run(QStringLiteral("DELETE FROM api_token_permissions WHERE token_id = ? AND code = ?"),
                  {tokenId, code}))
        return internalError();
    return Done{};
}

} // namespace zc::server
