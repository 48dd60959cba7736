#pragma once

#include "server/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace zc::server {

class Database;

// Every statement on the sms_codes table (one row per code sent, holding only
// its salted hash). The rules — limits, tries, which code counts — are
// SmsCodeService's. A view over a thread's Database: cheap to make where it
// is needed.
class SmsCodeStorage
{
public:
    explicit SmsCodeStorage(Database &db) : m_db(db) {}

    struct Code
    {
        qint64 id = 0;
        QString codeHash;
        qint64 expiresAt = 0;
        int triesLeft = 0;
        bool used = false;
    };

    // When the phone's codes created after sinceMs were created, newest first.
    [[nodiscard]] Result<QList<qint64>> createdSince(const QString &phone, qint64 sinceMs);
    [[nodiscard]] Status insert(const QString &phone, const QString &purpose, const QString &codeHash, qint64 nowMs,
                                qint64 expiresMs, int tries);
    // The phone's newest code for purpose; nullopt when none was sent.
    [[nodiscard]] Result<std::optional<Code>> newest(const QString &phone, const QString &purpose);
    // One try less, in one statement (concurrent tries each count), never
    // below 0; false when none was left.
    [[nodiscard]] Result<bool> takeTry(qint64 id);
    // Marks the code used unless it is used, expired, out of tries or replaced
    // by a newer code of its phone and purpose; false when it was not marked
    // (of two concurrent uses only one marks it).
    [[nodiscard]] Result<bool> use(qint64 id, qint64 nowMs);
    void purgeCreatedUpTo(qint64 ms);

private:
    Database &m_db;
};

} // namespace zc::server
