#include "server/storage/CaptchaStorage.h"

#include "server/storage/Database.h"

namespace zc::server {

Status CaptchaStorage::insert(const QString &id, const QString &answerHash, qint64 nowMs, qint64 expiresMs,
                              const QString &devAnswer)
{
    if (!m_db.run(QStringLiteral("INSERT INTO captchas (id, answer_hash, created_at, expires_at, used)"
                                 " VALUES (?, ?, ?, ?, 0)"),
                  {id, answerHash, nowMs, expiresMs}))
        return internalError();
    if (!devAnswer.isEmpty()
        && !m_db.run(QStringLiteral("INSERT INTO dev_captcha_answers (captcha_id, answer) VALUES (?, ?)"),
                     {id, devAnswer}))
        return internalError();
    return Done{};
}

Result<std::optional<QString>> CaptchaStorage::useUp(const QString &id, qint64 nowMs)
{
    const auto rows = m_db.run(QStringLiteral("UPDATE captchas SET used = 1 WHERE id = ? AND used = 0 AND expires_at > ?"
                                              " RETURNING answer_hash"),
                               {id, nowMs});
    if (!rows)
        return internalError();
    if (rows->isEmpty())
        return std::optional<QString>();
    return std::optional<QString>(rows->scalar().toString());
}

Result<std::optional<QString>> CaptchaStorage::devAnswer(const QString &id, qint64 nowMs)
{
    const auto rows = m_db.run(QStringLiteral("SELECT d.answer FROM dev_captcha_answers d"
                                              " JOIN captchas c ON c.id = d.captcha_id"
                                              " WHERE d.captcha_id = ? AND c.used = 0 AND c.expires_at > ?"),
                               {id, nowMs});
    if (!rows)
        return internalError();
    if (rows->isEmpty())
        return std::optional<QString>();
    return std::optional<QString>(rows->scalar().toString());
}

void CaptchaStorage::purgeExpired(qint64 nowMs)
{
    // dev_captcha_answers go with them (ON DELETE CASCADE).
    (void)m_db.run(QStringLiteral("DELETE FROM captchas WHERE expires_at <= ?"), {nowMs});
}

} // namespace zc::server
