#include "RoleUpdateCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"

#include "sync/WriteThrough.h"

namespace zc::cli {

RoleUpdateCommand::RoleUpdateCommand()
    : Command(QStringLiteral("role-update"), Group::Administration, Needs::Session, 1, 1,
              {CommonOptions::name(), CommonOptions::permissions(), CommonOptions::remark()})
{
}

QString RoleUpdateCommand::synopsis() const
{
    return tr("ID [--name N] [--permissions a,b] [--remark R]");
}

QString RoleUpdateCommand::description() const
{
    return tr("change a role's name, permissions or remark");
}

int RoleUpdateCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args)
{
    m_name = CommonOptions::optionalValue(parser, QStringLiteral("name"));
    m_permissions = CommonOptions::readPermissions(parser);
    m_remark = CommonOptions::optionalValue(parser, QStringLiteral("remark"));
    if (const int rc = readId(ctx, args.constFirst(), &m_id); rc != ExitOk)
        return rc;
    if (!m_name && !m_permissions && !m_remark)
        return ctx.usageError(tr("'role-update' needs --name, --permissions or --remark."));
    return ExitOk;
}

int RoleUpdateCommand::execute(CliContext &ctx, const QStringList &)
{
    const auto current = ctx.await<Role>([&](QObject *c, sync::ApiClient::Done<Role> done) {
        return ctx.client().role(m_id, c, std::move(done));
    });
    if (!current.ok())
        return ctx.reportError(current.error, current.tlsProblems);
    sync::RoleInput input;
    input.name = m_name.value_or(current.value->name);
    input.remark = m_remark.value_or(current.value->remark);
    input.permissions = m_permissions.value_or(current.value->permissions);
    const QString version = current.etag.isEmpty() ? current.value->version : QString::fromUtf8(current.etag);
    const auto r = ctx.await<Role>([&](QObject *c, sync::ApiClient::Done<Role> done) {
        return ctx.writes().updateRole(m_id, input, version, c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportError(r.error, r.tlsProblems);
    const Role updated = *r.value;
    if (ctx.json()) {
        ctx.printer().json(updated.toJson());
    } else {
        ctx.printer().line(tr("Role updated."));
        ctx.printer().role(updated);
    }
    return ExitOk;
}

} // namespace zc::cli
