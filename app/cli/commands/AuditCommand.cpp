#include "AuditCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"

#include "models/JsonReader.h"

namespace zc::cli {

namespace {

// RFC 3339, or a plain date: its first second (from) or its last one (to), UTC.
QDateTime parseTime(const QString &s, bool endOfDay)
{
    const QDateTime t = fromRfc3339(s);
    if (t.isValid())
        return t;
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        return {};
    return endOfDay ? QDateTime(d, QTime(23, 59, 59), Qt::UTC) : QDateTime(d, QTime(0, 0), Qt::UTC);
}

} // namespace

AuditCommand::AuditCommand()
    : Command(QStringLiteral("audit"), Group::Administration, Needs::Session, 0, 0,
              filterOptions() << CommonOptions::page() << CommonOptions::size() << CommonOptions::all())
{
}

QString AuditCommand::synopsis() const
{
    return tr("[--action A] [--actor ID] [--from T] [--to T] [--page P] [--size N | --all]");
}

QString AuditCommand::description() const
{
    return tr("the unit's audit log (T: RFC 3339 time or YYYY-MM-DD)");
}

QList<QCommandLineOption> AuditCommand::filterOptions()
{
    return {QCommandLineOption(QStringLiteral("action"), tr("audit: e.g. role.create."), tr("ACTION")),
            QCommandLineOption(QStringLiteral("actor"), tr("audit: the acting account's id."), tr("ID")),
            QCommandLineOption(QStringLiteral("from"), tr("audit: from this time on."), tr("TIME")),
            QCommandLineOption(QStringLiteral("to"), tr("audit: up to this time."), tr("TIME"))};
}

int AuditCommand::readFilter(CliContext &ctx, const QCommandLineParser &parser, sync::AuditQuery *query)
{
    query->action = parser.value(QStringLiteral("action"));
    if (parser.isSet(QStringLiteral("actor")) && !parseId(parser.value(QStringLiteral("actor")), &query->actorId))
        return ctx.usageError(tr("--actor takes an account id (a positive number)."));
    if (parser.isSet(QStringLiteral("from"))) {
        query->from = parseTime(parser.value(QStringLiteral("from")), false);
        if (!query->from.isValid())
            return ctx.usageError(tr("--from takes an RFC 3339 time or a date (YYYY-MM-DD)."));
    }
    if (parser.isSet(QStringLiteral("to"))) {
        query->to = parseTime(parser.value(QStringLiteral("to")), true);
        if (!query->to.isValid())
            return ctx.usageError(tr("--to takes an RFC 3339 time or a date (YYYY-MM-DD)."));
    }
    if (query->from.isValid() && query->to.isValid() && query->from > query->to)
        return ctx.usageError(tr("--from is after --to."));
    return ExitOk;
}

int AuditCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &)
{
    if (const int rc = CommonOptions::readPagingOrAll(ctx, parser, &m_query.page, &m_query.size, &m_all);
        rc != ExitOk)
        return rc;
    return readFilter(ctx, parser, &m_query);
}

int AuditCommand::fetch(CliContext &ctx, const ListRequest &request, const sync::AuditQuery &query,
                        Listing<AuditEvent> *out)
{
    ListRequest audit = request;
    audit.data = LocalCache::Data::AuditLog;
    const int rc = fetchList<AuditEvent>(
        ctx, audit,
        [&ctx, query](int page, int size, QObject *c, sync::ApiClient::Done<sync::Page<AuditEvent>> done) {
            sync::AuditQuery q = query;
            q.page = page;
            q.size = size;
            return ctx.client().auditEvents(q, c, std::move(done));
        },
        [query](const sync::Cache &cache, int page, int size) {
            sync::AuditQuery q = query;
            q.page = page;
            q.size = size;
            return cache.auditEvents(q);
        },
        out);
    if (rc == ExitOk && !out->fromCache)
        LocalCache::keepAuditEvents(ctx, out->page.items);
    return rc;
}

int AuditCommand::execute(CliContext &ctx, const QStringList &)
{
    ListRequest request;
    request.all = m_all;
    request.page = m_query.page;
    request.size = m_query.size;
    Listing<AuditEvent> listing;
    if (const int rc = fetch(ctx, request, m_query, &listing); rc != ExitOk)
        return rc;
    QList<QStringList> rows;
    QJsonArray items;
    for (const AuditEvent &e : std::as_const(listing.page.items)) {
        rows.append({Printer::humanTime(e.at), e.actorName, e.action,
                     e.targetType + QLatin1Char(' ') + QString::number(e.targetId), e.summary});
        items.append(e.toJson());
    }
    ctx.printer().list(tr("events"), {tr("Time"), tr("Actor"), tr("Action"), tr("Target"), tr("Summary")}, rows,
                       items, Printer::pageInfo(listing.page), m_all, listing.sourceFields);
    return ExitOk;
}

} // namespace zc::cli
