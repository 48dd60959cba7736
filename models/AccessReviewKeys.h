#pragma once

namespace zc::review {

// The findings an access review (权限审查) counts, by the API's keys
// (docs/api.md, "Access reviews"), in the API's order: one list for the
// client's review and the server's checks and summary.
inline constexpr const char *FindingKeys[] = {
    "never_signed_in", "inactive", "disabled_with_roles", "admin_rights",
    "roles_without_accounts", "roles_without_permissions", "tokens_expiring", "tokens_unused",
};

} // namespace zc::review
