#pragma once

#include "server/Result.h"
#include "server/storage/RoleRows.h"
#include "server/storage/Directory.h"

#include <QList>
#include <QString>

namespace zc::server {

class Database;

// The read side of the change feed (GET /changes): the newest change_seq and,
// per kind, a unit's rows after a position (seq, id) up to a newest seq. Each
// kind is read in one statement of two clean index ranges on (unit_id,
// change_seq, id): the position's own seq with a greater id, then the later
// seqs. (One range with an OR would scan every row of the position's seq
// first: all of a bulk import, when it is one.) A view over a thread's
// Database: cheap to make where it is needed.
class ChangeFeedStorage
{
public:
    explicit ChangeFeedStorage(Database &db) : m_db(db) {}

    // Where one kind's rows start and end: after (seq, idAfter) of the unit,
    // up to maxSeq, at most cap rows, in (change_seq, id) order.
    struct After
    {
        qint64 unitId = 0;
        qint64 seq = -1;
        qint64 idAfter = 0;
        qint64 maxSeq = 0;
        int cap = 0;
    };

    struct Tombstone
    {
        qint64 id = 0;
        QString targetType;   // role | account
        qint64 targetId = 0;
        qint64 changeSeq = 0;
    };

    // The newest change_seq handed out.
    [[nodiscard]] Result<qint64> newestSeq();
    // Roles with their permissions.
    [[nodiscard]] Result<QList<RoleRows::Row>> rolesAfter(const After &after);
    // Accounts with their role ids; onlyAccountId: that account only (0: all).
    [[nodiscard]] Result<QList<AccountRecord>> accountsAfter(const After &after, qint64 onlyAccountId, qint64 nowMs);
    // Tombstones newer than floorSeq; accountsOnly: of accounts only.
    [[nodiscard]] Result<QList<Tombstone>> tombstonesAfter(const After &after, qint64 floorSeq, bool accountsOnly);

private:
    Database &m_db;
};

} // namespace zc::server
