#include "server/storage/SmsMessageStorage.h"

#include "server/storage/Database.h"

namespace zc::server {

Status SmsMessageStorage::recordSent(qint64 atMs, const QString &phone, const QString &kind, const QString &sender)
{
    if (!m_db.run(QStringLiteral("INSERT INTO sms_messages (at, phone, kind, sender) VALUES (?, ?, ?, ?)"),
                  {atMs, phone, kind, sender}))
        return internalError();
    return Done{};
}

} // namespace zc::server
