#pragma once

namespace zc::server {

class Router;
class SmsCodeService;

// POST /sms-codes: a verification code to a phone, behind a captcha.
class SmsRoutes
{
public:
    static void add(Router &router, SmsCodeService &sms);
};

} // namespace zc::server
