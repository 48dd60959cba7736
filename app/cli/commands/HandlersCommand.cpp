#include "HandlersCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"

namespace zc::cli {

HandlersCommand::HandlersCommand()
    : Command(QStringLiteral("handlers"), Group::Administration, Needs::Session, 0, 0,
              filterOptions() << CommonOptions::page() << CommonOptions::size() << CommonOptions::all())
{
}

QString HandlersCommand::synopsis() const
{
    return tr("[--q TEXT] [--status S] [--page P] [--size N | --all]");
}

QString HandlersCommand::description() const
{
    return tr("list the unit's handlers");
}

QList<QCommandLineOption> HandlersCommand::filterOptions()
{
    return {QCommandLineOption(QStringLiteral("q"), tr("handlers: login, name or phone contains TEXT."), tr("TEXT")),
            QCommandLineOption(QStringLiteral("status"), tr("handlers: active, disabled or locked."), tr("STATUS"))};
}

int HandlersCommand::readFilter(CliContext &ctx, const QCommandLineParser &parser, sync::HandlerListQuery *query)
{
    query->q = parser.value(QStringLiteral("q"));
    if (parser.isSet(QStringLiteral("status"))) {
        query->status = Account::statusFromString(parser.value(QStringLiteral("status")));
        if (!query->status)
            return ctx.usageError(tr("--status takes active, disabled or locked."));
    }
    return ExitOk;
}

int HandlersCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &)
{
    if (const int rc = readFilter(ctx, parser, &m_query); rc != ExitOk)
        return rc;
    return CommonOptions::readPagingOrAll(ctx, parser, &m_query.page, &m_query.size, &m_all);
}

int HandlersCommand::fetch(CliContext &ctx, const ListRequest &request, const sync::HandlerListQuery &query,
                           Listing<Account> *out)
{
    return fetchList<Account>(
        ctx, request,
        [&ctx, query](int page, int size, QObject *c, sync::ApiClient::Done<sync::Page<Account>> done) {
            sync::HandlerListQuery q = query;
            q.page = page;
            q.size = size;
            return ctx.client().handlers(q, c, std::move(done));
        },
        [query](const sync::Cache &cache, int page, int size) {
            sync::AccountQuery q;   // handlers only, as GET /handlers
            q.q = query.q;
            q.status = query.status;
            q.page = page;
            q.size = size;
            return cache.accounts(q);
        },
        out);
}

int HandlersCommand::execute(CliContext &ctx, const QStringList &)
{
    ListRequest request;
    request.all = m_all;
    request.page = m_query.page;
    request.size = m_query.size;
    Listing<Account> listing;
    if (const int rc = fetch(ctx, request, m_query, &listing); rc != ExitOk)
        return rc;
    ctx.printer().accounts(listing.page, listing.sourceFields, m_all);
    return ExitOk;
}

} // namespace zc::cli
