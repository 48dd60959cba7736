#include "server/sms/SmsCodeService.h"

#include "server/auth/CaptchaService.h"
#include "server/Crypto.h"
#include "server/storage/Database.h"
#include "server/Logging.h"
#include "server/sms/SmsSender.h"
#include "server/storage/SmsCodeStorage.h"

#include <QDateTime>

namespace zc::server {

namespace {

ApiError codeInvalid()
{
    return apiError(422, ErrorCode::SmsCodeInvalid, QStringLiteral("sms_code"));
}

ApiError rateLimited(qint64 waitMs)
{
    ApiError e = apiError(429, ErrorCode::RateLimited);
    e.retryAfter = int(qMax<qint64>(1, (waitMs + 999) / 1000));
    return e;
}

QString messageText(SmsCodeService::Purpose purpose, const QString &code)
{
    const int minutes = SmsCodeService::LifetimeSeconds / 60;
    switch (purpose) {
    case SmsCodeService::Purpose::Register:
        return QStringLiteral("【医保招采】您正在注册单位账号，验证码 %1，%2 分钟内有效。请勿将验证码告诉他人。")
            .arg(code).arg(minutes);
    case SmsCodeService::Purpose::AddHandler:
        return QStringLiteral("【医保招采】单位正在将本手机号添加为经办人，验证码 %1，%2 分钟内有效。如非本人同意，请勿告知他人。")
            .arg(code).arg(minutes);
    case SmsCodeService::Purpose::ResetPassword:
        return QStringLiteral("【医保招采】您正在重置登录密码，验证码 %1，%2 分钟内有效。如非本人操作，请忽略本短信。")
            .arg(code).arg(minutes);
    }
    return {};
}

} // namespace

std::optional<SmsCodeService::Purpose> SmsCodeService::purposeFromString(const QString &text)
{
    if (text == QLatin1String("register"))
        return Purpose::Register;
    if (text == QLatin1String("add_handler"))
        return Purpose::AddHandler;
    if (text == QLatin1String("reset_password"))
        return Purpose::ResetPassword;
    return std::nullopt;
}

bool SmsCodeService::isWellFormed(const QString &code)
{
    if (code.size() != CodeDigits)
        return false;
    for (const QChar c : code) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString SmsCodeService::purposeName(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Register: return QStringLiteral("register");
    case Purpose::AddHandler: return QStringLiteral("add_handler");
    case Purpose::ResetPassword: return QStringLiteral("reset_password");
    }
    return {};
}

QString SmsCodeService::codeHash(const QString &salt, const QString &phone, Purpose purpose, const QString &code)
{
    // Stored as "salt:sha256(salt:phone:purpose:code)"; the row never holds the code.
    return salt + QLatin1Char(':')
        + Crypto::sha256Hex((salt + QLatin1Char(':') + phone + QLatin1Char(':') + purposeName(purpose)
                             + QLatin1Char(':') + code)
                                .toUtf8());
}

Result<SmsCodeService::Sent> SmsCodeService::request(const QString &phone, Purpose purpose, const QString &captchaId,
                                                     const QString &captchaAnswer)
{
    // The captcha is used up by any attempt, also one that is then rate limited.
    const Result<bool> captcha = m_captchas.consume(captchaId, captchaAnswer);
    if (!captcha)
        return captcha.error();
    if (!captcha.value())
        return apiError(422, ErrorCode::CaptchaInvalid, QStringLiteral("captcha_answer"));

    const QString code = QStringLiteral("%1").arg(Crypto::randomUniform(1000000), CodeDigits, 10, QLatin1Char('0'));
    const QString salt = Crypto::randomToken(12);
    // Under the write lock (one process at a time, whatever the engine): count,
    // then store and send, so that two concurrent requests cannot both pass.
    SmsCodeStorage codes(m_db);
    const Result<Sent> sent = m_db.transaction<Sent>([&]() -> Result<Sent> {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const Result<QList<qint64>> recent = codes.createdSince(phone, now - DayMs);
        if (!recent)
            return recent.error();
        if (recent->size() >= DailyLimit) {
            // Free again when the oldest of the last DailyLimit codes leaves the window.
            const qint64 oldest = recent->at(DailyLimit - 1);
            qCInfo(lcSms).noquote() << "SMS code refused for" << SmsSender::maskPhone(phone) << "(daily limit)";
            return rateLimited(oldest + DayMs - now);
        }
        if (!recent->isEmpty()) {
            const qint64 last = recent->constFirst();
            if (now - last < ResendSeconds * 1000LL) {
                qCInfo(lcSms).noquote() << "SMS code refused for" << SmsSender::maskPhone(phone) << "(resend interval)";
                return rateLimited(last + ResendSeconds * 1000LL - now);
            }
        }
        if (const Status stored = codes.insert(phone, purposeName(purpose), codeHash(salt, phone, purpose, code), now,
                                               now + LifetimeSeconds * 1000LL, MaxTries);
            !stored)
            return stored.error();
        SmsMessage message;
        message.phone = phone;
        message.kind = QStringLiteral("sms_code");
        message.code = code;
        message.text = messageText(purpose, code);
        const Status delivered = m_sender.send(message);
        if (!delivered)
            return delivered.error();
        return Sent{};
    });
    if (sent)
        qCInfo(lcSms).noquote() << "SMS code for" << purposeName(purpose) << "sent to" << SmsSender::maskPhone(phone);
    return sent;
}

Result<SmsCodeService::Ticket> SmsCodeService::verify(const QString &phone, Purpose purpose, const QString &code)
{
    Q_ASSERT(!m_db.inTransaction());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Only the newest code of the phone and purpose counts.
    const Result<std::optional<SmsCodeStorage::Code>> newest = SmsCodeStorage(m_db).newest(phone, purposeName(purpose));
    if (!newest)
        return newest.error();
    if (!newest->has_value())
        return codeInvalid();
    const SmsCodeStorage::Code &c = *newest.value();
    const QString &stored = c.codeHash;
    if (c.used || c.expiresAt <= now || c.triesLeft <= 0)
        return codeInvalid();   // used, expired or out of tries: nothing left to count

    const QString salt = stored.section(QLatin1Char(':'), 0, 0);
    if (!Crypto::constantTimeEquals(stored.toLatin1(), codeHash(salt, phone, purpose, code).toLatin1())) {
        // One statement: concurrent wrong tries each count.
        if (const Result<bool> counted = SmsCodeStorage(m_db).takeTry(c.id); !counted)
            return counted.error();
        qCInfo(lcSms).noquote() << "wrong SMS code for" << purposeName(purpose) << "from" << SmsSender::maskPhone(phone);
        return codeInvalid();
    }
    return Ticket{c.id};
}

Status SmsCodeService::spendTry(const Ticket &ticket)
{
    Q_ASSERT(!m_db.inTransaction());
    const Result<bool> taken = SmsCodeStorage(m_db).takeTry(ticket.codeId);
    if (!taken)
        return taken.error();
    if (!taken.value())
        return codeInvalid();
    return Done{};
}

Status SmsCodeService::consume(const Ticket &ticket)
{
    Q_ASSERT(m_db.inTransaction());
    // Used once: of two requests with the same code only one changes the row.
    // A newer code of the same phone and purpose replaces this one.
    const Result<bool> used = SmsCodeStorage(m_db).use(ticket.codeId, QDateTime::currentMSecsSinceEpoch());
    if (!used)
        return used.error();
    if (!used.value())
        return codeInvalid();
    return Done{};
}

void SmsCodeService::purgeExpired()
{
    // Kept for a day after creation: the daily limit counts them.
    SmsCodeStorage(m_db).purgeCreatedUpTo(QDateTime::currentMSecsSinceEpoch() - DayMs);
}

} // namespace zc::server
