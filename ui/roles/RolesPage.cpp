#include "RolesPage.h"
#include "ui_RolesPage.h"

#include "ui/ErrorText.h"
#include "ui/roles/AssignAccountsDialog.h"
#include "ui/roles/RoleCompareDialog.h"
#include "ui/roles/RoleEditorDialog.h"
#include "ui/Startup.h"
#include "ui/UiStyle.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/PagedTable.h"
#include "ui/widgets/PageProxyModel.h"
#include "ui/workspace/WorkspaceModels.h"

#include "models/RoleTableModel.h"
#include "models/Validators.h"
#include "sync/ApiClient.h"
#include "sync/Workspace.h"
#include "sync/WriteThrough.h"

#include <QHeaderView>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace zc::ui {

namespace {
const QString EditKey = QStringLiteral("edit");
const QString DeleteKey = QStringLiteral("delete");
const QString AssignKey = QStringLiteral("assign");
const QString CopyKey = QStringLiteral("copy");
constexpr int MaxRoleNameLength = 30;
constexpr int FilterDelayMs = 150;
} // namespace

RolesPage::RolesPage(WorkspaceModels *models, sync::ApiClient *client, QWidget *parent)
    : WorkspacePage(models, client, parent), m_ui(new Ui::RolesPage)
{
    m_ui->setupUi(this);
    setUpPage({m_ui->titleLabel, m_ui->introLabel, m_ui->filterFrame, m_ui->searchButton, m_ui->messageLabel,
               m_ui->busyBar, m_ui->exportButton});
    setUpEditing({m_ui->addButton, tr("Create a new role (添加角色)"), m_ui->rolesTable});

    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_models->roles());
    m_filter->setFilterKeyColumn(RoleTableModel::NameColumn);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortRole(RoleTableModel::SortRole);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);

    PagedTable *table = m_ui->rolesTable;
    table->setModel(m_filter, RoleTableModel::IdRole, RoleTableModel::NumberColumn);
    setEmptyTexts(tr("No roles yet. Press “Add role” to create the first one."),
                  tr("Loading the roles from this computer's cache…"));
    table->setExportExcludedColumns({RoleTableModel::NumberColumn});   // 序号 belongs to the view's order
    table->setRowActions(tr("Actions"), [this](const QModelIndex &) {
        // Read-only (offline): a role and its accounts open for review; only 删除 waits.
        const bool enabled = !isReadOnly();
        const QString why = readOnlyReason();
        return QList<RowAction>{
            {EditKey, enabled ? tr("Edit") : tr("View"), true, QString(), false},
            {DeleteKey, tr("Delete"), enabled, why, true},
            {AssignKey, tr("Assign accounts"), true, QString(), false},
            {CopyKey, tr("Copy"), enabled, why, false},
        };
    });
    QHeaderView *header = table->view()->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(RoleTableModel::NumberColumn, 50);
    header->resizeSection(RoleTableModel::NameColumn, 120);
    header->resizeSection(RoleTableModel::AccountsColumn, 96);
    header->setSectionResizeMode(RoleTableModel::PermissionsColumn, QHeaderView::Stretch);
    header->resizeSection(RoleTableModel::CreatedByColumn, 130);
    header->resizeSection(RoleTableModel::CreatedAtColumn, 140);
    header->resizeSection(RoleTableModel::RemarkColumn, 130);
    header->resizeSection(table->pageModel()->extraColumnStart(), 228);
    header->setMinimumSectionSize(48);
    table->view()->setAccessibleName(tr("Roles"));

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(FilterDelayMs);
    connect(&m_filterDelay, &QTimer::timeout, this, &RolesPage::applyFilter);
    connect(m_ui->nameFilterEdit, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_ui->nameFilterEdit, &QLineEdit::returnPressed, this, &RolesPage::applyFilter);
    connect(m_ui->searchButton, &QPushButton::clicked, this, &RolesPage::applyFilter);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &RolesPage::resetFilter);
    connect(m_ui->addButton, &QPushButton::clicked, this, &RolesPage::addRole);
    connect(m_ui->compareButton, &QPushButton::clicked, this, [this] { compareRoles(m_ui->rolesTable->currentId()); });
    connect(table, &PagedTable::actionTriggered, this, &RolesPage::rowAction);
    connect(table, &PagedTable::rowActivated, this, [this](qint64 id) { editRole(id); });
    // Delete key on the table: 删除 of the current role.
    addDeleteShortcut(tr("Delete role"), [this](qint64 id) { deleteRole(id); });

    setTabOrder(m_ui->nameFilterEdit, m_ui->searchButton);
    setTabOrder(m_ui->searchButton, m_ui->resetButton);
    setTabOrder(m_ui->resetButton, m_ui->addButton);
    setTabOrder(m_ui->addButton, m_ui->compareButton);
    setTabOrder(m_ui->compareButton, m_ui->exportButton);
    setTabOrder(m_ui->exportButton, table->view());
    setReadOnly(true, tr("Not connected to a server."));
}

RolesPage::~RolesPage()
{
    m_ui->busyBar->cancel();
}

PagedTable *RolesPage::table() const
{
    return m_ui->rolesTable;
}

void RolesPage::readOnlyChanged(bool readOnly, const QString &reason)
{
    // An editor keeps what was typed when the connection goes (only saving
    // waits); one opened for review becomes an editor when it comes back.
    if (m_editor) {
        m_editor->setReadOnly(readOnly, reason);
        if (!readOnly)
            m_editor->setReviewOnly(false);
    }
    if (m_assign)
        m_assign->setReadOnly(readOnly, reason);
}

void RolesPage::setNameFilter(const QString &text)
{
    m_ui->nameFilterEdit->setText(text);
    applyFilter();
}

void RolesPage::applyFilter()
{
    m_filterDelay.stop();
    m_filter->setFilterFixedString(m_ui->nameFilterEdit->text().trimmed());
}

void RolesPage::resetFilter()
{
    m_ui->nameFilterEdit->clear();
    applyFilter();
    m_ui->rolesTable->view()->sortByColumn(-1, Qt::AscendingOrder);
    m_filter->sort(-1);
}

WorkspacePage::CsvExport RolesPage::csvExport() const
{
    return {tr("roles"), m_ui->rolesTable->csv(), tr("%n role(s) exported to %1.", nullptr, m_filter->rowCount())};
}

void RolesPage::rowAction(const QString &key, qint64 id)
{
    if (key == EditKey)
        editRole(id);
    else if (key == DeleteKey)
        deleteRole(id);
    else if (key == AssignKey)
        assignAccounts(id);
    else if (key == CopyKey)
        copyRole(id);
}

QString RolesPage::copyName(const QString &name) const
{
    // 药品采购员（副本）, then （副本2）… until no role has it; the original's name
    // is shortened so the suffix always shows within the 30 characters.
    QSet<QString> taken;
    for (const Role &r : m_models->roles()->roles())
        taken.insert(r.name);
    for (int n = 1;; ++n) {
        const QString suffix = n == 1 ? tr(" (copy)") : tr(" (copy %1)").arg(n);
        QString head = name.trimmed();
        while (!head.isEmpty() && validate::codePoints(head) + validate::codePoints(suffix) > MaxRoleNameLength)
            head.chop(head.size() >= 2 && head.back().isLowSurrogate() ? 2 : 1);
        const QString candidate = QString(head + suffix).trimmed();
        if (!taken.contains(candidate))
            return candidate;
    }
}

RoleCompareDialog *RolesPage::compareRoles(qint64 firstId)
{
    const QList<Role> roles = m_models->roles()->roles();
    if (roles.isEmpty())
        return nullptr;
    auto *dialog = new RoleCompareDialog(roles, m_models->catalog(), Startup::currentLanguage() == QLatin1String("en"),
                                         this);
    dialog->setObjectName(QStringLiteral("roleCompareDialog"));
    if (firstId)
        dialog->setRoles(firstId, 0);
    openDialog(dialog);
    return dialog;
}

RoleEditorDialog *RolesPage::copyRole(qint64 id)
{
    // 复制角色: a new role from this one — its menus and remark, a new name —
    // edited before it is saved.
    if (isReadOnly() || !m_workspace || m_editor)
        return nullptr;
    const std::optional<Role> original = m_models->role(id);
    if (!original)
        return nullptr;
    RoleEditorDialog *dialog = editRole(0);
    if (!dialog)
        return nullptr;
    QStringList unknown;
    sync::RoleInput input;
    input.name = copyName(original->name);
    input.remark = original->remark;
    input.permissions = m_models->catalog().expand(original->permissions, &unknown);
    dialog->setInput(input);
    dialog->setWindowTitle(tr("Copy role “%1”").arg(original->name));
    return dialog;
}

RoleEditorDialog *RolesPage::addRole()
{
    return editRole(0);
}

RoleEditorDialog *RolesPage::editRole(qint64 id)
{
    // Read-only, an existing role opens for review; nothing new can be added.
    if ((isReadOnly() && !id) || !m_workspace || m_editor)
        return m_editor;
    std::optional<Role> role;
    if (id) {
        role = m_models->role(id);
        if (!role)
            return nullptr;
    }
    auto *dialog = new RoleEditorDialog(m_client, m_workspace, m_models->catalog(), m_session, role, this);
    m_editor = dialog;
    if (isReadOnly()) {
        dialog->setReadOnly(true, readOnlyReason());
        dialog->setReviewOnly(true);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, isNew = !role.has_value()] {
        if (!dialog->savedRole())
            return;
        const Role saved = *dialog->savedRole();
        showMessage(isNew ? tr("The role “%1” was added.").arg(saved.name)
                          : tr("The role “%1” was saved.").arg(saved.name),
                    false);
        m_ui->rolesTable->selectId(saved.id);
    });
    openDialog(dialog);
    return dialog;
}

DeleteTexts RolesPage::deleteTexts(const Role &role)
{
    return {tr("Delete role"),
            role.accountCount > 0
                    ? tr("Delete the role “%1”? %n account(s) will lose it, and with it the menus it gives them.",
                         nullptr, role.accountCount)
                              .arg(role.name)
                    : tr("Delete the role “%1”? No account holds it.").arg(role.name),
            tr("Deleting the role “%1”…").arg(role.name), tr("The role “%1” was deleted.").arg(role.name)};
}

QString RolesPage::deleteFailedText(const QString &name, const ApiError &error)
{
    return error.is(ErrorCode::VersionConflict)
               ? tr("The role “%1” was changed by someone else in the meantime; it was not deleted. "
                    "Look at it again, then delete it if you still want to.")
                     .arg(name)
               : ErrorText::sentence(error);
}

void RolesPage::deleteRole(qint64 id)
{
    if (isReadOnly() || !m_workspace || !m_workspace->writes() || isBusy())
        return;
    const std::optional<Role> role = m_models->role(id);
    if (!role)
        return;
    const DeleteTexts texts = deleteTexts(*role);
    if (MessageBox::question(this, texts.title, texts.question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    const QString name = role->name;
    sync::ApiJob *job = m_workspace->writes()->deleteRole(
        id, role->version, this, [this, name, done = texts.done](const sync::Result<sync::Nothing> &r) {
            m_ui->busyBar->stop();
            if (r.ok())
                showMessage(done, false);
            else if (!r.error.is(ErrorCode::Cancelled))
                showMessage(deleteFailedText(name, r.error), true);
        });
    m_ui->busyBar->start(texts.busy, job);
}

AssignAccountsDialog *RolesPage::assignAccounts(qint64 id)
{
    // Read-only, it opens for review: both tabs and their filters, nothing to 选择.
    if (!m_workspace || m_assign)
        return m_assign;
    if (!m_models->role(id))
        return nullptr;
    auto *dialog = new AssignAccountsDialog(m_models, m_workspace, id, this);
    m_assign = dialog;
    if (isReadOnly())
        dialog->setReadOnly(true, readOnlyReason());
    openDialog(dialog, [dialog] { return dialog->summary(); });
    return dialog;
}

RoleEditorDialog *RolesPage::editorDialog() const
{
    return m_editor;
}

AssignAccountsDialog *RolesPage::assignDialog() const
{
    return m_assign;
}

} // namespace zc::ui
