#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QString>

namespace zc::cli {

// roles: a page of the unit's roles (账号角色管理), filtered by name.
class RolesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RolesCommand)
public:
    RolesCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    int m_page = 1;
    int m_size = 10;
    QString m_name;
};

} // namespace zc::cli
