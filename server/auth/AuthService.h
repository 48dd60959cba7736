#pragma once

#include "server/auth/AuthSession.h"
#include "server/Result.h"

#include <QString>

namespace zc::server {

class AccountStorage;
class AuditLog;
class CaptchaService;
class ChangeStorage;
class Database;
class Directory;
class LoginThrottle;
class PasswordHasher;
class SessionService;

// Signing in and out, changing the password, and the choices a session must
// make (unit, institution). The rules of API.md live here; routes only parse
// and answer.
class AuthService
{
public:
    AuthService(Database &db, Directory &directory, AccountStorage &accounts, SessionService &sessions,
                LoginThrottle &throttle, CaptchaService &captchas, const PasswordHasher &hasher, AuditLog &audit,
                ChangeStorage &changes);

    struct Credentials
    {
        QString login;
        QString password;
        QString captchaId;
        QString captchaAnswer;
    };
    struct SignedIn
    {
        QString token;
        AuthSession session;
    };

    // Captcha (422, used up by any attempt), then lockout (423), then the
    // password: unknown login, wrong password and disabled answer alike (401).
    [[nodiscard]] Result<SignedIn> login(const Credentials &c);
    [[nodiscard]] Status logout(const AuthSession &s);
    // 422 weak_password, 423 account_locked, 422 wrong_password (counts as a failure).
    [[nodiscard]] Status changePassword(const AuthSession &s, const QString &oldPassword, const QString &newPassword);
    [[nodiscard]] Result<AuthSession> chooseUnit(const AuthSession &s, qint64 unitId);
    [[nodiscard]] Result<AuthSession> chooseInstitution(const AuthSession &s, qint64 institutionId);

private:
    Database &m_db;
    Directory &m_directory;
    AccountStorage &m_accounts;
    SessionService &m_sessions;
    LoginThrottle &m_throttle;
    CaptchaService &m_captchas;
    const PasswordHasher &m_hasher;
    AuditLog &m_audit;
    ChangeStorage &m_changes;
};

} // namespace zc::server
