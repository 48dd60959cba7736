#include "server/sms/WebhookQueue.h"

#include "server/Logging.h"
#include "server/storage/Database.h"
#include "server/storage/WebhookQueueStorage.h"
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
    if (const Status queued = WebhookQueueStorage(m_db).enqueue(
            now, m.phone, m.kind, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
        !queued)
        return queued.error();
    qCInfo(lcSms).noquote() << "SMS to" << maskPhone(m.phone) << "kind" << m.kind << "queued (webhook)";
    m_db.afterCommit(m_queued);
    return Done{};
}

} // namespace zc::server
