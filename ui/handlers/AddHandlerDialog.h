#pragma once

#include "models/Account.h"
#include "models/ApiError.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>
#include <QSet>
#include <QTimer>

#include <optional>

class QLabel;

namespace zc::sync {
class ApiClient;
class ApiJob;
class Workspace;
}

namespace zc::ui {

namespace Ui {
class AddHandlerDialog;
}
class CaptchaImage;
class SmsCooldowns;

// 新增经办人: mobile phone, name, the captcha image (click for a new one)
// that guards the SMS, and the 短信验证码 with a 60 s resend countdown kept by
// the main window's SmsCooldowns (closing and reopening the dialog does not
// reset it). Each field is checked as the person types; the server's answers
// (rate limit with the seconds left, a wrong or expired code, a phone that is
// already a handler here, a wrong captcha) appear next to their field.
class AddHandlerDialog : public QDialog
{
    Q_OBJECT
public:
    AddHandlerDialog(sync::ApiClient *client, sync::Workspace *workspace, SmsCooldowns *cooldowns,
                     QWidget *parent = nullptr);
    ~AddHandlerDialog() override;

    [[nodiscard]] const std::optional<Account> &addedAccount() const { return m_added; }
    [[nodiscard]] QString currentCaptchaId() const;
    // Seconds before 获取验证码 can be pressed again for the phone in the form.
    [[nodiscard]] int resendSecondsLeft() const;
    [[nodiscard]] QString sendButtonText() const;
    // "phone", "name", "captcha_answer", "sms_code"; empty when the field shows no error.
    [[nodiscard]] QString fieldErrorText(const QString &field) const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool isBusy() const;
    void setReadOnly(bool readOnly, const QString &reason);

    void refreshCaptcha();
    // 获取验证码: asks the server to send a code to the phone (the captcha must be typed).
    void requestSmsCode();

    void accept() override;   // adds the handler
    void reject() override;   // aborts a running request first

Q_SIGNALS:
    void captchaChanged(const QString &captchaId);
    void smsCodeSent(const QString &phone);

private:
    void validate();
    [[nodiscard]] QString phoneError() const;
    [[nodiscard]] QString nameError() const;
    [[nodiscard]] QString smsError() const;
    void updateButtons();
    void tick();
    void setBusy(bool busy, const QString &text = {}, sync::ApiJob *job = nullptr);
    void showServerError(const ApiError &error, bool smsRequest);
    [[nodiscard]] QLabel *errorLabelFor(const QString &field) const;

    QScopedPointer<Ui::AddHandlerDialog> m_ui;
    QPointer<sync::ApiClient> m_client;
    QPointer<sync::Workspace> m_workspace;
    QPointer<SmsCooldowns> m_cooldowns;
    CaptchaImage *m_captcha = nullptr;
    QSet<QString> m_touched;     // fields whose errors are shown as the person types
    QTimer m_ticker;
    std::optional<Account> m_added;
    bool m_busy = false;
    bool m_readOnly = false;
    QString m_readOnlyReason;
};

} // namespace zc::ui
