#pragma once

#include "models/ApiError.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace zc::ui {

// The one place where an ApiError becomes words for a person: every error
// code of API.md and every client transport code maps to a translated
// sentence, and to the form field it concerns. Widgets never word errors
// themselves and never show the server's `message`.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(zc::ui::ErrorText)
public:
    // A sentence saying what went wrong and, where possible, what to do.
    [[nodiscard]] static QString sentence(const ApiError &error);
    // As sentence(), but a short wait (rate_limited, account_locked with
    // retry_after under two minutes) is said in seconds, for forms that count
    // down (the SMS code's 60 s).
    [[nodiscard]] static QString sentenceWithSeconds(const ApiError &error);
    // The request field the error concerns (the server's `field`, or the
    // field a code implies, e.g. captcha_invalid -> "captcha_answer");
    // empty when it concerns the whole form.
    [[nodiscard]] static QString field(const ApiError &error);
    // A translated label for an API field name ("login" -> "Login").
    [[nodiscard]] static QString fieldLabel(const QString &field);
    // The codes this class words specifically (API.md plus client codes).
    [[nodiscard]] static QStringList knownCodes();
};

} // namespace zc::ui
