#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace zc {

// One node of the menu-permission catalog (菜单权限); leaves are what roles hold.
struct Permission
{
    QString code;      // e.g. "basic.roles"
    QString titleZh;   // 账号角色管理
    QString titleEn;   // Account roles
    // The unit kinds a leaf serves (unit_kinds: "medical_institution",
    // "manufacturer", "distributor"); all three unless the catalog says
    // otherwise. Empty on a parent (JSON null: "see its children").
    QStringList unitKinds;
    QList<Permission> children;

    [[nodiscard]] bool isLeaf() const { return children.isEmpty(); }
    // The three kinds, in the API's order.
    [[nodiscard]] static const QStringList &allUnitKinds();

    [[nodiscard]] static std::optional<Permission> fromJson(const QJsonObject &o, QString *why = nullptr);
    [[nodiscard]] QJsonObject toJson() const;
    // A whole tree: [Permission]
    [[nodiscard]] static std::optional<QList<Permission>> listFromJson(const QJsonArray &a, QString *why = nullptr);
    [[nodiscard]] static QJsonArray listToJson(const QList<Permission> &list);
    friend bool operator==(const Permission &a, const Permission &b);
};

} // namespace zc
