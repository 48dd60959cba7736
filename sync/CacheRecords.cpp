// Cache: what the client keeps beside the change feed's rows — the unit's
// institutions and the audit events it was shown — written and read here.
#include "Cache.h"

#include "CacheSql.h"
#include "CacheWriter.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace zc::sync {

using namespace cache_sql;

namespace {

// Every filter of AuditQuery, each bound twice so that an unset one matches all.
const char AuditFilter[] = " WHERE (? = '' OR action = ?) AND (? = 0 OR actor_id = ?)"
                           " AND (? IS NULL OR at >= ?) AND (? IS NULL OR at <= ?)";

AuditEvent readAuditEvent(const QSqlQuery &q)
{
    // Written from an event the codec accepted: a row that does not parse
    // (edited by hand) still shows its id rather than vanish.
    const std::optional<AuditEvent> e = AuditEvent::fromJson(QJsonDocument::fromJson(q.value(1).toByteArray()).object());
    if (e)
        return *e;
    AuditEvent fallback;
    fallback.id = q.value(0).toLongLong();
    return fallback;
}

} // namespace

CacheError Cache::applyInstitutions(const QList<Institution> &institutions)
{
    return write("store institutions", [&institutions](Writer &w) {
        CacheError e = w.plain("DELETE FROM institutions", "store institutions");
        Writer::Statement insert;
        for (qsizetype i = 0; i < institutions.size() && e.ok(); ++i) {
            const Institution &in = institutions.at(i);
            e = w.exec(insert,
                       "INSERT INTO institutions (id, position, code, name, uscc, level, address)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                       { in.id, qint64(i), text(in.code), text(in.name), text(in.uscc), text(in.level),
                         text(in.address) },
                       "store institutions");
        }
        return e;
    });
}

CacheError Cache::applyAuditEvents(const QList<AuditEvent> &events)
{
    if (events.isEmpty())
        return {};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return write("store audit events", [&events, now](Writer &w) {
        CacheError e;
        Writer::Statement upsert;
        for (const AuditEvent &event : events) {
            if (event.id <= 0 || !event.at.isValid())
                continue;   // nothing to file it under
            e = w.exec(upsert,
                       "INSERT INTO audit_events (id, at, actor_id, action, json, seen_at) VALUES (?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (id) DO UPDATE SET at = excluded.at, actor_id = excluded.actor_id,"
                       " action = excluded.action, json = excluded.json, seen_at = excluded.seen_at",
                       { event.id, event.at.toMSecsSinceEpoch(), event.actorId, text(event.action),
                         QString::fromUtf8(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact)), now },
                       "store audit events");
            if (!e.ok())
                return e;
        }
        // Bounded: the newest MaxAuditEvents stay.
        Writer::Statement trim;
        return w.exec(trim,
                      "DELETE FROM audit_events WHERE id IN (SELECT id FROM audit_events"
                      " ORDER BY at DESC, id DESC LIMIT -1 OFFSET ?)",
                      { MaxAuditEvents }, "trim audit events");
    });
}

CacheResult<QList<Institution>> Cache::institutions() const
{
    CacheResult<QList<Institution>> result;
    result.error = check();
    if (!result.error.ok())
        return result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    result.error = run(q,
                       QStringLiteral("SELECT id, code, name, uscc, level, address FROM institutions"
                                      " ORDER BY position, id"),
                       {}, "read institutions");
    if (!result.error.ok())
        return result;
    QList<Institution> list;
    while (q.next()) {
        Institution in;
        in.id = q.value(0).toLongLong();
        in.code = q.value(1).toString();
        in.name = q.value(2).toString();
        in.uscc = q.value(3).toString();
        in.level = q.value(4).toString();
        in.address = q.value(5).toString();
        list.append(std::move(in));
    }
    result.value = std::move(list);
    return result;
}

CacheResult<Page<AuditEvent>> Cache::auditEvents(const AuditQuery &query) const
{
    const CacheError e = check();
    if (!e.ok())
        return { std::nullopt, e };
    const QString action = text(query.action);
    const QVariant from = msOrNull(query.from);
    const QVariant to = msOrNull(query.to);
    return pageOf<AuditEvent>(QSqlDatabase::database(m_connectionName, false), QStringLiteral("id, json"),
                              QStringLiteral("audit_events"), QLatin1String(AuditFilter),
                              { action, action, query.actorId, query.actorId, from, from, to, to },
                              QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ? OFFSET ?"), query.page, query.size,
                              readAuditEvent, "list audit events");
}

CacheResult<AuditCacheState> Cache::auditState() const
{
    CacheResult<AuditCacheState> result;
    result.error = check();
    if (!result.error.ok())
        return result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    result.error = run(q, QStringLiteral("SELECT count(*), min(at), max(seen_at) FROM audit_events"), {},
                       "read audit state");
    if (!result.error.ok())
        return result;
    AuditCacheState state;
    if (q.next()) {
        state.events = q.value(0).toInt();
        if (!q.value(1).isNull())
            state.oldest = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        if (!q.value(2).isNull())
            state.lastSeenAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    }
    result.value = state;
    return result;
}

} // namespace zc::sync
