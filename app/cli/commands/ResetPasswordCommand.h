#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QString>

namespace zc::cli {

// reset-password PHONE: sets a new password with an SMS code (a main account's with
// --main-login, else the handler credentials of the phone).
class ResetPasswordCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ResetPasswordCommand)
public:
    ResetPasswordCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    QString m_smsCode;
    QString m_mainLogin;
    bool m_passwordStdin = false;
};

} // namespace zc::cli
