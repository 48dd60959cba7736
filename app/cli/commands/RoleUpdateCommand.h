#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace zc::cli {

// role-update ID: changes a role's name, permissions or remark (修改); what is not
// given stays as it is.
class RoleUpdateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RoleUpdateCommand)
public:
    RoleUpdateCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    qint64 m_id = 0;
    std::optional<QString> m_name;
    std::optional<QStringList> m_permissions;
    std::optional<QString> m_remark;
};

} // namespace zc::cli
