#include "LoginDialog.h"
#include "ui_LoginDialog.h"

#include "ui/account/ForgotPasswordDialog.h"
#include "ui/account/RegistrationWizard.h"
#include "ui/account/SmsCooldowns.h"
#include "ui/ErrorText.h"
#include "ui/login/LoginNotices.h"
#include "ui/login/ServerChooser.h"
#include "ui/Startup.h"
#include "ui/UiStyle.h"
#include "ui/widgets/CaptchaImage.h"
#include "ui/widgets/LanguageSwitch.h"
#include "ui/widgets/MessageBox.h"
#include "sync/CredentialStore.h"
#include "sync/RememberedLogin.h"
#include "sync/Workspace.h"

#include <QEvent>
#include <QIcon>
#include <QLoggingCategory>
#include <QPixmap>
#include <QStyle>

namespace zc::ui {

namespace {
Q_LOGGING_CATEGORY(lcLogin, "zc.ui.login", QtInfoMsg)

} // namespace

LoginDialog::LoginDialog(sync::ApiClient *client, sync::CredentialStore *credentials, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::LoginDialog), m_client(client), m_credentials(credentials)
{
    m_ui->setupUi(this);
    UiStyle::loginDialog(this);

    m_ui->languageCombo->setClient(client);
    connect(m_ui->languageCombo, &LanguageSwitch::languageChanged, this, &LoginDialog::languageChanged);

    m_ui->logoLabel->setPixmap(QIcon(QStringLiteral(":/zc/icons/zhaocai-admin.svg")).pixmap(52, 52));
    retranslate();
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.45);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);

    m_notices = new LoginNotices(
        {m_ui->errorLabel, m_ui->tlsDetailsButton, m_ui->loginEdit, m_ui->passwordEdit, m_ui->captchaEdit}, this);
    m_ui->tlsDetailsButton->setIcon(QIcon(QStringLiteral(":/zc/icons/shield-alert.svg")));
    m_ui->offlineButton->setIcon(QIcon(QStringLiteral(":/zc/icons/folder.svg")));
    m_ui->offlineButton->hide();
    m_ui->busyBar->hide();
    m_ui->busyLabel->hide();
    m_captcha = new CaptchaImage(client, m_ui->captchaButton, m_ui->captchaEdit, this);
    connect(m_captcha, &CaptchaImage::expiring, this, [this] {
        if (!m_busy)
            refreshCaptcha();
    });
    connect(m_captcha, &CaptchaImage::failed, this, &LoginDialog::captchaFailed);
    connect(m_captcha, &CaptchaImage::changed, this, [this](const QString &id) {
        // A captcha that loads means the server is reachable and trusted now.
        if (m_notices->isCertificateError())
            m_notices->clear();
        Q_EMIT captchaChanged(id);
    });

    connect(m_ui->loginButton, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &LoginDialog::reject);
    connect(m_ui->tlsDetailsButton, &QPushButton::clicked, this,
            [this] { m_notices->showTlsProblems(profile().name); });
    connect(m_ui->offlineButton, &QPushButton::clicked, this, &LoginDialog::openOffline);
    m_smsCooldowns = new SmsCooldowns(this);
    m_ui->forgotButton->setCursor(Qt::PointingHandCursor);
    m_ui->registerButton->setCursor(Qt::PointingHandCursor);
    connect(m_ui->forgotButton, &QPushButton::clicked, this, &LoginDialog::openForgotPassword);
    connect(m_ui->registerButton, &QPushButton::clicked, this, &LoginDialog::openRegistration);
    connect(m_ui->loginEdit, &QLineEdit::textEdited, m_ui->offlineButton, &QWidget::hide);
    for (QLineEdit *edit : {m_ui->loginEdit, m_ui->passwordEdit, m_ui->captchaEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { m_notices->unmark(edit); });
    }

    m_servers = new ServerChooser(m_ui->profileCombo, m_ui->manageServersButton, credentials, this);
    connect(m_servers, &ServerChooser::chosen, this, &LoginDialog::profileSelected);
    connect(m_servers, &ServerChooser::noServer, this, [this] {
        m_ui->loginButton->setEnabled(false);
        m_notices->show(tr("No server is set up yet. Add one under “Manage servers”."), true);
    });
    connect(m_notices, &LoginNotices::manageServersRequested, m_servers, &ServerChooser::manage);
    m_servers->reload(sync::ServerProfileStore::lastProfileId());
}

LoginDialog::~LoginDialog()
{
    m_closing = true;   // the aborted jobs' callbacks must not touch the form any more
    if (m_job)
        m_job->abort();
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Log in — %1").arg(Startup::displayName()));
    m_ui->titleLabel->setText(Startup::displayName());
}

void LoginDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_ui->retranslateUi(this);
    retranslate();
    // A notice in the old language would read oddly: a new captcha, no stale message.
    if (!m_busy) {
        m_notices->clear();
        refreshCaptcha();
    }
}

QString LoginDialog::loginName() const
{
    return m_ui->loginEdit->text().trimmed();
}

sync::ServerProfile LoginDialog::profile() const
{
    return m_servers->profile();
}

TlsProblemDialog *LoginDialog::tlsProblemDialog() const
{
    return m_notices->tlsDialog();
}

bool LoginDialog::rememberMe() const
{
    return m_ui->rememberCheck->isChecked();
}

QString LoginDialog::errorText() const
{
    return m_notices->text();
}

void LoginDialog::profileSelected(const sync::ServerProfile &p)
{
    if (m_client) {
        m_client->setProfile(p);
        m_client->setToken(QString());
    }
    m_notices->serverChanged();
    m_ui->offlineButton->hide();
    m_ui->loginButton->setEnabled(true);
    const QString remembered = sync::RememberedLogin(m_credentials, p.id).login();
    if (!remembered.isEmpty()) {
        m_ui->loginEdit->setText(remembered);
        m_ui->rememberCheck->setChecked(true);
    }
    refreshCaptcha();
}

QString LoginDialog::currentCaptchaId() const
{
    return m_captcha->id();
}

void LoginDialog::refreshCaptcha()
{
    if (!m_client || m_servers->isEmpty())
        return;
    m_captcha->refresh();
}

void LoginDialog::captchaFailed(const ApiError &error, const QList<sync::TlsProblem> &tlsProblems)
{
    qCInfo(lcLogin) << "captcha failed:" << error.code;
    // Say why only when nothing more important is on screen.
    if (errorText().isEmpty() || error.is(ErrorCode::TlsError))
        showError(error, tlsProblems);
}

void LoginDialog::submit()
{
    if (m_busy || !m_client)
        return;
    m_notices->clear();
    const sync::ServerProfile p = profile();
    if (p.id.isEmpty()) {
        m_notices->show(tr("Please choose a server."), true, m_ui->profileCombo);
        return;
    }
    const QString login = loginName();
    if (login.isEmpty()) {
        m_notices->show(tr("Please enter your login name or mobile phone number."), true, m_ui->loginEdit);
        return;
    }
    if (m_ui->passwordEdit->text().isEmpty()) {
        m_notices->show(tr("Please enter your password."), true, m_ui->passwordEdit);
        return;
    }
    if (m_captcha->id().isEmpty()) {
        m_notices->show(tr("The captcha image has not loaded yet. Click it to try again."), true, m_ui->captchaEdit);
        return;
    }
    const QString answer = m_captcha->answer();
    if (answer.isEmpty()) {
        m_notices->show(tr("Please type the characters shown in the image."), true, m_ui->captchaEdit);
        return;
    }
    const bool remember = rememberMe();
    setBusy(true, tr("Logging in…"));
    m_job = m_client->login(login, m_ui->passwordEdit->text(), m_captcha->id(), answer, this,
                            [this, login, remember](const sync::Result<Session> &r) {
                                loginFinished(r, login, remember);
                            });
}

void LoginDialog::loginFinished(const sync::Result<Session> &r, const QString &login, bool remember)
{
    if (m_closing)
        return;
    if (r.ok()) {
        finishWithSession(*r.value, login, remember);
        return;
    }
    setBusy(false);
    // Any attempt uses the captcha up, right or wrong.
    refreshCaptcha();
    if (r.error.is(ErrorCode::Cancelled)) {
        m_notices->show(tr("Login cancelled."), false);
        return;
    }
    qCInfo(lcLogin) << "login failed:" << r.error.status << r.error.code;
    showError(r.error, r.tlsProblems);
    offerOffline(r.error);
    if (r.error.is(ErrorCode::InvalidCredentials))
        m_ui->passwordEdit->selectAll();
}

void LoginDialog::finishWithSession(const Session &session, const QString &login, bool remember)
{
    m_session = session;
    if (m_client)
        m_client->setToken(session.token);
    const sync::ServerProfile p = profile();
    sync::ServerProfileStore::setLastProfileId(p.id);

    if (!m_credentials) {
        accept();
        return;
    }
    sync::RememberedLogin remembered(m_credentials, p.id);
    if (!remember) {
        remembered.forget();
        accept();
        return;
    }
    setBusy(true, tr("Saving the login in the keychain…"));
    remembered.remember(login, session.token, this, [this](const QString &error) {
        m_busy = false;
        if (!error.isEmpty()) {
            MessageBox::warning(this, tr("Remember me"),
                                tr("The login could not be saved in this computer's keychain, "
                                   "so you will have to log in again next time."));
        }
        accept();
    });
}

void LoginDialog::resumeRememberedLogin()
{
    const sync::ServerProfile p = profile();
    const sync::RememberedLogin remembered(m_credentials, p.id);
    const QString login = remembered.login();
    if (p.id.isEmpty() || login.isEmpty() || !m_credentials || !m_client)
        return;
    m_ui->loginEdit->setText(login);
    m_ui->rememberCheck->setChecked(true);
    m_captcha->stop();
    setBusy(true, tr("Restoring your last login…"));
    m_resuming = true;
    remembered.readToken(login, this, [this, id = p.id, login](const std::optional<QString> &token,
                                                               const QString &error) {
        if (!m_resuming)
            return;   // cancelled while the keychain answered
        if (!token || token->isEmpty()) {
            m_resuming = false;
            setBusy(false);
            if (!error.isEmpty()) {
                m_notices->show(tr("The saved login could not be read from this computer's keychain. Please log in."),
                            false);
            }
            refreshCaptcha();
            m_ui->passwordEdit->setFocus();
            return;
        }
        m_client->setToken(*token);
        m_job = m_client->me(this, [this, id, login, token = *token](const sync::Result<Session> &r) {
            if (m_closing)
                return;
            m_resuming = false;
            if (r.ok()) {
                Session s = *r.value;
                s.token = token;
                m_session = s;
                sync::ServerProfileStore::setLastProfileId(profile().id);
                m_busy = false;
                accept();
                return;
            }
            // The server cannot be reached, but this computer has the account's
            // last cache: open it read-only, keeping the token for when the server answers.
            const bool unreachable = r.error.is(ErrorCode::NetworkError)
                                     || r.error.is(ErrorCode::Timeout);
            if (unreachable && sync::Workspace::hasOfflineData(profile().id, loginName())) {
                qCInfo(lcLogin) << "server unreachable at start; opening the cache offline";
                m_offline = true;
                m_busy = false;
                accept();
                return;
            }
            m_client->setToken(QString());
            setBusy(false);
            refreshCaptcha();
            m_ui->passwordEdit->setFocus();
            offerOffline(r.error);
            if (r.error.is(ErrorCode::Unauthenticated)) {
                sync::RememberedLogin(m_credentials, id).dropToken(login, this);
                m_notices->show(tr("Your saved login has expired. Please log in again."), false);
            } else if (!r.error.is(ErrorCode::Cancelled)) {
                showError(r.error, r.tlsProblems);
            }
        });
    });
}

bool LoginDialog::offersOffline() const
{
    return m_ui->offlineButton->isVisibleTo(this);
}

void LoginDialog::offerOffline(const ApiError &error)
{
    const bool unreachable = error.is(ErrorCode::NetworkError)
                             || error.is(ErrorCode::Timeout);
    m_ui->offlineButton->setVisible(unreachable && !loginName().isEmpty()
                                    && sync::Workspace::hasOfflineData(profile().id, loginName()));
}

void LoginDialog::openOffline()
{
    const sync::ServerProfile p = profile();
    const QString login = loginName();
    if (m_busy || p.id.isEmpty() || login.isEmpty() || !sync::Workspace::hasOfflineData(p.id, login))
        return;
    if (!m_credentials) {
        m_offline = true;
        accept();
        return;
    }
    setBusy(true, tr("Opening this computer's copy…"));
    m_resuming = true;
    sync::RememberedLogin(m_credentials, p.id)
        .readToken(login, this, [this](const std::optional<QString> &token, const QString &) {
            if (!m_resuming)
                return;
            m_resuming = false;
            // Without a remembered token the cache is still shown; once the
            // server answers, the person is asked to log in.
            if (m_client)
                m_client->setToken(token.value_or(QString()));
            m_offline = true;
            m_busy = false;
            accept();
        });
}

void LoginDialog::reject()
{
    if (m_busy) {
        if (m_resuming) {
            m_resuming = false;
            if (m_job)
                m_job->abort();
            m_client->setToken(QString());
            setBusy(false);
            refreshCaptcha();
            return;
        }
        if (m_job && !m_job->isFinished()) {
            m_job->abort();   // finishes with "cancelled"; loginFinished restores the form
            return;
        }
        return;   // the keychain write finishes on its own in a moment
    }
    QDialog::reject();
}

void LoginDialog::setNotice(const QString &text)
{
    m_notices->show(text, false);
}

void LoginDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->profileCombo, m_ui->manageServersButton, m_ui->loginEdit,
                                                       m_ui->passwordEdit, m_ui->captchaEdit, m_ui->captchaButton,
                                                       m_ui->rememberCheck, m_ui->loginButton, m_ui->forgotButton,
                                                       m_ui->registerButton}) {
        w->setEnabled(!busy);
    }
    m_ui->busyBar->setVisible(busy);
    m_ui->busyLabel->setVisible(busy);
    m_ui->busyLabel->setText(text);
    m_ui->cancelButton->setText(busy ? tr("Stop") : tr("Cancel"));
}

void LoginDialog::showError(const ApiError &error, const QList<sync::TlsProblem> &tlsProblems)
{
    m_notices->showError(error, tlsProblems, profile().name);
}

RegistrationWizard *LoginDialog::registrationWizard() const
{
    return m_wizard;
}

ForgotPasswordDialog *LoginDialog::forgotPasswordDialog() const
{
    return m_forgot;
}

void LoginDialog::openRegistration()
{
    if (m_busy || !m_client)
        return;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    if (profile().id.isEmpty()) {
        m_notices->show(tr("Please choose a server."), true, m_ui->profileCombo);
        return;
    }
    m_wizard = new RegistrationWizard(m_client, m_smsCooldowns, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QDialog::finished, this, &LoginDialog::registrationFinished);
    m_wizard->open();
}

void LoginDialog::registrationFinished(int result)
{
    RegistrationWizard *wizard = m_wizard;
    if (!wizard || m_closing)
        return;
    if (result != QDialog::Accepted || !wizard->registeredAccount())
        return;
    const QString login = wizard->registeredLogin();
    if (wizard->fillLoginRequested()) {
        m_notices->clear();
        m_ui->loginEdit->setText(login);
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
    }
    m_notices->show(tr("The unit is registered. Log in with its main account “%1”, then complete the role "
                   "authentication.")
                    .arg(login),
                false);
}

void LoginDialog::openForgotPassword()
{
    if (m_busy || !m_client)
        return;
    if (m_forgot) {
        m_forgot->raise();
        m_forgot->activateWindow();
        return;
    }
    if (profile().id.isEmpty()) {
        m_notices->show(tr("Please choose a server."), true, m_ui->profileCombo);
        return;
    }
    m_forgot = new ForgotPasswordDialog(m_client, m_smsCooldowns, this);
    m_forgot->setAttribute(Qt::WA_DeleteOnClose);
    m_forgot->setLoginHint(loginName());
    connect(m_forgot, &QDialog::finished, this, &LoginDialog::forgotPasswordFinished);
    m_forgot->open();
}

void LoginDialog::forgotPasswordFinished(int result)
{
    ForgotPasswordDialog *dialog = m_forgot;
    if (!dialog || m_closing || result != QDialog::Accepted)
        return;
    m_notices->clear();
    m_ui->loginEdit->setText(dialog->loginName());
    m_ui->passwordEdit->clear();
    m_ui->passwordEdit->setFocus();
    m_notices->show(tr("The password has been reset. Log in with the new password."), false);
}

} // namespace zc::ui
