#include "ManPageCommand.h"

#include "CliContext.h"
#include "Commands.h"
#include "CompletionCommand.h"

namespace zc::cli {

namespace {

// Chinese, Japanese and Korean characters and their punctuation: text
// without spaces, where a line may break between any two characters.
bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF);
}

// Text as roff: backslashes and hyphens escaped (a hyphen in an option or a
// command name must stay an ASCII hyphen-minus), a line that starts with a
// control character ('.' or \') kept as text, and a break point (\:) after
// each Chinese character, where groff would otherwise find no place to break
// a line of Chinese (but not in the NAME line, which whatis shows as it is).
QString roff(const QString &text, bool cjkBreaks = true)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        QString out;
        for (const QChar c : std::as_const(line)) {
            if (c == QLatin1Char('\\'))
                out += QStringLiteral("\\e");
            else if (c == QLatin1Char('-'))
                out += QStringLiteral("\\-");
            else
                out += c;
            if (cjkBreaks && isCjk(c))
                out += QStringLiteral("\\:");
        }
        if (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('\'')))
            out.prepend(QStringLiteral("\\&"));
        line = out;
    }
    return lines.join(QLatin1Char('\n'));
}

QString bold(const QString &text)
{
    return QStringLiteral("\\fB") + roff(text) + QStringLiteral("\\fR");
}

QString italic(const QString &text)
{
    return QStringLiteral("\\fI") + roff(text) + QStringLiteral("\\fR");
}

QString section(const QString &title)
{
    // No break points in a heading: lexgrog and whatis read it as it is (名称).
    return QStringLiteral(".SH \"") + roff(title, false) + QStringLiteral("\"\n");
}

// A tagged paragraph: the tag (already roff) on its own line, then the text.
QString item(const QString &tag, const QString &text)
{
    return QStringLiteral(".TP\n") + tag + QLatin1Char('\n') + roff(text) + QLatin1Char('\n');
}

// "-o, --output FILE" in bold and italics.
QString optionTag(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << bold(CompletionCommand::dashed(name));
    QString tag = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        tag += QLatin1Char(' ') + italic(option.valueName());
    return tag;
}

// An option's description under its command, without the "command: " that
// names the command in the overview's list of all options.
QString optionText(const QString &command, const QCommandLineOption &option)
{
    QString text = option.description().split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QLatin1Char(' '));
    const QStringList prefixes{command + QStringLiteral(": "), command + QStringLiteral("：")};
    for (const QString &prefix : prefixes) {
        if (text.startsWith(prefix))
            text = text.mid(prefix.size());
    }
    return text;
}

QString example(const QString &text, const QStringList &commandLines)
{
    return QStringLiteral(".PP\n") + roff(text) + QStringLiteral("\n.PP\n.RS\n.nf\n") + roff(commandLines.join(QLatin1Char('\n')))
           + QStringLiteral("\n.fi\n.RE\n");
}

} // namespace

ManPageCommand::ManPageCommand() : Command(QStringLiteral("man"), Group::Shell, Needs::Nothing, 0, 0) {}

QString ManPageCommand::synopsis() const
{
    return {};
}

QString ManPageCommand::description() const
{
    return tr("print this manual page (roff; read it with: zhaocai-cli man | man -l -)");
}

int ManPageCommand::execute(CliContext &ctx, const QStringList &)
{
    ctx.printer().out() << page(createCommands());
    return ExitOk;
}

QString ManPageCommand::page(const std::vector<std::unique_ptr<Command>> &commands)
{
    const QString program = QStringLiteral("zhaocai-cli");
    QString s = QStringLiteral(".\\\" zhaocai-cli(1), written by `zhaocai-cli man` from its command table: do not edit.\n")
                + QStringLiteral(".TH ZHAOCAI\\-CLI 1 \"\" \"%1\" \"zhaocai\\-admin\"\n")
                      .arg(roff(program + QLatin1Char(' ') + QCoreApplication::applicationVersion()))
                // Neither hyphenated nor justified: names and options stay whole, and Chinese
                // text (no spaces to stretch) reads as evenly as English.
                + QStringLiteral(".nh\n.ad l\n");

    s += section(tr("NAME"));
    s += roff(program) + QStringLiteral(" \\- ")
         + roff(tr("accounts and permissions of a procurement platform from the command line"), false)
         + QLatin1Char('\n');

    s += section(tr("SYNOPSIS"));
    s += bold(program) + QStringLiteral(" [") + italic(tr("options")) + QStringLiteral("] ") + italic(tr("command"))
         + QStringLiteral(" [") + italic(tr("arguments")) + QStringLiteral("]\n.br\n") + bold(program + QStringLiteral(" help"))
         + QLatin1Char(' ') + italic(tr("command")) + QLatin1Char('\n');

    s += section(tr("DESCRIPTION"));
    s += roff(tr("zhaocai-cli is the command-line twin of the desktop client zhaocai-admin: it signs in to a "
                 "zhaocai server over verified TLS and manages the unit's handler accounts, roles and their "
                 "permissions from a terminal or a script."))
         + QStringLiteral("\n.PP\n");
    s += roff(tr("The server comes from --server URL (with --ca FILE for a private certificate authority), from "
                 "--profile-file FILE or --profile ID, or else from the server profile used last, which the "
                 "desktop client shares. 'login --remember' keeps the session token in the system's keychain "
                 "for the commands that follow."))
         + QStringLiteral("\n.PP\n");
    s += roff(tr("Results go to standard output and errors to standard error; with --json both are JSON. Messages "
                 "are in Chinese unless --lang or the system's language asks for English."))
         + QLatin1Char('\n');

    s += section(tr("GLOBAL OPTIONS"));
    s += roff(tr("These go before or after the command.")) + QLatin1Char('\n');
    for (const QCommandLineOption &option : CompletionCommand::globalOptions())
        s += item(optionTag(option), option.description());

    s += section(tr("COMMANDS"));
    for (const auto &command : commands) {
        QString synopsis = command->synopsis();
        synopsis.replace(QLatin1Char('\n'), QLatin1Char(' '));
        QString tag = bold(command->name());
        if (!synopsis.trimmed().isEmpty())
            tag += QLatin1Char(' ') + roff(synopsis.trimmed());
        s += item(tag, command->description().split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QLatin1Char(' ')));
        if (command->options().isEmpty())
            continue;
        s += QStringLiteral(".RS\n");
        for (const QCommandLineOption &option : command->options())
            s += item(optionTag(option), optionText(command->name(), option));
        s += QStringLiteral(".RE\n");
    }

    s += section(tr("EXIT STATUS"));
    const QList<QPair<int, QString>> codes{
        {ExitOk, tr("Done.")},
        {ExitApiError, tr("The server refused (its message and code are printed), or a local step failed.")},
        {ExitUsage, tr("A bad command line or input.")},
        {ExitNetwork, tr("No answer: network, timeout, proxy or TLS (a refused certificate is described).")},
        {ExitNotSignedIn, tr("Not signed in: no remembered session, the session expired, or the credentials were "
                             "refused (HTTP 401).")},
        {ExitForbidden, tr("Forbidden: the account may not do that (HTTP 403).")},
        {ExitKeychain, tr("The system's credential store could not be used.")}};
    for (const auto &[code, text] : codes)
        s += item(bold(QString::number(code)), text);

    s += section(tr("ENVIRONMENT"));
    s += item(bold(QStringLiteral("LANG")) + QStringLiteral(", ") + bold(QStringLiteral("LC_ALL")) + QStringLiteral(", ")
                  + bold(QStringLiteral("LC_MESSAGES")),
              tr("The language of messages when --lang is not given: English when the locale asks for English, "
                 "else Chinese."));
    s += item(bold(QStringLiteral("https_proxy")) + QStringLiteral(", ") + bold(QStringLiteral("no_proxy")),
              tr("The proxy for the server's connections, as the system's proxy settings give it (a server on "
                 "the loopback address is reached directly)."));
    s += item(bold(QStringLiteral("XDG_CONFIG_HOME")),
              tr("Where the server profiles and the remembered login are kept (default: ~/.config)."));
    s += item(bold(QStringLiteral("XDG_DATA_HOME")),
              tr("Where the local caches are kept (default: ~/.local/share)."));

    s += section(tr("FILES"));
    s += item(italic(QStringLiteral("~/.config/zhaocai/zhaocai-admin.conf")),
              tr("The server profiles, and the profile and login used last, shared with zhaocai-admin. Session "
                 "tokens are not kept in files but in the system's keychain (the Secret Service)."));
    s += item(italic(QStringLiteral("~/.local/share/zhaocai/zhaocai-admin/cache/")),
              tr("The local cache of each account (SQLite), written by sync and by the desktop client, read by "
                 "export and by the desktop client when offline."));

    s += section(tr("EXAMPLES"));
    s += example(tr("Check the server, then sign in and keep the session:"),
                 {QStringLiteral("zhaocai-cli --server https://zhaocai.example.cn --ca ca.pem health"),
                  QStringLiteral("zhaocai-cli login 13800138000 --remember")});
    s += example(tr("List the roles as JSON, for a script:"), {QStringLiteral("zhaocai-cli --json roles")});
    s += example(tr("Bring the local cache up to date and export the handlers for Excel:"),
                 {QStringLiteral("zhaocai-cli sync"), QStringLiteral("zhaocai-cli export handlers --bom -o handlers.csv")});
    s += example(tr("Complete commands and options in the running bash:"),
                 {QStringLiteral("source <(zhaocai-cli completion bash)")});

    s += section(tr("SEE ALSO"));
    s += QStringLiteral(".BR zhaocai\\-admin (1),\n.BR zhaocai\\-server (1)\n");
    return s;
}

} // namespace zc::cli
