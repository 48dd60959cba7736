#pragma once

#include "models/ApiError.h"
#include "models/Session.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>
#include <QScopedPointer>
#include <QTimer>

class QLabel;
class QToolButton;

namespace zc::sync {
class ApiClient;
class ApiJob;
class CredentialStore;
class Workspace;
}

namespace zc::ui {

namespace Ui {
class MainWindow;
}
class AccessReviewPage;
class ApiTokensPage;
class AuditLogPage;
class HandlersPage;
class PageNavigation;
class PermissionMatrixPage;
class RolesPage;
class MyAccountPage;
class RoleAuthenticationPage;
class SettingsPage;
class SmsCooldowns;
class WorkspaceModels;
class WorkspaceStatusBar;
class WorkspacePage;

// The shell after login, shaped like the portal's 用户基础设置: a welcome
// header, a left navigation that offers only what the session's permissions
// allow, the working pages (账号角色管理, 单位经办人, 审计日志, 设置) over the
// workspace's cache, and a status bar with the server, the account, the
// sync (progress, cancel, 上次同步) and the connection. Offline — the server
// cannot be reached — a banner says since when the data shown dates, every
// editing action is disabled with a tooltip saying why, and the window goes
// back online by itself when the server answers. It re-reads the session
// (GET /me) now and then, so a role change shows at once; logging out and
// 退出并清除本机数据 are the caller's job (logoutRequested, forgetRequested).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `workspace` (may be null: no cache) must outlive the window or be a QPointer-safe owner's.
    MainWindow(sync::ApiClient *client, sync::CredentialStore *credentials, const Session &session,
               sync::Workspace *workspace = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setSession(const Session &session);
    [[nodiscard]] const Session &session() const { return m_session; }

    // Navigation keys, in order, of the pages this session may open:
    // "account" (我的账号, everyone's), "roles" (basic.roles), "interfaces" (basic.interfaces),
    // "review" (权限审查: basic.roles and basic.accounts), "authentication" (the main account's 角色认证),
    // "handlers" (basic.accounts), "matrix" and "audit" (either), "settings".
    [[nodiscard]] QStringList pageKeys() const;
    [[nodiscard]] QString currentPageKey() const;
    bool showPage(const QString &key);
    [[nodiscard]] QString welcomeText() const;
    // The header's unit line as plain text (unit, chosen institution, kind, USCC).
    [[nodiscard]] QString unitText() const;
    [[nodiscard]] QString connectionText() const;
    [[nodiscard]] QString syncText() const;
    [[nodiscard]] QString offlineBannerText() const;   // empty when online
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    [[nodiscard]] QString readOnlyReason() const;
    [[nodiscard]] SettingsPage *settingsPage() const { return m_settingsPage; }
    [[nodiscard]] RoleAuthenticationPage *authenticationPage() const { return m_authenticationPage; }
    [[nodiscard]] MyAccountPage *accountPage() const { return m_accountPage; }
    [[nodiscard]] RolesPage *rolesPage() const { return m_rolesPage; }
    [[nodiscard]] HandlersPage *handlersPage() const { return m_handlersPage; }
    [[nodiscard]] AuditLogPage *auditPage() const { return m_auditPage; }
    [[nodiscard]] ApiTokensPage *apiTokensPage() const { return m_apiTokensPage; }
    [[nodiscard]] PermissionMatrixPage *matrixPage() const { return m_matrixPage; }
    [[nodiscard]] AccessReviewPage *reviewPage() const { return m_reviewPage; }
    [[nodiscard]] WorkspaceModels *models() const { return m_models; }
    [[nodiscard]] SmsCooldowns *smsCooldowns() const { return m_cooldowns; }

    // Re-reads the session from the server (also every few minutes).
    void refreshSession();
    // F5 / 刷新数据: syncs the cache now.
    void refreshData();
    // Asks, then emits forgetRequested.
    void forgetAccount();
    // 退出登录: closes the open forms (one with unsaved changes asks first;
    // a refusal keeps the session), then emits logoutRequested.
    void logout();

Q_SIGNALS:
    void logoutRequested();
    // 退出并清除本机数据, confirmed by the person.
    void forgetRequested();
    // The refreshed session has a gate to pass again (e.g. the unit choice).
    void gatesRequired(const zc::Session &session);
    void closed();
    // 设置 saved another language: the flow applies it and rebuilds the window.
    void languageChangeRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    // The pages over the workspace (roles, handlers, audit log).
    [[nodiscard]] QList<WorkspacePage *> workspacePages() const;
    void updateHeader();
    void updateReadOnly();
    void updateSyncState();
    // Closes every open form as its Cancel would; false when one stays open
    // (the person kept its changes, or its request is still stopping).
    bool closeOpenForms();
    void changePassword();
    void authenticateUnit();
    void about();

    QScopedPointer<Ui::MainWindow> m_ui;
    QPointer<sync::ApiClient> m_client;
    QPointer<sync::CredentialStore> m_credentials;
    QPointer<sync::Workspace> m_workspace;
    QPointer<sync::ApiJob> m_refreshJob;
    Session m_session;
    PageNavigation *m_navigation = nullptr;
    WorkspaceModels *m_models = nullptr;
    SmsCooldowns *m_cooldowns = nullptr;
    RolesPage *m_rolesPage = nullptr;
    HandlersPage *m_handlersPage = nullptr;
    AuditLogPage *m_auditPage = nullptr;
    ApiTokensPage *m_apiTokensPage = nullptr;
    PermissionMatrixPage *m_matrixPage = nullptr;
    AccessReviewPage *m_reviewPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    RoleAuthenticationPage *m_authenticationPage = nullptr;
    MyAccountPage *m_accountPage = nullptr;
    WorkspaceStatusBar *m_status = nullptr;
    QTimer m_refreshTimer;
    bool m_readOnly = false;
};

} // namespace zc::ui
