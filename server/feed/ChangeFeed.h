#pragma once

#include "server/auth/AuthSession.h"
#include "server/Result.h"
#include "models/PermissionCatalog.h"

#include <QJsonObject>
#include <QString>

namespace zc::server {

class Database;

// GET /changes: what the caller may see of its unit that changed after a
// cursor, in change_seq order, at most `limit` items a page.
//
// What the caller sees: roles and accounts with basic.roles (or as the main
// account), accounts with basic.accounts, otherwise only its own account — or,
// for an API token, which has no account of its own, nothing.
//
// Consistency: the feed first reads the newest committed change_seq M and
// then only rows stamped up to M. Write transactions take their seq under the
// write lock and commit one at a time, so every seq <= M is committed and
// visible, and anything committed later has a seq > M and comes next time.
// A row changed again meanwhile moves to its new seq: it is never lost, at
// worst sent twice (clients apply by id and version).
//
// The cursor is opaque (base64url): the unit, the account and the visibility
// it was made for, the full sync's starting seq (tombstones older than it are
// not sent), and the position reached (seq, kind, id). Several rows of one
// write share a seq; the position inside it makes `limit` exact. A cursor of
// another account, unit or visibility, one from the future or one that does
// not decode is 400 invalid_field (field "since"): the client starts over.
class ChangeFeed
{
public:
    static constexpr int DefaultLimit = 500;
    static constexpr int MaxLimit = 5000;

    explicit ChangeFeed(Database &db) : m_db(db) {}

    // since: the cursor, or empty for everything.
    [[nodiscard]] Result<QJsonObject> read(const AuthSession &caller, const QString &since, int limit);
    // The catalog the caller's unit sees (its kind's menus): GET /permissions
    // answers it, and a batch's catalog_version is its version.
    [[nodiscard]] static const PermissionCatalog &catalogFor(const AuthSession &caller);

private:
    Database &m_db;
};

} // namespace zc::server
