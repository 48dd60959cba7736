#include "server/storage/SessionStorage.h"

#include "server/storage/Database.h"

#include <QSqlQuery>

namespace zc::server {

namespace {

// A session, its credential, its account (with the lock of its login) and the
// account's unit, in one statement: the whole of what every request needs
// before its route runs. Read by index below.
const QString SessionQuery = QStringLiteral(
    "SELECT s.id, s.credential_id, s.account_id, s.login_key, s.token_hash, s.last_seen_at, s.idle_expires_at,"
    " s.expires_at, c.phone, c.password_change_required,"
    " a.unit_id, a.kind, a.login, a.name, a.phone, a.status, a.institution_id, a.created_at, a.last_login_at,"
    " a.version, l.locked_until,"
    " u.id, u.uscc, u.name, u.kind, u.unit_code, u.verified, u.region"
    " FROM sessions s JOIN credentials c ON c.id = s.credential_id"
    " LEFT JOIN accounts a ON a.id = s.account_id"
    " LEFT JOIN lockouts l ON l.login_key = a.login"
    " LEFT JOIN units u ON u.id = a.unit_id"
    " WHERE ");

} // namespace

Result<std::optional<SessionStorage::Row>> SessionStorage::read(const QString &where, const QVariant &key, qint64 now)
{
    std::optional<Row> found;
    const bool ok = m_db.each(SessionQuery + where, {key}, [&](const QSqlQuery &q) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.credentialId = q.value(1).toLongLong();
        r.accountId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
        r.loginKey = q.value(3).toString();
        r.tokenHash = q.value(4).toString();
        r.lastSeen = q.value(5).toLongLong();
        r.idleExpires = q.value(6).toLongLong();
        r.expires = q.value(7).toLongLong();
        r.credentialPhone = q.value(8).toString();
        r.passwordChangeRequired = q.value(9).toInt() != 0;
        if (r.accountId > 0 && !q.value(10).isNull()) {
            r.accountFound = true;
            Account &a = r.account.account;
            a.id = r.accountId;
            a.kind = q.value(11).toString() == QLatin1String("unit") ? Account::Kind::Unit : Account::Kind::Handler;
            a.login = q.value(12).toString();
            a.name = q.value(13).toString();
            a.phone = q.value(14).toString();
            const bool disabled = q.value(15).toString() == QLatin1String("disabled");
            const QVariant lockedUntil = q.value(20);
            const bool locked = !lockedUntil.isNull() && lockedUntil.toLongLong() > now;
            r.lockedUntil = locked ? lockedUntil.toLongLong() : 0;
            a.status = disabled ? Account::Status::Disabled : (locked ? Account::Status::Locked : Account::Status::Active);
            a.institutionId = q.value(16).isNull() ? 0 : q.value(16).toLongLong();
            a.createdAt = Directory::timeFromMs(q.value(17));
            a.lastLoginAt = Directory::timeFromMs(q.value(18));
            a.version = Directory::accountVersion(q.value(19).toLongLong(), disabled ? QVariant() : lockedUntil, now);
            r.account.unitId = q.value(10).toLongLong();
            r.account.credentialId = r.credentialId;
        }
        if (!q.value(21).isNull()) {
            r.unitFound = true;
            r.unit.id = q.value(21).toLongLong();
            r.unit.uscc = q.value(22).toString();
            r.unit.name = q.value(23).toString();
            r.unit.kind = Unit::kindFromString(q.value(24).toString()).value_or(Unit::Kind::None);
            r.unit.unitCode = q.value(25).toString();
            r.unit.verified = q.value(26).toInt() != 0;
            r.unit.region = q.value(27).toString();
        }
        found = std::move(r);
    });
    if (!ok)
        return internalError();
    return found;
}

Result<std::optional<SessionStorage::Row>> SessionStorage::byTokenHash(const QString &tokenHash, qint64 nowMs)
{
    return read(QStringLiteral("s.token_hash = ?"), tokenHash, nowMs);
}

Result<std::optional<SessionStorage::Row>> SessionStorage::byId(qint64 id, qint64 nowMs)
{
    return read(QStringLiteral("s.id = ?"), id, nowMs);
}

Status SessionStorage::insert(const QString &tokenHash, qint64 credentialId, qint64 accountId, const QString &loginKey,
                              qint64 nowMs, qint64 idleExpiresMs, qint64 expiresMs)
{
    if (!m_db.run(QStringLiteral("INSERT INTO sessions (token_hash, credential_id, account_id, login_key, created_at,"
                                 " last_seen_at, idle_expires_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {tokenHash, credentialId, accountId > 0 ? QVariant(accountId) : Database::nullInt(), loginKey, nowMs,
                   nowMs, idleExpiresMs, expiresMs}))
        return internalError();
    return Done{};
}

Status SessionStorage::touch(qint64 id, qint64 nowMs, qint64 idleExpiresMs)
{
    if (!m_db.run(QStringLiteral("UPDATE sessions SET last_seen_at = ?, idle_expires_at = ? WHERE id = ?"),
                  {nowMs, idleExpiresMs, id}))
        return internalError();
    return Done{};
}

Result<bool> SessionStorage::chooseAccount(qint64 id, qint64 accountId)
{
    const auto rows = m_db.run(QStringLiteral("UPDATE sessions SET account_id = ? WHERE id = ? AND account_id IS NULL"),
                               {accountId, id});
    if (!rows)
        return internalError();
    return rows->rowsAffected == 1;
}

Status SessionStorage::remove(qint64 id)
{
    if (!m_db.run(QStringLiteral("DELETE FROM sessions WHERE id = ?"), {id}))
        return internalError();
    return Done{};
}

Result<int> SessionStorage::removed(const QString &sql, const QVariantList &binds)
{
    const auto rows = m_db.run(sql, binds);
    if (!rows)
        return internalError();
    return rows->rowsAffected;
}

Result<int> SessionStorage::removeOthersOfCredential(qint64 credentialId, qint64 keepId)
{
    return removed(QStringLiteral("DELETE FROM sessions WHERE credential_id = ? AND id <> ?"), {credentialId, keepId});
}

Result<int> SessionStorage::removeOfAccount(qint64 accountId)
{
    return removed(QStringLiteral("DELETE FROM sessions WHERE account_id = ?"), {accountId});
}

Result<int> SessionStorage::removeOfCredential(qint64 credentialId)
{
    return removed(QStringLiteral("DELETE FROM sessions WHERE credential_id = ?"), {credentialId});
}

void SessionStorage::purgeExpired(qint64 nowMs)
{
    (void)m_db.run(QStringLiteral("DELETE FROM sessions WHERE idle_expires_at <= ? OR expires_at <= ?"), {nowMs, nowMs});
}

Status SessionStorage::rolesOfAccount(qint64 accountId, QList<qint64> *roleIds, QStringList *codes)
{
    const bool ok = m_db.each(QStringLiteral("SELECT ar.role_id, rp.code FROM account_roles ar"
                                             " LEFT JOIN role_permissions rp ON rp.role_id = ar.role_id"
                                             " WHERE ar.account_id = ? ORDER BY ar.role_id"),
                              {accountId}, [&](const QSqlQuery &q) {
                                  const qint64 role = q.value(0).toLongLong();
                                  if (roleIds->isEmpty() || roleIds->constLast() != role)
                                      roleIds->append(role);
                                  if (!q.value(1).isNull())
                                      codes->append(q.value(1).toString());
                              });
    if (!ok)
        return internalError();
    return Done{};
}

} // namespace zc::server
