#pragma once

#include "AuditQuery.h"
#include "ChangeBatch.h"

#include "models/Account.h"
#include "models/AuditEvent.h"
#include "models/Institution.h"
#include "models/PermissionCatalog.h"
#include "models/Role.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

class QThread;

namespace zc::sync {

// What went wrong in a cache call. Code::None means success.
struct CacheError
{
    enum class Code {
        None,
        NotOpen,          // open() was not called or failed, or the cache was closed
        WrongThread,      // called from another thread than the one that opened it
        CannotOpen,       // the file or its folder cannot be created or opened
        Corrupt,          // not an SQLite database, or a damaged one
        NewerSchema,      // written by a newer client: do not touch it
        InvalidArgument,  // a query or value the cache refuses (page < 1, connection name in use…)
        NotFound,         // the role / account / catalog is not cached
        Sql,              // any other database failure (disk full, busy too long…)
    };
    Code code = Code::None;
    QString message;      // for logs and bug reports; never shown as-is to users

    [[nodiscard]] bool ok() const { return code == Code::None; }
};

// A value or the error that prevented it.
template <typename T>
struct CacheResult
{
    std::optional<T> value;
    CacheError error;

    [[nodiscard]] bool ok() const { return value.has_value(); }
};

// One page of a list, like the API's lists: items of page `page` (1-based)
// of `size`, and how many match in all.
template <typename T>
struct Page
{
    QList<T> items;
    int total = 0;
    int page = 1;
    int size = 10;
};

enum class RoleSort { Id, Name, AccountCount, CreatedBy, CreatedAt, UpdatedAt };
enum class AccountSort { Id, Login, Name, Phone, Status, CreatedAt, LastLoginAt };

// 账号角色管理: roles whose name contains `name` (case-insensitive).
struct RoleQuery
{
    QString name;
    RoleSort sort = RoleSort::Id;
    Qt::SortOrder order = Qt::AscendingOrder;
    int page = 1;
    int size = 10;
};

// 账号管理 / 单位经办人: accounts whose login, name or phone contains `q`
// (case-insensitive). `kind` defaults to handlers; nullopt lists every account.
struct AccountQuery
{
    QString q;
    std::optional<Account::Status> status;
    std::optional<Account::Kind> kind = Account::Kind::Handler;
    AccountSort sort = AccountSort::Id;
    Qt::SortOrder order = Qt::AscendingOrder;
    int page = 1;
    int size = 10;
};

// 分配账号: the 已分配 (assigned) or 未分配 (unassigned) accounts of one role,
// filtered by login and name (case-insensitive substrings). The unit's main
// account is never unassigned: it cannot hold roles.
struct RoleAccountsQuery
{
    qint64 roleId = 0;
    bool assigned = true;
    QString login;
    QString name;
    AccountSort sort = AccountSort::Id;
    Qt::SortOrder order = Qt::AscendingOrder;
    int page = 1;
    int size = 10;
};

// Where the cache stands against the server's change feed.
struct SyncState
{
    QString cursor;                   // empty: never synced (next sync is a full one)
    QString catalogVersion;           // the version the feed last announced
    QDateTime lastFullSyncAt;         // invalid: never
    QDateTime lastIncrementalSyncAt;  // invalid: never

    [[nodiscard]] QDateTime lastSyncAt() const;   // the later of the two
};

struct CacheCounts
{
    int roles = 0;
    int accounts = 0;      // every account, main account included
    int handlers = 0;
    int assignments = 0;
};

// What the cache holds of the audit log: only the events this client was
// shown (the log itself lives on the server).
struct AuditCacheState
{
    int events = 0;
    QDateTime oldest;       // the oldest event kept (invalid: none)
    QDateTime lastSeenAt;   // when the server last gave some (invalid: never)
};

// The client's local copy of one unit as one account sees it: roles,
// accounts, their assignments, the permission catalog and the sync state, in
// one SQLite file per (server profile, account). It holds no password and no
// token (those live in the keychain). Every statement is prepared and bound.
//
// Thread-safety: a Cache object is NOT thread-safe. It opens one named
// QSqlDatabase connection in the thread that calls open(), and every call,
// destruction included, must come from that thread (other threads get
// CacheError::WrongThread). To work on one file from two threads (the GUI
// reading, a worker syncing), give each thread its own Cache object with its
// own connection name on the same path: SQLite's WAL mode lets readers go on
// while one writer writes, and writes wait (busy timeout) for each other.
// Writes take the write lock at BEGIN (IMMEDIATE), so two writers never
// deadlock.
//
// Write path: the sync engine applies each change-feed batch with
// applyChanges() (one transaction with its cursor); a write the client made is
// applied at once from the server's answer with applyRole() & co., and the
// feed confirms it later. Versions are opaque, so the cache keeps whatever was
// applied last; a stale value is fixed by the next batch.
class Cache
{
public:
    Cache(const QString &filePath, const QString &connectionName);
    ~Cache();   // closes the connection (in the opening thread)
    Cache(const Cache &) = delete;
    Cache &operator=(const Cache &) = delete;

    // <AppDataLocation>/cache/<profile>-<login hash>.sqlite; the profile id
    // is reduced to [A-Za-z0-9._-] (plus a hash of it when that changed it)
    // and the login (trimmed, lower-cased) is hashed, so neither leaks into
    // names nor collides.
    [[nodiscard]] static QString defaultPath(const QString &profileId, const QString &login);
    // Deletes a closed cache's file and its -wal / -shm / -journal files.
    // True when none of them is left.
    static bool removeFiles(const QString &filePath, QString *why = nullptr);
    [[nodiscard]] static int latestSchemaVersion();

    // Creates the folder and file (owner-only permissions) when missing, opens
    // the connection in this thread (WAL, synchronous=NORMAL, busy timeout)
    // and migrates the schema. A file written by a newer client
    // (NewerSchema) or not a database (Corrupt) is left untouched.
    [[nodiscard]] CacheError open();
    void close();
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QString filePath() const { return m_path; }
    [[nodiscard]] QString connectionName() const { return m_connectionName; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    // SQLite's quick_check over the whole file: Corrupt when it is damaged in
    // a way open() does not see (a file cut short opens, and fails on the
    // first read of a page that is gone).
    [[nodiscard]] CacheError verify() const;

    // --- Write path (each call is one transaction: all or nothing) ---

    // One feed batch and its cursor; applying the same batch again changes nothing.
    [[nodiscard]] CacheError applyChanges(const ChangeBatch &batch);
    // The server's answer to a write, applied before the next sync.
    [[nodiscard]] CacheError applyRole(const Role &role);
    [[nodiscard]] CacheError applyAccount(const Account &account);   // role_ids replace its assignments
    [[nodiscard]] CacheError removeRole(qint64 id);                  // with its assignments
    // With its assignments; the account counts of its roles go down by one
    // (DELETE /handlers answers 204, without the roles it changed).
    [[nodiscard]] CacheError removeAccount(qint64 id);
    // PUT / DELETE /roles/{id}/accounts/{account_id} answered 204: the
    // assignment and the role's account count follow; idempotent.
    [[nodiscard]] CacheError applyAssignment(qint64 roleId, qint64 accountId, bool assigned);
    [[nodiscard]] CacheError applyCatalog(const PermissionCatalog &catalog);
    // The unit's institutions (GET /unit/institutions), replacing the list.
    [[nodiscard]] CacheError applyInstitutions(const QList<Institution> &institutions);
    // Audit events the server showed (GET /audit-events pages), kept to be
    // read offline; an event seen again is updated. Beyond MaxAuditEvents
    // the oldest are dropped.
    [[nodiscard]] CacheError applyAuditEvents(const QList<AuditEvent> &events);
    static constexpr int MaxAuditEvents = 20000;
    // Forgets every row and the sync state (the next sync is a full one).
    [[nodiscard]] CacheError clear();
    // 退出并清除本机数据: closes this connection and deletes the files. Every
    // other Cache object on the same file must be closed first.
    [[nodiscard]] CacheError deleteFiles();

    // --- Read path ---

    [[nodiscard]] CacheResult<Page<Role>> roles(const RoleQuery &query) const;
    [[nodiscard]] CacheResult<Page<Account>> accounts(const AccountQuery &query) const;
    // NotFound when the role is not cached.
    [[nodiscard]] CacheResult<Page<Account>> roleAccounts(const RoleAccountsQuery &query) const;
    // Everything, in id order, for the item models (which filter and sort in memory).
    [[nodiscard]] CacheResult<QList<Role>> allRoles() const;
    [[nodiscard]] CacheResult<QList<Account>> allAccounts() const;
    // Those with fromId <= id <= toId (a loader reads halves on two threads).
    [[nodiscard]] CacheResult<QList<Account>> allAccounts(qint64 fromId, qint64 toId) const;
    // The smallest and largest account id ({0, -1} when there is none).
    [[nodiscard]] CacheResult<std::pair<qint64, qint64>> accountIdRange() const;
    [[nodiscard]] CacheResult<Role> role(qint64 id) const;            // NotFound when absent
    [[nodiscard]] CacheResult<Account> account(qint64 id) const;      // NotFound when absent
    [[nodiscard]] CacheResult<QHash<qint64, QString>> roleNames() const;
    [[nodiscard]] CacheResult<PermissionCatalog> catalog() const;     // NotFound before the first one
    [[nodiscard]] CacheResult<SyncState> syncState() const;
    [[nodiscard]] CacheResult<CacheCounts> counts() const;
    [[nodiscard]] CacheResult<QList<Institution>> institutions() const;   // in the server's order
    // The kept events the query matches, newest first, paged like the API.
    [[nodiscard]] CacheResult<Page<AuditEvent>> auditEvents(const AuditQuery &query) const;
    [[nodiscard]] CacheResult<AuditCacheState> auditState() const;

private:
    struct Writer;

    [[nodiscard]] CacheError check() const;
    [[nodiscard]] CacheError write(const char *what, const std::function<CacheError(Writer &)> &work);

    QString m_path;
    QString m_connectionName;
    QThread *m_thread = nullptr;
    bool m_open = false;
    int m_schemaVersion = 0;
};

} // namespace zc::sync
