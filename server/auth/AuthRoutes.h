#pragma once

namespace zc::server {

class AuthService;
class CaptchaService;
class Router;

// The routes of signing in and who one is: health, captchas, sign-in and sign-out, /me, the
// password change, the unit and institution choices, the permission catalog.
class AuthRoutes
{
public:
    static void add(Router &router, AuthService &auth, CaptchaService &captchas);
};

} // namespace zc::server
