#include "server/sms/WebhookQueue.h"

#include "server/Logging.h"
#include "server/storage/Database.h"
#include "models/JsonReader.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace zc::server {

Status WebhookQueue::send(const SmsMessage &m)
{
    const QDateTime at = QDateTime::currentDateTimeUtc();
    const QJsonObject body{{QStringLiteral("at"), toRfc3339(at)},
                           {QStringLiteral("phone"), m.phone},
                           {QStringLiteral("kind"), m.kind},
                           {QStringLiteral("code"), m.code.isEmpty() ? QJsonValue() : QJsonValue(m.code)},
                           {QStringLiteral("password"), m.password.isEmpty() ? QJsonValue() : QJsonValue(m.password)},
                           {QStringLiteral("text"), m.text}};
    const qint64 now = at.toMSecsSinceEpoch();
    if (!m_db.run(QStringLiteral("INSERT INTO sms_webhook_queue (created_at, phone, kind, payload, attempts,"
                                 " next_attempt_at) VALUES (?, ?, ?, ?, 0, ?)"),
                  {now, m.phone, m.kind, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)), now}))
        return internalError();
    qCInfo(lcSms).noquote() << "SMS to" << maskPhone(m.phone) << "kind" << m.kind << "queued (webhook)";
    m_db.afterCommit(m_queued);
    return Done{};
}

} // namespace zc::server
