#include "AuditCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"

#include "models/AuditEvent.h"
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
              {QCommandLineOption(QStringLiteral("action"), tr("audit: e.g. role.create."), tr("ACTION")),
               QCommandLineOption(QStringLiteral("actor"), tr("audit: the acting account's id."), tr("ID")),
               QCommandLineOption(QStringLiteral("from"), tr("audit: from this time on."), tr("TIME")),
               QCommandLineOption(QStringLiteral("to"), tr("audit: up to this time."), tr("TIME")),
               CommonOptions::page(), CommonOptions::size()})
{
}

QString AuditCommand::synopsis() const
{
    return tr("[--action A] [--actor ID] [--from T] [--to T] [--page P] [--size N]");
}

QString AuditCommand::description() const
{
    return tr("the unit's audit log (T: RFC 3339 time or YYYY-MM-DD)");
}

int AuditCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &)
{
    if (const int rc = CommonOptions::readPaging(ctx, parser, &m_query.page, &m_query.size); rc != ExitOk)
        return rc;
    m_query.action = parser.value(QStringLiteral("action"));
    if (parser.isSet(QStringLiteral("actor")) && !parseId(parser.value(QStringLiteral("actor")), &m_query.actorId))
        return ctx.usageError(tr("--actor takes an account id (a positive number)."));
    if (parser.isSet(QStringLiteral("from"))) {
        m_query.from = parseTime(parser.value(QStringLiteral("from")), false);
        if (!m_query.from.isValid())
            return ctx.usageError(tr("--from takes an RFC 3339 time or a date (YYYY-MM-DD)."));
    }
    if (parser.isSet(QStringLiteral("to"))) {
        m_query.to = parseTime(parser.value(QStringLiteral("to")), true);
        if (!m_query.to.isValid())
            return ctx.usageError(tr("--to takes an RFC 3339 time or a date (YYYY-MM-DD)."));
    }
    if (m_query.from.isValid() && m_query.to.isValid() && m_query.from > m_query.to)
        return ctx.usageError(tr("--from is after --to."));
    return ExitOk;
}

int AuditCommand::execute(CliContext &ctx, const QStringList &)
{
    const auto r = ctx.await<sync::Page<AuditEvent>>(
        [&](QObject *c, sync::ApiClient::Done<sync::Page<AuditEvent>> done) {
            return ctx.client().auditEvents(m_query, c, std::move(done));
        });
    if (!r.ok())
        return ctx.reportError(r.error, r.tlsProblems);
    QList<QStringList> rows;
    QJsonArray items;
    for (const AuditEvent &e : r.value->items) {
        rows.append({Printer::humanTime(e.at), e.actorName, e.action,
                     e.targetType + QLatin1Char(' ') + QString::number(e.targetId), e.summary});
        items.append(e.toJson());
    }
    ctx.printer().page(tr("events"), {tr("Time"), tr("Actor"), tr("Action"), tr("Target"), tr("Summary")}, rows,
                       items, Printer::pageInfo(*r.value));
    return ExitOk;
}

} // namespace zc::cli
