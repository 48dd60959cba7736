#pragma once

#include "models/Session.h"

#include <QObject>
#include <QPointer>

class QDialog;

namespace zc::sync {
class ApiClient;
class CredentialStore;
}

namespace zc::ui {

class LoginDialog;
class MainWindow;

// The path from start to the main window and back: applies the stored
// network settings, shows the login dialog (which may resume a remembered
// login), walks the session through its gates in the API's order (unit
// choice, institution choice, forced password change), opens the main
// window, and returns to the login dialog on logout or an expired session.
// main() and the widget tests drive the same object.
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

Q_SIGNALS:
    // The person closed the login dialog or the main window.
    void quitRequested();
    void mainWindowShown();

private:
    void showLogin(const QString &notice, bool resume);
    void loginFinished(int result);
    void proceed(const Session &session);
    void openGate(QDialog *dialog);
    void showMainWindow();
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
    Session m_session;
    QString m_profileId;
    QString m_loginName;
};

} // namespace zc::ui
