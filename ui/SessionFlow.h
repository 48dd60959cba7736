#pragma once

#include "models/Session.h"

#include <QObject>
#include <QPointer>

class QDialog;

#include <memory>

namespace zc::sync {
class ApiClient;
struct ServerProfile;
class CredentialStore;
class Workspace;
}

namespace zc::ui {

class LoginDialog;
class MainWindow;

// The path from start to the main window and back: applies the stored
// network settings, shows the login dialog (which may resume a remembered
// login), walks the session through its gates in the API's order (unit
// choice, institution choice, forced password change), opens the main
// window, and returns to the login dialog on logout or an expired session.
// It owns the signed-in account's Workspace (cache, sync engine, write
// path): opened online once the gates are passed, or offline — read-only,
// from this computer's last cache — when the login dialog could not reach
// the server; 退出并清除本机数据 forgets it. main() and the widget tests
// drive the same object.
class SessionFlow : public QObject
{
    Q_OBJECT
public:
    SessionFlow(sync::ApiClient *client, sync::CredentialStore *credentials, QObject *parent = nullptr);
    ~SessionFlow() override;

    void start();

    [[nodiscard]] LoginDialog *loginDialog() const;
    [[nodiscard]] QDialog *gateDialog() const;
    [[nodiscard]] MainWindow *mainWindow() const;
    [[nodiscard]] const Session &session() const { return m_session; }
    [[nodiscard]] sync::Workspace *workspace() const { return m_workspace.get(); }

Q_SIGNALS:
    // The person closed the login dialog or the main window.
    void quitRequested();
    void mainWindowShown();
    // 退出并清除本机数据 finished; `error` says what could not be removed (empty: everything).
    void accountForgotten(const QString &error);

private:
    void showLogin(const QString &notice, bool resume);
    [[nodiscard]] std::unique_ptr<sync::Workspace> newWorkspace(const sync::ServerProfile &profile);
    // The background check found the cache damaged: set aside and fetched
    // again (online), or said on the login dialog (offline).
    void cacheDamaged();
    [[nodiscard]] static QString offlineCacheProblem(int cacheErrorCode);
    // Applies the language saved in the settings and builds the main window
    // again in it, on the same page, workspace and session.
    void changeLanguage();
    void loginFinished(int result);
    void proceed(const Session &session);
    void openGate(QDialog *dialog);
    void showMainWindow();
    // The main window over m_session and m_workspace, shown and wired to the flow.
    void openMainWindow();
    void showOfflineMainWindow();
    // Says once that an unusable cache was set aside and is being rebuilt.
    void tellCacheSetAside();
    void openWorkspace();
    void closeWorkspace();
    void forgetAccount();
    void logout();
    void abandon();
    void sessionExpired();
    void forgetRememberedToken();
    void closeMainWindow();

    QPointer<sync::ApiClient> m_client;
    QPointer<sync::CredentialStore> m_credentials;
    QPointer<LoginDialog> m_login;
    QPointer<QDialog> m_gate;
    QPointer<MainWindow> m_main;
    std::unique_ptr<sync::Workspace> m_workspace;
    Session m_session;
    QString m_profileId;
    QString m_loginName;
};

} // namespace zc::ui
