#include "AddHandlerDialog.h"
#include "ui_AddHandlerDialog.h"

#include "ui/account/SmsCooldowns.h"
#include "ui/ErrorText.h"
#include "ui/UiStyle.h"
#include "ui/widgets/CaptchaImage.h"

#include "models/AccountTableModel.h"
#include "models/Validators.h"
#include "sync/ApiClient.h"
#include "sync/Workspace.h"
#include "sync/WriteThrough.h"

#include <QIcon>
#include <QLoggingCategory>
#include <QPixmap>
#include <QRegularExpression>

namespace zc::ui {

namespace {
Q_LOGGING_CATEGORY(lcAddHandler, "zc.ui.addhandler", QtInfoMsg)
constexpr int DefaultResendSeconds = 60;
const QString Phone = QStringLiteral("phone");
const QString Name = QStringLiteral("name");
const QString Captcha = QStringLiteral("captcha_answer");
const QString Sms = QStringLiteral("sms_code");

bool isSmsCode(const QString &code)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{6}$"));
    return digits.match(code.trimmed()).hasMatch();
}
} // namespace

AddHandlerDialog::AddHandlerDialog(sync::ApiClient *client, sync::Workspace *workspace, SmsCooldowns *cooldowns,
                                   QWidget *parent)
    : QDialog(parent), m_ui(new Ui::AddHandlerDialog), m_client(client), m_workspace(workspace), m_cooldowns(cooldowns)
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/zc/icons/handlers.svg")).pixmap(40, 40));
    UiStyle::dialogHeadline(m_ui->headlineLabel);
    UiStyle::intro(m_ui->introLabel);
    UiStyle::primaryButton(m_ui->okButton);
    UiStyle::captchaButton(m_ui->captchaButton);
    m_captcha = new CaptchaImage(client, m_ui->captchaButton, m_ui->captchaEdit, this);
    connect(m_captcha, &CaptchaImage::failed, this, [this](const ApiError &error) {
        UiStyle::fieldError(m_ui->captchaErrorLabel, m_ui->captchaEdit, ErrorText::sentence(error));
    });
    connect(m_captcha, &CaptchaImage::changed, this, &AddHandlerDialog::captchaChanged);
    for (QLabel *l : {m_ui->phoneErrorLabel, m_ui->nameErrorLabel, m_ui->captchaErrorLabel, m_ui->smsErrorLabel})
        UiStyle::fieldError(l, nullptr, QString());
    UiStyle::message(m_ui->errorLabel, QString(), UiStyle::Message::Error);

    if (m_cooldowns)
        m_ui->phoneEdit->setText(m_cooldowns->pendingPhone());

    connect(m_ui->phoneEdit, &QLineEdit::textChanged, this, [this] {
        if (m_ui->phoneEdit->text().trimmed().size() >= 11)
            m_touched.insert(Phone);
        validate();
    });
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this] {
        m_touched.insert(Name);
        validate();
    });
    connect(m_ui->smsEdit, &QLineEdit::textChanged, this, [this] {
        if (m_ui->smsEdit->text().trimmed().size() >= 6)
            m_touched.insert(Sms);
        validate();
    });
    connect(m_ui->captchaEdit, &QLineEdit::textChanged, this, [this] {
        UiStyle::fieldError(m_ui->captchaErrorLabel, m_ui->captchaEdit, QString());
    });
    for (auto [edit, field] : {std::pair{m_ui->phoneEdit, Phone}, std::pair{m_ui->smsEdit, Sms}}) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit = edit, field = field] {
            if (!edit->text().isEmpty())
                m_touched.insert(field);
            validate();
        });
    }
    connect(m_ui->sendButton, &QPushButton::clicked, this, &AddHandlerDialog::requestSmsCode);
    connect(m_ui->okButton, &QPushButton::clicked, this, &AddHandlerDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &AddHandlerDialog::reject);
    connect(m_ui->busyBar, &BusyBar::cancelled, this, [this] { setBusy(false); });
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &AddHandlerDialog::tick);
    m_ticker.start();

    setTabOrder(m_ui->phoneEdit, m_ui->nameEdit);
    setTabOrder(m_ui->nameEdit, m_ui->captchaEdit);
    setTabOrder(m_ui->captchaEdit, m_ui->captchaButton);
    setTabOrder(m_ui->captchaButton, m_ui->smsEdit);
    setTabOrder(m_ui->smsEdit, m_ui->sendButton);
    setTabOrder(m_ui->sendButton, m_ui->okButton);
    setTabOrder(m_ui->okButton, m_ui->cancelButton);

    validate();
    refreshCaptcha();
    m_ui->phoneEdit->setFocus();
}

AddHandlerDialog::~AddHandlerDialog()
{
    m_ui->busyBar->cancel();
}

int AddHandlerDialog::resendSecondsLeft() const
{
    return m_cooldowns ? m_cooldowns->secondsLeft(m_ui->phoneEdit->text()) : 0;
}

QString AddHandlerDialog::sendButtonText() const
{
    return m_ui->sendButton->text();
}

QLabel *AddHandlerDialog::errorLabelFor(const QString &field) const
{
    if (field == Phone || field == QLatin1String("login"))
        return m_ui->phoneErrorLabel;
    if (field == Name)
        return m_ui->nameErrorLabel;
    if (field == Captcha || field == QLatin1String("captcha_id"))
        return m_ui->captchaErrorLabel;
    if (field == Sms)
        return m_ui->smsErrorLabel;
    return nullptr;
}

QString AddHandlerDialog::fieldErrorText(const QString &field) const
{
    const QLabel *label = errorLabelFor(field);
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

QString AddHandlerDialog::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

bool AddHandlerDialog::isBusy() const
{
    return m_busy;
}

void AddHandlerDialog::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason = reason;
    updateButtons();
}

QString AddHandlerDialog::phoneError() const
{
    switch (validate::phone(m_ui->phoneEdit->text())) {
    case ValidationError::None: return {};
    case ValidationError::Empty: return tr("Please enter the handler's mobile phone number.");
    default: return tr("A mobile phone number has 11 digits and starts with 13 to 19.");
    }
}

QString AddHandlerDialog::nameError() const
{
    switch (validate::personName(m_ui->nameEdit->text())) {
    case ValidationError::None: return {};
    case ValidationError::Empty: return tr("Please enter the handler's name.");
    case ValidationError::TooLong: return tr("The name can have at most 50 characters.");
    default: return tr("The name contains characters that are not allowed.");
    }
}

QString AddHandlerDialog::smsError() const
{
    const QString code = m_ui->smsEdit->text().trimmed();
    if (code.isEmpty())
        return tr("Please enter the 6-digit code sent to the phone.");
    return isSmsCode(code) ? QString() : tr("The SMS code has 6 digits.");
}

void AddHandlerDialog::validate()
{
    UiStyle::fieldError(m_ui->phoneErrorLabel, m_ui->phoneEdit, m_touched.contains(Phone) ? phoneError() : QString());
    UiStyle::fieldError(m_ui->nameErrorLabel, m_ui->nameEdit, m_touched.contains(Name) ? nameError() : QString());
    UiStyle::fieldError(m_ui->smsErrorLabel, m_ui->smsEdit, m_touched.contains(Sms) ? smsError() : QString());
    updateButtons();
}

void AddHandlerDialog::updateButtons()
{
    const int left = resendSecondsLeft();
    m_ui->sendButton->setText(left > 0 ? tr("Resend in %1 s").arg(left) : tr("&Get code"));
    m_ui->sendButton->setEnabled(!m_busy && !m_readOnly && left == 0);
    m_ui->sendButton->setToolTip(m_readOnly ? m_readOnlyReason
                                 : left > 0 ? tr("One code per phone and minute: wait until the countdown ends.")
                                            : tr("Send a 6-digit code to this phone (type the captcha first)."));
    m_ui->okButton->setEnabled(!m_busy && !m_readOnly);
    m_ui->okButton->setToolTip(m_readOnly ? m_readOnlyReason : QString());
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->phoneEdit, m_ui->nameEdit, m_ui->captchaEdit,
                                                       m_ui->captchaButton, m_ui->smsEdit})
        w->setEnabled(!m_busy);
}

void AddHandlerDialog::tick()
{
    updateButtons();
}

void AddHandlerDialog::setBusy(bool busy, const QString &text, sync::ApiJob *job)
{
    m_busy = busy;
    m_ui->busyBar->setBusy(busy, text, job);
    updateButtons();
}

QString AddHandlerDialog::currentCaptchaId() const
{
    return m_captcha->id();
}

void AddHandlerDialog::refreshCaptcha()
{
    m_captcha->refresh();
}

void AddHandlerDialog::requestSmsCode()
{
    if (m_busy || m_readOnly || !m_client || resendSecondsLeft() > 0)
        return;
    m_touched.insert(Phone);
    validate();
    if (!phoneError().isEmpty()) {
        m_ui->phoneEdit->setFocus();
        return;
    }
    const QString answer = m_captcha->answer();
    if (answer.isEmpty() || m_captcha->id().isEmpty()) {
        UiStyle::fieldError(m_ui->captchaErrorLabel, m_ui->captchaEdit,
                            tr("Type the characters of the image first: they protect the SMS from abuse."));
        m_ui->captchaEdit->setFocus();
        return;
    }
    UiStyle::message(m_ui->errorLabel, QString(), UiStyle::Message::Error);
    const QString phone = m_ui->phoneEdit->text().trimmed();
    const QString captchaId = m_captcha->id();
    sync::ApiJob *job = m_client->requestSmsCode(
        phone, sync::SmsPurpose::AddHandler, captchaId, answer, this,
        [this, phone](const sync::Result<sync::SmsCodeSent> &r) {
            setBusy(false);
            // The captcha is used up by any attempt.
            refreshCaptcha();
            if (!r.ok()) {
                showServerError(r.error, true);
                return;
            }
            if (m_cooldowns) {
                m_cooldowns->start(phone, r.value->resendAfter > 0 ? r.value->resendAfter : DefaultResendSeconds);
                m_cooldowns->setPendingPhone(phone);
            }
            UiStyle::fieldError(m_ui->smsErrorLabel, m_ui->smsEdit, QString());
            UiStyle::message(m_ui->errorLabel,
                             tr("A code was sent to %1. It is valid for %n minute(s).", nullptr,
                                std::max(1, r.value->expiresIn / 60))
                                 .arg(AccountTableModel::maskPhone(phone)),
                             UiStyle::Message::Info);
            updateButtons();
            m_ui->smsEdit->setFocus();
            Q_EMIT smsCodeSent(phone);
        });
    setBusy(true, tr("Sending the SMS code…"), job);
}

void AddHandlerDialog::showServerError(const ApiError &error, bool smsRequest)
{
    if (error.is(ErrorCode::Cancelled))
        return;
    if (error.is(ErrorCode::RateLimited)) {
        if (m_cooldowns && error.retryAfter > 0)
            m_cooldowns->start(m_ui->phoneEdit->text(), error.retryAfter);
        UiStyle::fieldError(m_ui->smsErrorLabel, m_ui->smsEdit, ErrorText::sentenceWithSeconds(error));
        updateButtons();
        return;
    }
    QString field = ErrorText::field(error);
    if (smsRequest && field.isEmpty() && error.is(ErrorCode::InvalidField))
        field = Phone;
    if (QLabel *label = errorLabelFor(field)) {
        QWidget *edit = label == m_ui->phoneErrorLabel     ? static_cast<QWidget *>(m_ui->phoneEdit)
                        : label == m_ui->nameErrorLabel    ? m_ui->nameEdit
                        : label == m_ui->captchaErrorLabel ? m_ui->captchaEdit
                                                           : m_ui->smsEdit;
        UiStyle::fieldError(label, edit, ErrorText::sentenceWithSeconds(error));
        edit->setFocus();
        return;
    }
    UiStyle::message(m_ui->errorLabel, ErrorText::sentenceWithSeconds(error), UiStyle::Message::Error);
}

void AddHandlerDialog::accept()
{
    if (m_busy || m_readOnly || !m_workspace || !m_workspace->writes())
        return;
    m_touched.unite({Phone, Name, Sms});
    validate();
    if (!phoneError().isEmpty()) {
        m_ui->phoneEdit->setFocus();
        return;
    }
    if (!nameError().isEmpty()) {
        m_ui->nameEdit->setFocus();
        return;
    }
    if (!smsError().isEmpty()) {
        m_ui->smsEdit->setFocus();
        return;
    }
    UiStyle::message(m_ui->errorLabel, QString(), UiStyle::Message::Error);
    const QString phone = m_ui->phoneEdit->text().trimmed();
    sync::ApiJob *job = m_workspace->writes()->addHandler(
        phone, m_ui->nameEdit->text().trimmed(), m_ui->smsEdit->text().trimmed(), this,
        [this](const sync::Result<Account> &r) {
            setBusy(false);
            if (!r.ok()) {
                showServerError(r.error, false);
                return;
            }
            m_added = *r.value;
            if (m_cooldowns)
                m_cooldowns->setPendingPhone(QString());
            qCInfo(lcAddHandler) << "handler added:" << r.value->id;
            QDialog::accept();
        });
    setBusy(true, tr("Adding the handler…"), job);
}

void AddHandlerDialog::reject()
{
    if (m_busy) {
        m_ui->busyBar->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace zc::ui
