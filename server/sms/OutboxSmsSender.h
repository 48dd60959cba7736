#pragma once

#include "server/sms/SmsSender.h"

#include <QJsonArray>
#include <QString>

namespace zc::server {

class Database;

// The default SMS sender: appends each message as one JSON line to
// DIR/sms-outbox.jsonl (the development "phone"), records that it was sent
// (without its content) in sms_messages and logs a masked line.
class OutboxSmsSender final : public SmsSender
{
public:
    OutboxSmsSender(Database &db, QString outboxPath) : m_db(db), m_path(std::move(outboxPath)) {}

    [[nodiscard]] Status send(const SmsMessage &message) override;
    [[nodiscard]] QString name() const override { return QStringLiteral("outbox"); }
    [[nodiscard]] QString path() const { return m_path; }

    // The outbox's messages to phone, newest first (GET /dev/sms).
    [[nodiscard]] static QJsonArray messagesFor(const QString &outboxPath, const QString &phone);

private:
    Database &m_db;
    QString m_path;
};

} // namespace zc::server
