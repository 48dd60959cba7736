#pragma once

namespace zc::server {

class HandlerService;
class Router;

// /handlers (单位经办人), behind basic.accounts: parse, one service call, reply.
class HandlerRoutes
{
public:
    static void add(Router &router, HandlerService &handlers);
};

} // namespace zc::server
