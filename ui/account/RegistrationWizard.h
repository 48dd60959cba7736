#pragma once

#include "models/Account.h"
#include "models/ApiError.h"

#include <QPointer>
#include <QScopedPointer>
#include <QSet>
#include <QWizard>

#include <optional>

class QLabel;
class QLineEdit;

namespace zc::sync {
class ApiClient;
class ApiJob;
}

namespace zc::ui {

namespace Ui {
class RegistrationWizard;
}
class SmsCooldowns;
class NewPasswordFields;
class SmsVerification;

// 法人注册: registers a unit and its main account (POST /registrations) in
// the portal's steps — the method (综合法人库, recommended, or 电子营业执照),
// the legal person's four details checked by zc::validate as they are typed,
// the phone with its 图形验证码 and 短信验证码 (60 s resend countdown in the
// opener's SmsCooldowns), and the main account's login and password with a
// strength hint. The account page commits; the server's answers are shown
// next to the field they concern, going back to its page (a registry
// mismatch next to the four legal-person fields, an already registered USCC
// next to the code). The last page says what comes next (log in, then 角色认证)
// and offers to fill the login window.
class RegistrationWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { MethodPage, LegalPersonPage, PhonePage, AccountPage, DonePage };

    // `cooldowns` (may be null) keeps the SMS countdown when the wizard is closed and reopened.
    RegistrationWizard(sync::ApiClient *client, SmsCooldowns *cooldowns, QWidget *parent = nullptr);
    ~RegistrationWizard() override;

    // The new main account, once registered.
    [[nodiscard]] const std::optional<Account> &registeredAccount() const { return m_account; }
    [[nodiscard]] QString registeredLogin() const;
    // Registered, and the person left “fill in the login window” ticked.
    [[nodiscard]] bool fillLoginRequested() const;

    // For tests and the opener: the message under a request field ("uscc",
    // "unit_name", "legal_rep_name", "legal_rep_id_number", "phone",
    // "captcha_answer", "sms_code", "login", "password", "repeat"), empty
    // when it shows none; the registry message of the legal-person page; the
    // account page's message.
    [[nodiscard]] QString fieldErrorText(const QString &field) const;
    [[nodiscard]] QString legalPersonMessage() const;
    [[nodiscard]] QString accountMessage() const;
    [[nodiscard]] SmsVerification *smsVerification() const { return m_sms; }
    [[nodiscard]] bool isBusy() const { return !m_job.isNull(); }

    bool validateCurrentPage() override;
    // While the registration is being sent, Cancel/Esc stops it instead of closing.
    void reject() override;

private:
    struct Field
    {
        QLineEdit *edit = nullptr;
        QLabel *label = nullptr;
    };
    [[nodiscard]] Field field(const QString &name) const;
    [[nodiscard]] QString legalPersonError(const QString &name) const;
    [[nodiscard]] QString loginError() const;
    void showLegalPersonErrors();
    void showAccountHints();
    void setRegistryMismatch(const QString &text);
    [[nodiscard]] bool checkLegalPerson();
    [[nodiscard]] bool checkAccount();
    void pageChanged(int id);
    void submit();
    void submitFinished(const ApiError &error);
    void showSubmitError(const ApiError &error);
    void goToPage(int id);
    void setSubmitting(bool submitting);
    void fillDonePage();

    QScopedPointer<Ui::RegistrationWizard> m_ui;
    QPointer<sync::ApiClient> m_client;
    SmsVerification *m_sms = nullptr;
    NewPasswordFields *m_password = nullptr;
    QPointer<sync::ApiJob> m_job;
    QSet<QString> m_touched;           // fields whose errors show as the person types
    QString m_registryMismatch;        // legal_person_mismatch, until one of the four is edited
    QString m_usccServerError;         // already_registered, until the code is edited
    QString m_loginServerError;        // login_taken, until the login is edited
    std::optional<Account> m_account;
    bool m_closing = false;
};

} // namespace zc::ui
