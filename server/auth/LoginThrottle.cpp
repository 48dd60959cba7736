#include "server/auth/LoginThrottle.h"

#include "server/feed/ChangeLog.h"
#include "server/storage/Database.h"
#include "server/Logging.h"

#include <QDateTime>

namespace zc::server {

QString LoginThrottle::keyFor(const QString &login)
{
    return login.trimmed().toLower();
}

Result<int> LoginThrottle::lockedFor(const QString &key)
{
    const auto rows = m_db.run(QStringLiteral("SELECT locked_until FROM lockouts WHERE login_key = ?"), {key});
    if (!rows)
        return internalError();
    if (rows->isEmpty())
        return 0;
    const qint64 left = rows->scalar().toLongLong() - QDateTime::currentMSecsSinceEpoch();
    if (left <= 0)
        return 0;
    return int((left + 999) / 1000);
}

Result<bool> LoginThrottle::recordFailure(const QString &key)
{
    return m_db.transaction<bool>([&]() -> Result<bool> {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (!m_db.run(QStringLiteral("INSERT INTO login_failures (login_key, at) VALUES (?, ?)"), {key, now}))
            return internalError();
        const auto count = m_db.run(
            QStringLiteral("SELECT COUNT(*) FROM login_failures WHERE login_key = ? AND at > ?"),
            {key, now - WindowMs});
        if (!count)
            return internalError();
        if (count->scalar().toInt() < MaxFailures)
            return false;
        if (!m_db.run(QStringLiteral("INSERT INTO lockouts (login_key, locked_until) VALUES (?, ?)"
                                     " ON CONFLICT (login_key) DO UPDATE SET locked_until = excluded.locked_until"),
                      {key, now + LockMs})
            || !m_db.run(QStringLiteral("DELETE FROM login_failures WHERE login_key = ?"), {key})) {
            return internalError();
        }
        const Result<qint64> seq = m_changes.nextSeq();
        if (!seq)
            return seq.error();
        if (const Status st = m_changes.stampAccountsOfLogin(key, seq.value()); !st)
            return st.error();
        qCWarning(lcAuth) << "login locked for 15 minutes after" << MaxFailures << "failures";
        return true;
    });
}

Status LoginThrottle::clear(const QString &key)
{
    Q_ASSERT(m_db.inTransaction());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto lifted = m_db.run(QStringLiteral("DELETE FROM lockouts WHERE login_key = ? AND locked_until > ?"),
                                 {key, now});
    if (!lifted || !m_db.run(QStringLiteral("DELETE FROM login_failures WHERE login_key = ?"), {key})
        || !m_db.run(QStringLiteral("DELETE FROM lockouts WHERE login_key = ?"), {key}))
        return internalError();
    if (lifted->rowsAffected > 0) {
        const Result<qint64> seq = m_changes.nextSeq();
        if (!seq)
            return seq.error();
        return m_changes.stampAccountsOfLogin(key, seq.value());
    }
    return Done{};
}

void LoginThrottle::purgeExpired()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    (void)m_db.run(QStringLiteral("DELETE FROM login_failures WHERE at <= ?"), {now - WindowMs});
    (void)m_db.run(QStringLiteral("DELETE FROM lockouts WHERE locked_until <= ?"), {now});
}

} // namespace zc::server
