#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace zc::cli {

// handler-reset-password ID: the server sends the handler a new password by SMS.
class HandlerResetPasswordCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HandlerResetPasswordCommand)
public:
    HandlerResetPasswordCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    qint64 m_id = 0;
};

} // namespace zc::cli
