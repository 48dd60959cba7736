#include "UnitAuthCommand.h"

#include "CliContext.h"

namespace zc::cli {

UnitAuthCommand::UnitAuthCommand()
    : Command(QStringLiteral("unit-auth"), Group::Administration, Needs::Session, 2, 2)
{
}

QString UnitAuthCommand::synopsis() const
{
    return tr("KIND UNIT_CODE");
}

QString UnitAuthCommand::description() const
{
    return tr("authenticate the unit (medical_institution, manufacturer,\n"
              "distributor) with its unit code");
}

int UnitAuthCommand::parse(CliContext &ctx, const QCommandLineParser &, const QStringList &args)
{
    if (!Unit::kindFromString(args.constFirst()) || args.constFirst().isEmpty())
        return ctx.usageError(tr("the unit kind is medical_institution, manufacturer or distributor."));
    return ExitOk;
}

int UnitAuthCommand::execute(CliContext &ctx, const QStringList &args)
{
    const Unit::Kind kind = Unit::kindFromString(args.at(0)).value_or(Unit::Kind::None);
    const QString unitCode = args.at(1);
    const auto r = ctx.await<Unit>([&](QObject *c, sync::ApiClient::Done<Unit> done) {
        return ctx.client().authenticateUnit(kind, unitCode, c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportError(r.error, r.tlsProblems);
    if (ctx.json())
        ctx.printer().json(r.value->toJson());
    else
        ctx.printer().line(tr("%1 is authenticated as %2 with the unit code %3.")
                               .arg(r.value->name, Printer::kindText(r.value->kind), r.value->unitCode));
    return ExitOk;
}

} // namespace zc::cli
