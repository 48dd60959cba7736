#pragma once

#include <QCoreApplication>
#include <QString>

namespace zc::cli {

class CliContext;

// A solved captcha for login and sms-code: the image drawn in the terminal
// (CaptchaArt) and the answer read from stdin, or with --dev-captcha the
// answer asked of a server started with --dev.
class CaptchaPrompt
{
    Q_DECLARE_TR_FUNCTIONS(CaptchaPrompt)
public:
    // ExitOk with *id and *answer set, or the code of the error it printed.
    // A non-empty `saveTo` also gets the image as a PNG file.
    [[nodiscard]] static int solve(CliContext &ctx, bool fromDevServer, const QString &saveTo, QString *id,
                                   QString *answer);
};

} // namespace zc::cli
