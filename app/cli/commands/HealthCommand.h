#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace zc::cli {

// health: checks that the server answers and names its version.
class HealthCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HealthCommand)
public:
    HealthCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;
};

} // namespace zc::cli
