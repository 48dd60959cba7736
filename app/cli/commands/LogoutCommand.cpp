#include "LogoutCommand.h"

#include "CliContext.h"
#include "RememberedAccounts.h"

namespace zc::cli {

LogoutCommand::LogoutCommand() : Command(QStringLiteral("logout"), Group::Session, Needs::Session, 0, 0) {}

QString LogoutCommand::synopsis() const
{
    return {};
}

QString LogoutCommand::description() const
{
    return tr("revoke the remembered session and forget it\n"
              "(of the default account, or of --as LOGIN)");
}

int LogoutCommand::parse(CliContext &ctx, const QCommandLineParser &, const QStringList &)
{
    if (ctx.usesToken())
        return ctx.usageError(tr("'logout' ends a remembered session; a token (%1) is not logged out. An API token "
                                 "stops working when it is deleted ('zhaocai-cli token-delete ID').")
                                  .arg(ctx.tokenSource().describe()));
    return ExitOk;
}

int LogoutCommand::execute(CliContext &ctx, const QStringList &)
{
    const auto r = ctx.await<sync::Nothing>([&ctx](QObject *c, sync::ApiClient::Done<sync::Nothing> done) {
        return ctx.client().logout(c, std::move(done));
    });
    const bool alreadyGone = !r.ok() && r.error.status == 401;
    if (!r.ok() && !alreadyGone)
        return ctx.reportError(r.error, r.tlsProblems);   // keep the token: the user can try again
    const QString login = ctx.sessionLogin();
    ctx.forgetSession();
    const QString defaultLogin = RememberedAccounts(ctx.profile().id).defaultLogin();
    if (ctx.json())
        ctx.printer().json(QJsonObject{{QStringLiteral("logged_out"), true},
                                       {QStringLiteral("login"), login},
                                       {QStringLiteral("default"),
                                        defaultLogin.isEmpty() ? QJsonValue() : QJsonValue(defaultLogin)}});
    else
        ctx.printer().line(alreadyGone ? tr("The session of %1 had already ended; it is forgotten here.").arg(login)
                                       : tr("Logged out %1; the session is revoked and forgotten.").arg(login));
    return ExitOk;
}

} // namespace zc::cli
