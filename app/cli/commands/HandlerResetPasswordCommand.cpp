#include "HandlerResetPasswordCommand.h"

#include "CliContext.h"

namespace zc::cli {

HandlerResetPasswordCommand::HandlerResetPasswordCommand()
    : Command(QStringLiteral("handler-reset-password"), Group::Administration, Needs::Session, 1, 1)
{
}

QString HandlerResetPasswordCommand::synopsis() const
{
    return tr("ID");
}

QString HandlerResetPasswordCommand::description() const
{
    return tr("send the handler a new password by SMS");
}

int HandlerResetPasswordCommand::parse(CliContext &ctx, const QCommandLineParser &, const QStringList &args)
{
    return readId(ctx, args.constFirst(), &m_id);
}

int HandlerResetPasswordCommand::execute(CliContext &ctx, const QStringList &)
{
    const auto r = ctx.await<sync::Nothing>([&](QObject *c, sync::ApiClient::Done<sync::Nothing> done) {
        return ctx.client().resetHandlerPassword(m_id, c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportError(r.error, r.tlsProblems);
    if (ctx.json())
        ctx.printer().json(QJsonObject{{QStringLiteral("password_reset"), true}, {QStringLiteral("id"), m_id}});
    else
        ctx.printer().line(
            tr("A new password was sent to the handler's phone by SMS; it must be changed at the next login."));
    return ExitOk;
}

} // namespace zc::cli
