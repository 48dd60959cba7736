// Screenshots for docs/screenshots, taken the way a person sees the client:
// Chinese, the login dialog with its captcha, the institution choice and the
// main window after login. With ZC_SCREENSHOTS_DIR set they are written there
// (docs/screenshots); otherwise to a temporary directory. Either way each
// image must be a real picture, not a blank.

#include "SignInFixture.h"

#include "ui/account/ChangePasswordDialog.h"
#include "ui/audit/AuditLogPage.h"
#include "ui/handlers/AddHandlerDialog.h"
#include "ui/handlers/HandlerRolesDialog.h"
#include "ui/handlers/HandlersPage.h"
#include "ui/handlers/OffboardingDialog.h"
#include "ui/login/InstitutionChoiceDialog.h"
#include "ui/login/LoginDialog.h"
#include "ui/login/TlsProblemDialog.h"
#include "ui/login/UnitChoiceDialog.h"
#include "ui/matrix/PermissionMatrixModel.h"
#include "ui/matrix/PermissionMatrixPage.h"
#include "ui/review/AccessReviewPage.h"
#include "ui/review/ReviewFindingModel.h"
#include "ui/roles/AssignAccountsDialog.h"
#include "ui/interfaces/ApiTokenDialog.h"
#include "ui/interfaces/ApiTokensPage.h"
#include "ui/roles/RoleCompareDialog.h"
#include "models/PermissionTreeModel.h"
#include "ui/roles/RoleEditorDialog.h"
#include "ui/roles/RolesPage.h"
#include "ui/roles/VersionConflictDialog.h"
#include "ui/SessionFlow.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/PagedTable.h"
#include "ui/widgets/PageProxyModel.h"
#include "ui/workspace/MainWindow.h"

#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"

#include "models/AccountTableModel.h"
#include "models/RoleTableModel.h"

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QIcon>
#include <QImage>
#include <QLineEdit>
#include <QSet>
#include <QScopeGuard>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace zc;
using namespace zc::test;

class TestScreenshots : public SignInFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void iconsRender();
    void loginDialog();
    void institutionChoice();
    void mainWindow();
    void unitChoice();
    void changePassword();
    void certificateProblem();
    void loginError();
    void workingScreens();
    void englishMainWindow();
    void offlineWindow();
    void offboardingAndRoleChange();

private:
    void save(QWidget *widget, const QString &name);

    QTemporaryDir m_outputTmp;
    QString m_output;
};

void TestScreenshots::initTestCase()
{
    QVERIFY(m_outputTmp.isValid());
    // Chinese, as the documentation shows; ZC_SCREENSHOTS_LANG=en for the English ones.
    setUpTestCase(qEnvironmentVariable("ZC_SCREENSHOTS_LANG", QStringLiteral("zh_CN")));
    if (QTest::currentTestFailed())
        return;
    // A CJK-capable UI font, as a Chinese desktop has (fonts-noto-cjk on Debian).
    const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    QVERIFY2(!families.isEmpty(), "no font with Simplified Chinese glyphs is installed (fonts-noto-cjk)");
    QString family = families.first();
    for (const QString &f : families) {
        if (f.contains(QLatin1String("Noto Sans CJK SC"))) {
            family = f;
            break;
        }
    }
    QFont font(family, 10);
    QApplication::setFont(font);

    m_output = qEnvironmentVariable("ZC_SCREENSHOTS_DIR");
    if (m_output.isEmpty())
        m_output = m_outputTmp.path();
    QVERIFY(QDir().mkpath(m_output));
}

void TestScreenshots::init()
{
    setUpTest();
    auto profile = profileFor(*m_server);
    profile.name = QStringLiteral("本机演示服务器");
    useProfiles({profile}, profile.id);
}

void TestScreenshots::save(QWidget *widget, const QString &name)
{
    QTest::qWait(200);   // let layouts and style polish settle
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY2(image.width() >= 300 && image.height() >= 200,
             qPrintable(QStringLiteral("%1 is only %2x%3").arg(name).arg(image.width()).arg(image.height())));
    // Not blank: a real window has many colours (text antialiasing, header, icons).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 50, qPrintable(QStringLiteral("%1 has only %2 colours").arg(name).arg(colours.size())));
    const QString path = QDir(m_output).filePath(name);
    QVERIFY2(image.save(path, "PNG"), qPrintable(path));
    QVERIFY(QFileInfo(path).size() > 5000);
    qInfo("wrote %s (%dx%d)", qPrintable(path), image.width(), image.height());
}

void TestScreenshots::iconsRender()
{
    // The SVG icons need Qt's svg plugins at run time; a missing plugin gives empty icons.
    for (const QString &name : {QStringLiteral("zhaocai-admin"), QStringLiteral("roles"), QStringLiteral("settings")}) {
        const QImage image = QIcon(QStringLiteral(":/zc/icons/%1.svg").arg(name)).pixmap(32, 32).toImage();
        QVERIFY2(!image.isNull(), qPrintable(name));
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        }
        QVERIFY2(opaque > 30, qPrintable(name));
    }
}

void TestScreenshots::loginDialog()
{
    startFlow();
    ui::LoginDialog *dialog = m_flow->loginDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->currentCaptchaId().isEmpty(), 15000);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit")), QStringLiteral("nmg_hosp"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), demo::Password);
    dialog->adjustSize();
    save(dialog, QStringLiteral("login.png"));
}

void TestScreenshots::institutionChoice()
{
    startFlow();
    typeLogin(m_flow->loginDialog(), *m_server, QStringLiteral("13904711001"), demo::Password);
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ui::InstitutionChoiceDialog *>(m_flow->gateDialog()), 15000);
    QDialog *dialog = m_flow->gateDialog();
    dialog->resize(760, 420);
    save(dialog, QStringLiteral("institution-choice.png"));
}

void TestScreenshots::mainWindow()
{
    startFlow();
    typeLogin(m_flow->loginDialog(), *m_server, QStringLiteral("nmg_hosp"), demo::Password);
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->mainWindow() && m_flow->mainWindow()->isVisible(), 15000);
    ui::MainWindow *window = m_flow->mainWindow();
    waitForSync(*window);
    window->resize(1280, 760);
    QVERIFY(window->showPage(QStringLiteral("roles")));
    save(window, QStringLiteral("main-window.png"));
    QVERIFY(window->showPage(QStringLiteral("settings")));
    save(window, QStringLiteral("settings.png"));
    QVERIFY(window->showPage(QStringLiteral("authentication")));
    save(window, QStringLiteral("role-authentication-page.png"));
    QVERIFY(window->showPage(QStringLiteral("account")));
    save(window, QStringLiteral("my-account.png"));
}

void TestScreenshots::englishMainWindow()
{
    QVERIFY(ui::Startup::installTranslations(QStringLiteral("en")));
    const auto chinese = qScopeGuard([] { ui::Startup::installTranslations(QStringLiteral("zh_CN")); });
    startFlow();
    typeLogin(m_flow->loginDialog(), *m_server, QStringLiteral("nmg_hosp"), demo::Password);
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->mainWindow() && m_flow->mainWindow()->isVisible(), 15000);
    ui::MainWindow *window = m_flow->mainWindow();
    waitForSync(*window);
    QVERIFY(window->welcomeText().startsWith(QStringLiteral("Hello")));
    window->resize(1280, 760);
    QVERIFY(window->showPage(QStringLiteral("roles")));
    save(window, QStringLiteral("main-window-en.png"));
    QVERIFY(window->showPage(QStringLiteral("account")));
    save(window, QStringLiteral("my-account-en.png"));
}

void TestScreenshots::unitChoice()
{
    startFlow();
    typeLogin(m_flow->loginDialog(), *m_server, QStringLiteral("18851003711"), demo::Password);
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ui::UnitChoiceDialog *>(m_flow->gateDialog()), 15000);
    save(m_flow->gateDialog(), QStringLiteral("unit-choice.png"));
}

void TestScreenshots::changePassword()
{
    startFlow();
    typeLogin(m_flow->loginDialog(), *m_server, QStringLiteral("13951002222"), demo::Password);
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ui::ChangePasswordDialog *>(m_flow->gateDialog()), 15000);
    QDialog *dialog = m_flow->gateDialog();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("oldEdit")), demo::Password);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newEdit")), QStringLiteral("abcdefgh"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("repeatEdit")), QStringLiteral("abcdefg"));
    save(dialog, QStringLiteral("change-password.png"));
}

void TestScreenshots::certificateProblem()
{
    auto profile = profileFor(*m_server, false);
    profile.name = QStringLiteral("江苏");
    useProfiles({profile}, profile.id);
    startFlow();
    ui::LoginDialog *dialog = m_flow->loginDialog();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->tlsProblemDialog() && dialog->tlsProblemDialog()->isVisible(), 15000);
    save(dialog->tlsProblemDialog(), QStringLiteral("certificate-problem.png"));
    save(dialog, QStringLiteral("login-certificate-error.png"));
}

void TestScreenshots::loginError()
{
    startFlow();
    typeLogin(m_flow->loginDialog(), *m_server, QStringLiteral("js_dist"), QStringLiteral("Wrong@2026"));
    ui::LoginDialog *dialog = m_flow->loginDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty() && !dialog->currentCaptchaId().isEmpty(), 15000);
    save(dialog, QStringLiteral("login-error.png"));
}

// The working screens (roles, handlers, audit log and their dialogs), on the demo unit 呼和浩特市第一医院.
void TestScreenshots::workingScreens()
{
    // 王芳 chose 东院区, so the handlers page names her institution.
    {
        const auto r = m_server->login(QStringLiteral("13904711001"), demo::Password);
        for (const QJsonValue &v : r.object().value(QLatin1String("institution_choice")).toObject()
                                       .value(QLatin1String("options")).toArray()) {
            if (v.toObject().value(QLatin1String("code")).toString() == QLatin1String("H15010200012"))
                m_server->request("POST", QStringLiteral("/sessions/current/institution"),
                                  {{QStringLiteral("institution_id"), v.toObject().value(QLatin1String("id"))}},
                                  r.object().value(QLatin1String("token")).toString());
        }
    }
    startFlow();
    typeLogin(m_flow->loginDialog(), *m_server, QStringLiteral("nmg_hosp"), demo::Password);
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->mainWindow() && m_flow->mainWindow()->isVisible(), 15000);
    ui::MainWindow *window = m_flow->mainWindow();
    waitForSync(*window);
    window->resize(1280, 760);
    const QString token = m_client->token();
    qint64 buyer = 0;
    for (const Role &r : window->models()->roles()->roles()) {
        if (r.name == QStringLiteral("药品采购员"))
            buyer = r.id;
    }
    QVERIFY(buyer > 0);

    // A handler without a role, so that the page shows its flag.
    const TestServer::NewCaptcha captcha = m_server->solvedCaptcha();
    const QString phone = QStringLiteral("13904718888");
    QCOMPARE(m_server->request("POST", QStringLiteral("/sms-codes"),
                               {{QStringLiteral("phone"), phone}, {QStringLiteral("purpose"), QStringLiteral("add_handler")},
                                {QStringLiteral("captcha_id"), captcha.id},
                                {QStringLiteral("captcha_answer"), captcha.answer}})
                 .status,
             202);
    QString code;
    for (const QJsonValue &v : m_server->smsMessages(phone)) {
        if (v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("sms_code") && code.isEmpty())
            code = v.toObject().value(QStringLiteral("code")).toString();
    }
    QCOMPARE(m_server->request("POST", QStringLiteral("/handlers"),
                               {{QStringLiteral("phone"), phone}, {QStringLiteral("name"), QStringLiteral("刘洋")},
                                {QStringLiteral("sms_code"), code}},
                               token)
                 .status,
             201);
    window->refreshData();
    QTest::qWait(300);
    waitForSync(*window);

    QVERIFY(window->showPage(QStringLiteral("roles")));
    window->rolesPage()->table()->selectId(buyer);
    save(window, QStringLiteral("roles.png"));

    QPointer<ui::RoleEditorDialog> editor = window->rolesPage()->editRole(buyer);
    QVERIFY(editor);
    save(editor, QStringLiteral("role-editor.png"));
    editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("药品采购主管"));
    // A second client changes the role: the stale save shows the comparison.
    const QString other = m_server->loginToken(QStringLiteral("nmg_hosp"), demo::Password);
    const auto current = m_server->request("GET", QStringLiteral("/roles/%1").arg(buyer), {}, other);
    QJsonObject body = current.object();
    QCOMPARE(m_server->request("PUT", QStringLiteral("/roles/%1").arg(buyer),
                               {{QStringLiteral("name"), body.value(QStringLiteral("name"))},
                                {QStringLiteral("remark"), QStringLiteral("药品挂网查询、采购订单与配送验收")},
                                {QStringLiteral("permissions"),
                                 QJsonArray{QStringLiteral("drug.purchase"), QStringLiteral("drug.listing")}}},
                               other, {{"If-Match", current.header("ETag")}})
                 .status,
             200);
    editor->accept();
    QTRY_VERIFY_WITH_TIMEOUT(editor->conflictDialog() && editor->conflictDialog()->isVisible(), 15000);
    editor->conflictDialog()->resize(820, 420);
    save(editor->conflictDialog(), QStringLiteral("version-conflict.png"));
    editor->conflictDialog()->reject();
    ui::MessageBox::setNextAnswer(QMessageBox::Discard);
    editor->reject();
    QTRY_VERIFY(!editor);

    QPointer<ui::AssignAccountsDialog> assign = window->rolesPage()->assignAccounts(buyer);
    QVERIFY(assign);
    assign->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
    assign->unassignedTable()->pageModel()->setPageChecked(true);
    save(assign, QStringLiteral("assign-accounts.png"));
    assign->reject();
    QTRY_VERIFY(!assign);

    QVERIFY(window->showPage(QStringLiteral("handlers")));
    save(window, QStringLiteral("handlers.png"));

    QPointer<ui::AddHandlerDialog> add = window->handlersPage()->addHandler();
    QVERIFY(add);
    QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("phoneEdit")), QStringLiteral("13904717777"));
    typeText(add->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("陈晨"));
    QTRY_VERIFY_WITH_TIMEOUT(!add->currentCaptchaId().isEmpty(), 15000);
    QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("captchaEdit")),
                     m_server->captchaAnswer(add->currentCaptchaId()));
    add->requestSmsCode();
    QTRY_VERIFY_WITH_TIMEOUT(!add->isBusy() && add->resendSecondsLeft() > 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!add->currentCaptchaId().isEmpty(), 15000);
    save(add, QStringLiteral("add-handler.png"));
    add->reject();
    QTRY_VERIFY(!add);

    qint64 liu = 0;
    for (const Account &a : window->models()->accounts()->accounts()) {
        if (a.phone == phone)
            liu = a.id;
    }
    QVERIFY(liu > 0);
    QVERIFY(window->handlersPage()->table()->trigger(QStringLiteral("roles"), liu));
    QPointer<ui::HandlerRolesDialog> roles = window->handlersPage()->rolesDialog();
    QVERIFY(roles);
    roles->setRoleChecked(buyer, true);
    save(roles, QStringLiteral("handler-roles.png"));
    roles->reject();
    QTRY_VERIFY(!roles);

    QVERIFY(window->showPage(QStringLiteral("audit")));
    QTRY_VERIFY_WITH_TIMEOUT(!window->auditPage()->isBusy() && window->auditPage()->total() > 0, 15000);
    save(window, QStringLiteral("audit-log.png"));

    // 权限矩阵, handlers × menus, on 王芳's 采购订单 (the line under the table names the granting role).
    QVERIFY(window->showPage(QStringLiteral("matrix")));
    ui::PermissionMatrixPage *matrix = window->matrixPage();
    QTRY_VERIFY_WITH_TIMEOUT(matrix->isReady() && matrix->model()->matrix(), 15000);
    matrix->setView(ui::PermissionMatrix::View::Handlers);
    qint64 wang = 0;
    for (const Account &a : window->models()->accounts()->accounts()) {
        if (a.login == QLatin1String("13904711001"))
            wang = a.id;
    }
    const int row = matrix->model()->rowOfId(wang);
    const int column = matrix->model()->columnOfCode(QStringLiteral("drug.purchase.orders"));
    QVERIFY(row >= 0 && column >= 0);
    matrix->tableView()->setCurrentIndex(matrix->model()->index(row, column));
    QVERIFY(matrix->detailText().contains(QStringLiteral("药品采购员")));
    save(window, QStringLiteral("permission-matrix.png"));

    // 角色对比: the buyer against 系统管理员, the differences marked.
    qint64 admin = 0;
    for (const Role &r : window->models()->roles()->roles()) {
        if (r.name == QStringLiteral("系统管理员"))
            admin = r.id;
    }
    QVERIFY(window->showPage(QStringLiteral("roles")));
    QPointer<ui::RoleCompareDialog> compare = window->rolesPage()->compareRoles(buyer);
    QVERIFY(compare);
    compare->setRoles(buyer, admin);
    save(compare, QStringLiteral("role-compare.png"));
    compare->close();

    // 接口管理: one token used by a script, then 添加接口令牌 showing its secret once.
    {
        const auto made = m_server->request(
            "POST", QStringLiteral("/api-tokens"),
            {{QStringLiteral("name"), QStringLiteral("医院信息系统对接")},
             {QStringLiteral("permissions"), QJsonArray{QStringLiteral("basic.roles"), QStringLiteral("drug.purchase")}},
             {QStringLiteral("expires_in_days"), 180}},
            token);
        QCOMPARE(made.status, 201);
        QCOMPARE(m_server->request("GET", QStringLiteral("/roles"), {}, made.object().value(QStringLiteral("token")).toString())
                     .status,
                 200);
    }
    QVERIFY(window->showPage(QStringLiteral("interfaces")));
    ui::ApiTokensPage *tokens = window->apiTokensPage();
    tokens->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!tokens->isBusy() && tokens->total() > 0, 15000);
    save(window, QStringLiteral("api-tokens.png"));
    QPointer<ui::ApiTokenDialog> tokenDialog = tokens->addToken();
    QVERIFY(tokenDialog);
    typeText(tokenDialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("夜间报表脚本"));
    tokenDialog->permissionModel()->setCheckedLeaves({QStringLiteral("basic.roles")});
    save(tokenDialog, QStringLiteral("api-token-add.png"));
    tokenDialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(tokenDialog->isShowingSecret(), 15000);
    save(tokenDialog, QStringLiteral("api-token-secret.png"));
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    tokenDialog->accept();

    // 权限审查: what deserves a look, counted by kind, each row with its action.
    QVERIFY(window->showPage(QStringLiteral("review")));
    ui::AccessReviewPage *review = window->reviewPage();
    review->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(review->tokensKnown() && !review->lastReviewText().isEmpty(), 15000);
    QVERIFY(review->model()->rowCount() > 0);
    save(window, QStringLiteral("access-review.png"));
}

// The client started while the server is down: the last cache, read-only, with the banner.
void TestScreenshots::offlineWindow()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    auto profile = profileFor(server);
    profile.id = QStringLiteral("offline-demo");
    profile.name = QStringLiteral("本机演示服务器");
    useProfiles({profile}, profile.id);
    startFlow();
    typeLogin(m_flow->loginDialog(), server, QStringLiteral("nmg_hosp"), demo::Password, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->mainWindow() && m_flow->mainWindow()->isVisible(), 15000);
    waitForSync(*m_flow->mainWindow());
    m_flow.reset();
    server.stop();

    newClient();
    m_client->setTransferTimeout(3000);
    newFlow();
    m_flow->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->mainWindow() && m_flow->mainWindow()->isVisible(), 20000);
    ui::MainWindow *window = m_flow->mainWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->models()->isLoaded(), 15000);
    QVERIFY(!window->offlineBannerText().isEmpty());
    window->resize(1280, 760);
    QVERIFY(window->showPage(QStringLiteral("roles")));
    save(window, QStringLiteral("offline.png"));
}

// 离职处理 of 王芳 (its plan naming her role, then the record), and 查看变更 of
// a role edited on the server (its before and after from the audit event).
void TestScreenshots::offboardingAndRoleChange()
{
    signIn(QStringLiteral("nmg_hosp"));
    ui::MainWindow *window = this->window();
    QVERIFY(window);
    window->resize(1280, 760);
    const QString token = m_client->token();

    // 药品采购员 gains 医用耗材 › 采购订单 and loses 药品 › 退货管理.
    const std::optional<Role> buyer = window->models()->role(roleIdByName(QStringLiteral("药品采购员")));
    QVERIFY(buyer);
    QStringList permissions = window->models()->catalog().expand(buyer->permissions);
    permissions.removeAll(QStringLiteral("drug.purchase.returns"));
    permissions.append(QStringLiteral("consumable.purchase.orders"));
    const auto current = m_server->request("GET", QStringLiteral("/roles/%1").arg(buyer->id), {}, token);
    const auto put = m_server->request("PUT", QStringLiteral("/roles/%1").arg(buyer->id),
                                       {{QStringLiteral("name"), buyer->name},
                                        {QStringLiteral("remark"), buyer->remark},
                                        {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}},
                                       token, {{"If-Match", current.header("ETag")}});
    QVERIFY2(put.status == 200, put.body.constData());
    QVERIFY(window->showPage(QStringLiteral("audit")));
    ui::AuditLogPage *audit = window->auditPage();
    audit->setActionFilter(QStringLiteral("role.update"));
    audit->search();
    QTRY_VERIFY_WITH_TIMEOUT(!audit->isBusy() && audit->total() > 0, 15000);
    QPointer<ui::RoleCompareDialog> change = audit->showChange(0);
    QVERIFY(change);
    QCOMPARE(change->onlyRight(), QStringList{QStringLiteral("consumable.purchase.orders")});
    QCOMPARE(change->onlyLeft(), QStringList{QStringLiteral("drug.purchase.returns")});
    save(change, QStringLiteral("role-change.png"));
    change->close();

    const qint64 wang = accountIdByLogin(QStringLiteral("13904711001"));
    QVERIFY(wang > 0);
    QVERIFY(window->showPage(QStringLiteral("handlers")));
    QPointer<ui::OffboardingDialog> offboarding = window->handlersPage()->offboard(wang);
    QVERIFY(offboarding);
    QVERIFY(offboarding->plan().contains(QStringLiteral("药品采购员")));
    save(offboarding, QStringLiteral("offboarding-plan.png"));
    offboarding->confirm();
    QTRY_VERIFY_WITH_TIMEOUT(offboarding->result().has_value(), 15000);
    save(offboarding, QStringLiteral("offboarding-done.png"));
    offboarding->reject();
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
