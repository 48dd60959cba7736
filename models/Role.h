#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace zc {

// A role (角色): a named set of menu permissions (leaf catalog codes) of one unit.
struct Role
{
    qint64 id = 0;
    QString name;
    QString remark;
    QStringList permissions;
    int accountCount = 0;
    qint64 createdById = 0;
    QString createdByName;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString version;

    [[nodiscard]] static std::optional<Role> fromJson(const QJsonObject &o, QString *why = nullptr);
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const Role &a, const Role &b);
};

} // namespace zc
