#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QString>

namespace zc::cli {

// handler-add PHONE NAME: adds a handler with the SMS code sent to that phone.
class HandlerAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HandlerAddCommand)
public:
    HandlerAddCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    QString m_smsCode;
};

} // namespace zc::cli
