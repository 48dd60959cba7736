#pragma once

#include "server/Result.h"

#include <QString>

namespace zc::server {

class Database;

// The record of text messages sent (table sms_messages): when, to whom, what
// kind and by which sender — never their content. A view over a thread's
// Database: cheap to make where it is needed.
class SmsMessageStorage
{
public:
    explicit SmsMessageStorage(Database &db) : m_db(db) {}

    // sender: the SmsSender's name (outbox, webhook).
    [[nodiscard]] Status recordSent(qint64 atMs, const QString &phone, const QString &kind, const QString &sender);

private:
    Database &m_db;
};

} // namespace zc::server
