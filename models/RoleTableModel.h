#pragma once

#include "PermissionCatalog.h"
#include "Role.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace zc {

// The roles of the unit as the portal's 账号角色管理 table shows them, over
// Role values handed to it (it knows no SQL and no network). The menu
// permission column shows catalog titles: a parent's title when a role holds
// all of its leaves, the leaf titles otherwise, unknown codes as they are.
// 序号 is the row's position in this model's order (sort() reorders the rows
// themselves); a view behind a filtering proxy numbers its own rows.
class RoleTableModel : public QAbstractTableModel
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

    void setRoles(const QList<Role> &roles);   // reset
    // Replaces the role with the same id (dataChanged) or appends it (rows inserted).
    void upsertRole(const Role &role);
    // Many at once, for a sync batch: one insertion for all new roles.
    void upsertRoles(const QList<Role> &roles);
    bool removeRole(qint64 id);                // false when absent

    [[nodiscard]] std::optional<Role> roleAt(int row) const;
    [[nodiscard]] int rowOf(qint64 id) const;  // -1 when absent
    [[nodiscard]] const QList<Role> &roles() const { return m_roles; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    // Sorts the rows themselves (by SortRole values, ties by id).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    [[nodiscard]] QString permissionText(const Role &role) const;
    void reindex(int fromRow);
    void refreshPermissionTexts();
    void renumber(int fromRow);

    QList<Role> m_roles;
    QList<QString> m_permissionTexts;   // per row, computed when a role or the catalog changes
    // 序号 per row. It moves with its row when rows are removed or sorted and
    // is renumbered right after (dataChanged), so that a row's data never
    // changes under a view without a signal.
    QList<int> m_numbers;
    QHash<qint64, int> m_rowById;
    PermissionCatalog m_catalog;
    bool m_english = false;
};

} // namespace zc
