#pragma once

#include "server/Result.h"

#include <QString>

namespace zc::server {

class ChangeStorage;
class Database;

// Failed sign-ins counted per login string, known or not (in the database,
// so every server process sees the same counts): the 5th failure within
// 15 minutes locks that login string for 15 minutes. A lock set or lifted
// changes the status of the accounts signing in with that login ("locked"), so
// both stamp them for the change feed.
class LoginThrottle
{
public:
    static constexpr int MaxFailures = 5;
    static constexpr qint64 WindowMs = 15 * 60 * 1000;
    static constexpr qint64 LockMs = 15 * 60 * 1000;

    LoginThrottle(Database &db, ChangeStorage &changes) : m_db(db), m_changes(changes) {}

    // How a login string is counted: trimmed and lower-cased.
    [[nodiscard]] static QString keyFor(const QString &login);

    // Seconds the key stays locked (rounded up); 0 when it is not locked.
    // Asked again inside the transaction that acts on a right password: a lock
    // set meanwhile (by another worker or process) still holds.
    [[nodiscard]] Result<int> lockedFor(const QString &key);
    // Records one failure in its own write transaction, which every worker and
    // process takes in turn — unless the key was locked meanwhile: then nothing
    // is counted and the lock's seconds left come back (the attempt is answered
    // as locked), so exactly MaxFailures failures are ever answered as such.
    // 0 when the failure was counted (the MaxFailures-th locks the key).
    [[nodiscard]] Result<int> recordFailure(const QString &key);
    // After a success, an unlock or a password reset: forget the key's failures
    // and lift its lock (inside the caller's transaction).
    [[nodiscard]] Status clear(const QString &key);
    void purgeExpired();

private:
    Database &m_db;
    ChangeStorage &m_changes;
};

} // namespace zc::server
