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
    [[nodiscard]] Result<int> lockedFor(const QString &key);
    // Records one failure (own transaction); true when this failure locked the key.
    [[nodiscard]] Result<bool> recordFailure(const QString &key);
    // After a success, an unlock or a password reset: forget the key's failures
    // and lift its lock (inside the caller's transaction).
    [[nodiscard]] Status clear(const QString &key);
    void purgeExpired();

private:
    Database &m_db;
    ChangeStorage &m_changes;
};

} // namespace zc::server
