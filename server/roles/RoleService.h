#pragma once

#include "server/auth/AuthSession.h"
#include "server/http/IfMatch.h"
#include "server/http/ListPage.h"
#include "server/Result.h"
#include "server/storage/RoleStorage.h"
#include "models/Account.h"
#include "models/Role.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace zc::server {

class AuditLog;
class ChangeStorage;
class Database;
class UnitScope;

// Roles of a unit (账号角色管理) and their assignment to handlers (分配账号).
// Every write is one transaction with its audit event and change-feed stamps;
// the rules of API.md live here:
// - permissions are catalog codes, parents expanded to leaves (422 unknown_permission);
// - a handler (or an API token) cannot grant what it does not hold (422
//   permission_not_held): the leaves a create or update adds, and every leaf of
//   a role it assigns (both rules are PermissionGrant's, shared with API tokens);
// - names are unique per unit compared lower-cased, decided by the database's
//   unique index (409 role_name_taken);
// - the main account is never offered nor assignable (422 main_account_immutable);
// - assign / unassign are idempotent: a repeat changes nothing at all.
class RoleService
{
public:
    RoleService(Database &db, RoleStorage &storage, UnitScope &scope, ChangeStorage &changes, AuditLog &audit);

    struct Input
    {
        QString name;           // trimmed, validated by the route
        QString remark;
        QStringList permissions; // catalog codes as sent
    };
    using AccountFilter = RoleStorage::AccountFilter;

    // The page as JSON (written straight from the rows, cached per unit).
    [[nodiscard]] Result<QByteArray> list(const AuthSession &caller, int page, int size, const QString &name);
    [[nodiscard]] Result<Role> get(const AuthSession &caller, qint64 roleId);
    [[nodiscard]] Result<Role> create(const AuthSession &caller, const Input &input);
    [[nodiscard]] Result<Role> update(const AuthSession &caller, qint64 roleId, const Input &input,
                                      const IfMatch &ifMatch);
    [[nodiscard]] Status remove(const AuthSession &caller, qint64 roleId, const IfMatch &ifMatch);

    [[nodiscard]] Result<ListPage<Account>> accounts(const AuthSession &caller, qint64 roleId,
                                                     const AccountFilter &filter);
    [[nodiscard]] Status assign(const AuthSession &caller, qint64 roleId, qint64 accountId);
    [[nodiscard]] Status unassign(const AuthSession &caller, qint64 roleId, qint64 accountId);

private:
    Database &m_db;
    RoleStorage &m_storage;
    UnitScope &m_scope;
    ChangeStorage &m_changes;
    AuditLog &m_audit;
};

} // namespace zc::server
