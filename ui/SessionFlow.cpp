#include "SessionFlow.h"

#include "ui/Startup.h"

#include "ui/account/ChangePasswordDialog.h"
#include "ui/login/InstitutionChoiceDialog.h"
#include "ui/login/LoginDialog.h"
#include "ui/login/UnitChoiceDialog.h"
#include "ui/settings/AppSettings.h"
#include "ui/settings/SettingsPage.h"
#include "ui/widgets/MessageBox.h"
#include "ui/workspace/MainWindow.h"
#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"
#include "sync/RememberedLogin.h"
#include "sync/SyncEngine.h"
#include "sync/ServerProfile.h"
#include "sync/Workspace.h"

#include <QDir>
#include <QLoggingCategory>
#include <QStatusBar>

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
    m_workspace.reset();
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
    if (dialog->isOffline()) {
        showOfflineMainWindow();
        return;
    }
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

void SessionFlow::openWorkspace()
{
    const sync::ServerProfile profile = m_client->profile();
    if (m_workspace && (m_workspace->profile().id != profile.id || m_workspace->login() != m_loginName))
        closeWorkspace();
    if (!m_workspace)
        m_workspace = newWorkspace(profile);
    // A phone that is a handler of several units logs in to one unit at a time: a
    // cache of another unit is no use for this one, so it starts over.
    const std::optional<Session> stored = sync::Workspace::storedSession(m_workspace->cachePath());
    const bool otherUnit = stored && stored->unit && m_session.unit && stored->unit->id != m_session.unit->id;
    if (m_workspace->isOpen()) {
        const sync::CacheError stored2 = m_workspace->storeSession(m_session);
        if (!stored2.ok())
            qCWarning(lcFlow) << "the session could not be stored for offline use:" << stored2.message;
    } else {
        const sync::CacheError e = m_workspace->openOnline(m_session, !otherUnit);
        if (!e.ok()) {
            qCWarning(lcFlow) << "the local cache could not be opened:" << e.message;
            return;
        }
    }
    if (otherUnit && m_workspace->cache()) {
        qCInfo(lcFlow) << "the cache belonged to another unit of this phone; starting it over";
        const sync::CacheError cleared = m_workspace->cache()->clear();
        if (!cleared.ok())
            qCWarning(lcFlow) << "the cache could not be cleared:" << cleared.message;
        if (m_workspace->engine())
            m_workspace->engine()->refresh(sync::SyncEngine::Mode::Full);
    } else if (m_workspace->engine() && !m_workspace->engine()->isSyncing()) {
        m_workspace->engine()->refresh();
    }
}

void SessionFlow::closeWorkspace()
{
    m_workspace.reset();
}

void SessionFlow::showMainWindow()
{
    closeMainWindow();
    openWorkspace();
    openMainWindow();
    tellCacheSetAside();
}

void SessionFlow::openMainWindow()
{
    m_main = new MainWindow(m_client, m_credentials, m_session, m_workspace.get());
    connect(m_main, &MainWindow::logoutRequested, this, &SessionFlow::logout);
    connect(m_main, &MainWindow::forgetRequested, this, &SessionFlow::forgetAccount);
    connect(m_main, &MainWindow::gatesRequired, this, [this](const Session &session) {
        closeMainWindow();
        proceed(session);
    });
    connect(m_main, &MainWindow::closed, this, &SessionFlow::quitRequested);
    connect(m_main, &MainWindow::languageChangeRequested, this, &SessionFlow::changeLanguage, Qt::QueuedConnection);
    m_main->show();
    Q_EMIT mainWindowShown();
}

void SessionFlow::changeLanguage()
{
    Startup::applyLanguage(AppSettings::language(), m_client);
    if (!m_main)
        return;
    // Every text of the window is rebuilt in the new language: a new window
    // over the same workspace (its models reload from the cache at once).
    const QString page = m_main->currentPageKey();
    const QByteArray geometry = m_main->saveGeometry();
    closeMainWindow();
    openMainWindow();
    m_main->restoreGeometry(geometry);
    m_main->showPage(page);
    m_main->statusBar()->showMessage(tr("The language was changed."), 8000);
}

void SessionFlow::tellCacheSetAside()
{
    if (!m_workspace || m_workspace->setAsidePath().isEmpty() || !m_main)
        return;
    const QString path = QDir::toNativeSeparators(m_workspace->setAsidePath());
    const bool newer = m_workspace->setAsideReason() == sync::CacheError::Code::NewerSchema;
    MessageBox::information(
        m_main, tr("Local data"),
        newer ? tr("This computer's copy of the account was written by a newer version of the client. It was set "
                   "aside as %1 and is being fetched again from the server.")
                    .arg(path)
              : tr("This computer's copy of the account was damaged. It was set aside as %1 and is being fetched "
                   "again from the server.")
                    .arg(path));
}

QString SessionFlow::offlineCacheProblem(int code)
{
    return code == int(sync::CacheError::Code::Corrupt)
               ? tr("The server cannot be reached, and this computer's copy of the account is damaged, so "
                    "nothing can be shown. It is fetched again when you log in with the server reachable.")
           : code == int(sync::CacheError::Code::NewerSchema)
               ? tr("The server cannot be reached, and this computer's copy of the account was written by a "
                    "newer version of the client, so this version cannot show it. Log in with the server "
                    "reachable to fetch the data again.")
               : tr("The server cannot be reached, and this computer's copy of the account could not be "
                    "opened.");
}

std::unique_ptr<sync::Workspace> SessionFlow::newWorkspace(const sync::ServerProfile &profile)
{
    auto workspace = std::make_unique<sync::Workspace>(m_client, profile, m_loginName, m_credentials);
    // The window need not wait for the cache's full check: it runs beside,
    // and a cache that fails it is set aside (cacheDamaged).
    workspace->setVerifyInBackground(true);
    connect(workspace.get(), &sync::Workspace::damaged, this, &SessionFlow::cacheDamaged, Qt::QueuedConnection);
    return workspace;
}

void SessionFlow::cacheDamaged()
{
    if (!m_workspace || m_workspace->isVerified() || m_workspace->damage().ok())
        return;
    const sync::CacheError damage = m_workspace->damage();
    const bool offline = m_workspace->isReadOnly();
    // Nothing may read the file any more (its loader threads end with the window).
    if (MainWindow *window = m_main) {
        m_main.clear();
        window->disconnect(this);
        delete window;
    }
    if (offline) {
        closeWorkspace();
        showLogin(offlineCacheProblem(int(damage.code)), false);
        return;
    }
    const sync::CacheError e = m_workspace->replaceDamagedCache();
    if (!e.ok()) {
        qCWarning(lcFlow) << "the damaged cache could not be replaced:" << e.message;
        closeWorkspace();
        return;
    }
    openMainWindow();
    tellCacheSetAside();
}

void SessionFlow::showOfflineMainWindow()
{
    closeMainWindow();
    closeWorkspace();
    m_workspace = newWorkspace(m_client->profile());
    const sync::CacheError e = m_workspace->openOffline();
    if (!e.ok() || !m_workspace->session()) {
        qCWarning(lcFlow) << "the cache could not be opened offline:" << e.message;
        closeWorkspace();
        // Offline there is nothing to rebuild it from: it stays as it is until the next login with the server.
        showLogin(offlineCacheProblem(int(e.code)), false);
        return;
    }
    m_session = *m_workspace->session();
    m_session.token = m_client->token();
    openMainWindow();
}

void SessionFlow::forgetAccount()
{
    if (!m_workspace)
        return;
    if (m_main)
        m_main->setEnabled(false);
    m_workspace->forget(this, [this](const QString &error) {
        m_client->setToken(QString());
        closeMainWindow();
        closeWorkspace();
        Q_EMIT accountForgotten(error);
        showLogin(error.isEmpty() ? tr("You have logged out and this computer's data of the account was deleted.")
                                  : tr("You have logged out, but some of this computer's data of the account could "
                                       "not be deleted: %1")
                                        .arg(error),
                  false);
    });
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
        closeWorkspace();
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
    closeWorkspace();
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
    sync::RememberedLogin(m_credentials, m_profileId).dropToken(m_loginName);
}

} // namespace zc::ui
