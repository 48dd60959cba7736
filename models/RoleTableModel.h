#pragma once

#include "CachedTableModel.h"
#include "PermissionCatalog.h"
#include "Role.h"

#include <QList>

#include <optional>

namespace zc {

// The roles of the unit as the portal's 账号角色管理 table shows them, over
// Role values handed to it (it knows no SQL and no network). The menu
// permission column shows catalog titles: a parent's title when a role holds
// all of its leaves, the leaf titles otherwise, unknown codes as they are.
// 序号 is the row's position in this model's order (sort() reorders the rows
// themselves); a view behind a filtering proxy numbers its own rows. The row
// bookkeeping is CachedTableModel's.

// What RoleTableModel keeps beside each role.
struct RoleTableRow
{
    QString permissionText;   // computed when the role or the catalog changes
    // 序号. It moves with its row when rows are removed or sorted and is
    // renumbered right after (dataChanged), so that a row's data never
    // changes under a view without a signal.
    int number = 0;
};

class RoleTableModel : public CachedTableModel<Role, RoleTableRow>
{
    Q_OBJECT
public:
    enum Column { NumberColumn, NameColumn, AccountsColumn, PermissionsColumn, CreatedByColumn,
                  CreatedAtColumn, RemarkColumn, ColumnCount };
    enum ItemRole {
        IdRole = Qt::UserRole + 1,   // qint64 id of the row's role
        SortRole,                    // raw value of the cell for sorting (QString, int, msecs)
        PermissionsRole,             // QStringList of the role's codes
    };

    explicit RoleTableModel(QObject *parent = nullptr);

    void setCatalog(const PermissionCatalog &catalog);
    void setEnglishTitles(bool english);   // catalog titles in English instead of Chinese
    [[nodiscard]] bool englishTitles() const { return m_english; }

    void setRoles(const QList<Role> &roles) { setItems(roles); }   // reset
    // The roles made ready for setPrepared() on any thread (the 菜单权限 texts
    // of 10k roles cost tens of ms), with the catalog and title language the
    // model has when they are set.
    [[nodiscard]] static Rows prepare(QList<Role> roles, const PermissionCatalog &catalog, bool english);
    void setPrepared(Rows &&rows) { adoptRows(std::move(rows)); }
    // Replaces the role with the same id (dataChanged) or appends it (rows inserted).
    void upsertRole(const Role &role) { upsertItems({role}); }
    // Many at once, for a sync batch: one insertion for all new roles.
    void upsertRoles(const QList<Role> &roles) { upsertItems(roles); }
    bool removeRole(qint64 id) { return removeItem(id); }   // false when absent

    [[nodiscard]] std::optional<Role> roleAt(int row) const { return itemAt(row); }
    [[nodiscard]] const QList<Role> &roles() const { return items(); }

    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    // Sorts the rows themselves (by SortRole values, ties by id).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    [[nodiscard]] RoleTableRow extraFor(const Role &role, int row) const override;
    void rowsMoved(int fromRow) override;   // renumbers

private:
    [[nodiscard]] QString permissionText(const Role &role) const;
    [[nodiscard]] static QString permissionText(const Role &role, const PermissionCatalog &catalog, bool english);
    void refreshPermissionTexts();

    PermissionCatalog m_catalog;
    bool m_english = false;
};

} // namespace zc
