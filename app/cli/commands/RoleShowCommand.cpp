#include "RoleShowCommand.h"

#include "CliContext.h"

namespace zc::cli {

RoleShowCommand::RoleShowCommand() : Command(QStringLiteral("role-show"), Group::Administration, Needs::Session, 1, 1)
{
}

QString RoleShowCommand::synopsis() const
{
    return tr("ID");
}

QString RoleShowCommand::description() const
{
    return tr("one role with its permissions");
}

int RoleShowCommand::parse(CliContext &ctx, const QCommandLineParser &, const QStringList &args)
{
    return readId(ctx, args.constFirst(), &m_id);
}

int RoleShowCommand::execute(CliContext &ctx, const QStringList &)
{
    const auto r = ctx.await<Role>([&](QObject *c, sync::ApiClient::Done<Role> done) {
        return ctx.client().role(m_id, c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportError(r.error, r.tlsProblems);
    if (ctx.json())
        ctx.printer().json(r.value->toJson());
    else
        ctx.printer().role(*r.value);
    return ExitOk;
}

} // namespace zc::cli
