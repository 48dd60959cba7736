#pragma once

namespace zc::server {

class PasswordResetService;
class RegistrationService;
class Router;

// The public self-service flows behind SMS codes: POST /registrations (法人注册)
// and POST /password-resets.
class RegistrationRoutes
{
public:
    static void add(Router &router, RegistrationService &registrations, PasswordResetService &resets);
};

} // namespace zc::server
