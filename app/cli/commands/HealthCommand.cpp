#include "HealthCommand.h"

#include "CliContext.h"

namespace zc::cli {

HealthCommand::HealthCommand() : Command(QStringLiteral("health"), Group::Session, Needs::Server, 0, 0) {}

QString HealthCommand::synopsis() const
{
    return {};
}

QString HealthCommand::description() const
{
    return tr("check that the server answers");
}

int HealthCommand::execute(CliContext &ctx, const QStringList &)
{
    const auto r = ctx.await<QString>([&ctx](QObject *c, sync::ApiClient::Done<QString> done) {
        return ctx.client().health(c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportError(r.error, r.tlsProblems);
    const sync::ServerProfile &profile = ctx.profile();
    if (ctx.json()) {
        ctx.printer().json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                       {QStringLiteral("version"), *r.value},
                                       {QStringLiteral("server"), profile.url.toString()}});
    } else {
        ctx.printer().line(tr("%1 (%2) is up, version %3.").arg(profile.name, profile.url.toString(), *r.value));
    }
    return ExitOk;
}

} // namespace zc::cli
