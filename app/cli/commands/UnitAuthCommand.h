#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace zc::cli {

// unit-auth KIND UNIT_CODE: authenticates the unit's kind with its unit code (角色认证).
class UnitAuthCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UnitAuthCommand)
public:
    UnitAuthCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;
};

} // namespace zc::cli
