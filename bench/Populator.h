#pragma once

#include <QJsonObject>
#include <QString>

namespace zc::server {
class Database;
}

namespace zc::bench {

// The shape of the large data set the benchmarks run on (docs/performance.md).
struct PopulateOptions
{
    int units = 100;                 // units in all, the three named ones included
    int bigHandlers = 100000;        // the unit whose main account syncs everything (bench_sync)
    int bigRoles = 10000;
    int rolesUnitRoles = 50;         // GET /roles under wrk
    int rolesUnitHandlers = 200;
    int handlersUnitHandlers = 1000; // GET /handlers under wrk
    int handlersUnitRoles = 20;
    int smallMinHandlers = 5;        // every other unit
    int smallMaxHandlers = 40;
    int smallMinRoles = 3;
    int smallMaxRoles = 12;
    quint32 seed = 2026;             // same seed, same data
    QString password = QStringLiteral("Bench@2026");

    [[nodiscard]] QJsonObject toJson() const;
    // False (and *why) when a count or the password is out of range.
    [[nodiscard]] bool check(QString *why) const;
};

// What was written, and how to sign in to it (the manifest the benchmarks read).
struct PopulateSummary
{
    qint64 units = 0;
    qint64 accounts = 0;        // main accounts and handlers
    qint64 roles = 0;
    qint64 assignments = 0;
    qint64 rolePermissions = 0;
    QJsonObject manifest;       // {options, password, units: {big, roles50, handlers1000}, totals}
};

// Fills an empty server database (the server's own schema, through its
// Database and migrations) with generated but realistic units, main accounts,
// handlers, roles, permissions and assignments: one transaction, every
// statement prepared once and reused (Database caches them by SQL).
//
// Argon2id per account would take over an hour for 100k handlers, so the one
// benchmark password is hashed ONCE (passwordHash) and that encoded hash is
// stored for every credential: each account still signs in with the password
// through the server's real verification.
//
// Three units are named in the manifest:
//   big          — bigHandlers handlers and bigRoles roles (bench_sync);
//   roles50      — rolesUnitRoles roles (GET /roles under wrk);
//   handlers1000 — handlersUnitHandlers handlers (GET /handlers under wrk).
class Populator
{
public:
    Populator(server::Database &db, PopulateOptions options) : m_db(db), m_options(std::move(options)) {}

    // False with *error when anything fails (nothing is left behind then).
    [[nodiscard]] bool run(const QString &passwordHash, PopulateSummary *summary, QString *error);

private:
    server::Database &m_db;
    PopulateOptions m_options;
};

} // namespace zc::bench
