#pragma once

#include "server/auth/AuthSession.h"
#include "server/http/ListPage.h"
#include "server/Result.h"
#include "server/storage/AuditStorage.h"
#include "models/AuditEvent.h"

#include <QJsonObject>
#include <QString>

#include <limits>

namespace zc::server {

class Database;

// Writes AuditEvents, always inside the transaction of the write they record,
// and lists them (GET /audit-events): newest first, within the caller's unit,
// and for anyone but the main account only the events of what it administers
// — role events with basic.roles, account events with basic.accounts, API
// token events with basic.interfaces, access reviews with both basic.roles and
// basic.accounts (they look at people and roles); other unit events are the
// main account's.
//
// Every write made with an API token records its event here, so this is where
// a token that was deleted (or ran out) while its request was under way is
// stopped: the event of a token that is no longer live is refused with 401
// unauthenticated and the whole write rolls back. Write transactions run one
// at a time, so no write made with a token commits after its deletion did.
class AuditLog
{
public:
    explicit AuditLog(Database &db) : m_db(db) {}

    using Entry = AuditStorage::Entry;

    // details: docs/api.md "Event details" (empty: none, read back as null).
    [[nodiscard]] Status record(const Entry &entry, const QJsonObject &details = {});
    // The same, answering the event as written (its id and time).
    [[nodiscard]] Result<AuditEvent> recordEvent(const Entry &entry, const QJsonObject &details = {});

    struct Query
    {
        int page = 1;
        int size = 10;
        QString action;          // exact, e.g. "role.create"; empty: any
        QString actorType;       // "account" | "api_token"; empty: either
        qint64 actorId = 0;      // 0: anyone
        qint64 fromMs = std::numeric_limits<qint64>::min();   // inclusive
        qint64 toMs = std::numeric_limits<qint64>::max();     // inclusive
    };
    [[nodiscard]] Result<ListPage<AuditEvent>> list(const AuthSession &caller, const Query &query);

private:
    Database &m_db;
};

} // namespace zc::server
