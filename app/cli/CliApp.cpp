#include "CliApp.h"

#include "Commands.h"

#include "sync/Language.h"

#include <QLocale>
#include <QLoggingCategory>

namespace zc::cli {

namespace {

// The column where a command's description starts in the overview.
constexpr int DescriptionColumn = 28;

QString optionSyntax(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString syntax = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        syntax += QStringLiteral(" <") + option.valueName() + QLatin1Char('>');
    return syntax;
}

} // namespace

CliApp::CliApp() : m_commands(createCommands()) {}

void CliApp::installLanguage(const QStringList &arguments)
{
    QString language = sync::Language::fromName(sync::Language::requested(arguments));
    if (language.isEmpty())   // not given, or not one we have (readGlobalOptions says so)
        language = sync::Language::forLocale(QLocale::system());
    sync::Language::install(QStringLiteral("zhaocai-cli"), language);
}

CliApp::~CliApp() = default;

Command *CliApp::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QList<QCommandLineOption> CliApp::commandOptions() const
{
    QList<QCommandLineOption> all;
    QStringList seen;
    for (const auto &command : m_commands) {
        for (const QCommandLineOption &option : command->options()) {
            if (seen.contains(option.names().constFirst()))
                continue;
            seen << option.names();
            all << option;
        }
    }
    return all;
}

QString CliApp::longName(const QString &name) const
{
    for (const QCommandLineOption &option : commandOptions()) {
        if (option.names().contains(name))
            return option.names().constLast();
    }
    return name;
}

int CliApp::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(overview());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addOptions(CliContext::globalOptions());
    parser.addOptions(commandOptions());
    parser.addPositionalArgument(QStringLiteral("command"), tr("One of the commands above."));
    parser.addPositionalArgument(QStringLiteral("argument"), tr("What the command takes (LOGIN, ID, …)."));

    if (!parser.parse(arguments))
        return m_ctx.usageError(parser.errorText());
    // The library's log would repeat what the CLI itself says, on the same stderr.
    QLoggingCategory::setFilterRules(parser.isSet(QStringLiteral("verbose"))
                                         ? QStringLiteral("zc.*=true\nzc.*.debug=false")
                                         : QStringLiteral("zc.*=false"));
    const QStringList positional = parser.positionalArguments();
    Printer &printer = m_ctx.printer();
    const bool helpCommand = !positional.isEmpty() && positional.constFirst() == QLatin1String("help");
    if (parser.isSet(QStringLiteral("help-all"))) {
        // The overview, then every command's own help, as one manual.
        printer.out() << parser.helpText();
        for (const auto &command : m_commands)
            printer.out() << QLatin1Char('\n') << commandHelp(*command);
        printer.flush();
        return ExitOk;
    }
    if (parser.isSet(helpOption) || helpCommand) {
        const QString topic = helpCommand ? positional.value(1) : positional.value(0);
        const Command *command = find(topic);
        if (helpCommand && !topic.isEmpty() && !command)
            return m_ctx.usageError(tr("unknown command '%1'.").arg(topic));
        printer.out() << (command ? commandHelp(*command) : parser.helpText());
        printer.flush();
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        printer.out() << QStringLiteral("zhaocai-cli ") << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }

    if (positional.isEmpty())
        return m_ctx.usageError(tr("no command given."));
    Command *command = find(positional.constFirst());
    if (!command)
        return m_ctx.usageError(tr("unknown command '%1'.").arg(positional.constFirst()));
    const QStringList args = positional.mid(1);
    if (const int rc = checkArguments(*command, args); rc != ExitOk)
        return rc;
    if (const int rc = checkOptions(*command, parser); rc != ExitOk)
        return rc;
    if (const int rc = m_ctx.readGlobalOptions(parser); rc != ExitOk)
        return rc;
    if (const int rc = command->parse(m_ctx, parser, args); rc != ExitOk)
        return rc;
    if (command->needs() == Command::Needs::Nothing)
        return m_ctx.finish(command->execute(m_ctx, args));

    if (const int rc = m_ctx.resolveProfile(); rc != ExitOk)
        return rc;
    if (command->needs() != Command::Needs::Profile)
        m_ctx.connectClient();
    if (command->needs() == Command::Needs::Session) {
        if (const int rc = m_ctx.openSession(); rc != ExitOk)
            return m_ctx.finish(rc);
    }
    return m_ctx.finish(command->execute(m_ctx, args));
}

int CliApp::checkArguments(const Command &command, const QStringList &args)
{
    const qsizetype count = args.size();
    const int min = command.minArguments();
    const int max = command.maxArguments();
    if (count >= min && (max < 0 || count <= max))
        return ExitOk;
    if (max == 0)
        return m_ctx.usageError(tr("'%1' takes no argument.").arg(command.name()));
    if (min == max && min == 1)
        return m_ctx.usageError(tr("'%1' takes exactly one argument.").arg(command.name()));
    if (min == max)
        return m_ctx.usageError(tr("'%1' takes exactly %2 arguments.").arg(command.name()).arg(min));
    return m_ctx.usageError(tr("'%1' takes at least %2 arguments.").arg(command.name()).arg(min));
}

int CliApp::checkOptions(const Command &command, const QCommandLineParser &parser)
{
    const QStringList given = parser.optionNames();
    for (const QString &name : given) {
        if (!CliContext::isGlobalOption(name) && !command.takesOption(name))
            return m_ctx.usageError(tr("--%1 does not belong to '%2'.").arg(longName(name), command.name()));
    }
    return ExitOk;
}

// ---------------------------------------------------------------- help

QString CliApp::commandLines(const Command &command)
{
    const QString indent(2, QLatin1Char(' '));
    const QString descriptionIndent(DescriptionColumn, QLatin1Char(' '));
    const QStringList synopsis = command.synopsis().split(QLatin1Char('\n'));
    const QStringList description = command.description().split(QLatin1Char('\n'), Qt::SkipEmptyParts);

    QString first = indent + command.name();
    if (!synopsis.constFirst().isEmpty())
        first += QLatin1Char(' ') + synopsis.constFirst();
    QString out;
    qsizetype next = 0;   // the first description line not written yet
    if (synopsis.size() == 1 && !description.isEmpty() && first.size() < DescriptionColumn) {
        out += first.leftJustified(DescriptionColumn) + description.constFirst() + QLatin1Char('\n');
        next = 1;
    } else {
        out += first + QLatin1Char('\n');
        const QString continuation(indent.size() + command.name().size() + 1, QLatin1Char(' '));
        for (qsizetype i = 1; i < synopsis.size(); ++i)
            out += continuation + synopsis.at(i) + QLatin1Char('\n');
    }
    for (qsizetype i = next; i < description.size(); ++i)
        out += descriptionIndent + description.at(i) + QLatin1Char('\n');
    return out;
}

QString CliApp::overview() const
{
    QString text = tr("Command-line twin of zhaocai-admin: accounts and permissions of the procurement platform.")
                   + QStringLiteral("\n\n");
    const QList<QPair<Command::Group, QString>> groups{
        {Command::Group::Session, tr("Session:")},
        {Command::Group::Registration, tr("Registration and passwords (no session needed):")},
        {Command::Group::Administration, tr("Unit administration (remembered session):")},
        {Command::Group::Shell, tr("Shell completion and manual page (no server needed):")}};
    for (const auto &[group, heading] : groups) {
        QString lines;
        for (const auto &command : m_commands) {
            if (command->group() == group)
                lines += commandLines(*command);
        }
        if (!lines.isEmpty())
            text += heading + QLatin1Char('\n') + lines + QLatin1Char('\n');
    }
    return text + tr("'zhaocai-cli help COMMAND' (or COMMAND --help) shows one command with its options.")
           + QStringLiteral("\n\n") + authenticationNote() + QStringLiteral("\n\n")
           + tr("Exit codes: 0 ok, 1 the server refused (message and code printed), 2 usage,\n"
                "3 network or TLS failure (the refused certificate is described), 4 not signed in\n"
                "(no remembered session, expired, or the credentials refused), 5 forbidden,\n"
                "6 the system's credential store failed. Errors go to stderr, as JSON with --json.")
           + QLatin1Char('\n')
           + tr("7 assign / unassign: some rows failed (each is reported), the others were done.\n"
                "Lists and exports show the local cache when the server cannot be reached (said on\n"
                "stderr, exit 0).");
}

QString CliApp::authenticationNote()
{
    return tr("Credentials and environment:\n"
              "  Commands that need a session use the server's default account ('account list',\n"
              "  'account use LOGIN'), or --as LOGIN; 'whoami' says which. For scripts, without\n"
              "  keychain or captcha:\n"
              "  ZC_TOKEN            a token used instead of a remembered session: usually an API\n"
              "                      token (zcat_…) made with 'token-create'\n"
              "  --token-file FILE   the same, read from FILE, which must be readable by you alone\n"
              "                      (chmod 600 FILE); it goes before ZC_TOKEN\n"
              "  ZC_SERVER           the server URL when no --server, --profile-file or --profile\n"
              "                      is given (add --ca FILE for a private CA)\n"
              "  An API token cannot log in or out, nor use me, change-password, choose-unit,\n"
              "  choose-institution or the token commands: those need a signed-in session.");
}

QString CliApp::commandHelp(const Command &command) const
{
    QString synopsis = command.synopsis();
    synopsis.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString usage = QString(command.name() + QLatin1Char(' ') + synopsis).trimmed();
    QString text = tr("Usage: zhaocai-cli [options] %1").arg(usage) + QLatin1Char('\n');
    for (const QString &line : command.description().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        text += line.trimmed() + QLatin1Char('\n');

    const QList<QCommandLineOption> &options = command.options();
    if (!options.isEmpty()) {
        qsizetype width = 0;
        for (const QCommandLineOption &option : options)
            width = qMax(width, optionSyntax(option).size());
        text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
        for (const QCommandLineOption &option : options)
            text += QStringLiteral("  ") + optionSyntax(option).leftJustified(width + 2) + option.description()
                    + QLatin1Char('\n');
    }
    QStringList globals;
    for (const QCommandLineOption &option : CliContext::globalOptions())
        globals << QStringLiteral("--") + option.names().constFirst();
    text += QLatin1Char('\n')
            + tr("Global options (see 'zhaocai-cli --help'): %1.").arg(globals.join(QStringLiteral(", ")))
            + QLatin1Char('\n');
    return text;
}

} // namespace zc::cli
