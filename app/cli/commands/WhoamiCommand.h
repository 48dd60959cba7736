#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace zc::cli {

// whoami: who the commands act as here, and why: the server, the account and
// its unit, and where the credentials came from (the default account, --as,
// ZC_TOKEN or --token-file). An API token has no account to show (the server
// keeps /me for sessions); whoami says so and still names the server and the
// token's source.
class WhoamiCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WhoamiCommand)
public:
    WhoamiCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;
};

} // namespace zc::cli
