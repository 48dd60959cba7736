#pragma once

#include "models/Account.h"
#include "models/ApiError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <optional>

class QLabel;
class QStatusBar;
class QToolButton;

namespace zc::sync {
class ApiClient;
class Workspace;
}

namespace zc::ui {

class WorkspaceModels;

// What the main window's status bar says: the server and the account on the
// left; on the right the sync's progress with its Stop button, when the
// cache last synced (the last failure as its tool tip) and whether the server
// answers; and the short messages of the moment (a sync that failed or was
// stopped, fetching now…).
class WorkspaceStatusBar : public QObject
{
    Q_OBJECT
public:
    WorkspaceStatusBar(QStatusBar *bar, sync::ApiClient *client, sync::Workspace *workspace, WorkspaceModels *models);

    // The server (from the client's profile) and the signed-in account.
    void setAccount(const std::optional<Account> &account);
    void updateConnection();
    void updateSync();
    void syncFinished(bool ok, const ApiError &error);
    // Says that the latest data is being fetched (cleared when the sync ends).
    void showFetching();
    void showMessage(const QString &text);

    // When the cache last finished a sync (invalid: never): the engine's, the
    // loaded models', or the cache's own.
    [[nodiscard]] QDateTime lastSyncTime() const;
    [[nodiscard]] QString connectionText() const;
    [[nodiscard]] QString syncText() const;
    // "yyyy-MM-dd HH:mm" in local time, as the portal writes times.
    [[nodiscard]] static QString shortTime(const QDateTime &at);
    static constexpr int MessageMs = 8000;

Q_SIGNALS:
    void cancelRequested();

private:
    [[nodiscard]] static QString fetchingText();

    QStatusBar *m_bar;
    QPointer<sync::ApiClient> m_client;
    QPointer<sync::Workspace> m_workspace;
    QPointer<WorkspaceModels> m_models;
    QLabel *m_serverLabel;
    QLabel *m_accountLabel;
    QLabel *m_connectionLabel;
    QLabel *m_syncLabel;
    QLabel *m_progressLabel;
    QToolButton *m_cancelButton;
    QString m_lastSyncError;
};

} // namespace zc::ui
