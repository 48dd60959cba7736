#include "HandlerRolesDialog.h"
#include "ui_HandlerRolesDialog.h"

#include "ui/ErrorText.h"
#include "ui/UiStyle.h"
#include "ui/workspace/WorkspaceModels.h"

#include "models/RoleTableModel.h"
#include "sync/ApiClient.h"
#include "sync/Workspace.h"
#include "sync/WriteThrough.h"

#include <QListWidgetItem>

namespace zc::ui {

namespace {
constexpr int RoleIdRole = Qt::UserRole + 1;
}

HandlerRolesDialog::HandlerRolesDialog(WorkspaceModels *models, sync::Workspace *workspace, qint64 accountId,
                                       QWidget *parent)
    : QDialog(parent), m_ui(new Ui::HandlerRolesDialog), m_models(models), m_workspace(workspace),
      m_accountId(accountId)
{
    m_ui->setupUi(this);
    UiStyle::dialogHeadline(m_ui->headlineLabel);
    UiStyle::intro(m_ui->introLabel);
    UiStyle::primaryButton(m_ui->okButton);
    UiStyle::message(m_ui->errorLabel, QString(), UiStyle::Message::Error);

    if (const std::optional<Account> a = m_models->account(accountId)) {
        m_accountName = a->name;
        m_initial = QSet<qint64>(a->roleIds.cbegin(), a->roleIds.cend());
        m_ui->headlineLabel->setText(tr("Roles of %1 (%2)").arg(a->name, a->login));
    }
    setWindowTitle(tr("Assign roles — %1").arg(m_accountName));

    QList<Role> roles = m_models->roles()->roles();
    std::sort(roles.begin(), roles.end(), [](const Role &a, const Role &b) { return a.name < b.name; });
    for (const Role &r : std::as_const(roles)) {
        auto *item = new QListWidgetItem(r.remark.isEmpty() ? r.name : tr("%1 — %2").arg(r.name, r.remark),
                                         m_ui->roleList);
        item->setData(RoleIdRole, r.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_initial.contains(r.id) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(m_models->roles()->index(m_models->roles()->rowOf(r.id), RoleTableModel::PermissionsColumn)
                             .data()
                             .toString());
    }
    if (m_ui->roleList->count() == 0)
        UiStyle::message(m_ui->errorLabel, tr("Your unit has no roles yet: add one on the “Account roles” page first."),
                         UiStyle::Message::Warning);
    else
        m_ui->roleList->setCurrentRow(0);

    connect(m_ui->roleList, &QListWidget::itemChanged, this, &HandlerRolesDialog::updateCount);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &HandlerRolesDialog::filter);
    connect(m_ui->okButton, &QPushButton::clicked, this, &HandlerRolesDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &HandlerRolesDialog::reject);
    connect(m_ui->busyBar, &BusyBar::cancelled, this, [this] {
        m_queue.clear();
        finish();
    });
    setTabOrder(m_ui->filterEdit, m_ui->roleList);
    setTabOrder(m_ui->roleList, m_ui->okButton);
    setTabOrder(m_ui->okButton, m_ui->cancelButton);
    updateCount();
    m_ui->roleList->setFocus();
}

HandlerRolesDialog::~HandlerRolesDialog()
{
    m_queue.clear();
    if (m_job)
        m_job->abort();
}

void HandlerRolesDialog::setRoleChecked(qint64 roleId, bool checked)
{
    for (int i = 0; i < m_ui->roleList->count(); ++i) {
        QListWidgetItem *item = m_ui->roleList->item(i);
        if (item->data(RoleIdRole).toLongLong() == roleId)
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

QSet<qint64> HandlerRolesDialog::checkedRoles() const
{
    QSet<qint64> ids;
    for (int i = 0; i < m_ui->roleList->count(); ++i) {
        const QListWidgetItem *item = m_ui->roleList->item(i);
        if (item->checkState() == Qt::Checked)
            ids.insert(item->data(RoleIdRole).toLongLong());
    }
    return ids;
}

bool HandlerRolesDialog::isBusy() const
{
    return m_running;
}

QString HandlerRolesDialog::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

void HandlerRolesDialog::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason = reason;
    updateButtons();
}

void HandlerRolesDialog::filter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_ui->roleList->count(); ++i) {
        QListWidgetItem *item = m_ui->roleList->item(i);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
}

void HandlerRolesDialog::updateCount()
{
    const int n = static_cast<int>(checkedRoles().size());
    m_ui->countLabel->setText(n == 0 ? tr("No role ticked: the handler could not open any menu.")
                                     : tr("%n role(s) ticked", nullptr, n));
    UiStyle::textTone(m_ui->countLabel, n == 0 ? UiStyle::Tone::Caution : UiStyle::Tone::Secondary);
    updateButtons();
}

void HandlerRolesDialog::updateButtons()
{
    m_ui->okButton->setEnabled(!m_running && !m_readOnly && checkedRoles() != m_initial);
    m_ui->okButton->setToolTip(m_readOnly ? m_readOnlyReason : QString());
    m_ui->roleList->setEnabled(!m_running);
}

void HandlerRolesDialog::accept()
{
    if (m_running || m_readOnly || !m_workspace || !m_workspace->writes())
        return;
    const QSet<qint64> now = checkedRoles();
    m_queue.clear();
    for (qint64 id : now - m_initial)
        m_queue << Step{id, true};
    for (qint64 id : m_initial - now)
        m_queue << Step{id, false};
    if (m_queue.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_failures.clear();
    UiStyle::message(m_ui->errorLabel, QString(), UiStyle::Message::Error);
    m_running = true;
    updateButtons();
    m_ui->busyBar->start(tr("Saving the roles…"));
    next();
}

void HandlerRolesDialog::next()
{
    if (m_queue.isEmpty()) {
        finish();
        return;
    }
    const Step step = m_queue.takeFirst();
    const std::optional<Role> role = m_models->role(step.roleId);
    const QString name = role ? role->name : tr("role #%1").arg(step.roleId);
    const auto done = [this, step, name](const sync::Result<sync::Nothing> &r) {
        m_job.clear();
        if (r.ok()) {
            (step.assign ? m_added : m_removed) << name;
            if (step.assign)
                m_initial.insert(step.roleId);
            else
                m_initial.remove(step.roleId);
        } else if (r.error.is(ErrorCode::Cancelled)) {
            m_queue.clear();
        } else {
            m_failures << tr("%1: %2").arg(name, ErrorText::sentence(r.error));
        }
        next();
    };
    sync::WriteThrough *writes = m_workspace->writes();
    m_job = step.assign ? writes->assign(step.roleId, m_accountId, this, done)
                        : writes->unassign(step.roleId, m_accountId, this, done);
    m_ui->busyBar->watch(m_job);
}

void HandlerRolesDialog::finish()
{
    m_running = false;
    if (m_ui->busyBar->isBusy())
        m_ui->busyBar->stop();
    updateButtons();
    if (!m_failures.isEmpty()) {
        UiStyle::message(m_ui->errorLabel, tr("Not everything was saved:\n%1").arg(m_failures.join(QLatin1Char('\n'))),
                         UiStyle::Message::Error);
        return;
    }
    if (checkedRoles() == m_initial)
        QDialog::accept();
}

QString HandlerRolesDialog::summary() const
{
    QStringList parts;
    if (!m_added.isEmpty())
        parts << tr("given %1").arg(m_added.join(tr(", ")));
    if (!m_removed.isEmpty())
        parts << tr("no longer holds %1").arg(m_removed.join(tr(", ")));
    if (parts.isEmpty())
        return {};
    return tr("Handler “%1”: %2.").arg(m_accountName, parts.join(tr("; ")));
}

void HandlerRolesDialog::reject()
{
    if (m_running) {
        m_ui->busyBar->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace zc::ui
