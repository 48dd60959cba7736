#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace zc::cli {

// role-show ID: one role with its menu permissions.
class RoleShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RoleShowCommand)
public:
    RoleShowCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    qint64 m_id = 0;
};

} // namespace zc::cli
