#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <algorithm>
#include <numeric>
#include <optional>
#include <utility>
#include <vector>

namespace zc {

// The row bookkeeping of a table over values that carry a qint64 `id` (the
// cache's roles and accounts), written once: the values in the model's order,
// a value the subclass derives from each row (a folded search text, a
// precomputed cell) kept beside it, the row of an id through one QHash index,
// upserts that change rows in place and append the new ones in one insertion,
// removals in runs, and a sort that reorders the rows themselves. Every
// change goes out with the item-model signals a view and a proxy expect.
// A duplicate id in one call is one row: the last value wins.
//
// The subclass supplies the columns (data, headerData, roleNames) and
// extraFor(); it wraps the protected operations in its own words
// (upsertRole, removeAccount, …).
template <typename T, typename Extra>
class CachedTableModel : public QAbstractTableModel
{
public:
    // Every row of a reset with what is derived from it, in the model's order.
    struct Rows
    {
        QList<T> items;
        QList<Extra> extras;
        QHash<qint64, int> rowById;
    };

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_items.size());
    }

    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : m_columnCount;
    }

    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return Qt::NoItemFlags;
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    }

    // The row showing the value with this id; -1 when absent.
    [[nodiscard]] int rowOf(qint64 id) const
    {
        if (m_indexDirtyFrom >= 0) {
            // Rows moved since the index was right: rebuild the stale part once.
            for (auto it = m_rowById.begin(); it != m_rowById.end();) {
                if (it.value() >= m_indexDirtyFrom)
                    it = m_rowById.erase(it);
                else
                    ++it;
            }
            for (int row = m_indexDirtyFrom; row < m_items.size(); ++row)
                m_rowById.insert(m_items.at(row).id, row);
            m_indexDirtyFrom = -1;
        }
        return m_rowById.value(id, -1);
    }

protected:
    CachedTableModel(int columnCount, QObject *parent) : QAbstractTableModel(parent), m_columnCount(columnCount) {}

    // What the subclass keeps beside the value of `row`, computed from it.
    [[nodiscard]] virtual Extra extraFor(const T &item, int row) const = 0;
    // Rows from `fromRow` on changed position (rows above were removed, or
    // the rows were sorted); the layout signals are out already.
    virtual void rowsMoved(int fromRow) { Q_UNUSED(fromRow) }

    [[nodiscard]] const QList<T> &items() const { return m_items; }
    [[nodiscard]] std::optional<T> itemAt(int row) const
    {
        if (row < 0 || row >= m_items.size())
            return std::nullopt;
        return m_items.at(row);
    }
    [[nodiscard]] const Extra &extraAt(int row) const { return m_extras.at(row); }
    [[nodiscard]] Extra &extraAt(int row) { return m_extras[row]; }

    // Replaces every row (a model reset).
    void setItems(const QList<T> &items)
    {
        adoptRows(prepareRows(items, [this](const T &item, int row) { return extraFor(item, row); }));
    }

    // The rows of a reset, made ready where it costs nothing to the GUI
    // (a loader thread) when `extra` depends on the value alone.
    template <typename ExtraOf>
    [[nodiscard]] static Rows prepareRows(QList<T> items, ExtraOf extra)
    {
        Rows rows;
        rows.items.reserve(items.size());
        rows.extras.reserve(items.size());
        rows.rowById.reserve(items.size());
        for (T &item : items) {
            const auto it = rows.rowById.constFind(item.id);
            if (it != rows.rowById.constEnd()) {
                rows.extras[*it] = extra(item, *it);
                rows.items[*it] = std::move(item);
                continue;
            }
            const int row = static_cast<int>(rows.items.size());
            rows.rowById.insert(item.id, row);
            rows.extras.append(extra(item, row));
            rows.items.append(std::move(item));
        }
        return rows;
    }

    // `second` after `first`, prepared apart (on two threads); their ids are
    // disjoint (e.g. two ranges of ids).
    [[nodiscard]] static Rows joinRows(Rows &&first, Rows &&second)
    {
        const int offset = static_cast<int>(first.items.size());
        first.items.append(std::move(second.items));
        first.extras.append(std::move(second.extras));
        first.rowById.reserve(first.items.size());
        for (auto it = second.rowById.cbegin(); it != second.rowById.cend(); ++it)
            first.rowById.insert(it.key(), it.value() + offset);
        return std::move(first);
    }

    // Replaces every row by prepared ones (a model reset; nothing is copied).
    void adoptRows(Rows &&rows)
    {
        beginResetModel();
        m_items = std::move(rows.items);
        m_extras = std::move(rows.extras);
        m_rowById = std::move(rows.rowById);
        m_indexDirtyFrom = -1;
        endResetModel();
    }

    // Replaces the rows of known ids in place (dataChanged over the row) and
    // appends the others, in their order, in one insertion.
    void upsertItems(const QList<T> &items)
    {
        QList<T> added;
        QHash<qint64, int> addedIndex;
        for (const T &item : items) {
            const int row = rowOf(item.id);
            if (row >= 0) {
                m_items[row] = item;
                m_extras[row] = extraFor(item, row);
                emit dataChanged(index(row, 0), index(row, m_columnCount - 1));
                continue;
            }
            const auto it = addedIndex.constFind(item.id);
            if (it != addedIndex.constEnd()) {
                added[*it] = item;
            } else {
                addedIndex.insert(item.id, static_cast<int>(added.size()));
                added.append(item);
            }
        }
        if (added.isEmpty())
            return;
        const int first = rowCount();
        beginInsertRows(QModelIndex(), first, first + static_cast<int>(added.size()) - 1);
        for (const T &item : std::as_const(added)) {
            const int row = static_cast<int>(m_items.size());
            m_rowById.insert(item.id, row);
            m_items.append(item);
            m_extras.append(extraFor(item, row));
        }
        endInsertRows();
    }

    // False when no row has this id.
    bool removeItem(qint64 id)
    {
        const int row = rowOf(id);
        if (row < 0)
            return false;
        beginRemoveRows(QModelIndex(), row, row);
        m_items.removeAt(row);
        m_extras.removeAt(row);
        m_rowById.remove(id);
        markIndexDirty(row);
        endRemoveRows();
        rowsMoved(row);
        return true;
    }

    // Unknown and repeated ids are passed over.
    void removeItems(const QList<qint64> &ids)
    {
        std::vector<int> rows;
        rows.reserve(static_cast<size_t>(ids.size()));
        for (const qint64 id : ids) {
            const int row = rowOf(id);
            if (row >= 0)
                rows.push_back(row);
        }
        if (rows.empty())
            return;
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        // From the bottom up, one signal per run of adjacent rows; rows above a
        // removed run keep their numbers, so the precomputed ones stay right.
        size_t end = rows.size();
        while (end > 0) {
            size_t start = end - 1;
            while (start > 0 && rows[start - 1] == rows[start] - 1)
                --start;
            const int first = rows[start];
            const int last = rows[end - 1];
            beginRemoveRows(QModelIndex(), first, last);
            for (int row = first; row <= last; ++row)
                m_rowById.remove(m_items.at(row).id);
            m_items.remove(first, last - first + 1);
            m_extras.remove(first, last - first + 1);
            markIndexDirty(first);
            endRemoveRows();
            end = start;
        }
        rowsMoved(rows.front());
    }

    // Reorders the rows themselves by `compare(rowA, rowB)` (negative, zero
    // or positive, over the rows as they are now), ties by id; persistent
    // indexes follow their rows. Fast enough for 100k rows.
    template <typename Compare>
    void sortItems(Qt::SortOrder order, Compare compare)
    {
        std::vector<int> perm(static_cast<size_t>(m_items.size()));
        std::iota(perm.begin(), perm.end(), 0);
        std::stable_sort(perm.begin(), perm.end(), [&](int x, int y) {
            int c = compare(x, y);
            if (c == 0) {
                const qint64 a = m_items.at(x).id;
                const qint64 b = m_items.at(y).id;
                c = a < b ? -1 : (b < a ? 1 : 0);
            }
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        });

        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        std::vector<int> newRowOf(perm.size());
        for (size_t i = 0; i < perm.size(); ++i)
            newRowOf[static_cast<size_t>(perm[i])] = static_cast<int>(i);
        QList<T> items;
        QList<Extra> extras;
        items.reserve(m_items.size());
        extras.reserve(m_items.size());
        for (const int old : perm) {
            items.append(m_items.at(old));
            extras.append(m_extras.at(old));
        }
        m_items = std::move(items);
        m_extras = std::move(extras);
        m_rowById.clear();
        m_indexDirtyFrom = 0;
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &i : before)
            after.append(index(newRowOf[static_cast<size_t>(i.row())], i.column()));
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        rowsMoved(0);
    }

    // Three-way comparison for sortItems().
    template <typename V>
    [[nodiscard]] static int compareValues(const V &a, const V &b)
    {
        return a < b ? -1 : (b < a ? 1 : 0);
    }

private:
    void markIndexDirty(int fromRow) const
    {
        if (m_indexDirtyFrom < 0 || fromRow < m_indexDirtyFrom)
            m_indexDirtyFrom = fromRow;
    }

    const int m_columnCount;
    QList<T> m_items;
    QList<Extra> m_extras;                   // per row, beside m_items
    // Row by id, right for rows before m_indexDirtyFrom; a removal or a sort
    // marks the rows after it stale and rowOf() rebuilds them once.
    mutable QHash<qint64, int> m_rowById;
    mutable int m_indexDirtyFrom = -1;
};

} // namespace zc
