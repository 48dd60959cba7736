#pragma once

#include "Command.h"

#include "sync/ApiTypes.h"

#include <QCoreApplication>

namespace zc::cli {

// register LOGIN: registers a unit with its main account (法人注册).
class RegisterCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RegisterCommand)
public:
    RegisterCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    sync::RegistrationRequest m_request;
    bool m_passwordStdin = false;
};

} // namespace zc::cli
