#include "server/sms/OutboxSmsSender.h"

#include "server/storage/SmsMessageStorage.h"
#include "server/Logging.h"
#include "models/JsonReader.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace zc::server {

Status OutboxSmsSender::send(const SmsMessage &m)
{
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QJsonObject line{{QStringLiteral("at"), toRfc3339(at)},
                     {QStringLiteral("phone"), m.phone},
                     {QStringLiteral("kind"), m.kind},
                     {QStringLiteral("code"), m.code.isEmpty() ? QJsonValue() : QJsonValue(m.code)},
                     {QStringLiteral("password"), m.password.isEmpty() ? QJsonValue() : QJsonValue(m.password)},
                     {QStringLiteral("text"), m.text}};
    QFile f(m_path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        qCCritical(lcSms) << "cannot open the SMS outbox" << m_path << f.errorString();
        return internalError();
    }
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (f.write(bytes) != bytes.size() || !f.flush()) {
        qCCritical(lcSms) << "cannot write the SMS outbox" << m_path << f.errorString();
        return internalError();
    }
    if (const Status recorded = SmsMessageStorage(m_db).recordSent(at.toMSecsSinceEpoch(), m.phone, m.kind, name());
        !recorded)
        return recorded.error();
    qCInfo(lcSms).noquote() << "SMS sent to" << maskPhone(m.phone) << "kind" << m.kind << "(outbox)";
    return Done{};
}

QJsonArray OutboxSmsSender::messagesFor(const QString &outboxPath, const QString &phone)
{
    QFile f(outboxPath);
    QList<QJsonObject> found;
    if (f.open(QIODevice::ReadOnly)) {
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("phone")).toString() == phone)
                found.append(o);
        }
    }
    std::reverse(found.begin(), found.end());   // appended oldest first
    QJsonArray out;
    for (const QJsonObject &o : std::as_const(found))
        out.append(o);
    return out;
}

} // namespace zc::server
