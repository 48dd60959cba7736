#include "server/DevRoutes.h"

#include "server/auth/CaptchaService.h"
#include "server/sms/OutboxSmsSender.h"
#include "server/http/Reply.h"
#include "server/http/Router.h"
#include "models/Validators.h"

#include <QJsonObject>

namespace zc::server {

void DevRoutes::add(Router &router, CaptchaService &captchas, const QString &outboxPath)
{
    using Method = http::Method;

    router.add(Method::Get, QStringLiteral("/dev/sms"), Router::Guard::open(), [outboxPath](RequestContext &ctx) {
        const QString phone = ctx.query("phone").trimmed();
        if (validate::phone(phone) != ValidationError::None)
            return ctx.fail(apiError(400, ErrorCode::InvalidField, QStringLiteral("phone")));
        return Reply::json(QJsonObject{{QStringLiteral("messages"), OutboxSmsSender::messagesFor(outboxPath, phone)}});
    });

    router.add(Method::Get, QStringLiteral("/dev/captchas/<arg>"), Router::Guard::open(),
               [&captchas](RequestContext &ctx) {
                   const auto answer = captchas.devAnswer(ctx.arg(0));
                   if (!answer)
                       return ctx.fail(answer.error());
                   if (!answer->has_value())
                       return ctx.fail(apiError(404, ErrorCode::NotFound));
                   return Reply::json(QJsonObject{{QStringLiteral("answer"), *answer.value()}});
               });
}

} // namespace zc::server
