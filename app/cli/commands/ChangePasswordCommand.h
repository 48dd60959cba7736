#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace zc::cli {

// change-password: the old and the new password, from the terminal or two lines of stdin.
class ChangePasswordCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ChangePasswordCommand)
public:
    ChangePasswordCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    bool m_passwordStdin = false;
};

} // namespace zc::cli
