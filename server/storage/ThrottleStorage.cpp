#include "server/storage/ThrottleStorage.h"

#include "server/storage/Database.h"

namespace zc::server {

Result<std::optional<qint64>> ThrottleStorage::lockedUntil(const QString &key)
{
    const auto rows = m_db.run(QStringLiteral("SELECT locked_until FROM lockouts WHERE login_key = ?"), {key});
    if (!rows)
        return internalError();
    if (rows->isEmpty())
        return std::optional<qint64>();
    return std::optional<qint64>(rows->scalar().toLongLong());
}

Result<int> ThrottleStorage::addFailure(const QString &key, qint64 nowMs, qint64 sinceMs)
{
    if (!m_db.run(QStringLiteral("INSERT INTO login_failures (login_key, at) VALUES (?, ?)"), {key, nowMs}))
        return internalError();
    const auto count = m_db.run(QStringLiteral("SELECT COUNT(*) FROM login_failures WHERE login_key = ? AND at > ?"),
                                {key, sinceMs});
    if (!count)
        return internalError();
    return count->scalar().toInt();
}

Status ThrottleStorage::lock(const QString &key, qint64 untilMs)
{
    if (!m_db.run(QStringLiteral("INSERT INTO lockouts (login_key, locked_until) VALUES (?, ?)"
                                 " ON CONFLICT (login_key) DO UPDATE SET locked_until = excluded.locked_until"),
                  {key, untilMs})
        || !m_db.run(QStringLiteral("DELETE FROM login_failures WHERE login_key = ?"), {key}))
        return internalError();
    return Done{};
}

Result<bool> ThrottleStorage::clear(const QString &key, qint64 nowMs)
{
    const auto lifted = m_db.run(QStringLiteral("DELETE FROM lockouts WHERE login_key = ? AND locked_until > ?"),
                                 {key, nowMs});
    if (!lifted || !m_db.run(QStringLiteral("DELETE FROM login_failures WHERE login_key = ?"), {key})
        || !m_db.run(QStringLiteral("DELETE FROM lockouts WHERE login_key = ?"), {key}))
        return internalError();
    return lifted->rowsAffected > 0;
}

void ThrottleStorage::purge(qint64 failuresBeforeMs, qint64 nowMs)
{
    (void)m_db.run(QStringLiteral("DELETE FROM login_failures WHERE at <= ?"), {failuresBeforeMs});
    (void)m_db.run(QStringLiteral("DELETE FROM lockouts WHERE locked_until <= ?"), {nowMs});
}

} // namespace zc::server
