#include "server/roles/RoleService.h"

#include "server/roles/PermissionGrant.h"
#include "server/roles/RoleDetails.h"
#include "server/feed/AuditLog.h"
#include "server/storage/ChangeStorage.h"
#include "server/storage/Database.h"
#include "server/storage/RoleStorage.h"
#include "server/Logging.h"
#include "server/units/UnitScope.h"

#include <QDateTime>
#include <QSet>

namespace zc::server {

namespace {

AuditLog::Entry entry(const AuthSession &caller, const char *action, qint64 roleId, const QString &summary)
{
    return {caller.unitId(), caller.actor(), QString::fromLatin1(action), QStringLiteral("role"), roleId, summary};
}

QString accountLabel(const Account &a)
{
    return QStringLiteral("%1（%2）").arg(a.name, a.login);
}

} // namespace

RoleService::RoleService(Database &db, RoleStorage &storage, UnitScope &scope, ChangeStorage &changes, AuditLog &audit)
    : m_db(db), m_storage(storage), m_scope(scope), m_changes(changes), m_audit(audit)
{
}

Result<QByteArray> RoleService::list(const AuthSession &caller, int page, int size, const QString &name)
{
    return m_storage.pageJson(caller.unitId(), page, size, name.trimmed());
}

Result<Role> RoleService::get(const AuthSession &caller, qint64 roleId)
{
    auto row = m_scope.role(caller, roleId);
    if (!row)
        return row.error();
    return row->role;
}

Result<Role> RoleService::create(const AuthSession &caller, const Input &input)
{
    const Result<QStringList> leaves = PermissionGrant::expand(caller, input.permissions);
    if (!leaves)
        return leaves.error();
    if (const Status held = PermissionGrant::checkHeld(caller, leaves.value()); !held)
        return held.error();

    const Result<qint64> created = m_db.transaction<qint64>([&]() -> Result<qint64> {
        const Result<qint64> seq = m_changes.nextSeq();
        if (!seq)
            return seq.error();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const Result<std::optional<qint64>> inserted = m_storage.insert(
            {caller.unitId(), input.name, input.remark, caller.accountId(), caller.actor().name, seq.value()},
            now);
        if (!inserted)
            return inserted.error();
        if (!inserted->has_value())
            return apiError(409, ErrorCode::RoleNameTaken, QStringLiteral("name"));   // the unique index decided
        const qint64 id = inserted->value();
        if (const Status st = m_storage.addPermissions(id, leaves.value()); !st)
            return st.error();
        const Status audited = m_audit.record(
            entry(caller, "role.create", id,
                  QStringLiteral("添加角色“%1”（%2 项权限）").arg(input.name).arg(leaves->size())),
            RoleDetails::created(RoleDetails::state(input.name, input.remark, leaves.value())));
        if (!audited)
            return audited.error();
        return id;
    });
    if (!created)
        return created.error();
    qCInfo(lcAdmin) << "role" << created.value() << "created in unit" << caller.unitId() << "by"
                    << caller.actor().typeName() << caller.actor().id;
    return get(caller, created.value());
}

Result<Role> RoleService::update(const AuthSession &caller, qint64 roleId, const Input &input, const IfMatch &ifMatch)
{
    const Status done = m_db.transaction<Done>([&]() -> Status {
        const auto row = m_scope.role(caller, roleId);
        if (!row)
            return row.error();
        const Role &old = row->role;
        if (const Status pre = ifMatch.check(old.version, true); !pre)
            return pre;
        const Result<QStringList> leaves = PermissionGrant::expand(caller, input.permissions);
        if (!leaves)
            return leaves.error();
        const QSet<QString> had(old.permissions.cbegin(), old.permissions.cend());
        QStringList added;
        for (const QString &code : leaves.value()) {
            if (!had.contains(code))
                added.append(code);
        }
        if (const Status held = PermissionGrant::checkHeld(caller, added); !held)
            return held;
        const bool permissionsChanged = leaves.value() != old.permissions;
        if (input.name == old.name && input.remark == old.remark && !permissionsChanged)
            return Done{};   // nothing changes: no version, no event

        const Result<qint64> seq = m_changes.nextSeq();
        if (!seq)
            return seq.error();
        const Result<bool> updated =
            m_storage.update(roleId, input.name, input.remark, seq.value(), QDateTime::currentMSecsSinceEpoch());
        if (!updated)
            return updated.error();
        if (!updated.value())
            return apiError(409, ErrorCode::RoleNameTaken, QStringLiteral("name"));
        if (permissionsChanged) {
            if (const Status st = m_storage.removePermissions(roleId); !st)
                return st;
            if (const Status st = m_storage.addPermissions(roleId, leaves.value()); !st)
                return st;
        }
        QStringList what;
        if (input.name != old.name)
            what << QStringLiteral("名称“%1”→“%2”").arg(old.name, input.name);
        if (input.remark != old.remark)
            what << QStringLiteral("备注");
        if (permissionsChanged)
            what << QStringLiteral("权限 %1 项 → %2 项").arg(old.permissions.size()).arg(leaves->size());
        return m_audit.record(entry(caller, "role.update", roleId,
                                    QStringLiteral("修改角色“%1”：%2").arg(input.name, what.join(QStringLiteral("，")))),
                              RoleDetails::updated(RoleDetails::state(old),
                                                   RoleDetails::state(input.name, input.remark, leaves.value())));
    });
    if (!done)
        return done.error();
    return get(caller, roleId);
}

Status RoleService::remove(const AuthSession &caller, qint64 roleId, const IfMatch &ifMatch)
{
    const Status done = m_db.transaction<Done>([&]() -> Status {
        const auto row = m_scope.role(caller, roleId);
        if (!row)
            return row.error();
        if (const Status pre = ifMatch.check(row->role.version, false); !pre)
            return pre;
        const Result<qint64> seq = m_changes.nextSeq();
        if (!seq)
            return seq.error();
        // Its accounts lose it from role_ids; the assignments go with the role (cascade).
        if (const Status st = m_changes.touchAccountsOfRole(roleId, seq.value()); !st)
            return st;
        if (const Status st = m_storage.remove(roleId); !st)
            return st;
        if (const Status st = m_changes.tombstone(caller.unitId(), QStringLiteral("role"), roleId, seq.value()); !st)
            return st;
        return m_audit.record(entry(caller, "role.delete", roleId,
                                    QStringLiteral("删除角色“%1”（已分配 %2 个账号）")
                                        .arg(row->role.name).arg(row->role.accountCount)),
                              RoleDetails::deleted(RoleDetails::state(row->role)));
    });
    if (done)
        qCInfo(lcAdmin) << "role" << roleId << "deleted in unit" << caller.unitId();
    return done;
}

Result<ListPage<Account>> RoleService::accounts(const AuthSession &caller, qint64 roleId, const AccountFilter &filter)
{
    const auto role = m_scope.role(caller, roleId);
    if (!role)
        return role.error();
    // The unit's handlers (never its main account).
    AccountFilter trimmed = filter;
    trimmed.login = filter.login.trimmed();
    trimmed.name = filter.name.trimmed();
    return m_storage.handlerPage(caller.unitId(), roleId, trimmed);
}

Status RoleService::assign(const AuthSession &caller, qint64 roleId, qint64 accountId)
{
    return m_db.transaction<Done>([&]() -> Status {
        const auto role = m_scope.role(caller, roleId);
        if (!role)
            return role.error();
        const auto account = m_scope.account(caller, accountId);
        if (!account)
            return account.error();
        if (account->account.kind == Account::Kind::Unit)
            return apiError(422, ErrorCode::MainAccountImmutable);
        if (const Status held = PermissionGrant::checkHeld(caller, role->role.permissions); !held)
            return held;
        const Result<bool> assigned = m_storage.assign(accountId, roleId, QDateTime::currentMSecsSinceEpoch());
        if (!assigned)
            return assigned.error();
        if (!assigned.value())
            return Done{};   // already assigned: nothing changes
        const Result<qint64> seq = m_changes.nextSeq();
        if (!seq)
            return seq.error();
        Status st = m_changes.touchRole(roleId, seq.value());
        if (st)
            st = m_changes.touchAccount(accountId, seq.value());
        if (st)
            st = m_audit.record(entry(caller, "role.assign", roleId,
                                      QStringLiteral("角色“%1”分配账号 %2")
                                          .arg(role->role.name, accountLabel(account->account))));
        return st;
    });
}

Status RoleService::unassign(const AuthSession &caller, qint64 roleId, qint64 accountId)
{
    return m_db.transaction<Done>([&]() -> Status {
        const auto role = m_scope.role(caller, roleId);
        if (!role)
            return role.error();
        const auto account = m_scope.account(caller, accountId);
        if (!account)
            return account.error();
        if (account->account.kind == Account::Kind::Unit)
            return apiError(422, ErrorCode::MainAccountImmutable);
        const Result<bool> unassigned = m_storage.unassign(accountId, roleId);
        if (!unassigned)
            return unassigned.error();
        if (!unassigned.value())
            return Done{};   // not assigned: nothing changes
        const Result<qint64> seq = m_changes.nextSeq();
        if (!seq)
            return seq.error();
        Status st = m_changes.touchRole(roleId, seq.value());
        if (st)
            st = m_changes.touchAccount(accountId, seq.value());
        if (st)
            st = m_audit.record(entry(caller, "role.unassign", roleId,
                                      QStringLiteral("角色“%1”取消分配账号 %2")
                                          .arg(role->role.name, accountLabel(account->account))));
        return st;
    });
}

} // namespace zc::server
