#include "Cache.h"

#include "CacheSchema.h"
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

namespace {

constexpr int BusyTimeoutMs = 10000;
constexpr QFile::Permissions OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

// SQL text is only ever put together from the constant fragments below;
// every value goes through a bound placeholder.
const char RoleColumns[] =
        "r.id, r.name, r.remark, r.permissions, r.account_count, r.created_by_id,"
        " r.created_by_name, r.created_at, r.updated_at, r.version";
const char PlainAccountColumns[] =
        "a.id, a.login, a.name, a.phone, a.kind, a.status, a.institution_id, a.created_at,"
        " a.last_login_at, a.version";
const char AccountColumns[] =
        "a.id, a.login, a.name, a.phone, a.kind, a.status, a.institution_id, a.created_at,"
        " a.last_login_at, a.version,"
        " (SELECT group_concat(x.role_id) FROM assignments x WHERE x.account_id = a.id)";

const char RoleFilter[] = " WHERE (? = '' OR instr(r.name_fold, ?) > 0)";
const char AccountFilter[] =
        " WHERE (? IS NULL OR a.kind = ?) AND (? IS NULL OR a.status = ?)"
        " AND (? = '' OR instr(a.login_fold, ?) > 0 OR instr(a.name_fold, ?) > 0"
        " OR instr(a.phone, ?) > 0)";
// Assigned accounts are reached from the role's assignments (its primary key
// prefix), unassigned ones by probing that key for every handler.
const char AssignedFrom[] = "assignments s JOIN accounts a ON a.id = s.account_id";
const char AssignedFilter[] =
        " WHERE s.role_id = ?"
        " AND (? = '' OR instr(a.login_fold, ?) > 0) AND (? = '' OR instr(a.name_fold, ?) > 0)";
const char UnassignedFilter[] =
        " WHERE a.kind = 'handler'"
        " AND NOT EXISTS (SELECT 1 FROM assignments s WHERE s.role_id = ? AND s.account_id = a.id)"
        " AND (? = '' OR instr(a.login_fold, ?) > 0) AND (? = '' OR instr(a.name_fold, ?) > 0)";

QLatin1String sortColumn(RoleSort s)
{
    switch (s) {
    case RoleSort::Id: break;
    case RoleSort::Name: return QLatin1String("r.name_fold");
    case RoleSort::AccountCount: return QLatin1String("r.account_count");
    case RoleSort::CreatedBy: return QLatin1String("r.created_by_name");
    case RoleSort::CreatedAt: return QLatin1String("r.created_at");
    case RoleSort::UpdatedAt: return QLatin1String("r.updated_at");
    }
    return QLatin1String("r.id");
}

QLatin1String sortColumn(AccountSort s)
{
    switch (s) {
    case AccountSort::Id: break;
    case AccountSort::Login: return QLatin1String("a.login_fold");
    case AccountSort::Name: return QLatin1String("a.name_fold");
    case AccountSort::Phone: return QLatin1String("a.phone");
    case AccountSort::Status: return QLatin1String("a.status");
    case AccountSort::CreatedAt: return QLatin1String("a.created_at");
    case AccountSort::LastLoginAt: return QLatin1String("a.last_login_at");
    }
    return QLatin1String("a.id");
}

// " ORDER BY <column> <dir>, <id> <dir> LIMIT ? OFFSET ?"
QString orderAndLimit(QLatin1String column, QLatin1String idColumn, Qt::SortOrder order)
{
    const QLatin1String dir = order == Qt::AscendingOrder ? QLatin1String(" ASC") : QLatin1String(" DESC");
    return QLatin1String(" ORDER BY ") + column + dir + QLatin1String(", ") + idColumn + dir
           + QLatin1String(" LIMIT ? OFFSET ?");
}

// A bound text parameter must never be a null QString: that binds SQL NULL,
// and "? = ''" would then match nothing.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString fold(const QString &s)
{
    return text(s.toCaseFolded());
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeOrInvalid(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

bool isBusy(const QString &nativeErrorCode)
{
    const int primary = nativeErrorCode.toInt() & 0xff;   // extended codes keep the primary one here
    return primary == 5 /* SQLITE_BUSY */ || primary == 6 /* SQLITE_LOCKED */;
}

CacheError makeError(CacheError::Code code, const QString &message)
{
    CacheError e;
    e.code = code;
    e.message = message;
    return e;
}

CacheError sqlError(const QSqlError &e, const char *what)
{
    const CacheError::Code code = CacheSchema::isCorruption(e.nativeErrorCode()) ? CacheError::Code::Corrupt
                                                                                : CacheError::Code::Sql;
    return makeError(code, QLatin1String(what) + QStringLiteral(": ") + e.text());
}

CacheError run(QSqlQuery &q, const QString &sql, const QVariantList &values, const char *what)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q.lastError(), what);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return sqlError(q.lastError(), what);
    return {};
}

Role readRole(const QSqlQuery &q)
{
    Role r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.remark = q.value(2).toString();
    const QJsonArray codes = QJsonDocument::fromJson(q.value(3).toByteArray()).array();
    r.permissions.reserve(codes.size());
    for (const QJsonValue &code : codes)
        r.permissions.append(code.toString());
    r.accountCount = q.value(4).toInt();
    r.createdById = q.value(5).toLongLong();
    r.createdByName = q.value(6).toString();
    r.createdAt = timeOrInvalid(q.value(7));
    r.updatedAt = timeOrInvalid(q.value(8));
    r.version = q.value(9).toString();
    return r;
}

// PlainAccountColumns, without role ids.
Account readPlainAccount(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.name = q.value(2).toString();
    a.phone = q.value(3).toString();
    a.kind = Account::kindFromString(q.value(4).toString()).value_or(Account::Kind::Handler);
    a.status = Account::statusFromString(q.value(5).toString()).value_or(Account::Status::Active);
    a.institutionId = q.value(6).isNull() ? 0 : q.value(6).toLongLong();
    a.createdAt = timeOrInvalid(q.value(7));
    a.lastLoginAt = timeOrInvalid(q.value(8));
    a.version = q.value(9).toString();
    return a;
}

// AccountColumns: the plain ones and the role ids as "id,id,…".
Account readAccount(const QSqlQuery &q)
{
    Account a = readPlainAccount(q);
    const QVariant roles = q.value(10);
    if (!roles.isNull()) {
        const QString list = roles.toString();
        for (const QStringView id : QStringView(list).split(u','))
            a.roleIds.append(id.toLongLong());
        std::sort(a.roleIds.begin(), a.roleIds.end());
    }
    return a;
}

CacheError checkPaging(int page, int size)
{
    if (page < 1 || size < 1)
        return makeError(CacheError::Code::InvalidArgument,
                         QStringLiteral("page must be >= 1 and size >= 1, got page %1 size %2").arg(page).arg(size));
    return {};
}

// Runs "SELECT count(*) FROM <from><filter>" and the page query with the same filter values.
template <typename T, typename Reader>
CacheResult<Page<T>> pageOf(QSqlDatabase db, const QString &columns, const QString &from, const QString &filter,
                            const QVariantList &filterValues, const QString &orderClause, int page, int size,
                            Reader read, const char *what)
{
    CacheResult<Page<T>> result;
    result.error = checkPaging(page, size);
    if (!result.error.ok())
        return result;
    Page<T> out;
    out.page = page;
    out.size = size;
    {
        QSqlQuery count(db);
        result.error = run(count, QStringLiteral("SELECT count(*) FROM ") + from + filter, filterValues, what);
        if (!result.error.ok())
            return result;
        if (!count.next()) {
            result.error = sqlError(count.lastError(), what);
            return result;
        }
        out.total = count.value(0).toInt();
    }
    const qint64 offset = static_cast<qint64>(page - 1) * size;
    if (offset < out.total) {
        QVariantList values = filterValues;
        values << size << offset;
        QSqlQuery q(db);
        result.error = run(q, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + from + filter
                                      + orderClause,
                           values, what);
        if (!result.error.ok())
            return result;
        out.items.reserve(std::min(size, out.total));
        while (q.next())
            out.items.append(read(q));
        if (q.lastError().isValid()) {
            result.error = sqlError(q.lastError(), what);
            return result;
        }
    }
    result.value = out;
    return result;
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

// The statements of one write transaction, each prepared once on first use
// and reused for every row of the batch.
struct Cache::Writer
{
    explicit Writer(const QSqlDatabase &database) : db(database) {}

    struct Statement
    {
        QSqlQuery query;
        const char *sql = nullptr;   // what it was prepared with
    };

    CacheError exec(Statement &s, const char *sql, std::initializer_list<QVariant> values, const char *what)
    {
        if (!s.sql || qstrcmp(s.sql, sql) != 0) {
            s.query = QSqlQuery(db);
            if (!s.query.prepare(QLatin1String(sql)))
                return sqlError(s.query.lastError(), what);
            s.sql = sql;
        }
        int i = 0;
        for (const QVariant &v : values)
            s.query.bindValue(i++, v);
        if (!s.query.exec())
            return sqlError(s.query.lastError(), what);
        return {};
    }

    CacheError putRole(const Role &r)
    {
        QJsonArray codes;
        for (const QString &code : r.permissions)
            codes.append(code);
        return exec(upsertRole,
                    "INSERT INTO roles (id, name, name_fold, remark, permissions, account_count, created_by_id,"
                    " created_by_name, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_fold = excluded.name_fold,"
                    " remark = excluded.remark, permissions = excluded.permissions,"
                    " account_count = excluded.account_count, created_by_id = excluded.created_by_id,"
                    " created_by_name = excluded.created_by_name, created_at = excluded.created_at,"
                    " updated_at = excluded.updated_at, version = excluded.version",
                    { r.id, text(r.name), fold(r.name), text(r.remark),
                      QString::fromUtf8(QJsonDocument(codes).toJson(QJsonDocument::Compact)), r.accountCount,
                      r.createdById, text(r.createdByName), msOrNull(r.createdAt), msOrNull(r.updatedAt),
                      text(r.version) },
                    "store role");
    }

    // Stores accounts and replaces their assignments by their role ids: the
    // old assignments of all of them go in one statement (an id list bound as
    // JSON), then each account's row and pairs. An id given twice keeps its
    // last value.
    CacheError putAccounts(const QList<Account> &accounts)
    {
        if (accounts.isEmpty())
            return {};
        QHash<qint64, qsizetype> lastOf;
        lastOf.reserve(accounts.size());
        QString ids;
        ids.reserve(accounts.size() * 8 + 2);
        ids += u'[';
        for (qsizetype i = 0; i < accounts.size(); ++i) {
            const qint64 id = accounts.at(i).id;
            if (!lastOf.contains(id)) {
                if (ids.size() > 1)
                    ids += u',';
                ids += QString::number(id);
            }
            lastOf.insert(id, i);
        }
        ids += u']';
        CacheError e = exec(replaceAssignments,
                            "DELETE FROM assignments WHERE account_id IN (SELECT value FROM json_each(?))", { ids },
                            "replace assignments");
        for (qsizetype i = 0; i < accounts.size() && e.ok(); ++i) {
            const Account &a = accounts.at(i);
            if (lastOf.value(a.id) != i)
                continue;
            e = exec(upsertAccount,
                     "INSERT INTO accounts (id, login, login_fold, name, name_fold, phone, kind, status,"
                     " institution_id, created_at, last_login_at, version)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                     " ON CONFLICT (id) DO UPDATE SET login = excluded.login,"
                     " login_fold = excluded.login_fold, name = excluded.name,"
                     " name_fold = excluded.name_fold, phone = excluded.phone, kind = excluded.kind,"
                     " status = excluded.status, institution_id = excluded.institution_id,"
                     " created_at = excluded.created_at, last_login_at = excluded.last_login_at,"
                     " version = excluded.version",
                     { a.id, text(a.login), fold(a.login), text(a.name), fold(a.name), text(a.phone),
                       Account::kindToString(a.kind), Account::statusToString(a.status),
                       a.institutionId > 0 ? QVariant(a.institutionId) : QVariant(), msOrNull(a.createdAt),
                       msOrNull(a.lastLoginAt), text(a.version) },
                     "store account");
            for (const qint64 roleId : a.roleIds) {
                if (!e.ok())
                    break;
                e = exec(insertAssignment, "INSERT OR IGNORE INTO assignments (role_id, account_id) VALUES (?, ?)",
                         { roleId, a.id }, "store assignment");
            }
        }
        return e;
    }

    CacheError dropRole(qint64 id)
    {
        CacheError e = exec(deleteRoleAssignments, "DELETE FROM assignments WHERE role_id = ?", { id },
                            "delete role assignments");
        if (e.ok())
            e = exec(deleteRole, "DELETE FROM roles WHERE id = ?", { id }, "delete role");
        return e;
    }

    CacheError dropAccount(qint64 id)
    {
        CacheError e = exec(deleteAccountAssignments, "DELETE FROM assignments WHERE account_id = ?", { id },
                            "delete account assignments");
        if (e.ok())
            e = exec(deleteAccount, "DELETE FROM accounts WHERE id = ?", { id }, "delete account");
        return e;
    }

    CacheError putCatalog(const PermissionCatalog &catalog)
    {
        if (catalog.isEmpty())
            return makeError(CacheError::Code::InvalidArgument, QStringLiteral("store catalog: empty catalog"));
        const QString json = QString::fromUtf8(
                QJsonDocument(Permission::listToJson(catalog.tree())).toJson(QJsonDocument::Compact));
        return exec(upsertCatalog,
                    "INSERT INTO catalog (id, version, json) VALUES (1, ?, ?)"
                    " ON CONFLICT (id) DO UPDATE SET version = excluded.version, json = excluded.json",
                    { text(catalog.version()), json }, "store catalog");
    }

    CacheError plain(const char *sql, const char *what)
    {
        Statement s;
        return exec(s, sql, {}, what);
    }

    QSqlDatabase db;
    Statement upsertRole, upsertAccount, replaceAssignments, deleteAccountAssignments, insertAssignment,
            deleteRoleAssignments, deleteAssignment,
            deleteRole, deleteAccount, upsertCatalog, syncState, adjustCount;
};

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
                                 "DELETE FROM catalog",
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

CacheResult<Page<Role>> Cache::roles(const RoleQuery &query) const
{
    const CacheError e = check();
    if (!e.ok())
        return { std::nullopt, e };
    const QString needle = fold(query.name.trimmed());
    return pageOf<Role>(QSqlDatabase::database(m_connectionName, false), QLatin1String(RoleColumns),
                        QStringLiteral("roles r"), QLatin1String(RoleFilter), { needle, needle },
                        orderAndLimit(sortColumn(query.sort), QLatin1String("r.id"), query.order), query.page,
                        query.size, readRole, "list roles");
}

CacheResult<Page<Account>> Cache::accounts(const AccountQuery &query) const
{
    const CacheError e = check();
    if (!e.ok())
        return { std::nullopt, e };
    const QString needle = fold(query.q.trimmed());
    const QVariant kind = query.kind ? QVariant(Account::kindToString(*query.kind)) : QVariant();
    const QVariant status = query.status ? QVariant(Account::statusToString(*query.status)) : QVariant();
    return pageOf<Account>(QSqlDatabase::database(m_connectionName, false), QLatin1String(AccountColumns),
                           QStringLiteral("accounts a"), QLatin1String(AccountFilter),
                           { kind, kind, status, status, needle, needle, needle, needle },
                           orderAndLimit(sortColumn(query.sort), QLatin1String("a.id"), query.order), query.page,
                           query.size, readAccount, "list accounts");
}

CacheResult<Page<Account>> Cache::roleAccounts(const RoleAccountsQuery &query) const
{
    CacheError e = check();
    if (!e.ok())
        return { std::nullopt, e };
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    {
        QSqlQuery exists(db);
        e = run(exists, QStringLiteral("SELECT 1 FROM roles WHERE id = ?"), { query.roleId }, "find role");
        if (!e.ok())
            return { std::nullopt, e };
        if (!exists.next())
            return { std::nullopt,
                     makeError(CacheError::Code::NotFound,
                               QStringLiteral("role %1 is not in the cache").arg(query.roleId)) };
    }
    const QString login = fold(query.login.trimmed());
    const QString name = fold(query.name.trimmed());
    return pageOf<Account>(db, QLatin1String(AccountColumns),
                           query.assigned ? QLatin1String(AssignedFrom) : QLatin1String("accounts a"),
                           query.assigned ? QLatin1String(AssignedFilter) : QLatin1String(UnassignedFilter),
                           { query.roleId, login, login, name, name },
                           orderAndLimit(sortColumn(query.sort), QLatin1String("a.id"), query.order), query.page,
                           query.size, readAccount, "list role accounts");
}

CacheResult<QList<Role>> Cache::allRoles() const
{
    CacheResult<QList<Role>> result;
    result.error = check();
    if (!result.error.ok())
        return result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    result.error = run(q, QStringLiteral("SELECT ") + QLatin1String(RoleColumns)
                                  + QStringLiteral(" FROM roles r ORDER BY r.id"),
                       {}, "read roles");
    if (!result.error.ok())
        return result;
    QList<Role> out;
    while (q.next())
        out.append(readRole(q));
    if (q.lastError().isValid()) {
        result.error = sqlError(q.lastError(), "read roles");
        return result;
    }
    result.value = std::move(out);
    return result;
}

CacheResult<QList<Account>> Cache::allAccounts() const
{
    CacheResult<QList<Account>> result;
    result.error = check();
    if (!result.error.ok())
        return result;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // Two plain scans merged here are much faster than a subquery per account.
    QHash<qint64, QList<qint64>> roleIds;
    {
        QSqlQuery a(db);
        result.error = run(a,
                           QStringLiteral("SELECT account_id, role_id FROM assignments"
                                          " ORDER BY account_id, role_id"),
                           {}, "read assignments");
        if (!result.error.ok())
            return result;
        while (a.next())
            roleIds[a.value(0).toLongLong()].append(a.value(1).toLongLong());
    }
    QSqlQuery q(db);
    result.error = run(q, QStringLiteral("SELECT ") + QLatin1String(PlainAccountColumns)
                                  + QStringLiteral(" FROM accounts a ORDER BY a.id"),
                       {}, "read accounts");
    if (!result.error.ok())
        return result;
    QList<Account> out;
    while (q.next()) {
        out.append(readPlainAccount(q));
        out.last().roleIds = roleIds.value(out.last().id);
    }
    if (q.lastError().isValid()) {
        result.error = sqlError(q.lastError(), "read accounts");
        return result;
    }
    result.value = std::move(out);
    return result;
}

CacheResult<Role> Cache::role(qint64 id) const
{
    CacheResult<Role> result;
    result.error = check();
    if (!result.error.ok())
        return result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    result.error = run(q, QStringLiteral("SELECT ") + QLatin1String(RoleColumns)
                                  + QStringLiteral(" FROM roles r WHERE r.id = ?"),
                       { id }, "read role");
    if (!result.error.ok())
        return result;
    if (q.next())
        result.value = readRole(q);
    else if (q.lastError().isValid())
        result.error = sqlError(q.lastError(), "read role");
    else
        result.error = makeError(CacheError::Code::NotFound, QStringLiteral("role %1 is not in the cache").arg(id));
    return result;
}

CacheResult<Account> Cache::account(qint64 id) const
{
    CacheResult<Account> result;
    result.error = check();
    if (!result.error.ok())
        return result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    result.error = run(q, QStringLiteral("SELECT ") + QLatin1String(AccountColumns)
                                  + QStringLiteral(" FROM accounts a WHERE a.id = ?"),
                       { id }, "read account");
    if (!result.error.ok())
        return result;
    if (q.next())
        result.value = readAccount(q);
    else if (q.lastError().isValid())
        result.error = sqlError(q.lastError(), "read account");
    else
        result.error =
                makeError(CacheError::Code::NotFound, QStringLiteral("account %1 is not in the cache").arg(id));
    return result;
}

CacheResult<QHash<qint64, QString>> Cache::roleNames() const
{
    CacheResult<QHash<qint64, QString>> result;
    result.error = check();
    if (!result.error.ok())
        return result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    result.error = run(q, QStringLiteral("SELECT id, name FROM roles"), {}, "read role names");
    if (!result.error.ok())
        return result;
    QHash<qint64, QString> names;
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    result.value = std::move(names);
    return result;
}

CacheResult<PermissionCatalog> Cache::catalog() const
{
    CacheResult<PermissionCatalog> result;
    result.error = check();
    if (!result.error.ok())
        return result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    result.error = run(q, QStringLiteral("SELECT json FROM catalog WHERE id = 1"), {}, "read catalog");
    if (!result.error.ok())
        return result;
    if (!q.next()) {
        result.error = makeError(CacheError::Code::NotFound, QStringLiteral("no catalog cached yet"));
        return result;
    }
    QString why;
    PermissionCatalog catalog = PermissionCatalog::fromJson(q.value(0).toByteArray(), &why);
    if (catalog.isEmpty())
        result.error = makeError(CacheError::Code::Corrupt, QStringLiteral("cached catalog: ") + why);
    else
        result.value = std::move(catalog);
    return result;
}

CacheResult<SyncState> Cache::syncState() const
{
    CacheResult<SyncState> result;
    result.error = check();
    if (!result.error.ok())
        return result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    result.error = run(q,
                       QStringLiteral("SELECT cursor, catalog_version, last_full_sync_at, last_incremental_sync_at"
                                      " FROM sync_state WHERE id = 1"),
                       {}, "read sync state");
    if (!result.error.ok())
        return result;
    if (!q.next()) {
        result.error = makeError(CacheError::Code::Corrupt, QStringLiteral("the sync state row is missing"));
        return result;
    }
    SyncState s;
    s.cursor = q.value(0).toString();
    s.catalogVersion = q.value(1).toString();
    s.lastFullSyncAt = timeOrInvalid(q.value(2));
    s.lastIncrementalSyncAt = timeOrInvalid(q.value(3));
    result.value = s;
    return result;
}

CacheResult<CacheCounts> Cache::counts() const
{
    CacheResult<CacheCounts> result;
    result.error = check();
    if (!result.error.ok())
        return result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    result.error = run(q,
                       QStringLiteral("SELECT (SELECT count(*) FROM roles), (SELECT count(*) FROM accounts),"
                                      " (SELECT count(*) FROM accounts WHERE kind = 'handler'),"
                                      " (SELECT count(*) FROM assignments)"),
                       {}, "count");
    if (!result.error.ok())
        return result;
    if (!q.next()) {
        result.error = sqlError(q.lastError(), "count");
        return result;
    }
    CacheCounts c;
    c.roles = q.value(0).toInt();
    c.accounts = q.value(1).toInt();
    c.handlers = q.value(2).toInt();
    c.assignments = q.value(3).toInt();
    result.value = c;
    return result;
}

} // namespace zc::sync
