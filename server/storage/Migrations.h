#pragma once

#include <QString>

namespace zc::server {

class Database;

// The versioned schema. Each migration runs in one transaction and is
// recorded in schema_version; start-up applies the missing ones in order.
// The SQL is portable (SQLite and PostgreSQL); {{id}} is the engine's
// auto-increment primary key. Times are BIGINT milliseconds since the epoch
// (UTC), booleans SMALLINT 0/1.
class Migrations
{
public:
    [[nodiscard]] static bool run(Database &db, QString *error);
    // Only the migrations up to version (tests: a database as an older server left it).
    [[nodiscard]] static bool runUpTo(Database &db, int version, QString *error);
    [[nodiscard]] static int latestVersion();
};

} // namespace zc::server
