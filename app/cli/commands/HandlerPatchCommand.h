#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace zc::cli {

// handler-rename ID NAME, handler-disable ID, handler-enable ID: one change of a
// handler, made against its current version.
class HandlerPatchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HandlerPatchCommand)
public:
    enum class Change { Rename, Disable, Enable };
    explicit HandlerPatchCommand(Change change);

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    Change m_change;
    qint64 m_id = 0;
};

} // namespace zc::cli
