#include "server/auth/CaptchaService.h"

#include "server/auth/CaptchaRenderer.h"
#include "server/Crypto.h"
#include "server/storage/Database.h"
#include "server/Logging.h"

#include <QDateTime>

namespace zc::server {

QString CaptchaService::answerHash(const QString &id, const QString &answer)
{
    // Salted by the captcha's id; answers compare case-insensitively.
    return Crypto::sha256Hex(id.toLatin1() + ':' + answer.trimmed().toUpper().toUtf8());
}

Result<CaptchaService::NewCaptcha> CaptchaService::create()
{
    NewCaptcha c;
    c.id = Crypto::randomToken(16);
    const QString answer = CaptchaRenderer::randomAnswer();
    c.png = CaptchaRenderer::renderPng(answer);
    if (c.png.isEmpty()) {
        qCCritical(lcCaptcha) << "cannot render a captcha PNG";
        return internalError();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Status stored = m_db.transaction<Done>([&]() -> Status {
        if (!m_db.run(QStringLiteral("INSERT INTO captchas (id, answer_hash, created_at, expires_at, used)"
                                     " VALUES (?, ?, ?, ?, 0)"),
                      {c.id, answerHash(c.id, answer), now, now + LifetimeSeconds * 1000LL}))
            return internalError();
        if (m_dev && !m_db.run(QStringLiteral("INSERT INTO dev_captcha_answers (captcha_id, answer) VALUES (?, ?)"),
                               {c.id, answer}))
            return internalError();
        return Done{};
    });
    if (!stored)
        return stored.error();
    return c;
}

Result<bool> CaptchaService::consume(const QString &id, const QString &answer)
{
    // One statement marks it used and hands back the hash: of two concurrent
    // attempts only one gets it.
    const auto rows = m_db.run(QStringLiteral("UPDATE captchas SET used = 1"
                                              " WHERE id = ? AND used = 0 AND expires_at > ?"
                                              " RETURNING answer_hash"),
                               {id, QDateTime::currentMSecsSinceEpoch()});
    if (!rows)
        return internalError();
    if (rows->isEmpty())
        return false;
    const QByteArray stored = rows->scalar().toString().toLatin1();
    return Crypto::constantTimeEquals(stored, answerHash(id, answer).toLatin1());
}

Result<std::optional<QString>> CaptchaService::devAnswer(const QString &id)
{
    if (!m_dev)
        return std::optional<QString>();
    const auto rows = m_db.run(QStringLiteral("SELECT d.answer FROM dev_captcha_answers d"
                                              " JOIN captchas c ON c.id = d.captcha_id"
                                              " WHERE d.captcha_id = ? AND c.used = 0 AND c.expires_at > ?"),
                               {id, QDateTime::currentMSecsSinceEpoch()});
    if (!rows)
        return internalError();
    if (rows->isEmpty())
        return std::optional<QString>();
    return std::optional<QString>(rows->scalar().toString());
}

void CaptchaService::purgeExpired()
{
    // dev_captcha_answers go with them (ON DELETE CASCADE).
    (void)m_db.run(QStringLiteral("DELETE FROM captchas WHERE expires_at <= ?"),
                   {QDateTime::currentMSecsSinceEpoch()});
}

} // namespace zc::server
