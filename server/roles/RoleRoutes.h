#pragma once

namespace zc::server {

class RoleService;
class Router;

// /roles (账号角色管理) and /roles/{id}/accounts (分配账号), behind basic.roles.
class RoleRoutes
{
public:
    static void add(Router &router, RoleService &roles);
};

} // namespace zc::server
