#pragma once

#include "server/auth/Actor.h"
#include "server/Result.h"
#include "server/http/ListPage.h"
#include "models/AuditEvent.h"

#include <QJsonObject>
#include <QString>

#include <limits>

namespace zc::server {

class Database;

// Every statement on the audit_events table: one event written, a unit's
// events read a page at a time (newest first), each with its details. Which events a caller may see
// is decided by AuditLog, not here. A view over a thread's Database: cheap to
// make where it is needed.
class AuditStorage
{
public:
    explicit AuditStorage(Database &db) : m_db(db) {}

    struct Entry
    {
        qint64 unitId = 0;
        Actor actor;               // an account (id 0: none, e.g. the system) or an API token
        QString action;            // "<target_type>.<verb>"
        QString targetType;        // role | account | unit | api_token
        qint64 targetId = 0;
        QString summary;
    };
    // Stamped with nowMs; details (docs/api.md "Event details") stored as
    // compact JSON, an empty object as NULL. The new event's id.
    [[nodiscard]] Result<qint64> insert(const Entry &entry, qint64 nowMs, const QJsonObject &details = {});

    struct Filter
    {
        qint64 unitId = 0;
        // Which target types: every one, or only role, account and/or api_token events.
        bool allTargets = false;
        bool roleTargets = false;
        bool accountTargets = false;
        bool tokenTargets = false;
        bool reviews = false;    // also access_review.complete (a unit event)
        QString action;          // exact; empty: any
        QString actorType;       // "account" | "api_token"; empty: either
        qint64 actorId = 0;      // 0: anyone (of actorType)
        qint64 fromMs = std::numeric_limits<qint64>::min();   // inclusive
        qint64 toMs = std::numeric_limits<qint64>::max();     // inclusive
    };
    // Newest first; page from 1.
    [[nodiscard]] Result<ListPage<AuditEvent>> page(const Filter &filter, int page, int size);

private:
    Database &m_db;
};

} // namespace zc::server
