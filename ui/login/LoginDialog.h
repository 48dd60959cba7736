#pragma once

#include "models/Session.h"
#include "sync/ApiClient.h"
#include "sync/ServerProfile.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>
#include <QTimer>

namespace zc::sync {
class CredentialStore;
}

namespace zc::ui {

namespace Ui {
class LoginDialog;
}
class CaptchaImage;
class ForgotPasswordDialog;
class LoginNotices;
class RegistrationWizard;
class ServerChooser;
class SmsCooldowns;
class TlsProblemDialog;

// The login form: server profile, login, password, captcha image, remember
// me. It talks to the server through the ApiClient only, words every error
// through ErrorText, explains refused certificates (TlsProblemDialog), keeps
// the token in the keychain when asked to, and is accepted with a Session
// whose gates (unit, institution, password) are still for the caller to pass.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(sync::ApiClient *client, sync::CredentialStore *credentials, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // If the selected server has a remembered login, tries its token from the
    // keychain (GET /me) and is accepted at once when it is still valid; a
    // stale token is deleted and the form shown with the login filled in.
    void resumeRememberedLogin();
    // Loads a new captcha image (the old one is used up by any attempt).
    void refreshCaptcha();
    // A notice above the buttons, e.g. why the person has to log in again.
    void setNotice(const QString &text);

    // Valid once the dialog is accepted; its token is set on the ApiClient.
    [[nodiscard]] const Session &session() const { return m_session; }
    [[nodiscard]] QString loginName() const;
    [[nodiscard]] sync::ServerProfile profile() const;
    [[nodiscard]] bool rememberMe() const;
    // Accepted without a session: the server could not be reached and this
    // computer has the account's cache, to be opened read-only (offline).
    [[nodiscard]] bool isOffline() const { return m_offline; }
    // Whether the offline button is offered (after the server could not be reached).
    [[nodiscard]] bool offersOffline() const;
    // Accepts the dialog offline for the selected server and the typed login,
    // with the remembered token (if any) on the ApiClient for when the server answers again.
    void openOffline();
    [[nodiscard]] bool isBusy() const { return m_busy; }
    // For tests: the captcha on screen, and the inline message shown (empty when none).
    [[nodiscard]] QString currentCaptchaId() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] TlsProblemDialog *tlsProblemDialog() const;

    // 法人注册 / 忘记密码 for the selected server. After a registration the
    // login field gets the new main account (when the wizard's last page asks
    // for it); after a reset, the phone or login whose password was reset.
    void openRegistration();
    void openForgotPassword();
    // The open wizard / dialog (null when none), and the SMS countdowns they
    // share while this window lives.
    [[nodiscard]] RegistrationWizard *registrationWizard() const;
    [[nodiscard]] ForgotPasswordDialog *forgotPasswordDialog() const;
    [[nodiscard]] SmsCooldowns *smsCooldowns() const { return m_smsCooldowns; }

    // While a request runs, Cancel/Esc aborts it instead of closing.
    void reject() override;

Q_SIGNALS:
    void captchaChanged(const QString &captchaId);
    // The person chose another language here (applied already).
    void languageChanged();

protected:
    // A language switch (here or elsewhere) retranslates the form.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void profileSelected(const sync::ServerProfile &profile);
    void submit();
    void loginFinished(const sync::Result<Session> &result, const QString &login, bool remember);
    void finishWithSession(const Session &session, const QString &login, bool remember);
    void captchaFailed(const ApiError &error, const QList<sync::TlsProblem> &tlsProblems);
    void setBusy(bool busy, const QString &text = {});
    void showError(const ApiError &error, const QList<sync::TlsProblem> &tlsProblems = {});
    void offerOffline(const ApiError &error);
    void registrationFinished(int result);
    void forgotPasswordFinished(int result);

    QScopedPointer<Ui::LoginDialog> m_ui;
    QPointer<sync::ApiClient> m_client;
    QPointer<sync::CredentialStore> m_credentials;
    QPointer<sync::ApiJob> m_job;
    CaptchaImage *m_captcha = nullptr;
    ServerChooser *m_servers = nullptr;
    LoginNotices *m_notices = nullptr;
    QPointer<RegistrationWizard> m_wizard;
    QPointer<ForgotPasswordDialog> m_forgot;
    SmsCooldowns *m_smsCooldowns = nullptr;
    Session m_session;
    bool m_busy = false;
    bool m_resuming = false;
    bool m_closing = false;
    bool m_offline = false;
};

} // namespace zc::ui
