// Cache's read side: the pages, lists and single rows the models and the
// CLI ask for, each one bound statement (Cache.cpp has the file and the writes).
#include "Cache.h"

#include "CacheSql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace zc::sync {

using namespace cache_sql;

namespace {

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

QDateTime timeOrInvalid(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
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


} // namespace

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
    return allAccounts(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
}

CacheResult<QList<Account>> Cache::allAccounts(qint64 fromId, qint64 toId) const
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
                                          " WHERE account_id BETWEEN ? AND ? ORDER BY account_id, role_id"),
                           { fromId, toId }, "read assignments");
        if (!result.error.ok())
            return result;
        while (a.next())
            roleIds[a.value(0).toLongLong()].append(a.value(1).toLongLong());
    }
    QSqlQuery q(db);
    result.error = run(q, QStringLiteral("SELECT ") + QLatin1String(PlainAccountColumns)
                                  + QStringLiteral(" FROM accounts a WHERE a.id BETWEEN ? AND ? ORDER BY a.id"),
                       { fromId, toId }, "read accounts");
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

CacheResult<std::pair<qint64, qint64>> Cache::accountIdRange() const
{
    CacheResult<std::pair<qint64, qint64>> result;
    result.error = check();
    if (!result.error.ok())
        return result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    result.error = run(q, QStringLiteral("SELECT min(id), max(id) FROM accounts"), {}, "read account ids");
    if (!result.error.ok())
        return result;
    if (q.next() && !q.value(0).isNull())
        result.value = std::make_pair(q.value(0).toLongLong(), q.value(1).toLongLong());
    else
        result.value = std::make_pair(qint64(0), qint64(-1));
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
