#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace zc::cli {

class CliContext;

// One command of zhaocai-cli, as KeePassXC's src/cli/Command: its name, the
// synopsis and description that the overview (--help) and its own help
// (help COMMAND, COMMAND --help) show, the options that belong to it (besides
// the global ones of CliContext), how many arguments it takes, what it needs
// before it runs, and execute(). Commands are registered in one table,
// Commands.cpp.
//
// The runner (CliApp) parses the command line, checks the argument count and
// that every option given belongs to the command, lets the command parse()
// its options and arguments (usage errors come before anything is
// contacted), resolves the server profile, opens the session when needed, and
// calls execute().
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)
public:
    // Where the overview lists the command.
    enum class Group { Session, Registration, Administration, Shell };
    // What has to be ready before execute(): nothing at all (what the program
    // prints about itself, such as its completion scripts), the server
    // profile (local data), the ApiClient pointed at the server, or also the
    // remembered session on it.
    enum class Needs { Nothing, Profile, Server, Session };

    virtual ~Command();
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] Group group() const { return m_group; }
    [[nodiscard]] Needs needs() const { return m_needs; }
    [[nodiscard]] int minArguments() const { return m_minArgs; }
    [[nodiscard]] int maxArguments() const { return m_maxArgs; }   // -1: any number
    [[nodiscard]] const QList<QCommandLineOption> &options() const { return m_options; }
    [[nodiscard]] bool takesOption(const QString &name) const;

    // What follows the name in the help ("ID [--yes]"); a '\n' continues it
    // on the next line.
    [[nodiscard]] virtual QString synopsis() const = 0;
    // What it does, in a few words; a '\n' continues it on the next line.
    [[nodiscard]] virtual QString description() const = 0;

    // Reads the values of its options and the shape of its arguments;
    // ExitOk, or the code of the usage error it printed. The default takes
    // no options and any arguments as they are.
    [[nodiscard]] virtual int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args);
    // Runs the command; the exit code.
    [[nodiscard]] virtual int execute(CliContext &ctx, const QStringList &args) = 0;

protected:
    Command(QString name, Group group, Needs needs, int minArgs, int maxArgs,
            QList<QCommandLineOption> options = {});

    // `arg` as an id (a positive number) in *id, or a usage error.
    [[nodiscard]] static int readId(CliContext &ctx, const QString &arg, qint64 *id);
    [[nodiscard]] static bool parseId(const QString &s, qint64 *id);

private:
    QString m_name;
    Group m_group;
    Needs m_needs;
    int m_minArgs;
    int m_maxArgs;
    QList<QCommandLineOption> m_options;
};

} // namespace zc::cli
