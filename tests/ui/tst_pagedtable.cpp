// The table widget of the working pages (PagedTable with its PagerWidget and
// ActionDelegate) under QTest: paging by the pager's buttons and the keyboard,
// the 操作 links and the context menu's actions, selection that follows its
// id, copy, and the "no data" state.

#include "ui/widgets/ActionDelegate.h"
#include "ui/widgets/PagedTable.h"
#include "ui/widgets/PageProxyModel.h"
#include "ui/widgets/PagerWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace zc::ui;

namespace {
constexpr int IdRole = Qt::UserRole + 1;

std::unique_ptr<QStandardItemModel> people(int n)
{
    auto model = std::make_unique<QStandardItemModel>(0, 3);
    model->setHorizontalHeaderLabels({QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("备注")});
    for (int i = 0; i < n; ++i) {
        auto *number = new QStandardItem;
        number->setData(1000 + i, IdRole);
        model->appendRow({number, new QStandardItem(QStringLiteral("人员%1").arg(i, 2, 10, QLatin1Char('0'))),
                          new QStandardItem(i % 2 ? QStringLiteral("odd") : QStringLiteral("even"))});
    }
    return model;
}
} // namespace

class TestPagedTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagerSaysTotalAndMovesPages();
    void pageSizeSelectorChangesRowsPerPage();
    void goToPageSpinJumps();
    void numberColumnCountsAcrossPages();
    void actionLinksReportTheirRow();
    void disabledActionsAreNotTriggered();
    void selectIdGoesToItsPage();
    void selectionFollowsItsIdWhenRowsMove();
    void copyPutsSelectedRowsOnTheClipboard();
    void emptyModelSaysNoData();
    void enterActivatesTheRow();
    void columnsFitTheirTextAndTooltipsHaveItWhole();
};

void TestPagedTable::pagerSaysTotalAndMovesPages()
{
    auto model = people(23);
    PagedTable table;
    table.setModel(model.get(), IdRole, 0);
    table.resize(700, 500);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    PagerWidget *pager = table.pager();
    QCOMPARE(pager->total(), 23);
    QCOMPARE(pager->pageCount(), 3);
    QCOMPARE(pager->totalText(), QStringLiteral("23 item(s) in total"));
    QCOMPARE(pager->rangeText(), QStringLiteral("showing 1–10"));
    auto *next = pager->findChild<QToolButton *>(QStringLiteral("nextPageButton"));
    auto *previous = pager->findChild<QToolButton *>(QStringLiteral("previousPageButton"));
    QVERIFY(next && previous);
    QVERIFY(!previous->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::qWait(1);   // the old page buttons go (deleteLater)
    QCOMPARE(table.pageModel()->page(), 2);
    QCOMPARE(table.view()->model()->index(0, 1).data().toString(), QStringLiteral("人员10"));
    auto *page3 = pager->findChild<QToolButton *>(QStringLiteral("pageButton3"));
    QVERIFY(page3);
    QTest::mouseClick(page3, Qt::LeftButton);
    QTest::qWait(1);
    QCOMPARE(table.pageModel()->page(), 3);
    QCOMPARE(table.view()->model()->rowCount(), 3);
    QCOMPARE(pager->rangeText(), QStringLiteral("showing 21–23"));
    QTRY_VERIFY(!pager->findChild<QToolButton *>(QStringLiteral("nextPageButton"))->isEnabled());
}

void TestPagedTable::pageSizeSelectorChangesRowsPerPage()
{
    auto model = people(45);
    PagedTable table;
    table.setModel(model.get(), IdRole);
    auto *combo = table.pager()->findChild<QComboBox *>(QStringLiteral("pageSizeCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toInt(), 10);
    QCOMPARE(combo->currentText(), QStringLiteral("10 / page"));
    const int index = combo->findData(20);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    QCOMPARE(table.pageModel()->pageSize(), 20);
    QCOMPARE(table.pager()->pageCount(), 3);
    QCOMPARE(table.view()->model()->rowCount(), 20);
}

void TestPagedTable::goToPageSpinJumps()
{
    auto model = people(45);
    PagedTable table;
    table.setModel(model.get(), IdRole);
    table.show();
    auto *spin = table.pager()->findChild<QSpinBox *>(QStringLiteral("gotoPageSpin"));
    QVERIFY(spin);
    QCOMPARE(spin->maximum(), 5);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("4"));
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(table.pageModel()->page(), 4);
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("9"));   // beyond the last page: the spin box refuses it
    QTest::keyClick(spin, Qt::Key_Return);
    QVERIFY(table.pageModel()->page() <= 5);
}

void TestPagedTable::numberColumnCountsAcrossPages()
{
    auto model = people(15);
    QSortFilterProxyModel filter;
    filter.setSourceModel(model.get());
    PagedTable table;
    table.setModel(&filter, IdRole, 0);
    table.pageModel()->setPage(2);
    QCOMPARE(table.view()->model()->index(0, 0).data().toInt(), 11);
    filter.setFilterKeyColumn(2);
    filter.setFilterFixedString(QStringLiteral("odd"));   // 7 rows: one page
    QCOMPARE(table.pageModel()->page(), 1);
    QCOMPARE(table.view()->model()->index(6, 0).data().toInt(), 7);
}

void TestPagedTable::actionLinksReportTheirRow()
{
    auto model = people(12);
    PagedTable table;
    table.setModel(model.get(), IdRole, 0);
    table.setRowActions(QStringLiteral("操作"), [](const QModelIndex &source) {
        return QList<RowAction>{{QStringLiteral("edit"), QStringLiteral("修改"), true, {}, false},
                                {QStringLiteral("delete"), QStringLiteral("删除"), source.row() != 3,
                                 QStringLiteral("不能删除"), true}};
    });
    table.resize(800, 500);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    QTableView *view = table.view();
    const int actionColumn = table.pageModel()->extraColumnStart();
    QCOMPARE(view->model()->headerData(actionColumn, Qt::Horizontal).toString(), QStringLiteral("操作"));
    auto *delegate = qobject_cast<ActionDelegate *>(view->itemDelegateForColumn(actionColumn));
    QVERIFY(delegate);
    const QModelIndex cell = view->model()->index(2, actionColumn);
    QCOMPARE(delegate->actionsAt(cell).size(), 2);

    QSignalSpy spy(&table, &PagedTable::actionTriggered);
    const QRect rect = view->visualRect(cell);
    QCOMPARE(delegate->actionAt(cell, rect, rect.topLeft() + QPoint(14, rect.height() / 2), view->font()), 0);
    // The first link starts just right of the cell's padding.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.topLeft() + QPoint(14, rect.height() / 2));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(0).toString(), QStringLiteral("edit"));
    QCOMPARE(spy.first().at(1).toLongLong(), 1002);
    QCOMPARE(table.currentId(), 1002);
    // Outside any link: nothing.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.topRight() - QPoint(3, -rect.height() / 2));
    QCOMPARE(spy.count(), 1);
}

void TestPagedTable::disabledActionsAreNotTriggered()
{
    auto model = people(5);
    PagedTable table;
    table.setModel(model.get(), IdRole);
    table.setRowActions(QStringLiteral("操作"), [](const QModelIndex &source) {
        return QList<RowAction>{{QStringLiteral("delete"), QStringLiteral("删除"), source.row() != 3,
                                 QStringLiteral("离线时不能修改"), true}};
    });
    QSignalSpy spy(&table, &PagedTable::actionTriggered);
    QVERIFY(!table.trigger(QStringLiteral("delete"), 1003));   // disabled on that row
    QVERIFY(!table.trigger(QStringLiteral("nope"), 1001));     // no such action
    QVERIFY(!table.trigger(QStringLiteral("delete"), 4242));   // no such row
    QCOMPARE(spy.count(), 0);
    QVERIFY(table.trigger(QStringLiteral("delete"), 1001));
    QCOMPARE(spy.count(), 1);
    const QList<RowAction> actions = table.actionsOf(model->index(3, 0));
    QCOMPARE(actions.size(), 1);
    QVERIFY(!actions.first().enabled);
    QCOMPARE(actions.first().toolTip, QStringLiteral("离线时不能修改"));
}

void TestPagedTable::selectIdGoesToItsPage()
{
    auto model = people(35);
    PagedTable table;
    table.setModel(model.get(), IdRole);
    QSignalSpy current(&table, &PagedTable::currentIdChanged);
    QVERIFY(table.selectId(1027));
    QCOMPARE(table.pageModel()->page(), 3);
    QCOMPARE(table.currentId(), 1027);
    QCOMPARE(table.selectedIds(), QList<qint64>({1027}));
    QVERIFY(current.count() >= 1);
    QCOMPARE(current.last().at(0).toLongLong(), 1027);
    QVERIFY(!table.selectId(9999));
    QCOMPARE(table.currentId(), 1027);
}

void TestPagedTable::selectionFollowsItsIdWhenRowsMove()
{
    auto model = people(8);
    QSortFilterProxyModel sorter;
    sorter.setSourceModel(model.get());
    PagedTable table;
    table.setModel(&sorter, IdRole);
    QVERIFY(table.selectId(1005));
    sorter.sort(1, Qt::DescendingOrder);   // 人员07 … 人员00
    QCOMPARE(table.currentId(), 1005);
    QCOMPARE(table.currentSourceIndex().row(), 2);
    model->insertRow(0, {new QStandardItem, new QStandardItem(QStringLiteral("人员99")), new QStandardItem});
    QCOMPARE(table.currentId(), 1005);
}

void TestPagedTable::copyPutsSelectedRowsOnTheClipboard()
{
    auto model = people(5);
    PagedTable table;
    table.setModel(model.get(), IdRole, 0);
    table.setExportExcludedColumns({0});
    table.show();
    QVERIFY(table.selectId(1001));
    table.view()->setFocus();
    QTest::keyClick(table.view(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("姓名\t备注\n人员01\todd"));
    QCOMPARE(table.csv(), QStringLiteral("姓名,备注\r\n人员00,even\r\n人员01,odd\r\n人员02,even\r\n人员03,odd\r\n"
                                         "人员04,even\r\n"));
}

void TestPagedTable::emptyModelSaysNoData()
{
    auto model = people(0);
    PagedTable table;
    table.setModel(model.get(), IdRole);
    table.setEmptyText(QStringLiteral("暂无角色"));
    table.resize(600, 400);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    auto *empty = table.findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("暂无角色"));
    QCOMPARE(table.pager()->totalText(), QStringLiteral("0 item(s) in total"));
    model->appendRow({new QStandardItem, new QStandardItem(QStringLiteral("x")), new QStandardItem});
    QVERIFY(!empty->isVisible());
}

void TestPagedTable::enterActivatesTheRow()
{
    auto model = people(3);
    PagedTable table;
    table.setModel(model.get(), IdRole);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    QSignalSpy activated(&table, &PagedTable::rowActivated);
    QVERIFY(table.selectId(1001));
    table.view()->setFocus();
    QTest::keyClick(table.view(), Qt::Key_Down);
    QCOMPARE(table.currentId(), 1002);
    QTest::keyClick(table.view(), Qt::Key_Return);
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toLongLong(), 1002);
}

void TestPagedTable::columnsFitTheirTextAndTooltipsHaveItWhole()
{
    const QString longTitle = QStringLiteral("Menu permissions held by the role");
    const QString longText = QStringLiteral("挂网查询、药品采购、配送确认、入库验收、退货管理、结算单、回款确认、约定采购量确认、执行进度");
    QStandardItemModel model(0, 3);
    model.setHorizontalHeaderLabels({QStringLiteral("No."), longTitle, QStringLiteral("Remark")});
    for (int i = 0; i < 3; ++i) {
        auto *number = new QStandardItem;
        number->setData(1 + i, IdRole);
        model.appendRow({number, new QStandardItem(i == 1 ? longText : QStringLiteral("x")), new QStandardItem(QStringLiteral("r"))});
    }
    PagedTable table;
    table.setModel(&model, IdRole, 0);
    table.setRowActions(QStringLiteral("Actions"), [](const QModelIndex &) {
        return QList<RowAction>{{QStringLiteral("edit"), QStringLiteral("Edit"), true, {}, false},
                                {QStringLiteral("delete"), QStringLiteral("Delete"), true, {}, true},
                                {QStringLiteral("assign"), QStringLiteral("Assign accounts"), true, {}, false}};
    });
    table.resize(900, 400);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    QTableView *view = table.view();
    QHeaderView *header = view->horizontalHeader();
    // Titles are not cut ("Menu per…"), nor are the 操作 links ("Delet").
    QVERIFY2(header->sectionSize(1) >= header->fontMetrics().horizontalAdvance(longTitle),
             qPrintable(QString::number(header->sectionSize(1))));
    const int actions = table.pageModel()->extraColumnStart();
    auto *delegate = qobject_cast<ActionDelegate *>(view->itemDelegateForColumn(actions));
    QVERIFY(delegate);
    QStyleOptionViewItem option;
    option.initFrom(view);
    QVERIFY(header->sectionSize(actions) >= delegate->sizeHint(option, view->model()->index(0, actions)).width());
    // A text longer than a third of the view is elided, whole in its tooltip.
    QVERIFY(header->sectionSize(1) <= std::max(160, view->viewport()->width() / 3));
    QVERIFY(header->sectionSize(1) < view->fontMetrics().horizontalAdvance(longText));
    QCOMPARE(view->model()->index(1, 1).data(Qt::ToolTipRole).toString(), longText);
}

QTEST_MAIN(TestPagedTable)
#include "tst_pagedtable.moc"
