#pragma once

#include "Command.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace zc::cli {

// man: prints zhaocai-cli's manual page (roff, man(7) macros) in the language
// of --lang: NAME, SYNOPSIS, DESCRIPTION, GLOBAL OPTIONS, COMMANDS (each
// command's synopsis, description and options, from the command table in
// Commands.cpp), EXIT STATUS (ExitCode.h), ENVIRONMENT, FILES, EXAMPLES. The
// build installs it in English and in Chinese (packaging/CMakeLists.txt).
class ManPageCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ManPageCommand)
public:
    ManPageCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

    [[nodiscard]] static QString page(const std::vector<std::unique_ptr<Command>> &commands);
};

} // namespace zc::cli
