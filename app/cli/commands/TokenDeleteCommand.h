#pragma once

#include "Command.h"

#include "models/ApiToken.h"

#include <QCoreApplication>

namespace zc::cli {

// token-delete ID: deletes an API token of the unit (it stops working at
// once), after a confirmation on a terminal unless --yes.
class TokenDeleteCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TokenDeleteCommand)
public:
    TokenDeleteCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    // The token with the id (paging through GET /api-tokens), so that the
    // question names it: ExitOk with *out set, or the code of the error printed.
    [[nodiscard]] int find(CliContext &ctx, ApiToken *out) const;

    qint64 m_id = 0;
    bool m_yes = false;
};

} // namespace zc::cli
