#include "SessionFlow.h"

#include "ChangePasswordDialog.h"
#include "InstitutionChoiceDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "SettingsPage.h"
#include "UnitChoiceDialog.h"
#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"
#include "sync/ServerProfile.h"

#include <QLoggingCategory>

namespace zc::ui {

namespace {
Q_LOGGING_CATEGORY(lcFlow, "zc.ui.flow", QtInfoMsg)
}

SessionFlow::SessionFlow(sync::ApiClient *client, sync::CredentialStore *credentials, QObject *parent)
    : QObject(parent), m_client(client), m_credentials(credentials)
{
    if (m_client)
        connect(m_client, &sync::ApiClient::sessionExpired, this, &SessionFlow::sessionExpired);
}

SessionFlow::~SessionFlow()
{
    delete m_login;
    delete m_gate;
    delete m_main;
}

LoginDialog *SessionFlow::loginDialog() const
{
    return m_login;
}

QDialog *SessionFlow::gateDialog() const
{
    return m_gate;
}

MainWindow *SessionFlow::mainWindow() const
{
    return m_main;
}

void SessionFlow::start()
{
    if (!m_client)
        return;
    SettingsPage::applyStored(m_client, m_credentials, this, [this] { showLogin(QString(), true); });
}

void SessionFlow::showLogin(const QString &notice, bool resume)
{
    if (m_login)
        return;
    m_session = Session{};
    m_login = new LoginDialog(m_client, m_credentials);
    connect(m_login, &QDialog::finished, this, &SessionFlow::loginFinished);
    if (!notice.isEmpty())
        m_login->setNotice(notice);
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
    if (resume)
        m_login->resumeRememberedLogin();
}

void SessionFlow::loginFinished(int result)
{
    LoginDialog *dialog = m_login;
    m_login.clear();
    if (!dialog)
        return;
    dialog->deleteLater();
    if (result != QDialog::Accepted) {
        Q_EMIT quitRequested();
        return;
    }
    m_profileId = dialog->profile().id;
    m_loginName = dialog->loginName();
    proceed(dialog->session());
}

void SessionFlow::proceed(const Session &session)
{
    const QString token = m_session.token;
    m_session = session;
    if (m_session.token.isEmpty())
        m_session.token = token;

    // The gates, in the API's order.
    if (m_session.unitChoiceRequired) {
        openGate(new UnitChoiceDialog(m_client, m_session));
        return;
    }
    if (m_session.institutionChoiceRequired) {
        openGate(new InstitutionChoiceDialog(m_client, m_session));
        return;
    }
    if (m_session.passwordChangeRequired) {
        openGate(new ChangePasswordDialog(m_client, m_session, true));
        return;
    }
    showMainWindow();
}

void SessionFlow::openGate(QDialog *dialog)
{
    m_gate = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (m_gate == dialog)
            m_gate.clear();
        dialog->deleteLater();
        if (result != QDialog::Accepted) {
            abandon();
            return;
        }
        Session next;
        if (auto *d = qobject_cast<UnitChoiceDialog *>(dialog))
            next = d->session();
        else if (auto *d = qobject_cast<InstitutionChoiceDialog *>(dialog))
            next = d->session();
        else if (auto *d = qobject_cast<ChangePasswordDialog *>(dialog))
            next = d->session();
        proceed(next);
    });
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void SessionFlow::showMainWindow()
{
    closeMainWindow();
    m_main = new MainWindow(m_client, m_credentials, m_session);
    connect(m_main, &MainWindow::logoutRequested, this, &SessionFlow::logout);
    connect(m_main, &MainWindow::closed, this, &SessionFlow::quitRequested);
    m_main->show();
    Q_EMIT mainWindowShown();
}

void SessionFlow::closeMainWindow()
{
    if (!m_main)
        return;
    MainWindow *window = m_main;
    m_main.clear();
    window->disconnect(this);
    window->hide();
    window->deleteLater();
}

void SessionFlow::logout()
{
    if (!m_client)
        return;
    if (m_main)
        m_main->setEnabled(false);
    m_client->logout(this, [this](const sync::Result<sync::Nothing> &r) {
        if (!r.ok())
            qCInfo(lcFlow) << "logout answered" << r.error.code << "- forgetting the session anyway";
        m_client->setToken(QString());
        forgetRememberedToken();
        closeMainWindow();
        showLogin(tr("You have logged out."), false);
    });
}

void SessionFlow::abandon()
{
    // A gate was declined: end this half-open session and start over.
    if (!m_client)
        return;
    m_client->logout(this, [this](const sync::Result<sync::Nothing> &) {
        m_client->setToken(QString());
        forgetRememberedToken();
        showLogin(QString(), false);
    });
}

void SessionFlow::sessionExpired()
{
    // Only a signed-in window cares; the login dialog handles its own 401s.
    if (!m_main && !m_gate)
        return;
    qCInfo(lcFlow) << "session expired";
    m_client->setToken(QString());
    forgetRememberedToken();
    closeMainWindow();
    if (m_gate) {
        QDialog *gate = m_gate;
        m_gate.clear();
        gate->disconnect(this);
        gate->hide();
        gate->deleteLater();
    }
    showLogin(tr("Your session has expired or was ended. Please log in again."), false);
}

void SessionFlow::forgetRememberedToken()
{
    if (!m_credentials || m_profileId.isEmpty() || m_loginName.isEmpty())
        return;
    if (sync::ServerProfileStore::rememberedLogin(m_profileId) != m_loginName)
        return;
    m_credentials->remove(sync::CredentialStore::tokenKey(m_profileId, m_loginName), m_credentials,
                          [](const QString &error) {
                              if (!error.isEmpty())
                                  qCWarning(lcFlow) << "could not delete the remembered token:" << error;
                          });
}

} // namespace zc::ui
