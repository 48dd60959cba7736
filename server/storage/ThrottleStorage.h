#pragma once

#include "server/Result.h"

#include <QString>

#include <optional>

namespace zc::server {

class Database;

// Every statement on failed sign-ins and lockouts, per login string. A view
// over a thread's Database: cheap to make where it is needed.
class ThrottleStorage
{
public:
    explicit ThrottleStorage(Database &db) : m_db(db) {}

    // When the key's lock ends (ms), whether or not it still holds; nullopt without a lock row.
    [[nodiscard]] Result<std::optional<qint64>> lockedUntil(const QString &key);
    // Records a failure and returns the key's failures since sinceMs (this one included).
    [[nodiscard]] Result<int> addFailure(const QString &key, qint64 nowMs, qint64 sinceMs);
    // Locks the key until untilMs and forgets its failures.
    [[nodiscard]] Status lock(const QString &key, qint64 untilMs);
    // Forgets the key's failures and lock; true when a lock still in force was lifted.
    [[nodiscard]] Result<bool> clear(const QString &key, qint64 nowMs);
    void purge(qint64 failuresBeforeMs, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace zc::server
