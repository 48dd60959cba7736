#pragma once

#include "ui/widgets/RowAction.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace zc::ui {

class ActionDelegate;
class PageProxyModel;
class PagerWidget;

// A table as the portal shows one: a page of a filtered, sorted model with
// a 序号 column numbered across pages, an optional 操作 column of row
// actions (links, and the same actions in the row's context menu), optional
// check boxes that remember ids across pages, the pager (共N条, 10条/页,
// pages) below, "no data" when empty, Ctrl+C copy of the selected rows, and
// CSV text of all filtered rows. The current row and the selection follow
// their ids when the model changes (a sync adds rows, a sort reorders).
class PagedTable : public QWidget
{
    Q_OBJECT
public:
    explicit PagedTable(QWidget *parent = nullptr);
    ~PagedTable() override;

    // `model` is the filtered and sorted model to page; `idRole` gives a
    // row's qint64 id in column 0; `numberColumn` (or -1) shows 序号.
    void setModel(QAbstractItemModel *model, int idRole, int numberColumn = -1);
    [[nodiscard]] QAbstractItemModel *model() const { return m_model; }
    void setRowActions(const QString &header, RowActionProvider provider);
    void setCheckable(bool checkable);
    void setEmptyText(const QString &text);
    // Columns left out of copies and exports (besides 操作), e.g. 序号.
    void setExportExcludedColumns(const QList<int> &columns);

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] PageProxyModel *pageModel() const { return m_pages; }
    [[nodiscard]] PagerWidget *pager() const { return m_pager; }

    [[nodiscard]] qint64 currentId() const;            // 0 when none
    [[nodiscard]] QModelIndex currentSourceIndex() const;  // in model(), column 0
    [[nodiscard]] QList<qint64> selectedIds() const;    // selected rows of the page, current first
    [[nodiscard]] QSet<qint64> checkedIds() const;
    void clearChecked();
    // Goes to the page of that id and makes it current; false when it is not in the model.
    bool selectId(qint64 id);
    [[nodiscard]] int sourceRowOf(qint64 id) const;     // row in model(), -1 when absent
    [[nodiscard]] QList<RowAction> actionsOf(const QModelIndex &sourceIndex) const;
    // Triggers the row action `key` of `id` as a click would (also for tests); false when disabled or absent.
    bool trigger(const QString &key, qint64 id);

    [[nodiscard]] QString csv() const;                  // every filtered row
    [[nodiscard]] QString selectionText() const;        // tab-separated, with header
    void copySelection() const;
    // Repaints the 操作 column (the actions' enabled states changed).
    void refreshActions();
    // Sizes every column but a stretching one to its title and the rows shown
    // (at most a third of the view; longer texts are elided, whole in their
    // tooltip). Done by itself when the first rows come and when the language
    // changes, unless the person has resized a column since.
    void fitColumns();

Q_SIGNALS:
    void actionTriggered(const QString &key, qint64 id);
    void currentIdChanged(qint64 id);
    void rowActivated(qint64 id);                     // Enter or double click
    void checkedIdsChanged();

private:
    void rememberSelection();
    void restoreSelection();
    void updatePager();
    void updateEmptyState();
    void fitColumnsOnce();
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void showContextMenu(const QPoint &pos);
    void delegateTriggered(const QString &key, const QModelIndex &index);
    [[nodiscard]] QList<int> exportColumns() const;
    [[nodiscard]] qint64 idOfPageRow(int row) const;

    QTableView *m_view = nullptr;
    PageProxyModel *m_pages = nullptr;
    PagerWidget *m_pager = nullptr;
    QLabel *m_emptyLabel = nullptr;
    ActionDelegate *m_delegate = nullptr;
    QPointer<QAbstractItemModel> m_model;
    RowActionProvider m_provider;
    int m_idRole = Qt::UserRole + 1;
    int m_numberColumn = -1;
    QList<int> m_excluded;
    qint64 m_rememberedCurrent = 0;
    QList<qint64> m_rememberedSelection;
    qint64 m_lastCurrent = 0;
    bool m_fittedToRows = false;   // fitted once rows were there
    bool m_fitting = false;        // our own resizing, not the person's
    bool m_userResized = false;
    bool m_shownOnce = false;
};

} // namespace zc::ui
