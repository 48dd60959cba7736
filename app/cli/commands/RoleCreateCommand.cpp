#include "RoleCreateCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"

#include "sync/WriteThrough.h"

namespace zc::cli {

RoleCreateCommand::RoleCreateCommand()
    : Command(QStringLiteral("role-create"), Group::Administration, Needs::Session, 1, 1,
              {CommonOptions::permissions(), CommonOptions::remark()})
{
}

QString RoleCreateCommand::synopsis() const
{
    return tr("NAME --permissions a,b [--remark R]");
}

QString RoleCreateCommand::description() const
{
    return tr("add a role with these menu permissions");
}

int RoleCreateCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &)
{
    const std::optional<QStringList> permissions = CommonOptions::readPermissions(parser);
    m_remark = parser.value(QStringLiteral("remark"));
    if (!permissions)
        return ctx.usageError(tr("'role-create' needs --permissions CODES (see 'permissions')."));
    m_permissions = *permissions;
    return ExitOk;
}

int RoleCreateCommand::execute(CliContext &ctx, const QStringList &args)
{
    sync::RoleInput input;
    input.name = args.constFirst();
    input.remark = m_remark;
    input.permissions = m_permissions;
    const auto r = ctx.await<Role>([&](QObject *c, sync::ApiClient::Done<Role> done) {
        return ctx.writes().createRole(input, c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportError(r.error, r.tlsProblems);
    const Role created = *r.value;
    if (ctx.json()) {
        ctx.printer().json(created.toJson());
    } else {
        ctx.printer().line(tr("Role created."));
        ctx.printer().role(created);
    }
    return ExitOk;
}

} // namespace zc::cli
