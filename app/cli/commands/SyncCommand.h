#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace zc::cli {

// sync: brings the signed-in account's local cache (the desktop client's) up to date
// with the server's change feed, in full with --full.
class SyncCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
public:
    SyncCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    bool m_full = false;
};

} // namespace zc::cli
