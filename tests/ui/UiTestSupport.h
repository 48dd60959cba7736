#pragma once

// Shared set-up of the widget tests: private QSettings and keychain service,
// Chinese translations, a server profile for a TestServer, typing the login
// form like a person would, and waiting for the keychain.

#include "DemoSeed.h"
#include "TestServer.h"

#include "ui/login/LoginDialog.h"
#include "ui/SessionFlow.h"
#include "ui/Startup.h"
#include "ui/workspace/MainWindow.h"
#include "ui/workspace/WorkspaceModels.h"

#include "sync/ServerProfile.h"
#include "sync/SyncEngine.h"
#include "sync/Workspace.h"

#include <QImage>
#include <QPair>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace zc::sync {
class CredentialStore;
}

namespace zc::test {

// Every test process gets its own settings directory and keychain service,
// so nothing of a developer's real configuration is read or touched.
void isolateSettings(const QTemporaryDir &dir);
[[nodiscard]] QString keychainService();

[[nodiscard]] sync::ServerProfile profileFor(const TestServer &server, bool withCa = true);
void useProfiles(const QList<sync::ServerProfile> &profiles, const QString &selected);

// Types text like a person would, Chinese included (QTest::keyClicks takes
// ASCII only; other characters come as key events that carry their text, as
// an input method delivers them).
void typeText(QWidget *widget, const QString &text);

// Fills the form with the captcha's real answer (from the dev endpoint) and
// presses Enter in the captcha field, which clicks the default 登录 button.
void typeLogin(ui::LoginDialog *dialog, TestServer &server, const QString &login, const QString &password,
               bool remember = false);

// Waits until the window's cache is loaded and no sync runs.
void waitForSync(ui::MainWindow &window);

// Logs in through the flow's login dialog and waits until the main window
// shows the synced cache (models loaded, no sync running). Check
// QTest::currentTestFailed() after calling it.
void loginToMainWindow(ui::SessionFlow &flow, TestServer &server, const QString &login, const QString &password,
                       bool remember = false);

// Syncs the window's cache now and waits for the sync to finish.
void syncNow(ui::MainWindow &window);

// The keychain's answer for `key` (waits up to 10 s); nullopt when nothing is stored.
[[nodiscard]] std::optional<QString> readSecret(sync::CredentialStore &store, const QString &key);
// Stores a secret and waits until the keychain took it (fails the test when it refuses).
void writeSecret(sync::CredentialStore &store, const QString &key, const QString &secret);

// Text as compared with pdftotext's: NFKC, a CJK radical read as its
// ideograph, without white space (see UiTestSupport.cpp for why).
QString squeeze(const QString &text);
// pdftotext's text of each page of the PDF at `path`, squeezed; empty when it failed.
QStringList pdfPages(const QString &path);
QString pdfText(const QString &path);
// The first page of a PDF at 60 dpi (pdftoppm), null when it failed; with
// $ZC_REPORT_DIR set, the PDF and the PNG are kept there as STEM.pdf / STEM.png, to look at.
QImage pdfFirstPage(const QString &pdf, const QString &stem);


} // namespace zc::test
