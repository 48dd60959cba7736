// 接口管理 against a real zhaocai-server: the page in the navigation only for
// those holding basic.interfaces; 新增接口令牌 with its checks, the secret shown
// once (copied, or asked about before it is lost) and working against the
// server; the server's refusals next to their field; 删除 asked first, naming
// the token, after which the token no longer works; a script's change named in
// the audit log; offline, nothing offered.

#include "SignInFixture.h"

#include "ui/audit/AuditEventTableModel.h"
#include "ui/audit/AuditLogPage.h"
#include "ui/interfaces/ApiTokenDialog.h"
#include "ui/interfaces/ApiTokensPage.h"
#include "ui/interfaces/ApiTokenTableModel.h"
#include "ui/widgets/MessageBox.h"
#include "ui/workspace/MainWindow.h"

#include "models/PermissionTreeModel.h"
#include "sync/ApiClient.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace zc;
using namespace zc::test;

class TestApiTokensPage : public SignInFixture
{
    Q_OBJECT

private Q_SLOTS:
    void onlyThoseHoldingInterfacesSeeThePage();
    void addedTokenIsShownOnceAndWorks();
    void closingBeforeCopyingAsksFirst();
    void formChecksAndServerRefusalsShowNextToTheirField();
    void deleteAsksFirstAndTheTokenStopsWorking();
    void scriptChangesAreNamedInTheAuditLog();
    void offlineNothingIsOffered();

private:
    ui::ApiTokensPage *openPage();
    // A token made over the API with the window's session: {id, secret}.
    QPair<qint64, QString> tokenOnServer(const QString &name, const QStringList &permissions);
    ui::ApiTokenDialog *fillDialog(const QString &name, const QStringList &permissions);
};

ui::ApiTokensPage *TestApiTokensPage::openPage()
{
    if (!window()->showPage(QStringLiteral("interfaces")))
        return nullptr;
    ui::ApiTokensPage *page = window()->apiTokensPage();
    if (!QTest::qWaitFor([page] { return !page->isBusy(); }, 15000))
        return nullptr;
    return page;
}

QPair<qint64, QString> TestApiTokensPage::tokenOnServer(const QString &name, const QStringList &permissions)
{
    const QString session = m_client->token();   // the signed-in window's own session
    const TestServer::Reply r = m_server->request(
        "POST", QStringLiteral("/api-tokens"),
        QJsonObject{{QStringLiteral("name"), name},
                    {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)},
                    {QStringLiteral("expires_in_days"), 30}},
        session);
    if (r.status != 201)
        return {};
    return {r.object().value(QStringLiteral("id")).toInteger(), r.object().value(QStringLiteral("token")).toString()};
}

ui::ApiTokenDialog *TestApiTokensPage::fillDialog(const QString &name, const QStringList &permissions)
{
    ui::ApiTokenDialog *dialog = window()->apiTokensPage()->addToken();
    if (!dialog)
        return nullptr;
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    typeText(nameEdit, name);
    dialog->permissionModel()->setCheckedLeaves(permissions);
    return dialog;
}

void TestApiTokensPage::onlyThoseHoldingInterfacesSeeThePage()
{
    signIn(demo::PlainHandler);   // 账号角色管理 and 账号管理, not 接口管理
    QVERIFY(!window()->pageKeys().contains(QStringLiteral("interfaces")));
    QVERIFY(!window()->showPage(QStringLiteral("interfaces")));
    tearDownTest();
    setUpTest();
    signIn(demo::HospitalMain);
    QVERIFY(window()->pageKeys().contains(QStringLiteral("interfaces")));
    ui::ApiTokensPage *page = openPage();
    QVERIFY(page);
    QCOMPARE(page->total(), 0);
    QVERIFY2(page->messageText().contains(QStringLiteral("暂无接口令牌")), qPrintable(page->messageText()));
}

void TestApiTokensPage::addedTokenIsShownOnceAndWorks()
{
    signIn(demo::HospitalMain);
    ui::ApiTokensPage *page = openPage();
    QVERIFY(page);
    QPointer<ui::ApiTokenDialog> dialog = fillDialog(QStringLiteral("医院信息系统对接"), {QStringLiteral("basic.roles")});
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isShowingSecret(), 15000);
    const QString secret = dialog->created()->secret;
    QVERIFY2(secret.startsWith(QLatin1String("zcat_")) && secret.size() >= 48, qPrintable(secret));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text(), secret);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("secretWarning"))->text().contains(QStringLiteral("只显示这一次")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), secret);
    QVERIFY(dialog->secretCopied());
    QTest::mouseClick(ok, Qt::LeftButton);   // 关闭: copied, so nothing is asked
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(page->total(), 1, 15000);
    QVERIFY2(page->messageText().contains(QStringLiteral("医院信息系统对接")), qPrintable(page->messageText()));

    // The row: its menus by title, never used, valid; no secret anywhere in the list.
    ui::ApiTokenTableModel *model = page->model();
    QCOMPARE(model->index(0, ui::ApiTokenTableModel::NameColumn).data().toString(), QStringLiteral("医院信息系统对接"));
    QCOMPARE(model->index(0, ui::ApiTokenTableModel::PermissionsColumn).data().toString(), QStringLiteral("账号角色管理"));
    QCOMPARE(model->index(0, ui::ApiTokenTableModel::LastUsedColumn).data().toString(), QStringLiteral("从未使用"));
    QCOMPARE(model->index(0, ui::ApiTokenTableModel::StateColumn).data().toString(), QStringLiteral("有效"));

    // The secret works against the server, for what it was given only.
    QCOMPARE(m_server->request("GET", QStringLiteral("/roles"), {}, secret).status, 200);
    QCOMPARE(m_server->request("GET", QStringLiteral("/handlers"), {}, secret).status, 403);
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 15000);
    QVERIFY(model->index(0, ui::ApiTokenTableModel::LastUsedColumn).data().toString() != QStringLiteral("从未使用"));
}

void TestApiTokensPage::closingBeforeCopyingAsksFirst()
{
    signIn(demo::HospitalMain);
    QVERIFY(openPage());
    QPointer<ui::ApiTokenDialog> dialog = fillDialog(QStringLiteral("夜间对账脚本"), {QStringLiteral("basic.accounts")});
    QVERIFY(dialog);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isShowingSecret(), 15000);
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    dialog->reject();   // Esc / the window's close button
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("无法再次")), qPrintable(ui::MessageBox::lastText()));
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog->accept();
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
}

void TestApiTokensPage::formChecksAndServerRefusalsShowNextToTheirField()
{
    signIn(demo::HospitalMain);
    ui::ApiTokensPage *page = openPage();
    QVERIFY(page);
    const int before = page->total();   // one server for the whole suite: earlier tests' tokens stay
    QVERIFY(tokenOnServer(QStringLiteral("药品对接"), {QStringLiteral("basic.roles")}).first > 0);
    page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(page->total(), before + 1, 15000);

    QPointer<ui::ApiTokenDialog> dialog = fillDialog(QString(31, QChar(u'名')), {QStringLiteral("basic.roles")});
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(dialog->fieldErrorText(QStringLiteral("name")).contains(QStringLiteral("30")));
    QVERIFY(!ok->isEnabled());
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    nameEdit->clear();
    typeText(nameEdit, QStringLiteral("药品对接"));
    dialog->permissionModel()->setCheckedLeaves({});
    QVERIFY(!ok->isEnabled());   // no menu ticked
    dialog->permissionModel()->setCheckedLeaves({QStringLiteral("basic.roles")});
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldErrorText(QStringLiteral("name")).isEmpty(), 15000);
    QVERIFY(!dialog->isShowingSecret());
    // Nothing typed was lost; another name goes through.
    QCOMPARE(dialog->input().permissions, QStringList{QStringLiteral("basic.roles")});
    nameEdit->clear();
    typeText(nameEdit, QStringLiteral("药品对接二"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isShowingSecret(), 15000);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(page->total(), before + 2, 15000);
}

void TestApiTokensPage::deleteAsksFirstAndTheTokenStopsWorking()
{
    signIn(demo::HospitalMain);
    ui::ApiTokensPage *page = openPage();
    QVERIFY(page);
    const int before = page->total();
    const auto [id, secret] = tokenOnServer(QStringLiteral("供应链平台"), {QStringLiteral("basic.roles")});
    QVERIFY(id > 0);
    page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(page->total(), before + 1, 15000);
    page->selectToken(id);
    auto *remove = page->findChild<QPushButton *>(QStringLiteral("deleteButton"));
    QVERIFY(remove->isEnabled());

    ui::MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("“供应链平台”")), qPrintable(ui::MessageBox::lastText()));
    QCOMPARE(m_server->request("GET", QStringLiteral("/roles"), {}, secret).status, 200);

    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->messageText().contains(QStringLiteral("已删除")), 15000);
    QCOMPARE(m_server->request("GET", QStringLiteral("/roles"), {}, secret).status, 401);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 15000);
    // Kept in the list as deleted (the server keeps the history), and no longer deletable.
    const auto token = page->model()->token(id);
    QVERIFY(!token || token->revoked);
    if (token) {
        page->selectToken(id);
        QVERIFY(!remove->isEnabled());
    }
}

void TestApiTokensPage::scriptChangesAreNamedInTheAuditLog()
{
    signIn(demo::HospitalMain);
    QVERIFY(openPage());
    const auto [id, secret] = tokenOnServer(QStringLiteral("夜间同步"), {QStringLiteral("basic.roles")});
    QVERIFY(id > 0);
    const TestServer::Reply made = m_server->request(
        "POST", QStringLiteral("/roles"),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("脚本建的角色")},
                    {QStringLiteral("remark"), QString()},
                    {QStringLiteral("permissions"), QJsonArray{QStringLiteral("basic.roles")}}},
        secret);
    QCOMPARE(made.status, 201);
    QVERIFY(window()->showPage(QStringLiteral("audit")));
    ui::AuditLogPage *audit = window()->auditPage();
    audit->setActionFilter(QStringLiteral("role.create"));
    audit->search();
    QTRY_VERIFY_WITH_TIMEOUT(!audit->isBusy(), 15000);
    QVERIFY(audit->total() >= 1);
    QCOMPARE(audit->model()->index(0, ui::AuditEventTableModel::ActorColumn).data().toString(),
             QStringLiteral("接口令牌“夜间同步”"));
    // And the token's own creation, by the main account, names it as the target.
    audit->setActionFilter(QStringLiteral("api_token.create"));
    audit->search();
    QTRY_VERIFY_WITH_TIMEOUT(!audit->isBusy(), 15000);
    QVERIFY(audit->total() >= 1);
    QCOMPARE(audit->model()->index(0, ui::AuditEventTableModel::ActionColumn).data().toString(),
             QStringLiteral("添加接口令牌"));
    QVERIFY2(audit->model()->index(0, ui::AuditEventTableModel::TargetColumn).data().toString().startsWith(
                 QStringLiteral("接口令牌")),
             qPrintable(audit->model()->index(0, ui::AuditEventTableModel::TargetColumn).data().toString()));
}

void TestApiTokensPage::offlineNothingIsOffered()
{
    signIn(demo::HospitalMain);
    ui::ApiTokensPage *page = openPage();
    QVERIFY(page);
    const int before = page->total();
    QVERIFY(tokenOnServer(QStringLiteral("离线检查"), {QStringLiteral("basic.roles")}).first > 0);
    page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(page->total(), before + 1, 15000);
    page->setReadOnly(true, QStringLiteral("offline"));
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("addButton"))->isEnabled());
    page->selectToken(page->model()->tokens().first().id);
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("deleteButton"))->isEnabled());
    QVERIFY(!page->addToken());
    QVERIFY2(page->messageText().contains(QStringLiteral("离线")), qPrintable(page->messageText()));
    page->setReadOnly(false, QString());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->total() == before + 1, 15000);
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("addButton"))->isEnabled());
}

QTEST_MAIN(TestApiTokensPage)
#include "tst_apitokenspage.moc"
