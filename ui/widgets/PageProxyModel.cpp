#include "PageProxyModel.h"

#include <algorithm>

namespace zc::ui {

namespace {
constexpr int MaxPageSize = 1000;
}

PageProxyModel::PageProxyModel(QObject *parent) : QAbstractProxyModel(parent)
{
}

void PageProxyModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        auto structural = [this, source](auto aboutSignal, auto doneSignal) {
            m_connections << connect(source, aboutSignal, this, &PageProxyModel::beginStructureChange);
            m_connections << connect(source, doneSignal, this, &PageProxyModel::endStructureChange);
        };
        structural(&QAbstractItemModel::rowsAboutToBeInserted, &QAbstractItemModel::rowsInserted);
        structural(&QAbstractItemModel::rowsAboutToBeRemoved, &QAbstractItemModel::rowsRemoved);
        structural(&QAbstractItemModel::rowsAboutToBeMoved, &QAbstractItemModel::rowsMoved);
        structural(&QAbstractItemModel::columnsAboutToBeInserted, &QAbstractItemModel::columnsInserted);
        structural(&QAbstractItemModel::columnsAboutToBeRemoved, &QAbstractItemModel::columnsRemoved);
        structural(&QAbstractItemModel::columnsAboutToBeMoved, &QAbstractItemModel::columnsMoved);
        structural(&QAbstractItemModel::layoutAboutToBeChanged, &QAbstractItemModel::layoutChanged);
        structural(&QAbstractItemModel::modelAboutToBeReset, &QAbstractItemModel::modelReset);
        m_connections << connect(source, &QAbstractItemModel::dataChanged, this, &PageProxyModel::sourceDataChanged);
        m_connections << connect(source, &QAbstractItemModel::headerDataChanged, this,
                                 &PageProxyModel::sourceHeaderDataChanged);
    }
    m_changeDepth = 0;
    clampPage();
    endResetModel();
    Q_EMIT pagingChanged();
}

void PageProxyModel::beginStructureChange()
{
    if (m_changeDepth++ == 0)
        beginResetModel();
}

void PageProxyModel::endStructureChange()
{
    if (m_changeDepth == 0)
        return;
    if (--m_changeDepth > 0)
        return;
    clampPage();
    endResetModel();
    Q_EMIT pagingChanged();
}

void PageProxyModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)
{
    if (m_changeDepth > 0 || !topLeft.isValid() || !bottomRight.isValid())
        return;
    const int first = std::max(topLeft.row(), offset());
    const int last = std::min(bottomRight.row(), offset() + m_size - 1);
    if (first > last || first >= totalRows())
        return;
    const int lastColumn = m_numberColumn >= 0 ? std::max(bottomRight.column(), m_numberColumn) : bottomRight.column();
    Q_EMIT dataChanged(index(first - offset(), topLeft.column()), index(last - offset(), lastColumn), roles);
}

void PageProxyModel::sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last)
{
    if (orientation == Qt::Horizontal)
        Q_EMIT headerDataChanged(orientation, first, last);
}

int PageProxyModel::sourceColumns() const
{
    return sourceModel() ? sourceModel()->columnCount() : 0;
}

int PageProxyModel::totalRows() const
{
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

int PageProxyModel::pageCount() const
{
    return std::max(1, (totalRows() + m_size - 1) / m_size);
}

int PageProxyModel::pageOfSourceRow(int sourceRow) const
{
    return sourceRow < 0 ? 1 : sourceRow / m_size + 1;
}

void PageProxyModel::clampPage()
{
    m_page = std::clamp(m_page, 1, pageCount());
}

void PageProxyModel::setPageSize(int size)
{
    size = std::clamp(size, 1, MaxPageSize);
    if (size == m_size)
        return;
    const int firstRow = offset();
    beginResetModel();
    m_size = size;
    m_page = firstRow / m_size + 1;
    clampPage();
    endResetModel();
    Q_EMIT pagingChanged();
}

void PageProxyModel::setPage(int page)
{
    page = std::clamp(page, 1, pageCount());
    if (page == m_page)
        return;
    beginResetModel();
    m_page = page;
    endResetModel();
    Q_EMIT pagingChanged();
}

void PageProxyModel::setNumberColumn(int sourceColumn)
{
    if (m_numberColumn == sourceColumn)
        return;
    m_numberColumn = sourceColumn;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

void PageProxyModel::setExtraColumns(const QStringList &headers)
{
    beginResetModel();
    m_extraHeaders = headers;
    endResetModel();
}

int PageProxyModel::extraColumnStart() const
{
    return sourceColumns();
}

void PageProxyModel::setCheckable(bool checkable, int idRole)
{
    beginResetModel();
    m_checkable = checkable;
    m_idRole = idRole;
    m_checked.clear();
    endResetModel();
    Q_EMIT checkedIdsChanged();
}

void PageProxyModel::setCheckedIds(const QSet<qint64> &ids)
{
    if (ids == m_checked)
        return;
    m_checked = ids;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
    Q_EMIT checkedIdsChanged();
}

void PageProxyModel::setChecked(qint64 id, bool checked)
{
    QSet<qint64> ids = m_checked;
    if (checked)
        ids.insert(id);
    else
        ids.remove(id);
    setCheckedIds(ids);
}

void PageProxyModel::setPageChecked(bool checked)
{
    QSet<qint64> ids = m_checked;
    for (int row = 0; row < rowCount(); ++row) {
        if (!(flags(index(row, 0)) & Qt::ItemIsEnabled))
            continue;
        if (checked)
            ids.insert(idAt(row));
        else
            ids.remove(idAt(row));
    }
    setCheckedIds(ids);
}

qint64 PageProxyModel::idAt(int row) const
{
    return sourceModel() ? sourceModel()->index(offset() + row, 0).data(m_idRole).toLongLong() : 0;
}

QModelIndex PageProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!sourceModel() || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.column() >= sourceColumns())
        return {};
    return sourceModel()->index(offset() + proxyIndex.row(), proxyIndex.column());
}

QModelIndex PageProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceModel() || !sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    const int row = sourceIndex.row() - offset();
    if (row < 0 || row >= rowCount())
        return {};
    return index(row, sourceIndex.column());
}

QModelIndex PageProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex PageProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex PageProxyModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

QModelIndex PageProxyModel::buddy(const QModelIndex &index) const
{
    // The extra columns have no source; a view sends their clicks to the
    // delegate of the buddy, so they must be their own buddy.
    if (index.isValid() && index.model() == this && index.column() >= sourceColumns())
        return index;
    return QAbstractProxyModel::buddy(index);
}

int PageProxyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel())
        return 0;
    return std::clamp(totalRows() - offset(), 0, m_size);
}

int PageProxyModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel())
        return 0;
    return sourceColumns() + static_cast<int>(m_extraHeaders.size());
}

bool PageProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QVariant PageProxyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (m_checkable && index.column() == 0 && role == Qt::CheckStateRole)
        return m_checked.contains(idAt(index.row())) ? Qt::Checked : Qt::Unchecked;
    if (index.column() >= sourceColumns())
        return {};
    if (index.column() == m_numberColumn && role == Qt::DisplayRole)
        return offset() + index.row() + 1;
    const QModelIndex source = mapToSource(index);
    if (role == Qt::ToolTipRole) {
        // A cell too narrow for its text shows it elided: the tooltip has it whole.
        const QVariant own = sourceModel()->data(source, role);
        return own.isValid() ? own : sourceModel()->data(source, Qt::DisplayRole);
    }
    return sourceModel()->data(source, role);
}

bool PageProxyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.model() != this)
        return false;
    if (m_checkable && index.column() == 0 && role == Qt::CheckStateRole) {
        if (!(flags(index) & Qt::ItemIsEnabled))
            return false;
        const qint64 id = idAt(index.row());
        const bool checked = value.toInt() == Qt::Checked;
        if (checked == m_checked.contains(id))
            return true;
        if (checked)
            m_checked.insert(id);
        else
            m_checked.remove(id);
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        Q_EMIT checkedIdsChanged();
        return true;
    }
    if (index.column() >= sourceColumns())
        return false;
    return sourceModel()->setData(mapToSource(index), value, role);
}

QVariant PageProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel() || section < 0)
        return {};
    if (orientation == Qt::Vertical) {
        if (section >= rowCount())
            return {};
        return role == Qt::DisplayRole ? QVariant(offset() + section + 1) : QVariant();
    }
    if (section >= sourceColumns()) {
        const int extra = section - sourceColumns();
        if (extra >= m_extraHeaders.size())
            return {};
        return role == Qt::DisplayRole ? QVariant(m_extraHeaders.at(extra)) : QVariant();
    }
    if (role == Qt::DisplayRole && m_headerTexts.contains(section))
        return m_headerTexts.value(section);
    return sourceModel()->headerData(section, orientation, role);
}

void PageProxyModel::setHeaderText(int sourceColumn, const QString &text)
{
    m_headerTexts.insert(sourceColumn, text);
    Q_EMIT headerDataChanged(Qt::Horizontal, sourceColumn, sourceColumn);
}

Qt::ItemFlags PageProxyModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return Qt::NoItemFlags;
    if (index.column() >= sourceColumns())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    Qt::ItemFlags f = sourceModel()->flags(mapToSource(index));
    if (m_checkable && index.column() == 0 && (f & Qt::ItemIsEnabled))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

void PageProxyModel::sort(int column, Qt::SortOrder order)
{
    if (!sourceModel() || column >= sourceColumns() || column == m_numberColumn)
        return;
    sourceModel()->sort(column, order);
}

} // namespace zc::ui
