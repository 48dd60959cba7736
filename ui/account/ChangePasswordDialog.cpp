#include "ChangePasswordDialog.h"
#include "ui_ChangePasswordDialog.h"

#include "ui/account/NewPasswordFields.h"
#include "ui/ErrorText.h"
#include "ui/UiStyle.h"

#include "sync/ApiClient.h"

#include <QIcon>

namespace zc::ui {

ChangePasswordDialog::ChangePasswordDialog(sync::ApiClient *client, const Session &session, bool forced,
                                           QWidget *parent)
    : QDialog(parent), m_ui(new Ui::ChangePasswordDialog), m_client(client), m_session(session), m_forced(forced)
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/zc/icons/key.svg")).pixmap(40, 40));
    QFont headline = m_ui->headlineLabel->font();
    headline.setPointSizeF(headline.pointSizeF() * 1.2);
    headline.setBold(true);
    m_ui->headlineLabel->setFont(headline);
    if (forced) {
        m_ui->introLabel->setText(tr("You logged in with an initial password. Choose your own password before you "
                                     "continue; your other sessions are ended."));
        m_ui->cancelButton->setText(tr("Back to login"));
    } else {
        const QString who = m_session.account
            ? tr("%1 (%2)").arg(m_session.account->name, m_session.account->login)
            : QString();
        m_ui->introLabel->setText(who.isEmpty()
                                      ? tr("Your other sessions are ended when the password changes.")
                                      : tr("Change the password of %1. Your other sessions are ended when the "
                                           "password changes; this one stays open.")
                                            .arg(who));
    }
    UiStyle::textTone(m_ui->errorLabel, UiStyle::Tone::Bad);
    m_ui->errorLabel->hide();
    m_ui->errorLabel->setMinimumHeight(2 * fontMetrics().lineSpacing() + 2);
    m_password = new NewPasswordFields({m_ui->newEdit, m_ui->strengthLabel, m_ui->repeatEdit, m_ui->matchLabel,
                                        m_ui->oldEdit},
                                       NewPasswordFields::Wording::NewPassword, this);

    connect(m_password, &NewPasswordFields::edited, this, &ChangePasswordDialog::updateHints);
    connect(m_ui->okButton, &QPushButton::clicked, this, &ChangePasswordDialog::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ChangePasswordDialog::reject);
    updateHints();
}

ChangePasswordDialog::~ChangePasswordDialog()
{
    if (m_job)
        m_job->abort();
}

QString ChangePasswordDialog::strengthText() const
{
    return m_ui->strengthLabel->text();
}

QString ChangePasswordDialog::matchText() const
{
    return m_ui->matchLabel->text();
}

QString ChangePasswordDialog::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

bool ChangePasswordDialog::canSubmit() const
{
    return m_ui->okButton->isEnabled();
}

void ChangePasswordDialog::updateHints()
{
    m_ui->okButton->setEnabled(!m_job && !m_ui->oldEdit->text().isEmpty() && m_password->isComplete());
}

void ChangePasswordDialog::submit()
{
    if (!canSubmit() || !m_client)
        return;
    m_ui->errorLabel->hide();
    setBusy(true, tr("Changing the password…"));
    m_job = m_client->changePassword(m_ui->oldEdit->text(), m_ui->newEdit->text(), this,
                                     [this](const sync::Result<sync::Nothing> &r) {
                                         m_job.clear();
                                         if (r.ok()) {
                                             m_changed = true;
                                             reloadSession();
                                             return;
                                         }
                                         setBusy(false);
                                         if (!r.error.is(ErrorCode::Cancelled))
                                             showError(r.error);
                                     });
    updateHints();
}

void ChangePasswordDialog::reloadSession()
{
    setBusy(true, tr("Password changed. Loading your account…"));
    m_job = m_client->me(this, [this](const sync::Result<Session> &r) {
        m_job.clear();
        if (r.ok()) {
            const QString token = m_session.token;
            m_session = *r.value;
            m_session.token = token;
            accept();
            return;
        }
        setBusy(false);
        if (!r.error.is(ErrorCode::Cancelled))
            showError(r.error);
    });
}

void ChangePasswordDialog::showError(const ApiError &error)
{
    m_ui->errorLabel->setText(ErrorText::sentence(error));
    m_ui->errorLabel->show();
    const QString field = ErrorText::field(error);
    if (field == QLatin1String("old_password")) {
        m_ui->oldEdit->selectAll();
        m_ui->oldEdit->setFocus();
    } else if (field == QLatin1String("new_password")) {
        m_password->retypePassword();
    }
}

void ChangePasswordDialog::setBusy(bool busy, const QString &text)
{
    m_ui->busyLabel->setText(text);
    m_ui->oldEdit->setEnabled(!busy);
    m_password->setEnabled(!busy);
    updateHints();
}

void ChangePasswordDialog::reject()
{
    if (m_job) {
        m_job->abort();
        return;
    }
    if (m_changed) {
        // Changed; only the reload failed. The session is usable without that gate.
        m_session.passwordChangeRequired = false;
        accept();
        return;
    }
    QDialog::reject();
}

} // namespace zc::ui
