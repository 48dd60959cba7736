// The item models of models/: roles table, accounts table and its filter proxy,
// permission tree. Every model runs under QAbstractItemModelTester through
// resets, upserts, removals, sorts and checks; behaviour tests follow.
#include "ModelSamples.h"

#include "models/AccountFilterProxyModel.h"
#include "models/AccountTableModel.h"
#include "models/PermissionTreeModel.h"
#include "models/RoleTableModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QIdentityProxyModel>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using zc::Account;
using zc::AccountFilterProxyModel;
using zc::AccountTableModel;
using zc::PermissionCatalog;
using zc::PermissionTreeModel;
using zc::Role;
using zc::RoleTableModel;

using namespace zc::test;

namespace {

PermissionCatalog smallCatalog()
{
    QString why;
    PermissionCatalog c = PermissionCatalog::fromJson(SmallCatalog, &why);
    if (c.isEmpty())
        qFatal("test catalog invalid: %s", qPrintable(why));
    return c;
}

QList<Account> sampleAccounts()
{
    return {
        makeAccount(1, QStringLiteral("unit-admin"), QStringLiteral("单位管理员"), QStringLiteral("13900000001"), {},
                    Account::Kind::Unit),
        makeAccount(2, QStringLiteral("18812343711"), QStringLiteral("张三"), QStringLiteral("18812343711"), { 10 }),
        makeAccount(3, QStringLiteral("13512345678"), QStringLiteral("Li Si"), QStringLiteral("13512345678"), {}),
        makeAccount(4, QStringLiteral("15000000004"), QStringLiteral("WANG wu"), QStringLiteral("15000000004"),
                    { 10, 11 }, Account::Kind::Handler, Account::Status::Disabled),
        makeAccount(5, QStringLiteral("17700000005"), QStringLiteral("赵六"), QStringLiteral("17700000005"), { 11 },
                    Account::Kind::Handler, Account::Status::Locked),
    };
}

QStringList columnValues(const QAbstractItemModel &m, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int row = 0; row < m.rowCount(); ++row)
        out.append(m.index(row, column).data(role).toString());
    return out;
}

bool spyHasIndex(const QSignalSpy &spy, const QModelIndex &index)
{
    for (const QList<QVariant> &args : spy) {
        const QModelIndex from = args.at(0).value<QModelIndex>();
        const QModelIndex to = args.at(1).value<QModelIndex>();
        if (from.parent() == index.parent() && from.row() <= index.row() && index.row() <= to.row()
            && from.column() <= index.column() && index.column() <= to.column())
            return true;
    }
    return false;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    // ----- RoleTableModel -----

    void roleModelPassesTesterThroughResetUpsertRemoveAndSort()
    {
        RoleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(smallCatalog());
        model.setRoles({ makeRole(1, QStringLiteral("审核员"), list({ "a.x" })),
                         makeRole(2, QStringLiteral("Admin"), list({ "a" }), 3),
                         makeRole(3, QStringLiteral("viewer"), list({ "b" }), 1) });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(RoleTableModel::ColumnCount));
        model.upsertRole(makeRole(4, QStringLiteral("new")));
        model.upsertRole(makeRole(2, QStringLiteral("Admin 2"), list({ "a.y" })));
        model.upsertRoles({ makeRole(5, QStringLiteral("five")), makeRole(1, QStringLiteral("审核员 2")),
                            makeRole(6, QStringLiteral("six")) });
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(model.removeRole(3));
        QVERIFY(!model.removeRole(3));
        model.sort(RoleTableModel::NameColumn, Qt::DescendingOrder);
        model.setEnglishTitles(true);
        model.setCatalog(PermissionCatalog::builtIn());
        model.setRoles({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.removeRole(1));
    }

    void roleModelHeadersAreTheEnglishSourceStrings()
    {
        RoleTableModel model;
        QStringList headers;
        for (int c = 0; c < model.columnCount(); ++c)
            headers.append(model.headerData(c, Qt::Horizontal).toString());
        QCOMPARE(headers, list({ "No.", "Role name", "Accounts", "Menu permissions", "Created by", "Created at",
                                 "Remark" }));
        QVERIFY(!model.headerData(RoleTableModel::ColumnCount, Qt::Horizontal).isValid());
    }

    void roleModelShowsCellsOfThePortal()
    {
        RoleTableModel model;
        model.setCatalog(smallCatalog());
        Role r = makeRole(7, QStringLiteral("审核员"), list({ "a.x" }), 4);
        r.createdAt = QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
        model.setRoles({ makeRole(3, QStringLiteral("first")), r });
        const int row = model.rowOf(7);
        QCOMPARE(row, 1);
        QCOMPARE(model.index(row, RoleTableModel::NumberColumn).data().toInt(), 2);
        QCOMPARE(model.index(row, RoleTableModel::NameColumn).data().toString(), QStringLiteral("审核员"));
        QCOMPARE(model.index(row, RoleTableModel::AccountsColumn).data().toInt(), 4);
        QCOMPARE(model.index(row, RoleTableModel::CreatedByColumn).data().toString(), QStringLiteral("主账号"));
        QCOMPARE(model.index(row, RoleTableModel::CreatedAtColumn).data().toString(),
                 r.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(model.index(row, RoleTableModel::RemarkColumn).data().toString(), QStringLiteral("备注 7"));
        QCOMPARE(model.index(row, 0).data(RoleTableModel::IdRole).toLongLong(), 7);
        QCOMPARE(model.index(row, RoleTableModel::CreatedAtColumn).data(RoleTableModel::SortRole).toLongLong(),
                 r.createdAt.toMSecsSinceEpoch());
        QCOMPARE(model.index(row, 0).data(RoleTableModel::PermissionsRole).toStringList(), list({ "a.x" }));
        QCOMPARE(model.roleAt(row)->name, QStringLiteral("审核员"));
        QVERIFY(!model.roleAt(-1));
        QVERIFY(!model.roleAt(2));
        QCOMPARE(model.rowOf(99), -1);
        QVERIFY(!model.index(5, 0).data().isValid());
    }

    void roleModelNamesWholeParentsAndSingleLeaves_data()
    {
        QTest::addColumn<QStringList>("permissions");
        QTest::addColumn<bool>("english");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing") << QStringList() << false << QString();
        QTest::newRow("one leaf") << list({ "a.x" }) << false << QStringLiteral("甲x");
        QTest::newRow("whole sub-parent") << list({ "a.y.one", "a.y.two" }) << false << QStringLiteral("甲y");
        QTest::newRow("whole top parent") << list({ "a.x", "a.y.one", "a.y.two" }) << false
                                          << QStringLiteral("甲");
        QTest::newRow("parent code given") << list({ "a" }) << true << QStringLiteral("A");
        QTest::newRow("mixed, tree order") << list({ "b", "a.y.two", "a.x" }) << true
                                           << QStringLiteral("A x, Two, B");
        QTest::newRow("unknown code kept as is") << list({ "b", "zz.unknown" }) << true
                                                 << QStringLiteral("B, zz.unknown");
    }

    void roleModelNamesWholeParentsAndSingleLeaves()
    {
        QFETCH(QStringList, permissions);
        QFETCH(bool, english);
        QFETCH(QString, expected);
        RoleTableModel model;
        model.setCatalog(smallCatalog());
        model.setEnglishTitles(english);
        model.setRoles({ makeRole(1, QStringLiteral("r"), permissions) });
        QCOMPARE(model.index(0, RoleTableModel::PermissionsColumn).data().toString(), expected);
    }

    void roleModelTitleLanguageChangeEmitsDataChanged()
    {
        RoleTableModel model;
        model.setCatalog(smallCatalog());
        model.setRoles({ makeRole(1, QStringLiteral("r"), list({ "b" })) });
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setEnglishTitles(true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, RoleTableModel::PermissionsColumn).data().toString(), QStringLiteral("B"));
        model.setEnglishTitles(true);
        QCOMPARE(changed.size(), 1);   // no change, no signal
    }

    void roleModelUpsertSignalsInsertOrChange()
    {
        RoleTableModel model;
        model.setRoles({ makeRole(1, QStringLiteral("one")) });
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.upsertRole(makeRole(2, QStringLiteral("two")));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(changed.size(), 0);
        model.upsertRole(makeRole(1, QStringLiteral("one, renamed")));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(model.index(0, RoleTableModel::NameColumn).data().toString(), QStringLiteral("one, renamed"));
        // A batch: two new ones in one insertion, duplicates collapse to the last value.
        model.upsertRoles({ makeRole(3, QStringLiteral("three")), makeRole(4, QStringLiteral("four")),
                            makeRole(3, QStringLiteral("three b")) });
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 2);
        QCOMPARE(inserted.at(1).at(2).toInt(), 3);
        QCOMPARE(model.index(model.rowOf(3), RoleTableModel::NameColumn).data().toString(),
                 QStringLiteral("three b"));
        QVERIFY(model.removeRole(1));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowOf(2), 0);
        QCOMPARE(model.rowOf(4), 2);
        QCOMPARE(model.index(0, RoleTableModel::NumberColumn).data().toInt(), 1);
    }

    void roleModelSortKeepsPersistentIndexes()
    {
        RoleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRoles({ makeRole(1, QStringLiteral("beta"), {}, 5), makeRole(2, QStringLiteral("Alpha"), {}, 1),
                         makeRole(3, QStringLiteral("gamma"), {}, 3) });
        const QPersistentModelIndex gamma = model.index(2, RoleTableModel::NameColumn);
        model.sort(RoleTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(columnValues(model, RoleTableModel::NameColumn), list({ "Alpha", "beta", "gamma" }));
        model.sort(RoleTableModel::AccountsColumn, Qt::DescendingOrder);
        QCOMPARE(columnValues(model, RoleTableModel::NameColumn), list({ "beta", "gamma", "Alpha" }));
        QVERIFY(gamma.isValid());
        QCOMPARE(gamma.data().toString(), QStringLiteral("gamma"));
        QCOMPARE(gamma.row(), 1);
        QCOMPARE(model.rowOf(2), 2);
        model.sort(99);   // bad column: nothing happens
        QCOMPARE(model.rowOf(2), 2);
    }

    // ----- AccountTableModel -----

    void accountModelPassesTesterThroughResetUpsertRemoveAndSort()
    {
        AccountTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccounts(sampleAccounts());
        model.setRoleNames({ { 10, QStringLiteral("审核员") }, { 11, QStringLiteral("Viewer") } });
        model.setRevealPhones(true);
        model.upsertAccount(makeAccount(6, QStringLiteral("13600000006"), QStringLiteral("new"),
                                        QStringLiteral("13600000006")));
        model.upsertAccount(makeAccount(3, QStringLiteral("13512345678"), QStringLiteral("Li Si 2"),
                                        QStringLiteral("13512345678"), { 10 }));
        QVERIFY(model.removeAccount(2));
        QVERIFY(!model.removeAccount(2));
        model.sort(AccountTableModel::NameColumn, Qt::DescendingOrder);
        model.removeAccounts({ 4, 5, 99, 4 });
        QCOMPARE(model.rowCount(), 3);
        model.upsertAccounts({ makeAccount(7, QStringLiteral("7"), QStringLiteral("seven"), QStringLiteral("1")),
                               makeAccount(1, QStringLiteral("unit-admin"), QStringLiteral("Renamed"),
                                           QStringLiteral("13900000001"), {}, Account::Kind::Unit) });
        QCOMPARE(model.rowCount(), 4);
        model.sort(AccountTableModel::RolesColumn);
        model.setAccounts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void accountModelHeadersAndStatusWords()
    {
        AccountTableModel model;
        QStringList headers;
        for (int c = 0; c < model.columnCount(); ++c)
            headers.append(model.headerData(c, Qt::Horizontal).toString());
        QCOMPARE(headers, list({ "No.", "Login", "Account name", "Phone", "Status", "Roles", "Created at", "Last login",
                                 "Medical institution" }));
        model.setAccounts(sampleAccounts());
        QCOMPARE(columnValues(model, AccountTableModel::StatusColumn),
                 list({ "Active", "Active", "Active", "Disabled", "Locked" }));
        QCOMPARE(model.index(4, 0).data(AccountTableModel::StatusRole).toInt(), int(Account::Status::Locked));
        QCOMPARE(model.index(0, 0).data(AccountTableModel::KindRole).toInt(), int(Account::Kind::Unit));
    }

    void accountModelMasksPhonesUnlessRevealed()
    {
        AccountTableModel model;
        model.setAccounts(sampleAccounts());
        const int row = model.rowOf(2);
        const QModelIndex phone = model.index(row, AccountTableModel::PhoneColumn);
        QCOMPARE(phone.data().toString(), QStringLiteral("188****3711"));
        QCOMPARE(phone.data(AccountTableModel::PhoneRole).toString(), QStringLiteral("18812343711"));
        // The login is the same phone number: masked with it, searchable as it is.
        const QModelIndex login = model.index(row, AccountTableModel::LoginColumn);
        QCOMPARE(login.data().toString(), QStringLiteral("188****3711"));
        QCOMPARE(login.data(AccountTableModel::LoginRole).toString(), QStringLiteral("18812343711"));
        QCOMPARE(model.index(model.rowOf(1), AccountTableModel::LoginColumn).data().toString(),
                 QStringLiteral("unit-admin"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRevealPhones(true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(AccountTableModel::LoginColumn));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), int(AccountTableModel::PhoneColumn));
        QCOMPARE(phone.data().toString(), QStringLiteral("18812343711"));
        QCOMPARE(login.data().toString(), QStringLiteral("18812343711"));
        model.setRevealPhones(false);
        QCOMPARE(phone.data().toString(), QStringLiteral("188****3711"));
        QCOMPARE(login.data().toString(), QStringLiteral("188****3711"));
        // A login that is a mobile number other than the account's phone is masked too.
        Account other = makeAccount(9, QStringLiteral("13600000009"), QStringLiteral("周九"), QStringLiteral("13900000009"));
        QVERIFY(AccountTableModel::loginIsPhone(other));
        other.login = QStringLiteral("zhou9");
        QVERIFY(!AccountTableModel::loginIsPhone(other));
        other.login = QStringLiteral("1360000000x");
        QVERIFY(!AccountTableModel::loginIsPhone(other));
        // Odd lengths never show more than the last four digits.
        QCOMPARE(AccountTableModel::maskPhone(QStringLiteral("12345678")), QStringLiteral("****5678"));
        QCOMPARE(AccountTableModel::maskPhone(QStringLiteral("123")), QStringLiteral("***"));
        QCOMPARE(AccountTableModel::maskPhone(QString()), QString());
    }

    void accountModelFlagsHandlersWithoutRole()
    {
        AccountTableModel model;
        model.setAccounts(sampleAccounts());
        model.setRoleNames({ { 10, QStringLiteral("审核员") } });
        const auto roles = [&](qint64 id) { return model.index(model.rowOf(id), AccountTableModel::RolesColumn); };
        // Handler 3 holds no role: flagged, coloured, explained.
        QVERIFY(roles(3).data(AccountTableModel::NoRoleRole).toBool());
        QVERIFY(model.index(model.rowOf(3), 0).data(AccountTableModel::NoRoleRole).toBool());
        QCOMPARE(roles(3).data().toString(), QStringLiteral("No role"));
        QVERIFY(roles(3).data(Qt::ForegroundRole).canConvert<QBrush>());
        QVERIFY(roles(3).data(Qt::ToolTipRole).toString().contains(QStringLiteral("no role")));
        // The main account holds no role but is never flagged.
        QVERIFY(!roles(1).data(AccountTableModel::NoRoleRole).toBool());
        QVERIFY(!roles(1).data(Qt::ForegroundRole).isValid());
        QCOMPARE(roles(1).data().toString(), QStringLiteral("Main account (all permissions)"));
        // Handlers with roles show their names; an unknown id shows as such.
        QVERIFY(!roles(2).data(AccountTableModel::NoRoleRole).toBool());
        QCOMPARE(roles(2).data().toString(), QStringLiteral("审核员"));
        QCOMPARE(roles(4).data().toString(), QStringLiteral("审核员, Role 11"));
        QCOMPARE(roles(4).data(AccountTableModel::RoleIdsRole).value<QList<qint64>>(), (QList<qint64>{ 10, 11 }));
        // Assigning a role clears the flag.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.upsertAccount(makeAccount(3, QStringLiteral("13512345678"), QStringLiteral("Li Si"),
                                        QStringLiteral("13512345678"), { 10 }));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!roles(3).data(AccountTableModel::NoRoleRole).toBool());
        QVERIFY(!roles(3).data(Qt::ForegroundRole).isValid());
    }

    void accountModelSortOrdersRowsAndRowOfFollows()
    {
        AccountTableModel model;
        model.setAccounts(sampleAccounts());
        const QPersistentModelIndex wang = model.index(model.rowOf(4), AccountTableModel::NameColumn);
        model.sort(AccountTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(columnValues(model, AccountTableModel::NameColumn),
                 list({ "Li Si", "WANG wu", "单位管理员", "张三", "赵六" }));
        QCOMPARE(wang.row(), 1);
        QCOMPARE(model.rowOf(4), 1);
        QCOMPARE(model.rowOf(3), 0);
        model.sort(AccountTableModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data(AccountTableModel::IdRole).toLongLong(), 5);   // locked first
        QCOMPARE(model.index(1, 0).data(AccountTableModel::IdRole).toLongLong(), 4);   // then disabled
        QCOMPARE(wang.data().toString(), QStringLiteral("WANG wu"));
        QCOMPARE(model.accountAt(model.rowOf(5))->name, QStringLiteral("赵六"));
        QVERIFY(!model.accountAt(5));
    }

    // ----- AccountFilterProxyModel -----

    void filterProxyPassesTesterWhileFilteringAndEditing()
    {
        AccountTableModel model;
        AccountFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccounts(sampleAccounts());
        proxy.setFilterText(QStringLiteral("1"));
        proxy.setFilterText(QStringLiteral("li"));
        QCOMPARE(proxy.rowCount(), 1);
        model.upsertAccount(makeAccount(8, QStringLiteral("13800000008"), QStringLiteral("Lily"),
                                        QStringLiteral("13800000008")));
        QCOMPARE(proxy.rowCount(), 2);
        model.upsertAccount(makeAccount(3, QStringLiteral("13512345678"), QStringLiteral("Zhou"),
                                        QStringLiteral("13512345678")));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.sort(AccountTableModel::LoginColumn, Qt::DescendingOrder);
        proxy.setStatusFilter(Account::Status::Active);
        proxy.setFilterText(QString());
        model.removeAccounts({ 2, 8 });
        proxy.setKindFilter(Account::Kind::Handler);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStatusFilter(std::nullopt);
        proxy.setKindFilter(std::nullopt);
        QCOMPARE(proxy.rowCount(), model.rowCount());
        model.setAccounts({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void filterProxyMatchesLoginNameOrPhoneCaseInsensitively_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("empty: all") << QString() << QList<qint64>{ 1, 2, 3, 4, 5 };
        QTest::newRow("blank: all") << QStringLiteral("   ") << QList<qint64>{ 1, 2, 3, 4, 5 };
        QTest::newRow("login prefix") << QStringLiteral("unit") << QList<qint64>{ 1 };
        QTest::newRow("name, other case") << QStringLiteral("wang WU") << QList<qint64>{ 4 };
        QTest::newRow("name, upper typed") << QStringLiteral("LI S") << QList<qint64>{ 3 };
        QTest::newRow("chinese name") << QStringLiteral("张") << QList<qint64>{ 2 };
        QTest::newRow("phone tail") << QStringLiteral("3711") << QList<qint64>{ 2 };
        QTest::newRow("phone middle, trimmed") << QStringLiteral(" 0000 ") << QList<qint64>{ 1, 4, 5 };
        QTest::newRow("nothing") << QStringLiteral("no such person") << QList<qint64>{};
        QTest::newRow("newline does not join fields") << QStringLiteral("admin\n单位") << QList<qint64>{};
    }

    void filterProxyMatchesLoginNameOrPhoneCaseInsensitively()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, ids);
        AccountTableModel model;
        model.setAccounts(sampleAccounts());
        AccountFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterText(text);
        QList<qint64> found;
        for (int row = 0; row < proxy.rowCount(); ++row)
            found.append(proxy.index(row, 0).data(AccountTableModel::IdRole).toLongLong());
        QCOMPARE(found, ids);
        QCOMPARE(proxy.filterText(), text);
    }

    void filterProxyFiltersStatusAndKind()
    {
        AccountTableModel model;
        model.setAccounts(sampleAccounts());
        AccountFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setStatusFilter(Account::Status::Disabled);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(AccountTableModel::IdRole).toLongLong(), 4);
        proxy.setStatusFilter(Account::Status::Active);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setKindFilter(Account::Kind::Handler);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterText(QStringLiteral("张三"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.statusFilter(), std::optional<Account::Status>(Account::Status::Active));
        QCOMPARE(proxy.kindFilter(), std::optional<Account::Kind>(Account::Kind::Handler));
    }

    void filterProxySortsThroughTheSourceAndKeepsSelection()
    {
        AccountTableModel model;
        model.setAccounts(sampleAccounts());
        AccountFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterText(QStringLiteral("0000"));
        const QPersistentModelIndex five = proxy.index(2, AccountTableModel::NameColumn);
        QCOMPARE(five.data().toString(), QStringLiteral("赵六"));
        proxy.sort(AccountTableModel::LoginColumn, Qt::DescendingOrder);
        QCOMPARE(columnValues(proxy, AccountTableModel::LoginColumn),
                 list({ "unit-admin", "177****0005", "150****0004" }));
        QCOMPARE(five.row(), 1);
        QCOMPARE(five.data().toString(), QStringLiteral("赵六"));
        // The source itself was reordered.
        QCOMPARE(model.index(0, AccountTableModel::LoginColumn).data().toString(), QStringLiteral("unit-admin"));
        // Widening the filter keeps the selected row.
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 5);
        QVERIFY(five.isValid());
        QCOMPARE(five.data().toString(), QStringLiteral("赵六"));
        // Narrowing it away invalidates the index instead of pointing elsewhere.
        proxy.setFilterText(QStringLiteral("unit"));
        QVERIFY(!five.isValid());
    }

    void filterProxyWorksOverAnotherSourceModel()
    {
        AccountTableModel model;
        model.setAccounts(sampleAccounts());
        QIdentityProxyModel identity;
        identity.setSourceModel(&model);
        AccountFilterProxyModel proxy;
        proxy.setSourceModel(&identity);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterText(QStringLiteral("WANG"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("3711"));   // the raw phone, though it shows masked
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(AccountTableModel::IdRole).toLongLong(), 2);
        proxy.setFilterText(QString());
        proxy.setStatusFilter(Account::Status::Locked);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStatusFilter(std::nullopt);
        proxy.sort(AccountTableModel::LoginColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, AccountTableModel::LoginColumn).data(AccountTableModel::LoginRole).toString(),
                 QStringLiteral("13512345678"));
        QCOMPARE(proxy.index(0, AccountTableModel::LoginColumn).data().toString(), QStringLiteral("135****5678"));
        // The source keeps its order: the proxy sorted on its own.
        QCOMPARE(model.index(0, AccountTableModel::LoginColumn).data().toString(), QStringLiteral("unit-admin"));
    }

    void filterProxyHandlesManyScatteredRows()
    {
        // Correctness at a size where row-by-row removal would be visibly slow.
        QList<Account> many;
        for (int i = 1; i <= 20000; ++i)
            many.append(makeAccount(i, QStringLiteral("user%1").arg(i), QStringLiteral("Name %1").arg(i % 97),
                                    QStringLiteral("1380000%1").arg(i, 4, 10, QLatin1Char('0'))));
        AccountTableModel model;
        model.setAccounts(many);
        AccountFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterText(QStringLiteral("name 4"));   // 4, 40..49: every 97th row of 11 residues
        int expected = 0;
        for (int i = 1; i <= 20000; ++i) {
            const int r = i % 97;
            if (r == 4 || (r >= 40 && r <= 49))
                ++expected;
        }
        QCOMPARE(proxy.rowCount(), expected);
        proxy.setFilterText(QStringLiteral("USER1999"));
        QCOMPARE(proxy.rowCount(), 11);   // user1999, user19990..19999
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 20000);
    }

    // ----- PermissionTreeModel -----

    void permissionTreePassesTesterThroughChecksAndResets()
    {
        PermissionTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(smallCatalog());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.indexOf(QStringLiteral("a"))), 2);
        QCOMPARE(model.rowCount(model.indexOf(QStringLiteral("a.y"))), 2);
        QVERIFY(model.setChecked(QStringLiteral("a.y.one"), true));
        QVERIFY(model.setData(model.indexOf(QStringLiteral("a")), Qt::Checked, Qt::CheckStateRole));
        model.setEnabledCodes(list({ "a.y" }));
        model.setCheckedLeaves(list({ "b" }));
        model.setEnglishTitles(true);
        model.clearEnabledCodes();
        model.setCatalog(PermissionCatalog::builtIn());
        QVERIFY(model.setChecked(QStringLiteral("basic"), true));
        model.setCatalog(PermissionCatalog());
        QCOMPARE(model.rowCount(), 0);
    }

    void permissionTreeParentsAreTriState()
    {
        PermissionTreeModel model;
        model.setCatalog(smallCatalog());
        QCOMPARE(model.checkState(QStringLiteral("a")), Qt::Unchecked);
        QVERIFY(model.setChecked(QStringLiteral("a.y.one"), true));
        QCOMPARE(model.checkState(QStringLiteral("a.y.one")), Qt::Checked);
        QCOMPARE(model.checkState(QStringLiteral("a.y")), Qt::PartiallyChecked);
        QCOMPARE(model.checkState(QStringLiteral("a")), Qt::PartiallyChecked);
        QCOMPARE(model.indexOf(QStringLiteral("a")).data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
        QVERIFY(model.setChecked(QStringLiteral("a.y.two"), true));
        QCOMPARE(model.checkState(QStringLiteral("a.y")), Qt::Checked);
        QCOMPARE(model.checkState(QStringLiteral("a")), Qt::PartiallyChecked);
        QVERIFY(model.setChecked(QStringLiteral("a.x"), true));
        QCOMPARE(model.checkState(QStringLiteral("a")), Qt::Checked);
        QCOMPARE(model.checkState(QStringLiteral("b")), Qt::Unchecked);
        QCOMPARE(model.checkedLeaves(), list({ "a.x", "a.y.one", "a.y.two" }));
    }

    void permissionTreeParentChecksAllLeaves()
    {
        PermissionTreeModel model;
        model.setCatalog(smallCatalog());
        QSignalSpy leaves(&model, &PermissionTreeModel::checkedLeavesChanged);
        QVERIFY(model.setData(model.indexOf(QStringLiteral("a")), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedLeaves(), list({ "a.x", "a.y.one", "a.y.two" }));
        QCOMPARE(leaves.size(), 1);
        QVERIFY(model.setData(model.indexOf(QStringLiteral("a.y")), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.checkedLeaves(), list({ "a.x" }));
        QCOMPARE(model.checkState(QStringLiteral("a")), Qt::PartiallyChecked);
        // A partial parent clicked (the view asks for Checked) checks the rest.
        QVERIFY(model.setData(model.indexOf(QStringLiteral("a")), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkState(QStringLiteral("a")), Qt::Checked);
        QVERIFY(!model.setData(model.indexOf(QStringLiteral("a")), Qt::Checked, Qt::DisplayRole));
        QVERIFY(!model.setChecked(QStringLiteral("no.such.code"), true));
    }

    void permissionTreeSignalsAncestorsOfAChangedLeaf()
    {
        PermissionTreeModel model;
        model.setCatalog(smallCatalog());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setChecked(QStringLiteral("a.y.two"), true));
        QVERIFY(spyHasIndex(changed, model.indexOf(QStringLiteral("a.y.two"))));
        QVERIFY(spyHasIndex(changed, model.indexOf(QStringLiteral("a.y"))));
        QVERIFY(spyHasIndex(changed, model.indexOf(QStringLiteral("a"))));
        QVERIFY(!spyHasIndex(changed, model.indexOf(QStringLiteral("b"))));
        for (const QList<QVariant> &args : std::as_const(changed))
            QVERIFY(args.at(2).value<QList<int>>().contains(Qt::CheckStateRole));
        changed.clear();
        // Checking a parent signals its whole subtree.
        QVERIFY(model.setChecked(QStringLiteral("a"), true));
        QVERIFY(spyHasIndex(changed, model.indexOf(QStringLiteral("a.x"))));
        QVERIFY(spyHasIndex(changed, model.indexOf(QStringLiteral("a.y.one"))));
        changed.clear();
        // Nothing changes, nothing is signalled.
        QVERIFY(model.setChecked(QStringLiteral("a"), true));
        QCOMPARE(changed.size(), 0);
    }

    void permissionTreeDisabledCodesAreShownButNotCheckable()
    {
        PermissionTreeModel model;
        model.setCatalog(smallCatalog());
        model.setCheckedLeaves(list({ "b" }));
        model.setEnabledCodes(list({ "a.y" }));   // the handler holds a.y.one and a.y.two only
        const QModelIndex x = model.indexOf(QStringLiteral("a.x"));
        const QModelIndex b = model.indexOf(QStringLiteral("b"));
        QVERIFY(!(model.flags(x) & Qt::ItemIsEnabled));
        QVERIFY(!(model.flags(x) & Qt::ItemIsUserCheckable));
        QVERIFY(model.flags(x) & Qt::ItemIsSelectable);
        QVERIFY(x.data(Qt::CheckStateRole).isValid());   // still shows its box
        QVERIFY(model.flags(model.indexOf(QStringLiteral("a"))) & Qt::ItemIsEnabled);
        QVERIFY(model.flags(model.indexOf(QStringLiteral("a.y.one"))) & Qt::ItemIsUserCheckable);
        QVERIFY(!model.isEnabled(QStringLiteral("a.x")));
        QVERIFY(model.isEnabled(QStringLiteral("a")));
        QVERIFY(!model.isEnabled(QStringLiteral("nope")));
        QVERIFY(!x.data(Qt::ToolTipRole).toString().isEmpty());

        QVERIFY(!model.setChecked(QStringLiteral("a.x"), true));
        QVERIFY(!model.setData(x, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!model.setData(b, Qt::Unchecked, Qt::CheckStateRole));   // held by the role, not by the handler
        QCOMPARE(model.checkedLeaves(), list({ "b" }));
        // Checking the parent checks only what the handler holds...
        QVERIFY(model.setData(model.indexOf(QStringLiteral("a")), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedLeaves(), list({ "a.y.one", "a.y.two", "b" }));
        QCOMPARE(model.checkState(QStringLiteral("a")), Qt::PartiallyChecked);
        // ...and a second click on the still-partial parent unchecks them again.
        QVERIFY(model.setData(model.indexOf(QStringLiteral("a")), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedLeaves(), list({ "b" }));
        model.clearEnabledCodes();
        QVERIFY(model.setChecked(QStringLiteral("a.x"), true));
        QCOMPARE(model.checkedLeaves(), list({ "a.x", "b" }));
    }

    void permissionTreeTitlesFollowTheLanguageSetting()
    {
        PermissionTreeModel model;
        model.setCatalog(smallCatalog());
        QCOMPARE(model.indexOf(QStringLiteral("a.y.one")).data().toString(), QStringLiteral("一"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setEnglishTitles(true);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(model.indexOf(QStringLiteral("a.y.one")).data().toString(), QStringLiteral("One"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("B"));
        QCOMPARE(model.index(1, 0).data(PermissionTreeModel::CodeRole).toString(), QStringLiteral("b"));
        QVERIFY(model.index(1, 0).data(PermissionTreeModel::IsLeafRole).toBool());
        QVERIFY(!model.index(0, 0).data(PermissionTreeModel::IsLeafRole).toBool());
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Menu permissions"));
    }

    void permissionTreeKeepsUnknownCodesAndSurvivesCatalogChange()
    {
        PermissionTreeModel model;
        model.setCatalog(smallCatalog());
        model.setCheckedLeaves(list({ "a.y", "future.code" }));
        QCOMPARE(model.checkedLeaves(), list({ "a.y.one", "a.y.two", "future.code" }));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setCatalog(smallCatalog());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.checkedLeaves(), list({ "a.y.one", "a.y.two", "future.code" }));
        QVERIFY(!model.indexOf(QStringLiteral("future.code")).isValid());
        QCOMPARE(model.checkState(QStringLiteral("future.code")), Qt::Unchecked);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
