#include "server/auth/SessionService.h"

#include "server/Crypto.h"
#include "server/storage/Database.h"
#include "server/storage/Directory.h"
#include "server/Logging.h"

#include <QDateTime>
#include <QRegularExpression>

namespace zc::server {

namespace {

const QString SessionColumns = QStringLiteral(
    "s.id, s.credential_id, s.account_id, s.login_key, s.token_hash, s.last_seen_at, s.idle_expires_at,"
    " s.expires_at, c.phone AS credential_phone, c.password_change_required"
    " FROM sessions s JOIN credentials c ON c.id = s.credential_id");

ApiError unauthenticated()
{
    return apiError(401, "unauthenticated");
}

} // namespace

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

Result<AuthSession> SessionService::resolve(const QString &token)
{
    if (!looksLikeToken(token))
        return unauthenticated();
    const QString hash = hashToken(token);
    const auto rows = m_db.run(QStringLiteral("SELECT ") + SessionColumns + QStringLiteral(" WHERE s.token_hash = ?"),
                               {hash});
    if (!rows)
        return internalError();
    if (rows->isEmpty())
        return unauthenticated();
    const QSqlRecord &row = rows->first();
    // The index found it; compare once more in constant time anyway.
    if (!Crypto::constantTimeEquals(row.value(QStringLiteral("token_hash")).toString().toLatin1(), hash.toLatin1()))
        return unauthenticated();

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 expires = row.value(QStringLiteral("expires_at")).toLongLong();
    const qint64 idleExpires = row.value(QStringLiteral("idle_expires_at")).toLongLong();
    const qint64 id = row.value(QStringLiteral("id")).toLongLong();
    if (now >= expires || now >= idleExpires) {
        (void)m_db.run(QStringLiteral("DELETE FROM sessions WHERE id = ?"), {id});
        return unauthenticated();
    }
    // Slide the idle expiry, but write at most every idle/8 (capped at a minute).
    const qint64 lastSeen = row.value(QStringLiteral("last_seen_at")).toLongLong();
    const qint64 touchEvery = qMin<qint64>(60000, m_lifetimes.idleSeconds * 1000 / 8);
    QSqlRecord current = row;
    if (now - lastSeen >= touchEvery) {
        const qint64 newIdle = qMin(expires, now + m_lifetimes.idleSeconds * 1000);
        if (!m_db.run(QStringLiteral("UPDATE sessions SET last_seen_at = ?, idle_expires_at = ? WHERE id = ?"),
                      {now, newIdle, id}))
            return internalError();
        current.setValue(QStringLiteral("idle_expires_at"), newIdle);
    }
    return describe(current);
}

Result<AuthSession> SessionService::reload(qint64 sessionId)
{
    const auto rows = m_db.run(QStringLiteral("SELECT ") + SessionColumns + QStringLiteral(" WHERE s.id = ?"),
                               {sessionId});
    if (!rows)
        return internalError();
    if (rows->isEmpty())
        return unauthenticated();
    return describe(rows->first());
}

Result<AuthSession> SessionService::describe(const QSqlRecord &row)
{
    AuthSession s;
    s.sessionId = row.value(QStringLiteral("id")).toLongLong();
    s.credentialId = row.value(QStringLiteral("credential_id")).toLongLong();
    s.loginKey = row.value(QStringLiteral("login_key")).toString();
    s.credentialPhone = row.value(QStringLiteral("credential_phone")).toString();
    s.view.expiresAt = Directory::timeFromMs(qMin(row.value(QStringLiteral("expires_at")).toLongLong(),
                                                  row.value(QStringLiteral("idle_expires_at")).toLongLong()));
    s.view.passwordChangeRequired = row.value(QStringLiteral("password_change_required")).toInt() != 0;

    const QVariant accountId = row.value(QStringLiteral("account_id"));
    if (accountId.isNull()) {
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

    auto account = m_directory.account(accountId.toLongLong());
    if (!account)
        return account.error();
    if (!account->has_value() || account->value().account.status == Account::Status::Disabled)
        return unauthenticated();
    const Account &a = account->value().account;
    auto unit = m_directory.unit(account->value().unitId);
    if (!unit)
        return unit.error();
    if (!unit->has_value())
        return unauthenticated();
    const Unit &u = *unit.value();

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
    auto permissions = m_directory.permissions(a);
    if (!permissions)
        return permissions.error();
    s.view.permissions = permissions.take();
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
