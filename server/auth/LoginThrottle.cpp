#include "server/auth/LoginThrottle.h"

#include "server/storage/ChangeStorage.h"
#include "server/storage/Database.h"
#include "server/storage/ThrottleStorage.h"
#include "server/Logging.h"

#include <QDateTime>

namespace zc::server {

QString LoginThrottle::keyFor(const QString &login)
{
    return login.trimmed().toLower();
}

Result<int> LoginThrottle::lockedFor(const QString &key)
{
    const auto until = ThrottleStorage(m_db).lockedUntil(key);
    if (!until)
        return until.error();
    if (!until->has_value())
        return 0;
    const qint64 left = *until.value() - QDateTime::currentMSecsSinceEpoch();
    if (left <= 0)
        return 0;
    return int((left + 999) / 1000);
}

Result<int> LoginThrottle::recordFailure(const QString &key)
{
    return m_db.transaction<int>([&]() -> Result<int> {
        const Result<int> lockedNow = lockedFor(key);
        if (!lockedNow || lockedNow.value() > 0)
            return lockedNow;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        ThrottleStorage store(m_db);
        const Result<int> failures = store.addFailure(key, now, now - WindowMs);
        if (!failures)
            return failures.error();
        if (failures.value() < MaxFailures)
            return 0;
        if (const Status locked = store.lock(key, now + LockMs); !locked)
            return locked.error();
        const Result<qint64> seq = m_changes.nextSeq();
        if (!seq)
            return seq.error();
        if (const Status st = m_changes.stampAccountsOfLogin(key, seq.value()); !st)
            return st.error();
        qCWarning(lcAuth) << "login locked for 15 minutes after" << MaxFailures << "failures";
        return 0;
    });
}

Status LoginThrottle::clear(const QString &key)
{
    Q_ASSERT(m_db.inTransaction());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Result<bool> lifted = ThrottleStorage(m_db).clear(key, now);
    if (!lifted)
        return lifted.error();
    if (lifted.value()) {
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
    ThrottleStorage(m_db).purge(now - WindowMs, now);
}

} // namespace zc::server
