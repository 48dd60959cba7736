#include "server/auth/PasswordResetService.h"

#include "server/feed/AuditLog.h"
#include "server/storage/AccountStorage.h"
#include "server/storage/CredentialStorage.h"
#include "server/storage/SessionStorage.h"
#include "server/storage/Database.h"
#include "server/Logging.h"
#include "server/auth/LoginThrottle.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/PasswordScreen.h"
#include "server/sms/SmsCodeService.h"
#include "server/sms/SmsSender.h"
#include "models/Validators.h"

#include <QDateTime>

namespace zc::server {

PasswordResetService::PasswordResetService(Database &db, AccountStorage &accounts, SmsCodeService &sms,
                                           const PasswordHasher &hasher, LoginThrottle &throttle, AuditLog &audit)
    : m_db(db), m_accounts(accounts), m_sms(sms), m_hasher(hasher), m_throttle(throttle), m_audit(audit)
{
}

Status PasswordResetService::reset(const Reset &input)
{
    const QString phone = input.phone.trimmed();
    const QString code = input.smsCode.trimmed();
    const QString login = validate::normalizeLogin(input.login);
    if (validate::phone(phone) != ValidationError::None)
        return apiError(400, ErrorCode::InvalidField, QStringLiteral("phone"));
    if (!SmsCodeService::isWellFormed(code))
        return apiError(400, ErrorCode::InvalidField, QStringLiteral("sms_code"));
    if (!input.login.isEmpty() && validate::mainLogin(login) != ValidationError::None)
        return apiError(400, ErrorCode::InvalidField, QStringLiteral("login"));
    if (const std::optional<ApiError> weak = PasswordScreen::refusal(
            input.newPassword, {login.isEmpty() ? phone : login, {phone}, {}}, QStringLiteral("new_password")))
        return *weak;

    const Result<SmsCodeService::Ticket> ticket = m_sms.verify(phone, SmsCodeService::Purpose::ResetPassword, code);
    if (!ticket)
        return ticket.error();

    // The credentials: a main account's own (by login and its registered
    // phone), or the phone's handler credentials.
    std::optional<qint64> credential;
    if (login.isEmpty()) {
        const auto handler = CredentialStorage(m_db).idOfPhone(phone);
        if (!handler)
            return handler.error();
        credential = handler.value();
    } else {
        const auto main = CredentialStorage(m_db).idOfMainLogin(login, phone);
        if (!main)
            return main.error();
        credential = main.value();
    }
    if (!credential) {
        // Telling that no such account exists costs the code a try.
        if (const Status spent = m_sms.spendTry(ticket.value()); !spent)
            return spent.error();
        return apiError(404, ErrorCode::NotFound, login.isEmpty() ? QStringLiteral("phone") : QStringLiteral("login"));
    }
    const qint64 credentialId = *credential;
    const QString loginKey = LoginThrottle::keyFor(login.isEmpty() ? phone : login);

    const QString hash = m_hasher.hash(input.newPassword);
    if (hash.isEmpty())
        return internalError();
    const Status done = m_db.transaction<Done>([&]() -> Status {
        if (const Status used = m_sms.consume(ticket.value()); !used)
            return used.error();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (const Status set = CredentialStorage(m_db).setPassword(credentialId, hash, false, now); !set)
            return set;
        const Result<int> revoked = SessionStorage(m_db).removeOfCredential(credentialId);
        if (!revoked)
            return revoked.error();
        if (const Status cleared = m_throttle.clear(loginKey); !cleared)
            return cleared.error();
        const Result<QList<AccountStorage::Holder>> accounts = m_accounts.ofCredential(credentialId);
        if (!accounts)
            return accounts.error();
        for (const AccountStorage::Holder &a : accounts.value()) {
            const Status audited = m_audit.record({a.unitId, Actor::account(a.id, a.name),
                                                   QStringLiteral("account.reset_password"),
                                                   QStringLiteral("account"), a.id,
                                                   QStringLiteral("通过短信验证码重置密码")});
            if (!audited)
                return audited.error();
        }
        if (revoked.value() > 0)
            qCInfo(lcAuth) << "password reset revoked" << revoked.value() << "session(s) of credential"
                           << credentialId;
        return Done{};
    });
    if (done)
        qCInfo(lcAuth).noquote() << "password reset by SMS: credential" << credentialId << "phone"
                                 << SmsSender::maskPhone(phone);
    return done;
}

} // namespace zc::server
