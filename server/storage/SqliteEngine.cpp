#include "server/storage/SqliteEngine.h"

#include "server/Logging.h"

#include <QFile>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <atomic>

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
    m_connectionName = connectionName;
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

// SQLite's WAL-index (https://www.sqlite.org/walformat.html) starts with two
// copies of a 48-byte header that every commit rewrites — the second copy, a
// memory barrier, then the first — with the commit's frame count, a change
// counter and the WAL's salts. A reader that copies the first, then (after a
// barrier) the second, and finds them equal holds a consistent header: SQLite
// begins each read transaction exactly so. Reading it costs two copies of
// shared memory, where PRAGMA data_version costs a read transaction with its
// file locks (about a tenth of a cached answer's work). The index is reached
// through SQLite's own mapping (the VFS's xShmMap, public API): no second
// file descriptor, whose closing would drop the process's locks on the file.
QByteArray SqliteEngine::commitMark()
{
    constexpr int HeaderSize = 48;
    constexpr int IsInitOffset = 12;
    constexpr int WalIndexPageSize = 32768;
    if (!m_walIndex) {
        const QVariant handle = QSqlDatabase::database(m_connectionName, false).driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return {};
        sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
        sqlite3_file *file = nullptr;
        if (!db || sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file
            || !file->pMethods || file->pMethods->iVersion < 2 || !file->pMethods->xShmMap) {
            return {};
        }
        void volatile *region = nullptr;
        if (file->pMethods->xShmMap(file, 0, WalIndexPageSize, 0, &region) != SQLITE_OK || !region)
            return {};   // no read yet: SQLite maps the index on its first read transaction
        m_walIndex = region;
    }
    const auto *index = static_cast<const volatile char *>(m_walIndex);
    QByteArray first(HeaderSize, Qt::Uninitialized);
    QByteArray second(HeaderSize, Qt::Uninitialized);
    for (int i = 0; i < HeaderSize; ++i)
        first[i] = index[i];
    std::atomic_thread_fence(std::memory_order_acquire);
    for (int i = 0; i < HeaderSize; ++i)
        second[i] = index[HeaderSize + i];
    if (first != second || first.at(IsInitOffset) == 0)
        return {};   // a commit is being written, or the index is being rebuilt
    return first;
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
