#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QString>

namespace zc::cli {

// account list | account use LOGIN: the accounts with a remembered session on
// the server profile, the default one marked, and the choice of the default
// (the account commands use without --as). Local: nothing is contacted.
class AccountCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommand)
public:
    AccountCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    [[nodiscard]] int list(CliContext &ctx) const;
    [[nodiscard]] int use(CliContext &ctx, const QString &login) const;
};

} // namespace zc::cli
