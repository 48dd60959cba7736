#include "server/roles/RoleDetails.h"

#include "models/PermissionCatalog.h"

#include <QJsonArray>

namespace zc::server {

QJsonObject RoleDetails::state(const QString &name, const QString &remark, const QStringList &permissions)
{
    // expand() of leaves is the leaves themselves, sorted in catalog order.
    return {{QStringLiteral("name"), name},
            {QStringLiteral("remark"), remark},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(PermissionCatalog::builtIn().expand(permissions))}};
}

QJsonObject RoleDetails::state(const Role &role)
{
    return state(role.name, role.remark, role.permissions);
}

QJsonObject RoleDetails::created(const QJsonObject &after)
{
    return {{QStringLiteral("after"), after}};
}

QJsonObject RoleDetails::updated(const QJsonObject &before, const QJsonObject &after)
{
    return {{QStringLiteral("before"), before}, {QStringLiteral("after"), after}};
}

QJsonObject RoleDetails::deleted(const QJsonObject &before)
{
    return {{QStringLiteral("before"), before}};
}

} // namespace zc::server
