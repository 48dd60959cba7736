#pragma once

#include "server/Result.h"

#include <QString>

#include <optional>

namespace zc::server {

class Database;

// Every statement on the captchas (and, in dev mode, their kept answers). A
// view over a thread's Database: cheap to make where it is needed.
class CaptchaStorage
{
public:
    explicit CaptchaStorage(Database &db) : m_db(db) {}

    // devAnswer: kept for GET /dev/captchas/{id} (dev mode only); empty: not kept.
    [[nodiscard]] Status insert(const QString &id, const QString &answerHash, qint64 nowMs, qint64 expiresMs,
                                const QString &devAnswer);
    // Marks it used (any attempt does) and hands back its answer hash; nullopt
    // when unknown, used or expired. Of two concurrent attempts one gets it.
    [[nodiscard]] Result<std::optional<QString>> useUp(const QString &id, qint64 nowMs);
    [[nodiscard]] Result<std::optional<QString>> devAnswer(const QString &id, qint64 nowMs);
    void purgeExpired(qint64 nowMs);

private:
    Database &m_db;
};

} // namespace zc::server
