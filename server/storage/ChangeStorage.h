#pragma once

#include "server/Result.h"

#include <QString>

namespace zc::server {

class Database;

// The write side of the change feed (GET /changes). Inside a write
// transaction, a write takes the next change_seq and stamps every row whose
// JSON it changes (bumping its version too) or leaves a tombstone for a row it
// deletes. Write transactions run one at a time (BEGIN IMMEDIATE on SQLite, the
// advisory write lock on PostgreSQL), so change_seqs become visible in the order
// they were taken: a reader that saw seq N has seen everything up to N.
class ChangeStorage
{
public:
    explicit ChangeStorage(Database &db) : m_db(db) {}

    [[nodiscard]] Result<qint64> nextSeq();
    // The role's / account's version + 1, stamped with seq.
    [[nodiscard]] Status touchRole(qint64 roleId, qint64 seq);
    [[nodiscard]] Status touchAccount(qint64 accountId, qint64 seq);
    // Every account holding the role (its role_ids change) / every role the
    // account holds (their account_count changes).
    [[nodiscard]] Status touchAccountsOfRole(qint64 roleId, qint64 seq);
    [[nodiscard]] Status touchRolesOfAccount(qint64 accountId, qint64 seq);
    // Every account signing in with login (a lock or unlock changes their status),
    // without a version bump: their version string carries the lock itself.
    [[nodiscard]] Status stampAccountsOfLogin(const QString &login, qint64 seq);
    // type: "role" or "account".
    [[nodiscard]] Status tombstone(qint64 unitId, const QString &type, qint64 id, qint64 seq);

private:
    Database &m_db;
};

} // namespace zc::server
