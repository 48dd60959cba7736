#pragma once

#include "models/Session.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QScopedPointer>
#include <QTimer>

class QLabel;
class QTreeWidgetItem;

namespace zc::sync {
class ApiClient;
class ApiJob;
class CredentialStore;
}

namespace zc::ui {

namespace Ui {
class MainWindow;
}
class PermissionSummaryPage;
class SettingsPage;

// The shell after login, shaped like the portal's 用户基础设置: a welcome
// header, a left navigation that offers only what the session's permissions
// allow, the pages, and a status bar with the server, the account, the
// connection state and the last sync. It re-reads the session (GET /me) now
// and then, so a role change shows at once; logging out is the caller's job
// (logoutRequested).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(sync::ApiClient *client, sync::CredentialStore *credentials, const Session &session,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void setSession(const Session &session);
    [[nodiscard]] const Session &session() const { return m_session; }

    // Navigation keys, in order, of the pages this session may open:
    // "roles" (basic.roles), "handlers" (basic.accounts), "audit" (either), "settings".
    [[nodiscard]] QStringList pageKeys() const;
    [[nodiscard]] QString currentPageKey() const;
    bool showPage(const QString &key);
    [[nodiscard]] QString welcomeText() const;
    [[nodiscard]] QString connectionText() const;
    [[nodiscard]] SettingsPage *settingsPage() const { return m_settingsPage; }

    // Re-reads the session from the server (also every few minutes).
    void refreshSession();

Q_SIGNALS:
    void logoutRequested();
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void rebuildNavigation();
    void navigationChanged(QTreeWidgetItem *current);
    void updateHeader();
    void updateStatusBar();
    void setOnline(bool online);
    void changePassword();
    void about();

    QScopedPointer<Ui::MainWindow> m_ui;
    QPointer<sync::ApiClient> m_client;
    QPointer<sync::CredentialStore> m_credentials;
    QPointer<sync::ApiJob> m_refreshJob;
    Session m_session;
    QHash<QString, QWidget *> m_pages;
    QHash<QString, PermissionSummaryPage *> m_summaryPages;
    SettingsPage *m_settingsPage = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QTimer m_refreshTimer;
};

} // namespace zc::ui
