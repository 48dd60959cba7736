#pragma once

#include <QString>

class QSqlDatabase;

namespace zc::sync {

// The cache's schema and its migrations, in one place. Each migration runs
// in its own transaction together with its row in schema_migrations, so a
// file is always at one recorded version; the version is re-read under the
// write lock, so two connections opening a new file at once migrate it once.
class CacheSchema
{
public:
    struct Outcome
    {
        enum class Status { Ok, Newer, NotADatabase, Failed };
        Status status = Status::Ok;
        int version = 0;         // the file's version after the call (or the newer one found)
        QString message;
    };

    [[nodiscard]] static int latestVersion();
    // Brings an open connection's file up to latestVersion().
    [[nodiscard]] static Outcome migrate(QSqlDatabase &db);
    // True when a driver error code means "not a database" or "damaged".
    [[nodiscard]] static bool isCorruption(const QString &nativeErrorCode);
};

} // namespace zc::sync
