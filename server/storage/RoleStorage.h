#pragma once

#include "server/Result.h"
#include "server/http/ListPage.h"
#include "models/Account.h"
#include "server/storage/RoleRows.h"
#include "server/storage/Database.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace zc::server {

class Database;

// Roles of units as the list endpoint reads them (GET /roles): one statement
// per page — the roles with their account count, their permission codes
// joined into one column and the total — written straight to JSON, and a
// cache of the serialised pages per unit, keyed by the unit's change stamp
// read from the database (the newest change_seq among its roles and
// tombstones). Every write that changes a role's JSON stamps it with a new
// seq, so a stamp that did not move means the page did not either; two
// processes on one database read the same stamp and agree. Cheaper still,
// while the whole database's DataStamp has not moved the page is served
// without reading the unit's stamp. The cache belongs to one thread's
// storage (no locks).
class RoleStorage
{
public:
    explicit RoleStorage(Database &db) : m_db(db) {}

    // {"items": [...], "total", "page", "size"}; nameNeedle: the trimmed name filter (may be empty).
    [[nodiscard]] Result<QByteArray> pageJson(qint64 unitId, int page, int size, const QString &nameNeedle);

    static constexpr int CachedPages = 256;

    // The role with its permissions, when it belongs to the unit.
    [[nodiscard]] Result<std::optional<RoleRows::Row>> inUnit(qint64 unitId, qint64 roleId);
    // The unit's role of that name (compared by Directory::nameKey).
    [[nodiscard]] Result<std::optional<qint64>> idOfName(qint64 unitId, const QString &name);

    // The writes on roles, their permissions and their assignments. Inside the
    // caller's transaction; change-feed stamps are ChangeStorage's.

    struct NewRole
    {
        qint64 unitId = 0;
        QString name;
        QString remark;
        qint64 createdById = 0;   // 0: no account (NULL created_by)
        QString createdByName;
        qint64 changeSeq = 0;
    };
    // The new role's id; nullopt when the unit has a role of that name
    // (compared by Directory::nameKey, decided by the unique index).
    [[nodiscard]] Result<std::optional<qint64>> insert(const NewRole &role, qint64 nowMs);
    // Name and remark, version + 1, stamped with seq; false when the name is taken.
    [[nodiscard]] Result<bool> update(qint64 roleId, const QString &name, const QString &remark, qint64 seq,
                                      qint64 nowMs);
    [[nodiscard]] Status addPermissions(qint64 roleId, const QStringList &codes);
    [[nodiscard]] Status removePermissions(qint64 roleId);
    [[nodiscard]] Status removePermission(qint64 roleId, const QString &code);
    // Every (role, code) a role of the unit holds, with the role's name.
    struct HeldCode
    {
        qint64 roleId = 0;
        QString roleName;
        QString code;
    };
    [[nodiscard]] Result<QList<HeldCode>> codesOfUnit(qint64 unitId);
    // Its assignments go with it (cascade).
    [[nodiscard]] Status remove(qint64 roleId);
    // false when the account held the role already.
    [[nodiscard]] Result<bool> assign(qint64 accountId, qint64 roleId, qint64 nowMs);
    // false when the account did not hold the role.
    [[nodiscard]] Result<bool> unassign(qint64 accountId, qint64 roleId);
    struct NamedRole
    {
        qint64 id = 0;
        QString name;
    };
    // The roles the account holds, by id.
    [[nodiscard]] Result<QList<NamedRole>> ofAccount(qint64 accountId);
    // Every assignment of the account goes (offboarding).
    [[nodiscard]] Status unassignAll(qint64 accountId);

    struct AccountFilter
    {
        std::optional<bool> assigned;   // nullopt: every handler
        QString login;                  // contains (trimmed); empty: any
        QString name;                   // contains, case-insensitive (trimmed); empty: any
        int page = 1;
        int size = 10;
    };
    // A page of the unit's handlers (never its main account) as the role's
    // assignment dialog lists them, by id.
    [[nodiscard]] Result<ListPage<Account>> handlerPage(qint64 unitId, qint64 roleId, const AccountFilter &filter);

private:
    struct Cached
    {
        qint64 roleSeq = -1;
        qint64 tombstoneSeq = -1;
        std::optional<DataStamp> dataStamp;   // the last time the unit's stamp was found unmoved
        QByteArray json;
    };

    Database &m_db;
    QHash<QString, Cached> m_pages;
};

} // namespace zc::server
