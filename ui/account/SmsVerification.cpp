#include "SmsVerification.h"

#include "ui/account/SmsCooldowns.h"
#include "ui/ErrorText.h"
#include "ui/widgets/CaptchaImage.h"
#include "ui/UiStyle.h"
#include "ui/widgets/BusyBar.h"

#include "models/AccountTableModel.h"
#include "models/Validators.h"
#include "sync/ApiClient.h"

#include <QAbstractButton>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPixmap>
#include <QPushButton>

#include <algorithm>

namespace zc::ui {

namespace {
Q_LOGGING_CATEGORY(lcSmsForm, "zc.ui.sms", QtInfoMsg)

constexpr int DefaultResendSeconds = 60;
constexpr int PhoneDigits = 11;
constexpr int CodeDigits = 6;

} // namespace

SmsVerification::SmsVerification(sync::ApiClient *client, SmsCooldowns *cooldowns, sync::SmsPurpose purpose,
                                 const Fields &fields, QObject *parent)
    : QObject(parent), m_client(client), m_cooldowns(cooldowns), m_purpose(purpose), m_f(fields)
{
    Q_ASSERT(m_f.phone && m_f.phoneMessage && m_f.captcha && m_f.captchaImage && m_f.captchaMessage && m_f.code
             && m_f.sendButton && m_f.codeMessage);
    m_f.phone->setMaxLength(PhoneDigits);
    m_f.code->setMaxLength(CodeDigits);
    m_f.captchaImage->setToolTip(tr("Click for a new image"));
    m_f.captchaImage->setAccessibleName(tr("Captcha image: click for a new one"));
    m_f.sendButton->setAutoDefault(false);
    for (QLabel *l : {m_f.phoneMessage, m_f.captchaMessage, m_f.codeMessage}) {
        l->setAlignment(Qt::AlignLeft | Qt::AlignTop);   // a one-line message right under its field
        UiStyle::fieldError(l, nullptr, QString());
        UiStyle::reserveMessageLine(l);
    }
    for (QLineEdit *field : {m_f.phone, m_f.captcha, m_f.code})
        UiStyle::keepFieldHeight(field);
    if (m_cooldowns && m_f.phone->text().isEmpty())
        m_f.phone->setText(m_cooldowns->pendingPhone());

    connect(m_f.phone, &QLineEdit::textEdited, this, [this] {
        if (m_f.phone->text().trimmed().size() >= PhoneDigits)
            m_touched.insert(m_f.phone);
        m_phoneServerError.clear();
        m_codeServerError.clear();
        validateTouched();
    });
    connect(m_f.code, &QLineEdit::textEdited, this, [this] {
        if (m_f.code->text().trimmed().size() >= CodeDigits)
            m_touched.insert(m_f.code);
        m_codeServerError.clear();
        validateTouched();
    });
    for (QLineEdit *edit : {m_f.phone, m_f.code}) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            if (!edit->text().trimmed().isEmpty())
                m_touched.insert(edit);
            validateTouched();
        });
    }
    connect(m_f.captcha, &QLineEdit::textEdited, this,
            [this] { UiStyle::fieldError(m_f.captchaMessage, m_f.captcha, QString()); });
    m_captcha = new CaptchaImage(client, m_f.captchaImage, m_f.captcha, this);
    connect(m_captcha, &CaptchaImage::expiring, this, [this] {
        if (!m_busy)
            refreshCaptcha();
    });
    connect(m_captcha, &CaptchaImage::failed, this, [this](const ApiError &error) {
        UiStyle::fieldError(m_f.captchaMessage, m_f.captcha, ErrorText::sentence(error));
    });
    connect(m_captcha, &CaptchaImage::changed, this, &SmsVerification::captchaChanged);
    connect(m_f.sendButton, &QPushButton::clicked, this, &SmsVerification::requestCode);
    // Enter in the captcha field asks for the code, as the next step of the form.
    connect(m_f.captcha, &QLineEdit::returnPressed, this, &SmsVerification::requestCode);

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &SmsVerification::updateButtons);
    m_ticker.start();
    updateButtons();
}

SmsVerification::~SmsVerification()
{
    // The form's widgets may already be gone: the aborted jobs' callbacks must not touch them.
    m_closing = true;
    if (m_codeJob)
        m_codeJob->abort();
}

QString SmsVerification::phone() const
{
    return m_f.phone->text().trimmed();
}

QString SmsVerification::code() const
{
    return m_f.code->text().trimmed();
}

int SmsVerification::resendSecondsLeft() const
{
    return m_cooldowns ? m_cooldowns->secondsLeft(phone()) : 0;
}

QString SmsVerification::phoneError() const
{
    switch (validate::phone(phone())) {
    case ValidationError::None: return {};
    case ValidationError::Empty: return tr("Please enter the mobile phone number.");
    default: return tr("A mobile phone number has 11 digits and starts with 13 to 19.");
    }
}

QString SmsVerification::codeError() const
{
    const QString c = code();
    if (c.isEmpty())
        return tr("Please enter the 6-digit code sent to the phone.");
    const bool digits = c.size() == CodeDigits
                        && std::all_of(c.cbegin(), c.cend(), [](QChar ch) { return ch >= u'0' && ch <= u'9'; });
    return digits ? QString() : tr("The SMS code has 6 digits.");
}

void SmsVerification::validateTouched()
{
    const QString phoneProblem = !m_phoneServerError.isEmpty() ? m_phoneServerError
                                 : m_touched.contains(m_f.phone) ? phoneError()
                                                                 : QString();
    UiStyle::fieldError(m_f.phoneMessage, m_f.phone, phoneProblem);
    // The code's line says where the last code went, until there is something wrong to say.
    const QString codeProblem = !m_codeServerError.isEmpty() ? m_codeServerError
                                : m_touched.contains(m_f.code) ? codeError()
                                                               : QString();
    UiStyle::fieldError(m_f.codeMessage, m_f.code, codeProblem);
    if (codeProblem.isEmpty() && !m_sentTo.isEmpty() && m_sentTo == phone())
        UiStyle::fieldNotice(m_f.codeMessage, m_codeNotice);
    updateButtons();
}

bool SmsVerification::check()
{
    m_touched.insert(m_f.phone);
    m_touched.insert(m_f.code);
    m_phoneServerError.clear();
    m_codeServerError.clear();
    validateTouched();
    if (!phoneError().isEmpty()) {
        m_f.phone->setFocus();
        return false;
    }
    if (!codeError().isEmpty()) {
        m_f.code->setFocus();
        return false;
    }
    return true;
}

void SmsVerification::updateButtons()
{
    const int left = resendSecondsLeft();
    m_f.sendButton->setText(left > 0 ? tr("Resend in %1 s").arg(left) : tr("&Get code"));
    m_f.sendButton->setEnabled(!m_busy && !m_formBusy && left == 0);
    m_f.sendButton->setToolTip(left > 0 ? tr("One code per phone and minute: wait until the countdown ends.")
                                        : tr("Send a 6-digit code to this phone (type the captcha first)."));
    for (QWidget *w : std::initializer_list<QWidget *>{m_f.phone, m_f.captcha, m_f.captchaImage, m_f.code})
        w->setEnabled(!m_busy && !m_formBusy);
}

void SmsVerification::setFormBusy(bool busy)
{
    m_formBusy = busy;
    updateButtons();
}

void SmsVerification::setBusy(bool busy, const QString &text, sync::ApiJob *job)
{
    if (m_busy == busy && !busy)
        return;
    m_busy = busy;
    if (m_f.busyBar)
        m_f.busyBar->setBusy(busy, text, job);
    updateButtons();
    Q_EMIT busyChanged(busy);
}

QString SmsVerification::currentCaptchaId() const
{
    return m_captcha->id();
}

void SmsVerification::refreshCaptcha()
{
    m_captcha->refresh();
}

void SmsVerification::requestCode()
{
    if (m_busy || m_formBusy || !m_client || resendSecondsLeft() > 0)
        return;
    m_touched.insert(m_f.phone);
    validateTouched();
    if (!phoneError().isEmpty()) {
        m_f.phone->setFocus();
        return;
    }
    const QString answer = m_captcha->answer();
    if (m_captcha->id().isEmpty()) {
        UiStyle::fieldError(m_f.captchaMessage, m_f.captcha,
                            tr("The captcha image has not loaded yet. Click it to try again."));
        m_f.captchaImage->setFocus();
        return;
    }
    if (answer.isEmpty()) {
        UiStyle::fieldError(m_f.captchaMessage, m_f.captcha,
                            tr("Type the characters of the image first: they protect the SMS from abuse."));
        m_f.captcha->setFocus();
        return;
    }
    const QString to = phone();
    m_codeJob = m_client->requestSmsCode(to, m_purpose, m_captcha->id(), answer, this,
                                         [this, to](const sync::Result<sync::SmsCodeSent> &r) {
                                             if (!m_closing)
                                                 codeFinished(r, to);
                                         });
    setBusy(true, tr("Sending the SMS code…"), m_codeJob);
}

void SmsVerification::codeFinished(const sync::Result<sync::SmsCodeSent> &r, const QString &to)
{
    m_codeJob.clear();
    setBusy(false);
    // Any attempt uses the captcha up.
    refreshCaptcha();
    if (!r.ok()) {
        qCInfo(lcSmsForm) << "SMS code refused:" << r.error.code;
        if (r.error.is(ErrorCode::Cancelled))
            return;
        if (!showServerError(r.error)) {
            m_codeServerError = ErrorText::sentenceWithSeconds(r.error);
            validateTouched();
        }
        return;
    }
    if (m_cooldowns) {
        m_cooldowns->start(to, r.value->resendAfter > 0 ? r.value->resendAfter : DefaultResendSeconds);
        m_cooldowns->setPendingPhone(to);
    }
    m_sentTo = to;
    m_codeServerError.clear();
    m_codeNotice = tr("A code was sent to %1. It is valid for %n minute(s).", nullptr,
                      std::max(1, r.value->expiresIn / 60))
                       .arg(AccountTableModel::maskPhone(to));
    m_touched.remove(m_f.code);
    validateTouched();
    m_f.code->setFocus();
    Q_EMIT codeSent(to);
}

bool SmsVerification::showServerError(const ApiError &error)
{
    if (error.is(ErrorCode::RateLimited)) {
        if (m_cooldowns && error.retryAfter > 0)
            m_cooldowns->start(phone(), std::min(error.retryAfter, 24 * 3600));
        m_codeServerError = ErrorText::sentenceWithSeconds(error);
        validateTouched();
        return true;
    }
    const QString field = ErrorText::field(error);
    if (field == QLatin1String("phone")) {
        m_phoneServerError = ErrorText::sentence(error);
        validateTouched();
        m_f.phone->setFocus();
        return true;
    }
    if (field == QLatin1String("captcha_answer") || field == QLatin1String("captcha_id")) {
        UiStyle::fieldError(m_f.captchaMessage, m_f.captcha, ErrorText::sentence(error));
        m_f.captcha->setFocus();
        return true;
    }
    if (field == QLatin1String("sms_code")) {
        m_codeServerError = ErrorText::sentence(error);
        validateTouched();
        m_f.code->selectAll();
        m_f.code->setFocus();
        return true;
    }
    return false;
}

void SmsVerification::showPhoneError(const QString &text)
{
    m_phoneServerError = text;
    validateTouched();
    m_f.phone->setFocus();
}

void SmsVerification::codeUsed()
{
    if (m_cooldowns && m_cooldowns->pendingPhone() == phone())
        m_cooldowns->setPendingPhone(QString());
}

void SmsVerification::clearMessages()
{
    m_phoneServerError.clear();
    m_codeServerError.clear();
    m_sentTo.clear();
    m_touched.clear();
    UiStyle::fieldError(m_f.captchaMessage, m_f.captcha, QString());
    validateTouched();
}

} // namespace zc::ui
