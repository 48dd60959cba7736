#include "server/storage/SmsCodeStorage.h"

#include "server/storage/Database.h"

namespace zc::server {

Result<QList<qint64>> SmsCodeStorage::createdSince(const QString &phone, qint64 sinceMs)
{
    const auto rows = m_db.run(QStringLiteral("SELECT created_at FROM sms_codes WHERE phone = ? AND created_at > ?"
                                              " ORDER BY created_at DESC"),
                               {phone, sinceMs});
    if (!rows)
        return internalError();
    QList<qint64> out;
    out.reserve(rows->rows.size());
    for (const QSqlRecord &r : std::as_const(rows->rows))
        out.append(r.value(0).toLongLong());
    return out;
}

Status SmsCodeStorage::insert(const QString &phone, const QString &purpose, const QString &codeHash, qint64 nowMs,
                              qint64 expiresMs, int tries)
{
    if (!m_db.run(QStringLiteral("INSERT INTO sms_codes (phone, purpose, code_hash, created_at, expires_at,"
                                 " tries_left) VALUES (?, ?, ?, ?, ?, ?)"),
                  {phone, purpose, codeHash, nowMs, expiresMs, tries}))
        return internalError();
    return Done{};
}

Result<std::optional<SmsCodeStorage::Code>> SmsCodeStorage::newest(const QString &phone, const QString &purpose)
{
    const auto rows = m_db.run(QStringLiteral("SELECT id, code_hash, expires_at, tries_left, used_at FROM sms_codes"
                                              " WHERE phone = ? AND purpose = ? ORDER BY created_at DESC, id DESC"
                                              " LIMIT 1"),
                               {phone, purpose});
    if (!rows)
        return internalError();
    if (rows->isEmpty())
        return std::optional<Code>();
    const QSqlRecord &r = rows->first();
    return std::optional<Code>(Code{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toLongLong(),
                                    r.value(3).toInt(), !r.value(4).isNull()});
}

Result<bool> SmsCodeStorage::takeTry(qint64 id)
{
    const auto rows =
        m_db.run(QStringLiteral("UPDATE sms_codes SET tries_left = tries_left - 1 WHERE id = ? AND tries_left > 0"), {id});
    if (!rows)
        return internalError();
    return rows->rowsAffected > 0;
}

Result<bool> SmsCodeStorage::use(qint64 id, qint64 nowMs)
{
    const auto rows = m_db.run(
        QStringLiteral("UPDATE sms_codes SET used_at = ? WHERE id = ? AND used_at IS NULL AND expires_at > ?"
                       " AND tries_left > 0 AND NOT EXISTS (SELECT 1 FROM sms_codes n WHERE n.phone = sms_codes.phone"
                       " AND n.purpose = sms_codes.purpose AND n.id > sms_codes.id)"),
        {nowMs, id, nowMs});
    if (!rows)
        return internalError();
    return rows->rowsAffected == 1;
}

void SmsCodeStorage::purgeCreatedUpTo(qint64 ms)
{
    (void)m_db.run(QStringLiteral("DELETE FROM sms_codes WHERE created_at <= ?"), {ms});
}

} // namespace zc::server
