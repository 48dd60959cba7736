#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace zc::cli {

// logout: revokes the remembered session on the server and forgets it here.
class LogoutCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LogoutCommand)
public:
    LogoutCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;
};

} // namespace zc::cli
