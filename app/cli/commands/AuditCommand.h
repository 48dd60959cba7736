#pragma once

#include "Command.h"

#include "sync/ApiTypes.h"

#include <QCoreApplication>

namespace zc::cli {

// audit: a page of the unit's audit log, filtered by action, actor and time.
class AuditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
public:
    AuditCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    sync::AuditQuery m_query;
};

} // namespace zc::cli
