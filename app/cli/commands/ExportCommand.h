#pragma once

#include "Command.h"
#include "Printer.h"

#include <QCoreApplication>
#include <QString>

namespace zc::cli {

// export roles|handlers: the local cache's roles or handlers as CSV or JSON, to stdout
// or a file; nothing is asked of the server (run sync first).
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    ExportCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    Printer::DataFormat m_format = Printer::DataFormat::Csv;
    QString m_output;
    bool m_bom = false;
};

} // namespace zc::cli
