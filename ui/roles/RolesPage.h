#pragma once

#include "ui/widgets/DeleteTexts.h"
#include "ui/workspace/WorkspacePage.h"

#include "models/ApiError.h"
#include "models/Role.h"

#include <QPointer>
#include <QScopedPointer>
#include <QTimer>

class QSortFilterProxyModel;

namespace zc::ui {

namespace Ui {
class RolesPage;
}
class AssignAccountsDialog;
class PagedTable;
class RoleCompareDialog;
class RoleEditorDialog;

// 账号角色管理: the unit's roles in the portal's columns (序号, 角色名称,
// 关联账号数量, 菜单权限, 创建人, 创建时间, 备注, 操作) from the cache's
// RoleTableModel, with the name filter (查询 / 重置), paging, sorting, CSV
// export and copy, and the actions 添加角色, 修改, 删除 and 分配账号. Every
// write goes through the workspace's write path; offline, every editing
// action is disabled and says why.
class RolesPage : public WorkspacePage
{
    Q_OBJECT
public:
    RolesPage(WorkspaceModels *models, sync::ApiClient *client, QWidget *parent = nullptr);
    ~RolesPage() override;

    [[nodiscard]] PagedTable *table() const;
    void setNameFilter(const QString &text);

    // The actions, as the buttons and the 操作 links run them (tests call them too).
    RoleEditorDialog *addRole();
    RoleEditorDialog *editRole(qint64 id);
    // 角色对比, `firstId` (if any) as the first role.
    RoleCompareDialog *compareRoles(qint64 firstId);
    // 复制角色: the role editor, new, filled from the role `id` under a free name.
    RoleEditorDialog *copyRole(qint64 id);
    // The name a copy of `name` gets: the suffix, numbered until no role has it.
    [[nodiscard]] QString copyName(const QString &name) const;
    // Asks (naming the role and how many accounts lose it) and deletes.
    void deleteRole(qint64 id);
    AssignAccountsDialog *assignAccounts(qint64 id);
    [[nodiscard]] RoleEditorDialog *editorDialog() const;
    [[nodiscard]] AssignAccountsDialog *assignDialog() const;

    // Deleting a role as every page words it: the question (naming the role
    // and how many accounts lose it) and why it failed.
    [[nodiscard]] static DeleteTexts deleteTexts(const Role &role);
    [[nodiscard]] static QString deleteFailedText(const QString &name, const ApiError &error);

protected:
    [[nodiscard]] CsvExport csvExport() const override;
    void readOnlyChanged(bool readOnly, const QString &reason) override;

private:
    void applyFilter();
    void resetFilter();
    void rowAction(const QString &key, qint64 id);

    QScopedPointer<Ui::RolesPage> m_ui;
    QSortFilterProxyModel *m_filter = nullptr;
    QPointer<RoleEditorDialog> m_editor;
    QPointer<AssignAccountsDialog> m_assign;
    QTimer m_filterDelay;
};

} // namespace zc::ui
