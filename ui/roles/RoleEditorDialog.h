#pragma once

#include "models/ApiError.h"
#include "models/PermissionCatalog.h"
#include "models/Role.h"
#include "models/Session.h"
#include "sync/ApiTypes.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>

#include <optional>

namespace zc {
class PermissionTreeModel;
}

namespace zc::sync {
class ApiClient;
class ApiJob;
class Workspace;
}

namespace zc::ui {

namespace Ui {
class RoleEditorDialog;
}
class PermissionFilterModel;
class VersionConflictDialog;

// 添加角色 / 修改: a role's name, remark and menu permissions (a tri-state
// tree of the catalog with a filter, expand / collapse all and a count of
// what is chosen; menus the signed-in handler does not hold are shown but
// cannot be changed). Checks the fields as the person types, sends the role
// through the workspace's write path, shows the server's answer next to the
// field it concerns, and turns a stale edit (412) into a comparison with the
// server's version that can be re-applied without losing anything typed.
class RoleEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // `role` empty: a new role. `client` and `workspace` must outlive the dialog.
    RoleEditorDialog(sync::ApiClient *client, sync::Workspace *workspace, const PermissionCatalog &catalog,
                     const Session &session, const std::optional<Role> &role, QWidget *parent = nullptr);
    ~RoleEditorDialog() override;

    [[nodiscard]] bool isNew() const { return !m_base.has_value(); }
    // The form as it would be sent.
    [[nodiscard]] sync::RoleInput input() const;
    void setInput(const sync::RoleInput &input);
    // The role as the server saved it (valid once accepted).
    [[nodiscard]] const std::optional<Role> &savedRole() const { return m_saved; }
    // The version the edit is based on (the role's, or the server's after a reload).
    [[nodiscard]] QString baseVersion() const { return m_base ? m_base->version : QString(); }
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] QString errorText() const;            // the general error line
    [[nodiscard]] QString fieldErrorText(const QString &field) const;   // "name", "remark", "permissions"
    [[nodiscard]] VersionConflictDialog *conflictDialog() const;
    [[nodiscard]] PermissionTreeModel *permissionModel() const { return m_tree; }
    [[nodiscard]] int chosenPermissionCount() const;

    // Offline: saving is impossible (the button says why); editing stays possible.
    void setReadOnly(bool readOnly, const QString &reason);
    // For review (opened offline, or by a read-only session): name, remark and
    // ticks cannot change, there is nothing to save, 取消 reads 关闭. Off again
    // (back online): an editor like any other.
    void setReviewOnly(bool reviewOnly);
    [[nodiscard]] bool isReviewOnly() const { return m_reviewOnly; }

    void accept() override;   // sends the role
    void reject() override;   // aborts a running request, or asks before losing changes

private:
    void validate();
    [[nodiscard]] bool isValid() const;
    [[nodiscard]] bool isDirty() const;
    void updateButtons();
    void updateCount();
    void setFilterText(const QString &text);
    void setBusy(bool busy, const QString &text = {}, sync::ApiJob *job = nullptr);
    void saved(const Role &role);
    void failed(const ApiError &error);
    void resolveConflict();
    void conflictChosen(int choice, const Role &theirs);

    QScopedPointer<Ui::RoleEditorDialog> m_ui;
    QPointer<sync::ApiClient> m_client;
    QPointer<sync::Workspace> m_workspace;
    PermissionCatalog m_catalog;
    PermissionTreeModel *m_tree = nullptr;
    PermissionFilterModel *m_filter = nullptr;
    std::optional<Role> m_base;        // what the edit started from
    sync::RoleInput m_initial;         // the form as it was opened (to ask before losing changes)
    std::optional<Role> m_saved;
    QPointer<VersionConflictDialog> m_conflict;
    bool m_readOnly = false;
    bool m_reviewOnly = false;
    QString m_readOnlyReason;
    bool m_busy = false;
};

} // namespace zc::ui
