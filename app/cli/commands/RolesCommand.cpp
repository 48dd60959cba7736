#include "RolesCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "ListFetch.h"

namespace zc::cli {

RolesCommand::RolesCommand()
    : Command(QStringLiteral("roles"), Group::Administration, Needs::Session, 0, 0,
              {CommonOptions::name(), CommonOptions::page(), CommonOptions::size(), CommonOptions::all()})
{
}

QString RolesCommand::synopsis() const
{
    return tr("[--name TEXT] [--page P] [--size N | --all]");
}

QString RolesCommand::description() const
{
    return tr("list the unit's roles");
}

int RolesCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &)
{
    m_name = parser.value(QStringLiteral("name"));
    return CommonOptions::readPagingOrAll(ctx, parser, &m_page, &m_size, &m_all);
}

int RolesCommand::fetch(CliContext &ctx, const ListRequest &request, const QString &name, Listing<Role> *out)
{
    return fetchList<Role>(
        ctx, request,
        [&ctx, name](int page, int size, QObject *c, sync::ApiClient::Done<sync::Page<Role>> done) {
            return ctx.client().roles(page, size, name, c, std::move(done));
        },
        [name](const sync::Cache &cache, int page, int size) {
            sync::RoleQuery query;
            query.name = name;
            query.page = page;
            query.size = size;
            return cache.roles(query);
        },
        out);
}

int RolesCommand::execute(CliContext &ctx, const QStringList &)
{
    ListRequest request;
    request.all = m_all;
    request.page = m_page;
    request.size = m_size;
    Listing<Role> listing;
    if (const int rc = fetch(ctx, request, m_name, &listing); rc != ExitOk)
        return rc;
    QList<QStringList> rows;
    QJsonArray items;
    for (const Role &role : std::as_const(listing.page.items)) {
        rows.append({QString::number(role.id), role.name, QString::number(role.accountCount),
                     QString::number(role.permissions.size()), role.createdByName, Printer::humanTime(role.createdAt),
                     role.remark});
        items.append(role.toJson());
    }
    ctx.printer().list(tr("roles"),
                       {tr("ID"), tr("Role name"), tr("Accounts"), tr("Permissions"), tr("Created by"), tr("Created"),
                        tr("Remark")},
                       rows, items, Printer::pageInfo(listing.page), m_all, listing.sourceFields);
    return ExitOk;
}

} // namespace zc::cli
