#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QString>

namespace zc::cli {

// login LOGIN: signs in (password, captcha) and, with --remember, keeps the session's
// token in the OS keychain and the server profile for later commands; without it the
// session is revoked again at once. The first account remembered on a profile
// becomes its default; a later one only with --make-default.
class LoginCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LoginCommand)
public:
    LoginCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    // Makes `login` the default when there is none or --make-default says so,
    // and says what the default is on stderr; true when it is `login`.
    bool chooseDefault(CliContext &ctx, const QString &login) const;

    bool m_passwordStdin = false;
    bool m_devCaptcha = false;
    bool m_remember = false;
    bool m_makeDefault = false;
    QString m_captchaFile;
};

} // namespace zc::cli
