#include "server/units/UnitRoutes.h"

#include "server/http/Reply.h"
#include "server/http/Router.h"
#include "server/units/UnitService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace zc::server {

namespace {
constexpr int MaxKind = 32;
constexpr int MaxUnitCode = 64;
} // namespace

void UnitRoutes::add(Router &router, UnitService &units)
{
    router.add(http::Method::Post, QStringLiteral("/unit/authentication"), Router::Guard::mainAccount(),
               [&units](RequestContext &ctx) {
                   auto body = ctx.body();
                   if (!body)
                       return ctx.fail(body.error());
                   const QString kind = body->string("kind", MaxKind);
                   const QString unitCode = body->string("unit_code", MaxUnitCode);
                   if (!body->ok())
                       return ctx.fail(body->error());
                   const auto unit = units.authenticate(ctx.session(), kind, unitCode);
                   return unit ? Reply::json(unit->toJson()) : ctx.fail(unit.error());
               });

    // Any ready session of the unit: a handler names its own institution, the
    // handlers page names each handler's.
    router.add(http::Method::Get, QStringLiteral("/unit/institutions"), Router::Guard::ready(),
               [&units](RequestContext &ctx) {
                   const auto list = units.institutions(ctx.session());
                   if (!list)
                       return ctx.fail(list.error());
                   QJsonArray items;
                   for (const Institution &institution : list.value())
                       items.append(institution.toJson());
                   return Reply::json(QJsonObject{{QStringLiteral("items"), items}});
               });
}

} // namespace zc::server
