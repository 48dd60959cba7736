#include "server/auth/AuthRoutes.h"

#include "server/auth/AuthService.h"
#include "server/auth/CaptchaRenderer.h"
#include "server/auth/CaptchaService.h"
#include "server/feed/ChangeFeed.h"
#include "server/http/Reply.h"
#include "server/http/Router.h"
#include "models/PermissionCatalog.h"

#include <QJsonObject>

namespace zc::server {

namespace {

using Method = http::Method;

// Lengths that no real value exceeds; longer input is a malformed field.
constexpr int MaxLogin = 64;
constexpr int MaxPassword = 256;
constexpr int MaxCaptchaId = 64;
constexpr int MaxCaptchaAnswer = 16;

http::Response sessionReply(const AuthSession &s, const QString &token, int status)
{
    Session view = s.view;
    view.token = token;
    return Reply::json(view.toJson(!token.isEmpty()), status);
}

} // namespace

void AuthRoutes::add(Router &router, AuthService &auth, CaptchaService &captchas)
{
    router.add(Method::Get, QStringLiteral("/health"), Router::Guard::open(), [](RequestContext &) {
        return Reply::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                       {QStringLiteral("version"), QStringLiteral(ZC_VERSION)}});
    });

    router.add(Method::Post, QStringLiteral("/captchas"), Router::Guard::open(), [&captchas](RequestContext &ctx) {
        // ?scale=2 draws the image for a screen of that device pixel ratio.
        int scale = 1;
        if (ctx.hasQuery("scale")) {
            const qint64 v = ctx.positiveQuery("scale");
            if (v < 1 || v > CaptchaRenderer::MaxScale)
                return ctx.fail(apiError(400, ErrorCode::InvalidField, QStringLiteral("scale")));
            scale = int(v);
        }
        const auto c = captchas.create(scale);
        if (!c)
            return ctx.fail(c.error());
        return Reply::json(QJsonObject{{QStringLiteral("captcha_id"), c->id},
                                       {QStringLiteral("image_png_base64"), QString::fromLatin1(c->png.toBase64())},
                                       {QStringLiteral("expires_in"), c->expiresIn}},
                           201);
    }, Router::Lane::Slow);   // draws a PNG

    router.add(Method::Post, QStringLiteral("/sessions"), Router::Guard::open(), [&auth](RequestContext &ctx) {
        auto body = ctx.body();
        if (!body)
            return ctx.fail(body.error());
        AuthService::Credentials c;
        c.login = body->string("login", MaxLogin);
        c.password = body->rawString("password", MaxPassword);
        c.captchaId = body->string("captcha_id", MaxCaptchaId);
        c.captchaAnswer = body->string("captcha_answer", MaxCaptchaAnswer);
        if (!body->ok())
            return ctx.fail(body->error());
        const auto signedIn = auth.login(c);
        if (!signedIn)
            return ctx.fail(signedIn.error());
        return sessionReply(signedIn->session, signedIn->token, 201);
    }, Router::Lane::Slow);   // Argon2id

    router.add(Method::Delete, QStringLiteral("/sessions/current"), Router::Guard::session(),
               [&auth](RequestContext &ctx) {
                   const Status done = auth.logout(ctx.session());
                   return done ? Reply::noContent() : ctx.fail(done.error());
               });

    router.add(Method::Get, QStringLiteral("/me"), Router::Guard::session(), [](RequestContext &ctx) {
        return sessionReply(ctx.session(), {}, 200);
    });

    router.add(Method::Put, QStringLiteral("/me/password"), Router::Guard::session(), [&auth](RequestContext &ctx) {
        auto body = ctx.body();
        if (!body)
            return ctx.fail(body.error());
        const QString oldPassword = body->rawString("old_password", MaxPassword);
        const QString newPassword = body->rawString("new_password", MaxPassword);
        if (!body->ok())
            return ctx.fail(body->error());
        const Status done = auth.changePassword(ctx.session(), oldPassword, newPassword);
        return done ? Reply::noContent() : ctx.fail(done.error());
    }, Router::Lane::Slow);   // Argon2id

    router.add(Method::Post, QStringLiteral("/sessions/current/unit"), Router::Guard::session(),
               [&auth](RequestContext &ctx) {
                   auto body = ctx.body();
                   if (!body)
                       return ctx.fail(body.error());
                   const qint64 unitId = body->id("unit_id");
                   if (!body->ok())
                       return ctx.fail(body->error());
                   const auto s = auth.chooseUnit(ctx.session(), unitId);
                   return s ? sessionReply(s.value(), {}, 200) : ctx.fail(s.error());
               });

    router.add(Method::Post, QStringLiteral("/sessions/current/institution"), Router::Guard::session(),
               [&auth](RequestContext &ctx) {
                   auto body = ctx.body();
                   if (!body)
                       return ctx.fail(body.error());
                   const qint64 institutionId = body->id("institution_id");
                   if (!body->ok())
                       return ctx.fail(body->error());
                   const auto s = auth.chooseInstitution(ctx.session(), institutionId);
                   return s ? sessionReply(s.value(), {}, 200) : ctx.fail(s.error());
               });

    // The menus of the caller's unit kind (API.md: menus differ by unit kind).
    router.add(Method::Get, QStringLiteral("/permissions"), Router::Guard::ready(), [](RequestContext &ctx) {
        return Reply::json(Permission::listToJson(ChangeFeed::catalogFor(ctx.session()).tree()));
    });
}

} // namespace zc::server
