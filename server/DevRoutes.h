#pragma once

#include <QString>

namespace zc::server {

class CaptchaService;
class Router;

// --dev only: GET /dev/sms?phone=P (the outbox's messages to P, newest first)
// and GET /dev/captchas/{id} (the answer), so demos and tests can finish the
// flows. Without --dev they are never registered (404).
class DevRoutes
{
public:
    static void add(Router &router, CaptchaService &captchas, const QString &outboxPath);
};

} // namespace zc::server
