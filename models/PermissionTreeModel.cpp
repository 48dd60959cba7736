#include "PermissionTreeModel.h"

namespace zc {

PermissionTreeModel::PermissionTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

int PermissionTreeModel::addNode(const Permission &p, int parent, int row)
{
    const int number = static_cast<int>(m_nodes.size());
    Node node;
    node.code = p.code;
    node.titleZh = p.titleZh;
    node.titleEn = p.titleEn;
    node.parent = parent;
    node.row = row;
    m_nodes.append(node);
    m_nodeByCode.insert(p.code, number);
    QList<int> children;
    QList<int> leaves;
    for (int i = 0; i < p.children.size(); ++i) {
        const int child = addNode(p.children.at(i), number, i);
        children.append(child);
        leaves.append(m_nodes.at(child).leaves);
    }
    if (p.isLeaf())
        leaves.append(number);
    m_nodes[number].children = children;
    m_nodes[number].leaves = leaves;
    return number;
}

void PermissionTreeModel::setCatalog(const PermissionCatalog &catalog)
{
    beginResetModel();
    const QStringList previous = checkedLeaves();
    m_catalog = catalog;
    m_nodes.clear();
    m_roots.clear();
    m_nodeByCode.clear();
    for (int i = 0; i < catalog.tree().size(); ++i)
        m_roots.append(addNode(catalog.tree().at(i), -1, i));
    m_checked.clear();
    m_unknownChecked.clear();
    QStringList unknown;
    const QStringList leaves = m_catalog.expand(previous, &unknown);
    m_checked = QSet<QString>(leaves.cbegin(), leaves.cend());
    m_unknownChecked = unknown;
    endResetModel();
}

void PermissionTreeModel::setEnglishTitles(bool english)
{
    if (m_english == english)
        return;
    m_english = english;
    emitAllChanged({ Qt::DisplayRole });
}

void PermissionTreeModel::setEnabledCodes(const QStringList &codes)
{
    const QStringList leaves = m_catalog.expand(codes);
    m_enabled = QSet<QString>(leaves.cbegin(), leaves.cend());
    emitAllChanged({ Qt::CheckStateRole, Qt::ToolTipRole });
}

void PermissionTreeModel::clearEnabledCodes()
{
    m_enabled.reset();
    emitAllChanged({ Qt::CheckStateRole, Qt::ToolTipRole });
}

bool PermissionTreeModel::isEnabled(const QString &code) const
{
    const int node = m_nodeByCode.value(code, -1);
    return node >= 0 && nodeEnabled(node);
}

void PermissionTreeModel::setCheckedLeaves(const QStringList &codes)
{
    QStringList unknown;
    const QStringList leaves = m_catalog.expand(codes, &unknown);
    const QSet<QString> checked(leaves.cbegin(), leaves.cend());
    if (checked == m_checked && unknown == m_unknownChecked)
        return;
    m_checked = checked;
    m_unknownChecked = unknown;
    emitAllChanged({ Qt::CheckStateRole });
    emit checkedLeavesChanged();
}

QStringList PermissionTreeModel::checkedLeaves() const
{
    QStringList out;
    for (const QString &leaf : m_catalog.leaves()) {
        if (m_checked.contains(leaf))
            out.append(leaf);
    }
    out.append(m_unknownChecked);
    return out;
}

bool PermissionTreeModel::setChecked(const QString &code, bool checked)
{
    const int node = m_nodeByCode.value(code, -1);
    return node >= 0 && setNodeChecked(node, checked);
}

Qt::CheckState PermissionTreeModel::checkState(const QString &code) const
{
    const int node = m_nodeByCode.value(code, -1);
    return node >= 0 ? nodeState(node) : Qt::Unchecked;
}

QModelIndex PermissionTreeModel::indexOf(const QString &code) const
{
    const int node = m_nodeByCode.value(code, -1);
    return node >= 0 ? indexOfNode(node) : QModelIndex();
}

int PermissionTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<int>(index.internalId()) : -1;
}

QModelIndex PermissionTreeModel::indexOfNode(int node) const
{
    return createIndex(m_nodes.at(node).row, 0, static_cast<quintptr>(node));
}

bool PermissionTreeModel::nodeEnabled(int node) const
{
    if (!m_enabled)
        return true;
    for (const int leaf : m_nodes.at(node).leaves) {
        if (m_enabled->contains(m_nodes.at(leaf).code))
            return true;
    }
    return false;
}

Qt::CheckState PermissionTreeModel::nodeState(int node) const
{
    const QList<int> &leaves = m_nodes.at(node).leaves;
    qsizetype checked = 0;
    for (const int leaf : leaves) {
        if (m_checked.contains(m_nodes.at(leaf).code))
            ++checked;
    }
    if (checked == 0)
        return Qt::Unchecked;
    return checked == leaves.size() ? Qt::Checked : Qt::PartiallyChecked;
}

bool PermissionTreeModel::setNodeChecked(int node, bool checked)
{
    if (!nodeEnabled(node))
        return false;
    bool changed = false;
    for (const int leaf : m_nodes.at(node).leaves) {
        const QString &code = m_nodes.at(leaf).code;
        if (m_enabled && !m_enabled->contains(code))
            continue;   // not held: left as it is
        if (checked && !m_checked.contains(code)) {
            m_checked.insert(code);
            changed = true;
        } else if (!checked && m_checked.remove(code)) {
            changed = true;
        }
    }
    if (!changed)
        return true;
    emitSubtreeChanged(node);
    for (int up = m_nodes.at(node).parent; up >= 0; up = m_nodes.at(up).parent) {
        const QModelIndex i = indexOfNode(up);
        emit dataChanged(i, i, { Qt::CheckStateRole });
    }
    emit checkedLeavesChanged();
    return true;
}

void PermissionTreeModel::emitSubtreeChanged(int node)
{
    const QModelIndex i = indexOfNode(node);
    emit dataChanged(i, i, { Qt::CheckStateRole });
    const QList<int> &children = m_nodes.at(node).children;
    if (children.isEmpty())
        return;
    for (const int child : children) {
        if (!m_nodes.at(child).children.isEmpty())
            emitSubtreeChanged(child);
    }
    emit dataChanged(indexOfNode(children.first()), indexOfNode(children.last()), { Qt::CheckStateRole });
}

void PermissionTreeModel::emitAllChanged(const QList<int> &roles)
{
    if (m_roots.isEmpty())
        return;
    // One signal per list of siblings: a dataChanged range never spans parents.
    for (int node = 0; node < m_nodes.size(); ++node) {
        const QList<int> &children = m_nodes.at(node).children;
        if (!children.isEmpty())
            emit dataChanged(indexOfNode(children.first()), indexOfNode(children.last()), roles);
    }
    emit dataChanged(indexOfNode(m_roots.first()), indexOfNode(m_roots.last()), roles);
}

QModelIndex PermissionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QList<int> &siblings = parent.isValid() ? m_nodes.at(nodeOf(parent)).children : m_roots;
    return createIndex(row, column, static_cast<quintptr>(siblings.at(row)));
}

QModelIndex PermissionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int up = m_nodes.at(nodeOf(child)).parent;
    return up < 0 ? QModelIndex() : indexOfNode(up);
}

int PermissionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return static_cast<int>(m_nodes.at(nodeOf(parent)).children.size());
}

int PermissionTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return 1;
}

bool PermissionTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant PermissionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int number = nodeOf(index);
    const Node &node = m_nodes.at(number);
    switch (role) {
    case Qt::DisplayRole: return m_english ? node.titleEn : node.titleZh;
    case Qt::CheckStateRole: return static_cast<int>(nodeState(number));
    case Qt::ToolTipRole:
        if (!nodeEnabled(number))
            return tr("You do not hold this permission, so you cannot grant or remove it.");
        return node.code;
    case CodeRole: return node.code;
    case IsLeafRole: return node.children.isEmpty();
    default: return {};
    }
}

bool PermissionTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int number = nodeOf(index);
    bool checked = static_cast<Qt::CheckState>(value.toInt()) != Qt::Unchecked;
    if (checked && !m_nodes.at(number).children.isEmpty()) {
        // A click on a parent that stays partial because of leaves the handler
        // cannot change would check nothing new: make it uncheck instead.
        bool allEnabledChecked = true;
        for (const int leaf : m_nodes.at(number).leaves) {
            const QString &code = m_nodes.at(leaf).code;
            if ((!m_enabled || m_enabled->contains(code)) && !m_checked.contains(code))
                allEnabledChecked = false;
        }
        if (allEnabledChecked && nodeState(number) != Qt::Checked)
            checked = false;
    }
    return setNodeChecked(number, checked);
}

QVariant PermissionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Menu permissions");
    return QAbstractItemModel::headerData(section, orientation, role);
}

Qt::ItemFlags PermissionTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    const int number = nodeOf(index);
    Qt::ItemFlags f = Qt::ItemIsSelectable;
    if (nodeEnabled(number))
        f |= Qt::ItemIsEnabled | Qt::ItemIsUserCheckable;
    if (m_nodes.at(number).children.isEmpty())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QHash<int, QByteArray> PermissionTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(IsLeafRole, "isLeaf");
    return names;
}

} // namespace zc
