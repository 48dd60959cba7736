#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace zc::cli {

// offboard HANDLER [--yes]: 离职处理 — disables the handler, removes every
// role it holds and ends its sessions, in one step on the server (POST
// /handlers/{id}/offboarding). HANDLER is an id, a phone, a login or a name,
// as for assign; the question names each role that goes. Prints what the
// server did (text or --json), which is also what a second run says when
// nothing was left to do.
class OffboardCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OffboardCommand)
public:
    OffboardCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    QString m_handler;
    bool m_yes = false;
};

} // namespace zc::cli
