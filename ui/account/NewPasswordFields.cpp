#include "NewPasswordFields.h"

#include "ui/account/PasswordStrength.h"
#include "ui/UiStyle.h"

#include <QLabel>
#include <QLineEdit>

namespace zc::ui {

NewPasswordFields::NewPasswordFields(const Fields &fields, Wording wording, QObject *parent)
    : QObject(parent), m_fields(fields), m_wording(wording)
{
    // The hints change as the person types; reserving their room keeps the form from jumping.
    const int line = m_fields.strength->fontMetrics().lineSpacing();
    m_fields.strength->setWordWrap(true);
    m_fields.strength->setMinimumHeight(2 * line + 2);
    m_fields.match->setMinimumHeight(line + 2);

    for (QLineEdit *edit : {m_fields.password, m_fields.repeat, m_fields.current}) {
        if (!edit)
            continue;
        connect(edit, &QLineEdit::textChanged, this, [this] {
            update();
            Q_EMIT edited();
        });
    }
    update();
}

QString NewPasswordFields::password() const
{
    return m_fields.password->text();
}

bool NewPasswordFields::sameAsCurrent() const
{
    return m_fields.current && !password().isEmpty() && password() == m_fields.current->text();
}

bool NewPasswordFields::isComplete() const
{
    return PasswordStrength::isAcceptable(password()) && PasswordStrength::matches(password(), m_fields.repeat->text())
        && !sameAsCurrent();
}

QString NewPasswordFields::passwordProblem() const
{
    return PasswordStrength::isAcceptable(password()) && !sameAsCurrent() ? QString() : m_fields.strength->text();
}

QString NewPasswordFields::repeatProblem() const
{
    return PasswordStrength::matches(password(), m_fields.repeat->text()) ? QString() : m_fields.match->text();
}

void NewPasswordFields::update()
{
    const QString next = password();
    PasswordStrength::show(m_fields.strength, next);
    if (m_checked && next.isEmpty())
        UiStyle::textTone(m_fields.strength, UiStyle::Tone::Bad);
    if (sameAsCurrent() && PasswordStrength::isAcceptable(next)) {
        m_fields.strength->setText(tr("The new password must differ from the current one."));
        UiStyle::textTone(m_fields.strength, UiStyle::Tone::Bad);
    }
    const QString repeat = m_fields.repeat->text();
    if (repeat.isEmpty()) {
        m_fields.match->clear();
        return;
    }
    const bool matches = PasswordStrength::matches(next, repeat);
    m_fields.match->setText(matches                                ? tr("✓ The passwords match.")
                            : m_wording == Wording::NewPassword ? tr("The two new passwords differ.")
                                                                : tr("The two passwords differ."));
    UiStyle::textTone(m_fields.match, matches ? UiStyle::Tone::Good : UiStyle::Tone::Bad);
}

bool NewPasswordFields::check()
{
    m_checked = true;
    update();
    if (!PasswordStrength::isAcceptable(password()) || sameAsCurrent()) {
        m_fields.password->setFocus();
        return false;
    }
    if (!PasswordStrength::matches(password(), m_fields.repeat->text())) {
        if (m_fields.repeat->text().isEmpty()) {
            m_fields.match->setText(m_wording == Wording::NewPassword ? tr("Please type the new password again.")
                                                                      : tr("Please type the password again."));
            UiStyle::textTone(m_fields.match, UiStyle::Tone::Bad);
        }
        m_fields.repeat->setFocus();
        return false;
    }
    return true;
}

void NewPasswordFields::retypePassword()
{
    m_fields.password->selectAll();
    m_fields.password->setFocus();
}

void NewPasswordFields::setEnabled(bool enabled)
{
    m_fields.password->setEnabled(enabled);
    m_fields.repeat->setEnabled(enabled);
}

} // namespace zc::ui
