#pragma once

#include "ui/workspace/WorkspacePage.h"

#include "models/Account.h"

#include <QPointer>
#include <QScopedPointer>
#include <QTimer>

namespace zc::sync {
struct Offboarding;
}

namespace zc::ui {

namespace Ui {
class HandlersPage;
}
class AccountListProxyModel;
class AddHandlerDialog;
class HandlerRolesDialog;
class OffboardingDialog;
class PagedTable;
class SmsCooldowns;

// 单位经办人: the unit's handler accounts from the cache (登录账号, 姓名,
// 手机号 masked as 188****3711 with a reveal action, 状态, 角色, 创建时间,
// 最后登录) with search, status filter, paging, sorting, CSV export and
// copy. Handlers without a role are flagged (they would see 对应角色为空 at
// login) and counted above the table, each with a one-click 分配角色.
// 新增经办人, 启用 / 禁用 (禁用 ends its sessions, 解锁 unlocks), 重置密码 and
// 删除 ask first, naming the handler; 离职处理 (OffboardingDialog) lists
// what it will do and reports what it did; writes go through the workspace's
// write path; offline, they are disabled and say why.
class HandlersPage : public WorkspacePage
{
    Q_OBJECT
public:
    HandlersPage(WorkspaceModels *models, sync::ApiClient *client, SmsCooldowns *cooldowns, QWidget *parent = nullptr);
    ~HandlersPage() override;

    [[nodiscard]] PagedTable *table() const;
    [[nodiscard]] QString noRoleText() const;
    [[nodiscard]] int noRoleCount() const { return m_noRoleCount; }
    void setSearchText(const QString &text);
    void setRevealPhones(bool reveal);

    AddHandlerDialog *addHandler();
    HandlerRolesDialog *assignRoles(qint64 id);
    void setHandlerEnabled(qint64 id, bool enabled);   // 启用 / 解锁 (true), 禁用 (false); asks first
    void resetPassword(qint64 id);              // asks first
    void deleteHandler(qint64 id);              // asks first
    OffboardingDialog *offboard(qint64 id);     // 离职处理: plan, then summary
    [[nodiscard]] OffboardingDialog *offboardingDialog() const;
    [[nodiscard]] AddHandlerDialog *addDialog() const;
    [[nodiscard]] HandlerRolesDialog *rolesDialog() const;

    // A handler as the questions and messages name it: “周敏” (188****3711).
    [[nodiscard]] static QString describe(const Account &a);
    // What 离职处理 did, for the message line.
    [[nodiscard]] static QString offboardedText(const sync::Offboarding &result);

protected:
    [[nodiscard]] CsvExport csvExport() const override;
    void readOnlyChanged(bool readOnly, const QString &reason) override;

private:
    void updateInstitutionColumn();
    void applyFilter();
    void resetFilter();
    void rowAction(const QString &key, qint64 id);
    void updateNoRole();

    QScopedPointer<Ui::HandlersPage> m_ui;
    QPointer<SmsCooldowns> m_cooldowns;
    AccountListProxyModel *m_filter = nullptr;
    int m_noRoleCount = 0;
    QPointer<AddHandlerDialog> m_add;
    QPointer<HandlerRolesDialog> m_roles;
    QPointer<OffboardingDialog> m_offboarding;
    QTimer m_filterDelay;
    QTimer m_revealTimer;
};

} // namespace zc::ui
