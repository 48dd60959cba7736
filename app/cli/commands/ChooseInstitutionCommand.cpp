#include "ChooseInstitutionCommand.h"

#include "CliContext.h"

namespace zc::cli {

ChooseInstitutionCommand::ChooseInstitutionCommand()
    : Command(QStringLiteral("choose-institution"), Group::Session, Needs::Session, 1, 1)
{
}

QString ChooseInstitutionCommand::synopsis() const
{
    return tr("ID");
}

QString ChooseInstitutionCommand::description() const
{
    return tr("pick the medical institution (asked once, permanent)");
}

int ChooseInstitutionCommand::parse(CliContext &ctx, const QCommandLineParser &, const QStringList &args)
{
    return readId(ctx, args.constFirst(), &m_id);
}

int ChooseInstitutionCommand::execute(CliContext &ctx, const QStringList &)
{
    const auto r = ctx.await<Session>([&](QObject *c, sync::ApiClient::Done<Session> done) {
        return ctx.client().chooseInstitution(m_id, c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportSessionOnlyError(name(), r.error, r.tlsProblems);
    if (ctx.json())
        ctx.printer().json(r.value->toJson(false));
    else
        ctx.printer().session(*r.value, tr("Institution chosen (this choice is permanent)."));
    return ExitOk;
}

} // namespace zc::cli
