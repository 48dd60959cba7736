#pragma once

#include "Command.h"

#include "sync/ApiTypes.h"

#include <QCoreApplication>

namespace zc::cli {

// role-accounts ID: a page of the accounts assigned to a role, or (--unassigned) of
// those without it (分配账号: 已分配 / 未分配).
class RoleAccountsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RoleAccountsCommand)
public:
    RoleAccountsCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    qint64 m_id = 0;
    sync::RoleAccountsFilter m_filter;
};

} // namespace zc::cli
