#pragma once

#include "models/ApiError.h"
#include "sync/ApiClient.h"
#include "sync/ApiTypes.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

class QAbstractButton;
class QLabel;
class QLineEdit;
class QPushButton;

namespace zc::ui {

class BusyBar;
class CaptchaImage;
class SmsCooldowns;

// Drives the phone / 图形验证码 / 短信验证码 fields of a form (the
// registration wizard's phone page, 忘记密码): loads the captcha image (click
// for a new one, renewed before it expires), asks for a code for the form's
// purpose, counts the 60 s until 获取验证码 may be pressed again — kept in
// the SmsCooldowns of whoever opens the form, so closing and reopening it
// does not reset the wait — checks the phone and the code as the person
// types, and shows the server's answers (rate limit with the seconds left,
// wrong captcha, wrong code) under their field. The widgets stay the form's:
// each form lays them out in its own grid.
class SmsVerification : public QObject
{
    Q_OBJECT
public:
    struct Fields
    {
        QLineEdit *phone = nullptr;
        QLabel *phoneMessage = nullptr;
        QLineEdit *captcha = nullptr;
        QAbstractButton *captchaImage = nullptr;
        QLabel *captchaMessage = nullptr;
        QLineEdit *code = nullptr;
        QPushButton *sendButton = nullptr;
        QLabel *codeMessage = nullptr;
        BusyBar *busyBar = nullptr;     // may be null
    };

    SmsVerification(sync::ApiClient *client, SmsCooldowns *cooldowns, sync::SmsPurpose purpose, const Fields &fields,
                    QObject *parent);
    ~SmsVerification() override;

    [[nodiscard]] QString phone() const;            // trimmed
    [[nodiscard]] QString code() const;             // trimmed
    [[nodiscard]] QString currentCaptchaId() const;
    [[nodiscard]] int resendSecondsLeft() const;
    [[nodiscard]] bool isBusy() const { return m_busy; }
    // The reason the phone / the code cannot be sent yet; empty when fine.
    [[nodiscard]] QString phoneError() const;
    [[nodiscard]] QString codeError() const;

    // Loads a new captcha image (the old one is used up by any attempt).
    void refreshCaptcha();
    // 获取验证码: the phone must be valid and the captcha typed.
    void requestCode();
    // Shows the phone's and the code's errors (all fields, not only the ones
    // touched) and focuses the first wrong one; true when both are fine.
    bool check();
    // While the form's own request runs: nothing here can be pressed.
    void setFormBusy(bool busy);
    // Shows an error of the server under the field it concerns (phone,
    // captcha, SMS code; rate_limited under the code with the countdown);
    // false when it concerns none of them.
    bool showServerError(const ApiError &error);
    // A sentence of the form's own about the phone (e.g. no account uses it), until it is edited.
    void showPhoneError(const QString &text);
    // Clears every message (e.g. when the form was sent successfully).
    void clearMessages();
    // The form was sent with the code: a reopened form no longer starts with this phone.
    void codeUsed();

Q_SIGNALS:
    void captchaChanged(const QString &captchaId);
    void codeSent(const QString &phone);
    void busyChanged(bool busy);

private:
    void validateTouched();
    void updateButtons();
    void setBusy(bool busy, const QString &text = {}, sync::ApiJob *job = nullptr);
    void codeFinished(const sync::Result<sync::SmsCodeSent> &result, const QString &phone);

    QPointer<sync::ApiClient> m_client;
    QPointer<SmsCooldowns> m_cooldowns;
    sync::SmsPurpose m_purpose;
    Fields m_f;
    CaptchaImage *m_captcha = nullptr;
    QPointer<sync::ApiJob> m_codeJob;
    QString m_sentTo;          // the phone the last code went to (its notice stays while it is in the field)
    QString m_codeNotice;
    QString m_phoneServerError;  // the server's word on the phone, until it is edited
    QString m_codeServerError;   // … on the code (wrong, rate limited), until it is edited
    QSet<QLineEdit *> m_touched;
    QTimer m_ticker;
    bool m_busy = false;
    bool m_formBusy = false;
    bool m_closing = false;
};

} // namespace zc::ui
