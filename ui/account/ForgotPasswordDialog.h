#pragma once

#include "models/ApiError.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>

namespace zc::sync {
class ApiClient;
class ApiJob;
}

namespace zc::ui {

namespace Ui {
class ForgotPasswordDialog;
}
class SmsCooldowns;
class NewPasswordFields;
class SmsVerification;

// 忘记密码 (POST /password-resets): a new password for the credentials of a
// phone, proven by an SMS code sent to it — a handler's (who log in with the
// phone), or, with the 主账号登录名, the unit main account whose registered
// phone it is. Phone, 图形验证码 and 短信验证码 with the 60 s countdown of the
// opener's SmsCooldowns; the new password with the strength hint and its
// repeat. The server's answers appear next to their field. Accepted once the
// password is reset; loginName() is then what to log in with.
class ForgotPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ForgotPasswordDialog(sync::ApiClient *client, SmsCooldowns *cooldowns, QWidget *parent = nullptr);
    ~ForgotPasswordDialog() override;

    // Fills the form from what was typed in the login window: a phone number
    // (a handler) or a main account's login name.
    void setLoginHint(const QString &loginOrPhone);
    void setMainAccount(bool main);
    [[nodiscard]] bool isMainAccount() const;
    // The phone (handler) or the main account's login: what to log in with.
    [[nodiscard]] QString loginName() const;

    // For tests: the message under a field ("login", "phone", "captcha_answer",
    // "sms_code", "new_password", "repeat"; empty when none) and the form's message.
    [[nodiscard]] QString fieldErrorText(const QString &field) const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] SmsVerification *smsVerification() const { return m_sms; }
    [[nodiscard]] bool isBusy() const;

    void accept() override;   // resets the password
    void reject() override;   // stops a running request first

private:
    [[nodiscard]] QString loginError() const;
    void updateForm();
    [[nodiscard]] bool check();
    void submitFinished(const ApiError &error);
    void setBusy(bool busy);

    QScopedPointer<Ui::ForgotPasswordDialog> m_ui;
    QPointer<sync::ApiClient> m_client;
    QPointer<sync::ApiJob> m_job;
    SmsVerification *m_sms = nullptr;
    NewPasswordFields *m_password = nullptr;
    QString m_loginServerError;   // not_found for the login, until it is edited
    bool m_loginTouched = false;
    bool m_closing = false;
};

} // namespace zc::ui
