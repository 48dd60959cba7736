#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace zc::cli {

// permissions: the menu-permission catalog as a tree (with the remembered session when
// there is one).
class PermissionsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PermissionsCommand)
public:
    PermissionsCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;
};

} // namespace zc::cli
