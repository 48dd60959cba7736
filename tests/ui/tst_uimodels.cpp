// The item models and small value classes of the working screens, without
// widgets: the paging proxy (PageProxyModel), the account list filters of the
// pages (AccountListProxyModel), the audit log model, CSV export, the SMS
// resend countdown and the merge of a stale role edit. Every model runs under
// QAbstractItemModelTester through resets, inserts, removals and sorts.

#include "ui/account/SmsCooldowns.h"
#include "ui/audit/AuditEventTableModel.h"
#include "ui/review/ReviewFindingModel.h"
#include "ui/review/ReviewFindings.h"
#include "ui/roles/VersionConflictDialog.h"
#include "ui/widgets/PageProxyModel.h"
#include "ui/Startup.h"
#include "ui/widgets/TableExport.h"
#include "ui/workspace/AccountListProxyModel.h"

#include "models/AccountTableModel.h"
#include "models/PermissionCatalog.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace zc;
using zc::ui::AccountListProxyModel;
using zc::ui::AuditEventTableModel;
using zc::ui::PageProxyModel;

namespace {

constexpr int IdRole = Qt::UserRole + 1;

// n rows: column 0 "row i" with id 100+i, column 1 the number i (for sorting).
std::unique_ptr<QStandardItemModel> numbers(int n)
{
    auto model = std::make_unique<QStandardItemModel>(0, 2);
    model->setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Value")});
    for (int i = 0; i < n; ++i) {
        auto *name = new QStandardItem(QStringLiteral("row %1").arg(i));
        name->setData(100 + i, IdRole);
        auto *value = new QStandardItem;
        value->setData(i, Qt::DisplayRole);
        model->appendRow({name, value});
    }
    return model;
}

Account account(qint64 id, const QString &login, const QString &name, QList<qint64> roles,
                Account::Kind kind = Account::Kind::Handler)
{
    Account a;
    a.id = id;
    a.login = login;
    a.name = name;
    a.phone = login.size() == 11 ? login : QStringLiteral("13900000000");
    a.kind = kind;
    a.roleIds = std::move(roles);
    a.createdAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    a.version = QStringLiteral("1");
    return a;
}

// The logins listed (as they are: a phone-number login shows masked).
QStringList column0(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, 0).data(AccountTableModel::LoginRole).toString();
    return out;
}

} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesShowTheirSliceAndNumberAcrossPages();
    void pageIsClampedWhenRowsGo();
    void pageSizeKeepsTheFirstRowInView();
    void extraColumnHasHeaderAndNoData();
    void checkMarksFollowIdsAcrossPages();
    void sortIsHandedToTheSource();
    void dataChangesOnTheShownPagePassThrough();
    void badPageNumbersAreClamped();

    void assignedTabListsHoldersOnly();
    void unassignedTabNeverOffersTheMainAccount();
    void loginAndNameFiltersAreSeparate();
    void noRoleOnlyListsHandlersWithoutRoles();
    void roleFilterFollowsAssignmentChanges();

    void auditModelWordsActions();
    void csvQuotesAndGuardsFormulas();
    void tsvHasHeaderAndSelectedRows();
    void smsCooldownCountsDownPerPhone();
    void reapplyKeepsBothSidesChanges();
    void reapplyTakesServerValuesWhereNothingWasTyped();
    void reviewFindingsFollowTheirRulesAtTheirEdges();
    // Last: it installs a catalog.
    void fileProblemsAreInTheClientsLanguage();
};

void TestUiModels::pagesShowTheirSliceAndNumberAcrossPages()
{
    auto source = numbers(25);
    PageProxyModel pages;
    QAbstractItemModelTester tester(&pages, QAbstractItemModelTester::FailureReportingMode::QtTest);
    pages.setSourceModel(source.get());
    pages.setNumberColumn(1);
    QCOMPARE(pages.totalRows(), 25);
    QCOMPARE(pages.pageCount(), 3);
    QCOMPARE(pages.rowCount(), 10);
    QCOMPARE(pages.index(0, 0).data().toString(), QStringLiteral("row 0"));

    QSignalSpy paging(&pages, &PageProxyModel::pagingChanged);
    pages.setPage(3);
    QCOMPARE(paging.count(), 1);
    QCOMPARE(pages.rowCount(), 5);
    QCOMPARE(pages.index(0, 0).data().toString(), QStringLiteral("row 20"));
    QCOMPARE(pages.index(4, 1).data().toInt(), 25);   // 序号 across pages, 1-based
    QCOMPARE(pages.headerData(0, Qt::Vertical).toInt(), 21);
    QCOMPARE(pages.mapToSource(pages.index(2, 0)).row(), 22);
    QVERIFY(!pages.mapFromSource(source->index(3, 0)).isValid());   // not on this page
    QCOMPARE(pages.mapFromSource(source->index(23, 1)), pages.index(3, 1));
    QCOMPARE(pages.pageOfSourceRow(23), 3);
}

void TestUiModels::pageIsClampedWhenRowsGo()
{
    auto source = numbers(25);
    PageProxyModel pages;
    QAbstractItemModelTester tester(&pages, QAbstractItemModelTester::FailureReportingMode::QtTest);
    pages.setSourceModel(source.get());
    pages.setPage(3);
    QSignalSpy paging(&pages, &PageProxyModel::pagingChanged);
    source->removeRows(15, 10);   // page 3 no longer exists
    QVERIFY(paging.count() >= 1);
    QCOMPARE(pages.page(), 2);
    QCOMPARE(pages.pageCount(), 2);
    QCOMPARE(pages.rowCount(), 5);
    source->removeRows(0, source->rowCount());
    QCOMPARE(pages.page(), 1);
    QCOMPARE(pages.pageCount(), 1);
    QCOMPARE(pages.rowCount(), 0);
    source->appendRow({new QStandardItem(QStringLiteral("new")), new QStandardItem});
    QCOMPARE(pages.rowCount(), 1);
    QCOMPARE(pages.index(0, 0).data().toString(), QStringLiteral("new"));
}

void TestUiModels::pageSizeKeepsTheFirstRowInView()
{
    auto source = numbers(95);
    PageProxyModel pages;
    QAbstractItemModelTester tester(&pages, QAbstractItemModelTester::FailureReportingMode::QtTest);
    pages.setSourceModel(source.get());
    pages.setPage(5);   // rows 40..49
    pages.setPageSize(20);
    QCOMPARE(pages.page(), 3);   // rows 40..59
    QCOMPARE(pages.index(0, 0).data().toString(), QStringLiteral("row 40"));
    pages.setPageSize(100);
    QCOMPARE(pages.page(), 1);
    QCOMPARE(pages.rowCount(), 95);
    pages.setPageSize(0);   // refused: at least one row a page
    QCOMPARE(pages.pageSize(), 1);
}

void TestUiModels::extraColumnHasHeaderAndNoData()
{
    auto source = numbers(3);
    PageProxyModel pages;
    QAbstractItemModelTester tester(&pages, QAbstractItemModelTester::FailureReportingMode::QtTest);
    pages.setSourceModel(source.get());
    pages.setExtraColumns({QStringLiteral("操作")});
    QCOMPARE(pages.columnCount(), 3);
    QCOMPARE(pages.extraColumnStart(), 2);
    QCOMPARE(pages.headerData(2, Qt::Horizontal).toString(), QStringLiteral("操作"));
    QCOMPARE(pages.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QVERIFY(!pages.index(0, 2).data().isValid());
    QVERIFY(!pages.mapToSource(pages.index(0, 2)).isValid());
    QVERIFY(!pages.setData(pages.index(0, 2), QStringLiteral("x")));
    QVERIFY(pages.flags(pages.index(0, 2)) & Qt::ItemIsEnabled);
    // A view sends clicks to the delegate of an index's buddy: an extra cell is its own.
    QCOMPARE(pages.buddy(pages.index(1, 2)), pages.index(1, 2));
    QCOMPARE(pages.buddy(pages.index(1, 0)), pages.index(1, 0));
}

void TestUiModels::checkMarksFollowIdsAcrossPages()
{
    auto source = numbers(25);
    QSortFilterProxyModel filter;
    filter.setSourceModel(source.get());
    PageProxyModel pages;
    QAbstractItemModelTester tester(&pages, QAbstractItemModelTester::FailureReportingMode::QtTest);
    pages.setSourceModel(&filter);
    pages.setCheckable(true, IdRole);
    QVERIFY(pages.flags(pages.index(0, 0)) & Qt::ItemIsUserCheckable);
    QVERIFY(!(pages.flags(pages.index(0, 1)) & Qt::ItemIsUserCheckable));
    QSignalSpy checked(&pages, &PageProxyModel::checkedIdsChanged);
    QVERIFY(pages.setData(pages.index(1, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(checked.count(), 1);
    QCOMPARE(pages.checkedIds(), QSet<qint64>({101}));
    pages.setPage(2);
    pages.setPageChecked(true);
    QCOMPARE(pages.checkedIds().size(), 11);
    QVERIFY(pages.checkedIds().contains(110) && pages.checkedIds().contains(119));
    pages.setPage(1);
    QCOMPARE(pages.index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(pages.index(2, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    // A filter moves rows; the ticks stay with their ids.
    filter.setFilterFixedString(QStringLiteral("row 1"));
    QCOMPARE(pages.index(0, 0).data().toString(), QStringLiteral("row 1"));
    QCOMPARE(pages.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    pages.setChecked(101, false);
    QCOMPARE(pages.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    pages.setCheckedIds({});
    QVERIFY(pages.checkedIds().isEmpty());
}

void TestUiModels::sortIsHandedToTheSource()
{
    auto source = numbers(12);
    QSortFilterProxyModel sorter;
    sorter.setSourceModel(source.get());
    PageProxyModel pages;
    QAbstractItemModelTester tester(&pages, QAbstractItemModelTester::FailureReportingMode::QtTest);
    pages.setSourceModel(&sorter);
    pages.setExtraColumns({QStringLiteral("操作")});
    pages.sort(1, Qt::DescendingOrder);
    QCOMPARE(pages.index(0, 0).data().toString(), QStringLiteral("row 11"));
    QCOMPARE(pages.rowCount(), 10);
    pages.sort(2, Qt::AscendingOrder);   // the extra column is not sortable
    QCOMPARE(pages.index(0, 0).data().toString(), QStringLiteral("row 11"));
    pages.setNumberColumn(1);
    pages.sort(1, Qt::AscendingOrder);   // nor is 序号
    QCOMPARE(pages.index(0, 0).data().toString(), QStringLiteral("row 11"));
}

void TestUiModels::dataChangesOnTheShownPagePassThrough()
{
    auto source = numbers(25);
    PageProxyModel pages;
    QAbstractItemModelTester tester(&pages, QAbstractItemModelTester::FailureReportingMode::QtTest);
    pages.setSourceModel(source.get());
    pages.setPage(2);
    QSignalSpy changed(&pages, &QAbstractItemModel::dataChanged);
    source->item(12, 0)->setText(QStringLiteral("changed"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), pages.index(2, 0));
    QCOMPARE(pages.index(2, 0).data().toString(), QStringLiteral("changed"));
    source->item(3, 0)->setText(QStringLiteral("elsewhere"));   // another page: nothing to tell
    QCOMPARE(changed.count(), 1);
}

void TestUiModels::badPageNumbersAreClamped()
{
    auto source = numbers(25);
    PageProxyModel pages;
    pages.setSourceModel(source.get());
    pages.setPage(-4);
    QCOMPARE(pages.page(), 1);
    pages.setPage(99);
    QCOMPARE(pages.page(), 3);
    QVERIFY(!pages.index(5, 0).isValid());   // only 5 rows on the last page
    QVERIFY(!pages.index(0, 7).isValid());
    QCOMPARE(pages.rowCount(pages.index(0, 0)), 0);   // a table: no children
    PageProxyModel empty;
    QCOMPARE(empty.rowCount(), 0);
    QCOMPARE(empty.columnCount(), 0);
    QCOMPARE(empty.pageCount(), 1);
}

void TestUiModels::assignedTabListsHoldersOnly()
{
    AccountTableModel accounts;
    accounts.setAccounts({account(1, QStringLiteral("main"), QStringLiteral("单位"), {}, Account::Kind::Unit),
                          account(2, QStringLiteral("13900000002"), QStringLiteral("王芳"), {7}),
                          account(3, QStringLiteral("13900000003"), QStringLiteral("张伟"), {8}),
                          account(4, QStringLiteral("13900000004"), QStringLiteral("李强"), {7, 8})});
    AccountListProxyModel assigned;
    QAbstractItemModelTester tester(&assigned, QAbstractItemModelTester::FailureReportingMode::QtTest);
    assigned.setSourceModel(&accounts);
    assigned.setRoleFilter(7, true);
    QCOMPARE(column0(assigned), QStringList({QStringLiteral("13900000002"), QStringLiteral("13900000004")}));
    assigned.setRoleFilter(99, true);
    QCOMPARE(assigned.rowCount(), 0);
    assigned.setRoleFilter(std::nullopt, true);
    QCOMPARE(assigned.rowCount(), 4);
}

void TestUiModels::unassignedTabNeverOffersTheMainAccount()
{
    AccountTableModel accounts;
    accounts.setAccounts({account(1, QStringLiteral("main"), QStringLiteral("单位"), {}, Account::Kind::Unit),
                          account(2, QStringLiteral("13900000002"), QStringLiteral("王芳"), {7}),
                          account(3, QStringLiteral("13900000003"), QStringLiteral("张伟"), {})});
    AccountListProxyModel unassigned;
    QAbstractItemModelTester tester(&unassigned, QAbstractItemModelTester::FailureReportingMode::QtTest);
    unassigned.setSourceModel(&accounts);
    unassigned.setRoleFilter(7, false);
    QCOMPARE(column0(unassigned), QStringList({QStringLiteral("13900000003")}));
}

void TestUiModels::loginAndNameFiltersAreSeparate()
{
    AccountTableModel accounts;
    accounts.setAccounts({account(2, QStringLiteral("13900000002"), QStringLiteral("王芳"), {}),
                          account(3, QStringLiteral("13900000003"), QStringLiteral("张伟"), {}),
                          account(4, QStringLiteral("13912340004"), QStringLiteral("Wang Li"), {})});
    AccountListProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&accounts);
    proxy.setLoginFilter(QStringLiteral(" 0000 "));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setNameFilter(QStringLiteral("张"));
    QCOMPARE(column0(proxy), QStringList({QStringLiteral("13900000003")}));
    proxy.setLoginFilter(QString());
    proxy.setNameFilter(QStringLiteral("WANG"));   // case-insensitive
    QCOMPARE(column0(proxy), QStringList({QStringLiteral("13912340004")}));
    // The name filter does not look at logins, nor the login filter at names.
    proxy.setNameFilter(QStringLiteral("1391234"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setNameFilter(QString());
    proxy.setLoginFilter(QStringLiteral("王"));
    QCOMPARE(proxy.rowCount(), 0);
}

void TestUiModels::noRoleOnlyListsHandlersWithoutRoles()
{
    AccountTableModel accounts;
    accounts.setAccounts({account(1, QStringLiteral("main"), QStringLiteral("单位"), {}, Account::Kind::Unit),
                          account(2, QStringLiteral("13900000002"), QStringLiteral("王芳"), {7}),
                          account(3, QStringLiteral("13900000003"), QStringLiteral("张伟"), {})});
    AccountListProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&accounts);
    proxy.setNoRoleOnly(true);
    // The main account holds no role but needs none: it is not flagged.
    QCOMPARE(column0(proxy), QStringList({QStringLiteral("13900000003")}));
    proxy.setNoRoleOnly(false);
    QCOMPARE(proxy.rowCount(), 3);
}

void TestUiModels::roleFilterFollowsAssignmentChanges()
{
    AccountTableModel accounts;
    accounts.setAccounts({account(2, QStringLiteral("13900000002"), QStringLiteral("王芳"), {}),
                          account(3, QStringLiteral("13900000003"), QStringLiteral("张伟"), {})});
    AccountListProxyModel assigned;
    AccountListProxyModel unassigned;
    QAbstractItemModelTester t1(&assigned, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&unassigned, QAbstractItemModelTester::FailureReportingMode::QtTest);
    assigned.setSourceModel(&accounts);
    unassigned.setSourceModel(&accounts);
    assigned.setRoleFilter(7, true);
    unassigned.setRoleFilter(7, false);
    QCOMPARE(assigned.rowCount(), 0);
    QCOMPARE(unassigned.rowCount(), 2);
    accounts.upsertAccount(account(2, QStringLiteral("13900000002"), QStringLiteral("王芳"), {7}));
    QCOMPARE(column0(assigned), QStringList({QStringLiteral("13900000002")}));
    QCOMPARE(column0(unassigned), QStringList({QStringLiteral("13900000003")}));
    accounts.removeAccount(2);
    QCOMPARE(assigned.rowCount(), 0);
}

void TestUiModels::auditModelWordsActions()
{
    AuditEventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AuditEvent e;
    e.id = 5;
    e.at = QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
    e.actorId = 1;
    e.actorName = QStringLiteral("王建国");
    e.action = QStringLiteral("role.create");
    e.targetType = QStringLiteral("role");
    e.targetId = 12;
    e.summary = QStringLiteral("添加角色 药品采购员");
    AuditEvent unknown = e;
    unknown.id = 6;
    unknown.action = QStringLiteral("role.frobnicate");
    model.setEvents({e, unknown});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(AuditEventTableModel::ColumnCount));
    QCOMPARE(model.index(0, AuditEventTableModel::ActionColumn).data().toString(), QStringLiteral("Add role"));
    QCOMPARE(model.index(1, AuditEventTableModel::ActionColumn).data().toString(), QStringLiteral("role.frobnicate"));
    QCOMPARE(model.index(0, AuditEventTableModel::ActorColumn).data().toString(), QStringLiteral("王建国"));
    QCOMPARE(model.index(0, AuditEventTableModel::TargetColumn).data().toString(), QStringLiteral("Role #12"));
    QCOMPARE(model.index(0, 0).data(AuditEventTableModel::IdRole).toLongLong(), 5);
    QCOMPARE(model.index(0, AuditEventTableModel::AtColumn).data().toString(),
             e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    model.setNameLookup([](const QString &type, qint64 id) {
        return type == QLatin1String("role") && id == 12 ? QStringLiteral("药品采购员") : QString();
    });
    QCOMPARE(model.index(0, AuditEventTableModel::TargetColumn).data().toString(), QStringLiteral("Role “药品采购员”"));
    for (const QString &action : AuditEventTableModel::knownActions())
        QVERIFY2(AuditEventTableModel::actionText(action) != action, qPrintable(action));
    model.setEvents({});
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::csvQuotesAndGuardsFormulas()
{
    QStandardItemModel model(0, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("角色名称"), QStringLiteral("备注")});
    model.appendRow({new QStandardItem(QStringLiteral("a,b")), new QStandardItem(QStringLiteral("say \"hi\""))});
    model.appendRow({new QStandardItem(QStringLiteral("=1+1")), new QStandardItem(QStringLiteral("two\nlines"))});
    model.appendRow({new QStandardItem(QStringLiteral("plain")), new QStandardItem(QString())});
    // Every start a spreadsheet runs as a formula (OWASP): = + - @ tab CR.
    model.appendRow({new QStandardItem(QStringLiteral("@SUM(A1)")), new QStandardItem(QStringLiteral("\tcmd"))});
    model.appendRow({new QStandardItem(QStringLiteral("-2+3")), new QStandardItem(QStringLiteral("+1"))});
    model.appendRow({new QStandardItem(QStringLiteral("\r=x")), new QStandardItem(QStringLiteral("药品-采购"))});
    const QString csv = ui::TableExport::csv(&model, {0, 1});
    QCOMPARE(csv, QStringLiteral("角色名称,备注\r\n"
                                 "\"a,b\",\"say \"\"hi\"\"\"\r\n"
                                 "\"'=1+1\",\"two\nlines\"\r\n"
                                 "plain,\r\n"
                                 "\"'@SUM(A1)\",\"'\tcmd\"\r\n"
                                 "\"'-2+3\",\"'+1\"\r\n"
                                 "\"'\r=x\",药品-采购\r\n"));
    QCOMPARE(ui::TableExport::csv(&model, {1}, {2}), QStringLiteral("备注\r\n\r\n"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roles.csv"));
    QVERIFY(ui::TableExport::writeCsv(path, csv));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));   // Excel needs the BOM for UTF-8
    QCOMPARE(QString::fromUtf8(bytes.mid(3)), csv);
    QString why;
    QVERIFY(!ui::TableExport::writeCsv(dir.filePath(QStringLiteral("missing/dir/x.csv")), csv, &why));
    QVERIFY2(why.contains(QStringLiteral("folder")), qPrintable(why));
}

void TestUiModels::tsvHasHeaderAndSelectedRows()
{
    auto model = numbers(4);
    QCOMPARE(ui::TableExport::tsv(model.get(), {0, 1}, {1, 3}, true),
             QStringLiteral("Name\tValue\nrow 1\t1\nrow 3\t3"));
    QCOMPARE(ui::TableExport::tsv(model.get(), {1}, {0}, false), QStringLiteral("0"));
}

void TestUiModels::smsCooldownCountsDownPerPhone()
{
    ui::SmsCooldowns cooldowns;
    QCOMPARE(cooldowns.secondsLeft(QStringLiteral("13900000001")), 0);
    cooldowns.start(QStringLiteral(" 13900000001 "), 60);
    QCOMPARE(cooldowns.secondsLeft(QStringLiteral("13900000001")), 60);
    QCOMPARE(cooldowns.secondsLeft(QStringLiteral("13900000002")), 0);
    cooldowns.start(QStringLiteral("13900000002"), 1);
    QTRY_COMPARE_WITH_TIMEOUT(cooldowns.secondsLeft(QStringLiteral("13900000002")), 0, 3000);
    QVERIFY(cooldowns.secondsLeft(QStringLiteral("13900000001")) > 55);
    cooldowns.start(QStringLiteral("13900000001"), 0);   // the server says: ask now
    QCOMPARE(cooldowns.secondsLeft(QStringLiteral("13900000001")), 0);
    cooldowns.setPendingPhone(QStringLiteral(" 13900000003"));
    QCOMPARE(cooldowns.pendingPhone(), QStringLiteral("13900000003"));
    cooldowns.clear();
    QVERIFY(cooldowns.pendingPhone().isEmpty());
}

void TestUiModels::reapplyKeepsBothSidesChanges()
{
    const PermissionCatalog &catalog = PermissionCatalog::builtIn();
    const QStringList leaves = catalog.leaves();
    QVERIFY(leaves.size() >= 4);
    Role base;
    base.id = 1;
    base.name = QStringLiteral("采购员");
    base.remark = QStringLiteral("旧备注");
    base.permissions = {leaves.at(0), leaves.at(1)};
    Role theirs = base;
    theirs.remark = QStringLiteral("服务器上的备注");
    theirs.permissions = {leaves.at(0), leaves.at(1), leaves.at(2)};   // they added 2
    sync::RoleInput mine;
    mine.name = QStringLiteral("采购主管");                             // I renamed
    mine.remark = base.remark;
    mine.permissions = {leaves.at(1), leaves.at(3)};                     // I removed 0, added 3

    const sync::RoleInput merged = ui::VersionConflictDialog::reapply(base, mine, theirs, catalog);
    QCOMPARE(merged.name, QStringLiteral("采购主管"));
    QCOMPARE(merged.remark, QStringLiteral("服务器上的备注"));
    QCOMPARE(merged.permissions, QStringList({leaves.at(1), leaves.at(2), leaves.at(3)}));
}

void TestUiModels::reapplyTakesServerValuesWhereNothingWasTyped()
{
    const PermissionCatalog &catalog = PermissionCatalog::builtIn();
    Role base;
    base.name = QStringLiteral("甲");
    base.remark = QStringLiteral("r");
    base.permissions = {QStringLiteral("basic.roles"), QStringLiteral("no.such.code")};
    Role theirs = base;
    theirs.name = QStringLiteral("乙");
    theirs.permissions = {QStringLiteral("basic")};   // a parent: all of its leaves
    sync::RoleInput mine;
    mine.name = QStringLiteral("  甲 ");   // only spaces differ: not a change
    mine.remark = QStringLiteral("r");
    mine.permissions = base.permissions;
    const sync::RoleInput merged = ui::VersionConflictDialog::reapply(base, mine, theirs, catalog);
    QCOMPARE(merged.name, QStringLiteral("乙"));
    QCOMPARE(merged.permissions, catalog.expand({QStringLiteral("basic")}));
}

// 权限审查's rules, each at its edge (a clock of its own, no server): the
// threshold's day, the 14 days of "expiring", the 7 days' grace of a token,
// the main account never listed, a role's unknown codes granting nothing.
void TestUiModels::reviewFindingsFollowTheirRulesAtTheirEdges()
{
    using Kind = ui::ReviewFinding::Kind;
    const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    ui::ReviewFindings::Source source;
    source.now = now;
    source.inactiveDays = 30;
    source.catalog = PermissionCatalog::builtIn();
    const auto role = [](qint64 id, const QString &name, const QStringList &codes, int accounts) {
        Role r;
        r.id = id;
        r.name = name;
        r.permissions = codes;
        r.accountCount = accounts;
        return r;
    };
    source.roles = {role(1, QStringLiteral("管理"), {QStringLiteral("basic.accounts")}, 2),
                    role(2, QStringLiteral("采购"), {QStringLiteral("drug.purchase")}, 1),
                    role(3, QStringLiteral("无效"), {QStringLiteral("no.such.code")}, 0)};
    const auto account = [](qint64 id, Account::Kind kind, Account::Status status, const QDateTime &last,
                            const QList<qint64> &roles) {
        Account a;
        a.id = id;
        a.kind = kind;
        a.status = status;
        a.name = QStringLiteral("账号%1").arg(id);
        a.login = QStringLiteral("1390000000%1").arg(id);
        a.lastLoginAt = last;
        a.roleIds = roles;
        return a;
    };
    source.accounts = {
        account(10, Account::Kind::Unit, Account::Status::Active, {}, {}),                          // main: never listed
        account(11, Account::Kind::Handler, Account::Status::Active, {}, {2}),                      // never logged in
        account(12, Account::Kind::Handler, Account::Status::Active, now.addDays(-30), {2}),        // exactly 30 days: not yet
        account(13, Account::Kind::Handler, Account::Status::Locked, now.addDays(-31), {1}),        // inactive, admin
        account(14, Account::Kind::Handler, Account::Status::Disabled, now.addDays(-400), {1, 2}),  // disabled with roles
        account(15, Account::Kind::Handler, Account::Status::Disabled, {}, {}),                     // disabled, nothing held
    };
    const auto token = [&now](qint64 id, int ageDays, int expiresInDays, const QDateTime &used, bool revoked) {
        ApiToken t;
        t.id = id;
        t.name = QStringLiteral("令牌%1").arg(id);
        t.createdAt = now.addDays(-ageDays);
        t.expiresAt = now.addDays(expiresInDays);
        t.lastUsedAt = used;
        t.revoked = revoked;
        return t;
    };
    source.tokens = QList<ApiToken>{
        token(20, 1, 14, now, false),                   // expires within 14 days: listed
        token(21, 1, 15, now, false),                   // 15 days: not
        token(22, 7, 100, {}, false),                   // never used, 7 days old: within the grace
        token(23, 8, 100, {}, false),                   // 8 days: unused
        token(24, 100, 100, now.addDays(-31), false),   // not used for 31 > 30 days
        token(25, 100, 5, {}, true),                    // deleted: never listed
        token(26, 100, -1, {}, false),                  // expired: never listed
    };
    const QList<ui::ReviewFinding> found = ui::ReviewFindings::find(source);
    QSet<QPair<int, qint64>> got;
    for (const ui::ReviewFinding &f : found)
        got.insert({static_cast<int>(f.kind), f.subjectId});
    const QSet<QPair<int, qint64>> expected{
        {int(Kind::NeverSignedIn), 11}, {int(Kind::Inactive), 13},       {int(Kind::DisabledWithRoles), 14},
        {int(Kind::AdminRights), 13},   {int(Kind::AdminRights), 14},    {int(Kind::RolesWithoutAccounts), 3},
        {int(Kind::RolesWithoutPermissions), 3}, {int(Kind::TokensExpiring), 20}, {int(Kind::TokensUnused), 23},
        {int(Kind::TokensUnused), 24}};
    QCOMPARE(got, expected);
    // Grouped by kind, in the keys' order; the counts by key, every key present.
    for (int i = 1; i < found.size(); ++i)
        QVERIFY(found.at(i - 1).kind <= found.at(i).kind);
    const QMap<QString, int> counts = ui::ReviewFindings::counts(found);
    QCOMPARE(counts.size(), ui::ReviewFinding::KindCount);
    QCOMPARE(counts.value(QStringLiteral("admin_rights")), 2);
    QCOMPARE(counts.value(QStringLiteral("tokens_unused")), 2);
    QCOMPARE(counts.value(QStringLiteral("never_signed_in")), 1);
    // The disabled handler's row names the roles to take away.
    for (const ui::ReviewFinding &f : found) {
        if (f.kind == Kind::DisabledWithRoles)
            QCOMPARE(f.roleIds, (QList<qint64>{1, 2}));
        if (f.kind == Kind::AdminRights && f.subjectId == 14)
            QCOMPARE(f.roleIds, QList<qint64>{1});
    }
    // One more day of threshold and 13 is not inactive; without tokens, no token finding.
    source.inactiveDays = 31;
    source.tokens.reset();
    const QList<ui::ReviewFinding> fewer = ui::ReviewFindings::find(source);
    for (const ui::ReviewFinding &f : fewer) {
        QVERIFY(f.kind != Kind::Inactive);
        QVERIFY(!ui::ReviewFindings::isTokenKind(f.kind));
    }
    // The model over them: rows by id, counts by kind.
    ui::ReviewFindingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(found, 30);
    QCOMPARE(model.rowCount(), found.size());
    QCOMPARE(model.count(Kind::TokensUnused), 2);
    QCOMPARE(model.finding(found.first().rowId())->subjectId, found.first().subjectId);
    QCOMPARE(model.index(0, 0).data(ui::ReviewFindingModel::KindKeyRole).toString(), QStringLiteral("never_signed_in"));
}

// Why a CSV could not be written is said in the client's words, not the
// system's (QFile::errorString follows the OS language): Chinese under zh_CN.
void TestUiModels::fileProblemsAreInTheClientsLanguage()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing/dir/x.csv"));
    QString why;
    QVERIFY(ui::Startup::installTranslations(QStringLiteral("zh_CN")));
    QVERIFY(!ui::TableExport::writeCsv(missing, QStringLiteral("a\r\n"), &why));
    QVERIFY2(why.contains(QStringLiteral("文件夹")), qPrintable(why));
    QVERIFY2(!QRegularExpression(QStringLiteral("[A-Za-z]{3,}")).match(why).hasMatch(), qPrintable(why));
    QVERIFY(!QFile::exists(missing));
}

QTEST_GUILESS_MAIN(TestUiModels)
#include "tst_uimodels.moc"
