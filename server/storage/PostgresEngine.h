#pragma once

#include "server/storage/SqlEngine.h"

#include <QString>

#include <optional>

namespace zc::server {

// PostgreSQL through Qt's QPSQL driver (--database postgresql://user@host:port/db).
// The services' SQL is the portable SQL they run on SQLite; what differs is here:
// - {{id}} is a BIGINT identity column;
// - a write transaction is BEGIN plus a transaction-scoped advisory lock
//   (pg_advisory_xact_lock), so that write transactions of every server process
//   on the database run one at a time, exactly as SQLite's BEGIN IMMEDIATE does
//   on one file: a read-modify-write in a transaction never races another
//   process. Reads outside transactions run in parallel;
// - constraint violations are SQLSTATE class 23 (23505 unique, 23503 foreign
//   key, 23514 check, 23502 not null).
// The password comes from the URL or, when it has none, from libpq's usual
// places (PGPASSWORD, ~/.pgpass); it is never logged.
class PostgresEngine final : public SqlEngine
{
public:
    struct Settings
    {
        QString host = QStringLiteral("localhost");
        int port = 5432;
        QString database;
        QString user;
        QString password;        // empty: libpq finds it (PGPASSWORD, ~/.pgpass)
        QString sslMode;         // empty: libpq's default (loopback only; otherwise verify-full)
        QString sslRootCert;
        int connectTimeoutSeconds = 10;

        // The URL without its password, for logs.
        [[nodiscard]] QString displayUrl() const;
    };

    // postgresql://[user[:password]@]host[:port]/database[?sslmode=…&sslrootcert=…&connect_timeout=…]
    // (postgres:// too). A host other than a loopback address or a socket
    // directory must use sslmode=verify-full (the default there): the
    // server never talks to its database without verifying it.
    [[nodiscard]] static std::optional<Settings> parseUrl(const QString &url, QString *error);
    [[nodiscard]] static bool isPostgresUrl(const QString &text);

    // The key of the advisory lock that serialises write transactions.
    static constexpr qint64 WriteLockKey = 0x7a68616f63616931;   // "zhaocai1"

    explicit PostgresEngine(Settings settings) : m_settings(std::move(settings)) {}

    [[nodiscard]] QString name() const override { return QStringLiteral("postgresql"); }
    [[nodiscard]] bool open(const QString &connectionName, QString *error) override;
    [[nodiscard]] QString beginSql() const override;
    [[nodiscard]] QString ddl(const QString &portable) const override;
    [[nodiscard]] bool isConstraintViolation(const QSqlError &error) const override;
    // SQLSTATE class 08 (connection exception), 57P01–57P03 (shut down, cannot
    // connect now), or an error libpq made itself (no SQLSTATE: the server
    // closed the connection).
    [[nodiscard]] bool isConnectionLost(const QSqlError &error) const override;
    [[nodiscard]] QString joinedText(const QString &column) const override
    {
        return QStringLiteral("string_agg(%1, ',')").arg(column);
    }

    [[nodiscard]] const Settings &settings() const { return m_settings; }

private:
    Settings m_settings;
};

} // namespace zc::server
