#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace zc::cli {

// me: the remembered session (account, unit, permissions) as the server has it now.
class MeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MeCommand)
public:
    MeCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;
};

} // namespace zc::cli
