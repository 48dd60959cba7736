#pragma once

#include "server/Result.h"
#include "models/Account.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace zc::server {

class Database;

// Accounts as the handler list reads them (GET /handlers): a count and one
// statement for the page — the accounts with their lock and their role ids —
// read by column index and written straight to JSON. The page is not cached:
// an account's JSON also moves with time (a sign-in lock running out) and
// with sign-ins (last_login_at), which stamp no change. The count is, when no
// status filter applies (status moves with time too): keyed by the unit's
// change stamp (the newest change_seq among its accounts and tombstones),
// which every added, renamed or removed account moves.
class AccountStorage
{
public:
    explicit AccountStorage(Database &db) : m_db(db) {}

    struct HandlerFilter
    {
        int page = 1;
        int size = 10;
        QString q;                                // login, name or phone contains (trimmed)
        std::optional<Account::Status> status;
    };
    // {"items": [...], "total", "page", "size"} of the unit's handlers (never its main account).
    [[nodiscard]] Result<QByteArray> handlerPageJson(qint64 unitId, const HandlerFilter &filter);

private:
    struct CachedCount
    {
        qint64 accountSeq = -1;
        qint64 tombstoneSeq = -1;
        qint64 total = 0;
    };

    Database &m_db;
    QHash<QString, CachedCount> m_counts;   // this thread's; unit id and filter
};

} // namespace zc::server
