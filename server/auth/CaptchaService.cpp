#include "server/auth/CaptchaService.h"

#include "server/auth/CaptchaRenderer.h"
#include "server/Crypto.h"
#include "server/storage/CaptchaStorage.h"
#include "server/storage/Database.h"
#include "server/Logging.h"

#include <QDateTime>

namespace zc::server {

QString CaptchaService::answerHash(const QString &id, const QString &answer)
{
    // Salted by the captcha's id; answers compare case-insensitively.
    return Crypto::sha256Hex(id.toLatin1() + ':' + answer.trimmed().toUpper().toUtf8());
}

Result<CaptchaService::NewCaptcha> CaptchaService::create(int scale)
{
    NewCaptcha c;
    c.id = Crypto::randomToken(16);
    const QString answer = CaptchaRenderer::randomAnswer();
    c.png = CaptchaRenderer::renderPng(answer, scale);
    if (c.png.isEmpty()) {
        qCCritical(lcCaptcha) << "cannot render a captcha PNG";
        return internalError();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Status stored = m_db.transaction<Done>([&]() -> Status {
        return CaptchaStorage(m_db).insert(c.id, answerHash(c.id, answer), now, now + LifetimeSeconds * 1000LL,
                                           m_dev ? answer : QString());
    });
    if (!stored)
        return stored.error();
    return c;
}

Result<bool> CaptchaService::consume(const QString &id, const QString &answer)
{
    // One statement marks it used and hands back the hash: of two concurrent
    // attempts only one gets it.
    const auto hash = CaptchaStorage(m_db).useUp(id, QDateTime::currentMSecsSinceEpoch());
    if (!hash)
        return hash.error();
    if (!hash->has_value())
        return false;
    const QByteArray stored = hash->value().toLatin1();
    return Crypto::constantTimeEquals(stored, answerHash(id, answer).toLatin1());
}

Result<std::optional<QString>> CaptchaService::devAnswer(const QString &id)
{
    if (!m_dev)
        return std::optional<QString>();
    return CaptchaStorage(m_db).devAnswer(id, QDateTime::currentMSecsSinceEpoch());
}

void CaptchaService::purgeExpired()
{
    CaptchaStorage(m_db).purgeExpired(QDateTime::currentMSecsSinceEpoch());
}

} // namespace zc::server
