#pragma once

#include "Result.h"

#include <QString>

namespace zc::server {

class Database;

// Failed sign-ins counted per login string, known or not (in the database,
// so every server process sees the same counts): the 5th failure within
// 15 minutes locks that login string for 15 minutes.
class LoginThrottle
{
public:
    static constexpr int MaxFailures = 5;
    static constexpr qint64 WindowMs = 15 * 60 * 1000;
    static constexpr qint64 LockMs = 15 * 60 * 1000;

    explicit LoginThrottle(Database &db) : m_db(db) {}

    // How a login string is counted: trimmed and lower-cased.
    [[nodiscard]] static QString keyFor(const QString &login);

    // Seconds the key stays locked (rounded up); 0 when it is not locked.
    [[nodiscard]] Result<int> lockedFor(const QString &key);
    // Records one failure (own transaction); true when this failure locked the key.
    [[nodiscard]] Result<bool> recordFailure(const QString &key);
    // After a success: forget the key's failures (inside the caller's transaction).
    [[nodiscard]] Status clear(const QString &key);
    void purgeExpired();

private:
    Database &m_db;
};

} // namespace zc::server
