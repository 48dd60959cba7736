#pragma once

#include <QAbstractProxyModel>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace zc::ui {

// One page of a flat source model, as the portal's tables show it (10条/页,
// 共N条): rows [(page-1)*size, page*size) of the source, in the source's
// order. It can number the rows across pages in one of the source's columns
// (序号), add trailing columns the source does not have (操作, drawn by a
// delegate), and keep check marks by id across pages and filters (the
// multi-select of 分配账号). A structural change of the source (rows added,
// removed, moved, re-sorted, reset) resets this model; data changes pass
// through as they are.
class PageProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit PageProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setPageSize(int size);                 // 1..1000; keeps the first row shown on screen
    [[nodiscard]] int pageSize() const { return m_size; }
    void setPage(int page);                     // clamped to 1..pageCount()
    [[nodiscard]] int page() const { return m_page; }
    [[nodiscard]] int pageCount() const;        // at least 1
    [[nodiscard]] int totalRows() const;        // rows of the source
    // The page that shows `sourceRow`.
    [[nodiscard]] int pageOfSourceRow(int sourceRow) const;

    // Shows the running number (1-based, across pages) in this source column.
    void setNumberColumn(int sourceColumn);     // -1: none
    // A header title of this table instead of the source's (the same column
    // can be called differently where the portal does, e.g. 联系方式).
    void setHeaderText(int sourceColumn, const QString &text);
    // Trailing columns after the source's own, with these header titles.
    void setExtraColumns(const QStringList &headers);
    [[nodiscard]] int extraColumnStart() const; // the first extra column

    // Check boxes in column 0 that remember ids (the source's `idRole`, a qint64).
    void setCheckable(bool checkable, int idRole);
    [[nodiscard]] bool isCheckable() const { return m_checkable; }
    [[nodiscard]] QSet<qint64> checkedIds() const { return m_checked; }
    void setCheckedIds(const QSet<qint64> &ids);
    void setChecked(qint64 id, bool checked);
    void setPageChecked(bool checked);          // every row of the current page

    [[nodiscard]] QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    [[nodiscard]] QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    [[nodiscard]] QModelIndex buddy(const QModelIndex &index) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The page, the page count, the page size or the number of rows changed.
    void pagingChanged();
    void checkedIdsChanged();

private:
    void beginStructureChange();
    void endStructureChange();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last);
    [[nodiscard]] int offset() const { return (m_page - 1) * m_size; }
    [[nodiscard]] int sourceColumns() const;
    [[nodiscard]] qint64 idAt(int row) const;
    void clampPage();

    QHash<int, QString> m_headerTexts;
    int m_size = 10;
    int m_page = 1;
    int m_numberColumn = -1;
    QStringList m_extraHeaders;
    bool m_checkable = false;
    int m_idRole = Qt::UserRole + 1;
    QSet<qint64> m_checked;
    int m_changeDepth = 0;       // nested structural changes of the source
    QList<QMetaObject::Connection> m_connections;
};

} // namespace zc::ui
