#pragma once

#include "models/Account.h"
#include "models/PermissionCatalog.h"
#include "models/Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace zc::sync {

// A tombstone of the change feed: {"type": "role"|"account", "id": N}.
struct DeletedItem
{
    enum class Type { Role, Account };
    Type type = Type::Role;
    qint64 id = 0;

    friend bool operator==(const DeletedItem &a, const DeletedItem &b)
    {
        return a.type == b.type && a.id == b.id;
    }
};

// Which kind of sync a batch belongs to: started without a cursor (full) or from one.
enum class SyncKind { Full, Incremental };

// One page of the change feed (GET /changes), as the cache applies it: in one
// transaction together with its cursor. A value type, so that a worker thread
// can hand the batch it applied to the GUI thread (queued signal) for the
// item models.
struct ChangeBatch
{
    QList<Role> roles;
    QList<Account> accounts;
    QList<DeletedItem> deleted;
    QString cursor;                            // the feed's cursor after this batch
    bool more = false;                         // the feed has more after this batch
    QString catalogVersion;                    // announced by the feed; empty: not announced
    std::optional<PermissionCatalog> catalog;  // fetched (GET /permissions) when the version changed

    // Set by the sync engine, not by the feed:
    SyncKind kind = SyncKind::Incremental;
    // First batch of a full sync: drop every cached role, account and
    // assignment first (same transaction), so rows deleted on the server while
    // no cursor was kept do not linger.
    bool resetBefore = false;
    // When the batch arrived; the finished-at of its sync kind when !more.
    // Part of the batch (not "now" at apply time) so that applying it twice
    // changes nothing. Invalid: the time of applying.
    QDateTime receivedAt;

    // The body of GET /changes: {cursor, more, roles, accounts, deleted: [{type, id}],
    // catalog_version}. nullopt and *why when it is not in that shape.
    [[nodiscard]] static std::optional<ChangeBatch> fromJson(const QJsonObject &o, QString *why = nullptr);
    [[nodiscard]] QJsonObject toJson() const;   // the feed's fields only
};

} // namespace zc::sync

Q_DECLARE_METATYPE(zc::sync::ChangeBatch)
