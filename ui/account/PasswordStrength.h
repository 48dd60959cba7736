#pragma once

#include <QCoreApplication>
#include <QString>

class QLabel;

namespace zc::ui {

// The strength hint under a new-password field, shared by 修改密码, 忘记密码
// and the registration wizard: the API's rule (zc::validate::password: 8–64
// characters, three of lower, upper, digit, symbol) said as the person
// types, and, once the rule is met, how strong the password is.
class PasswordStrength
{
    Q_DECLARE_TR_FUNCTIONS(zc::ui::PasswordStrength)
public:
    enum class Level {
        Empty,          // nothing typed yet: the rule is shown in grey
        Unacceptable,   // the server would refuse it (weak_password)
        Fair,           // meets the rule
        Strong,         // meets the rule with room to spare (long, or all four kinds)
    };

    [[nodiscard]] static Level level(const QString &password);
    [[nodiscard]] static bool isAcceptable(const QString &password) { return level(password) >= Level::Fair; }
    // A sentence for the level (with the reason when unacceptable).
    [[nodiscard]] static QString hint(const QString &password);
    // Shows hint() in `label`, coloured by level.
    static void show(QLabel *label, const QString &password);
    // Whether the repeat field repeats the password (false while it is empty).
    [[nodiscard]] static bool matches(const QString &password, const QString &repeat)
    {
        return !repeat.isEmpty() && password == repeat;
    }

    // Kinds of characters the API counts (lower, upper, digit, symbol), 0..4.
    [[nodiscard]] static int characterKinds(const QString &password);
};

} // namespace zc::ui
