#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QScopedPointer>
#include <QSet>
#include <QStringList>

namespace zc::sync {
class ApiJob;
class Workspace;
}

namespace zc::ui {

namespace Ui {
class HandlerRolesDialog;
}
class WorkspaceModels;

// 分配角色 for one handler: the unit's roles as a checkable list (with a
// filter), ticked where the handler holds them. Saving assigns the newly
// ticked roles and takes away the unticked ones, one request each through
// the workspace's write path, and says what changed. This is the one-click
// fix for a handler that would see 对应角色为空 at login.
class HandlerRolesDialog : public QDialog
{
    Q_OBJECT
public:
    HandlerRolesDialog(WorkspaceModels *models, sync::Workspace *workspace, qint64 accountId, QWidget *parent = nullptr);
    ~HandlerRolesDialog() override;

    [[nodiscard]] qint64 accountId() const { return m_accountId; }
    void setRoleChecked(qint64 roleId, bool checked);
    [[nodiscard]] QSet<qint64> checkedRoles() const;
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] QString summary() const;
    [[nodiscard]] QString errorText() const;
    void setReadOnly(bool readOnly, const QString &reason);

    void accept() override;
    void reject() override;

private:
    struct Step
    {
        qint64 roleId = 0;
        bool assign = true;
    };
    void next();
    void finish();
    void updateCount();
    void updateButtons();
    void filter(const QString &text);

    QScopedPointer<Ui::HandlerRolesDialog> m_ui;
    QPointer<WorkspaceModels> m_models;
    QPointer<sync::Workspace> m_workspace;
    qint64 m_accountId = 0;
    QString m_accountName;
    QSet<qint64> m_initial;
    QList<Step> m_queue;
    QPointer<sync::ApiJob> m_job;
    QStringList m_added;
    QStringList m_removed;
    QStringList m_failures;
    bool m_running = false;
    bool m_readOnly = false;
    QString m_readOnlyReason;
};

} // namespace zc::ui
