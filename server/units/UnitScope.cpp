#include "server/units/UnitScope.h"

#include "server/storage/RoleStorage.h"

namespace zc::server {

namespace {
ApiError notFound()
{
    return apiError(404, ErrorCode::NotFound);
}
} // namespace

Result<RoleRows::Row> UnitScope::role(const AuthSession &caller, qint64 roleId)
{
    if (roleId <= 0 || caller.unitId() <= 0)
        return notFound();
    const auto role = m_roles.inUnit(caller.unitId(), roleId);
    if (!role)
        return role.error();
    if (!role->has_value())
        return notFound();
    return role->value();
}

Result<AccountRecord> UnitScope::account(const AuthSession &caller, qint64 accountId)
{
    if (accountId <= 0 || caller.unitId() <= 0)
        return notFound();
    auto record = m_directory.account(accountId);
    if (!record)
        return record.error();
    if (!record->has_value() || record->value().unitId != caller.unitId())
        return notFound();
    return record->value();
}

} // namespace zc::server
