#include "CompletionCommand.h"

#include "CliContext.h"
#include "Commands.h"

#include <QCommandLineParser>

namespace zc::cli {

namespace {

// The runner's pseudo-command `help COMMAND` (CliApp), completed like a command.
const QString HelpCommand = QStringLiteral("help");
// This command's name: its argument, the shell, is completed too.
const QString CompletionName = QStringLiteral("completion");

// Every dashed name of the options, in order.
QStringList dashedNames(const QList<QCommandLineOption> &options)
{
    QStringList names;
    for (const QCommandLineOption &option : options) {
        for (const QString &name : option.names())
            names << CompletionCommand::dashed(name);
    }
    return names;
}

// A description on one line (a '\n' in the table continues it).
QString oneLine(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QLatin1Char(' ')).simplified();
}

// `text` inside single quotes, for bash and zsh alike.
QString singleQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// Text for zsh's completion specs: the characters _arguments and _describe
// read ([ ] : \) escaped with a backslash.
QString zshEscaped(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char(':') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

// The _arguments specs of options: one per name, each excluding the option's other names.
QStringList zshSpecs(const QList<QCommandLineOption> &options)
{
    QStringList specs;
    for (const QCommandLineOption &option : options) {
        const QStringList names = dashedNames({option});
        const QString exclusion = names.size() > 1 ? QLatin1Char('(') + names.join(QLatin1Char(' ')) + QLatin1Char(')')
                                                   : QString();
        for (const QString &name : names) {
            QString spec = exclusion + name;
            if (!option.valueName().isEmpty())
                spec += name.size() == 2 ? QStringLiteral("+") : QStringLiteral("=");   // -oFILE, --output=FILE
            spec += QLatin1Char('[') + zshEscaped(oneLine(option.description())) + QLatin1Char(']');
            if (!option.valueName().isEmpty()) {
                spec += QLatin1Char(':') + zshEscaped(option.valueName()) + QLatin1Char(':');
                spec += CompletionCommand::takesFile(option) ? QStringLiteral("_files") : QStringLiteral(" ");
            }
            specs << singleQuoted(spec);
        }
    }
    return specs;
}

} // namespace

CompletionCommand::CompletionCommand() : Command(CompletionName, Group::Shell, Needs::Nothing, 1, 1) {}

QString CompletionCommand::synopsis() const
{
    return shells().join(QLatin1Char('|'));
}

QString CompletionCommand::description() const
{
    return tr("print the shell completion script for bash or zsh");
}

QStringList CompletionCommand::shells()
{
    return {QStringLiteral("bash"), QStringLiteral("zsh")};
}

int CompletionCommand::parse(CliContext &ctx, const QCommandLineParser &, const QStringList &args)
{
    m_shell = args.constFirst();
    if (!shells().contains(m_shell))
        return ctx.usageError(tr("'completion' takes bash or zsh."));
    return ExitOk;
}

int CompletionCommand::execute(CliContext &ctx, const QStringList &)
{
    const std::vector<std::unique_ptr<Command>> commands = createCommands();
    ctx.printer().out() << (m_shell == QLatin1String("bash") ? bashScript(commands) : zshScript(commands));
    return ExitOk;
}

QList<QCommandLineOption> CompletionCommand::globalOptions()
{
    QCommandLineParser parser;   // the runner's own options, worded as Qt words them
    QList<QCommandLineOption> options{
        parser.addHelpOption(),
        QCommandLineOption(QStringLiteral("help-all"), tr("Displays the overview and the help of every command.")),
        parser.addVersionOption()};
    return options + CliContext::globalOptions();
}

bool CompletionCommand::takesFile(const QCommandLineOption &option)
{
    return option.valueName() == QLatin1String("FILE");
}

QString CompletionCommand::dashed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

// ---------------------------------------------------------------- bash

QString CompletionCommand::bashScript(const std::vector<std::unique_ptr<Command>> &commands)
{
    // What each option's value is: a file name, or another value (not completed).
    QStringList fileOptions;
    QStringList valueOptions;
    QList<QCommandLineOption> all = globalOptions();
    for (const auto &command : commands)
        all += command->options();
    for (const QCommandLineOption &option : all) {
        if (option.valueName().isEmpty())
            continue;
        for (const QString &name : dashedNames({option})) {
            QStringList &list = takesFile(option) ? fileOptions : valueOptions;
            if (!list.contains(name))
                list << name;
        }
    }
    QStringList names;
    QString cases;
    for (const auto &command : commands) {
        names << command->name();
        const QStringList options = dashedNames(command->options());
        if (!options.isEmpty())
            cases += QStringLiteral("        %1) options=\"%2 $options\" ;;\n").arg(command->name(), options.join(QLatin1Char(' ')));
    }
    names << HelpCommand;

    QString s;
    s += QStringLiteral("# bash completion for zhaocai-cli                           -*- shell-script -*-\n"
                        "# Written by `zhaocai-cli completion bash` from its command table: do not edit.\n"
                        "# Try it with: source <(zhaocai-cli completion bash)\n\n");
    s += QStringLiteral("# _zhaocai_cli_value OPTION: \"file\" when its value is a file name, \"value\" when it takes\n"
                        "# another value, nothing when it takes none.\n"
                        "_zhaocai_cli_value()\n{\n    case $1 in\n");
    if (!fileOptions.isEmpty())
        s += QStringLiteral("        %1) echo file ;;\n").arg(fileOptions.join(QLatin1Char('|')));
    if (!valueOptions.isEmpty())
        s += QStringLiteral("        %1) echo value ;;\n").arg(valueOptions.join(QLatin1Char('|')));
    s += QStringLiteral("    esac\n}\n\n");
    s += QStringLiteral(
             "_zhaocai_cli()\n{\n"
             "    local cur=${COMP_WORDS[COMP_CWORD]} prev='' word command='' kind options i=1 at=0\n"
             "    if [ \"$COMP_CWORD\" -gt 0 ]; then prev=${COMP_WORDS[COMP_CWORD-1]}; fi\n"
             "    # --option=value: bash splits the word at '=' (COMP_WORDBREAKS).\n"
             "    if [ \"$cur\" = '=' ]; then\n"
             "        cur=''\n"
             "    elif [ \"$prev\" = '=' ] && [ \"$COMP_CWORD\" -gt 1 ]; then\n"
             "        prev=${COMP_WORDS[COMP_CWORD-2]}\n"
             "    fi\n"
             "    # The command: the first word that is neither an option nor an option's value.\n"
             "    while [ \"$i\" -lt \"$COMP_CWORD\" ]; do\n"
             "        word=${COMP_WORDS[i]}\n"
             "        case $word in\n"
             "            -*)\n"
             "                if [ -n \"$(_zhaocai_cli_value \"$word\")\" ]; then\n"
             "                    if [ \"${COMP_WORDS[i+1]}\" = '=' ]; then i=$((i + 2)); else i=$((i + 1)); fi\n"
             "                fi ;;\n"
             "            =) ;;\n"
             "            *) command=$word; at=$i; break ;;\n"
             "        esac\n"
             "        i=$((i + 1))\n"
             "    done\n\n"
             "    kind=$(_zhaocai_cli_value \"$prev\")\n"
             "    if [ \"$kind\" = file ]; then\n"
             "        compopt -o filenames 2>/dev/null\n"
             "        mapfile -t COMPREPLY < <(compgen -f -- \"$cur\")\n"
             "        return 0\n"
             "    elif [ \"$kind\" = value ]; then\n"
             "        COMPREPLY=()\n"
             "        return 0\n"
             "    fi\n\n")
         + QStringLiteral("    options='%1'\n").arg(dashedNames(globalOptions()).join(QLatin1Char(' ')))
         + QStringLiteral("    case $command in\n") + cases + QStringLiteral("    esac\n\n")
         + QStringLiteral(
             "    if [[ $cur == -* ]]; then\n"
             "        mapfile -t COMPREPLY < <(compgen -W \"$options\" -- \"$cur\")\n"
             "    elif [ -z \"$command\" ] || { [ \"$command\" = %1 ] && [ \"$at\" -eq $((COMP_CWORD - 1)) ]; }; then\n"
             "        mapfile -t COMPREPLY < <(compgen -W '%2' -- \"$cur\")\n"
             "    elif [ \"$command\" = %4 ] && [ \"$at\" -eq $((COMP_CWORD - 1)) ]; then\n"
             "        mapfile -t COMPREPLY < <(compgen -W '%3' -- \"$cur\")\n"
             "    else\n"
             "        COMPREPLY=()\n"
             "    fi\n"
             "    return 0\n"
             "}\n\n"
             "complete -F _zhaocai_cli zhaocai-cli\n")
               .arg(HelpCommand, names.join(QLatin1Char(' ')), shells().join(QLatin1Char(' ')), CompletionName);
    return s;
}

// ---------------------------------------------------------------- zsh

QString CompletionCommand::zshScript(const std::vector<std::unique_ptr<Command>> &commands)
{
    QStringList described;
    QString cases;
    for (const auto &command : commands) {
        described << singleQuoted(command->name() + QLatin1Char(':') + oneLine(command->description()));
        QStringList specs = zshSpecs(command->options());
        if (command->name() == CompletionName)
            specs.prepend(singleQuoted(QStringLiteral(": :(") + shells().join(QLatin1Char(' ')) + QLatin1Char(')')));
        if (!specs.isEmpty())
            cases += QStringLiteral("        (%1)\n            command_options=(\n                %2\n            ) ;;\n")
                         .arg(command->name(), specs.join(QStringLiteral("\n                ")));
    }
    described << singleQuoted(HelpCommand + QLatin1Char(':') + tr("show the help of a command"));

    QString s;
    s += QStringLiteral("#compdef zhaocai-cli\n"
                        "# zsh completion for zhaocai-cli, written by `zhaocai-cli completion zsh` from its\n"
                        "# command table: do not edit. Installed as _zhaocai-cli in a directory of $fpath.\n\n");
    s += QStringLiteral("_zhaocai-cli()\n{\n"
                        "    local curcontext=$curcontext state state_descr line ret=1\n"
                        "    local -a global_options command_options commands\n"
                        "    typeset -A opt_args\n"
                        "    global_options=(\n        %1\n    )\n"
                        "    commands=(\n        %2\n    )\n\n")
             .arg(zshSpecs(globalOptions()).join(QStringLiteral("\n        ")),
                  described.join(QStringLiteral("\n        ")));
    s += QStringLiteral(
             "    _arguments -C -s : $global_options ': :->command' '*:: :->argument' && ret=0\n"
             "    case $state in\n"
             "    (command)\n"
             "        _describe -t commands 'zhaocai-cli command' commands && ret=0\n"
             "        ;;\n"
             "    (argument)\n"
             "        curcontext=${curcontext%:*:*}:zhaocai-cli-$words[1]:\n"
             "        case $words[1] in\n"
             "        (%1)\n"
             "            if (( CURRENT == 2 )); then\n"
             "                _describe -t commands 'zhaocai-cli command' commands && ret=0\n"
             "            fi\n"
             "            return ret ;;\n")
             .arg(HelpCommand);
    s += cases;
    s += QStringLiteral("        esac\n"
                        "        _arguments -s : $global_options $command_options && ret=0\n"
                        "        ;;\n"
                        "    esac\n"
                        "    return ret\n"
                        "}\n\n"
                        "if [ \"$funcstack[1]\" = _zhaocai-cli ]; then\n"
                        "    _zhaocai-cli \"$@\"\n"
                        "else\n"
                        "    compdef _zhaocai-cli zhaocai-cli\n"
                        "fi\n");
    return s;
}

} // namespace zc::cli
