#pragma once

#include "server/auth/AuthSession.h"
#include "server/storage/Directory.h"
#include "server/Result.h"
#include "server/storage/RoleRows.h"

namespace zc::server {

class RoleStorage;

// The unit boundary of every route that names a role or an account by id: the
// lookup happens here, within the caller's unit, and an id of another unit
// answers exactly like one that does not exist (404 not_found). Services never
// query a role or account by id any other way.
class UnitScope
{
public:
    UnitScope(Directory &directory, RoleStorage &roles) : m_directory(directory), m_roles(roles) {}

    [[nodiscard]] Result<RoleRows::Row> role(const AuthSession &caller, qint64 roleId);
    [[nodiscard]] Result<AccountRecord> account(const AuthSession &caller, qint64 accountId);

private:
    Directory &m_directory;
    RoleStorage &m_roles;
};

} // namespace zc::server
