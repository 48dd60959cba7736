#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace zc::cli {

// tokens: a page of the unit's API tokens (接口管理), never their secrets.
class TokensCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TokensCommand)
public:
    TokensCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    int m_page = 1;
    int m_size = 10;
};

} // namespace zc::cli
