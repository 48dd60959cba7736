#pragma once

#include "server/Result.h"
#include "models/Account.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace zc::server {

class Database;

// Accounts as the handler list reads them (GET /handlers): a count and one
// statement for the page — the accounts with their lock and their role ids —
// read by column index and written straight to JSON. Not cached: an
// account's JSON also moves with time (a sign-in lock running out) and with
// sign-ins (last_login_at), which stamp no change.
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
    Database &m_db;
};

} // namespace zc::server
