#include "server/sms/SmsRoutes.h"

#include "server/http/Reply.h"
#include "server/http/Router.h"
#include "server/sms/SmsCodeService.h"
#include "models/Validators.h"

#include <QJsonObject>

namespace zc::server {

namespace {

// Lengths that no real value exceeds; longer input is a malformed field.
constexpr int MaxPhone = 32;
constexpr int MaxPurpose = 32;
constexpr int MaxCaptchaId = 64;
constexpr int MaxCaptchaAnswer = 16;

} // namespace

void SmsRoutes::add(Router &router, SmsCodeService &sms)
{
    router.add(http::Method::Post, QStringLiteral("/sms-codes"), Router::Guard::open(),
               [&sms](RequestContext &ctx) {
                   auto body = ctx.body();
                   if (!body)
                       return ctx.fail(body.error());
                   const QString phone = body->string("phone", MaxPhone);
                   if (body->ok() && validate::phone(phone) != ValidationError::None)
                       body->fail("phone");
                   const QString purposeText = body->string("purpose", MaxPurpose);
                   const auto purpose = SmsCodeService::purposeFromString(purposeText);
                   if (body->ok() && !purpose)
                       body->fail("purpose");
                   const QString captchaId = body->string("captcha_id", MaxCaptchaId);
                   const QString captchaAnswer = body->string("captcha_answer", MaxCaptchaAnswer);
                   if (!body->ok())
                       return ctx.fail(body->error());   // a malformed field never uses up the captcha
                   const auto sent = sms.request(phone, *purpose, captchaId, captchaAnswer);
                   if (!sent)
                       return ctx.fail(sent.error());
                   return Reply::json(QJsonObject{{QStringLiteral("expires_in"), sent->expiresIn},
                                                  {QStringLiteral("resend_after"), sent->resendAfter}},
                                      202);
               });
}

} // namespace zc::server
