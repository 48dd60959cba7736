#pragma once

#include "Command.h"

#include "sync/ApiTypes.h"

#include <QCoreApplication>

namespace zc::cli {

// handlers: a page of the unit's handlers (单位经办人), filtered by text and status.
class HandlersCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HandlersCommand)
public:
    HandlersCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    sync::HandlerListQuery m_query;
};

} // namespace zc::cli
