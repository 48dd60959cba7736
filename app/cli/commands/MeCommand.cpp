#include "MeCommand.h"

#include "CliContext.h"

namespace zc::cli {

MeCommand::MeCommand() : Command(QStringLiteral("me"), Group::Session, Needs::Session, 0, 0) {}

QString MeCommand::synopsis() const
{
    return {};
}

QString MeCommand::description() const
{
    return tr("show the remembered session: account, unit, permissions");
}

int MeCommand::execute(CliContext &ctx, const QStringList &)
{
    const auto r = ctx.await<Session>([&ctx](QObject *c, sync::ApiClient::Done<Session> done) {
        return ctx.client().me(c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportSessionOnlyError(name(), r.error, r.tlsProblems);
    if (ctx.json())
        ctx.printer().json(r.value->toJson(false));
    else
        ctx.printer().session(*r.value,
                              tr("Session on %1 (%2):").arg(ctx.profile().name, ctx.profile().url.toString()));
    return ExitOk;
}

} // namespace zc::cli
