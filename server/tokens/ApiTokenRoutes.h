#pragma once

namespace zc::server {

class ApiTokenService;
class Router;

// /api-tokens (接口管理), behind basic.interfaces and refused to API tokens
// themselves: a token never makes, lists or deletes tokens.
class ApiTokenRoutes
{
public:
    static void add(Router &router, ApiTokenService &tokens);
};

} // namespace zc::server
