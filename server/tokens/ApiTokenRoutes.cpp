#include "server/tokens/ApiTokenRoutes.h"

#include "server/http/Reply.h"
#include "server/http/Router.h"
#include "server/tokens/ApiTokenService.h"
#include "models/Validators.h"

namespace zc::server {

namespace {

using Method = http::Method;

const QString Permission = QStringLiteral("basic.interfaces");
constexpr int MaxName = 200;         // the rule (1..30) is validate::roleName's, which a token's name shares
constexpr int MaxPermissions = 1000;
constexpr int MaxCode = 128;

// {name, permissions, expires_in_days} of POST /api-tokens.
Result<ApiTokenService::Input> readInput(RequestContext &ctx)
{
    auto body = ctx.body();
    if (!body)
        return body.error();
    ApiTokenService::Input in;
    in.name = body->string("name", MaxName);
    if (body->ok() && validate::roleName(in.name) != ValidationError::None)
        body->fail("name");
    in.permissions = body->stringList("permissions", MaxPermissions, MaxCode);
    in.expiresInDays = int(body->integer("expires_in_days", 1, ApiTokenService::MaxDays));
    if (!body->ok())
        return body->error();
    return in;
}

} // namespace

void ApiTokenRoutes::add(Router &router, ApiTokenService &tokens)
{
    const Router::Guard guard = Router::Guard::permissionTo(Permission).sessionsOnly();

    router.add(Method::Get, QStringLiteral("/api-tokens"), guard, [&tokens](RequestContext &ctx) {
        const auto paging = ctx.paging();
        if (!paging)
            return ctx.fail(paging.error());
        const auto page = tokens.list(ctx.session(), paging->page, paging->size);
        return page ? Reply::json(page->toJson()) : ctx.fail(page.error());
    });

    router.add(Method::Post, QStringLiteral("/api-tokens"), guard, [&tokens](RequestContext &ctx) {
        const auto input = readInput(ctx);
        if (!input)
            return ctx.fail(input.error());
        const auto created = tokens.create(ctx.session(), input.value());
        if (!created)
            return ctx.fail(created.error());
        QJsonObject body = created->token.toJson();
        body.insert(QStringLiteral("token"), created->secret);   // this once (the front adds no-store)
        return Reply::json(body, 201);
    });

    router.add(Method::Delete, QStringLiteral("/api-tokens/<arg>"), guard, [&tokens](RequestContext &ctx) {
        const Status done = tokens.remove(ctx.session(), ctx.idArg(0));
        return done ? Reply::noContent() : ctx.fail(done.error());
    });
}

} // namespace zc::server
