#pragma once

#include "models/Session.h"

#include <QPointer>
#include <QScopedPointer>
#include <QTimer>
#include <QWidget>

namespace zc::sync {
class ApiClient;
class Workspace;
}

namespace zc::ui {

namespace Ui {
class HandlersPage;
}
class AccountListProxyModel;
class AddHandlerDialog;
class HandlerRolesDialog;
class PagedTable;
class SmsCooldowns;
class WorkspaceModels;

// 单位经办人: the unit's handler accounts from the cache (登录账号, 姓名,
// 手机号 masked as 188****3711 with a reveal action, 状态, 角色, 创建时间,
// 最后登录) with search, status filter, paging, sorting, CSV export and
// copy. Handlers without a role are flagged (they would see 对应角色为空 at
// login) and counted above the table, each with a one-click 分配角色.
// 新增经办人, 启用 / 禁用 (禁用 ends its sessions, 解锁 unlocks), 重置密码 and
// 删除 ask first, naming the handler; writes go through the workspace's
// write path; offline, they are disabled and say why.
class HandlersPage : public QWidget
{
    Q_OBJECT
public:
    HandlersPage(WorkspaceModels *models, sync::ApiClient *client, SmsCooldowns *cooldowns, QWidget *parent = nullptr);
    ~HandlersPage() override;

    void setWorkspace(sync::Workspace *workspace);
    void setSession(const Session &session);
    void setReadOnly(bool readOnly, const QString &reason);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }

    [[nodiscard]] PagedTable *table() const;
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QString noRoleText() const;
    [[nodiscard]] int noRoleCount() const { return m_noRoleCount; }
    void setSearchText(const QString &text);
    void setRevealPhones(bool reveal);
    [[nodiscard]] bool isBusy() const;

    AddHandlerDialog *addHandler();
    HandlerRolesDialog *assignRoles(qint64 id);
    void setHandlerEnabled(qint64 id, bool enabled);   // 启用 / 解锁 (true), 禁用 (false); asks first
    void resetPassword(qint64 id);              // asks first
    void deleteHandler(qint64 id);              // asks first
    [[nodiscard]] AddHandlerDialog *addDialog() const;
    [[nodiscard]] HandlerRolesDialog *rolesDialog() const;

Q_SIGNALS:
    void refreshRequested();
    void statusMessage(const QString &text);

private:
    void applyFilter();
    void resetFilter();
    void exportCsv();
    void rowAction(const QString &key, qint64 id);
    void showMessage(const QString &text, bool error);
    void updateActions();
    void updateNoRole();
    [[nodiscard]] QString describe(const Account &a) const;

    QScopedPointer<Ui::HandlersPage> m_ui;
    QPointer<WorkspaceModels> m_models;
    QPointer<sync::ApiClient> m_client;
    QPointer<SmsCooldowns> m_cooldowns;
    QPointer<sync::Workspace> m_workspace;
    AccountListProxyModel *m_filter = nullptr;
    Session m_session;
    bool m_readOnly = true;
    QString m_readOnlyReason;
    int m_noRoleCount = 0;
    QPointer<AddHandlerDialog> m_add;
    QPointer<HandlerRolesDialog> m_roles;
    QTimer m_filterDelay;
    QTimer m_revealTimer;
};

} // namespace zc::ui
