#include "server/roles/RoleRoutes.h"

#include "server/http/Reply.h"
#include "server/roles/RoleService.h"
#include "server/http/Router.h"
#include "models/Validators.h"

namespace zc::server {

namespace {

using Method = http::Method;

const QString Permission = QStringLiteral("basic.roles");
constexpr int MaxQuery = 100;
constexpr int MaxName = 200;         // the rule (1..30) is validate::roleName's
constexpr int MaxRemark = 1000;      // the rule (0..200) is validate::remark's
constexpr int MaxPermissions = 1000;
constexpr int MaxCode = 128;

// {name, remark, permissions} of POST /roles and PUT /roles/{id}; remark may be
// absent or null (an empty remark).
Result<RoleService::Input> readInput(RequestContext &ctx)
{
    auto body = ctx.body();
    if (!body)
        return body.error();
    RoleService::Input in;
    in.name = body->string("name", MaxName);
    if (body->ok() && validate::roleName(in.name) != ValidationError::None)
        body->fail("name");
    in.remark = body->optionalString("remark", MaxRemark, true).value_or(QString());
    if (in.remark.isNull())
        in.remark = QStringLiteral("");   // bound as '' (a null QString would be SQL NULL)
    if (body->ok() && validate::remark(in.remark) != ValidationError::None)
        body->fail("remark");
    in.permissions = body->stringList("permissions", MaxPermissions, MaxCode);
    if (!body->ok())
        return body->error();
    return in;
}

} // namespace

void RoleRoutes::add(Router &router, RoleService &roles)
{
    const Router::Guard guard = Router::Guard::permissionTo(Permission);

    router.add(Method::Get, QStringLiteral("/roles"), guard, [&roles](RequestContext &ctx) {
        const auto paging = ctx.paging();
        if (!paging)
            return ctx.fail(paging.error());
        const QString name = ctx.query("name");
        if (name.size() > MaxQuery)
            return ctx.fail(apiError(400, ErrorCode::InvalidField, QStringLiteral("name")));
        const auto page = roles.list(ctx.session(), paging->page, paging->size, name);
        return page ? Reply::jsonBytes(page.value()) : ctx.fail(page.error());
    });

    router.add(Method::Post, QStringLiteral("/roles"), guard, [&roles](RequestContext &ctx) {
        const auto input = readInput(ctx);
        if (!input)
            return ctx.fail(input.error());
        const auto role = roles.create(ctx.session(), input.value());
        return role ? Reply::versioned(role->toJson(), role->version, 201) : ctx.fail(role.error());
    });

    router.add(Method::Get, QStringLiteral("/roles/<arg>"), guard, [&roles](RequestContext &ctx) {
        const auto role = roles.get(ctx.session(), ctx.idArg(0));
        return role ? Reply::versioned(role->toJson(), role->version) : ctx.fail(role.error());
    });

    router.add(Method::Put, QStringLiteral("/roles/<arg>"), guard, [&roles](RequestContext &ctx) {
        const auto input = readInput(ctx);
        if (!input)
            return ctx.fail(input.error());
        const auto role = roles.update(ctx.session(), ctx.idArg(0), input.value(), ctx.ifMatch());
        return role ? Reply::versioned(role->toJson(), role->version) : ctx.fail(role.error());
    });

    router.add(Method::Delete, QStringLiteral("/roles/<arg>"), guard, [&roles](RequestContext &ctx) {
        const Status done = roles.remove(ctx.session(), ctx.idArg(0), ctx.ifMatch());
        return done ? Reply::noContent() : ctx.fail(done.error());
    });

    router.add(Method::Get, QStringLiteral("/roles/<arg>/accounts"), guard, [&roles](RequestContext &ctx) {
        const auto paging = ctx.paging();
        if (!paging)
            return ctx.fail(paging.error());
        RoleService::AccountFilter f;
        f.page = paging->page;
        f.size = paging->size;
        if (ctx.hasQuery("assigned")) {
            const QString assigned = ctx.query("assigned");
            if (assigned == QLatin1String("true"))
                f.assigned = true;
            else if (assigned == QLatin1String("false"))
                f.assigned = false;
            else
                return ctx.fail(apiError(400, ErrorCode::InvalidField, QStringLiteral("assigned")));
        }
        f.login = ctx.query("login");
        if (f.login.size() > MaxQuery)
            return ctx.fail(apiError(400, ErrorCode::InvalidField, QStringLiteral("login")));
        f.name = ctx.query("name");
        if (f.name.size() > MaxQuery)
            return ctx.fail(apiError(400, ErrorCode::InvalidField, QStringLiteral("name")));
        const auto page = roles.accounts(ctx.session(), ctx.idArg(0), f);
        return page ? Reply::json(page->toJson()) : ctx.fail(page.error());
    });

    router.add(Method::Put, QStringLiteral("/roles/<arg>/accounts/<arg>"), guard, [&roles](RequestContext &ctx) {
        const Status done = roles.assign(ctx.session(), ctx.idArg(0), ctx.idArg(1));
        return done ? Reply::noContent() : ctx.fail(done.error());
    });

    router.add(Method::Delete, QStringLiteral("/roles/<arg>/accounts/<arg>"), guard, [&roles](RequestContext &ctx) {
        const Status done = roles.unassign(ctx.session(), ctx.idArg(0), ctx.idArg(1));
        return done ? Reply::noContent() : ctx.fail(done.error());
    });
}

} // namespace zc::server
