#include "CacheSchema.h"

#include "SyncLog.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <vector>

namespace zc::sync {

namespace {

struct Migration
{
    int version;
    const char *description;
    std::vector<const char *> statements;
};

// Append only: a released migration is never edited, a change is a new one.
// Times are milliseconds since the epoch (UTC); *_fold columns hold the
// case-folded text that the case-insensitive filters search with instr().
// Assignments have no foreign keys on purpose: a feed batch may bring an
// account before the role it holds; reads join, so a dangling pair is inert.
// Accounts have no secondary index: every filter is a substring search (a
// scan anyway), a 100k-row sort for a page costs a few tens of ms, and each
// index would slow the full sync's bulk insert.
const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list = {
        { 1, "roles, accounts, assignments, catalog, sync state",
          {
                  "CREATE TABLE roles ("
                  " id INTEGER PRIMARY KEY CHECK (id > 0),"
                  " name TEXT NOT NULL,"
                  " name_fold TEXT NOT NULL,"
                  " remark TEXT NOT NULL,"
                  " permissions TEXT NOT NULL,"   // JSON array of leaf codes
                  " account_count INTEGER NOT NULL CHECK (account_count >= 0),"
                  " created_by_id INTEGER NOT NULL,"
                  " created_by_name TEXT NOT NULL,"
                  " created_at INTEGER,"
                  " updated_at INTEGER,"
                  " version TEXT NOT NULL)",
                  "CREATE INDEX roles_by_name ON roles (name_fold, id)",
                  "CREATE TABLE accounts ("
                  " id INTEGER PRIMARY KEY CHECK (id > 0),"
                  " login TEXT NOT NULL,"
                  " login_fold TEXT NOT NULL,"
                  " name TEXT NOT NULL,"
                  " name_fold TEXT NOT NULL,"
                  " phone TEXT NOT NULL,"
                  " kind TEXT NOT NULL CHECK (kind IN ('unit', 'handler')),"
                  " status TEXT NOT NULL CHECK (status IN ('active', 'disabled', 'locked')),"
                  " institution_id INTEGER,"
                  " created_at INTEGER,"
                  " last_login_at INTEGER,"
                  " version TEXT NOT NULL)",
                  "CREATE TABLE assignments ("
                  " role_id INTEGER NOT NULL,"
                  " account_id INTEGER NOT NULL,"
                  " PRIMARY KEY (role_id, account_id)) WITHOUT ROWID",
                  "CREATE INDEX assignments_by_account ON assignments (account_id, role_id)",
                  "CREATE TABLE catalog ("
                  " id INTEGER PRIMARY KEY CHECK (id = 1),"
                  " version TEXT NOT NULL,"
                  " json TEXT NOT NULL)",
                  "CREATE TABLE sync_state ("
                  " id INTEGER PRIMARY KEY CHECK (id = 1),"
                  " cursor TEXT NOT NULL DEFAULT '',"
                  " catalog_version TEXT NOT NULL DEFAULT '',"
                  " last_full_sync_at INTEGER,"
                  " last_incremental_sync_at INTEGER)",
                  "INSERT INTO sync_state (id) VALUES (1)",
          } },
        { 2, "the unit's institutions, the audit events the client was shown",
          {
                  "CREATE TABLE institutions ("
                  " id INTEGER PRIMARY KEY CHECK (id > 0),"
                  " position INTEGER NOT NULL,"   // the server's order
                  " code TEXT NOT NULL,"
                  " name TEXT NOT NULL,"
                  " uscc TEXT NOT NULL,"
                  " level TEXT NOT NULL,"
                  " address TEXT NOT NULL)",
                  // The event as the API gave it (json), and what the filters read.
                  "CREATE TABLE audit_events ("
                  " id INTEGER PRIMARY KEY CHECK (id > 0),"
                  " at INTEGER NOT NULL,"
                  " actor_id INTEGER NOT NULL,"
                  " action TEXT NOT NULL,"
                  " json TEXT NOT NULL,"
                  " seen_at INTEGER NOT NULL)",
                  "CREATE INDEX audit_events_by_time ON audit_events (at, id)",
          } },
    };
    return list;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *why, QString *nativeCode = nullptr)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *why = q.lastError().text();
    if (nativeCode)
        *nativeCode = q.lastError().nativeErrorCode();
    return false;
}

// -1 on error; 0 for a file without our bookkeeping table (a new one).
int currentVersion(QSqlDatabase &db, QString *why, QString *nativeCode)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"))) {
        *why = q.lastError().text();
        *nativeCode = q.lastError().nativeErrorCode();
        return -1;
    }
    q.addBindValue(QStringLiteral("schema_migrations"));
    if (!q.exec() || !q.next()) {
        *why = q.lastError().text();
        *nativeCode = q.lastError().nativeErrorCode();
        return -1;
    }
    if (q.value(0).toInt() == 0)
        return 0;
    QSqlQuery v(db);
    v.setForwardOnly(true);
    if (!v.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations")) || !v.next()) {
        *why = v.lastError().text();
        *nativeCode = v.lastError().nativeErrorCode();
        return -1;
    }
    return v.value(0).toInt();
}

} // namespace

int CacheSchema::latestVersion()
{
    return migrations().back().version;
}

bool CacheSchema::isCorruption(const QString &nativeErrorCode)
{
    bool ok = false;
    const int code = nativeErrorCode.toInt(&ok);
    if (!ok)
        return false;
    const int primary = code & 0xff;   // extended codes carry the primary one in the low byte
    return primary == 11 /* SQLITE_CORRUPT */ || primary == 26 /* SQLITE_NOTADB */;
}

CacheSchema::Outcome CacheSchema::migrate(QSqlDatabase &db)
{
    Outcome out;
    QString why;
    QString native;
    const auto failed = [&](const QString &message) {
        out.status = isCorruption(native) ? Outcome::Status::NotADatabase : Outcome::Status::Failed;
        out.message = message;
        return out;
    };

    const int found = currentVersion(db, &why, &native);
    if (found < 0)
        return failed(why);
    out.version = found;
    if (found > latestVersion()) {
        out.status = Outcome::Status::Newer;
        out.message = QStringLiteral("schema version %1 is newer than this client's %2")
                              .arg(found)
                              .arg(latestVersion());
        return out;
    }

    for (const Migration &m : migrations()) {
        if (m.version <= out.version)
            continue;
        // IMMEDIATE takes the write lock now, then the version is read again:
        // another connection may have migrated while this one waited.
        if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &why, &native))
            return failed(why);
        const int now = currentVersion(db, &why, &native);
        if (now < 0 || now >= m.version) {
            QString ignored;
            exec(db, QStringLiteral("ROLLBACK"), &ignored);
            if (now < 0)
                return failed(why);
            if (now > latestVersion()) {
                out.status = Outcome::Status::Newer;
                out.version = now;
                return out;
            }
            out.version = now;
            continue;
        }
        bool ok = exec(db,
                       QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                      " version INTEGER PRIMARY KEY,"
                                      " description TEXT NOT NULL,"
                                      " applied_at INTEGER NOT NULL)"),
                       &why, &native);
        for (const char *statement : m.statements) {
            if (!ok)
                break;
            ok = exec(db, QString::fromLatin1(statement), &why, &native);
        }
        if (ok) {
            QSqlQuery record(db);
            ok = record.prepare(QStringLiteral(
                    "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"));
            record.addBindValue(m.version);
            record.addBindValue(QString::fromLatin1(m.description));
            record.addBindValue(QDateTime::currentMSecsSinceEpoch());
            ok = ok && record.exec();
            if (!ok) {
                why = record.lastError().text();
                native = record.lastError().nativeErrorCode();
            }
        }
        if (ok)
            ok = exec(db, QStringLiteral("COMMIT"), &why, &native);
        if (!ok) {
            QString ignored;
            exec(db, QStringLiteral("ROLLBACK"), &ignored);
            qCWarning(lcSync) << "cache migration" << m.version << "failed:" << why;
            return failed(QStringLiteral("migration %1 failed: %2").arg(m.version).arg(why));
        }
        qCInfo(lcSync) << "cache schema migrated to version" << m.version;
        out.version = m.version;
    }
    return out;
}

} // namespace zc::sync
