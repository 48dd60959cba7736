// Faults the client must survive, with real widgets and a real
// zhaocai-server that goes away and comes back: mid-edit, mid-login and
// mid-sync the client says so, keeps what was typed and recovers by itself;
// a damaged or too-new cache is set aside (never deleted) and fetched again;
// without a Secret Service the login is not remembered and no secret reaches
// a file; a server that answers slowly, with garbage or with a huge body
// gives a clear error and never freezes the window (a fake TLS server, for
// what a real one cannot be made to do).

#include "SignInFixture.h"

#include "FakeTlsServer.h"

#include "ui/ErrorText.h"
#include "ui/handlers/HandlerRolesDialog.h"
#include "ui/handlers/HandlersPage.h"
#include "ui/roles/RoleEditorDialog.h"
#include "ui/roles/RolesPage.h"
#include "ui/widgets/MessageBox.h"

#include "models/AccountTableModel.h"
#include "models/PermissionTreeModel.h"
#include "models/RoleTableModel.h"
#include "sync/ApiClient.h"
#include "sync/Cache.h"
#include "sync/CredentialStore.h"
#include "sync/RememberedLogin.h"

#include <QDirIterator>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QToolButton>

#include <memory>

using namespace zc;
using namespace zc::test;

namespace {

const QString &HospitalLogin = demo::HospitalMain;
const QString ProfileId = QStringLiteral("test-server");
// Set in the child process of rememberMeWithoutSecretService.
const char *const ChildEnv = "ZC_FAULTS_NO_SECRET_SERVICE_CHILD";

QString sentenceFor(ErrorCode code, int status = 0)
{
    ApiError e;
    e.code = errorCodeName(code);
    e.status = status;
    return ui::ErrorText::sentence(e);
}

// Closes and counts every message box that shows (a storm would be many).
class BoxWatcher : public QObject
{
public:
    BoxWatcher()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (box && box->isVisible() && !m_seen.contains(box)) {
                    m_seen << box;
                    texts << box->text();
                    box->done(QMessageBox::Ok);
                }
            }
        });
        m_timer.start(20);
    }
    QStringList texts;

private:
    QTimer m_timer;
    QList<QPointer<QMessageBox>> m_seen;
};

} // namespace

class TestFaults : public SignInFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void roleEditKeepsWhatWasTypedWhileTheServerIsAway();
    void handlerRolesKeepWhatWasTickedWhileTheServerIsAway();
    void loginWhileTheServerIsAwayKeepsTheForm();
    void syncCutOffShowsOfflineKeepsTheDataAndComesBack();
    void damagedCacheIsSetAsideAndFetchedAgain_data();
    void damagedCacheIsSetAsideAndFetchedAgain();
    void slowOrGarbageServerGivesAClearErrorWithoutFreezing_data();
    void slowOrGarbageServerGivesAClearErrorWithoutFreezing();
    void rememberMeWithoutSecretService();
    void rememberMeWithoutSecretServiceChild();

private:
    [[nodiscard]] static bool isChild() { return qEnvironmentVariableIsSet(ChildEnv); }
    void newClientAndFlow();
    // The server is back on its port and data; the window's engine probes often.
    void bringServerBack();
};

void TestFaults::initTestCase()
{
    if (!isChild()) {
        setUpTestCase();
        return;
    }
    // The child has no Secret Service on purpose: the fixture's steps without its check.
    QVERIFY(m_settingsDir.isValid());
    isolateSettings(m_settingsDir);
    QVERIFY(ui::Startup::installTranslations(QStringLiteral("zh_CN")));
    TestServer::Options options;
    options.dataDir = qEnvironmentVariable("ZC_FAULTS_SERVER_DIR");
    m_server = std::make_unique<TestServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_credentials = std::make_unique<sync::CredentialStore>(keychainService());
}

void TestFaults::init()
{
    if (!m_server->isRunning())
        QVERIFY2(m_server->restart(), qPrintable(m_server->errorString()));
    setUpTest();
    m_client->setTransferTimeout(3000);
}

void TestFaults::newClientAndFlow()
{
    newClient();
    m_client->setTransferTimeout(3000);
    newFlow();
}

void TestFaults::bringServerBack()
{
    if (window() && window()->models()->workspace())
        window()->models()->workspace()->engine()->setProbeInterval(200);
    QVERIFY2(m_server->restart(), qPrintable(m_server->errorString()));
}

void TestFaults::roleEditKeepsWhatWasTypedWhileTheServerIsAway()
{
    newFlow();
    loginToMainWindow(*m_flow, *m_server, HospitalLogin, demo::Password);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(window()->showPage(QStringLiteral("roles")));
    const qint64 id = roleIdByName(QStringLiteral("药品采购员"));
    QVERIFY(id > 0);
    QPointer<ui::RoleEditorDialog> dialog = window()->rolesPage()->editRole(id);
    QVERIFY(dialog && dialog->isVisible());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *remark = dialog->findChild<QPlainTextEdit *>(QStringLiteral("remarkEdit"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(name && remark && ok);
    name->selectAll();
    typeText(name, QStringLiteral("药品采购主管"));
    remark->clear();
    typeText(remark, QStringLiteral("断网时输入"));
    const bool hadAccounts = dialog->input().permissions.contains(QStringLiteral("basic.accounts"));
    QVERIFY(dialog->permissionModel()->setChecked(QStringLiteral("basic.accounts"), !hadAccounts));
    const sync::RoleInput typed = dialog->input();

    // The server goes away; OK.
    m_server->stop();
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY2(dialog->errorText() == sentenceFor(ErrorCode::NetworkError)
                 || dialog->errorText() == sentenceFor(ErrorCode::Timeout),
             qPrintable(dialog->errorText()));
    QVERIFY2(dialog->errorText().contains(QStringLiteral("无法连接服务器"))
                 || dialog->errorText().contains(QStringLiteral("没有及时")),
             qPrintable(dialog->errorText()));
    QCOMPARE(dialog->input().name, typed.name);
    QCOMPARE(dialog->input().remark, typed.remark);
    QCOMPARE(dialog->input().permissions, typed.permissions);
    // The window knows it is offline: saving waits, saying why.
    QTRY_VERIFY_WITH_TIMEOUT(window()->isReadOnly(), 10000);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(ok->toolTip(), window()->readOnlyReason());
    QCOMPARE(window()->models()->role(id)->name, QStringLiteral("药品采购员"));

    // Back on the same port and data: OK again saves what was typed.
    bringServerBack();
    QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 30000);
    QCOMPARE(dialog->input().name, typed.name);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    QCOMPARE(window()->models()->role(id)->name, QStringLiteral("药品采购主管"));
    QCOMPARE(window()->models()->role(id)->remark, QStringLiteral("断网时输入"));
    const auto saved = m_server->request("GET", QStringLiteral("/roles/%1").arg(id), {}, m_client->token());
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.object().value(QStringLiteral("name")).toString(), QStringLiteral("药品采购主管"));
    QCOMPARE(saved.object().value(QStringLiteral("permissions")).toArray().contains(QStringLiteral("basic.accounts")),
             !hadAccounts);
}

void TestFaults::handlerRolesKeepWhatWasTickedWhileTheServerIsAway()
{
    newFlow();
    loginToMainWindow(*m_flow, *m_server, HospitalLogin, demo::Password);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(window()->showPage(QStringLiteral("handlers")));
    const qint64 handler = accountIdByLogin(demo::HospitalHandler);
    const qint64 admin = roleIdByName(QStringLiteral("系统管理员"));
    QVERIFY(handler > 0 && admin > 0);
    QVERIFY(!window()->models()->account(handler)->roleIds.contains(admin));
    QPointer<ui::HandlerRolesDialog> dialog = window()->handlersPage()->assignRoles(handler);
    QVERIFY(dialog && dialog->isVisible());
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(ok);
    dialog->setRoleChecked(admin, true);
    const QSet<qint64> ticked = dialog->checkedRoles();
    QVERIFY(ticked.contains(admin));

    m_server->stop();
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(sentenceFor(ErrorCode::NetworkError))
                 || dialog->errorText().contains(sentenceFor(ErrorCode::Timeout)),
             qPrintable(dialog->errorText()));
    QVERIFY2(dialog->errorText().contains(QStringLiteral("系统管理员")), qPrintable(dialog->errorText()));
    QCOMPARE(dialog->checkedRoles(), ticked);
    QTRY_VERIFY_WITH_TIMEOUT(window()->isReadOnly(), 10000);
    QVERIFY(!ok->isEnabled());

    bringServerBack();
    QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 30000);
    QCOMPARE(dialog->checkedRoles(), ticked);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    QVERIFY(window()->models()->account(handler)->roleIds.contains(admin));
    const auto saved = m_server->request("GET", QStringLiteral("/roles/%1/accounts?assigned=true").arg(admin), {},
                                         m_client->token());
    QCOMPARE(saved.status, 200);
    QVERIFY2(saved.body.contains(demo::HospitalHandler.toUtf8()), saved.body.constData());
}

void TestFaults::loginWhileTheServerIsAwayKeepsTheForm()
{
    startFlow();
    if (QTest::currentTestFailed())
        return;
    ui::LoginDialog *dialog = m_flow->loginDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->currentCaptchaId().isEmpty(), 15000);
    auto *loginEdit = dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"));
    auto *passwordEdit = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *captchaEdit = dialog->findChild<QLineEdit *>(QStringLiteral("captchaEdit"));
    auto *captchaButton = dialog->findChild<QToolButton *>(QStringLiteral("captchaButton"));
    QVERIFY(loginEdit && passwordEdit && captchaEdit && captchaButton);
    QTest::keyClicks(loginEdit, HospitalLogin);
    QTest::keyClicks(passwordEdit, demo::Password);
    QTest::keyClicks(captchaEdit, m_server->captchaAnswer(dialog->currentCaptchaId()));

    // The captcha is on screen; the server goes away; 登录.
    m_server->stop();
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(20);
    QTest::keyClick(captchaEdit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QTest::qWait(200);
    QVERIFY(ticks > 3);   // the event loop kept running
    QVERIFY(dialog->isVisible());
    QVERIFY(!m_flow->mainWindow());
    QVERIFY2(dialog->errorText().contains(sentenceFor(ErrorCode::NetworkError))
                 || dialog->errorText().contains(sentenceFor(ErrorCode::Timeout)),
             qPrintable(dialog->errorText()));
    // Nothing typed is lost (the captcha was used up: a new one is needed).
    QCOMPARE(loginEdit->text(), HospitalLogin);
    QCOMPARE(passwordEdit->text(), demo::Password);
    // This computer's copy of the account, if an earlier sign-in left one, is offered.
    QCOMPARE(dialog->offersOffline(), sync::Workspace::hasOfflineData(ProfileId, HospitalLogin));

    // Back: a click on the image fetches a new captcha, and signing in works.
    QVERIFY2(m_server->restart(), qPrintable(m_server->errorString()));
    QTest::mouseClick(captchaButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->currentCaptchaId().isEmpty(), 15000);
    typeLogin(dialog, *m_server, HospitalLogin, demo::Password);
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->mainWindow() && m_flow->mainWindow()->isVisible(), 20000);
    waitForSync(*m_flow->mainWindow());
}

void TestFaults::syncCutOffShowsOfflineKeepsTheDataAndComesBack()
{
    newFlow();
    loginToMainWindow(*m_flow, *m_server, HospitalLogin, demo::Password);
    if (QTest::currentTestFailed())
        return;
    const int before = window()->models()->roles()->rowCount();
    QVERIFY(before >= 2);
    constexpr int Added = 12;
    for (int i = 0; i < Added; ++i) {
        const auto r = m_server->request("POST", QStringLiteral("/roles"),
                                         {{QStringLiteral("name"), QStringLiteral("同步中断%1").arg(i)},
                                          {QStringLiteral("remark"), QString()},
                                          {QStringLiteral("permissions"), QJsonArray{QStringLiteral("basic.roles")}}},
                                         m_client->token());
        QCOMPARE(r.status, 201);
    }
    sync::SyncEngine *engine = window()->models()->workspace()->engine();
    engine->setBatchLimit(2);
    const QMetaObject::Connection stopper = connect(engine, &sync::SyncEngine::progress, this, [this](int batches, int) {
        if (batches == 1)
            m_server->stop();
    });
    window()->refreshData();
    QTRY_VERIFY_WITH_TIMEOUT(window()->isReadOnly(), 20000);
    disconnect(stopper);
    QTRY_VERIFY_WITH_TIMEOUT(!engine->isSyncing(), 15000);
    QCOMPARE(window()->connectionText(), QStringLiteral("● 离线"));
    QVERIFY2(window()->offlineBannerText().startsWith(QStringLiteral("离线")), qPrintable(window()->offlineBannerText()));
    // What was cached stays shown (and whatever whole batches came before the cut).
    QVERIFY(window()->models()->roles()->rowCount() >= before);
    QVERIFY(window()->models()->roles()->rowCount() < before + Added);
    QVERIFY(roleIdByName(QStringLiteral("药品采购员")) > 0);

    bringServerBack();
    QTRY_VERIFY_WITH_TIMEOUT(!window()->isReadOnly(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(window()->models()->roles()->rowCount(), before + Added, 20000);
    QVERIFY(window()->offlineBannerText().isEmpty());
    QCOMPARE(window()->connectionText(), QStringLiteral("● 在线"));
}

void TestFaults::damagedCacheIsSetAsideAndFetchedAgain_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("offlineWords");
    QTest::addColumn<QString>("onlineWords");
    QTest::newRow("random bytes") << QStringLiteral("random") << QStringLiteral("已损坏") << QStringLiteral("已损坏");
    QTest::newRow("cut in half") << QStringLiteral("truncated") << QStringLiteral("已损坏") << QStringLiteral("已损坏");
    QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("更新版本")
                                  << QStringLiteral("更新版本");
}

void TestFaults::damagedCacheIsSetAsideAndFetchedAgain()
{
    QFETCH(QString, damage);
    QFETCH(QString, offlineWords);
    QFETCH(QString, onlineWords);
    // A remembered login with a synced cache.
    newFlow();
    loginToMainWindow(*m_flow, *m_server, HospitalLogin, demo::Password, true);
    if (QTest::currentTestFailed())
        return;
    const int roles = window()->models()->roles()->rowCount();
    QVERIFY(roles >= 2);
    const QString path = sync::Workspace::cachePathFor(ProfileId, HospitalLogin);
    m_flow.reset();   // the client quits: every cache connection closed

    QFile file(path);
    QVERIFY(file.exists());
    if (damage == QLatin1String("random")) {
        QVERIFY(sync::Cache::removeFiles(path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray noise(64 * 1024, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        file.write(noise);
        file.close();
    } else if (damage == QLatin1String("truncated")) {
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFile::remove(path + QStringLiteral("-wal")));
        QFile::remove(path + QStringLiteral("-shm"));
        QVERIFY(file.size() >= 8 * 4096);
        QVERIFY(file.resize(file.size() / 2));
    } else {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)")));
            q.addBindValue(sync::Cache::latestSchemaVersion() + 1);
            q.addBindValue(QStringLiteral("written by a newer client"));
            q.addBindValue(0);
            QVERIFY(q.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray damaged = file.readAll();
    file.close();

    // Offline start: no crash, a plain reason, the file left as it is.
    m_server->stop();
    newClientAndFlow();
    BoxWatcher boxes;
    m_flow->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->loginDialog() && m_flow->loginDialog()->isVisible()
                                 && m_flow->loginDialog()->errorText().contains(offlineWords),
                             20000);
    QVERIFY2(m_flow->loginDialog()->errorText().contains(QStringLiteral("无法连接服务器")),
             qPrintable(m_flow->loginDialog()->errorText()));
    QVERIFY(!m_flow->mainWindow());
    QVERIFY(boxes.texts.isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), damaged);
    file.close();

    // Online: signed in again from the remembered login; the cache is set aside and fetched again.
    QVERIFY2(m_server->restart(), qPrintable(m_server->errorString()));
    newClientAndFlow();
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    m_flow->start();
    QTRY_VERIFY_WITH_TIMEOUT(window() && window()->isVisible(), 20000);
    waitForSync(*window());
    QCOMPARE(window()->models()->roles()->rowCount(), roles);
    QVERIFY(!window()->isReadOnly());
    const QString aside = m_flow->workspace()->setAsidePath();
    QVERIFY(!aside.isEmpty());
    QVERIFY(aside.startsWith(path + QStringLiteral(".set-aside-")));
    const QString told = ui::MessageBox::lastText();
    QVERIFY2(told.contains(onlineWords) && told.contains(QDir::toNativeSeparators(aside)), qPrintable(told));
    QVERIFY(boxes.texts.isEmpty());   // that one notice, answered; nothing else
    QFile kept(aside);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), damaged);   // people's data is kept beside, not deleted
    QVERIFY(!sync::Workspace::hasOfflineData(ProfileId, HospitalLogin) || QFile::exists(path));
    // The new cache is whole.
    sync::Cache fresh(path, QStringLiteral("fresh-check"));
    QVERIFY(fresh.open().ok());
    QVERIFY(fresh.verify().ok());
    QCOMPARE(fresh.counts().value->roles, roles);
    fresh.close();
    sync::RememberedLogin(m_credentials.get(), ProfileId).forget();
}

void TestFaults::slowOrGarbageServerGivesAClearErrorWithoutFreezing_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("no answer") << QStringLiteral("silent");
    QTest::newRow("wrong shape") << QStringLiteral("shape");
    QTest::newRow("not JSON") << QStringLiteral("garbage");
    QTest::newRow("50 MB body") << QStringLiteral("huge");
}

void TestFaults::slowOrGarbageServerGivesAClearErrorWithoutFreezing()
{
    QFETCH(QString, mode);
    constexpr qint64 Huge = 50 * 1024 * 1024;
    const QByteArray captcha = m_server->requestRaw("POST", QStringLiteral("/captchas"), "{}").body;
    QVERIFY(captcha.contains("captcha_id"));
    const QString tls = m_server->dataDir() + QStringLiteral("/tls/");
    FakeTlsServer fake(FakeTlsServer::chainFromFile(tls + QStringLiteral("server.pem")),
                       FakeTlsServer::keyFromFile(tls + QStringLiteral("server.key")),
                       [captcha, mode](const FakeTlsServer::Request &r) {
                           if (r.target.endsWith("/captchas"))
                               return FakeTlsServer::json(201, captcha);
                           FakeTlsServer::Answer a;
                           if (mode == QLatin1String("silent"))
                               a.silent = true;
                           else if (mode == QLatin1String("shape"))
                               a = FakeTlsServer::json(201, R"({"token":42,"account":[]})");
                           else if (mode == QLatin1String("garbage"))
                               a = FakeTlsServer::json(201, "<html>502 Bad Gateway</html>");
                           else {
                               a.response = "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
                                            "Connection: close\r\n\r\n{\"token\":\"";
                               a.streamBytes = Huge;
                           }
                           return a;
                       });
    QVERIFY(fake.listen());
    sync::ServerProfile p = profileFor(*m_server);
    p.id = QStringLiteral("fake");
    p.name = QStringLiteral("故障服务器");
    p.url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(fake.port()));
    useProfiles({p}, p.id);
    startFlow();
    if (QTest::currentTestFailed())
        return;
    ui::LoginDialog *dialog = m_flow->loginDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->currentCaptchaId().isEmpty(), 15000);
    auto *loginEdit = dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"));
    auto *passwordEdit = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *captchaEdit = dialog->findChild<QLineEdit *>(QStringLiteral("captchaEdit"));
    auto *busyBar = dialog->findChild<QProgressBar *>(QStringLiteral("busyBar"));
    QVERIFY(loginEdit && passwordEdit && captchaEdit && busyBar);
    QTest::keyClicks(loginEdit, HospitalLogin);
    QTest::keyClicks(passwordEdit, demo::Password);
    QTest::keyClicks(captchaEdit, QStringLiteral("abcd"));
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(20);
    QTest::keyClick(captchaEdit, Qt::Key_Return);

    if (mode == QLatin1String("silent")) {
        // Progress is shown, the window keeps living, and 取消 stops the wait.
        QVERIFY(dialog->isBusy());
        QVERIFY(busyBar->isVisible());
        QTest::qWait(1000);
        QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
        QVERIFY(dialog->isBusy());
        dialog->reject();
        QTRY_VERIFY(!dialog->isBusy());
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->errorText(), QStringLiteral("已取消登录。"));
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
        QVERIFY(ticks > 0);
        const QString expected = sentenceFor(ErrorCode::BadResponse, 201);
        QVERIFY2(dialog->errorText().contains(expected), qPrintable(dialog->errorText()));
        QVERIFY(dialog->errorText().contains(QStringLiteral("无法识别服务器的应答")));
    }
    QVERIFY(!m_flow->mainWindow());
    QCOMPARE(loginEdit->text(), HospitalLogin);
    QCOMPARE(passwordEdit->text(), demo::Password);
    QVERIFY(fake.requests().size() >= 2);
}

void TestFaults::rememberMeWithoutSecretService()
{
    if (isChild())
        QSKIP("the parent's part");
    // A child process of this test with a session bus address that leads
    // nowhere, its own HOME and settings; the server's data outside them.
    QTemporaryDir root;
    QTemporaryDir serverDir;
    QVERIFY(root.isValid() && serverDir.isValid());
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("home")) && QDir(root.path()).mkpath(QStringLiteral("tmp")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ChildEnv), QStringLiteral("1"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=%1/no-bus-here").arg(root.path()));
    env.insert(QStringLiteral("HOME"), root.path() + QStringLiteral("/home"));
    env.insert(QStringLiteral("TMPDIR"), root.path() + QStringLiteral("/tmp"));
    for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("ZC_FAULTS_SERVER_DIR"), serverDir.path());
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("rememberMeWithoutSecretServiceChild")});
    QVERIFY(child.waitForStarted(10000));
    QVERIFY(child.waitForFinished(180000));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : TestFaults::rememberMeWithoutSecretServiceChild()"), output.constData());

    // The session token the child held, and the password: in no file it left.
    const qsizetype at = output.indexOf("zc-faults-token:");
    QVERIFY2(at >= 0, output.constData());
    const QByteArray token = output.mid(at + 16, output.indexOf('\n', at) - at - 16).trimmed();
    QVERIFY(token.size() >= 16);
    const QList<QByteArray> secrets{token, demo::Password.toUtf8(),
                                    QByteArray(reinterpret_cast<const char *>(demo::Password.utf16()),
                                               demo::Password.size() * 2)};
    int files = 0;
    bool sawCache = false;
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++files;
        sawCache |= f.fileName().endsWith(QLatin1String(".sqlite"));
        const QByteArray bytes = f.readAll();
        for (const QByteArray &secret : secrets)
            QVERIFY2(!bytes.contains(secret), qPrintable(f.fileName()));
    }
    QVERIFY(files > 0);
    QVERIFY(sawCache);   // the scan covered the client's data
}

void TestFaults::rememberMeWithoutSecretServiceChild()
{
    if (!isChild())
        QSKIP("runs in the child process of rememberMeWithoutSecretService");
    BoxWatcher boxes;
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    newFlow();
    loginToMainWindow(*m_flow, *m_server, HospitalLogin, demo::Password, true);
    if (QTest::currentTestFailed())
        return;
    // Said plainly, once; the session works on.
    QCOMPARE(ui::MessageBox::lastText(), QStringLiteral("无法将登录状态保存到系统凭据存储，下次启动时需要重新登录。"));
    QVERIFY2(boxes.texts.isEmpty(), qPrintable(boxes.texts.join(QLatin1Char('|'))));
    QVERIFY(window()->models()->roles()->rowCount() >= 2);
    QVERIFY(!window()->isReadOnly());
    QVERIFY(sync::RememberedLogin(m_credentials.get(), ProfileId).login().isEmpty());
    syncNow(*window());
    QVERIFY(boxes.texts.isEmpty());
    // For the parent's scan only (a pipe, not a file).
    printf("zc-faults-token:%s\n", m_client->token().toUtf8().constData());
    fflush(stdout);
}

QTEST_MAIN(TestFaults)
#include "tst_faults.moc"
