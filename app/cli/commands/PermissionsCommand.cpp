#include "PermissionsCommand.h"

#include "CliContext.h"

namespace zc::cli {

PermissionsCommand::PermissionsCommand()
    : Command(QStringLiteral("permissions"), Group::Session, Needs::Server, 0, 0)
{
}

QString PermissionsCommand::synopsis() const
{
    return {};
}

QString PermissionsCommand::description() const
{
    return tr("the menu-permission catalog as a tree");
}

int PermissionsCommand::execute(CliContext &ctx, const QStringList &)
{
    // The catalog needs a session; use the remembered one when there is one.
    ctx.useRememberedSession();
    const auto r = ctx.await<QList<Permission>>([&ctx](QObject *c, sync::ApiClient::Done<QList<Permission>> done) {
        return ctx.client().permissions(c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportError(r.error, r.tlsProblems);
    if (ctx.json())
        ctx.printer().json(Permission::listToJson(*r.value));
    else
        ctx.printer().permissionTree(*r.value);
    return ExitOk;
}

} // namespace zc::cli
