#pragma once

#include "server/Result.h"
#include "server/storage/SqlEngine.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace zc::server {

// Rows of one statement, read completely so that no statement stays open
// (an open SQLite statement would pin an old snapshot of the database).
struct SqlRows
{
    QList<QSqlRecord> rows;
    int rowsAffected = 0;

    [[nodiscard]] bool isEmpty() const { return rows.isEmpty(); }
    [[nodiscard]] const QSqlRecord &first() const { return rows.constFirst(); }
    [[nodiscard]] QVariant scalar() const { return rows.isEmpty() ? QVariant() : rows.constFirst().value(0); }
};

// Where the database stood when it was read: two equal stamps taken on one
// connection mean that no change was committed in between, by this
// connection or any other, in this process or another. What a thread derived
// from the database under one stamp (a resolved session, a serialised page)
// is still exact while the stamp has not moved — up to the clock, which the
// caller bounds itself (an expiry, a lock running out).
struct DataStamp
{
    qint64 others = -1;   // the engine's data version: commits of other connections
    quint64 own = 0;      // this connection's own writes

    friend bool operator==(const DataStamp &a, const DataStamp &b) { return a.others == b.others && a.own == b.own; }
    friend bool operator!=(const DataStamp &a, const DataStamp &b) { return !(a == b); }
};

// The server's one storage interface: a connection of an SqlEngine, bound
// prepared statements (cached), and transactions. One connection per thread:
// a Database is opened and used by one thread only (each worker thread has
// its own, see WorkerContext). Storage classes write portable SQL against it.
class Database
{
public:
    explicit Database(std::unique_ptr<SqlEngine> engine);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] bool open(QString *error);

    // False while the connection is lost (a PostgreSQL server restarted or out
    // of reach) and could not be made again yet: then every statement fails
    // and requests are answered 503. Tries to reconnect, at most once per
    // ReconnectEveryMs, so that a database that is away costs no waiting.
    [[nodiscard]] bool available();
    // Whether the connection was lost since beginRequest().
    [[nodiscard]] bool lostInRequest() const { return m_lostInRequest; }
    static constexpr qint64 ReconnectEveryMs = 1000;
    [[nodiscard]] const SqlEngine &engine() const { return *m_engine; }

    // Runs one statement with positional ? binds; nullopt (logged) on an error.
    [[nodiscard]] std::optional<SqlRows> run(const QString &sql, const QVariantList &binds = {});
    // Like run(); distinguishes a constraint violation (*constraint = true) from other errors.
    [[nodiscard]] std::optional<SqlRows> runAllowingConstraint(const QString &sql, const QVariantList &binds,
                                                               bool *constraint);
    // Runs one statement and hands each row to fn as it is read, without a
    // QSqlRecord per row (read by index: q.value(0) …); the statement is
    // finished before it returns. false (logged) on an error.
    [[nodiscard]] bool each(const QString &sql, const QVariantList &binds, const std::function<void(const QSqlQuery &)> &fn);
    // DDL (not cached, not bound), with the engine's dialect applied.
    [[nodiscard]] bool execDdl(const QString &portableSql, QString *error);

    // Runs fn in one write transaction: commits when it returns a value,
    // rolls back when it returns an error (or a commit fails).
    template<typename T>
    Result<T> transaction(const std::function<Result<T>()> &fn)
    {
        if (!begin())
            return internalError();
        Result<T> r = fn();
        if (r.ok()) {
            if (!commit()) {
                rollback();
                return internalError();
            }
        } else {
            rollback();
        }
        return r;
    }

    [[nodiscard]] bool inTransaction() const { return m_inTransaction; }

    // The stamp of the database as of now (one cheap statement), to be read
    // BEFORE what is derived from it: whatever is read afterwards is at least
    // as new. nullopt where the engine has no such stamp (PostgreSQL), or
    // inside a transaction: then nothing may be taken from a cache.
    [[nodiscard]] std::optional<DataStamp> dataStamp();

    // One request reads the stamp once: between these, the first dataStamp()
    // reads it and later ones reuse what it read (with this connection's own
    // writes since). Outside a request every dataStamp() reads afresh.
    void beginRequest();
    void endRequest();

    // Runs fn once the current transaction has committed (never when it rolls
    // back); at once outside a transaction.
    void afterCommit(std::function<void()> fn);

    // NULL of an integer column, for binds.
    [[nodiscard]] static QVariant nullInt() { return QVariant(QMetaType::fromType<qint64>()); }
    [[nodiscard]] static QVariant nullText() { return QVariant(QMetaType::fromType<QString>()); }

private:
    bool begin();
    bool commit();
    // After a failed statement: when the connection is gone, forgets it (and
    // its prepared statements and transaction) until available() remakes it.
    void noteFailure(const QSqlError &error);
    void rollback();
    std::optional<SqlRows> execute(const QString &sql, const QVariantList &binds, bool *constraint);
    QSqlQuery *prepared(const QString &sql);

    std::unique_ptr<SqlEngine> m_engine;
    QString m_connectionName;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;   // prepared once, reused
    bool m_inTransaction = false;
    QList<std::function<void()>> m_afterCommit;
    quint64 m_ownWrites = 0;   // statements and transactions of this connection that may have written
    bool m_inRequest = false;
    QByteArray m_versionMark;   // the engine's commitMark() when m_markedVersion was read
    qint64 m_markedVersion = -1;
    bool m_lost = false;
    bool m_lostInRequest = false;
    qint64 m_lastReconnectMs = 0;
    std::optional<qint64> m_requestVersion;   // the data version this request read
};

} // namespace zc::server
