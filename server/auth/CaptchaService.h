#pragma once

#include "server/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace zc::server {

class Database;

// Captchas in the database: only a hash of the answer is stored; any attempt
// uses one up, right or wrong; they expire after two minutes. In dev mode
// the answer is also kept (dev_captcha_answers) for GET /dev/captchas/{id}.
class CaptchaService
{
public:
    static constexpr int LifetimeSeconds = 120;

    struct NewCaptcha
    {
        QString id;
        QByteArray png;
        int expiresIn = LifetimeSeconds;
    };

    CaptchaService(Database &db, bool devMode) : m_db(db), m_dev(devMode) {}

    [[nodiscard]] Result<NewCaptcha> create(int scale = 1);   // the image's scale, 1..CaptchaRenderer::MaxScale
    // Uses the captcha up (whatever the answer) and says whether the answer was right.
    [[nodiscard]] Result<bool> consume(const QString &id, const QString &answer);
    // Dev mode only: the answer of a captcha not used yet.
    [[nodiscard]] Result<std::optional<QString>> devAnswer(const QString &id);
    void purgeExpired();

private:
    static QString answerHash(const QString &id, const QString &answer);

    Database &m_db;
    bool m_dev;
};

} // namespace zc::server
