#pragma once

#include "server/Result.h"

#include <QList>
#include <QString>

namespace zc::server {

class Database;

// Every statement on the sms_webhook_queue table: messages waiting to be
// POSTed to the SMS webhook, each with its attempts, the lease of the process
// posting it and when it is due next. When to retry and when to drop are
// WebhookSmsSender's rules. A view over a thread's Database: cheap to make
// where it is needed.
class WebhookQueueStorage
{
public:
    explicit WebhookQueueStorage(Database &db) : m_db(db) {}

    struct Queued
    {
        qint64 id = 0;
        QString phone;
        QString kind;
        QString payload;   // the JSON body to POST
        int attempts = 0;  // made so far
    };

    // Due at once (nowMs).
    [[nodiscard]] Status enqueue(qint64 nowMs, const QString &phone, const QString &kind, const QString &payload);
    // Whether a message is due and not leased at nowMs (a plain read, no write lock).
    [[nodiscard]] Result<bool> anyDue(qint64 nowMs);
    // Up to limit messages due and not leased at nowMs, the longest due first.
    [[nodiscard]] Result<QList<Queued>> due(qint64 nowMs, int limit);
    // Leases a message until leaseUntilMs, counting the attempt about to be made.
    [[nodiscard]] Status lease(qint64 id, int attempts, qint64 leaseUntilMs);
    // Lifts the lease; the next attempt is due at nextAttemptMs.
    [[nodiscard]] Status retryAt(qint64 id, qint64 nextAttemptMs, const QString &lastError);
    [[nodiscard]] Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace zc::server
