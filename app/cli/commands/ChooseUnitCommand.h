#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace zc::cli {

// choose-unit ID: picks the unit of this session (a handler of several units).
class ChooseUnitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ChooseUnitCommand)
public:
    ChooseUnitCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    qint64 m_id = 0;
};

} // namespace zc::cli
