#include "ChooseUnitCommand.h"

#include "CliContext.h"

namespace zc::cli {

ChooseUnitCommand::ChooseUnitCommand()
    : Command(QStringLiteral("choose-unit"), Group::Session, Needs::Session, 1, 1)
{
}

QString ChooseUnitCommand::synopsis() const
{
    return tr("ID");
}

QString ChooseUnitCommand::description() const
{
    return tr("pick the unit of this session (handlers of several units)");
}

int ChooseUnitCommand::parse(CliContext &ctx, const QCommandLineParser &, const QStringList &args)
{
    return readId(ctx, args.constFirst(), &m_id);
}

int ChooseUnitCommand::execute(CliContext &ctx, const QStringList &)
{
    const auto r = ctx.await<Session>([&](QObject *c, sync::ApiClient::Done<Session> done) {
        return ctx.client().chooseUnit(m_id, c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportSessionOnlyError(name(), r.error, r.tlsProblems);
    if (ctx.json())
        ctx.printer().json(r.value->toJson(false));
    else
        ctx.printer().session(*r.value, tr("Unit chosen."));
    return ExitOk;
}

} // namespace zc::cli
