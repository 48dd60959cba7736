#pragma once

#include "server/Result.h"
#include "models/Account.h"
#include "server/storage/StampedCache.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace zc::server {

class Database;

// Accounts as the handler list reads them (GET /handlers): a count and one
// statement for the page — the accounts with their lock and their role ids —
// read by column index and written straight to JSON. A page is cached under
// the database's DataStamp (any commit, a sign-in's last_login_at included,
// moves it) until the first sign-in lock on it runs out; not when a status
// filter applies, whose WHERE moves with the clock. The count is cached by
// the unit's change stamp (the newest change_seq among its accounts and
// tombstones, which every added, renamed or removed account moves), when no
// status filter applies.
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

    // Every other statement on the accounts table: the lookups by login and the
    // writes. (Accounts in the API's shape are read through Directory.)

    // The main account signing in with login (lower case).
    [[nodiscard]] Result<std::optional<qint64>> idOfMainLogin(const QString &login);

    struct NewAccount
    {
        qint64 unitId = 0;
        QString kind;          // unit | handler
        QString login;         // a main account's login name, a handler's phone
        QString name;
        QString nameKey;       // Directory::nameKey(name); empty: NULL
        QString phone;
        qint64 credentialId = 0;
        qint64 changeSeq = 0;
    };
    // An active account; its id, or nullopt when the login is taken (in the
    // unit, or among main accounts).
    [[nodiscard]] Result<std::optional<qint64>> insert(const NewAccount &account, qint64 nowMs);

private:
    struct CachedCount
    {
        qint64 accountSeq = -1;
        qint64 tombstoneSeq = -1;
        qint64 total = 0;
    };

    Database &m_db;
    QHash<QString, CachedCount> m_counts;   // this thread's; unit id and filter
    StampedCache<QByteArray> m_pages{256};
};

} // namespace zc::server
