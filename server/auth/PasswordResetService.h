#pragma once

#include "server/Result.h"

#include <QString>

namespace zc::server {

class AccountStorage;
class AuditLog;
class Database;
class LoginThrottle;
class PasswordHasher;
class SmsCodeService;

// POST /password-resets: a new password for the credentials of a phone,
// proven by an SMS code of purpose "reset_password" sent to that phone:
// - without login: the handler credentials of the phone (one password for
//   every unit the phone is a handler of);
// - with login: the main account of that login, if the phone is its
//   registered phone (a main account has its own credentials).
// Every session of the credentials is revoked, a forced change is cleared,
// the login's failure count and lock are forgotten, and each account of the
// credentials gets account.reset_password in its unit's audit trail.
class PasswordResetService
{
public:
    struct Reset
    {
        QString phone;
        QString smsCode;
        QString newPassword;     // as sent
        QString login;           // empty: the phone's handler credentials
    };

    PasswordResetService(Database &db, AccountStorage &accounts, SmsCodeService &sms, const PasswordHasher &hasher,
                         LoginThrottle &throttle, AuditLog &audit);

    // 400 invalid_field, 422 weak_password, 422 sms_code_invalid, then 404
    // not_found when the phone (or the login with that phone) has no
    // credentials — looked up only once the code proved the phone, so the
    // endpoint tells nobody else which phones have accounts.
    [[nodiscard]] Status reset(const Reset &request);

private:
    Database &m_db;
    AccountStorage &m_accounts;
    SmsCodeService &m_sms;
    const PasswordHasher &m_hasher;
    LoginThrottle &m_throttle;
    AuditLog &m_audit;
};

} // namespace zc::server
