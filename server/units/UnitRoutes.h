#pragma once

namespace zc::server {

class Router;
class UnitService;

// The unit itself: POST /unit/authentication (角色认证, main account only).
class UnitRoutes
{
public:
    static void add(Router &router, UnitService &units);
};

} // namespace zc::server
