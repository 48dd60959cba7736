#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace zc::server {

// What differs between the storage engines; everything else (the services'
// SQL) is portable and shared. SqliteEngine is the default; a PostgreSQL
// engine slots in beside it with the same schema and behaviour.
class SqlEngine
{
public:
    virtual ~SqlEngine() = default;

    [[nodiscard]] virtual QString name() const = 0;
    // Adds and opens the connection named connectionName, with the engine's settings.
    [[nodiscard]] virtual bool open(const QString &connectionName, QString *error) = 0;
    // The statement that starts a write transaction (takes the write lock up front).
    [[nodiscard]] virtual QString beginSql() const = 0;
    // Portable DDL with {{id}} (auto-increment primary key) turned into this engine's dialect.
    [[nodiscard]] virtual QString ddl(const QString &portable) const = 0;
    [[nodiscard]] virtual bool isConstraintViolation(const QSqlError &error) const = 0;
    // An error that means the connection itself is gone (a database server
    // restarted or out of reach): the connection must be made again.
    [[nodiscard]] virtual bool isConnectionLost(const QSqlError &) const { return false; }
    // The aggregate joining a text column's values with commas (group_concat / string_agg).
    [[nodiscard]] virtual QString joinedText(const QString &column) const = 0;
    // Around every write transaction of this connection: an engine whose
    // database locks writes as a whole (SQLite) lets the threads of one
    // process queue here instead of polling the file lock.
    virtual void lockWrites() {}
    virtual void unlockWrites() {}
    // A statement whose one value moves whenever another connection, of any
    // process, commits a change to the database (SQLite's data_version); empty
    // where the engine has none that costs less than the reads it would save.
    [[nodiscard]] virtual QString dataVersionSql() const { return {}; }
    // A fingerprint of the database's last commit that costs no statement and
    // no lock: equal to an earlier one only if nothing was committed between
    // the two reads (by any connection, of any process). Empty when it cannot
    // tell; then the data version is read with dataVersionSql().
    [[nodiscard]] virtual QByteArray commitMark() { return {}; }
};

} // namespace zc::server
