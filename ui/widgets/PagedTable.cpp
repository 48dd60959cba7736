#include "PagedTable.h"

#include "ui/UiStyle.h"
#include "ui/widgets/ActionDelegate.h"
#include "ui/widgets/PageProxyModel.h"
#include "ui/widgets/PagerWidget.h"
#include "ui/widgets/TableExport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace zc::ui {

namespace {

// Keeps the "no data" label over the whole viewport.
class ViewportFitter : public QObject
{
public:
    ViewportFitter(QWidget *label, QObject *parent) : QObject(parent), m_label(label) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            m_label->setGeometry(static_cast<QWidget *>(watched)->rect());
        return false;
    }

private:
    QWidget *m_label;
};

// Keys of the table: the keyboard's context menu (Menu key, Shift+F10) opens
// at the current row, and Ctrl+C copies whole selected rows (QTableView alone
// copies only the current cell).
class ViewKeys : public QObject
{
public:
    ViewKeys(QTableView *view, std::function<void(const QPoint &)> menu, std::function<void()> copy)
        : QObject(view), m_view(view), m_menu(std::move(menu)), m_copy(std::move(copy))
    {
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
            m_copy();
            return true;
        }
        if (event->type() != QEvent::ContextMenu
            || static_cast<QContextMenuEvent *>(event)->reason() != QContextMenuEvent::Keyboard)
            return false;
        const QModelIndex current = m_view->currentIndex();
        m_menu(current.isValid() ? m_view->visualRect(current).center() : QPoint(4, 4));
        return true;
    }

private:
    QTableView *m_view;
    std::function<void(const QPoint &)> m_menu;
    std::function<void()> m_copy;
};

} // namespace

PagedTable::PagedTable(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("tableView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setMouseTracking(true);
    m_view->setSortingEnabled(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(34);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    UiStyle::table(m_view);
    layout->addWidget(m_view, 1);

    m_pages = new PageProxyModel(this);
    m_view->setModel(m_pages);

    m_emptyLabel = new QLabel(tr("No data"), m_view->viewport());
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    UiStyle::emptyTableText(m_emptyLabel);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_view->viewport()->installEventFilter(new ViewportFitter(m_emptyLabel, this));

    m_pager = new PagerWidget(this);
    m_pager->setObjectName(QStringLiteral("pager"));
    layout->addWidget(m_pager);

    connect(m_pager, &PagerWidget::pageRequested, m_pages, &PageProxyModel::setPage);
    connect(m_pager, &PagerWidget::pageSizeRequested, m_pages, &PageProxyModel::setPageSize);
    connect(m_pages, &PageProxyModel::pagingChanged, this, &PagedTable::updatePager);
    connect(m_pages, &PageProxyModel::modelAboutToBeReset, this, &PagedTable::rememberSelection);
    connect(m_pages, &PageProxyModel::modelReset, this, &PagedTable::restoreSelection);
    connect(m_pages, &PageProxyModel::checkedIdsChanged, this, &PagedTable::checkedIdsChanged);
    connect(m_pages, &PageProxyModel::modelReset, this, &PagedTable::fitColumnsOnce);
    connect(m_pages, &PageProxyModel::rowsInserted, this, &PagedTable::fitColumnsOnce);
    // A section dragged by the person (the mouse held) stays as they left it.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting && (QGuiApplication::mouseButtons() & Qt::LeftButton))
            m_userResized = true;
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const qint64 id = current.isValid() ? idOfPageRow(current.row()) : 0;
        if (id != m_lastCurrent) {
            m_lastCurrent = id;
            Q_EMIT currentIdChanged(id);
        }
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid() && index.column() < m_pages->extraColumnStart())
            Q_EMIT rowActivated(idOfPageRow(index.row()));
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, &PagedTable::showContextMenu);
    m_view->installEventFilter(new ViewKeys(
        m_view, [this](const QPoint &pos) { showContextMenu(pos); }, [this] { copySelection(); }));
    updatePager();
}

PagedTable::~PagedTable() = default;

void PagedTable::setModel(QAbstractItemModel *model, int idRole, int numberColumn)
{
    m_model = model;
    m_idRole = idRole;
    m_numberColumn = numberColumn;
    m_pages->setSourceModel(model);
    m_pages->setNumberColumn(numberColumn);
    // The model's own order until the person sorts: no arrow on a column yet.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    if (m_pages->isCheckable())
        m_pages->setCheckable(true, idRole);
    updatePager();
    fitColumnsOnce();
}

void PagedTable::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int widest = std::max(160, m_view->viewport()->width() / 3);
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.font = m_view->font();
    const auto contentsOf = [&](int c) {
        int contents = 0;
        for (int row = 0; row < m_pages->rowCount(); ++row) {
            const QModelIndex index = m_pages->index(row, c);
            contents = std::max(contents, m_view->itemDelegateForIndex(index)->sizeHint(option, index).width() + 1);
        }
        return contents;
    };
    const auto titleOf = [&](int c) { return std::max(header->minimumSectionSize(), header->sectionSizeHint(c)); };
    m_fitting = true;
    int stretch = -1;
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        if (header->sectionResizeMode(c) == QHeaderView::Stretch) {
            stretch = c;
            continue;
        }
        // The 操作 links are never cut: their column takes what they need.
        const bool actions = m_delegate && c == m_pages->extraColumnStart();
        const int contents = contentsOf(c);
        // The title always whole; the rows' text up to `widest`.
        header->resizeSection(c, std::max(titleOf(c), actions ? contents : std::min(contents, widest)));
    }
    // The stretching column (菜单权限, 角色) is what the table is about: its
    // title and up to `widest` of its text come before the other columns'
    // text beyond their titles (cut with "…", the whole text in the tool tip).
    if (stretch >= 0) {
        const int want = std::max(titleOf(stretch), std::min(contentsOf(stretch), widest));
        QList<int> shrinkable;
        int others = 0;
        int room = 0;
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c) || c == stretch)
                continue;
            others += header->sectionSize(c);
            if (!(m_delegate && c == m_pages->extraColumnStart()) && header->sectionSize(c) > titleOf(c)) {
                shrinkable << c;
                room += header->sectionSize(c) - titleOf(c);
            }
        }
        // Taken from the column with the most text beyond its title first
        // (a long name before a phone number or a time).
        int deficit = std::min(room, want - (m_view->viewport()->width() - others));
        while (deficit > 0 && !shrinkable.isEmpty()) {
            const auto widestSpare = std::max_element(shrinkable.cbegin(), shrinkable.cend(), [&](int a, int b) {
                return header->sectionSize(a) - titleOf(a) < header->sectionSize(b) - titleOf(b);
            });
            const int c = *widestSpare;
            const int step = std::min({deficit, 4, header->sectionSize(c) - titleOf(c)});
            if (step <= 0)
                break;
            header->resizeSection(c, header->sectionSize(c) - step);
            deficit -= step;
        }
    }
    m_fitting = false;
}

void PagedTable::fitColumnsOnce()
{
    if (m_userResized || m_fittedToRows)
        return;
    fitColumns();
    m_fittedToRows = m_pages->rowCount() > 0;
}

void PagedTable::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Now that the view has its width: what a third of it is.
    if (!m_shownOnce && !m_userResized)
        fitColumns();
    m_shownOnce = true;
}

void PagedTable::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && !m_userResized)
        fitColumns();
}

void PagedTable::setRowActions(const QString &header, RowActionProvider provider)
{
    m_provider = std::move(provider);
    m_pages->setExtraColumns({header});
    if (!m_delegate) {
        m_delegate = new ActionDelegate(m_pages, [this](const QModelIndex &source) { return actionsOf(source); }, this);
        connect(m_delegate, &ActionDelegate::triggered, this, &PagedTable::delegateTriggered);
    }
    m_view->setItemDelegateForColumn(m_pages->extraColumnStart(), m_delegate);
}

void PagedTable::setCheckable(bool checkable)
{
    m_pages->setCheckable(checkable, m_idRole);
}

void PagedTable::setEmptyText(const QString &text)
{
    m_emptyLabel->setText(text);
}

void PagedTable::setExportExcludedColumns(const QList<int> &columns)
{
    m_excluded = columns;
}

QList<RowAction> PagedTable::actionsOf(const QModelIndex &sourceIndex) const
{
    return m_provider && sourceIndex.isValid() ? m_provider(sourceIndex.siblingAtColumn(0)) : QList<RowAction>();
}

qint64 PagedTable::idOfPageRow(int row) const
{
    return m_pages->index(row, 0).data(m_idRole).toLongLong();
}

qint64 PagedTable::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? idOfPageRow(current.row()) : 0;
}

QModelIndex PagedTable::currentSourceIndex() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_pages->mapToSource(current.siblingAtColumn(0)) : QModelIndex();
}

QList<qint64> PagedTable::selectedIds() const
{
    QList<qint64> ids;
    const qint64 current = currentId();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (current && m_view->selectionModel()->isRowSelected(m_view->currentIndex().row(), QModelIndex()))
        ids << current;
    for (const QModelIndex &index : rows) {
        const qint64 id = idOfPageRow(index.row());
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

QSet<qint64> PagedTable::checkedIds() const
{
    return m_pages->checkedIds();
}

void PagedTable::clearChecked()
{
    m_pages->setCheckedIds({});
}

int PagedTable::sourceRowOf(qint64 id) const
{
    if (!m_model || id == 0)
        return -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(m_idRole).toLongLong() == id)
            return row;
    }
    return -1;
}

bool PagedTable::selectId(qint64 id)
{
    const int row = sourceRowOf(id);
    if (row < 0)
        return false;
    m_pages->setPage(m_pages->pageOfSourceRow(row));
    const QModelIndex index = m_pages->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

bool PagedTable::trigger(const QString &key, qint64 id)
{
    const int row = sourceRowOf(id);
    if (row < 0)
        return false;
    for (const RowAction &a : actionsOf(m_model->index(row, 0))) {
        if (a.key == key) {
            if (!a.enabled)
                return false;
            Q_EMIT actionTriggered(key, id);
            return true;
        }
    }
    return false;
}

void PagedTable::rememberSelection()
{
    m_rememberedCurrent = currentId();
    m_rememberedSelection = selectedIds();
}

void PagedTable::restoreSelection()
{
    QItemSelection selection;
    QModelIndex current;
    for (int row = 0; row < m_pages->rowCount(); ++row) {
        const qint64 id = idOfPageRow(row);
        if (m_rememberedSelection.contains(id))
            selection.select(m_pages->index(row, 0), m_pages->index(row, m_pages->columnCount() - 1));
        if (id == m_rememberedCurrent)
            current = m_pages->index(row, 0);
    }
    if (current.isValid())
        m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    if (!selection.isEmpty())
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    const qint64 id = currentId();
    if (id != m_lastCurrent) {
        m_lastCurrent = id;
        Q_EMIT currentIdChanged(id);
    }
    updateEmptyState();
}

void PagedTable::updatePager()
{
    m_pager->setState(m_pages->totalRows(), m_pages->page(), m_pages->pageCount(), m_pages->pageSize());
    updateEmptyState();
}

void PagedTable::updateEmptyState()
{
    m_emptyLabel->setGeometry(m_view->viewport()->rect());
    m_emptyLabel->setVisible(m_pages->rowCount() == 0);
}

void PagedTable::refreshActions()
{
    if (m_pages->rowCount() > 0 && m_provider)
        m_view->viewport()->update();
}

QList<int> PagedTable::exportColumns() const
{
    QList<int> columns;
    for (int c = 0; c < m_pages->extraColumnStart(); ++c) {
        if (!m_excluded.contains(c) && !m_view->isColumnHidden(c))
            columns << c;
    }
    return columns;
}

QString PagedTable::csv() const
{
    return m_model ? TableExport::csv(m_model, exportColumns()) : QString();
}

QString PagedTable::selectionText() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty())
        return {};
    return TableExport::tsv(m_pages, exportColumns(), rows, true);
}

void PagedTable::copySelection() const
{
    const QString text = selectionText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void PagedTable::delegateTriggered(const QString &key, const QModelIndex &index)
{
    const qint64 id = idOfPageRow(index.row());
    m_view->selectionModel()->setCurrentIndex(index.siblingAtColumn(0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    Q_EMIT actionTriggered(key, id);
}

void PagedTable::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos).isValid() ? m_view->indexAt(pos) : m_view->currentIndex();
    QMenu menu(this);
    if (index.isValid()) {
        const qint64 id = idOfPageRow(index.row());
        for (const RowAction &a : actionsOf(m_pages->mapToSource(index.siblingAtColumn(0)))) {
            QAction *action = menu.addAction(a.text);
            action->setEnabled(a.enabled);
            action->setToolTip(a.toolTip);
            connect(action, &QAction::triggered, this, [this, key = a.key, id] { Q_EMIT actionTriggered(key, id); });
        }
        if (!menu.isEmpty())
            menu.addSeparator();
    }
    QAction *copy = menu.addAction(tr("&Copy"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(index.isValid());
    connect(copy, &QAction::triggered, this, &PagedTable::copySelection);
    menu.setToolTipsVisible(true);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace zc::ui
