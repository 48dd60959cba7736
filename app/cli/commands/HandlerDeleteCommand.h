#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace zc::cli {

// handler-delete ID: deletes a handler and its role assignments, once confirmed.
class HandlerDeleteCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HandlerDeleteCommand)
public:
    HandlerDeleteCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    qint64 m_id = 0;
    bool m_yes = false;
};

} // namespace zc::cli
