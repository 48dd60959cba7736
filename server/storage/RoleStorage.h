#pragma once

#include "server/Result.h"
#include "server/roles/RoleRows.h"
#include "server/storage/Database.h"

#include <QByteArray>
#include <QHash>
#include <QString>

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
