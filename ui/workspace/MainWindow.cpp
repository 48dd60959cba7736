#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "ui/account/ChangePasswordDialog.h"
#include "ui/account/MyAccountPage.h"
#include "ui/account/RoleAuthenticationDialog.h"
#include "ui/account/RoleAuthenticationPage.h"
#include "ui/account/SmsCooldowns.h"
#include "ui/audit/AuditLogPage.h"
#include "ui/interfaces/ApiTokensPage.h"
#include "ui/ErrorText.h"
#include "ui/handlers/HandlersPage.h"
#include "ui/login/UnitChoiceDialog.h"
#include "ui/matrix/PermissionMatrixPage.h"
#include "ui/review/AccessReviewPage.h"
#include "ui/roles/RolesPage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/Startup.h"
#include "ui/UiStyle.h"
#include "ui/widgets/MessageBox.h"
#include "ui/workspace/PageNavigation.h"
#include "ui/workspace/WorkspaceModels.h"
#include "ui/workspace/WorkspaceStatusBar.h"
#include "sync/ApiClient.h"
#include "sync/Cache.h"
#include "sync/CredentialStore.h"
#include "sync/SyncEngine.h"
#include "sync/Workspace.h"

#include <QCloseEvent>
#include <QDialog>
#include <QIcon>
#include <QLabel>
#include <QLoggingCategory>
#include <QStatusBar>
#include <QTextDocument>
#include <QToolButton>

#include <algorithm>

namespace zc::ui {

namespace {
Q_LOGGING_CATEGORY(lcMain, "zc.ui.main", QtInfoMsg)

constexpr int RefreshIntervalMs = 3 * 60 * 1000;
} // namespace

MainWindow::MainWindow(sync::ApiClient *client, sync::CredentialStore *credentials, const Session &session,
                       sync::Workspace *workspace, QWidget *parent)
    : QMainWindow(parent), m_ui(new Ui::MainWindow), m_client(client), m_credentials(credentials),
      m_workspace(workspace), m_session(session)
{
    m_ui->setupUi(this);
    UiStyle::mainWindow(this);
    setWindowIcon(QIcon(QStringLiteral(":/zc/icons/zhaocai-admin.svg")));

    m_ui->logoLabel->setPixmap(QIcon(QStringLiteral(":/zc/icons/zhaocai-admin.svg")).pixmap(40, 40));
    m_ui->productLabel->setText(Startup::displayName());
    QFont product = m_ui->productLabel->font();
    product.setPointSizeF(product.pointSizeF() * 1.3);
    product.setBold(true);
    m_ui->productLabel->setFont(product);
    QFont welcome = m_ui->welcomeLabel->font();
    welcome.setBold(true);
    m_ui->welcomeLabel->setFont(welcome);
    m_ui->offlineIconLabel->setPixmap(QIcon(QStringLiteral(":/zc/icons/shield-alert.svg")).pixmap(22, 22));
    m_ui->offlineFrame->hide();

    m_ui->logoutButton->setText(tr("Log out"));
    m_ui->logoutButton->setIcon(QIcon(QStringLiteral(":/zc/icons/logout-white.svg")));
    m_ui->actionLogout->setIcon(QIcon(QStringLiteral(":/zc/icons/logout.svg")));
    m_ui->actionChangePassword->setIcon(QIcon(QStringLiteral(":/zc/icons/key.svg")));
    m_ui->actionAbout->setIcon(QIcon(QStringLiteral(":/zc/icons/info.svg")));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionRefresh->setShortcut(QKeySequence::Refresh);
    m_ui->actionAbout->setText(tr("&About %1").arg(Startup::displayName()));

    m_cooldowns = new SmsCooldowns(this);
    m_models = new WorkspaceModels(this);
    m_status = new WorkspaceStatusBar(statusBar(), m_client, m_workspace, m_models);
    m_navigation = new PageNavigation(m_ui->navigationTree, m_ui->pageStack, this);
    buildPages();

    connect(m_ui->logoutButton, &QToolButton::clicked, this, &MainWindow::logout);
    connect(m_ui->actionLogout, &QAction::triggered, this, &MainWindow::logout);
    connect(m_ui->actionForget, &QAction::triggered, this, &MainWindow::forgetAccount);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionChangePassword, &QAction::triggered, this, &MainWindow::changePassword);
    connect(m_ui->actionRoleAuthentication, &QAction::triggered, this, &MainWindow::authenticateUnit);
    m_ui->unitLabel->setTextFormat(Qt::RichText);
    m_ui->unitLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_ui->unitLabel, &QLabel::linkActivated, this, [this] { showPage(QStringLiteral("authentication")); });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refreshData);
    connect(m_ui->reconnectButton, &QPushButton::clicked, this, &MainWindow::refreshData);
    connect(m_ui->actionFullSync, &QAction::triggered, this, [this] {
        if (m_workspace && m_workspace->engine())
            m_workspace->engine()->refresh(sync::SyncEngine::Mode::Full);
    });
    const auto cancelSync = [this] {
        if (m_workspace && m_workspace->engine())
            m_workspace->engine()->cancel();
    };
    connect(m_ui->actionCancelSync, &QAction::triggered, this, cancelSync);
    connect(m_status, &WorkspaceStatusBar::cancelRequested, this, cancelSync);
    if (m_client)
        connect(m_client, &sync::ApiClient::onlineChanged, m_status, &WorkspaceStatusBar::updateConnection);
    if (m_workspace) {
        connect(m_workspace, &sync::Workspace::readOnlyChanged, this, &MainWindow::updateReadOnly);
        if (sync::SyncEngine *engine = m_workspace->engine()) {
            connect(engine, &sync::SyncEngine::syncingChanged, this, &MainWindow::updateSyncState);
            connect(engine, &sync::SyncEngine::progress, this, &MainWindow::updateSyncState);
            connect(engine, &sync::SyncEngine::lastSyncedAtChanged, this, &MainWindow::updateSyncState);
            connect(engine, &sync::SyncEngine::finished, m_status, &WorkspaceStatusBar::syncFinished);
        }
    }
    connect(m_models, &WorkspaceModels::loaded, this, &MainWindow::updateReadOnly);
    connect(m_models, &WorkspaceModels::institutionsChanged, this, &MainWindow::updateHeader);
    m_refreshTimer.setInterval(RefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (!m_readOnly)
            refreshSession();
    });
    m_refreshTimer.start();

    setSession(session);
    updateReadOnly();
    updateSyncState();
    resize(1180, 740);
    // The cache is read on threads of their own; the window shows at once and
    // fills when it is read (not earlier: building the window takes the cores).
    m_models->attach(m_workspace);
}

MainWindow::~MainWindow()
{
    if (m_refreshJob)
        m_refreshJob->abort();
}

void MainWindow::buildPages()
{
    m_rolesPage = new RolesPage(m_models, m_client, m_ui->pageStack);
    m_rolesPage->setObjectName(QStringLiteral("rolesPage"));
    m_handlersPage = new HandlersPage(m_models, m_client, m_cooldowns, m_ui->pageStack);
    m_handlersPage->setObjectName(QStringLiteral("handlersPage"));
    m_auditPage = new AuditLogPage(m_models, m_client, m_ui->pageStack);
    m_auditPage->setObjectName(QStringLiteral("auditPage"));
    m_apiTokensPage = new ApiTokensPage(m_models, m_client, m_ui->pageStack);
    m_apiTokensPage->setObjectName(QStringLiteral("apiTokensPage"));
    m_matrixPage = new PermissionMatrixPage(m_models, m_client, m_ui->pageStack);
    m_matrixPage->setObjectName(QStringLiteral("matrixPage"));
    m_reviewPage = new AccessReviewPage(m_models, m_client, m_ui->pageStack);
    m_reviewPage->setObjectName(QStringLiteral("reviewPage"));
    m_settingsPage = new SettingsPage(m_client, m_credentials, m_ui->pageStack);
    m_settingsPage->setObjectName(QStringLiteral("settingsPage"));
    connect(m_settingsPage, &SettingsPage::languageChanged, this, &MainWindow::languageChangeRequested);
    m_accountPage = new MyAccountPage(m_models, m_ui->pageStack);
    m_accountPage->setObjectName(QStringLiteral("accountPage"));
    m_authenticationPage = new RoleAuthenticationPage(m_ui->pageStack);
    m_authenticationPage->setObjectName(QStringLiteral("authenticationPage"));
    connect(m_authenticationPage, &RoleAuthenticationPage::authenticateRequested, this, &MainWindow::authenticateUnit);
    for (WorkspacePage *page : workspacePages())
        page->setWorkspace(m_workspace);

    const QList<QPair<QString, QWidget *>> pages{{QStringLiteral("account"), m_accountPage},
                                                 {QStringLiteral("roles"), m_rolesPage},
                                                 {QStringLiteral("authentication"), m_authenticationPage},
                                                 {QStringLiteral("handlers"), m_handlersPage},
                                                 {QStringLiteral("interfaces"), m_apiTokensPage},
                                                 {QStringLiteral("review"), m_reviewPage},
                                                 {QStringLiteral("matrix"), m_matrixPage},
                                                 {QStringLiteral("audit"), m_auditPage},
                                                 {QStringLiteral("settings"), m_settingsPage}};
    for (const auto &[key, page] : pages)
        m_navigation->addPage(key, page);
    const auto showStatus = [this](const QString &text) { m_status->showMessage(text); };
    for (WorkspacePage *page : workspacePages()) {
        connect(page, &WorkspacePage::refreshRequested, this, &MainWindow::refreshData);
        connect(page, &WorkspacePage::statusMessage, this, showStatus);
    }
}

QList<WorkspacePage *> MainWindow::workspacePages() const
{
    return {m_rolesPage, m_handlersPage, m_apiTokensPage, m_reviewPage, m_matrixPage, m_auditPage};
}

void MainWindow::setSession(const Session &session)
{
    const QString token = m_session.token;
    m_session = session;
    if (m_session.token.isEmpty())
        m_session.token = token;
    for (WorkspacePage *page : workspacePages())
        page->setSession(m_session);
    m_authenticationPage->setSession(m_session);
    m_accountPage->setSession(m_session);
    m_ui->actionRoleAuthentication->setVisible(m_session.isMainAccount());
    updateHeader();
    m_status->setAccount(m_session.account);
    m_navigation->rebuild(m_session);
}

QStringList MainWindow::pageKeys() const
{
    return m_navigation->keys();
}

QString MainWindow::currentPageKey() const
{
    return m_navigation->currentKey();
}

bool MainWindow::showPage(const QString &key)
{
    return m_navigation->show(key);
}

QString MainWindow::welcomeText() const
{
    return m_ui->welcomeLabel->text();
}

QString MainWindow::unitText() const
{
    QTextDocument document;
    document.setHtml(m_ui->unitLabel->text());
    return document.toPlainText();
}

QString MainWindow::connectionText() const
{
    return m_status->connectionText();
}

QString MainWindow::syncText() const
{
    return m_status->syncText();
}

QString MainWindow::offlineBannerText() const
{
    return m_ui->offlineFrame->isVisibleTo(this) ? m_ui->offlineLabel->text() : QString();
}

QString MainWindow::readOnlyReason() const
{
    if (!m_workspace || !m_workspace->isOpen())
        return tr("This computer's copy of the account could not be opened, so nothing can be shown or changed.");
    return tr("Offline: the server cannot be reached, so nothing can be changed now. The client reconnects by "
              "itself.");
}

void MainWindow::updateHeader()
{
    const QString name = m_session.account ? m_session.account->name : QString();
    const QString kind = m_session.isMainAccount() ? tr("unit user") : tr("handler");
    m_ui->welcomeLabel->setText(tr("Hello, %1! Login type: %2").arg(name, kind));
    if (m_session.unit) {
        const Unit &u = *m_session.unit;
        QString kind = UnitChoiceDialog::kindText(u.kind).toHtmlEscaped();
        // Not authenticated yet: for the main account the words lead to 角色认证.
        if (u.kind == Unit::Kind::None && m_session.isMainAccount())
            kind = QStringLiteral("<a href=\"authentication\" style=\"color: #ffe08a;\">%1</a>").arg(kind);
        // The institution a handler chose (选择医疗机构), named from the cache.
        const std::optional<Institution> chosen =
            m_session.account ? m_models->institution(m_session.account->institutionId) : std::nullopt;
        const QString institution = chosen ? chosen->name : QString();
        if (institution.isEmpty())
            m_ui->unitLabel->setText(
                tr("%1 · %2 · USCC %3").arg(u.name.toHtmlEscaped(), kind, u.uscc.toHtmlEscaped()));
        else
            m_ui->unitLabel->setText(tr("%1 · %2 · %3 · USCC %4")
                                         .arg(u.name.toHtmlEscaped(), institution.toHtmlEscaped(), kind,
                                              u.uscc.toHtmlEscaped()));
    } else {
        m_ui->unitLabel->clear();
    }
    setWindowTitle(m_session.unit ? tr("%1 — %2").arg(m_session.unit->name, Startup::displayName())
                                  : Startup::displayName());
}

void MainWindow::updateReadOnly()
{
    const bool wasReadOnly = m_readOnly;
    m_readOnly = !m_workspace || m_workspace->isReadOnly();
    const QString reason = m_readOnly ? readOnlyReason() : QString();
    for (WorkspacePage *page : workspacePages())
        page->setReadOnly(m_readOnly, reason);
    m_ui->actionChangePassword->setEnabled(!m_readOnly);
    m_ui->actionChangePassword->setToolTip(reason);
    // 角色认证 is the main account's business (API.md: POST /unit/authentication).
    m_ui->actionRoleAuthentication->setVisible(m_session.isMainAccount());
    m_ui->actionRoleAuthentication->setEnabled(!m_readOnly);
    m_ui->actionRoleAuthentication->setToolTip(reason);
    m_authenticationPage->setReadOnly(m_readOnly, reason);
    m_ui->actionRefresh->setEnabled(m_workspace != nullptr);
    m_ui->actionFullSync->setEnabled(!m_readOnly);

    const bool offline = m_workspace && m_workspace->isOpen() && m_workspace->isReadOnly();
    if (offline) {
        const QDateTime since = m_status->lastSyncTime();
        m_ui->offlineLabel->setText(
            since.isValid() ? tr("Offline: showing this computer's cached data of %1. Nothing can be changed until the "
                                 "server can be reached again; the client reconnects by itself.")
                                  .arg(WorkspaceStatusBar::shortTime(since))
                            : tr("Offline: this computer has no synced data of the account yet. The client reconnects "
                                 "by itself."));
        m_ui->offlineFrame->setToolTip(reason);
    }
    m_ui->offlineFrame->setVisible(offline);
    m_status->updateConnection();
    if (wasReadOnly && !m_readOnly && m_workspace && m_workspace->isOpen()) {
        qCInfo(lcMain) << "online again";
        m_status->showMessage(tr("The server can be reached again."));
        refreshSession();
    }
}

void MainWindow::updateSyncState()
{
    sync::SyncEngine *engine = m_workspace ? m_workspace->engine() : nullptr;
    m_ui->actionCancelSync->setEnabled(engine && engine->isSyncing());
    m_status->updateSync();
    if (m_readOnly && m_workspace && m_workspace->isOpen())
        updateReadOnly();   // the banner's time
}

void MainWindow::refreshData()
{
    if (!m_workspace || !m_workspace->engine())
        return;
    m_status->showFetching();
    m_workspace->engine()->refresh();
}

void MainWindow::refreshSession()
{
    if (!m_client || m_refreshJob || m_client->token().isEmpty())
        return;
    m_refreshJob = m_client->me(this, [this](const sync::Result<Session> &r) {
        m_refreshJob.clear();
        if (!r.ok()) {
            qCInfo(lcMain) << "session refresh failed:" << r.error.code;
            return;   // 401 reaches the owner through ApiClient::sessionExpired.
        }
        Session session = *r.value;
        session.token = m_session.token;
        if (!session.isReady()) {
            Q_EMIT gatesRequired(session);
            return;
        }
        setSession(session);
        if (m_workspace && m_workspace->isOpen()) {
            const sync::CacheError e = m_workspace->storeSession(session);
            if (!e.ok())
                qCInfo(lcMain) << "the session could not be stored for offline use:" << e.message;
        }
    });
}

void MainWindow::forgetAccount()
{
    const QString who = m_session.account ? tr("%1 (%2)").arg(m_session.account->name, m_session.account->login)
                                          : QString();
    const QString server = m_client ? m_client->profile().name : QString();
    if (MessageBox::question(this, tr("Log out and delete this computer's data"),
                             tr("Log out and delete everything this computer keeps of the account %1 on “%2”: the "
                                "cached roles and accounts and the saved login? Nothing on the server changes; the "
                                "data is downloaded again at the next login.")
                                 .arg(who, server),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (closeOpenForms())
        Q_EMIT forgetRequested();
}

void MainWindow::changePassword()
{
    if (m_readOnly)
        return;
    auto *dialog = new ChangePasswordDialog(m_client, m_session, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setSession(dialog->session());
        MessageBox::information(this, tr("Change password"), tr("Your password has been changed."));
    });
    dialog->open();
}

void MainWindow::authenticateUnit()
{
    if (m_readOnly)
        return;
    auto *dialog = new RoleAuthenticationDialog(m_client, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RoleAuthenticationDialog::unitAuthenticated, this, &MainWindow::refreshSession);
    dialog->open();
}

void MainWindow::about()
{
    MessageBox::information(
        this, tr("About %1").arg(Startup::displayName()),
        tr("%1\nVersion %2\n\nAccount and permission administration for the drug and medical consumables "
           "procurement subsystems of provincial medical-insurance platforms.\n\nBuilt with Qt %3.")
            .arg(Startup::displayName(), Startup::version(), QString::fromLatin1(qVersion())));
}

bool MainWindow::closeOpenForms()
{
    // Each form closes the way its Cancel does: one with changes asks before
    // losing them, one whose request is running stops it and stays open.
    QList<QPointer<QDialog>> open;
    for (QDialog *dialog : findChildren<QDialog *>())
        if (dialog->isVisible())
            open.append(dialog);
    for (const QPointer<QDialog> &dialog : std::as_const(open))
        if (dialog && dialog->isVisible())
            dialog->reject();
    return std::none_of(open.cbegin(), open.cend(),
                        [](const QPointer<QDialog> &dialog) { return dialog && dialog->isVisible(); });
}

void MainWindow::logout()
{
    // One clear action: out at once, unless an open form has something to lose.
    if (closeOpenForms())
        Q_EMIT logoutRequested();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    event->accept();
    Q_EMIT closed();
}

} // namespace zc::ui
