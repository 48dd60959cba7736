#include "LocalWrites.h"

#include <limits>

namespace zc::sync::LocalWrites {

namespace {

void rereadRole(Cache &cache, qint64 id, CacheDelta *delta)
{
    const CacheResult<Role> r = cache.role(id);
    if (r.ok())
        delta->roles.append(*r.value);
}

void rereadAccount(Cache &cache, qint64 id, CacheDelta *delta)
{
    const CacheResult<Account> r = cache.account(id);
    if (r.ok())
        delta->accounts.append(*r.value);
}

} // namespace

CacheError applyRole(Cache &cache, const Role &role, CacheDelta *delta)
{
    const CacheError e = cache.applyRole(role);
    if (e.ok())
        rereadRole(cache, role.id, delta);
    return e;
}

CacheError applyAccount(Cache &cache, const Account &account, CacheDelta *delta)
{
    const CacheError e = cache.applyAccount(account);
    if (e.ok())
        rereadAccount(cache, account.id, delta);
    return e;
}

CacheError removeRole(Cache &cache, qint64 id, CacheDelta *delta)
{
    RoleAccountsQuery held;
    held.roleId = id;
    held.assigned = true;
    held.size = std::numeric_limits<int>::max();
    const CacheResult<Page<Account>> before = cache.roleAccounts(held);
    const CacheError e = cache.removeRole(id);
    if (!e.ok())
        return e;
    delta->deleted.append(DeletedItem{DeletedItem::Type::Role, id});
    if (before.ok()) {
        for (const Account &a : std::as_const(before.value->items))
            rereadAccount(cache, a.id, delta);
    }
    return e;
}

CacheError removeAccount(Cache &cache, qint64 id, CacheDelta *delta)
{
    const CacheResult<Account> before = cache.account(id);
    const CacheError e = cache.removeAccount(id);
    if (!e.ok())
        return e;
    delta->deleted.append(DeletedItem{DeletedItem::Type::Account, id});
    if (before.ok()) {
        for (qint64 roleId : std::as_const(before.value->roleIds))
            rereadRole(cache, roleId, delta);
    }
    return e;
}

CacheError applyAssignment(Cache &cache, qint64 roleId, qint64 accountId, bool assigned, CacheDelta *delta)
{
    const CacheError e = cache.applyAssignment(roleId, accountId, assigned);
    if (e.ok()) {
        rereadRole(cache, roleId, delta);
        rereadAccount(cache, accountId, delta);
    }
    return e;
}

} // namespace zc::sync::LocalWrites
