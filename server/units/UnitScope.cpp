#include "server/units/UnitScope.h"

#include "server/storage/Database.h"

namespace zc::server {

namespace {
ApiError notFound()
{
    return apiError(404, "not_found");
}
} // namespace

Result<RoleRows::Row> UnitScope::role(const AuthSession &caller, qint64 roleId)
{
    if (roleId <= 0 || caller.unitId() <= 0)
        return notFound();
    const auto rows = m_db.run(QStringLiteral("SELECT ") + RoleRows::Columns
                                   + QStringLiteral(", rp.code FROM roles r"
                                                    " LEFT JOIN role_permissions rp ON rp.role_id = r.id"
                                                    " WHERE r.id = ? AND r.unit_id = ?"),
                               {roleId, caller.unitId()});
    if (!rows)
        return internalError();
    const QList<RoleRows::Row> roles = RoleRows::fromJoinedRows(rows->rows);
    if (roles.isEmpty())
        return notFound();
    return roles.constFirst();
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
