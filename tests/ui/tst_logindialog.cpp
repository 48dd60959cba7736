// Drives the login dialog, the gates and the main window with QTest against
// a real zhaocai-server (TLS on loopback, the demo seed, --dev for captcha
// answers) and the real keychain.

#include "SignInFixture.h"

#include "ui/account/ChangePasswordDialog.h"
#include "ui/account/RoleAuthenticationDialog.h"
#include "ui/account/MyAccountPage.h"
#include "ui/account/RoleAuthenticationPage.h"
#include "ui/ErrorText.h"
#include "ui/login/InstitutionChoiceDialog.h"
#include "models/RoleTableModel.h"
#include "ui/settings/SettingsPage.h"
#include "ui/settings/AppSettings.h"
#include "ui/login/LoginDialog.h"
#include "ui/login/TlsProblemDialog.h"
#include "ui/login/UnitChoiceDialog.h"
#include "ui/SessionFlow.h"
#include "ui/widgets/MessageBox.h"
#include "ui/workspace/MainWindow.h"

#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSslCertificate>
#include <QComboBox>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace zc;
using namespace zc::test;

class TestLoginDialog : public SignInFixture
{
    Q_OBJECT

private Q_SLOTS:
    void mainAccountSeesEveryPage();
    void unauthenticatedUnitIsLedToRoleAuthentication();
    void wrongPasswordShowsInlineErrorAndNewCaptcha();
    void cancelAbortsTheLoginRequest();
    void handlerOfSeveralUnitsChoosesUnitThenInstitution();
    void institutionChosenElsewhereIsShownClearly();
    void initialPasswordMustBeChanged();
    void certificateWithoutItsCaIsExplainedWithFingerprint();
    void unreachableServerIsSaidPlainly();
    void rememberMeKeepsTokenInKeychainAndResumes();
    void staleRememberedTokenIsDeletedAndLoginFilledIn();
    void languageSwitchAppliesAtOnceEverywhere();

private:
    void finishLogin(const QString &login, const QString &password, bool remember = false);
};

void TestLoginDialog::finishLogin(const QString &login, const QString &password, bool remember)
{
    startFlow();
    typeLogin(m_flow->loginDialog(), *m_server, login, password, remember);
}

void TestLoginDialog::mainAccountSeesEveryPage()
{
    finishLogin(QStringLiteral("nmg_hosp"), demo::Password);
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->mainWindow() && m_flow->mainWindow()->isVisible(), 15000);
    ui::MainWindow *window = m_flow->mainWindow();
    QCOMPARE(window->pageKeys(), (QStringList{QStringLiteral("account"), QStringLiteral("roles"),
                                              QStringLiteral("interfaces"), QStringLiteral("review"),
                                              QStringLiteral("authentication"), QStringLiteral("handlers"),
                                              QStringLiteral("matrix"), QStringLiteral("audit"),
                                              QStringLiteral("settings")}));
    // 我的账号 comes first: the main account holds every menu of its kind.
    QCOMPARE(window->currentPageKey(), QStringLiteral("account"));
    QVERIFY(window->accountPage()->rolesText().contains(QStringLiteral("单位主账号")));
    QVERIFY(window->accountPage()->noticeText().isEmpty());
    QVERIFY(window->accountPage()->shownCodes().contains(QStringLiteral("basic.institution_info")));
    QVERIFY(!window->accountPage()->shownCodes().contains(QStringLiteral("drug.listing.apply")));
    // 角色认证 in the left navigation says where the unit stands.
    QVERIFY(window->showPage(QStringLiteral("authentication")));
    const QString status = window->authenticationPage()->statusText();
    QVERIFY2(status.contains(QStringLiteral("已完成角色认证")) && status.contains(QStringLiteral("医疗机构"))
                 && status.contains(QStringLiteral("H15010200011")),
             qPrintable(status));
    QVERIFY(!window->findChild<QLabel *>(QStringLiteral("unitLabel"))->text().contains(QStringLiteral("<a ")));
    QVERIFY2(window->welcomeText().contains(QStringLiteral("单位用户")), qPrintable(window->welcomeText()));
    QVERIFY(window->welcomeText().contains(QStringLiteral("您好")));
    QCOMPARE(window->connectionText(), QStringLiteral("● 在线"));
    auto *server = window->findChild<QLabel *>(QStringLiteral("serverStatusLabel"));
    QVERIFY(server && server->text().contains(QStringLiteral("测试服务器")));
    auto *sync = window->findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
    QVERIFY(sync && sync->text().contains(QStringLiteral("尚未同步")));
    QVERIFY(!m_flow->loginDialog());
    QVERIFY(window->showPage(QStringLiteral("settings")));
    QCOMPARE(window->currentPageKey(), QStringLiteral("settings"));
}

void TestLoginDialog::unauthenticatedUnitIsLedToRoleAuthentication()
{
    // 包头市康泰医疗器械 has not been through 角色认证: the header's words link to it.
    finishLogin(QStringLiteral("nmg_kangtai"), demo::Password);
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->mainWindow() && m_flow->mainWindow()->isVisible(), 15000);
    ui::MainWindow *window = m_flow->mainWindow();
    QVERIFY(window->pageKeys().contains(QStringLiteral("authentication")));
    auto *unit = window->findChild<QLabel *>(QStringLiteral("unitLabel"));
    QVERIFY2(unit->text().contains(QStringLiteral("href=\"authentication\"")) && unit->text().contains(QStringLiteral("未完成角色认证")),
             qPrintable(unit->text()));
    QVERIFY(window->currentPageKey() != QLatin1String("authentication"));
    Q_EMIT unit->linkActivated(QStringLiteral("authentication"));
    QCOMPARE(window->currentPageKey(), QStringLiteral("authentication"));
    QVERIFY2(window->authenticationPage()->statusText().contains(QStringLiteral("尚未完成角色认证")),
             qPrintable(window->authenticationPage()->statusText()));
    auto *start = window->authenticationPage()->findChild<QPushButton *>(QStringLiteral("authenticateButton"));
    QCOMPARE(start->text(), QStringLiteral("开始角色认证(&S)…"));
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY(window->findChild<ui::RoleAuthenticationDialog *>());
    QPointer<ui::RoleAuthenticationDialog> dialog = window->findChild<ui::RoleAuthenticationDialog *>();
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

void TestLoginDialog::wrongPasswordShowsInlineErrorAndNewCaptcha()
{
    finishLogin(QStringLiteral("nmg_dist"), QStringLiteral("Wrong@Pass1"));
    ui::LoginDialog *dialog = m_flow->loginDialog();
    const QString usedCaptcha = dialog->currentCaptchaId();   // sent with the attempt
    QVERIFY(!usedCaptcha.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 15000);
    ApiError invalid;
    invalid.code = QStringLiteral("invalid_credentials");
    QCOMPARE(dialog->errorText(), ui::ErrorText::sentence(invalid));
    QVERIFY(dialog->errorText().contains(QStringLiteral("密码")));
    // The used-up captcha was replaced by a new image.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->currentCaptchaId().isEmpty() && dialog->currentCaptchaId() != usedCaptcha,
                             15000);
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("captchaEdit"))->text().isEmpty());
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->property("zcError").toBool());
    QVERIFY(dialog->isVisible());
    QVERIFY(!m_flow->mainWindow());
}

void TestLoginDialog::cancelAbortsTheLoginRequest()
{
    finishLogin(QStringLiteral("js_dist"), demo::Password);
    ui::LoginDialog *dialog = m_flow->loginDialog();
    QVERIFY(dialog->isBusy());   // Enter started the request; no answer can have arrived yet
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!dialog->isBusy());
    QCOMPARE(dialog->errorText(), QStringLiteral("已取消登录。"));
    // The dropped answer never opens the main window.
    QTest::qWait(1500);
    QVERIFY(!m_flow->mainWindow());
    QCOMPARE(m_flow->loginDialog(), dialog);
    QVERIFY(dialog->isVisible());
}

void TestLoginDialog::handlerOfSeveralUnitsChoosesUnitThenInstitution()
{
    finishLogin(QStringLiteral("15947113333"), demo::Password);
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ui::UnitChoiceDialog *>(m_flow->gateDialog()), 15000);
    auto *unitDialog = qobject_cast<ui::UnitChoiceDialog *>(m_flow->gateDialog());
    QVERIFY(unitDialog->isVisible());
    const Session before = m_flow->session();
    QVERIFY(before.unitChoiceRequired);
    QCOMPARE(before.unitOptions.size(), 2);
    qint64 hospital = 0;
    for (const Unit &u : before.unitOptions) {
        if (u.name == QStringLiteral("呼和浩特市第一医院"))
            hospital = u.id;
    }
    QVERIFY(hospital != 0);
    QVERIFY(unitDialog->selectUnit(hospital));
    QTest::mouseClick(unitDialog->findChild<QPushButton *>(QStringLiteral("chooseButton")), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ui::InstitutionChoiceDialog *>(m_flow->gateDialog()), 15000);
    auto *instDialog = qobject_cast<ui::InstitutionChoiceDialog *>(m_flow->gateDialog());
    const Session chosenUnit = m_flow->session();
    QVERIFY(chosenUnit.unit && chosenUnit.unit->id == hospital);
    QCOMPARE(chosenUnit.institutionOptions.size(), 3);
    QCOMPARE(instDialog->visibleCount(), 3);
    instDialog->setFilterText(QStringLiteral("东院"));
    QCOMPARE(instDialog->visibleCount(), 1);
    instDialog->setFilterText(QStringLiteral("不存在的机构"));
    QCOMPARE(instDialog->visibleCount(), 0);
    QVERIFY(!instDialog->findChild<QPushButton *>(QStringLiteral("chooseButton"))->isEnabled());
    instDialog->setFilterText(QString());
    qint64 east = 0;
    for (const Institution &i : chosenUnit.institutionOptions) {
        if (i.code == QStringLiteral("H15010200012"))
            east = i.id;
    }
    QVERIFY(instDialog->selectInstitution(east));

    // Declining the confirmation sends nothing and keeps the dialog.
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(instDialog->findChild<QPushButton *>(QStringLiteral("chooseButton")), Qt::LeftButton);
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("呼和浩特市第一医院东院区")));
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("H15010200012")));
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("无法更改")));
    QTest::qWait(300);
    QCOMPARE(m_flow->gateDialog(), instDialog);

    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(instDialog->findChild<QPushButton *>(QStringLiteral("chooseButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->mainWindow() && m_flow->mainWindow()->isVisible(), 15000);
    // 系统管理员 holds the whole 基础设置 branch.
    QCOMPARE(m_flow->mainWindow()->pageKeys(),
             (QStringList{QStringLiteral("account"), QStringLiteral("roles"), QStringLiteral("interfaces"),
                          QStringLiteral("review"), QStringLiteral("handlers"), QStringLiteral("matrix"),
                          QStringLiteral("audit"), QStringLiteral("settings")}));
    QVERIFY(m_flow->mainWindow()->welcomeText().contains(QStringLiteral("经办人")));
    QCOMPARE(m_flow->mainWindow()->session().account->institutionId, east);
    // The header and 我的账号 name the chosen institution (GET /unit/institutions, cached).
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->mainWindow()->unitText().contains(QStringLiteral("呼和浩特市第一医院东院区")), 15000);
    QVERIFY2(m_flow->mainWindow()->unitText().startsWith(QStringLiteral("呼和浩特市第一医院 · 呼和浩特市第一医院东院区 · ")),
             qPrintable(m_flow->mainWindow()->unitText()));
    const QString info =
        m_flow->mainWindow()->accountPage()->findChild<QLabel *>(QStringLiteral("unitInfoLabel"))->text();
    QVERIFY2(info.contains(QStringLiteral("医疗机构：呼和浩特市第一医院东院区")), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("H15010200012")), qPrintable(info));
}

void TestLoginDialog::institutionChosenElsewhereIsShownClearly()
{
    finishLogin(QStringLiteral("13904711001"), demo::Password);
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ui::InstitutionChoiceDialog *>(m_flow->gateDialog()), 15000);
    auto *dialog = qobject_cast<ui::InstitutionChoiceDialog *>(m_flow->gateDialog());
    const Session session = m_flow->session();
    QCOMPARE(session.institutionOptions.size(), 3);
    qint64 mainCampus = 0;
    qint64 branch = 0;
    for (const Institution &i : session.institutionOptions) {
        if (i.code == QStringLiteral("H15010200011"))
            mainCampus = i.id;
        if (i.code == QStringLiteral("H15010300013"))
            branch = i.id;
    }
    QVERIFY(mainCampus && branch);

    // The same session chooses first from elsewhere (another window, a script).
    const auto r = m_server->request("POST", QStringLiteral("/sessions/current/institution"),
                                     QJsonObject{{QStringLiteral("institution_id"), branch}}, m_client->token());
    QCOMPARE(r.status, 200);

    QVERIFY(dialog->selectInstitution(mainCampus));
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    auto *choose = dialog->findChild<QPushButton *>(QStringLiteral("chooseButton"));
    QTest::mouseClick(choose, Qt::LeftButton);
    ApiError taken;
    taken.code = QStringLiteral("institution_already_chosen");
    QTRY_COMPARE_WITH_TIMEOUT(dialog->errorText(), ui::ErrorText::sentence(taken), 15000);
    QVERIFY(dialog->errorText().contains(QStringLiteral("无法更改")));
    QCOMPARE(choose->text(), QStringLiteral("继续(&C)"));
    QVERIFY(choose->isEnabled());
    QTest::mouseClick(choose, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(m_flow->mainWindow() && m_flow->mainWindow()->isVisible(), 15000);
    // 药品采购员 holds no 基础设置 permission: only 我的账号 and 设置 are offered,
    // and 我的账号 shows the menus the role gives.
    QCOMPARE(m_flow->mainWindow()->pageKeys(), (QStringList{QStringLiteral("account"), QStringLiteral("settings")}));
    ui::MyAccountPage *mine = m_flow->mainWindow()->accountPage();
    QVERIFY2(mine->rolesText().contains(QStringLiteral("1")), qPrintable(mine->rolesText()));
    QVERIFY(mine->noticeText().isEmpty());
    QVERIFY(mine->shownCodes().contains(QStringLiteral("drug.purchase.orders")));
    QVERIFY(mine->shownCodes().contains(QStringLiteral("drug.purchase")));   // with its parents
    QVERIFY(!mine->shownCodes().contains(QStringLiteral("basic.roles")));
    QCOMPARE(m_flow->mainWindow()->session().account->institutionId, branch);
}

void TestLoginDialog::initialPasswordMustBeChanged()
{
    finishLogin(QStringLiteral("13951002222"), demo::Password);
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ui::ChangePasswordDialog *>(m_flow->gateDialog()), 15000);
    auto *dialog = qobject_cast<ui::ChangePasswordDialog *>(m_flow->gateDialog());
    auto *oldEdit = dialog->findChild<QLineEdit *>(QStringLiteral("oldEdit"));
    auto *newEdit = dialog->findChild<QLineEdit *>(QStringLiteral("newEdit"));
    auto *repeatEdit = dialog->findChild<QLineEdit *>(QStringLiteral("repeatEdit"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(oldEdit && newEdit && repeatEdit && ok);
    QVERIFY(!dialog->canSubmit());

    QTest::keyClicks(oldEdit, QStringLiteral("NotMyOld@1"));
    QTest::keyClicks(newEdit, QStringLiteral("abc"));
    QVERIFY(dialog->strengthText().contains(QStringLiteral("太短")));
    newEdit->clear();
    QTest::keyClicks(newEdit, QStringLiteral("abcdefghij"));
    QVERIFY(dialog->strengthText().contains(QStringLiteral("强度不足")));
    newEdit->clear();
    QTest::keyClicks(newEdit, QStringLiteral("Fresh#Pass2026"));
    QVERIFY(dialog->strengthText().startsWith(QStringLiteral("✓")));
    QTest::keyClicks(repeatEdit, QStringLiteral("Fresh#Pass2025"));
    QCOMPARE(dialog->matchText(), QStringLiteral("两次输入的新密码不一致。"));
    QVERIFY(!dialog->canSubmit());
    repeatEdit->clear();
    QTest::keyClicks(repeatEdit, QStringLiteral("Fresh#Pass2026"));
    QVERIFY(dialog->canSubmit());

    // A wrong current password is said next to the form; nothing changes.
    QTest::mouseClick(ok, Qt::LeftButton);
    ApiError wrong;
    wrong.code = QStringLiteral("wrong_password");
    QTRY_COMPARE_WITH_TIMEOUT(dialog->errorText(), ui::ErrorText::sentence(wrong), 15000);
    QCOMPARE(m_flow->gateDialog(), dialog);

    oldEdit->clear();
    QTest::keyClicks(oldEdit, demo::Password);
    QTRY_VERIFY(dialog->canSubmit());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->mainWindow() && m_flow->mainWindow()->isVisible(), 15000);
    QVERIFY(!m_flow->mainWindow()->session().passwordChangeRequired);
    QCOMPARE(m_server->login(QStringLiteral("13951002222"), QStringLiteral("Fresh#Pass2026")).status, 201);
    QCOMPARE(m_server->login(QStringLiteral("13951002222"), demo::Password).status, 401);
}

void TestLoginDialog::certificateWithoutItsCaIsExplainedWithFingerprint()
{
    useProfiles({profileFor(*m_server, false)}, QStringLiteral("test-server-no-ca"));
    startFlow();
    ui::LoginDialog *dialog = m_flow->loginDialog();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->tlsProblemDialog() && dialog->tlsProblemDialog()->isVisible(), 15000);
    ui::TlsProblemDialog *tls = dialog->tlsProblemDialog();

    QFile pemFile(m_server->dataDir() + QStringLiteral("/tls/server.pem"));
    QVERIFY(pemFile.open(QIODevice::ReadOnly));
    const auto chain = QSslCertificate::fromData(pemFile.readAll(), QSsl::Pem);
    QVERIFY(!chain.isEmpty());
    const QString expected = QString::fromLatin1(chain.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    auto normalize = [](QString s) { return s.remove(QLatin1Char(':')).remove(QLatin1Char(' ')).toUpper(); };
    QCOMPARE(normalize(tls->fingerprint()), normalize(expected));
    auto *fingerprintLabel = tls->findChild<QLabel *>(QStringLiteral("fingerprintLabel"));
    QVERIFY(fingerprintLabel->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY2(tls->reasonsText().contains(QStringLiteral("请向本单位信息技术人员（系统管理员）索取该服务器的证书文件")), qPrintable(tls->reasonsText()));
    // There is no way around the refusal: only copy, manage servers and close.
    const auto buttons = tls->findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 3);
    ApiError tlsError;
    tlsError.code = errorCodeName(ErrorCode::TlsError);
    QCOMPARE(dialog->errorText(), ui::ErrorText::sentence(tlsError));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("tlsDetailsButton"))->isVisible());
    QVERIFY(dialog->currentCaptchaId().isEmpty());
}

void TestLoginDialog::unreachableServerIsSaidPlainly()
{
    sync::ServerProfile nowhere;
    nowhere.id = QStringLiteral("nowhere");
    nowhere.name = QStringLiteral("无人应答");
    nowhere.url = QUrl(QStringLiteral("https://127.0.0.1:1"));
    useProfiles({nowhere}, nowhere.id);
    startFlow();
    ui::LoginDialog *dialog = m_flow->loginDialog();
    ApiError offline;
    offline.code = errorCodeName(ErrorCode::NetworkError);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->errorText(), ui::ErrorText::sentence(offline), 15000);
    QVERIFY(dialog->errorText().contains(QStringLiteral("无法连接服务器")));
    QVERIFY(!m_client->isOnline());
}

void TestLoginDialog::rememberMeKeepsTokenInKeychainAndResumes()
{
    const QString login = QStringLiteral("13770004444");
    const QString key = sync::CredentialStore::tokenKey(QStringLiteral("test-server"), login);
    finishLogin(login, demo::Password, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->mainWindow() && m_flow->mainWindow()->isVisible(), 15000);
    const QString token = m_client->token();
    QVERIFY(!token.isEmpty());
    QCOMPARE(readSecret(key), std::optional<QString>(token));
    QCOMPARE(sync::ServerProfileStore::rememberedLogin(QStringLiteral("test-server")), login);

    // Next start: the remembered token skips the form.
    m_flow.reset();
    m_client = std::make_unique<sync::ApiClient>();
    newFlow();
    m_flow->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->mainWindow() && m_flow->mainWindow()->isVisible(), 15000);
    QCOMPARE(m_client->token(), token);
    QVERIFY(m_flow->mainWindow()->pageKeys().contains(QStringLiteral("roles")));
    QVERIFY(m_flow->mainWindow()->welcomeText().contains(QStringLiteral("陈静")));

    // Logging out revokes the token and forgets it, but keeps the login for the form.
    auto *logout = m_flow->mainWindow()->findChild<QAction *>(QStringLiteral("actionLogout"));
    QVERIFY(logout);
    logout->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->loginDialog() && m_flow->loginDialog()->isVisible(), 15000);
    QTRY_VERIFY(!m_flow->mainWindow());
    QCOMPARE(m_flow->loginDialog()->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->text(), login);
    QCOMPARE(m_flow->loginDialog()->errorText(), QStringLiteral("您已退出登录。"));
    QTRY_VERIFY_WITH_TIMEOUT(!readSecret(key).has_value(), 10000);
    QCOMPARE(m_server->request("GET", QStringLiteral("/me"), {}, token).status, 401);
}

void TestLoginDialog::staleRememberedTokenIsDeletedAndLoginFilledIn()
{
    const QString login = QStringLiteral("js_group");
    const QString key = sync::CredentialStore::tokenKey(QStringLiteral("test-server"), login);
    writeSecret(key, QStringLiteral("expired-or-revoked-token-0000000000000000000000"));
    sync::ServerProfileStore::setRememberedLogin(QStringLiteral("test-server"), login);

    newFlow();
    m_flow->start();
    QTRY_VERIFY(m_flow->loginDialog());
    ui::LoginDialog *dialog = m_flow->loginDialog();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->errorText(), QStringLiteral("保存的登录已失效，请重新登录。"), 15000);
    QVERIFY(!dialog->isBusy());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->text(), login);
    QVERIFY(dialog->rememberMe());
    QVERIFY(!m_flow->mainWindow());
    QTRY_VERIFY_WITH_TIMEOUT(!readSecret(key).has_value(), 10000);
    QVERIFY(m_client->token().isEmpty());
    // The form works from there on.
    typeLogin(dialog, *m_server, login, demo::Password, false);
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->mainWindow() && m_flow->mainWindow()->isVisible(), 15000);
    QVERIFY(sync::ServerProfileStore::rememberedLogin(QStringLiteral("test-server")).isEmpty());
}

void TestLoginDialog::languageSwitchAppliesAtOnceEverywhere()
{
    startFlow();
    QPointer<ui::LoginDialog> dialog = m_flow->loginDialog();
    QVERIFY(dialog);
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    auto *loginButton = dialog->findChild<QPushButton *>(QStringLiteral("loginButton"));
    QVERIFY(combo && combo->isVisible());
    QCOMPARE(combo->currentData().toString(), QStringLiteral("zh_CN"));
    QCOMPARE(loginButton->text(), QStringLiteral("登录(&I)"));

    // English on the login dialog: at once, no restart, and remembered.
    const int english = combo->findData(QStringLiteral("en"));
    combo->setCurrentIndex(english);
    Q_EMIT combo->activated(english);
    QTRY_COMPARE(loginButton->text(), QStringLiteral("Log &in"));   // LanguageChange is posted
    QVERIFY2(dialog->windowTitle().startsWith(QStringLiteral("Log in — ")), qPrintable(dialog->windowTitle()));
    QCOMPARE(ui::AppSettings::language(), QStringLiteral("en"));
    QCOMPARE(m_client->language(), QStringLiteral("en"));

    // The main window opens in English.
    typeLogin(dialog, *m_server, QStringLiteral("nmg_hosp"), demo::Password);
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->mainWindow() && m_flow->mainWindow()->isVisible(), 15000);
    QPointer<ui::MainWindow> english1 = m_flow->mainWindow();
    QVERIFY2(english1->welcomeText().startsWith(QStringLiteral("Hello")), qPrintable(english1->welcomeText()));

    // 设置 back to 简体中文: the window is built again in Chinese, on the same page.
    QVERIFY(english1->showPage(QStringLiteral("settings")));
    ui::SettingsPage *settings = english1->settingsPage();
    auto *settingsCombo = settings->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    settingsCombo->setCurrentIndex(settingsCombo->findData(QStringLiteral("zh_CN")));
    QTest::mouseClick(settings->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!english1, 15000);
    ui::MainWindow *chinese = m_flow->mainWindow();
    QVERIFY(chinese && chinese->isVisible());
    QVERIFY2(chinese->welcomeText().startsWith(QStringLiteral("您好")), qPrintable(chinese->welcomeText()));
    QCOMPARE(chinese->currentPageKey(), QStringLiteral("settings"));
    QCOMPARE(chinese->statusBar()->currentMessage(), QStringLiteral("语言已切换。"));
    QCOMPARE(ui::AppSettings::language(), QStringLiteral("zh_CN"));
    QCOMPARE(m_client->language(), QStringLiteral("zh-CN"));
    // The same workspace, read again (and followed: the login sync may still be running).
    QTRY_VERIFY_WITH_TIMEOUT(chinese->models()->isLoaded() && chinese->models()->roles()->rowCount() >= 2, 15000);
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
