#pragma once

namespace zc::server {

class AuditLog;
class ChangeFeed;
class Router;

// GET /changes (any ready session) and GET /audit-events (basic.roles or basic.accounts).
class FeedRoutes
{
public:
    static void add(Router &router, ChangeFeed &feed, AuditLog &audit);
};

} // namespace zc::server
