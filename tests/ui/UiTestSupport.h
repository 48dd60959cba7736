#pragma once

// Shared set-up of the widget tests: private QSettings and keychain service,
// Chinese translations, a server profile for a TestServer, and typing the
// login form like a person would.

#include "TestServer.h"

#include "ui/login/LoginDialog.h"
#include "ui/SessionFlow.h"
#include "ui/Startup.h"
#include "ui/workspace/MainWindow.h"
#include "ui/workspace/WorkspaceModels.h"

#include "sync/ServerProfile.h"
#include "sync/SyncEngine.h"
#include "sync/Workspace.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace zc::test {

// Every test process gets its own settings directory and keychain service,
// so nothing of a developer's real configuration is read or touched.
inline void isolateSettings(const QTemporaryDir &dir)
{
    QCoreApplication::setOrganizationName(QStringLiteral("zhaocai-test"));
    QCoreApplication::setApplicationName(QStringLiteral("zhaocai-admin-ui-test"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
    // Caches and stored sessions go to a test location, emptied for each test process.
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

inline QString keychainService()
{
    return QStringLiteral("zhaocai-admin-uitest-%1").arg(QCoreApplication::applicationPid());
}

inline sync::ServerProfile profileFor(const TestServer &server, bool withCa = true)
{
    sync::ServerProfile p;
    p.id = withCa ? QStringLiteral("test-server") : QStringLiteral("test-server-no-ca");
    p.name = withCa ? QStringLiteral("测试服务器") : QStringLiteral("未配置 CA 的服务器");
    p.url = server.baseUrl();
    if (withCa)
        p.caPem = server.caPem();
    return p;
}

inline void useProfiles(const QList<sync::ServerProfile> &profiles, const QString &selected)
{
    sync::ServerProfileStore::save(profiles);
    sync::ServerProfileStore::setLastProfileId(selected);
}

// Types text like a person would, Chinese included (QTest::keyClicks takes
// ASCII only; other characters come as key events that carry their text, as
// an input method delivers them).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Fills the form with the captcha's real answer (from the dev endpoint) and
// presses Enter in the captcha field, which clicks the default 登录 button.
inline void typeLogin(ui::LoginDialog *dialog, TestServer &server, const QString &login, const QString &password,
                      bool remember = false)
{
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->currentCaptchaId().isEmpty(), 15000);
    QTRY_VERIFY(!dialog->isBusy());
    auto *loginEdit = dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"));
    auto *passwordEdit = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *captchaEdit = dialog->findChild<QLineEdit *>(QStringLiteral("captchaEdit"));
    auto *rememberCheck = dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
    QVERIFY(loginEdit && passwordEdit && captchaEdit && rememberCheck);
    loginEdit->clear();
    QTest::keyClicks(loginEdit, login);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    const QString answer = server.captchaAnswer(dialog->currentCaptchaId());
    QVERIFY2(!answer.isEmpty(), "the dev endpoint gave no captcha answer");
    captchaEdit->clear();
    QTest::keyClicks(captchaEdit, answer);
    rememberCheck->setChecked(remember);
    QTest::keyClick(captchaEdit, Qt::Key_Return);
}

// Waits until the window's cache is loaded and no sync runs.
inline void waitForSync(ui::MainWindow &window)
{
    QTRY_VERIFY_WITH_TIMEOUT(window.models()->isLoaded(), 20000);
    sync::Workspace *workspace = window.models()->workspace();
    QVERIFY(workspace && workspace->engine());
    QTRY_VERIFY_WITH_TIMEOUT(!workspace->engine()->isSyncing() && workspace->engine()->lastSyncedAt().isValid(),
                             20000);
}

// Logs in through the flow's login dialog and waits until the main window
// shows the synced cache (models loaded, no sync running). Check
// QTest::currentTestFailed() after calling it.
inline void loginToMainWindow(ui::SessionFlow &flow, TestServer &server, const QString &login,
                              const QString &password, bool remember = false)
{
    flow.start();
    QTRY_VERIFY(flow.loginDialog() && flow.loginDialog()->isVisible());
    typeLogin(flow.loginDialog(), server, login, password, remember);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(flow.mainWindow() && flow.mainWindow()->isVisible(), 20000);
    waitForSync(*flow.mainWindow());
}

// Syncs the window's cache now and waits for the sync to finish.
inline void syncNow(ui::MainWindow &window)
{
    sync::SyncEngine *engine = window.models()->workspace()->engine();
    QTRY_VERIFY_WITH_TIMEOUT(!engine->isSyncing(), 20000);
    const QDateTime before = engine->lastSyncedAt();
    window.refreshData();
    QTRY_VERIFY_WITH_TIMEOUT(!engine->isSyncing() && engine->lastSyncedAt() != before, 20000);
}

} // namespace zc::test
