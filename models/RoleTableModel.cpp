#include "RoleTableModel.h"

#include <QSet>


namespace zc {

namespace {

QString formatTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString titleOf(const Permission &p, bool english)
{
    return english ? p.titleEn : p.titleZh;
}

// True when every leaf under `node` is held; otherwise appends to *parts the
// titles of the largest wholly held subtrees below it.
bool wholeOrParts(const Permission &node, const QSet<QString> &held, bool english, QStringList *parts)
{
    if (node.isLeaf())
        return held.contains(node.code);
    QStringList childParts;
    bool all = true;
    for (const Permission &child : node.children) {
        if (wholeOrParts(child, held, english, &childParts))
            childParts.append(titleOf(child, english));
        else
            all = false;
    }
    if (!all)
        parts->append(childParts);
    return all;
}

} // namespace

RoleTableModel::RoleTableModel(QObject *parent) : CachedTableModel(ColumnCount, parent) {}

void RoleTableModel::setCatalog(const PermissionCatalog &catalog)
{
    m_catalog = catalog;
    refreshPermissionTexts();
}

void RoleTableModel::setEnglishTitles(bool english)
{
    if (m_english == english)
        return;
    m_english = english;
    refreshPermissionTexts();
}

void RoleTableModel::refreshPermissionTexts()
{
    for (int row = 0; row < rowCount(); ++row)
        extraAt(row).permissionText = permissionText(roles().at(row));
    if (rowCount() > 0)
        emit dataChanged(index(0, PermissionsColumn), index(rowCount() - 1, PermissionsColumn),
                         { Qt::DisplayRole, Qt::ToolTipRole, SortRole });
}

QString RoleTableModel::permissionText(const Role &role) const
{
    return permissionText(role, m_catalog, m_english);
}

RoleTableModel::Rows RoleTableModel::prepare(QList<Role> roles, const PermissionCatalog &catalog, bool english)
{
    return prepareRows(std::move(roles), [&catalog, english](const Role &role, int row) {
        return RoleTableRow{permissionText(role, catalog, english), row + 1};
    });
}

QString RoleTableModel::permissionText(const Role &role, const PermissionCatalog &catalog, bool english)
{
    QStringList unknown;
    const QStringList leaves = catalog.expand(role.permissions, &unknown);
    const QSet<QString> held(leaves.cbegin(), leaves.cend());
    QStringList parts;
    if (!held.isEmpty()) {
        for (const Permission &top : catalog.tree()) {
            if (wholeOrParts(top, held, english, &parts))
                parts.append(titleOf(top, english));
        }
    }
    parts.append(unknown);
    //: Separator between the items of a list shown in one cell (Chinese: 、).
    return parts.join(tr(", "));
}

RoleTableRow RoleTableModel::extraFor(const Role &role, int row) const
{
    return {permissionText(role), row + 1};
}

void RoleTableModel::rowsMoved(int fromRow)
{
    int first = -1;
    int last = -1;
    for (int row = fromRow; row < rowCount(); ++row) {
        if (extraAt(row).number != row + 1) {
            extraAt(row).number = row + 1;
            if (first < 0)
                first = row;
            last = row;
        }
    }
    if (first >= 0)
        emit dataChanged(index(first, NumberColumn), index(last, NumberColumn), { Qt::DisplayRole });
}

QVariant RoleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Role &r = roles().at(row);
    const RoleTableRow &extra = extraAt(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return extra.number;
        case NameColumn: return r.name;
        case AccountsColumn: return r.accountCount;
        case PermissionsColumn: return extra.permissionText;
        case CreatedByColumn: return r.createdByName;
        case CreatedAtColumn: return formatTime(r.createdAt);
        case RemarkColumn: return r.remark;
        default: break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == PermissionsColumn)
            return extra.permissionText;
        if (index.column() == RemarkColumn)
            return r.remark;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == AccountsColumn)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return r.id;
    case PermissionsRole:
        return r.permissions;
    case SortRole:
        switch (index.column()) {
        case NumberColumn: return r.id;
        case NameColumn: return r.name;
        case AccountsColumn: return r.accountCount;
        case PermissionsColumn: return extra.permissionText;
        case CreatedByColumn: return r.createdByName;
        case CreatedAtColumn: return r.createdAt.isValid() ? r.createdAt.toMSecsSinceEpoch() : qint64(-1);
        case RemarkColumn: return r.remark;
        default: break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RoleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("No.");
    case NameColumn: return tr("Role name");
    case AccountsColumn: return tr("Accounts");
    case PermissionsColumn: return tr("Menu permissions");
    case CreatedByColumn: return tr("Created by");
    case CreatedAtColumn: return tr("Created at");
    case RemarkColumn: return tr("Remark");
    default: return {};
    }
}

QHash<int, QByteArray> RoleTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "roleId");
    names.insert(SortRole, "sortValue");
    names.insert(PermissionsRole, "permissions");
    return names;
}

void RoleTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const auto createdAt = [](const Role &r) { return r.createdAt.isValid() ? r.createdAt.toMSecsSinceEpoch() : -1; };
    sortItems(order, [&](int a, int b) -> int {
        const Role &x = roles().at(a);
        const Role &y = roles().at(b);
        switch (column) {
        case NameColumn: return x.name.compare(y.name, Qt::CaseInsensitive);
        case AccountsColumn: return compareValues(x.accountCount, y.accountCount);
        case PermissionsColumn: return extraAt(a).permissionText.compare(extraAt(b).permissionText);
        case CreatedByColumn: return x.createdByName.compare(y.createdByName, Qt::CaseInsensitive);
        case CreatedAtColumn: return compareValues(createdAt(x), createdAt(y));
        case RemarkColumn: return x.remark.compare(y.remark, Qt::CaseInsensitive);
        default: return 0;
        }
    });
}

} // namespace zc
