#pragma once

namespace zc::server {

class AccessReviewService;
class Router;

// /access-reviews (权限审查), behind basic.accounts and basic.roles together,
// sessions only: a review is a person's statement, never an API token's.
class AccessReviewRoutes
{
public:
    static void add(Router &router, AccessReviewService &reviews);
};

} // namespace zc::server
