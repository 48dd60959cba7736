#include "server/auth/SessionService.h"

#include "server/Crypto.h"
#include "server/storage/Database.h"
#include "server/storage/Directory.h"
#include "server/Logging.h"
#include "models/PermissionCatalog.h"

#include <QDateTime>
#include <QRegularExpression>
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

ApiError unauthenticated()
{
    return apiError(401, "unauthenticated");
}

} // namespace

struct SessionService::Row
{
    qint64 id = 0;
    qint64 credentialId = 0;
    qint64 accountId = 0;        // 0: not chosen yet
    QString loginKey;
    QString tokenHash;
    qint64 lastSeen = 0;
    qint64 idleExpires = 0;
    qint64 expires = 0;
    QString credentialPhone;
    bool passwordChangeRequired = false;
    bool accountFound = false;
    AccountRecord account;
    bool unitFound = false;
    Unit unit;
};

SessionService::SessionService(Database &db, Directory &directory, Lifetimes lifetimes)
    : m_db(db), m_directory(directory), m_lifetimes(lifetimes)
{
}

QString SessionService::hashToken(const QString &token)
{
    return Crypto::sha256Hex(token.toLatin1());
}

bool SessionService::looksLikeToken(const QString &token)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    return re.match(token).hasMatch();
}

Result<QString> SessionService::create(qint64 credentialId, qint64 accountId, const QString &loginKey)
{
    Q_ASSERT(m_db.inTransaction());
    const QString token = Crypto::randomToken(32);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 total = now + m_lifetimes.totalSeconds * 1000;
    const qint64 idle = qMin(total, now + m_lifetimes.idleSeconds * 1000);
    const auto rows = m_db.run(
        QStringLiteral("INSERT INTO sessions (token_hash, credential_id, account_id, login_key, created_at,"
                       " last_seen_at, idle_expires_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {hashToken(token), credentialId, accountId > 0 ? QVariant(accountId) : Database::nullInt(), loginKey, now,
         now, idle, total});
    if (!rows)
        return internalError();
    return token;
}

Result<std::optional<SessionService::Row>> SessionService::read(const QString &where, const QVariant &key)
{
    std::optional<Row> found;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
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

Result<AuthSession> SessionService::resolve(const QString &token)
{
    if (!looksLikeToken(token))
        return unauthenticated();
    const QString hash = hashToken(token);
    auto found = read(QStringLiteral("s.token_hash = ?"), hash);
    if (!found)
        return found.error();
    if (!found->has_value())
        return unauthenticated();
    Row row = *found.take();
    // The index found it; compare once more in constant time anyway.
    if (!Crypto::constantTimeEquals(row.tokenHash.toLatin1(), hash.toLatin1()))
        return unauthenticated();

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now >= row.expires || now >= row.idleExpires) {
        (void)m_db.run(QStringLiteral("DELETE FROM sessions WHERE id = ?"), {row.id});
        return unauthenticated();
    }
    // Slide the idle expiry, but write at most every idle/8 (capped at a minute):
    // a read is no write, except once a minute per session.
    const qint64 touchEvery = qMin<qint64>(60000, m_lifetimes.idleSeconds * 1000 / 8);
    if (now - row.lastSeen >= touchEvery) {
        const qint64 newIdle = qMin(row.expires, now + m_lifetimes.idleSeconds * 1000);
        if (!m_db.run(QStringLiteral("UPDATE sessions SET last_seen_at = ?, idle_expires_at = ? WHERE id = ?"),
                      {now, newIdle, row.id}))
            return internalError();
        row.idleExpires = newIdle;
    }
    return describe(row);
}

Result<AuthSession> SessionService::reload(qint64 sessionId)
{
    auto found = read(QStringLiteral("s.id = ?"), sessionId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return unauthenticated();
    return describe(*found.value());
}

Result<AuthSession> SessionService::describe(const Row &row)
{
    AuthSession s;
    s.sessionId = row.id;
    s.credentialId = row.credentialId;
    s.loginKey = row.loginKey;
    s.credentialPhone = row.credentialPhone;
    s.view.expiresAt = Directory::timeFromMs(qMin(row.expires, row.idleExpires));
    s.view.passwordChangeRequired = row.passwordChangeRequired;

    if (row.accountId == 0) {
        // A phone that is a handler of several units: it picks one (选择登录单位).
        if (s.credentialPhone.isEmpty())
            return unauthenticated();
        auto units = m_directory.activeHandlerUnits(s.credentialPhone);
        if (!units)
            return units.error();
        if (units->isEmpty())
            return unauthenticated();   // every membership was disabled or removed meanwhile
        s.view.unitChoiceRequired = true;
        s.view.unitOptions = units.take();
        return s;
    }
    if (!row.accountFound || row.account.account.status == Account::Status::Disabled || !row.unitFound)
        return unauthenticated();
    Account a = row.account.account;
    const Unit &u = row.unit;

    // 选择医疗机构: a handler of a medical institution whose USCC has several institutions.
    if (a.kind == Account::Kind::Handler && u.kind == Unit::Kind::MedicalInstitution && a.institutionId == 0) {
        auto institutions = m_directory.institutionsOfUscc(u.uscc);
        if (!institutions)
            return institutions.error();
        if (institutions->size() > 1) {
            s.view.institutionChoiceRequired = true;
            s.view.institutionOptions = institutions.take();
        }
    }
    if (a.kind == Account::Kind::Unit) {
        s.view.permissions = PermissionCatalog::builtIn().leaves();   // a main account holds every leaf
    } else {
        // The handler's roles and their codes in one statement.
        QStringList codes;
        const bool ok = m_db.each(QStringLiteral("SELECT ar.role_id, rp.code FROM account_roles ar"
                                                 " LEFT JOIN role_permissions rp ON rp.role_id = ar.role_id"
                                                 " WHERE ar.account_id = ? ORDER BY ar.role_id"),
                                  {a.id}, [&](const QSqlQuery &q) {
                                      const qint64 role = q.value(0).toLongLong();
                                      if (a.roleIds.isEmpty() || a.roleIds.constLast() != role)
                                          a.roleIds.append(role);
                                      if (!q.value(1).isNull())
                                          codes.append(q.value(1).toString());
                                  });
        if (!ok)
            return internalError();
        // Expanding drops codes the catalog no longer has and sorts in tree order.
        s.view.permissions = PermissionCatalog::builtIn().expand(codes);
    }
    s.view.account = a;
    s.view.unit = u;
    return s;
}

Status SessionService::revoke(qint64 sessionId)
{
    if (!m_db.run(QStringLiteral("DELETE FROM sessions WHERE id = ?"), {sessionId}))
        return internalError();
    return Done{};
}

Status SessionService::revokeOthers(qint64 credentialId, qint64 keepSessionId)
{
    Q_ASSERT(m_db.inTransaction());
    const auto rows = m_db.run(QStringLiteral("DELETE FROM sessions WHERE credential_id = ? AND id <> ?"),
                               {credentialId, keepSessionId});
    if (!rows)
        return internalError();
    if (rows->rowsAffected > 0)
        qCInfo(lcAuth) << "revoked" << rows->rowsAffected << "other session(s) of credential" << credentialId;
    return Done{};
}

Result<int> SessionService::revokeAccount(qint64 accountId)
{
    Q_ASSERT(m_db.inTransaction());
    const auto rows = m_db.run(QStringLiteral("DELETE FROM sessions WHERE account_id = ?"), {accountId});
    if (!rows)
        return internalError();
    return rows->rowsAffected;
}

Result<int> SessionService::revokeCredential(qint64 credentialId)
{
    Q_ASSERT(m_db.inTransaction());
    const auto rows = m_db.run(QStringLiteral("DELETE FROM sessions WHERE credential_id = ?"), {credentialId});
    if (!rows)
        return internalError();
    return rows->rowsAffected;
}

void SessionService::purgeExpired()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    (void)m_db.run(QStringLiteral("DELETE FROM sessions WHERE idle_expires_at <= ? OR expires_at <= ?"), {now, now});
}

} // namespace zc::server
