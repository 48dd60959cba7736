#include "PasswordStrength.h"

#include "ui/UiStyle.h"

#include "models/Validators.h"

#include <QLabel>

namespace zc::ui {

namespace {
constexpr int StrongLength = 12;
} // namespace

int PasswordStrength::characterKinds(const QString &password)
{
    // The same classes as zc::validate::password (one rule, both sides).
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool symbol = false;
    for (qsizetype i = 0; i < password.size(); ++i) {
        char32_t cp = password.at(i).unicode();
        if (password.at(i).isHighSurrogate() && i + 1 < password.size() && password.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(password.at(i), password.at(i + 1));
            ++i;
        }
        switch (QChar::category(cp)) {
        case QChar::Letter_Lowercase: lower = true; break;
        case QChar::Letter_Uppercase: upper = true; break;
        case QChar::Number_DecimalDigit: digit = true; break;
        default:
            if (!QChar::isSpace(cp))
                symbol = true;
            break;
        }
    }
    return int(lower) + int(upper) + int(digit) + int(symbol);
}

PasswordStrength::Level PasswordStrength::level(const QString &password)
{
    if (password.isEmpty())
        return Level::Empty;
    if (validate::password(password) != ValidationError::None)
        return Level::Unacceptable;
    if (validate::codePoints(password) >= StrongLength || characterKinds(password) == 4)
        return Level::Strong;
    return Level::Fair;
}

QString PasswordStrength::hint(const QString &password)
{
    switch (validate::password(password)) {
    case ValidationError::None:
        break;
    case ValidationError::Empty:
        if (!password.isEmpty())
            return tr("Too weak: a password of spaces only is not allowed.");
        return tr("8 to 64 characters, with at least three of: lower-case letters, upper-case letters, digits, symbols.");
    case ValidationError::TooShort:
        return tr("Too short: at least 8 characters (%1 so far).").arg(validate::codePoints(password));
    case ValidationError::TooLong:
        return tr("Too long: at most 64 characters.");
    case ValidationError::BadCharacter:
        return tr("The password contains a character that is not allowed (a control character).");
    default:
        return tr("Too weak: use at least three of lower-case letters, upper-case letters, digits and symbols.");
    }
    return level(password) == Level::Strong
        ? tr("✓ Strength: strong.")
        : tr("✓ Strength: fair. A longer password (12 characters or more) is safer.");
}

void PasswordStrength::show(QLabel *label, const QString &password)
{
    label->setText(hint(password));
    switch (level(password)) {
    case Level::Empty: UiStyle::textTone(label, UiStyle::Tone::Hint); break;
    case Level::Unacceptable: UiStyle::textTone(label, UiStyle::Tone::Bad); break;
    case Level::Fair: UiStyle::textTone(label, UiStyle::Tone::Caution); break;
    case Level::Strong: UiStyle::textTone(label, UiStyle::Tone::Good); break;
    }
}

} // namespace zc::ui
