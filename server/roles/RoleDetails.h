#pragma once

#include "models/Role.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace zc::server {

// The details of role.create / role.update / role.delete events (docs/api.md
// "Event details"): the role's {name, remark, permissions} before and/or
// after the change, so that a client can compare them (角色对比) from the
// event alone. Permissions are leaves in catalog order, as the API returns them.
class RoleDetails
{
public:
    [[nodiscard]] static QJsonObject state(const QString &name, const QString &remark, const QStringList &permissions);
    [[nodiscard]] static QJsonObject state(const Role &role);

    [[nodiscard]] static QJsonObject created(const QJsonObject &after);
    [[nodiscard]] static QJsonObject updated(const QJsonObject &before, const QJsonObject &after);
    [[nodiscard]] static QJsonObject deleted(const QJsonObject &before);
};

} // namespace zc::server
