#include "WorkspaceStatusBar.h"

#include "ui/ErrorText.h"
#include "ui/UiStyle.h"
#include "ui/workspace/WorkspaceModels.h"

#include "sync/ApiClient.h"
#include "sync/Cache.h"
#include "sync/SyncEngine.h"
#include "sync/Workspace.h"

#include <QLabel>
#include <QStatusBar>
#include <QToolButton>

namespace zc::ui {

WorkspaceStatusBar::WorkspaceStatusBar(QStatusBar *bar, sync::ApiClient *client, sync::Workspace *workspace,
                                       WorkspaceModels *models)
    : QObject(bar), m_bar(bar), m_client(client), m_workspace(workspace), m_models(models),
      m_serverLabel(new QLabel(bar)), m_accountLabel(new QLabel(bar)), m_connectionLabel(new QLabel(bar)),
      m_syncLabel(new QLabel(bar)), m_progressLabel(new QLabel(bar)), m_cancelButton(new QToolButton(bar))
{
    m_serverLabel->setObjectName(QStringLiteral("serverStatusLabel"));
    m_accountLabel->setObjectName(QStringLiteral("accountStatusLabel"));
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_syncLabel->setObjectName(QStringLiteral("syncStatusLabel"));
    m_progressLabel->setObjectName(QStringLiteral("syncProgressLabel"));
    m_cancelButton->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancelButton->setText(tr("Stop"));
    m_cancelButton->setToolTip(tr("Stop the running sync; what was already received stays"));
    m_cancelButton->setAccessibleName(tr("Stop the sync"));
    m_cancelButton->setAutoRaise(true);
    bar->addWidget(m_serverLabel);
    bar->addWidget(m_accountLabel);
    bar->addPermanentWidget(m_progressLabel);
    bar->addPermanentWidget(m_cancelButton);
    bar->addPermanentWidget(m_syncLabel);
    bar->addPermanentWidget(m_connectionLabel);
    m_progressLabel->hide();
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, &WorkspaceStatusBar::cancelRequested);
}

QString WorkspaceStatusBar::shortTime(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString WorkspaceStatusBar::connectionText() const
{
    return m_connectionLabel->text();
}

QString WorkspaceStatusBar::syncText() const
{
    return m_syncLabel->text();
}

void WorkspaceStatusBar::setAccount(const std::optional<Account> &account)
{
    if (m_client) {
        const sync::ServerProfile &p = m_client->profile();
        QString host = p.url.host();
        if (p.url.port() > 0)
            host += QLatin1Char(':') + QString::number(p.url.port());
        m_serverLabel->setText(tr("Server: %1 (%2)").arg(p.name, host));
    }
    if (account)
        m_accountLabel->setText(tr("Account: %1 (%2)").arg(account->name, account->login));
    else
        m_accountLabel->clear();
}

void WorkspaceStatusBar::updateConnection()
{
    const bool engineOffline = m_workspace && m_workspace->engine() && m_workspace->engine()->isOffline();
    const bool online = !engineOffline && (!m_client || m_client->isOnline());
    m_connectionLabel->setText(online ? tr("● Online") : tr("● Offline"));
    UiStyle::textTone(m_connectionLabel, online ? UiStyle::Tone::Good : UiStyle::Tone::Bad);
    QString tip = online ? tr("The server answered the last request.")
                         : tr("The server could not be reached at the last request.");
    if (engineOffline && m_workspace->engine()->offlineSince().isValid())
        tip = tr("The server cannot be reached since %1. The client tries again by itself.")
                  .arg(shortTime(m_workspace->engine()->offlineSince()));
    m_connectionLabel->setToolTip(tip);
}

void WorkspaceStatusBar::updateSync()
{
    sync::SyncEngine *engine = m_workspace ? m_workspace->engine() : nullptr;
    const bool syncing = engine && engine->isSyncing();
    m_progressLabel->setVisible(syncing);
    m_cancelButton->setVisible(syncing);
    if (syncing)
        m_progressLabel->setText(engine->itemsApplied() > 0
                                     ? tr("Syncing… %n item(s) received", nullptr, engine->itemsApplied())
                                     : tr("Syncing…"));
    const QDateTime last = lastSyncTime();
    m_syncLabel->setText(last.isValid() ? tr("Last synced: %1").arg(shortTime(last))
                                        : tr("Last synced: not synced yet"));
    m_syncLabel->setToolTip(m_lastSyncError);
}

QString WorkspaceStatusBar::fetchingText()
{
    return tr("Fetching the latest data from the server…");
}

void WorkspaceStatusBar::showFetching()
{
    m_bar->showMessage(fetchingText(), MessageMs);
}

void WorkspaceStatusBar::showMessage(const QString &text)
{
    m_bar->showMessage(text, MessageMs);
}

QDateTime WorkspaceStatusBar::lastSyncTime() const
{
    if (!m_workspace)
        return {};
    if (m_workspace->engine() && m_workspace->engine()->lastSyncedAt().isValid())
        return m_workspace->engine()->lastSyncedAt();
    if (m_models && m_models->lastSyncAt().isValid())
        return m_models->lastSyncAt();
    // Before the engine and the loader have read it: one row of the cache's state.
    if (sync::Cache *cache = m_workspace->cache()) {
        const auto state = cache->syncState();
        if (state.ok())
            return state.value->lastSyncAt();
    }
    return {};
}

void WorkspaceStatusBar::syncFinished(bool ok, const ApiError &error)
{
    m_lastSyncError.clear();
    if (ok && m_bar->currentMessage() == fetchingText())
        m_bar->clearMessage();   // the server and account are shown again
    if (!ok && !error.is(ErrorCode::Cancelled) && !error.isTransport()) {
        m_lastSyncError = error.status < 0 ? tr("This computer's cache could not be written: %1").arg(error.message)
                                           : ErrorText::sentence(error);
        showMessage(tr("The sync failed: %1").arg(m_lastSyncError));
    } else if (!ok && error.is(ErrorCode::Cancelled)) {
        showMessage(tr("The sync was stopped. It goes on from there next time."));
    }
    updateSync();
}

} // namespace zc::ui
