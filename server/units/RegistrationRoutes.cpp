#include "server/units/RegistrationRoutes.h"

#include "server/auth/PasswordResetService.h"
#include "server/units/RegistrationService.h"
#include "server/http/Reply.h"
#include "server/http/Router.h"

#include <QJsonValue>

namespace zc::server {

namespace {

// Lengths that no real value exceeds; longer input is a malformed field.
constexpr int MaxMethod = 32;
constexpr int MaxCode = 64;          // USCC, resident id (the validators check the exact shape)
constexpr int MaxName = 100;
constexpr int MaxLogin = 64;
constexpr int MaxPassword = 256;
constexpr int MaxPhone = 32;
constexpr int MaxSmsCode = 16;

} // namespace

void RegistrationRoutes::add(Router &router, RegistrationService &registrations, PasswordResetService &resets)
{
    using Method = http::Method;

    router.add(Method::Post, QStringLiteral("/registrations"), Router::Guard::open(),
               [&registrations](RequestContext &ctx) {
                   auto body = ctx.body();
                   if (!body)
                       return ctx.fail(body.error());
                   RegistrationService::Registration r;
                   r.method = body->string("method", MaxMethod);
                   r.uscc = body->string("uscc", MaxCode);
                   r.unitName = body->string("unit_name", MaxName);
                   r.legalRepName = body->string("legal_rep_name", MaxName);
                   r.legalRepIdNumber = body->string("legal_rep_id_number", MaxCode);
                   r.login = body->string("login", MaxLogin);
                   r.password = body->rawString("password", MaxPassword);
                   r.phone = body->string("phone", MaxPhone);
                   r.smsCode = body->string("sms_code", MaxSmsCode);
                   if (!body->ok())
                       return ctx.fail(body->error());
                   const auto account = registrations.registerUnit(r);
                   if (!account)
                       return ctx.fail(account.error());
                   http::Response reply = Reply::json(account->toJson(), 201);
                   reply.setHeader(QByteArrayLiteral("ETag"), '"' + account->version.toUtf8() + '"');
                   return reply;
               },
               Router::Lane::Slow);   // Argon2id

    router.add(Method::Post, QStringLiteral("/password-resets"), Router::Guard::open(), [&resets](RequestContext &ctx) {
        auto body = ctx.body();
        if (!body)
            return ctx.fail(body.error());
        PasswordResetService::Reset r;
        r.phone = body->string("phone", MaxPhone);
        r.smsCode = body->string("sms_code", MaxSmsCode);
        r.newPassword = body->rawString("new_password", MaxPassword);
        // login is optional: absent or null resets the phone's handler credentials.
        const QJsonValue login = body->object().value(QLatin1String("login"));
        if (!login.isUndefined() && !login.isNull())
            r.login = body->string("login", MaxLogin);
        if (!body->ok())
            return ctx.fail(body->error());
        const Status done = resets.reset(r);
        return done ? Reply::noContent() : ctx.fail(done.error());
    }, Router::Lane::Slow);   // Argon2id
}

} // namespace zc::server
