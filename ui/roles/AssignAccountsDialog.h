#pragma once

#include <QList>
#include <QPointer>
#include <QScopedPointer>
#include <QSet>
#include <QStringList>
#include <QDialog>

namespace zc::sync {
class ApiJob;
class Workspace;
}

namespace zc::ui {

namespace Ui {
class AssignAccountsDialog;
}
class AccountListProxyModel;
class PagedTable;
class WorkspaceModels;

// 分配账号: one role's name on top, its 已分配 (assigned) and 未分配
// (unassigned) accounts on two tabs, each filtered by 登录账号 and 账号名称,
// paged, with check boxes that remember their ticks across pages; 选择
// assigns the ticked accounts, 取消分配 takes the role from them. Each
// assignment goes through the workspace's write path one after the other
// (progress, cancellable); the lists follow the cache at once; a summary of
// what changed (and what failed, and why) stays at the bottom.
class AssignAccountsDialog : public QDialog
{
    Q_OBJECT
public:
    AssignAccountsDialog(WorkspaceModels *models, sync::Workspace *workspace, qint64 roleId, QWidget *parent = nullptr);
    ~AssignAccountsDialog() override;

    [[nodiscard]] qint64 roleId() const { return m_roleId; }
    [[nodiscard]] PagedTable *assignedTable() const;
    [[nodiscard]] PagedTable *unassignedTable() const;
    // Ticks accounts and runs 选择 / 取消分配 (as the buttons do).
    void assign(const QList<qint64> &accountIds);
    void unassign(const QList<qint64> &accountIds);
    [[nodiscard]] bool isBusy() const;
    // What this dialog changed so far, in one sentence (empty: nothing).
    [[nodiscard]] QString summary() const;
    [[nodiscard]] QString summaryDetails() const;
    void setReadOnly(bool readOnly, const QString &reason);

    void reject() override;   // cancels a running batch first

private:
    struct Step
    {
        qint64 accountId = 0;
        bool assign = true;
    };
    void run(const QList<qint64> &accountIds, bool assign);
    void next();
    void finishBatch();
    void updateHeader();
    void updateButtons();
    void updateSummary();
    [[nodiscard]] QString accountLabel(qint64 id) const;

    QScopedPointer<Ui::AssignAccountsDialog> m_ui;
    QPointer<WorkspaceModels> m_models;
    QPointer<sync::Workspace> m_workspace;
    qint64 m_roleId = 0;
    QString m_roleName;
    AccountListProxyModel *m_assigned = nullptr;
    AccountListProxyModel *m_unassigned = nullptr;
    QList<Step> m_queue;
    int m_batchSize = 0;
    bool m_cancelled = false;
    QPointer<sync::ApiJob> m_job;
    QStringList m_assignedNames;
    QStringList m_unassignedNames;
    QStringList m_failures;
    bool m_readOnly = false;
    QString m_readOnlyReason;
};

} // namespace zc::ui
