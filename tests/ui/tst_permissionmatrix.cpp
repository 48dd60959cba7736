// 权限矩阵 against a real zhaocai-server (the demo unit 呼和浩特市第一医院
// signed in as its main account): the roles view marks exactly each role's
// leaves, the handlers view unions a handler's roles and names the roles a
// right comes from, the main account holds every menu, the row and column
// filters, the CSV (formulas neutralised), the PDF report read back with
// pdftotext, print preview and print. The large case (1,000 handlers, 100
// roles, a catalog of 130 leaves) is built in the test and checked against a
// naive computation, and its report splits rows and menus over pages.

#include "SignInFixture.h"

#include "ui/matrix/MatrixHeaderView.h"
#include "ui/matrix/MatrixReport.h"
#include "ui/matrix/PermissionMatrix.h"
#include "ui/matrix/PermissionMatrixModel.h"
#include "ui/matrix/PermissionMatrixPage.h"

#include "models/PermissionCatalog.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTableView>

#include <memory>

using namespace zc;
using namespace zc::test;
using zc::ui::PermissionMatrix;

namespace {

const QString Tick = QString(QChar(0x2713));

int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

// A catalog of 5 menus × 2 sub-menus × 13 leaves: 130 leaves, three words a row.
PermissionCatalog wideCatalog()
{
    QJsonArray tops;
    for (int t = 0; t < 5; ++t) {
        QJsonArray subs;
        for (int s = 0; s < 2; ++s) {
            QJsonArray leaves;
            for (int l = 0; l < 13; ++l) {
                const QString code = QStringLiteral("m%1.s%2.l%3").arg(t).arg(s).arg(l);
                leaves.append(QJsonObject{{QStringLiteral("code"), code},
                                          {QStringLiteral("title_zh"), QStringLiteral("叶%1%2%3").arg(t).arg(s).arg(l)},
                                          {QStringLiteral("title_en"), code},
                                          {QStringLiteral("unit_kinds"), QJsonValue()},
                                          {QStringLiteral("children"), QJsonArray()}});
            }
            const QString code = QStringLiteral("m%1.s%2").arg(t).arg(s);
            subs.append(QJsonObject{{QStringLiteral("code"), code},
                                    {QStringLiteral("title_zh"), QStringLiteral("子菜单%1%2").arg(t).arg(s)},
                                    {QStringLiteral("title_en"), code},
                                    {QStringLiteral("unit_kinds"), QJsonValue()},
                                    {QStringLiteral("children"), leaves}});
        }
        const QString code = QStringLiteral("m%1").arg(t);
        tops.append(QJsonObject{{QStringLiteral("code"), code},
                                {QStringLiteral("title_zh"), QStringLiteral("菜单%1").arg(t)},
                                {QStringLiteral("title_en"), code},
                                {QStringLiteral("unit_kinds"), QJsonValue()},
                                {QStringLiteral("children"), subs}});
    }
    QString why;
    PermissionCatalog catalog = PermissionCatalog::fromJson(QJsonDocument(tops).toJson(), &why);
    if (catalog.isEmpty())
        qWarning("catalog: %s", qPrintable(why));
    return catalog;
}

// `roles` roles holding random menus and leaves of `catalog`, `handlers` handlers with 0–4 of them, one main account.
PermissionMatrix::Source largeSource(const PermissionCatalog &catalog, int roles, int handlers)
{
    QRandomGenerator random(20260101);
    QStringList codes = catalog.leaves();
    for (const Permission &top : catalog.tree()) {
        codes << top.code;
        for (const Permission &sub : top.children)
            codes << sub.code;
    }
    PermissionMatrix::Source source;
    source.catalog = catalog;
    for (int i = 0; i < roles; ++i) {
        Role r;
        r.id = 1000 + i;
        r.name = QStringLiteral("角色%1").arg(i, 3, 10, QLatin1Char('0'));
        const int n = random.bounded(1, 6);
        for (int k = 0; k < n; ++k)
            r.permissions << codes.at(random.bounded(static_cast<int>(codes.size())));
        r.permissions << QStringLiteral("no.such.code");   // unknown codes grant nothing
        source.roles << r;
    }
    Account main;
    main.id = 1;
    main.kind = Account::Kind::Unit;
    main.login = QStringLiteral("big_unit");
    main.name = QStringLiteral("大单位");
    source.accounts << main;
    for (int i = 0; i < handlers; ++i) {
        Account a;
        a.id = 10 + i;
        a.login = QStringLiteral("139%1").arg(10000000 + i);
        a.name = QStringLiteral("经办人%1").arg(i, 4, 10, QLatin1Char('0'));
        const int n = random.bounded(0, 5);
        for (int k = 0; k < n; ++k)
            a.roleIds << 1000 + random.bounded(roles);
        source.accounts << a;
    }
    return source;
}

} // namespace

class TestPermissionMatrix : public SignInFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void rolesViewMarksExactlyEachRolesLeaves();
    void handlersViewUnionsRolesAndNamesWhereARightComesFrom();
    void mainAccountHoldsEveryMenuOfItsKind();
    void rowAndColumnFilters();
    void csvExportNeutralisesFormulas();
    void pdfReportHasTheHeadingPageNumbersAndMatrix();
    void printPreviewAndPrintDialogs();
    void largeMatrixAgreesWithANaiveComputation();
    void largeReportSplitsRowsAndMenusOverPages();

private:
    ui::PermissionMatrixPage *openMatrix();
    // Waits until the page shows the cache as it is.
    void waitForMatrix(ui::PermissionMatrixPage *page);
};

void TestPermissionMatrix::init()
{
    setUpTest();
    const QByteArray test(QTest::currentTestFunction());
    if (test.startsWith("large"))
        return;
    newFlow();
    loginToMainWindow(*m_flow, *m_server, demo::HospitalMain, demo::Password);
}

ui::PermissionMatrixPage *TestPermissionMatrix::openMatrix()
{
    if (!window() || !window()->showPage(QStringLiteral("matrix")))
        return nullptr;
    ui::PermissionMatrixPage *page = window()->matrixPage();
    waitForMatrix(page);
    return page;
}

void TestPermissionMatrix::waitForMatrix(ui::PermissionMatrixPage *page)
{
    QTRY_VERIFY_WITH_TIMEOUT(page->isVisible() && page->isReady() && page->model()->matrix(), 15000);
}

void TestPermissionMatrix::rolesViewMarksExactlyEachRolesLeaves()
{
    ui::PermissionMatrixPage *page = openMatrix();
    QVERIFY(page);
    QCOMPARE(page->view(), PermissionMatrix::View::Roles);
    ui::PermissionMatrixModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The columns are the leaves of a medical institution's catalog, in tree order.
    const PermissionCatalog &catalog = PermissionCatalog::builtInFor(Unit::Kind::MedicalInstitution);
    QStringList columns;
    for (int c = 0; c < model->columnCount(); ++c)
        columns << model->headerData(c, Qt::Horizontal, ui::PermissionMatrixModel::CodeRole).toString();
    QCOMPARE(columns, catalog.leaves());
    QVERIFY(!columns.contains(QStringLiteral("drug.listing.apply")));   // a manufacturer's
    // The header in levels: the menus above each leaf.
    const int orders = model->columnOfCode(QStringLiteral("drug.purchase.orders"));
    QCOMPARE(page->columnHeader()->levelTexts(orders),
             (QStringList{QStringLiteral("药品集中采购"), QStringLiteral("药品采购"), QStringLiteral("采购订单")}));
    QCOMPARE(page->columnHeader()->levelTexts(model->columnOfCode(QStringLiteral("basic.roles"))),
             (QStringList{QStringLiteral("基础设置"), QStringLiteral("账号角色管理")}));
    QVERIFY(page->columnHeader()->sizeHint().height() > 3 * page->columnHeader()->fontMetrics().height());

    for (const auto &[name, codes] : {std::pair{QStringLiteral("药品采购员"),
                                                QStringList{QStringLiteral("drug.purchase"), QStringLiteral("drug.listing.query")}},
                                      std::pair{QStringLiteral("系统管理员"), QStringList{QStringLiteral("basic")}}}) {
        const int row = model->rowOfId(roleIdByName(name));
        QVERIFY2(row >= 0, qPrintable(name));
        QCOMPARE(model->headerData(row, Qt::Vertical).toString(), name);
        QStringList marked;
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex cell = model->index(row, c);
            const bool granted = cell.data(ui::PermissionMatrixModel::GrantedRole).toBool();
            QCOMPARE(cell.data().toString(), granted ? Tick : QString());
            if (granted)
                marked << columns.at(c);
        }
        QCOMPARE(marked, catalog.expand(codes));
    }
    const int buyer = model->rowOfId(roleIdByName(QStringLiteral("药品采购员")));
    QCOMPARE(model->index(buyer, orders).data(Qt::ToolTipRole).toString(),
             QStringLiteral("角色“药品采购员”拥有“药品集中采购 › 药品采购 › 采购订单”。"));
    QVERIFY(model->index(buyer, model->columnOfCode(QStringLiteral("basic.roles")))
                .data(Qt::ToolTipRole).toString().contains(QStringLiteral("没有“")));
}

void TestPermissionMatrix::handlersViewUnionsRolesAndNamesWhereARightComesFrom()
{
    // 王芳 holds 药品采购员; a second role overlapping it on 挂网查询 and adding 带量采购.
    const qint64 volume = createRoleOnServer(QStringLiteral("带量采购专员"),
                                     {QStringLiteral("drug.volume"), QStringLiteral("drug.listing.query")});
    QVERIFY(volume > 0);
    const qint64 wang = accountIdByLogin(demo::HospitalHandler);
    QVERIFY(wang > 0);
    QVERIFY(assignOnServer(volume, wang));
    syncNow(*window());
    ui::PermissionMatrixPage *page = openMatrix();
    QVERIFY(page);
    QTest::mouseClick(page->findChild<QRadioButton *>(QStringLiteral("handlersViewButton")), Qt::LeftButton,
                      {}, QPoint(5, 5));
    QCOMPARE(page->view(), PermissionMatrix::View::Handlers);
    ui::PermissionMatrixModel *model = page->model();
    QTRY_VERIFY(model->rowOfId(wang) >= 0 && model->index(model->rowOfId(wang), 0).isValid());
    const int row = model->rowOfId(wang);
    QCOMPARE(model->headerData(row, Qt::Vertical).toString(), QStringLiteral("王芳 · 139****1001"));
    QVERIFY(model->headerData(row, Qt::Vertical, Qt::ToolTipRole).toString().contains(QStringLiteral("带量采购专员")));

    const PermissionCatalog &catalog = PermissionCatalog::builtInFor(Unit::Kind::MedicalInstitution);
    const QStringList buyerLeaves = catalog.expand({QStringLiteral("drug.purchase"), QStringLiteral("drug.listing.query")});
    const QStringList volumeLeaves = catalog.expand({QStringLiteral("drug.volume"), QStringLiteral("drug.listing.query")});
    for (int c = 0; c < model->columnCount(); ++c) {
        const QString code = model->headerData(c, Qt::Horizontal, ui::PermissionMatrixModel::CodeRole).toString();
        QStringList expected;
        if (buyerLeaves.contains(code))
            expected << QStringLiteral("药品采购员");
        if (volumeLeaves.contains(code))
            expected << QStringLiteral("带量采购专员");
        const QModelIndex cell = model->index(row, c);
        QCOMPARE(cell.data(ui::PermissionMatrixModel::GrantedRole).toBool(), !expected.isEmpty());
        QStringList sources = cell.data(ui::PermissionMatrixModel::SourcesRole).toStringList();
        sources.sort();
        expected.sort();
        QCOMPARE(sources, expected);
    }
    // The tool tip names both roles where both grant it, and the detail line says the same for the current cell.
    const int query = model->columnOfCode(QStringLiteral("drug.listing.query"));
    const QString tip = model->index(row, query).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("药品采购员")) && tip.contains(QStringLiteral("带量采购专员"))
                 && tip.contains(QStringLiteral("药品集中采购 › 药品挂网 › 挂网查询")),
             qPrintable(tip));
    page->tableView()->setCurrentIndex(model->index(row, query));
    QCOMPARE(page->detailText(), tip);
    const int progress = model->columnOfCode(QStringLiteral("drug.volume.progress"));
    page->tableView()->setCurrentIndex(model->index(row, progress));
    QVERIFY2(page->detailText().contains(QStringLiteral("带量采购专员"))
                 && !page->detailText().contains(QStringLiteral("药品采购员")),
             qPrintable(page->detailText()));
    const int roles = model->columnOfCode(QStringLiteral("basic.roles"));
    QVERIFY(model->index(row, roles).data(Qt::ToolTipRole).toString().contains(QStringLiteral("没有“")));
}

void TestPermissionMatrix::mainAccountHoldsEveryMenuOfItsKind()
{
    ui::PermissionMatrixPage *page = openMatrix();
    QVERIFY(page);
    page->setView(PermissionMatrix::View::Handlers);
    ui::PermissionMatrixModel *model = page->model();
    QVERIFY(model->rowCount() >= 3);
    const qint64 main = window()->session().account->id;
    QCOMPARE(model->rowOfId(main), 0);   // first
    QVERIFY(model->index(0, 0).data(ui::PermissionMatrixModel::MainAccountRole).toBool());
    QVERIFY(model->headerData(0, Qt::Vertical).toString().contains(QStringLiteral("（单位主账号）")));
    QCOMPARE(model->columnCount(),
             static_cast<int>(PermissionCatalog::builtInFor(Unit::Kind::MedicalInstitution).leaves().size()));
    for (int c = 0; c < model->columnCount(); ++c)
        QVERIFY(model->index(0, c).data(ui::PermissionMatrixModel::GrantedRole).toBool());
    QVERIFY(model->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("单位主账号")));
    // Every other row is a handler.
    for (int r = 1; r < model->rowCount(); ++r)
        QVERIFY(!model->index(r, 0).data(ui::PermissionMatrixModel::MainAccountRole).toBool());
    QVERIFY(page->csv().contains(QStringLiteral("单位主账号")));
}

void TestPermissionMatrix::rowAndColumnFilters()
{
    ui::PermissionMatrixPage *page = openMatrix();
    QVERIFY(page);
    ui::PermissionMatrixModel *model = page->model();
    const int allRoles = model->rowCount();
    const int allColumns = model->columnCount();
    QVERIFY(allRoles >= 2);

    // Roles by name, as one types.
    typeText(page->findChild<QLineEdit *>(QStringLiteral("rowFilterEdit")), QStringLiteral("采购员"));
    QVERIFY(model->rowCount() >= 1);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(model->headerData(r, Qt::Vertical).toString().contains(QStringLiteral("采购员")));
    QVERIFY(model->rowOfId(roleIdByName(QStringLiteral("系统管理员"))) < 0);
    QVERIFY(page->summaryText().startsWith(QStringLiteral("%1 /").arg(model->rowCount())));
    page->setRowFilter(QString());
    QCOMPARE(model->rowCount(), allRoles);

    // Columns by menu: 基础设置's leaves only.
    page->setMenuFilter(QStringLiteral("basic"));
    QVERIFY(model->columnCount() > 0 && model->columnCount() < allColumns);
    for (int c = 0; c < model->columnCount(); ++c)
        QVERIFY(model->headerData(c, Qt::Horizontal, ui::PermissionMatrixModel::CodeRole).toString()
                    .startsWith(QStringLiteral("basic.")));
    // Only rows with a right among them: 系统管理员, not 药品采购员.
    page->setOnlyWithRights(true);
    QVERIFY(model->rowOfId(roleIdByName(QStringLiteral("系统管理员"))) >= 0);
    QVERIFY(model->rowOfId(roleIdByName(QStringLiteral("药品采购员"))) < 0);

    // Handlers: by name or login; with 基础设置 and only-with-rights, the main account and 张伟 (系统管理员), not 王芳.
    page->setView(PermissionMatrix::View::Handlers);
    QVERIFY(model->rowOfId(window()->session().account->id) >= 0);
    QVERIFY(model->rowOfId(accountIdByLogin(demo::BothChoicesHandler)) >= 0);
    QVERIFY(model->rowOfId(accountIdByLogin(demo::HospitalHandler)) < 0);
    page->setOnlyWithRights(false);
    page->setMenuFilter(QString());
    QCOMPARE(model->columnCount(), allColumns);
    // Typing keeps the current cell on its account and leaf.
    const qint64 wang = accountIdByLogin(demo::HospitalHandler);
    const int orders = model->columnOfCode(QStringLiteral("drug.purchase.orders"));
    page->tableView()->setCurrentIndex(model->index(model->rowOfId(wang), orders));
    typeText(page->findChild<QLineEdit *>(QStringLiteral("rowFilterEdit")), QStringLiteral("王"));
    QCOMPARE(page->tableView()->currentIndex().data(ui::PermissionMatrixModel::IdRole).toLongLong(), wang);
    QCOMPARE(page->tableView()->currentIndex().column(), orders);
    QVERIFY(page->detailText().contains(QStringLiteral("王芳")));
    page->setRowFilter(QStringLiteral("王芳"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(ui::PermissionMatrixModel::IdRole).toLongLong(),
             accountIdByLogin(demo::HospitalHandler));
    page->setRowFilter(QStringLiteral("1594711"));   // 张伟's login (his phone), typed in part
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(ui::PermissionMatrixModel::IdRole).toLongLong(),
             accountIdByLogin(demo::BothChoicesHandler));
    page->setRowFilter(QStringLiteral("nobody-is-called-this"));
    QCOMPARE(model->rowCount(), 0);
}

void TestPermissionMatrix::csvExportNeutralisesFormulas()
{
    const qint64 evil = createRoleOnServer(QStringLiteral("=HYPERLINK(\"x\")"), {QStringLiteral("basic.roles")});
    QVERIFY(evil > 0);
    QVERIFY(assignOnServer(evil, accountIdByLogin(demo::HospitalHandler)));
    syncNow(*window());
    ui::PermissionMatrixPage *page = openMatrix();
    QVERIFY(page);
    QTRY_VERIFY(page->isReady() && page->model()->rowOfId(evil) >= 0);
    page->setRowFilter(QStringLiteral("=HYPERLINK"));
    const QString header = QCoreApplication::translate("zc::ui::PermissionMatrixModel", "Role");
    const QString csv = page->csv();
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(header + QStringLiteral(",基础设置 › 医疗机构信息完善,基础设置 › 账号角色管理,")),
             qPrintable(lines.at(0)));
    // The name is text to a spreadsheet, never a formula; its one right is ticked.
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\",,") + Tick + u','), qPrintable(lines.at(1)));

    // The handlers view: the granting role's name in the cell is neutralised too.
    page->setView(PermissionMatrix::View::Handlers);
    page->setRowFilter(QStringLiteral("王芳"));
    const QString handlers = page->csv();
    QVERIFY2(handlers.contains(QStringLiteral(",\"'=HYPERLINK(\"\"x\"\")\",")), qPrintable(handlers));
    QVERIFY2(handlers.contains(QStringLiteral("139****1001")), qPrintable(handlers));   // as the table shows it
}

void TestPermissionMatrix::pdfReportHasTheHeadingPageNumbersAndMatrix()
{
    ui::PermissionMatrixPage *page = openMatrix();
    QVERIFY(page);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roles.pdf"));
    QPrinter a4(QPrinter::HighResolution);
    ui::MatrixReport::setUpPrinter(&a4, QString());
    QString why;
    QVERIFY2(page->exportPdf(path, &why), qPrintable(why));
    const QString text = pdfText(path);
    const Session &session = window()->session();
    for (const QString &expected :
         {QStringLiteral("权限矩阵 — 角色"), QStringLiteral("单位：呼和浩特市第一医院"),
          QStringLiteral("%1 (%2)").arg(session.account->name, session.account->login),
          QStringLiteral("第 1 页 / 共 "), QStringLiteral("药品采购员"), QStringLiteral("系统管理员"),
          QStringLiteral("药品集中采购"), QStringLiteral("基础设置"), QStringLiteral("账号角色管理"), Tick}) {
        QVERIFY2(text.contains(squeeze(expected)), qPrintable(expected + QStringLiteral(" not in:\n") + text));
    }
    QVERIFY(text.contains(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    QCOMPARE(pdfPages(path).size(), page->report().pageCount(&a4));
    const QImage png = pdfFirstPage(path, QStringLiteral("matrix-roles"));
    QVERIFY(!png.isNull());
    QVERIFY(png.width() > png.height());   // landscape
    QVERIFY(colourCount(png) > 20);

    // The handlers view prints its own title and the main account's row.
    page->setView(PermissionMatrix::View::Handlers);
    const QString handlersPath = dir.filePath(QStringLiteral("handlers.pdf"));
    QVERIFY(page->exportPdf(handlersPath));
    const QString handlers = pdfText(handlersPath);
    QVERIFY2(handlers.contains(squeeze(QStringLiteral("权限矩阵 — 经办人"))) && handlers.contains(QStringLiteral("王芳"))
                 && handlers.contains(QStringLiteral("139****1001")) && handlers.contains(squeeze(QStringLiteral("单位主账号："))),
             qPrintable(handlers));
    QVERIFY(!pdfFirstPage(handlersPath, QStringLiteral("matrix-handlers")).isNull());

    // A file that cannot be written is said so.
    QVERIFY(!page->exportPdf(dir.filePath(QStringLiteral("no/such/folder/x.pdf")), &why));
    QVERIFY(!why.isEmpty());
}

void TestPermissionMatrix::printPreviewAndPrintDialogs()
{
    ui::PermissionMatrixPage *page = openMatrix();
    QVERIFY(page);
    QPointer<QPrintPreviewDialog> preview = page->printPreview();
    QVERIFY(preview);
    QTRY_VERIFY(preview->isVisible());
    auto *widget = preview->findChild<QPrintPreviewWidget *>();
    QVERIFY(widget);
    QPrinter a4(QPrinter::HighResolution);
    ui::MatrixReport::setUpPrinter(&a4, QString());
    const int pages = page->report().pageCount(&a4);
    QVERIFY(pages >= 1);
    QTRY_COMPARE(widget->pageCount(), pages);
    QCOMPARE(widget->orientation(), QPageLayout::Landscape);
    preview->close();
    QTRY_VERIFY(!preview);

    QPointer<QPrintDialog> print = page->printReport();
    QVERIFY(print);
    QTRY_VERIFY(print->isVisible());
    QCOMPARE(print->maxPage(), pages);
    print->reject();
    QTRY_VERIFY(!print);
}

void TestPermissionMatrix::largeMatrixAgreesWithANaiveComputation()
{
    const PermissionCatalog catalog = wideCatalog();
    QCOMPARE(catalog.leaves().size(), 130);
    PermissionMatrix::Source source = largeSource(catalog, 100, 1000);
    QHash<qint64, QSet<QString>> leavesOf;
    QHash<qint64, QString> nameOf;
    for (const Role &r : std::as_const(source.roles)) {
        const QStringList leaves = catalog.expand(r.permissions);
        leavesOf.insert(r.id, QSet<QString>(leaves.begin(), leaves.end()));
        nameOf.insert(r.id, r.name);
    }
    source.view = PermissionMatrix::View::Handlers;
    auto matrix = std::make_shared<const PermissionMatrix>(PermissionMatrix::build(source));
    QCOMPARE(matrix->rowCount(), 1001);
    QCOMPARE(matrix->columnCount(), 130);
    QVERIFY(matrix->row(0).mainAccount);
    QHash<qint64, Account> accounts;
    for (const Account &a : std::as_const(source.accounts))
        accounts.insert(a.id, a);
    int granted = 0;
    for (int r = 0; r < matrix->rowCount(); ++r) {
        const Account &a = accounts.value(matrix->row(r).id);
        for (int c = 0; c < matrix->columnCount(); ++c) {
            const QString code = matrix->column(c).code;
            QStringList expected;
            for (const qint64 id : a.roleIds)
                if (leavesOf.value(id).contains(code) && !expected.contains(nameOf.value(id)))
                    expected << nameOf.value(id);
            const bool holds = a.kind == Account::Kind::Unit || !expected.isEmpty();
            QCOMPARE(matrix->granted(r, c), holds);
            QStringList sources = matrix->grantingRoles(r, c);
            sources.sort();
            expected.sort();
            if (a.kind != Account::Kind::Unit)
                QCOMPARE(sources, expected);
            granted += holds ? 1 : 0;
        }
    }
    QVERIFY(granted > 1000 && granted < 1001 * 130);

    // The model's filters over it: a menu in the third word, rows with a right there, a name.
    ui::PermissionMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMatrix(matrix);
    model.setFilter(QString(), QStringLiteral("m4.s1"), true);
    QCOMPARE(model.columnCount(), 13);
    int expectedRows = 0;
    for (int r = 0; r < matrix->rowCount(); ++r) {
        bool any = false;
        for (const int c : matrix->columnsUnder(QStringLiteral("m4.s1")))
            any = any || matrix->granted(r, c);
        expectedRows += any ? 1 : 0;
    }
    QCOMPARE(model.rowCount(), expectedRows);
    QVERIFY(expectedRows > 1 && expectedRows < 1001);
    model.setFilter(QStringLiteral("经办人0999"), QString(), false);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), 130);
    model.setFilter(QStringLiteral("1391000099"), QString(), false);   // logins 13910000990..13910000999
    QCOMPARE(model.rowCount(), 10);
}

void TestPermissionMatrix::largeReportSplitsRowsAndMenusOverPages()
{
    // The built-in catalog unpruned: 28 leaves under three menus, too many for one page across.
    PermissionMatrix::Source source = largeSource(PermissionCatalog::builtIn(), 100, 1000);
    source.view = PermissionMatrix::View::Handlers;
    ui::PermissionMatrixModel model;
    model.setMatrix(std::make_shared<const PermissionMatrix>(PermissionMatrix::build(source)));
    QCOMPARE(model.columnCount(), 28);
    ui::MatrixReport report(&model, {QStringLiteral("权限矩阵 — 经办人"), QStringLiteral("大单位"),
                                     QStringLiteral("大单位 (big_unit)"), QDateTime::currentDateTime()});
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    ui::MatrixReport::setUpPrinter(&printer, QStringLiteral("权限矩阵 — 经办人"));
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("large.pdf")));

    // Columns split along the menus: in order, and never inside a sub-menu (none is wider than a page).
    const QList<std::vector<int>> groups = report.columnGroups(&printer);
    QVERIFY(groups.size() >= 2);
    int columns = 0;
    for (const std::vector<int> &group : groups) {
        QVERIFY(!group.empty());
        QCOMPARE(group.front(), columns);
        for (size_t i = 1; i < group.size(); ++i)
            QCOMPARE(group[i], group[i - 1] + 1);
        columns += static_cast<int>(group.size());
        if (columns < model.columnCount()) {
            const auto menusOf = [&model](int c) {
                return model.headerData(c, Qt::Horizontal, ui::PermissionMatrixModel::MenusRole).toStringList();
            };
            QVERIFY2(menusOf(columns - 1) != menusOf(columns) || menusOf(columns).size() < 2,
                     qPrintable(menusOf(columns).join(u'/')));
        }
    }
    QCOMPARE(columns, 28);
    const int pages = report.pageCount(&printer);
    QVERIFY(pages >= 2 * groups.size());
    QCOMPARE(pages % groups.size(), 0);
    QVERIFY(report.print(&printer));

    const QStringList pageTexts = pdfPages(printer.outputFileName());
    QCOMPARE(pageTexts.size(), pages);
    const int rowPages = pages / static_cast<int>(groups.size());
    for (int n = 0; n < pages; ++n) {
        QVERIFY2(pageTexts.at(n).contains(squeeze(QStringLiteral("第 %1 页 / 共 %2 页").arg(n + 1).arg(pages))),
                 qPrintable(pageTexts.at(n)));
        QVERIFY(pageTexts.at(n).contains(squeeze(QStringLiteral("权限矩阵 — 经办人"))));
    }
    // The row labels repeat with each group of columns; the menus do not.
    QVERIFY(pageTexts.at(0).contains(squeeze(QStringLiteral("大单位（单位主账号）"))));
    QVERIFY(pageTexts.at(rowPages).contains(squeeze(QStringLiteral("大单位（单位主账号）"))));
    QVERIFY(pageTexts.at(0).contains(QStringLiteral("基础设置")));
    QVERIFY(!pageTexts.at(0).contains(QStringLiteral("医用耗材集中采购")));
    QVERIFY(pageTexts.last().contains(QStringLiteral("医用耗材集中采购")));
    QVERIFY(pageTexts.last().contains(squeeze(QStringLiteral("经办人0999"))));
    const QImage png = pdfFirstPage(printer.outputFileName(), QStringLiteral("matrix-large"));
    QVERIFY(!png.isNull() && colourCount(png) > 20);
}

QTEST_MAIN(TestPermissionMatrix)
#include "tst_permissionmatrix.moc"
