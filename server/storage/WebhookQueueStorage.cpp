#include "server/storage/WebhookQueueStorage.h"

#include "server/storage/Database.h"

namespace zc::server {

Status WebhookQueueStorage::enqueue(qint64 nowMs, const QString &phone, const QString &kind, const QString &payload)
{
    if (!m_db.run(QStringLiteral("INSERT INTO sms_webhook_queue (created_at, phone, kind, payload, attempts,"
                                 " next_attempt_at) VALUES (?, ?, ?, ?, 0, ?)"),
                  {nowMs, phone, kind, payload, nowMs}))
        return internalError();
    return Done{};
}

Result<bool> WebhookQueueStorage::anyDue(qint64 nowMs)
{
    const auto due = m_db.run(QStringLiteral("SELECT id FROM sms_webhook_queue WHERE next_attempt_at <= ?"
                                             " AND (lease_until IS NULL OR lease_until <= ?) LIMIT 1"),
                              {nowMs, nowMs});
    if (!due)
        return internalError();
    return !due->isEmpty();
}

Result<QList<WebhookQueueStorage::Queued>> WebhookQueueStorage::due(qint64 nowMs, int limit)
{
    const auto rows = m_db.run(QStringLiteral("SELECT id, phone, kind, payload, attempts FROM sms_webhook_queue"
                                              " WHERE next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?)"
                                              " ORDER BY next_attempt_at, id LIMIT ?"),
                               {nowMs, nowMs, limit});
    if (!rows)
        return internalError();
    QList<Queued> out;
    out.reserve(rows->rows.size());
    for (const QSqlRecord &r : std::as_const(rows->rows))
        out.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                    r.value(4).toInt()});
    return out;
}

Status WebhookQueueStorage::lease(qint64 id, int attempts, qint64 leaseUntilMs)
{
    if (!m_db.run(QStringLiteral("UPDATE sms_webhook_queue SET attempts = ?, lease_until = ? WHERE id = ?"),
                  {attempts, leaseUntilMs, id}))
        return internalError();
    return Done{};
}

Status WebhookQueueStorage::retryAt(qint64 id, qint64 nextAttemptMs, const QString &lastError)
{
    if (!m_db.run(QStringLiteral("UPDATE sms_webhook_queue SET lease_until = NULL, next_attempt_at = ?,"
                                 " last_error = ? WHERE id = ?"),
                  {nextAttemptMs, lastError, id}))
        return internalError();
    return Done{};
}

Status WebhookQueueStorage::remove(qint64 id)
{
    if (!m_db.run(QStringLiteral("DELETE FROM sms_webhook_queue WHERE id = ?"), {id}))
        return internalError();
    return Done{};
}

} // namespace zc::server
