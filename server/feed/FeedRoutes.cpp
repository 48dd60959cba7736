#include "server/feed/FeedRoutes.h"

#include "server/feed/AuditLog.h"
#include "server/feed/ChangeFeed.h"
#include "server/http/Reply.h"
#include "server/http/Router.h"
#include "models/JsonReader.h"

#include <QRegularExpression>

namespace zc::server {

namespace {

using Method = http::Method;

ApiError invalid(const char *field)
{
    return apiError(400, ErrorCode::InvalidField, QString::fromLatin1(field));
}

// An RFC 3339 time as milliseconds; `to` without fractional seconds covers its
// whole second (to=…08:00:00Z includes 08:00:00.999).
std::optional<qint64> timeParam(const QString &text, bool upperBound)
{
    const QDateTime t = fromRfc3339(text);
    if (!t.isValid())
        return std::nullopt;
    qint64 ms = t.toMSecsSinceEpoch();
    if (upperBound && !text.contains(QLatin1Char('.')))
        ms += 999;
    return ms;
}

} // namespace

void FeedRoutes::add(Router &router, ChangeFeed &feed, AuditLog &audit)
{
    router.add(Method::Get, QStringLiteral("/changes"), Router::Guard::ready(), [&feed](RequestContext &ctx) {
        int limit = ChangeFeed::DefaultLimit;
        if (ctx.hasQuery("limit")) {
            const qint64 v = ctx.positiveQuery("limit");
            if (v < 1 || v > ChangeFeed::MaxLimit)
                return ctx.fail(invalid("limit"));
            limit = int(v);
        }
        const QString since = ctx.query("since");
        if (ctx.hasQuery("since") && since.isEmpty())
            return ctx.fail(invalid("since"));
        const auto page = feed.read(ctx.session(), since, limit);
        return page ? Reply::json(page.value()) : ctx.fail(page.error());
    });

    router.add(Method::Get, QStringLiteral("/audit-events"),
               Router::Guard::anyPermissionOf({QStringLiteral("basic.roles"), QStringLiteral("basic.accounts")}),
               [&audit](RequestContext &ctx) {
                   const auto paging = ctx.paging();
                   if (!paging)
                       return ctx.fail(paging.error());
                   AuditLog::Query q;
                   q.page = paging->page;
                   q.size = paging->size;
                   static const QRegularExpression actionRe(QStringLiteral("^[a-z_]{1,30}\\.[a-z_]{1,30}$"));
                   if (ctx.hasQuery("action")) {
                       q.action = ctx.query("action");
                       if (!actionRe.match(q.action).hasMatch())
                           return ctx.fail(invalid("action"));
                   }
                   q.actorId = ctx.positiveQuery("actor");
                   if (q.actorId < 0)
                       return ctx.fail(invalid("actor"));
                   if (ctx.hasQuery("actor_type")) {
                       q.actorType = ctx.query("actor_type");
                       if (q.actorType != QLatin1String("account") && q.actorType != QLatin1String("api_token"))
                           return ctx.fail(invalid("actor_type"));
                   }
                   if (ctx.hasQuery("from")) {
                       const auto from = timeParam(ctx.query("from"), false);
                       if (!from)
                           return ctx.fail(invalid("from"));
                       q.fromMs = *from;
                   }
                   if (ctx.hasQuery("to")) {
                       const auto to = timeParam(ctx.query("to"), true);
                       if (!to || *to < q.fromMs)
                           return ctx.fail(invalid("to"));
                       q.toMs = *to;
                   }
                   const auto page = audit.list(ctx.session(), q);
                   return page ? Reply::json(page->toJson()) : ctx.fail(page.error());
               });
}

} // namespace zc::server
