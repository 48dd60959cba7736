#include "Cache.h"

#include "CacheSchema.h"
#include "CacheSql.h"
#include "CacheWriter.h"
#include "SyncLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

#include <algorithm>
#include <initializer_list>

namespace zc::sync {

using namespace cache_sql;

namespace {

constexpr int BusyTimeoutMs = 10000;
constexpr QFile::Permissions OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

bool isBusy(const QString &nativeErrorCode)
{
    const int primary = nativeErrorCode.toInt() & 0xff;   // extended codes keep the primary one here
    return primary == 5 /* SQLITE_BUSY */ || primary == 6 /* SQLITE_LOCKED */;
}

QString sanitizeProfile(const QString &profileId)
{
    QString out;
    out.reserve(profileId.size());
    for (const QChar c : profileId) {
        const char16_t u = c.unicode();
        const bool safe = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
                          || u == u'.' || u == u'_' || u == u'-';
        out.append(safe ? c : QChar(u'_'));
    }
    out = out.left(48);
    if (out.isEmpty() || out.startsWith(u'.'))
        out.prepend(QStringLiteral("profile"));
    if (out != profileId) {
        out += u'_'
               + QString::fromLatin1(
                       QCryptographicHash::hash(profileId.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    }
    return out;
}

} // namespace

// ---------------------------------------------------------------------------

QDateTime SyncState::lastSyncAt() const
{
    if (!lastFullSyncAt.isValid())
        return lastIncrementalSyncAt;
    if (!lastIncrementalSyncAt.isValid())
        return lastFullSyncAt;
    return std::max(lastFullSyncAt, lastIncrementalSyncAt);
}

// ---------------------------------------------------------------------------

Cache::Cache(const QString &filePath, const QString &connectionName)
    : m_path(filePath), m_connectionName(connectionName)
{
}

Cache::~Cache()
{
    close();
}

QString Cache::defaultPath(const QString &profileId, const QString &login)
{
    const QString loginHash = QString::fromLatin1(
            QCryptographicHash::hash(login.trimmed().toLower().toUtf8(), QCryptographicHash::Sha256)
                    .toHex()
                    .left(16));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache/")
           + sanitizeProfile(profileId) + u'-' + loginHash + QStringLiteral(".sqlite");
}

bool Cache::removeFiles(const QString &filePath, QString *why)
{
    bool ok = true;
    for (const QLatin1String suffix : { QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm"),
                                        QLatin1String("-journal") }) {
        QFile file(filePath + suffix);
        if (file.exists() && !file.remove()) {
            ok = false;
            if (why)
                *why = file.fileName() + QStringLiteral(": ") + file.errorString();
        }
    }
    return ok;
}

int Cache::latestSchemaVersion()
{
    return CacheSchema::latestVersion();
}

CacheError Cache::open()
{
    if (m_open)
        return check();
    if (m_connectionName.isEmpty() || QSqlDatabase::contains(m_connectionName))
        return makeError(CacheError::Code::InvalidArgument,
                         QStringLiteral("connection name \"%1\" is empty or already in use").arg(m_connectionName));

    const QFileInfo info(m_path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral(".")))
            return makeError(CacheError::Code::CannotOpen,
                             QStringLiteral("cannot create the folder %1").arg(dir.absolutePath()));
        QFile::setPermissions(dir.absolutePath(), OwnerOnly | QFile::ExeOwner);
    }
    if (!info.exists()) {
        // Created owner-only before SQLite writes anything into it (SQLite
        // gives its -wal and -shm files the same permissions).
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly) && !file.exists())
            return makeError(CacheError::Code::CannotOpen,
                             QStringLiteral("cannot create %1: %2").arg(m_path, file.errorString()));
    }
    QFile::setPermissions(m_path, OwnerOnly);

    CacheError error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=") + QString::number(BusyTimeoutMs));
        if (!db.open()) {
            error = makeError(CacheError::Code::CannotOpen,
                              QStringLiteral("cannot open %1: %2").arg(m_path, db.lastError().text()));
        }
        if (error.ok()) {
            // Switching a new file to WAL needs it to itself and answers
            // "busy" at once, without the busy handler, while another
            // connection opens it too: wait here as the busy timeout would.
            QElapsedTimer waited;
            waited.start();
            for (;;) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next()) {
                    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
                        error = makeError(CacheError::Code::Sql,
                                          QStringLiteral("WAL refused (journal mode %1)").arg(q.value(0).toString()));
                    break;
                }
                if (isBusy(q.lastError().nativeErrorCode()) && waited.elapsed() < BusyTimeoutMs) {
                    QThread::msleep(5);
                    continue;
                }
                error = sqlError(q.lastError(), "enable WAL");
                break;
            }
        }
        if (error.ok()) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
                error = sqlError(q.lastError(), "set synchronous");
        }
        if (error.ok()) {
            const CacheSchema::Outcome migrated = CacheSchema::migrate(db);
            switch (migrated.status) {
            case CacheSchema::Outcome::Status::Ok:
                m_schemaVersion = migrated.version;
                break;
            case CacheSchema::Outcome::Status::Newer:
                error = makeError(CacheError::Code::NewerSchema, migrated.message);
                break;
            case CacheSchema::Outcome::Status::NotADatabase:
                error = makeError(CacheError::Code::Corrupt, migrated.message);
                break;
            case CacheSchema::Outcome::Status::Failed:
                error = makeError(CacheError::Code::Sql, migrated.message);
                break;
            }
        }
        if (!error.ok())
            db.close();
    }
    if (!error.ok()) {
        QSqlDatabase::removeDatabase(m_connectionName);
        qCWarning(lcSync) << "cannot open the cache" << m_path << ":" << error.message;
        return error;
    }
    for (const QLatin1String suffix : { QLatin1String("-wal"), QLatin1String("-shm") }) {
        if (QFile::exists(m_path + suffix))
            QFile::setPermissions(m_path + suffix, OwnerOnly);
    }
    m_thread = QThread::currentThread();
    m_open = true;
    return {};
}

CacheError Cache::verify() const
{
    const CacheError e = check();
    if (!e.ok())
        return e;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    CacheError error = run(q, QStringLiteral("PRAGMA quick_check(1)"), {}, "check the file");
    if (!error.ok())
        return error;
    if (!q.next())
        return sqlError(q.lastError(), "check the file");
    const QString verdict = q.value(0).toString();
    if (verdict != QLatin1String("ok"))
        return makeError(CacheError::Code::Corrupt, QStringLiteral("quick_check: ") + verdict);
    return {};
}

void Cache::close()
{
    if (!m_open)
        return;
    if (QThread::currentThread() != m_thread) {
        qCWarning(lcSync) << "Cache::close() called from another thread than the one that opened"
                          << m_connectionName << "; the connection is left open";
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
    m_thread = nullptr;
}

CacheError Cache::check() const
{
    if (!m_open)
        return makeError(CacheError::Code::NotOpen, QStringLiteral("the cache is not open"));
    if (QThread::currentThread() != m_thread)
        return makeError(CacheError::Code::WrongThread,
                         QStringLiteral("cache connection %1 used from another thread").arg(m_connectionName));
    return {};
}

CacheError Cache::write(const char *what, const std::function<CacheError(Writer &)> &work)
{
    CacheError error = check();
    if (!error.ok())
        return error;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    {
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return sqlError(begin.lastError(), what);
    }
    {
        Writer writer(db);
        error = work(writer);
    }   // statements finalised before COMMIT / ROLLBACK
    QSqlQuery end(db);
    if (error.ok() && !end.exec(QStringLiteral("COMMIT")))
        error = sqlError(end.lastError(), what);
    if (!error.ok()) {
        QSqlQuery rollback(db);
        if (!rollback.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcSync) << "cache rollback failed:" << rollback.lastError().text();
        qCWarning(lcSync) << "cache write failed, nothing applied:" << error.message;
    }
    return error;
}

CacheError Cache::applyChanges(const ChangeBatch &batch)
{
    return write("apply changes", [&batch](Writer &w) {
        CacheError e;
        if (batch.resetBefore) {
            for (const char *sql : { "DELETE FROM assignments", "DELETE FROM accounts", "DELETE FROM roles" }) {
                e = w.plain(sql, "reset before full sync");
                if (!e.ok())
                    return e;
            }
        }
        // Tombstones first: an id deleted and then reused by the server comes
        // back in the same batch as a new row.
        for (const DeletedItem &item : batch.deleted) {
            e = item.type == DeletedItem::Type::Role ? w.dropRole(item.id) : w.dropAccount(item.id);
            if (!e.ok())
                return e;
        }
        for (const Role &role : batch.roles) {
            e = w.putRole(role);
            if (!e.ok())
                return e;
        }
        e = w.putAccounts(batch.accounts);
        if (!e.ok())
            return e;
        if (batch.catalog) {
            e = w.putCatalog(*batch.catalog);
            if (!e.ok())
                return e;
        }
        const QDateTime at = batch.receivedAt.isValid() ? batch.receivedAt : QDateTime::currentDateTimeUtc();
        const QVariant finished = batch.more ? QVariant() : QVariant(at.toMSecsSinceEpoch());
        const bool full = batch.kind == SyncKind::Full;
        return w.exec(w.syncState,
                      "UPDATE sync_state SET cursor = ?,"
                      " catalog_version = CASE WHEN ? = '' THEN catalog_version ELSE ? END,"
                      " last_full_sync_at = CASE WHEN ? IS NULL OR ? = 0 THEN last_full_sync_at ELSE ? END,"
                      " last_incremental_sync_at = CASE WHEN ? IS NULL OR ? = 1 THEN last_incremental_sync_at"
                      " ELSE ? END"
                      " WHERE id = 1",
                      { text(batch.cursor), text(batch.catalogVersion), text(batch.catalogVersion), finished,
                        full ? 1 : 0, finished, finished, full ? 1 : 0, finished },
                      "store cursor");
    });
}

CacheError Cache::applyRole(const Role &role)
{
    return write("apply role", [&role](Writer &w) { return w.putRole(role); });
}

CacheError Cache::applyAccount(const Account &account)
{
    return write("apply account", [&account](Writer &w) { return w.putAccounts({ account }); });
}

CacheError Cache::removeRole(qint64 id)
{
    return write("remove role", [id](Writer &w) { return w.dropRole(id); });
}

CacheError Cache::removeAccount(qint64 id)
{
    return write("remove account", [id](Writer &w) {
        CacheError e = w.exec(w.adjustCount,
                              "UPDATE roles SET account_count = max(account_count - 1, 0)"
                              " WHERE id IN (SELECT role_id FROM assignments WHERE account_id = ?)",
                              { id }, "count down roles");
        return e.ok() ? w.dropAccount(id) : e;
    });
}

CacheError Cache::applyAssignment(qint64 roleId, qint64 accountId, bool assigned)
{
    return write("apply assignment", [=](Writer &w) {
        CacheError e = assigned ? w.exec(w.insertAssignment,
                                         "INSERT OR IGNORE INTO assignments (role_id, account_id) VALUES (?, ?)",
                                         { roleId, accountId }, "assign")
                                : w.exec(w.deleteAssignment,
                                         "DELETE FROM assignments WHERE role_id = ? AND account_id = ?",
                                         { roleId, accountId }, "unassign");
        const Writer::Statement &changed = assigned ? w.insertAssignment : w.deleteAssignment;
        if (!e.ok() || changed.query.numRowsAffected() != 1)
            return e;   // idempotent: nothing changed, the count stays
        return w.exec(w.adjustCount, "UPDATE roles SET account_count = max(account_count + ?, 0) WHERE id = ?",
                      { assigned ? 1 : -1, roleId }, "count assignment");
    });
}

CacheError Cache::applyCatalog(const PermissionCatalog &catalog)
{
    return write("apply catalog", [&catalog](Writer &w) { return w.putCatalog(catalog); });
}

CacheError Cache::clear()
{
    return write("clear", [](Writer &w) {
        CacheError e;
        for (const char *sql : { "DELETE FROM assignments", "DELETE FROM accounts", "DELETE FROM roles",
                                 "DELETE FROM catalog", "DELETE FROM institutions", "DELETE FROM audit_events",
                                 "UPDATE sync_state SET cursor = '', catalog_version = '',"
                                 " last_full_sync_at = NULL, last_incremental_sync_at = NULL" }) {
            e = w.plain(sql, "clear");
            if (!e.ok())
                break;
        }
        return e;
    });
}

CacheError Cache::deleteFiles()
{
    if (m_open) {
        const CacheError e = check();
        if (!e.ok())
            return e;
        close();
    }
    QString why;
    if (!removeFiles(m_path, &why))
        return makeError(CacheError::Code::CannotOpen, QStringLiteral("cannot delete the cache: ") + why);
    qCInfo(lcSync) << "cache files deleted";
    return {};
}

// --- reads -----------------------------------------------------------------

} // namespace zc::sync
