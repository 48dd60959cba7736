#include "ChangePasswordCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"

namespace zc::cli {

ChangePasswordCommand::ChangePasswordCommand()
    : Command(QStringLiteral("change-password"), Group::Session, Needs::Session, 0, 0,
              {CommonOptions::passwordStdin()})
{
}

QString ChangePasswordCommand::synopsis() const
{
    return {};
}

QString ChangePasswordCommand::description() const
{
    return tr("change the password (old and new)");
}

int ChangePasswordCommand::parse(CliContext &, const QCommandLineParser &parser, const QStringList &)
{
    m_passwordStdin = parser.isSet(QStringLiteral("password-stdin"));
    return ExitOk;
}

int ChangePasswordCommand::execute(CliContext &ctx, const QStringList &)
{
    Printer &printer = ctx.printer();
    const bool prompt = !m_passwordStdin && TerminalInput::isInteractive();
    bool eof = false;
    if (prompt)
        printer.prompt(tr("Current password: "));
    const QString oldPassword = ctx.input().readSecret(&eof);
    if (eof || oldPassword.isEmpty())
        return ctx.usageError(tr("no current password given."));
    if (prompt)
        printer.prompt(tr("New password: "));
    const QString newPassword = ctx.input().readSecret(&eof);
    if (eof || newPassword.isEmpty())
        return ctx.usageError(tr("no new password given."));
    if (prompt) {
        printer.prompt(tr("New password again: "));
        const QString again = ctx.input().readSecret(&eof);
        if (again != newPassword)
            return ctx.usageError(tr("the new passwords differ."));
    }
    const auto r = ctx.await<sync::Nothing>([&](QObject *c, sync::ApiClient::Done<sync::Nothing> done) {
        return ctx.client().changePassword(oldPassword, newPassword, c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportSessionOnlyError(name(), r.error, r.tlsProblems);
    if (ctx.json())
        printer.json(QJsonObject{{QStringLiteral("password_changed"), true}});
    else
        printer.line(tr("Password changed; the account's other sessions were signed out."));
    return ExitOk;
}

} // namespace zc::cli
