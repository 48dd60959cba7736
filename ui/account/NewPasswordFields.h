#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QLineEdit;

namespace zc::ui {

// Drives the new-password fields of a form (修改密码, 忘记密码, the
// registration wizard's account page): the password with its strength hint
// as the person types (PasswordStrength: the API's rule, then how strong),
// the repeat with whether it matches, and — where the form also asks for the
// current password — that the new one differs from it. check() says what is
// still missing and puts the cursor there. The widgets stay the form's: each
// form lays them out in its own grid, beside its other fields.
class NewPasswordFields : public QObject
{
    Q_OBJECT
public:
    struct Fields
    {
        QLineEdit *password = nullptr;
        QLabel *strength = nullptr;     // under the password
        QLineEdit *repeat = nullptr;
        QLabel *match = nullptr;        // under the repeat
        QLineEdit *current = nullptr;   // optional: the current password, which the new one must differ from
    };
    // How the hints name the password: a first password, or one that replaces another.
    enum class Wording { Password, NewPassword };

    NewPasswordFields(const Fields &fields, Wording wording, QObject *parent);

    [[nodiscard]] QString password() const;
    // Acceptable to the API, repeated, and different from the current password.
    [[nodiscard]] bool isComplete() const;
    // The hint under the password or the repeat while it stands in the way; empty when fine.
    [[nodiscard]] QString passwordProblem() const;
    [[nodiscard]] QString repeatProblem() const;

    // On submit: shows what is missing (an empty password in red, "type it
    // again") and focuses the first field to fix; true when complete.
    bool check();
    // The server refused the password: selected and focused for retyping.
    void retypePassword();
    void setEnabled(bool enabled);

Q_SIGNALS:
    // The person typed in one of the fields (the hints are up to date).
    void edited();

private:
    void update();
    [[nodiscard]] bool sameAsCurrent() const;

    Fields m_fields;
    Wording m_wording;
    bool m_checked = false;   // check() ran: an empty password is an error from now on
};

} // namespace zc::ui
