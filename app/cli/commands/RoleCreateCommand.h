#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace zc::cli {

// role-create NAME: adds a role (添加角色) with menu permissions and a remark.
class RoleCreateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RoleCreateCommand)
public:
    RoleCreateCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    QStringList m_permissions;
    QString m_remark;
};

} // namespace zc::cli
