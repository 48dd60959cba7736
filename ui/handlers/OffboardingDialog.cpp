#include "OffboardingDialog.h"

#include "models/AccountTableModel.h"
#include "sync/Workspace.h"
#include "sync/WriteThrough.h"
#include "ui/ErrorText.h"
#include "ui/widgets/BusyBar.h"
#include "ui/workspace/WorkspaceModels.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace zc::ui {

namespace {

QString quoted(const QStringList &names)
{
    QStringList q;
    q.reserve(names.size());
    for (const QString &n : names)
        q.append(OffboardingDialog::tr("“%1”").arg(n));
    return q.join(OffboardingDialog::tr("、"));
}

QString stamp(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

OffboardingDialog::OffboardingDialog(WorkspaceModels *models, sync::Workspace *workspace, qint64 accountId,
                                     QWidget *parent)
    : QDialog(parent), m_models(models), m_workspace(workspace), m_accountId(accountId)
{
    setObjectName(QStringLiteral("offboardingDialog"));
    setWindowTitle(tr("Offboard handler"));
    setMinimumWidth(460);

    if (const std::optional<Account> a = models ? models->account(accountId) : std::nullopt) {
        m_who = tr("%1 (%2)").arg(a->name, AccountTableModel::maskPhone(a->phone.isEmpty() ? a->login : a->phone));
        for (const qint64 roleId : a->roleIds) {
            const std::optional<Role> role = models->role(roleId);
            m_roleNames.append(role ? role->name : tr("role %1").arg(roleId));
        }
    }

    m_pages = new QStackedWidget(this);

    // Step 1: what will happen.
    auto *planPage = new QWidget(m_pages);
    auto *planLayout = new QVBoxLayout(planPage);
    planLayout->setContentsMargins(0, 0, 0, 0);
    m_planLabel = new QLabel(plan(), planPage);
    m_planLabel->setObjectName(QStringLiteral("planLabel"));
    m_planLabel->setTextFormat(Qt::PlainText);
    m_planLabel->setWordWrap(true);
    m_planLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    planLayout->addWidget(m_planLabel);
    planLayout->addStretch();
    m_pages->addWidget(planPage);

    // Step 2: what was done, as text to copy or print.
    m_report = new QPlainTextEdit(m_pages);
    m_report->setObjectName(QStringLiteral("reportText"));
    m_report->setReadOnly(true);
    m_report->setMinimumHeight(170);
    m_pages->addWidget(m_report);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    m_busy = new BusyBar(this);

    m_buttons = new QDialogButtonBox(this);
    m_confirm = m_buttons->addButton(tr("&Offboard"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_copy = m_buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_print = m_buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printButton"));
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Cancel);
    close->setObjectName(QStringLiteral("closeButton"));
    m_copy->hide();
    m_print->hide();
    // Nothing happens on Enter: offboarding is only ever a deliberate click.
    m_confirm->setAutoDefault(false);
    close->setDefault(true);
    connect(m_confirm, &QPushButton::clicked, this, &OffboardingDialog::confirm);
    connect(m_copy, &QPushButton::clicked, this, &OffboardingDialog::copySummary);
    connect(m_print, &QPushButton::clicked, this, &OffboardingDialog::printSummary);
    connect(close, &QPushButton::clicked, this, &OffboardingDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    if (m_who.isEmpty()) {
        m_error->setText(tr("This handler is no longer in the list. Refresh and try again."));
        m_error->show();
        m_confirm->setEnabled(false);
    } else if (!m_workspace || !m_workspace->writes()) {
        m_error->setText(tr("Offboarding needs the server. Connect and try again."));
        m_error->show();
        m_confirm->setEnabled(false);
    }
}

OffboardingDialog::~OffboardingDialog() = default;

QString OffboardingDialog::plan() const
{
    QStringList lines;
    lines << tr("Offboard %1? This does, in one step:").arg(m_who);
    lines << tr("• Disable the account: it can no longer log in.");
    if (m_roleNames.isEmpty())
        lines << tr("• Remove its roles: it holds none.");
    else
        lines << tr("• Remove its %n role(s): %1.", nullptr, int(m_roleNames.size())).arg(quoted(m_roleNames));
    lines << tr("• End its sessions: it is logged out at once.");
    lines << QString();
    lines << tr("API tokens it created keep working; review them under Interface management.");
    return lines.join(u'\n');
}

QString OffboardingDialog::summary() const
{
    return m_result ? m_report->toPlainText() : QString();
}

QString OffboardingDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool OffboardingDialog::isBusy() const
{
    return m_job != nullptr;
}

void OffboardingDialog::confirm()
{
    if (m_job || m_result || !m_confirm->isEnabled() || !m_workspace || !m_workspace->writes())
        return;
    m_error->hide();
    m_confirm->setEnabled(false);
    m_job = m_workspace->writes()->offboardHandler(
            m_accountId, this, [this](const sync::Result<sync::Offboarding> &r) {
                m_job = nullptr;
                m_busy->stop();
                if (r.ok()) {
                    showResult(*r.value);
                    Q_EMIT offboarded(*r.value);
                    return;
                }
                m_confirm->setEnabled(true);
                if (r.error.is(ErrorCode::Cancelled))
                    return;
                m_error->setText(ErrorText::sentence(r.error));
                m_error->show();
            });
    m_busy->start(tr("Offboarding %1…").arg(m_who), m_job);
}

QString OffboardingDialog::reportText(const sync::Offboarding &result) const
{
    QStringList lines;
    lines << tr("Offboarding record");
    lines << tr("Handler: %1").arg(m_who);
    if (m_workspace && m_workspace->session() && m_workspace->session()->unit)
        lines << tr("Unit: %1").arg(m_workspace->session()->unit->name);
    if (m_workspace && m_workspace->session() && m_workspace->session()->account) {
        const Account &me = *m_workspace->session()->account;
        lines << tr("Done by: %1 (%2)").arg(me.name, me.login);
    }
    lines << tr("Done at: %1").arg(stamp(m_doneAt));
    if (result.alreadyOffboarded) {
        lines << tr("Nothing was left to do: the account was already disabled, without roles or sessions.");
        return lines.join(u'\n');
    }
    lines << tr("Account: disabled");
    QStringList removed;
    for (const sync::Offboarding::RemovedRole &role : result.removedRoles)
        removed.append(role.name);
    if (removed.isEmpty())
        lines << tr("Roles removed: none (it held no role)");
    else
        lines << tr("Roles removed (%n): %1", nullptr, int(removed.size())).arg(quoted(removed));
    lines << tr("Sessions ended: %n", nullptr, result.revokedSessions);
    return lines.join(u'\n');
}

void OffboardingDialog::showResult(const sync::Offboarding &result)
{
    m_doneAt = QDateTime::currentDateTimeUtc();
    m_result = result;
    m_report->setPlainText(reportText(result));
    m_pages->setCurrentWidget(m_report);
    setWindowTitle(result.alreadyOffboarded ? tr("Already offboarded") : tr("Offboarded"));
    m_confirm->hide();
    m_copy->show();
    m_print->show();
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Cancel))
        close->setText(tr("Close"));
}

void OffboardingDialog::copySummary() const
{
    if (m_result)
        QGuiApplication::clipboard()->setText(summary());
}

bool OffboardingDialog::printTo(QPrinter *printer) const
{
    if (!m_result)
        return false;
    QTextDocument doc;
    doc.setDefaultFont(QFontDatabase::systemFont(QFontDatabase::GeneralFont));
    doc.setPlainText(summary());
    doc.print(printer);
    return true;
}

void OffboardingDialog::printSummary()
{
    if (!m_result)
        return;
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setDocName(tr("Offboarding record"));
    auto *dialog = new QPrintDialog(printer, this);
    dialog->setObjectName(QStringLiteral("printDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, dialog, [printer] { delete printer; });
    connect(dialog, QOverload<QPrinter *>::of(&QPrintDialog::accepted), this,
            [this](QPrinter *chosen) { printTo(chosen); });
    dialog->open();
}

void OffboardingDialog::reject()
{
    if (m_job)
        return;
    QDialog::reject();
}

} // namespace zc::ui
