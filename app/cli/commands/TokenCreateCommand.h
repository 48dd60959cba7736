#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace zc::cli {

// token-create NAME: a new API token (接口管理) with these permissions and
// lifetime. Its secret is shown this once: alone on stdout (so that a
// redirect captures just the secret), or written to --output FILE, created
// readable by the owner alone; the warning goes to stderr.
class TokenCreateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TokenCreateCommand)
public:
    TokenCreateCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    QStringList m_permissions;
    int m_expiresInDays = 90;
    QString m_output;
};

} // namespace zc::cli
