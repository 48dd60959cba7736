#include "server/handlers/HandlerRoutes.h"

#include "server/handlers/HandlerService.h"
#include "server/http/Reply.h"
#include "server/http/Router.h"
#include "server/sms/SmsCodeService.h"
#include "models/Validators.h"

namespace zc::server {

namespace {

using Method = http::Method;

const QString Permission = QStringLiteral("basic.accounts");
constexpr int MaxQuery = 100;
constexpr int MaxPhone = 32;
constexpr int MaxName = 200;     // the rule (1..50) is validate::personName's
constexpr int MaxCode = 16;
constexpr int MaxStatus = 16;

} // namespace

void HandlerRoutes::add(Router &router, HandlerService &handlers)
{
    const Router::Guard guard = Router::Guard::permissionTo(Permission);

    router.add(Method::Get, QStringLiteral("/handlers"), guard, [&handlers](RequestContext &ctx) {
        const auto paging = ctx.paging();
        if (!paging)
            return ctx.fail(paging.error());
        HandlerService::ListQuery q;
        q.page = paging->page;
        q.size = paging->size;
        q.q = ctx.query("q");
        if (q.q.size() > MaxQuery)
            return ctx.fail(apiError(400, ErrorCode::InvalidField, QStringLiteral("q")));
        if (ctx.hasQuery("status")) {
            q.status = Account::statusFromString(ctx.query("status"));
            if (!q.status)
                return ctx.fail(apiError(400, ErrorCode::InvalidField, QStringLiteral("status")));
        }
        const auto page = handlers.list(ctx.session(), q);
        return page ? Reply::jsonBytes(page.value()) : ctx.fail(page.error());
    });

    router.add(Method::Post, QStringLiteral("/handlers"), guard, [&handlers](RequestContext &ctx) {
        auto body = ctx.body();
        if (!body)
            return ctx.fail(body.error());
        const QString phone = body->string("phone", MaxPhone);
        if (body->ok() && validate::phone(phone) != ValidationError::None)
            body->fail("phone");
        const QString name = body->string("name", MaxName);
        if (body->ok() && validate::personName(name) != ValidationError::None)
            body->fail("name");
        const QString code = body->string("sms_code", MaxCode);
        if (body->ok() && !SmsCodeService::isWellFormed(code))
            body->fail("sms_code");
        if (!body->ok())
            return ctx.fail(body->error());
        const auto account = handlers.add(ctx.session(), phone, name, code);
        return account ? Reply::versioned(account->toJson(), account->version, 201) : ctx.fail(account.error());
    }, Router::Lane::Slow);   // Argon2id of a new phone's initial password

    router.add(Method::Patch, QStringLiteral("/handlers/<arg>"), guard, [&handlers](RequestContext &ctx) {
        auto body = ctx.body();
        if (!body)
            return ctx.fail(body.error());
        const std::optional<QString> name = body->optionalString("name", MaxName);
        if (body->ok() && name && validate::personName(*name) != ValidationError::None)
            body->fail("name");
        const std::optional<QString> statusText = body->optionalString("status", MaxStatus);
        std::optional<Account::Status> status;
        if (body->ok() && statusText) {
            status = Account::statusFromString(*statusText);
            // "locked" is the sign-in throttle's to set; "active" lifts it.
            if (!status || *status == Account::Status::Locked)
                body->fail("status");
        }
        if (!body->ok())
            return ctx.fail(body->error());
        const auto account = handlers.update(ctx.session(), ctx.idArg(0), name, status, ctx.ifMatch());
        return account ? Reply::versioned(account->toJson(), account->version) : ctx.fail(account.error());
    });

    router.add(Method::Post, QStringLiteral("/handlers/<arg>/password-reset"), guard, [&handlers](RequestContext &ctx) {
        const Status done = handlers.resetPassword(ctx.session(), ctx.idArg(0));
        return done ? Reply::accepted() : ctx.fail(done.error());
    }, Router::Lane::Slow);   // Argon2id

    // 离职处理: no body, no If-Match (whatever the state, the end state is the same).
    router.add(Method::Post, QStringLiteral("/handlers/<arg>/offboarding"), guard, [&handlers](RequestContext &ctx) {
        if (const Status empty = ctx.emptyBody(); !empty)
            return ctx.fail(empty.error());
        const auto done = handlers.offboard(ctx.session(), ctx.idArg(0));
        return done ? Reply::versioned(done->toJson(), done->account.version) : ctx.fail(done.error());
    });

    router.add(Method::Delete, QStringLiteral("/handlers/<arg>"), guard, [&handlers](RequestContext &ctx) {
        const Status done = handlers.remove(ctx.session(), ctx.idArg(0), ctx.ifMatch());
        return done ? Reply::noContent() : ctx.fail(done.error());
    });
}

} // namespace zc::server
