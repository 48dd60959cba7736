#include "server/review/AccessReviewRoutes.h"

#include "server/http/Reply.h"
#include "server/http/Router.h"
#include "server/review/AccessReviewService.h"
#include "models/Validators.h"

#include <QJsonObject>

#include <cmath>

namespace zc::server {

namespace {

using Method = http::Method;

constexpr qint64 MaxInactiveDays = 3650;
constexpr double MaxCount = 1000000;

// findings: an object of known kinds, each an integral count 0..1000000.
QMap<QString, int> findings(RequestBody &body)
{
    QMap<QString, int> out;
    const QJsonValue v = body.object().value(QLatin1String("findings"));
    if (!v.isObject()) {
        body.fail("findings");
        return out;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const double n = it.value().toDouble(-1);
        if (!AccessReviewService::findingKeys().contains(it.key()) || !it.value().isDouble() || n < 0
            || n > MaxCount || std::floor(n) != n) {
            body.fail(QStringLiteral("findings.") + it.key());
            return out;
        }
        out.insert(it.key(), int(n));
    }
    return out;
}

// note: optional (absent or null is ""), kept as written (validate::reviewNote).
QString note(RequestBody &body)
{
    const QJsonValue v = body.object().value(QLatin1String("note"));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString() || validate::reviewNote(v.toString()) != ValidationError::None)
        body.fail("note");
    return v.toString();
}

} // namespace

void AccessReviewRoutes::add(Router &router, AccessReviewService &reviews)
{
    const Router::Guard guard =
        Router::Guard::allPermissionsOf({QStringLiteral("basic.accounts"), QStringLiteral("basic.roles")}).sessionsOnly();

    router.add(Method::Post, QStringLiteral("/access-reviews"), guard, [&reviews](RequestContext &ctx) {
        auto body = ctx.body();
        if (!body)
            return ctx.fail(body.error());
        AccessReviewService::Input input;
        input.inactiveDays = int(body->integer("inactive_days", 1, MaxInactiveDays));
        if (body->ok())
            input.findings = findings(body.value());
        if (body->ok())
            input.note = note(body.value());
        if (!body->ok())
            return ctx.fail(body->error());
        const auto review = reviews.complete(ctx.session(), input);
        return review ? Reply::json(review.value(), 201) : ctx.fail(review.error());
    });

    router.add(Method::Get, QStringLiteral("/access-reviews"), guard, [&reviews](RequestContext &ctx) {
        const auto paging = ctx.paging();
        if (!paging)
            return ctx.fail(paging.error());
        const auto page = reviews.list(ctx.session(), paging->page, paging->size);
        return page ? Reply::json(page.value()) : ctx.fail(page.error());
    });
}

} // namespace zc::server
