#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "ChangePasswordDialog.h"
#include "MessageBox.h"
#include "PermissionSummaryPage.h"
#include "SettingsPage.h"
#include "Startup.h"
#include "UnitChoiceDialog.h"
#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"

#include <QCloseEvent>
#include <QIcon>
#include <QLabel>
#include <QLoggingCategory>
#include <QStatusBar>
#include <QTreeWidgetItemIterator>

namespace zc::ui {

namespace {
Q_LOGGING_CATEGORY(lcMain, "zc.ui.main", QtInfoMsg)

constexpr int KeyRole = Qt::UserRole + 1;
constexpr int RefreshIntervalMs = 3 * 60 * 1000;

const QString WindowStyle = QStringLiteral(
    "QFrame#headerFrame { background: qlineargradient(x1:0, y1:0, x2:1, y2:0, stop:0 #1b5aa6, stop:1 #2f86d6); }"
    "QFrame#headerFrame QLabel { color: white; background: transparent; }"
    "QFrame#headerFrame QToolButton { color: white; border: 1px solid rgba(255,255,255,0.55); border-radius: 4px;"
    " padding: 5px 10px; }"
    "QFrame#headerFrame QToolButton:hover { background: rgba(255,255,255,0.15); }"
    "QTreeWidget#navigationTree { background: #f3f6fa; border: none; border-right: 1px solid #dde3ea;"
    " padding-top: 8px; }"
    "QTreeWidget#navigationTree::item { height: 34px; padding-left: 4px; }"
    "QTreeWidget#navigationTree::item:selected { background: #dbe8fb; color: #0b3d91; }"
    "QStatusBar QLabel { padding: 0 8px; }");
} // namespace

MainWindow::MainWindow(sync::ApiClient *client, sync::CredentialStore *credentials, const Session &session,
                       QWidget *parent)
    : QMainWindow(parent), m_ui(new Ui::MainWindow), m_client(client), m_credentials(credentials),
      m_session(session)
{
    m_ui->setupUi(this);
    setStyleSheet(WindowStyle);
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

    m_ui->logoutButton->setText(tr("Log out"));
    m_ui->logoutButton->setIcon(QIcon(QStringLiteral(":/zc/icons/logout-white.svg")));
    m_ui->actionLogout->setIcon(QIcon(QStringLiteral(":/zc/icons/logout.svg")));
    m_ui->actionChangePassword->setIcon(QIcon(QStringLiteral(":/zc/icons/key.svg")));
    m_ui->actionAbout->setIcon(QIcon(QStringLiteral(":/zc/icons/info.svg")));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionAbout->setText(tr("&About %1").arg(Startup::displayName()));

    m_serverLabel = new QLabel(this);
    m_accountLabel = new QLabel(this);
    m_connectionLabel = new QLabel(this);
    m_syncLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("serverStatusLabel"));
    m_accountLabel->setObjectName(QStringLiteral("accountStatusLabel"));
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_syncLabel->setObjectName(QStringLiteral("syncStatusLabel"));
    statusBar()->addWidget(m_serverLabel);
    statusBar()->addWidget(m_accountLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    m_syncLabel->setText(tr("Last synced: not synced yet"));

    buildPages();

    connect(m_ui->navigationTree, &QTreeWidget::currentItemChanged, this, &MainWindow::navigationChanged);
    connect(m_ui->logoutButton, &QToolButton::clicked, this, &MainWindow::logoutRequested);
    connect(m_ui->actionLogout, &QAction::triggered, this, &MainWindow::logoutRequested);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionChangePassword, &QAction::triggered, this, &MainWindow::changePassword);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    if (m_client) {
        connect(m_client, &sync::ApiClient::onlineChanged, this, &MainWindow::setOnline);
        setOnline(m_client->isOnline());
    }
    m_refreshTimer.setInterval(RefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshSession);
    m_refreshTimer.start();

    setSession(session);
    resize(1120, 720);
}

MainWindow::~MainWindow()
{
    if (m_refreshJob)
        m_refreshJob->abort();
}

void MainWindow::buildPages()
{
    struct PageSpec
    {
        QString key;
        QString title;
        QString description;
        QString icon;
    };
    const QList<PageSpec> specs{
        {QStringLiteral("roles"), tr("Account roles"),
         tr("Define the roles of your unit — each role is a set of menu permissions — and assign them to handler "
            "accounts: add role, edit, delete and assign accounts, with the assigned and unassigned accounts side by "
            "side."),
         QStringLiteral(":/zc/icons/roles.svg")},
        {QStringLiteral("handlers"), tr("Unit handlers"),
         tr("Add handler accounts for your staff by mobile phone number and SMS code, disable or enable them, and "
            "send them a new password."),
         QStringLiteral(":/zc/icons/handlers.svg")},
        {QStringLiteral("audit"), tr("Audit log"),
         tr("Review who changed which role or account of your unit, and when, filtered by action, person and "
            "time."),
         QStringLiteral(":/zc/icons/audit.svg")},
    };
    for (const PageSpec &spec : specs) {
        auto *page = new PermissionSummaryPage(spec.title, spec.description, spec.icon, m_ui->pageStack);
        page->setObjectName(spec.key + QStringLiteral("Page"));
        m_ui->pageStack->addWidget(page);
        m_pages.insert(spec.key, page);
        m_summaryPages.insert(spec.key, page);
    }
    m_settingsPage = new SettingsPage(m_client, m_credentials, m_ui->pageStack);
    m_settingsPage->setObjectName(QStringLiteral("settingsPage"));
    m_ui->pageStack->addWidget(m_settingsPage);
    m_pages.insert(QStringLiteral("settings"), m_settingsPage);
}

void MainWindow::setSession(const Session &session)
{
    const QString token = m_session.token;
    m_session = session;
    if (m_session.token.isEmpty())
        m_session.token = token;
    for (PermissionSummaryPage *page : std::as_const(m_summaryPages))
        page->setSession(m_session);
    updateHeader();
    updateStatusBar();
    rebuildNavigation();
}

void MainWindow::rebuildNavigation()
{
    const QString previous = currentPageKey();
    const bool roles = m_session.hasPermission(QStringLiteral("basic.roles"));
    const bool accounts = m_session.hasPermission(QStringLiteral("basic.accounts"));

    QTreeWidget *tree = m_ui->navigationTree;
    QSignalBlocker blocker(tree);
    tree->clear();
    auto addGroup = [tree](const QString &text, const QString &icon) {
        auto *item = new QTreeWidgetItem(tree, {text});
        item->setIcon(0, QIcon(icon));
        item->setFlags(Qt::ItemIsEnabled);
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        return item;
    };
    auto addPage = [tree](QTreeWidgetItem *parent, const QString &key, const QString &text, const QString &icon) {
        auto *item = parent ? new QTreeWidgetItem(parent, {text}) : new QTreeWidgetItem(tree, {text});
        item->setIcon(0, QIcon(icon));
        item->setData(0, KeyRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        return item;
    };
    if (roles) {
        QTreeWidgetItem *basic = addGroup(tr("Basic settings"), QStringLiteral(":/zc/icons/folder.svg"));
        addPage(basic, QStringLiteral("roles"), tr("Account roles"), QStringLiteral(":/zc/icons/roles.svg"));
    }
    if (accounts) {
        QTreeWidgetItem *group = addGroup(tr("Account management"), QStringLiteral(":/zc/icons/folder.svg"));
        addPage(group, QStringLiteral("handlers"), tr("Unit handlers"), QStringLiteral(":/zc/icons/handlers.svg"));
    }
    if (roles || accounts)
        addPage(nullptr, QStringLiteral("audit"), tr("Audit log"), QStringLiteral(":/zc/icons/audit.svg"));
    addPage(nullptr, QStringLiteral("settings"), tr("Settings"), QStringLiteral(":/zc/icons/settings.svg"));
    tree->expandAll();

    const QStringList keys = pageKeys();
    const QString select = keys.contains(previous) ? previous : keys.first();
    blocker.unblock();
    showPage(select);
}

QStringList MainWindow::pageKeys() const
{
    QStringList keys;
    for (QTreeWidgetItemIterator it(m_ui->navigationTree); *it; ++it) {
        const QString key = (*it)->data(0, KeyRole).toString();
        if (!key.isEmpty())
            keys << key;
    }
    return keys;
}

QString MainWindow::currentPageKey() const
{
    QTreeWidgetItem *item = m_ui->navigationTree->currentItem();
    return item ? item->data(0, KeyRole).toString() : QString();
}

bool MainWindow::showPage(const QString &key)
{
    for (QTreeWidgetItemIterator it(m_ui->navigationTree); *it; ++it) {
        if ((*it)->data(0, KeyRole).toString() == key) {
            m_ui->navigationTree->setCurrentItem(*it);
            m_ui->pageStack->setCurrentWidget(m_pages.value(key));
            return true;
        }
    }
    return false;
}

void MainWindow::navigationChanged(QTreeWidgetItem *current)
{
    if (!current)
        return;
    const QString key = current->data(0, KeyRole).toString();
    if (QWidget *page = m_pages.value(key))
        m_ui->pageStack->setCurrentWidget(page);
}

QString MainWindow::welcomeText() const
{
    return m_ui->welcomeLabel->text();
}

QString MainWindow::connectionText() const
{
    return m_connectionLabel->text();
}

void MainWindow::updateHeader()
{
    const QString name = m_session.account ? m_session.account->name : QString();
    const QString kind = m_session.isMainAccount() ? tr("unit user") : tr("handler");
    m_ui->welcomeLabel->setText(tr("Hello, %1! Login type: %2").arg(name, kind));
    if (m_session.unit) {
        const Unit &u = *m_session.unit;
        m_ui->unitLabel->setText(tr("%1 · %2 · USCC %3").arg(u.name, UnitChoiceDialog::kindText(u.kind), u.uscc));
    } else {
        m_ui->unitLabel->clear();
    }
    setWindowTitle(m_session.unit ? tr("%1 — %2").arg(m_session.unit->name, Startup::displayName())
                                  : Startup::displayName());
}

void MainWindow::updateStatusBar()
{
    if (m_client) {
        const sync::ServerProfile &p = m_client->profile();
        QString host = p.url.host();
        if (p.url.port() > 0)
            host += QLatin1Char(':') + QString::number(p.url.port());
        m_serverLabel->setText(tr("Server: %1 (%2)").arg(p.name, host));
    }
    if (m_session.account) {
        const Account &a = *m_session.account;
        m_accountLabel->setText(tr("Account: %1 (%2)").arg(a.name, a.login));
    } else {
        m_accountLabel->clear();
    }
}

void MainWindow::setOnline(bool online)
{
    m_connectionLabel->setText(online ? tr("● Online") : tr("● Offline"));
    m_connectionLabel->setStyleSheet(online ? QStringLiteral("color: #137333;") : QStringLiteral("color: #a50e0e;"));
    m_connectionLabel->setToolTip(online ? tr("The server answered the last request.")
                                         : tr("The server could not be reached at the last request."));
}

void MainWindow::refreshSession()
{
    if (!m_client || m_refreshJob)
        return;
    m_refreshJob = m_client->me(this, [this](const sync::Result<Session> &r) {
        m_refreshJob.clear();
        if (r.ok())
            setSession(*r.value);
        else
            qCInfo(lcMain) << "session refresh failed:" << r.error.code;
        // 401 reaches the owner through ApiClient::sessionExpired.
    });
}

void MainWindow::changePassword()
{
    auto *dialog = new ChangePasswordDialog(m_client, m_session, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setSession(dialog->session());
        MessageBox::information(this, tr("Change password"), tr("Your password has been changed."));
    });
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    event->accept();
    Q_EMIT closed();
}

} // namespace zc::ui
