#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace zc::cli {

// choose-institution ID: picks the account's medical institution (asked once, permanent).
class ChooseInstitutionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ChooseInstitutionCommand)
public:
    ChooseInstitutionCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    qint64 m_id = 0;
};

} // namespace zc::cli
