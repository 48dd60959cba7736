#pragma once

#include "Cache.h"
#include "CacheSql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

// Internal to Cache.cpp: what one write transaction of the cache writes.
namespace zc::sync {

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
                return cache_sql::sqlError(s.query.lastError(), what);
            s.sql = sql;
        }
        int i = 0;
        for (const QVariant &v : values)
            s.query.bindValue(i++, v);
        if (!s.query.exec())
            return cache_sql::sqlError(s.query.lastError(), what);
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
                    { r.id, cache_sql::text(r.name), cache_sql::fold(r.name), cache_sql::text(r.remark),
                      QString::fromUtf8(QJsonDocument(codes).toJson(QJsonDocument::Compact)), r.accountCount,
                      r.createdById, cache_sql::text(r.createdByName), cache_sql::msOrNull(r.createdAt), cache_sql::msOrNull(r.updatedAt),
                      cache_sql::text(r.version) },
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
                     { a.id, cache_sql::text(a.login), cache_sql::fold(a.login), cache_sql::text(a.name), cache_sql::fold(a.name), cache_sql::text(a.phone),
                       Account::kindToString(a.kind), Account::statusToString(a.status),
                       a.institutionId > 0 ? QVariant(a.institutionId) : QVariant(), cache_sql::msOrNull(a.createdAt),
                       cache_sql::msOrNull(a.lastLoginAt), cache_sql::text(a.version) },
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
            return cache_sql::makeError(CacheError::Code::InvalidArgument, QStringLiteral("store catalog: empty catalog"));
        const QString json = QString::fromUtf8(
                QJsonDocument(Permission::listToJson(catalog.tree())).toJson(QJsonDocument::Compact));
        return exec(upsertCatalog,
                    "INSERT INTO catalog (id, version, json) VALUES (1, ?, ?)"
                    " ON CONFLICT (id) DO UPDATE SET version = excluded.version, json = excluded.json",
                    { cache_sql::text(catalog.version()), json }, "store catalog");
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

} // namespace zc::sync
