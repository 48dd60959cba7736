#include "RolesCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"

namespace zc::cli {

RolesCommand::RolesCommand()
    : Command(QStringLiteral("roles"), Group::Administration, Needs::Session, 0, 0,
              {CommonOptions::name(), CommonOptions::page(), CommonOptions::size()})
{
}

QString RolesCommand::synopsis() const
{
    return tr("[--name TEXT] [--page P] [--size N]");
}

QString RolesCommand::description() const
{
    return tr("list the unit's roles");
}

int RolesCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &)
{
    m_name = parser.value(QStringLiteral("name"));
    return CommonOptions::readPaging(ctx, parser, &m_page, &m_size);
}

int RolesCommand::execute(CliContext &ctx, const QStringList &)
{
    const auto r = ctx.await<sync::Page<Role>>([&](QObject *c, sync::ApiClient::Done<sync::Page<Role>> done) {
        return ctx.client().roles(m_page, m_size, m_name, c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportError(r.error, r.tlsProblems);
    QList<QStringList> rows;
    QJsonArray items;
    for (const Role &role : r.value->items) {
        rows.append({QString::number(role.id), role.name, QString::number(role.accountCount),
                     QString::number(role.permissions.size()), role.createdByName, Printer::humanTime(role.createdAt),
                     role.remark});
        items.append(role.toJson());
    }
    ctx.printer().page(tr("roles"),
                       {tr("ID"), tr("Role name"), tr("Accounts"), tr("Permissions"), tr("Created by"), tr("Created"),
                        tr("Remark")},
                       rows, items, Printer::pageInfo(*r.value));
    return ExitOk;
}

} // namespace zc::cli
