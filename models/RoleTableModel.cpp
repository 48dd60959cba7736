#include "RoleTableModel.h"

#include <QSet>

#include <algorithm>
#include <numeric>
#include <vector>

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

RoleTableModel::RoleTableModel(QObject *parent) : QAbstractTableModel(parent) {}

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
    for (int row = 0; row < m_roles.size(); ++row)
        m_permissionTexts[row] = permissionText(m_roles.at(row));
    if (!m_roles.isEmpty())
        emit dataChanged(index(0, PermissionsColumn), index(rowCount() - 1, PermissionsColumn),
                         { Qt::DisplayRole, Qt::ToolTipRole, SortRole });
}

QString RoleTableModel::permissionText(const Role &role) const
{
    QStringList unknown;
    const QStringList leaves = m_catalog.expand(role.permissions, &unknown);
    const QSet<QString> held(leaves.cbegin(), leaves.cend());
    QStringList parts;
    if (!held.isEmpty()) {
        for (const Permission &top : m_catalog.tree()) {
            if (wholeOrParts(top, held, m_english, &parts))
                parts.append(titleOf(top, m_english));
        }
    }
    parts.append(unknown);
    //: Separator between the items of a list shown in one cell (Chinese: 、).
    return parts.join(tr(", "));
}

void RoleTableModel::reindex(int fromRow)
{
    for (int row = fromRow; row < m_roles.size(); ++row)
        m_rowById.insert(m_roles.at(row).id, row);
}

void RoleTableModel::renumber(int fromRow)
{
    int first = -1;
    int last = -1;
    for (int row = fromRow; row < m_numbers.size(); ++row) {
        if (m_numbers.at(row) != row + 1) {
            m_numbers[row] = row + 1;
            if (first < 0)
                first = row;
            last = row;
        }
    }
    if (first >= 0)
        emit dataChanged(index(first, NumberColumn), index(last, NumberColumn), { Qt::DisplayRole });
}

void RoleTableModel::setRoles(const QList<Role> &roles)
{
    beginResetModel();
    m_roles.clear();
    m_permissionTexts.clear();
    m_numbers.clear();
    m_rowById.clear();
    m_roles.reserve(roles.size());
    m_permissionTexts.reserve(roles.size());
    for (const Role &role : roles) {
        // A duplicate id keeps its last value (the list is a set of roles).
        const auto it = m_rowById.constFind(role.id);
        if (it != m_rowById.constEnd()) {
            m_roles[*it] = role;
            m_permissionTexts[*it] = permissionText(role);
            continue;
        }
        m_rowById.insert(role.id, static_cast<int>(m_roles.size()));
        m_roles.append(role);
        m_permissionTexts.append(permissionText(role));
        m_numbers.append(static_cast<int>(m_roles.size()));
    }
    endResetModel();
}

void RoleTableModel::upsertRole(const Role &role)
{
    upsertRoles({ role });
}

void RoleTableModel::upsertRoles(const QList<Role> &roles)
{
    QList<Role> added;
    for (const Role &role : roles) {
        const int row = rowOf(role.id);
        if (row >= 0) {
            m_roles[row] = role;
            m_permissionTexts[row] = permissionText(role);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        const auto dup = std::find_if(added.begin(), added.end(), [&role](const Role &r) { return r.id == role.id; });
        if (dup != added.end())
            *dup = role;
        else
            added.append(role);
    }
    if (added.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(added.size()) - 1);
    for (const Role &role : std::as_const(added)) {
        m_roles.append(role);
        m_permissionTexts.append(permissionText(role));
        m_numbers.append(static_cast<int>(m_roles.size()));
    }
    reindex(first);
    endInsertRows();
}

bool RoleTableModel::removeRole(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_roles.removeAt(row);
    m_permissionTexts.removeAt(row);
    m_numbers.removeAt(row);
    m_rowById.remove(id);
    reindex(row);
    endRemoveRows();
    renumber(row);   // the rows below moved up by one
    return true;
}

std::optional<Role> RoleTableModel::roleAt(int row) const
{
    if (row < 0 || row >= m_roles.size())
        return std::nullopt;
    return m_roles.at(row);
}

int RoleTableModel::rowOf(qint64 id) const
{
    return m_rowById.value(id, -1);
}

int RoleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_roles.size());
}

int RoleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Role &r = m_roles.at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return m_numbers.at(row);
        case NameColumn: return r.name;
        case AccountsColumn: return r.accountCount;
        case PermissionsColumn: return m_permissionTexts.at(row);
        case CreatedByColumn: return r.createdByName;
        case CreatedAtColumn: return formatTime(r.createdAt);
        case RemarkColumn: return r.remark;
        default: break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == PermissionsColumn)
            return m_permissionTexts.at(row);
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
        case PermissionsColumn: return m_permissionTexts.at(row);
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

Qt::ItemFlags RoleTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
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
    std::vector<int> perm(static_cast<size_t>(m_roles.size()));
    std::iota(perm.begin(), perm.end(), 0);
    const auto cmp = [this, column](int a, int b) -> int {
        const Role &x = m_roles.at(a);
        const Role &y = m_roles.at(b);
        const auto three = [](auto u, auto v) { return u < v ? -1 : (v < u ? 1 : 0); };
        switch (column) {
        case NameColumn: return x.name.compare(y.name, Qt::CaseInsensitive);
        case AccountsColumn: return three(x.accountCount, y.accountCount);
        case PermissionsColumn: return m_permissionTexts.at(a).compare(m_permissionTexts.at(b));
        case CreatedByColumn: return x.createdByName.compare(y.createdByName, Qt::CaseInsensitive);
        case CreatedAtColumn: return three(x.createdAt.isValid() ? x.createdAt.toMSecsSinceEpoch() : -1,
                                           y.createdAt.isValid() ? y.createdAt.toMSecsSinceEpoch() : -1);
        case RemarkColumn: return x.remark.compare(y.remark, Qt::CaseInsensitive);
        default: return 0;
        }
    };
    std::stable_sort(perm.begin(), perm.end(), [&](int a, int b) {
        int c = cmp(a, b);
        if (c == 0)
            c = m_roles.at(a).id < m_roles.at(b).id ? -1 : (m_roles.at(a).id > m_roles.at(b).id ? 1 : 0);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });

    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> newRowOf(perm.size());
    for (size_t i = 0; i < perm.size(); ++i)
        newRowOf[static_cast<size_t>(perm[i])] = static_cast<int>(i);
    QList<Role> roles;
    QList<QString> texts;
    QList<int> numbers;
    roles.reserve(m_roles.size());
    texts.reserve(m_roles.size());
    numbers.reserve(m_roles.size());
    for (const int old : perm) {
        roles.append(m_roles.at(old));
        texts.append(m_permissionTexts.at(old));
        numbers.append(m_numbers.at(old));
    }
    m_roles = std::move(roles);
    m_permissionTexts = std::move(texts);
    m_numbers = std::move(numbers);
    reindex(0);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before)
        after.append(index(newRowOf[static_cast<size_t>(i.row())], i.column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    renumber(0);
}

} // namespace zc
