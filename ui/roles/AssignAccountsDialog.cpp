#include "AssignAccountsDialog.h"
#include "ui_AssignAccountsDialog.h"

#include "ui/ErrorText.h"
#include "ui/UiStyle.h"
#include "ui/widgets/PagedTable.h"
#include "ui/widgets/PagerWidget.h"
#include "ui/widgets/PageProxyModel.h"
#include "ui/workspace/AccountListProxyModel.h"
#include "ui/workspace/WorkspaceModels.h"

#include "models/AccountTableModel.h"
#include "models/RoleTableModel.h"
#include "sync/ApiClient.h"
#include "sync/SyncEngine.h"
#include "sync/Workspace.h"
#include "sync/WriteThrough.h"

#include <QHeaderView>
#include <QTableView>

namespace zc::ui {

namespace {
constexpr char AssignKey[] = "assign";
constexpr char UnassignKey[] = "unassign";
} // namespace

AssignAccountsDialog::AssignAccountsDialog(WorkspaceModels *models, sync::Workspace *workspace, qint64 roleId,
                                           QWidget *parent)
    : QDialog(parent), m_ui(new Ui::AssignAccountsDialog), m_models(models), m_workspace(workspace), m_roleId(roleId)
{
    m_ui->setupUi(this);
    UiStyle::dialogHeadline(m_ui->roleLabel);
    UiStyle::intro(m_ui->introLabel);
    UiStyle::primaryButton(m_ui->assignButton);
    UiStyle::dangerButton(m_ui->unassignButton);
    UiStyle::successFrame(m_ui->summaryFrame);
    m_ui->summaryFrame->hide();

    // The manual's columns: 序号, 登录账号, 账号名称, 联系方式, 操作 (选择 on
    // 未分配, 取消分配 on 已分配); the ticks add assigning several at once.
    const auto setUp = [this](AccountListProxyModel *&proxy, PagedTable *table, bool assigned) {
        proxy = new AccountListProxyModel(this);
        proxy->setSourceModel(m_models->accounts());
        proxy->setKindFilter(Account::Kind::Handler);
        proxy->setRoleFilter(m_roleId, assigned);
        table->setCheckable(true);
        table->setModel(proxy, AccountTableModel::IdRole, AccountTableModel::NumberColumn);
        table->pageModel()->setHeaderText(AccountTableModel::PhoneColumn, tr("Contact"));
        table->view()->setAccessibleName(assigned ? tr("Assigned accounts") : tr("Unassigned accounts"));
        for (int c : {AccountTableModel::StatusColumn, AccountTableModel::RolesColumn, AccountTableModel::CreatedAtColumn,
                      AccountTableModel::LastLoginColumn, AccountTableModel::InstitutionColumn})
            table->view()->setColumnHidden(c, true);
        table->setRowActions(tr("Actions"), [this, assigned](const QModelIndex &) {
            const bool enabled = !m_readOnly && !isBusy();
            const QString why = m_readOnly ? m_readOnlyReason : QString();
            return QList<RowAction>{assigned ? RowAction{QLatin1String(UnassignKey), tr("Unassign"), enabled, why, true}
                                             : RowAction{QLatin1String(AssignKey), tr("Select"), enabled, why, false}};
        });
        QHeaderView *header = table->view()->horizontalHeader();
        header->resizeSection(AccountTableModel::NumberColumn, 72);
        header->resizeSection(AccountTableModel::LoginColumn, 160);
        header->setSectionResizeMode(AccountTableModel::NameColumn, QHeaderView::Stretch);
        header->resizeSection(AccountTableModel::PhoneColumn, 140);
        connect(table, &PagedTable::checkedIdsChanged, this, &AssignAccountsDialog::updateButtons);
        // 刷新数据: a sync; what it brings shows in both lists at once.
        table->pager()->setRefreshVisible(true);
        connect(table->pager(), &PagerWidget::refreshRequested, this, [this] {
            if (m_workspace && m_workspace->engine())
                m_workspace->engine()->refresh();
        });
        connect(table, &PagedTable::actionTriggered, this, [this](const QString &key, qint64 id) {
            if (key == QLatin1String(AssignKey))
                assign({id});
            else if (key == QLatin1String(UnassignKey))
                unassign({id});
        });
    };
    setUp(m_assigned, m_ui->assignedTable, true);
    setUp(m_unassigned, m_ui->unassignedTable, false);

    const auto filters = [this](AccountListProxyModel *proxy, QLineEdit *login, QLineEdit *name, QPushButton *search,
                                QPushButton *reset) {
        // The tab counts are the role's, not the filter's: nothing else to update.
        const auto apply = [proxy, login, name] {
            proxy->setLoginFilter(login->text());
            proxy->setNameFilter(name->text());
        };
        connect(search, &QPushButton::clicked, this, apply);
        connect(login, &QLineEdit::returnPressed, this, apply);
        connect(name, &QLineEdit::returnPressed, this, apply);
        connect(login, &QLineEdit::textChanged, this, apply);
        connect(name, &QLineEdit::textChanged, this, apply);
        connect(reset, &QPushButton::clicked, this, [login, name, apply] {
            login->clear();
            name->clear();
            apply();
        });
    };
    filters(m_assigned, m_ui->assignedLoginEdit, m_ui->assignedNameEdit, m_ui->assignedSearchButton,
            m_ui->assignedResetButton);
    filters(m_unassigned, m_ui->unassignedLoginEdit, m_ui->unassignedNameEdit, m_ui->unassignedSearchButton,
            m_ui->unassignedResetButton);

    connect(m_ui->assignedTickPageButton, &QPushButton::clicked, this,
            [this] { m_ui->assignedTable->pageModel()->setPageChecked(true); });
    connect(m_ui->unassignedTickPageButton, &QPushButton::clicked, this,
            [this] { m_ui->unassignedTable->pageModel()->setPageChecked(true); });
    connect(m_ui->assignedClearButton, &QPushButton::clicked, m_ui->assignedTable, &PagedTable::clearChecked);
    connect(m_ui->unassignedClearButton, &QPushButton::clicked, m_ui->unassignedTable, &PagedTable::clearChecked);
    connect(m_ui->assignButton, &QPushButton::clicked, this, [this] {
        const QSet<qint64> ids = m_ui->unassignedTable->checkedIds();
        assign(QList<qint64>(ids.cbegin(), ids.cend()));
    });
    connect(m_ui->unassignButton, &QPushButton::clicked, this, [this] {
        const QSet<qint64> ids = m_ui->assignedTable->checkedIds();
        unassign(QList<qint64>(ids.cbegin(), ids.cend()));
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &AssignAccountsDialog::reject);
    connect(m_ui->busyBar, &BusyBar::cancelled, this, [this] {
        m_cancelled = true;
        m_queue.clear();
        finishBatch();
    });
    connect(m_models, &WorkspaceModels::contentChanged, this, &AssignAccountsDialog::updateHeader);

    setTabOrder(m_ui->tabs, m_ui->assignedLoginEdit);
    setTabOrder(m_ui->assignedLoginEdit, m_ui->assignedNameEdit);
    setTabOrder(m_ui->assignedNameEdit, m_ui->assignedSearchButton);
    setTabOrder(m_ui->assignedSearchButton, m_ui->assignedResetButton);
    setTabOrder(m_ui->assignedResetButton, m_ui->assignedTable->view());
    setTabOrder(m_ui->unassignedLoginEdit, m_ui->unassignedNameEdit);
    setTabOrder(m_ui->unassignedNameEdit, m_ui->unassignedSearchButton);
    setTabOrder(m_ui->unassignedSearchButton, m_ui->unassignedResetButton);
    setTabOrder(m_ui->unassignedResetButton, m_ui->unassignedTable->view());

    // The portal opens on 已分配 when the role has accounts, else on 未分配.
    updateHeader();
    m_ui->tabs->setCurrentIndex(m_assigned->rowCount() > 0 ? 0 : 1);
    updateButtons();
    resize(900, 640);
}

AssignAccountsDialog::~AssignAccountsDialog()
{
    m_queue.clear();
    if (m_job)
        m_job->abort();
}

PagedTable *AssignAccountsDialog::assignedTable() const
{
    return m_ui->assignedTable;
}

PagedTable *AssignAccountsDialog::unassignedTable() const
{
    return m_ui->unassignedTable;
}

bool AssignAccountsDialog::isBusy() const
{
    return !m_queue.isEmpty() || m_job;
}

void AssignAccountsDialog::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason = reason;
    updateButtons();
}

void AssignAccountsDialog::updateHeader()
{
    if (const std::optional<Role> role = m_models->role(m_roleId))
        m_roleName = role->name;
    m_ui->roleLabel->setText(tr("Role: %1").arg(m_roleName));
    setWindowTitle(tr("Assign accounts — %1").arg(m_roleName));
    // The counts are the unit's, whatever the filters show: a filtered-out
    // account is still (un)assigned.
    int assigned = 0;
    int unassigned = 0;
    for (const Account &a : m_models->accounts()->accounts()) {
        if (a.kind != Account::Kind::Handler)
            continue;
        ++(a.roleIds.contains(m_roleId) ? assigned : unassigned);
    }
    m_ui->tabs->setTabText(0, tr("Assigned (%1)").arg(assigned));
    m_ui->tabs->setTabText(1, tr("Unassigned (%1)").arg(unassigned));
    m_ui->assignedTable->setEmptyText(assigned == 0 ? tr("No account holds this role yet.")
                                                    : tr("No assigned account matches the filter."));
    m_ui->unassignedTable->setEmptyText(unassigned == 0 ? tr("Every account holds this role.")
                                                        : tr("No unassigned account matches the filter."));
}

void AssignAccountsDialog::updateButtons()
{
    const bool busy = isBusy();
    const int toAssign = static_cast<int>(m_ui->unassignedTable->checkedIds().size());
    const int toUnassign = static_cast<int>(m_ui->assignedTable->checkedIds().size());
    m_ui->assignButton->setEnabled(!busy && !m_readOnly && toAssign > 0);
    m_ui->unassignButton->setEnabled(!busy && !m_readOnly && toUnassign > 0);
    m_ui->assignButton->setText(toAssign > 0 ? tr("&Assign %n account(s)", nullptr, toAssign) : tr("&Assign"));
    m_ui->unassignButton->setText(toUnassign > 0 ? tr("&Unassign %n account(s)", nullptr, toUnassign)
                                                 : tr("&Unassign"));
    const QString why = m_readOnly ? m_readOnlyReason : tr("Tick the accounts first.");
    m_ui->assignButton->setToolTip(m_ui->assignButton->isEnabled() ? QString() : why);
    m_ui->unassignButton->setToolTip(m_ui->unassignButton->isEnabled() ? QString() : why);
    m_ui->assignedTable->refreshActions();
    m_ui->unassignedTable->refreshActions();
    m_ui->assignedTickedLabel->setText(toUnassign > 0 ? tr("%n ticked", nullptr, toUnassign) : QString());
    m_ui->unassignedTickedLabel->setText(toAssign > 0 ? tr("%n ticked", nullptr, toAssign) : QString());
}

void AssignAccountsDialog::assign(const QList<qint64> &accountIds)
{
    run(accountIds, true);
}

void AssignAccountsDialog::unassign(const QList<qint64> &accountIds)
{
    run(accountIds, false);
}

void AssignAccountsDialog::run(const QList<qint64> &accountIds, bool assign)
{
    if (isBusy() || m_readOnly || accountIds.isEmpty() || !m_workspace || !m_workspace->writes())
        return;
    QList<qint64> ids = accountIds;
    std::sort(ids.begin(), ids.end());
    for (qint64 id : std::as_const(ids))
        m_queue << Step{id, assign};
    m_batchSize = static_cast<int>(m_queue.size());
    m_cancelled = false;
    m_ui->busyBar->start(QString());
    next();
}

void AssignAccountsDialog::next()
{
    if (m_queue.isEmpty() || m_cancelled) {
        finishBatch();
        return;
    }
    const Step step = m_queue.takeFirst();
    const int done = m_batchSize - static_cast<int>(m_queue.size());
    const QString label = accountLabel(step.accountId);
    m_ui->busyBar->start(step.assign ? tr("Assigning %1 (%2 of %3)…").arg(label).arg(done).arg(m_batchSize)
                                     : tr("Unassigning %1 (%2 of %3)…").arg(label).arg(done).arg(m_batchSize));
    const auto finished = [this, step, label](const sync::Result<sync::Nothing> &r) {
        m_job.clear();
        if (r.ok()) {
            (step.assign ? m_assignedNames : m_unassignedNames) << label;
            (step.assign ? m_ui->unassignedTable : m_ui->assignedTable)->pageModel()->setChecked(step.accountId, false);
        } else if (r.error.is(ErrorCode::Cancelled)) {
            m_cancelled = true;
        } else {
            m_failures << tr("%1: %2").arg(label, ErrorText::sentence(r.error));
        }
        updateSummary();
        next();
    };
    sync::WriteThrough *writes = m_workspace->writes();
    m_job = step.assign ? writes->assign(m_roleId, step.accountId, this, finished)
                        : writes->unassign(m_roleId, step.accountId, this, finished);
    m_ui->busyBar->watch(m_job);
    updateButtons();
}

void AssignAccountsDialog::finishBatch()
{
    m_queue.clear();
    m_batchSize = 0;
    if (m_ui->busyBar->isBusy())
        m_ui->busyBar->stop();
    updateSummary();
    updateHeader();
    updateButtons();
}

QString AssignAccountsDialog::accountLabel(qint64 id) const
{
    const std::optional<Account> a = m_models->account(id);
    if (!a)
        return tr("account #%1").arg(id);
    return tr("%1 (%2)").arg(a->name, a->login);
}

QString AssignAccountsDialog::summary() const
{
    const int a = static_cast<int>(m_assignedNames.size());
    const int u = static_cast<int>(m_unassignedNames.size());
    const int f = static_cast<int>(m_failures.size());
    if (a == 0 && u == 0 && f == 0)
        return {};
    QStringList parts;
    if (a > 0)
        parts << tr("%n account(s) assigned", nullptr, a);
    if (u > 0)
        parts << tr("%n account(s) unassigned", nullptr, u);
    if (f > 0)
        parts << tr("%n failed", nullptr, f);
    return tr("Role “%1”: %2.").arg(m_roleName, parts.join(tr(", ")));
}

QString AssignAccountsDialog::summaryDetails() const
{
    QStringList lines;
    if (!m_assignedNames.isEmpty())
        lines << tr("Assigned: %1").arg(m_assignedNames.join(tr(", ")));
    if (!m_unassignedNames.isEmpty())
        lines << tr("Unassigned: %1").arg(m_unassignedNames.join(tr(", ")));
    if (!m_failures.isEmpty())
        lines << tr("Not changed: %1").arg(m_failures.join(QLatin1Char('\n')));
    if (m_cancelled)
        lines << tr("The rest was cancelled.");
    return lines.join(QLatin1Char('\n'));
}

void AssignAccountsDialog::updateSummary()
{
    const QString text = summary();
    m_ui->summaryFrame->setVisible(!text.isEmpty());
    m_ui->summaryLabel->setText(text.isEmpty() ? QString() : text + QLatin1Char('\n') + summaryDetails());
}

void AssignAccountsDialog::reject()
{
    if (isBusy()) {
        m_ui->busyBar->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace zc::ui
