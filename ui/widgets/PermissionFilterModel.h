#pragma once

#include <QSortFilterProxyModel>

namespace zc {
class PermissionCatalog;
class PermissionTreeModel;
struct Session;
}

namespace zc::ui {

// The filter of a menu-permission tree (PermissionTreeModel), as 添加角色 and
// 新增接口令牌 show it. A menu that matches shows with everything under it; a
// menu shown only because something under it matches hides the rest. Ticks
// follow what is shown: ticking such a menu ticks the menus shown under it,
// never those the filter hides (the count would else include what no one saw).
class PermissionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PermissionFilterModel(QObject *parent = nullptr);

    // The tree of a form that grants menus (添加角色, 添加接口令牌): `catalog` in
    // the interface's language, the menus `session` does not hold greyed (none
    // for the main account), under a new filter. Both are children of `parent`.
    [[nodiscard]] static PermissionFilterModel *forGranting(const PermissionCatalog &catalog, const Session &session,
                                                            QObject *parent);
    // The tree under the filter (forGranting's).
    [[nodiscard]] PermissionTreeModel *tree() const;

    // Locked: the ticks show, none can change (a role under review).
    void setLocked(bool locked);

    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    [[nodiscard]] bool hidesSomethingUnder(const QModelIndex &index) const;

    bool m_locked = false;
};

} // namespace zc::ui
