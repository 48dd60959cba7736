#include "server/storage/SqliteEngine.h"

#include "server/Logging.h"

#include <QFile>
#include <QSqlQuery>

namespace zc::server {

SqliteEngine::SqliteEngine(QString filePath, std::shared_ptr<std::mutex> writeMutex)
    : m_path(std::move(filePath)), m_writeMutex(std::move(writeMutex))
{
}

void SqliteEngine::lockWrites()
{
    if (m_writeMutex)
        m_writeMutex->lock();
}

void SqliteEngine::unlockWrites()
{
    if (m_writeMutex)
        m_writeMutex->unlock();
}

bool SqliteEngine::open(const QString &connectionName, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed");
        return false;
    }
    // Owner-only, like the TLS key: the file holds password hashes, sessions and
    // phone numbers. SQLite gives its -wal and -shm files the mode of the
    // database file; existing ones are corrected too.
    constexpr QFile::Permissions OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
    if (!QFile::exists(m_path)) {
        QFile created(m_path);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly) && !QFile::exists(m_path)) {
            *error = QStringLiteral("cannot create %1: %2").arg(m_path, created.errorString());
            return false;
        }
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(m_path + suffix))
            QFile::setPermissions(m_path + suffix, OwnerOnly);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    // Per-connection settings; journal_mode=WAL is persistent in the file.
    const char *const pragmas[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=NORMAL",
        "PRAGMA foreign_keys=ON",
    };
    for (const char *p : pragmas) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(p))) {
            *error = QStringLiteral("%1 failed: %2").arg(QString::fromLatin1(p), q.lastError().text());
            return false;
        }
    }
    QSqlQuery mode(db);
    if (mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next()
        && mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        qCWarning(lcDb) << "SQLite journal mode is" << mode.value(0).toString() << "instead of WAL";
    }
    return true;
}

QString SqliteEngine::ddl(const QString &portable) const
{
    QString s = portable;
    s.replace(QLatin1String("{{id}}"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    return s;
}

bool SqliteEngine::isConstraintViolation(const QSqlError &error) const
{
    // SQLITE_CONSTRAINT (19) and its extended codes (19 + n*256).
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == 19;
}

} // namespace zc::server
