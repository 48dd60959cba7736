#pragma once

#include "server/Result.h"

#include <QString>

#include <optional>

namespace zc::server {

class CaptchaService;
class Database;
class SmsSender;

// SMS verification codes (POST /sms-codes) and their checks, all state in the
// database (table sms_codes), so several server processes behave like one:
// - 6 digits from libsodium, stored only as a salted SHA-256, valid 5 minutes;
// - a newer code for the same phone and purpose replaces the older one;
// - one send per phone per 60 s and 10 per phone per rolling 24 h (429);
// - each wrong code counts one of the code's 5 tries; a code is used up only
//   when the request it guards succeeds (consume() inside that request's
//   write transaction).
//
// How a route guarding a write with a code uses it (e.g. POST /handlers):
//     // after the field rules, existence and the other 4xx checks:
//     const Result<SmsCodeService::Ticket> t = sms.verify(phone, SmsCodeService::Purpose::AddHandler, code);
//     if (!t) return t.error();                 // 422 sms_code_invalid (field sms_code); the try is counted
//     db.transaction<...>([&] {
//         if (const Status s = sms.consume(t.value()); !s) return s.error();   // lost a race: 422 too
//         ... the write ...
//     });
// verify() must be called outside a transaction (it commits the counted try
// itself, so that a failing request cannot roll it back).
class SmsCodeService
{
public:
    static constexpr int CodeDigits = 6;
    static constexpr int LifetimeSeconds = 300;
    static constexpr int ResendSeconds = 60;
    static constexpr int MaxTries = 5;
    static constexpr int DailyLimit = 10;
    static constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

    enum class Purpose { Register, AddHandler, ResetPassword };

    // "register", "add_handler", "reset_password" (API.md); nullopt for anything else.
    [[nodiscard]] static std::optional<Purpose> purposeFromString(const QString &text);
    [[nodiscard]] static QString purposeName(Purpose purpose);
    // Six ASCII digits: the shape of a code. Anything else is a malformed field
    // (400 invalid_field, field sms_code) and never uses up a try.
    [[nodiscard]] static bool isWellFormed(const QString &code);

    // What POST /sms-codes answers (202).
    struct Sent
    {
        int expiresIn = LifetimeSeconds;
        int resendAfter = ResendSeconds;
    };

    // A verified code, to be consumed in the guarded write's transaction.
    struct Ticket
    {
        qint64 codeId = 0;
    };

    SmsCodeService(Database &db, SmsSender &sender, CaptchaService &captchas)
        : m_db(db), m_sender(sender), m_captchas(captchas)
    {
    }

    // POST /sms-codes once its fields passed their rules (phone normalised and
    // valid): uses up the captcha (422 captcha_invalid, field captcha_answer),
    // then checks the rate limits (429 rate_limited with retry_after), then
    // stores and sends a new code.
    [[nodiscard]] Result<Sent> request(const QString &phone, Purpose purpose, const QString &captchaId,
                                       const QString &captchaAnswer);

    // Checks code against the phone's current code for purpose. Wrong, expired,
    // used, out of tries or none sent: 422 sms_code_invalid (field sms_code);
    // a wrong code of a live code uses up one of its tries. Outside transactions.
    [[nodiscard]] Result<Ticket> verify(const QString &phone, Purpose purpose, const QString &code);

    // A request the code let through that fails on something it would reveal
    // (POST /registrations: a login or a unit already there) spends one of the
    // code's tries, as a wrong code does, BEFORE it answers: one code answers
    // at most MaxTries such questions, however many requests race. 422
    // sms_code_invalid when none was left. Outside transactions.
    [[nodiscard]] Status spendTry(const Ticket &ticket);

    // Inside the guarded write's transaction: marks the code used. 422
    // sms_code_invalid when another request used it (or it expired) meanwhile.
    [[nodiscard]] Status consume(const Ticket &ticket);

    // Drops codes older than a day (the rate limits look back one day).
    void purgeExpired();

private:
    [[nodiscard]] static QString codeHash(const QString &salt, const QString &phone, Purpose purpose,
                                          const QString &code);

    Database &m_db;
    SmsSender &m_sender;
    CaptchaService &m_captchas;
};

} // namespace zc::server
