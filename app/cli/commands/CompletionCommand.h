#pragma once

#include "Command.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace zc::cli {

// completion: prints zhaocai-cli's completion script for bash or zsh, as
// `gh completion -s bash` does. The script is written from the command table
// (Commands.cpp) and the global options, so it always knows what the program
// knows: command names, each command's options, the global options, and file
// names for the options whose value is a FILE. The build installs both
// scripts (packaging/CMakeLists.txt).
class CompletionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CompletionCommand)
public:
    CompletionCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

    // The shells it writes scripts for.
    [[nodiscard]] static QStringList shells();
    // The options the runner takes before and after any command: its own
    // (--help, --help-all, --version) and CliContext's. The man page lists them too.
    [[nodiscard]] static QList<QCommandLineOption> globalOptions();
    // An option whose value is a file name: its value is named FILE.
    [[nodiscard]] static bool takesFile(const QCommandLineOption &option);
    // "--name" for a long name, "-n" for a one-letter one.
    [[nodiscard]] static QString dashed(const QString &name);

    [[nodiscard]] static QString bashScript(const std::vector<std::unique_ptr<Command>> &commands);
    [[nodiscard]] static QString zshScript(const std::vector<std::unique_ptr<Command>> &commands);

private:
    QString m_shell;
};

} // namespace zc::cli
