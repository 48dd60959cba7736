#include "RoleDeleteCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"

#include "sync/WriteThrough.h"

namespace zc::cli {

RoleDeleteCommand::RoleDeleteCommand()
    : Command(QStringLiteral("role-delete"), Group::Administration, Needs::Session, 1, 1, {CommonOptions::yes()})
{
}

QString RoleDeleteCommand::synopsis() const
{
    return tr("ID [--yes]");
}

QString RoleDeleteCommand::description() const
{
    return tr("delete a role (its accounts lose it)");
}

int RoleDeleteCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args)
{
    m_yes = parser.isSet(QStringLiteral("yes"));
    return readId(ctx, args.constFirst(), &m_id);
}

int RoleDeleteCommand::execute(CliContext &ctx, const QStringList &)
{
    const qint64 id = m_id;
    const auto current = ctx.await<Role>([&](QObject *c, sync::ApiClient::Done<Role> done) {
        return ctx.client().role(id, c, std::move(done));
    });
    if (!current.ok())
        return ctx.reportError(current.error, current.tlsProblems);
    const Role role = *current.value;
    const QString question = tr("Delete the role %1? %n account(s) lose it.", nullptr, role.accountCount).arg(role.name);
    if (!ctx.confirm(question, m_yes))
        return ctx.usageError(m_yes || TerminalInput::isInteractive()
                                  ? tr("not deleted.")
                                  : tr("not deleted: add --yes to confirm when not on a terminal."));
    const auto r = ctx.await<sync::Nothing>([&](QObject *c, sync::ApiClient::Done<sync::Nothing> done) {
        return ctx.writes().deleteRole(id, role.version, c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportError(r.error, r.tlsProblems);
    if (ctx.json())
        ctx.printer().json(QJsonObject{{QStringLiteral("deleted"), true},
                                       {QStringLiteral("id"), id},
                                       {QStringLiteral("accounts_unassigned"), role.accountCount}});
    else
        ctx.printer().line(
            tr("Role %1 deleted; %n account(s) no longer hold it.", nullptr, role.accountCount).arg(role.name));
    return ExitOk;
}

} // namespace zc::cli
