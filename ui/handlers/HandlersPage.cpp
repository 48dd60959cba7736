#include "HandlersPage.h"
#include "ui_HandlersPage.h"

#include "ui/account/SmsCooldowns.h"
#include "ui/ErrorText.h"
#include "ui/handlers/AddHandlerDialog.h"
#include "ui/handlers/HandlerRolesDialog.h"
#include "ui/handlers/OffboardingDialog.h"
#include "ui/UiStyle.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/PagedTable.h"
#include "ui/widgets/PageProxyModel.h"
#include "ui/workspace/AccountListProxyModel.h"
#include "ui/workspace/WorkspaceModels.h"

#include "models/AccountTableModel.h"
#include "sync/ApiClient.h"
#include "sync/Workspace.h"
#include "sync/WriteThrough.h"

#include <QHeaderView>
#include <QTableView>

namespace zc::ui {

namespace {
const QString RolesKey = QStringLiteral("roles");
const QString DisableKey = QStringLiteral("disable");
const QString EnableKey = QStringLiteral("enable");
const QString UnlockKey = QStringLiteral("unlock");
const QString ResetKey = QStringLiteral("reset_password");
const QString OffboardKey = QStringLiteral("offboard");
const QString DeleteKey = QStringLiteral("delete");
constexpr int FilterDelayMs = 200;
constexpr int RevealMs = 60 * 1000;
} // namespace

HandlersPage::HandlersPage(WorkspaceModels *models, sync::ApiClient *client, SmsCooldowns *cooldowns, QWidget *parent)
    : WorkspacePage(models, client, parent), m_ui(new Ui::HandlersPage), m_cooldowns(cooldowns)
{
    m_ui->setupUi(this);
    setUpPage({m_ui->titleLabel, m_ui->introLabel, m_ui->filterFrame, m_ui->searchButton, m_ui->messageLabel,
               m_ui->busyBar, m_ui->exportButton});
    setUpEditing({m_ui->addButton, tr("Add a handler account by mobile phone number"), m_ui->handlersTable});
    UiStyle::warningFrame(m_ui->noRoleFrame);

    m_ui->statusCombo->addItem(tr("All"), -1);
    m_ui->statusCombo->addItem(tr("Active"), static_cast<int>(Account::Status::Active));
    m_ui->statusCombo->addItem(tr("Disabled"), static_cast<int>(Account::Status::Disabled));
    m_ui->statusCombo->addItem(tr("Locked"), static_cast<int>(Account::Status::Locked));

    m_filter = new AccountListProxyModel(this);
    m_filter->setSourceModel(m_models->accounts());
    m_filter->setKindFilter(Account::Kind::Handler);

    PagedTable *table = m_ui->handlersTable;
    table->setModel(m_filter, AccountTableModel::IdRole);
    setEmptyTexts(tr("No handlers yet. Press “Add handler” to add the first one."),
                  tr("Loading the handlers from this computer's cache…"));
    table->setRowActions(tr("Actions"), [this](const QModelIndex &index) {
        const bool enabled = !isReadOnly();
        const QString why = readOnlyReason();
        const bool noRole = index.data(AccountTableModel::NoRoleRole).toBool();
        const auto status = static_cast<Account::Status>(index.data(AccountTableModel::StatusRole).toInt());
        QList<RowAction> actions;
        actions << RowAction{RolesKey, noRole ? tr("Assign a role") : tr("Roles"), enabled,
                             why.isEmpty() && noRole ? tr("This handler holds no role yet: give it one.") : why, false};
        if (status == Account::Status::Active)
            actions << RowAction{DisableKey, tr("Disable"), enabled, why, false};
        else if (status == Account::Status::Disabled)
            actions << RowAction{EnableKey, tr("Enable"), enabled, why, false};
        else
            actions << RowAction{UnlockKey, tr("Unlock"), enabled, why, false};
        actions << RowAction{ResetKey, tr("Reset password"), enabled, why, false};
        // A person does not offboard themselves (the server says 409): the main account or another administrator does.
        const bool self = m_workspace && m_workspace->session() && m_workspace->session()->account
                          && m_workspace->session()->account->id == index.data(AccountTableModel::IdRole).toLongLong();
        actions << RowAction{OffboardKey, tr("Offboard"), enabled && !self,
                             self && why.isEmpty() ? tr("You cannot offboard yourself.") : why, true};
        actions << RowAction{DeleteKey, tr("Delete"), enabled, why, true};
        return actions;
    });
    table->view()->setColumnHidden(AccountTableModel::NumberColumn, true);
    QHeaderView *header = table->view()->horizontalHeader();
    header->resizeSection(AccountTableModel::LoginColumn, 112);
    header->resizeSection(AccountTableModel::NameColumn, 72);
    header->resizeSection(AccountTableModel::PhoneColumn, 104);
    header->resizeSection(AccountTableModel::StatusColumn, 60);
    header->setSectionResizeMode(AccountTableModel::RolesColumn, QHeaderView::Stretch);
    header->resizeSection(AccountTableModel::CreatedAtColumn, 140);
    header->resizeSection(AccountTableModel::LastLoginColumn, 140);
    header->resizeSection(AccountTableModel::InstitutionColumn, 180);
    header->resizeSection(table->pageModel()->extraColumnStart(), 236);
    header->setMinimumSectionSize(48);
    table->view()->setAccessibleName(tr("Handlers"));

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(FilterDelayMs);
    connect(&m_filterDelay, &QTimer::timeout, this, &HandlersPage::applyFilter);
    m_revealTimer.setSingleShot(true);
    m_revealTimer.setInterval(RevealMs);
    connect(&m_revealTimer, &QTimer::timeout, this, [this] { setRevealPhones(false); });

    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &HandlersPage::applyFilter);
    connect(m_ui->statusCombo, &QComboBox::activated, this, &HandlersPage::applyFilter);
    connect(m_ui->searchButton, &QPushButton::clicked, this, &HandlersPage::applyFilter);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &HandlersPage::resetFilter);
    connect(m_ui->noRoleOnlyCheck, &QCheckBox::toggled, this, &HandlersPage::applyFilter);
    connect(m_ui->addButton, &QPushButton::clicked, this, &HandlersPage::addHandler);
    connect(m_ui->revealButton, &QPushButton::toggled, this, &HandlersPage::setRevealPhones);
    connect(table, &PagedTable::actionTriggered, this, &HandlersPage::rowAction);
    connect(table, &PagedTable::rowActivated, this, [this](qint64 id) {
        if (!isReadOnly())
            assignRoles(id);
    });
    addDeleteShortcut(tr("Delete handler"), [this](qint64 id) { deleteHandler(id); });
    connect(m_models, &WorkspaceModels::contentChanged, this, &HandlersPage::updateNoRole);
    connect(m_models, &WorkspaceModels::institutionsChanged, this, &HandlersPage::updateInstitutionColumn);
    updateInstitutionColumn();

    setTabOrder(m_ui->noRoleOnlyCheck, m_ui->searchEdit);
    setTabOrder(m_ui->searchEdit, m_ui->statusCombo);
    setTabOrder(m_ui->statusCombo, m_ui->searchButton);
    setTabOrder(m_ui->searchButton, m_ui->resetButton);
    setTabOrder(m_ui->resetButton, m_ui->addButton);
    setTabOrder(m_ui->addButton, m_ui->revealButton);
    setTabOrder(m_ui->revealButton, m_ui->exportButton);
    setTabOrder(m_ui->exportButton, table->view());
    updateNoRole();
    setReadOnly(true, tr("Not connected to a server."));
}

HandlersPage::~HandlersPage()
{
    m_ui->busyBar->cancel();
    if (m_models && m_models->accounts())
        setRevealPhones(false);
}

PagedTable *HandlersPage::table() const
{
    return m_ui->handlersTable;
}

QString HandlersPage::noRoleText() const
{
    return m_ui->noRoleFrame->isVisibleTo(this) ? m_ui->noRoleLabel->text() : QString();
}

void HandlersPage::readOnlyChanged(bool readOnly, const QString &reason)
{
    if (m_add)
        m_add->setReadOnly(readOnly, reason);
    if (m_roles)
        m_roles->setReadOnly(readOnly, reason);
}

void HandlersPage::updateNoRole()
{
    int count = 0;
    for (const Account &a : m_models->accounts()->accounts()) {
        if (a.kind == Account::Kind::Handler && a.roleIds.isEmpty())
            ++count;
    }
    m_noRoleCount = count;
    m_ui->noRoleLabel->setText(
        tr("%n handler(s) hold no role: at login they are told “no role assigned” (对应角色为空) and cannot open any "
           "menu. Give each of them a role with “Assign a role”.",
           nullptr, count));
    m_ui->noRoleFrame->setVisible(count > 0 || m_ui->noRoleOnlyCheck->isChecked());
}

void HandlersPage::setSearchText(const QString &text)
{
    m_ui->searchEdit->setText(text);
    applyFilter();
}

void HandlersPage::applyFilter()
{
    m_filterDelay.stop();
    m_filter->setFilterText(m_ui->searchEdit->text());
    const int status = m_ui->statusCombo->currentData().toInt();
    m_filter->setStatusFilter(status < 0 ? std::nullopt
                                         : std::optional<Account::Status>(static_cast<Account::Status>(status)));
    m_filter->setNoRoleOnly(m_ui->noRoleOnlyCheck->isChecked());
}

void HandlersPage::resetFilter()
{
    m_ui->searchEdit->clear();
    m_ui->statusCombo->setCurrentIndex(0);
    m_ui->noRoleOnlyCheck->setChecked(false);
    applyFilter();
}

void HandlersPage::setRevealPhones(bool reveal)
{
    m_models->accounts()->setRevealPhones(reveal);
    if (m_ui->revealButton->isChecked() != reveal) {
        const QSignalBlocker blocker(m_ui->revealButton);
        m_ui->revealButton->setChecked(reveal);
    }
    m_ui->revealButton->setText(reveal ? tr("Hide &phone numbers") : tr("Show &phone numbers"));
    if (reveal)
        m_revealTimer.start();
    else
        m_revealTimer.stop();
}

void HandlersPage::updateInstitutionColumn()
{
    // A unit with several institutions (a hospital group): each handler chose one.
    m_ui->handlersTable->view()->setColumnHidden(AccountTableModel::InstitutionColumn,
                                                 m_models->institutions().size() < 2);
}

WorkspacePage::CsvExport HandlersPage::csvExport() const
{
    return {tr("handlers"), m_ui->handlersTable->csv(),
            tr("%n handler(s) exported to %1.", nullptr, m_filter->rowCount())};
}

QString HandlersPage::describe(const Account &a)
{
    return tr("“%1” (%2)").arg(a.name, AccountTableModel::maskPhone(a.phone.isEmpty() ? a.login : a.phone));
}

void HandlersPage::rowAction(const QString &key, qint64 id)
{
    if (key == RolesKey)
        assignRoles(id);
    else if (key == DisableKey)
        setHandlerEnabled(id, false);
    else if (key == EnableKey || key == UnlockKey)
        setHandlerEnabled(id, true);
    else if (key == ResetKey)
        resetPassword(id);
    else if (key == OffboardKey)
        offboard(id);
    else if (key == DeleteKey)
        deleteHandler(id);
}

AddHandlerDialog *HandlersPage::addHandler()
{
    if (isReadOnly() || !m_workspace || m_add)
        return m_add;
    auto *dialog = new AddHandlerDialog(m_client, m_workspace, m_cooldowns, this);
    m_add = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->addedAccount())
            return;
        const Account a = *dialog->addedAccount();
        showMessage(tr("The handler %1 was added. Give it a role so that it can open its menus.").arg(describe(a)),
                    false);
        m_ui->handlersTable->selectId(a.id);
    });
    openDialog(dialog);
    return dialog;
}

HandlerRolesDialog *HandlersPage::assignRoles(qint64 id)
{
    if (isReadOnly() || !m_workspace || m_roles)
        return m_roles;
    if (!m_models->account(id))
        return nullptr;
    auto *dialog = new HandlerRolesDialog(m_models, m_workspace, id, this);
    m_roles = dialog;
    openDialog(dialog, [dialog] { return dialog->summary(); });
    return dialog;
}

OffboardingDialog *HandlersPage::offboardingDialog() const
{
    return m_offboarding;
}

OffboardingDialog *HandlersPage::offboard(qint64 id)
{
    if (isReadOnly() || !m_workspace || m_offboarding)
        return m_offboarding;
    if (!m_models->account(id))
        return nullptr;
    auto *dialog = new OffboardingDialog(m_models, m_workspace, id, this);
    m_offboarding = dialog;
    connect(dialog, &OffboardingDialog::offboarded, this,
            [this](const sync::Offboarding &result) { showMessage(offboardedText(result), false); });
    openDialog(dialog);
    return dialog;
}

QString HandlersPage::offboardedText(const sync::Offboarding &result)
{
    return result.alreadyOffboarded
               ? tr("%1 was already offboarded; nothing was changed.").arg(describe(result.account))
               : tr("%1 was offboarded: disabled, %n role(s) removed, logged out.", nullptr,
                    int(result.removedRoles.size()))
                     .arg(describe(result.account));
}

void HandlersPage::setHandlerEnabled(qint64 id, bool enabled)
{
    if (isReadOnly() || !m_workspace || !m_workspace->writes() || isBusy())
        return;
    const std::optional<Account> a = m_models->account(id);
    if (!a)
        return;
    const bool unlock = enabled && a->status == Account::Status::Locked;
    QString question;
    QString busy;
    QString done;
    if (!enabled) {
        question = tr("Disable the handler %1? It is logged out at once and cannot log in until it is enabled again.")
                       .arg(describe(*a));
        busy = tr("Disabling %1…").arg(describe(*a));
        done = tr("The handler %1 was disabled.").arg(describe(*a));
    } else if (unlock) {
        question = tr("Unlock the handler %1? It can log in again at once.").arg(describe(*a));
        busy = tr("Unlocking %1…").arg(describe(*a));
        done = tr("The handler %1 was unlocked.").arg(describe(*a));
    } else {
        question = tr("Enable the handler %1? It can log in again.").arg(describe(*a));
        busy = tr("Enabling %1…").arg(describe(*a));
        done = tr("The handler %1 was enabled.").arg(describe(*a));
    }
    const QString title = !enabled ? tr("Disable handler") : unlock ? tr("Unlock handler") : tr("Enable handler");
    if (MessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    sync::HandlerPatch patch;
    patch.status = enabled ? Account::Status::Active : Account::Status::Disabled;
    sync::ApiJob *job = m_workspace->writes()->updateHandler(
        id, patch, a->version, this, [this, done](const sync::Result<Account> &r) {
            m_ui->busyBar->stop();
            if (r.ok())
                showMessage(done, false);
            else if (!r.error.is(ErrorCode::Cancelled))
                showMessage(ErrorText::sentence(r.error), true);
        });
    m_ui->busyBar->start(busy, job);
}

void HandlersPage::resetPassword(qint64 id)
{
    if (isReadOnly() || !m_client || isBusy())
        return;
    const std::optional<Account> a = m_models->account(id);
    if (!a)
        return;
    if (MessageBox::question(this, tr("Reset password"),
                             tr("Send the handler %1 a new password? It goes by SMS to %2 and must be changed at the "
                                "next login; the old password stops working.")
                                 .arg(describe(*a), AccountTableModel::maskPhone(a->phone)),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    const QString who = describe(*a);
    sync::ApiJob *job = m_client->resetHandlerPassword(id, this, [this, who](const sync::Result<sync::Nothing> &r) {
        m_ui->busyBar->stop();
        if (r.ok())
            showMessage(tr("A new password was sent to the handler %1 by SMS.").arg(who), false);
        else if (!r.error.is(ErrorCode::Cancelled))
            showMessage(ErrorText::sentence(r.error), true);
    });
    m_ui->busyBar->start(tr("Resetting the password of %1…").arg(who), job);
}

void HandlersPage::deleteHandler(qint64 id)
{
    if (isReadOnly() || !m_workspace || !m_workspace->writes() || isBusy())
        return;
    const std::optional<Account> a = m_models->account(id);
    if (!a)
        return;
    const QString who = describe(*a);
    const int roles = static_cast<int>(a->roleIds.size());
    const QString text =
        roles > 0 ? tr("Delete the handler %1? Its account and its %n role assignment(s) are removed from your unit; "
                       "this cannot be undone.",
                       nullptr, roles)
                        .arg(who)
                  : tr("Delete the handler %1? Its account is removed from your unit; this cannot be undone.").arg(who);
    if (MessageBox::question(this, tr("Delete handler"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    sync::ApiJob *job = m_workspace->writes()->deleteHandler(
        id, a->version, this, [this, who](const sync::Result<sync::Nothing> &r) {
            m_ui->busyBar->stop();
            if (r.ok())
                showMessage(tr("The handler %1 was deleted.").arg(who), false);
            else if (!r.error.is(ErrorCode::Cancelled))
                showMessage(ErrorText::sentence(r.error), true);
        });
    m_ui->busyBar->start(tr("Deleting the handler %1…").arg(who), job);
}

AddHandlerDialog *HandlersPage::addDialog() const
{
    return m_add;
}

HandlerRolesDialog *HandlersPage::rolesDialog() const
{
    return m_roles;
}

} // namespace zc::ui
