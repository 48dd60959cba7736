#include "server/roles/PermissionGrant.h"

#include "models/PermissionCatalog.h"

namespace zc::server {

Result<QStringList> PermissionGrant::expand(const AuthSession &caller, const QStringList &codes)
{
    // The menus of the caller's unit kind: a parent stands for its leaves of
    // that kind, another kind's leaf is unknown here (API.md).
    QStringList unknown;
    const QStringList leaves =
        PermissionCatalog::builtInFor(caller.view.unit ? caller.view.unit->kind : Unit::Kind::None)
            .expand(codes, &unknown);
    if (!unknown.isEmpty())
        return apiError(422, ErrorCode::UnknownPermission, QStringLiteral("permissions"));
    return leaves;
}

Status PermissionGrant::checkHeld(const AuthSession &caller, const QStringList &leaves)
{
    if (caller.isMainAccount())
        return Done{};
    for (const QString &code : leaves) {
        if (!caller.view.hasPermission(code))
            return apiError(422, ErrorCode::PermissionNotHeld, QStringLiteral("permissions"));
    }
    return Done{};
}

} // namespace zc::server
