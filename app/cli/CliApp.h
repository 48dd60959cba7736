#pragma once

#include "CliContext.h"
#include "Command.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace zc::cli {

// zhaocai-cli's runner: parses the command line (the global options and the
// options of every command), finds the command in the table (Commands.cpp),
// checks its arguments and options, and runs it with the shared CliContext.
// The overview (--help) and each command's help (help COMMAND, COMMAND
// --help) are written from the table.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    CliApp();
    ~CliApp();
    CliApp(const CliApp &) = delete;
    CliApp &operator=(const CliApp &) = delete;

    // Installs the translation of zhaocai-cli's own sentences for --lang, or
    // else the system's language (Chinese unless it asks for English). Call
    // it before constructing CliApp: the commands word their options then.
    static void installLanguage(const QStringList &arguments);

    // arguments[0] is the program name, as in QCoreApplication::arguments().
    [[nodiscard]] int run(const QStringList &arguments);

private:
    [[nodiscard]] Command *find(const QString &name) const;
    // Every command's options once, in the order the table first names them.
    [[nodiscard]] QList<QCommandLineOption> commandOptions() const;
    // The option's longest name (-o → output), as messages name it.
    [[nodiscard]] QString longName(const QString &name) const;
    [[nodiscard]] int checkArguments(const Command &command, const QStringList &args);
    [[nodiscard]] int checkOptions(const Command &command, const QCommandLineParser &parser);

    [[nodiscard]] QString overview() const;
    [[nodiscard]] QString commandHelp(const Command &command) const;
    [[nodiscard]] static QString commandLines(const Command &command);
    // Whose credentials a command uses: accounts, --as, ZC_TOKEN, --token-file, ZC_SERVER.
    [[nodiscard]] static QString authenticationNote();

    std::vector<std::unique_ptr<Command>> m_commands;
    CliContext m_ctx;
};

} // namespace zc::cli
