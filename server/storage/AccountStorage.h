#pragma once

#include "server/Result.h"
#include "models/Account.h"
#include "server/storage/StampedCache.h"

#include <QByteArray>
#include <QHash>
#include <QList>
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

    // The phone's active handler accounts, by unit id.
    [[nodiscard]] Result<QList<qint64>> activeHandlerIds(const QString &phone);
    // The phone's active handler account in the unit.
    [[nodiscard]] Result<std::optional<qint64>> activeHandlerId(qint64 unitId, const QString &phone);
    // A sign-in: no change of the account (no version bump, no change_seq).
    [[nodiscard]] Status setLastLogin(qint64 accountId, qint64 nowMs);
    // The permanent institution choice, stamped with seq; false when the
    // account had chosen one already (of concurrent choices exactly one wins).
    [[nodiscard]] Result<bool> chooseInstitution(qint64 accountId, qint64 institutionId, qint64 seq, qint64 nowMs);

    struct Holder
    {
        qint64 id = 0;
        qint64 unitId = 0;
        QString name;
    };
    // The accounts signing in with the credentials, by id.
    [[nodiscard]] Result<QList<Holder>> ofCredential(qint64 credentialId);

    // The phone's handler account in the unit, whatever its status.
    [[nodiscard]] Result<std::optional<qint64>> idOfHandler(qint64 unitId, const QString &phone);
    // Name and status (active | disabled), version + 1, stamped with seq.
    [[nodiscard]] Status update(qint64 accountId, const QString &name, const QString &status, qint64 seq,
                                qint64 nowMs);
    // Its assignments and sessions go with it (cascade).
    [[nodiscard]] Status remove(qint64 accountId);
    // The unit's main account.
    [[nodiscard]] Result<std::optional<qint64>> idOfMain(qint64 unitId);

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
