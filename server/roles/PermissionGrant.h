#pragma once

#include "server/auth/AuthSession.h"
#include "server/Result.h"

#include <QStringList>

namespace zc::server {

// What a caller may put into a role or an API token — the one rule of API.md
// both follow ("permissions as a role's"):
// - codes are catalog codes of the caller's unit kind, a parent standing for
//   its leaves of that kind; anything else is 422 unknown_permission;
// - a caller that is not the main account cannot grant a leaf it does not
//   hold itself (422 permission_not_held) — a handler, or an API token.
class PermissionGrant
{
public:
    // The expanded leaves of codes in catalog order, or 422 unknown_permission (field "permissions").
    [[nodiscard]] static Result<QStringList> expand(const AuthSession &caller, const QStringList &codes);
    // 422 permission_not_held (field "permissions") when the caller lacks one of leaves.
    [[nodiscard]] static Status checkHeld(const AuthSession &caller, const QStringList &leaves);
};

} // namespace zc::server
