#include "ForgotPasswordDialog.h"
#include "ui_ForgotPasswordDialog.h"

#include "ui/account/NewPasswordFields.h"
#include "ui/account/SmsVerification.h"
#include "ui/ErrorText.h"
#include "ui/UiStyle.h"

#include "models/Validators.h"
#include "sync/ApiClient.h"

#include <QIcon>
#include <QLoggingCategory>

namespace zc::ui {

namespace {
Q_LOGGING_CATEGORY(lcForgot, "zc.ui.forgot", QtInfoMsg)
}

ForgotPasswordDialog::ForgotPasswordDialog(sync::ApiClient *client, SmsCooldowns *cooldowns, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::ForgotPasswordDialog), m_client(client)
{
    m_ui->setupUi(this);
    const QString server = m_client ? m_client->profile().name : QString();
    if (!server.isEmpty())
        setWindowTitle(tr("Forgot password — %1").arg(server));
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/zc/icons/key.svg")).pixmap(40, 40));
    UiStyle::dialogHeadline(m_ui->headlineLabel);
    UiStyle::intro(m_ui->introLabel);
    UiStyle::primaryButton(m_ui->okButton);
    UiStyle::fieldError(m_ui->loginErrorLabel, nullptr, QString());
    UiStyle::message(m_ui->errorLabel, QString(), UiStyle::Message::Error);
    m_password = new NewPasswordFields({m_ui->newEdit, m_ui->strengthLabel, m_ui->repeatEdit, m_ui->matchLabel},
                                       NewPasswordFields::Wording::NewPassword, this);

    m_sms = new SmsVerification(client, cooldowns, sync::SmsPurpose::ResetPassword,
                                {m_ui->phoneEdit, m_ui->phoneErrorLabel, m_ui->captchaEdit, m_ui->captchaButton,
                                 m_ui->captchaErrorLabel, m_ui->smsEdit, m_ui->sendButton, m_ui->smsErrorLabel,
                                 m_ui->busyBar},
                                this);

    connect(m_ui->handlerRadio, &QRadioButton::toggled, this, &ForgotPasswordDialog::updateForm);
    connect(m_ui->loginEdit, &QLineEdit::textEdited, this, [this] {
        m_loginServerError.clear();
        updateForm();
    });
    connect(m_ui->loginEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_ui->loginEdit->text().trimmed().isEmpty())
            m_loginTouched = true;
        updateForm();
    });
    connect(m_ui->phoneEdit, &QLineEdit::textEdited, this, [this] {
        if (m_loginServerError.isEmpty())
            return;
        m_loginServerError.clear();   // “not the registered phone” may be the phone's fault
        updateForm();
    });
    connect(m_ui->okButton, &QPushButton::clicked, this, &ForgotPasswordDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ForgotPasswordDialog::reject);
    connect(m_ui->busyBar, &BusyBar::cancelled, this, [this] {
        if (m_job)
            setBusy(false);
    });
    connect(m_sms, &SmsVerification::busyChanged, this, [this](bool busy) { m_ui->okButton->setEnabled(!busy); });

    setTabOrder(m_ui->handlerRadio, m_ui->mainRadio);
    setTabOrder(m_ui->mainRadio, m_ui->loginEdit);
    setTabOrder(m_ui->loginEdit, m_ui->phoneEdit);
    setTabOrder(m_ui->phoneEdit, m_ui->captchaEdit);
    setTabOrder(m_ui->captchaEdit, m_ui->captchaButton);
    setTabOrder(m_ui->captchaButton, m_ui->smsEdit);
    setTabOrder(m_ui->smsEdit, m_ui->sendButton);
    setTabOrder(m_ui->sendButton, m_ui->newEdit);
    setTabOrder(m_ui->newEdit, m_ui->repeatEdit);
    setTabOrder(m_ui->repeatEdit, m_ui->okButton);
    setTabOrder(m_ui->okButton, m_ui->cancelButton);

    updateForm();
    m_sms->refreshCaptcha();
    m_ui->phoneEdit->setFocus();
    // The window grows when a message appears (the layout's minimum); it starts at a comfortable width.
    resize(600, sizeHint().height());
}

ForgotPasswordDialog::~ForgotPasswordDialog()
{
    m_closing = true;
    if (m_job)
        m_job->abort();
}

void ForgotPasswordDialog::setLoginHint(const QString &loginOrPhone)
{
    const QString typed = loginOrPhone.trimmed();
    if (typed.isEmpty())
        return;
    if (validate::phone(typed) == ValidationError::None) {
        setMainAccount(false);
        m_ui->phoneEdit->setText(typed);
    } else if (validate::mainLogin(typed) == ValidationError::None) {
        setMainAccount(true);
        m_ui->loginEdit->setText(validate::normalizeLogin(typed));
    }
    updateForm();
}

void ForgotPasswordDialog::setMainAccount(bool main)
{
    (main ? m_ui->mainRadio : m_ui->handlerRadio)->setChecked(true);
    updateForm();
}

bool ForgotPasswordDialog::isMainAccount() const
{
    return m_ui->mainRadio->isChecked();
}

QString ForgotPasswordDialog::loginName() const
{
    return isMainAccount() ? validate::normalizeLogin(m_ui->loginEdit->text()) : m_sms->phone();
}

bool ForgotPasswordDialog::isBusy() const
{
    return !m_job.isNull() || m_sms->isBusy();
}

QString ForgotPasswordDialog::fieldErrorText(const QString &field) const
{
    auto shown = [this](const QLabel *label, const QWidget *edit) {
        return label->isVisibleTo(this) && edit->property("zcError").toBool() ? label->text() : QString();
    };
    if (field == QLatin1String("login"))
        return shown(m_ui->loginErrorLabel, m_ui->loginEdit);
    if (field == QLatin1String("phone"))
        return shown(m_ui->phoneErrorLabel, m_ui->phoneEdit);
    if (field == QLatin1String("captcha_answer"))
        return shown(m_ui->captchaErrorLabel, m_ui->captchaEdit);
    if (field == QLatin1String("sms_code"))
        return shown(m_ui->smsErrorLabel, m_ui->smsEdit);
    if (field == QLatin1String("new_password"))
        return m_password->passwordProblem();
    if (field == QLatin1String("repeat"))
        return m_password->repeatProblem();
    return {};
}

QString ForgotPasswordDialog::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

QString ForgotPasswordDialog::loginError() const
{
    switch (validate::mainLogin(m_ui->loginEdit->text())) {
    case ValidationError::None: return {};
    case ValidationError::Empty: return tr("Please enter the main account's login name.");
    default:
        return tr("A main account's login name has 4 to 32 of the letters a–z, digits and . _ -, and starts with a "
                  "letter.");
    }
}

void ForgotPasswordDialog::updateForm()
{
    const bool main = isMainAccount();
    m_ui->loginEdit->setEnabled(main && !m_job);
    m_ui->loginCaption->setEnabled(main);
    const QString loginProblem = !main                        ? QString()
                                 : !m_loginServerError.isEmpty() ? m_loginServerError
                                 : m_loginTouched             ? loginError()
                                                              : QString();
    UiStyle::fieldError(m_ui->loginErrorLabel, m_ui->loginEdit, loginProblem);
    if (loginProblem.isEmpty() && main)
        UiStyle::fieldHint(m_ui->loginErrorLabel, tr("The code goes to the phone registered for this main account."));
}

bool ForgotPasswordDialog::check()
{
    if (isMainAccount()) {
        m_loginTouched = true;
        updateForm();
        if (!loginError().isEmpty() || !m_loginServerError.isEmpty()) {
            m_ui->loginEdit->setFocus();
            return false;
        }
    }
    if (!m_sms->check())
        return false;
    return m_password->check();
}

void ForgotPasswordDialog::accept()
{
    if (m_job || m_sms->isBusy() || !m_client)
        return;
    UiStyle::message(m_ui->errorLabel, QString(), UiStyle::Message::Error);
    if (!check())
        return;
    const QString login = isMainAccount() ? validate::normalizeLogin(m_ui->loginEdit->text()) : QString();
    m_job = m_client->resetPassword(m_sms->phone(), m_sms->code(), m_password->password(), login, this,
                                    [this](const sync::Result<sync::Nothing> &r) {
                                        if (m_closing)
                                            return;
                                        m_job.clear();
                                        setBusy(false);
                                        if (r.ok()) {
                                            qCInfo(lcForgot) << "password reset by SMS";
                                            m_sms->codeUsed();
                                            QDialog::accept();
                                            return;
                                        }
                                        submitFinished(r.error);
                                    });
    setBusy(true);
}

void ForgotPasswordDialog::submitFinished(const ApiError &error)
{
    qCInfo(lcForgot) << "password reset refused:" << error.status << error.code << error.field;
    if (error.is(ErrorCode::Cancelled))
        return;
    if (error.is(ErrorCode::NotFound)) {
        // ErrorText's not_found speaks of an item someone deleted; here it is the phone or login typed.
        if (isMainAccount()) {
            m_loginServerError = tr("No main account with this login name has this phone as its registered phone.");
            updateForm();
            m_ui->loginEdit->setFocus();
        } else {
            m_sms->showPhoneError(tr("No handler account uses this phone number. For a unit's main account, "
                                     "choose “Unit main account” and give its login name."));
        }
        return;
    }
    if (m_sms->showServerError(error))
        return;
    const QString field = ErrorText::field(error);
    if (field == QLatin1String("login")) {
        m_loginServerError = ErrorText::sentence(error);
        updateForm();
        m_ui->loginEdit->setFocus();
        return;
    }
    UiStyle::message(m_ui->errorLabel, ErrorText::sentenceWithSeconds(error), UiStyle::Message::Error);
    if (field == QLatin1String("new_password"))
        m_password->retypePassword();
}

void ForgotPasswordDialog::setBusy(bool busy)
{
    m_ui->busyBar->setBusy(busy, tr("Resetting the password…"), m_job);
    m_sms->setFormBusy(busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->handlerRadio, m_ui->mainRadio, m_ui->okButton})
        w->setEnabled(!busy);
    m_password->setEnabled(!busy);
    updateForm();
}

void ForgotPasswordDialog::reject()
{
    if (m_job || m_sms->isBusy()) {
        m_ui->busyBar->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace zc::ui
