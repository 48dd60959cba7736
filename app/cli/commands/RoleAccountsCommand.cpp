#include "RoleAccountsCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"

namespace zc::cli {

RoleAccountsCommand::RoleAccountsCommand()
    : Command(QStringLiteral("role-accounts"), Group::Administration, Needs::Session, 1, 1,
              filterOptions() << CommonOptions::page() << CommonOptions::size() << CommonOptions::all())
{
}

QString RoleAccountsCommand::synopsis() const
{
    return tr("ID [--unassigned] [--login L] [--name N] [--page P] [--size N | --all]");
}

QString RoleAccountsCommand::description() const
{
    return tr("the role's assigned (or unassigned) accounts");
}

QList<QCommandLineOption> RoleAccountsCommand::filterOptions()
{
    return {QCommandLineOption(QStringLiteral("unassigned"), tr("role-accounts: the accounts without the role.")),
            QCommandLineOption(QStringLiteral("login"), tr("role-accounts: login contains TEXT."), tr("TEXT")),
            CommonOptions::name()};
}

void RoleAccountsCommand::readFilter(const QCommandLineParser &parser, sync::RoleAccountsFilter *filter)
{
    filter->name = parser.value(QStringLiteral("name"));
    filter->assigned = !parser.isSet(QStringLiteral("unassigned"));
    filter->login = parser.value(QStringLiteral("login"));
}

int RoleAccountsCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args)
{
    if (const int rc = CommonOptions::readPagingOrAll(ctx, parser, &m_filter.page, &m_filter.size, &m_all);
        rc != ExitOk)
        return rc;
    readFilter(parser, &m_filter);
    return readId(ctx, args.constFirst(), &m_id);
}

int RoleAccountsCommand::fetch(CliContext &ctx, const ListRequest &request, qint64 roleId,
                               const sync::RoleAccountsFilter &filter, Listing<Account> *out)
{
    return fetchList<Account>(
        ctx, request,
        [&ctx, roleId, filter](int page, int size, QObject *c, sync::ApiClient::Done<sync::Page<Account>> done) {
            sync::RoleAccountsFilter f = filter;
            f.page = page;
            f.size = size;
            return ctx.client().roleAccounts(roleId, f, c, std::move(done));
        },
        [roleId, filter](const sync::Cache &cache, int page, int size) {
            sync::RoleAccountsQuery q;
            q.roleId = roleId;
            q.assigned = filter.assigned;
            q.login = filter.login;
            q.name = filter.name;
            q.page = page;
            q.size = size;
            return cache.roleAccounts(q);
        },
        out);
}

int RoleAccountsCommand::execute(CliContext &ctx, const QStringList &)
{
    ListRequest request;
    request.all = m_all;
    request.page = m_filter.page;
    request.size = m_filter.size;
    Listing<Account> listing;
    if (const int rc = fetch(ctx, request, m_id, m_filter, &listing); rc != ExitOk)
        return rc;
    if (!ctx.json())
        ctx.printer().line(m_filter.assigned ? tr("Accounts assigned to role %1:").arg(m_id)
                                             : tr("Accounts not assigned to role %1:").arg(m_id));
    QJsonObject extra{{QStringLiteral("assigned"), m_filter.assigned}};
    for (auto it = listing.sourceFields.begin(); it != listing.sourceFields.end(); ++it)
        extra.insert(it.key(), it.value());
    ctx.printer().accounts(listing.page, extra, m_all);
    return ExitOk;
}

} // namespace zc::cli
