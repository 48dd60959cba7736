#include "server/storage/Database.h"

#include "server/Logging.h"

#include <QDateTime>
#include <QSqlError>

#include <utility>

namespace zc::server {

namespace {

// A statement that cannot write: everything else counts as a write of this
// connection (erring on the side of a cache miss).
bool readsOnly(const QString &sql)
{
    return sql.startsWith(QLatin1String("SELECT ")) || sql.startsWith(QLatin1String("PRAGMA "));
}

} // namespace

Database::Database(std::unique_ptr<SqlEngine> engine)
    : m_engine(std::move(engine)),
      m_connectionName(QStringLiteral("zc-server-%1").arg(reinterpret_cast<quintptr>(this), 0, 16))
{
}

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::open(QString *error)
{
    return m_engine->open(m_connectionName, error);
}

bool Database::available()
{
    if (!m_lost)
        return true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastReconnectMs < ReconnectEveryMs)
        return false;
    m_lastReconnectMs = now;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.close();
    if (!db.open()) {
        qCWarning(lcDb).noquote() << "the database is still out of reach:" << db.lastError().text();
        return false;
    }
    qCInfo(lcDb) << "connection to the database made again";
    m_lost = false;
    return true;
}

void Database::noteFailure(const QSqlError &error)
{
    if (!m_engine->isConnectionLost(error))
        return;
    if (!m_lost)
        qCWarning(lcDb).noquote() << "connection to the database lost:" << error.text();
    m_lost = true;
    m_lostInRequest = true;
    m_lastReconnectMs = 0;   // the first try comes at once
    m_statements.clear();    // prepared on the lost connection
    m_versionMark.clear();
}

std::optional<SqlRows> Database::run(const QString &sql, const QVariantList &binds)
{
    return execute(sql, binds, nullptr);
}

std::optional<SqlRows> Database::runAllowingConstraint(const QString &sql, const QVariantList &binds,
                                                       bool *constraint)
{
    *constraint = false;
    return execute(sql, binds, constraint);
}

QSqlQuery *Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            qCCritical(lcDb).noquote() << "prepare failed:" << q->lastError().text() << "in" << sql;
            return nullptr;
        }
        it = m_statements.insert(sql, q);
    }
    return it.value().get();
}

std::optional<DataStamp> Database::dataStamp()
{
    const QString sql = m_engine->dataVersionSql();
    if (sql.isEmpty() || m_inTransaction)
        return std::nullopt;
    if (m_inRequest && m_requestVersion)
        return DataStamp{*m_requestVersion, m_ownWrites};
    // The mark is read before the version: a commit between the two leaves a
    // mark older than the version, and the next call reads the version again.
    const QByteArray mark = m_engine->commitMark();
    std::optional<qint64> version;
    if (!mark.isEmpty() && mark == m_versionMark) {
        version = m_markedVersion;
    } else {
        m_versionMark.clear();
        if (!each(sql, {}, [&](const QSqlQuery &q) { version = q.value(0).toLongLong(); }) || !version)
            return std::nullopt;
        m_versionMark = mark;
        m_markedVersion = *version;
    }
    if (m_inRequest)
        m_requestVersion = version;
    return DataStamp{*version, m_ownWrites};
}

void Database::beginRequest()
{
    m_inRequest = true;
    m_lostInRequest = false;
    m_requestVersion.reset();
}

void Database::endRequest()
{
    m_inRequest = false;
    m_requestVersion.reset();
}

std::optional<SqlRows> Database::execute(const QString &sql, const QVariantList &binds, bool *constraint)
{
    if (!readsOnly(sql))
        ++m_ownWrites;
    QSqlQuery *prepared = this->prepared(sql);
    if (!prepared)
        return std::nullopt;
    QSqlQuery &q = *prepared;
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        const QSqlError err = q.lastError();
        q.finish();
        noteFailure(err);
        if (constraint && m_engine->isConstraintViolation(err)) {
            *constraint = true;
            return std::nullopt;
        }
        // Never log the bound values: they may be secrets (hashes, phone numbers).
        qCCritical(lcDb).noquote() << "statement failed:" << err.text() << "in" << sql;
        return std::nullopt;
    }
    SqlRows rows;
    if (q.isSelect()) {
        while (q.next())
            rows.rows.append(q.record());
    }
    rows.rowsAffected = q.numRowsAffected();
    q.finish();
    return rows;
}

bool Database::each(const QString &sql, const QVariantList &binds, const std::function<void(const QSqlQuery &)> &fn)
{
    if (!readsOnly(sql))
        ++m_ownWrites;
    QSqlQuery *prepared = this->prepared(sql);
    if (!prepared)
        return false;
    QSqlQuery &q = *prepared;
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        const QSqlError err = q.lastError();
        qCCritical(lcDb).noquote() << "statement failed:" << err.text() << "in" << sql;
        q.finish();
        noteFailure(err);
        return false;
    }
    while (q.next())
        fn(q);
    q.finish();
    return true;
}

bool Database::execDdl(const QString &portableSql, QString *error)
{
    ++m_ownWrites;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(m_engine->ddl(portableSql))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool Database::begin()
{
    Q_ASSERT(!m_inTransaction);
    m_engine->lockWrites();
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(m_engine->beginSql())) {
        qCCritical(lcDb) << "cannot begin a transaction:" << q.lastError().text();
        noteFailure(q.lastError());
        m_engine->unlockWrites();
        return false;
    }
    m_inTransaction = true;
    return true;
}

bool Database::commit()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    const bool ok = q.exec(QStringLiteral("COMMIT"));
    if (!ok) {
        qCCritical(lcDb) << "commit failed:" << q.lastError().text();
        noteFailure(q.lastError());
        return false;
    }
    m_inTransaction = false;
    ++m_ownWrites;
    m_engine->unlockWrites();
    const QList<std::function<void()>> after = std::exchange(m_afterCommit, {});
    for (const auto &fn : after)
        fn();
    return true;
}

void Database::rollback()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcDb) << "rollback failed:" << q.lastError().text();
    m_inTransaction = false;
    m_afterCommit.clear();
    m_engine->unlockWrites();
}

void Database::afterCommit(std::function<void()> fn)
{
    if (!fn)
        return;
    if (m_inTransaction)
        m_afterCommit.append(std::move(fn));
    else
        fn();
}

} // namespace zc::server
