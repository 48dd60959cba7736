#include "server/auth/AuthService.h"

#include "server/feed/AuditLog.h"
#include "server/auth/CaptchaService.h"
#include "server/storage/AccountStorage.h"
#include "server/storage/ChangeStorage.h"
#include "server/storage/CredentialStorage.h"
#include "server/storage/SessionStorage.h"
#include "server/storage/Database.h"
#include "server/storage/Directory.h"
#include "server/Logging.h"
#include "server/auth/LoginThrottle.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/PasswordScreen.h"
#include "server/auth/SessionService.h"
#include "models/Validators.h"

#include <QDateTime>

#include <algorithm>
#include <optional>

namespace zc::server {

namespace {

ApiError locked(int seconds)
{
    ApiError e = apiError(423, ErrorCode::AccountLocked);
    e.retryAfter = seconds;
    return e;
}

// What to answer when LoginThrottle found the key locked (423 with the seconds
// left) or could not tell (its error); nullopt when the key is free.
std::optional<ApiError> refusedIfLocked(const Result<int> &secondsLocked)
{
    if (!secondsLocked)
        return secondsLocked.error();
    if (secondsLocked.value() > 0)
        return locked(secondsLocked.value());
    return std::nullopt;
}

} // namespace

AuthService::AuthService(Database &db, Directory &directory, AccountStorage &accounts, SessionService &sessions,
                         LoginThrottle &throttle, CaptchaService &captchas, const PasswordHasher &hasher, AuditLog &audit,
                         ChangeStorage &changes)
    : m_db(db), m_directory(directory), m_accounts(accounts), m_sessions(sessions), m_throttle(throttle),
      m_captchas(captchas), m_hasher(hasher), m_audit(audit), m_changes(changes)
{
}

Result<AuthService::SignedIn> AuthService::login(const Credentials &c)
{
    // A captcha is used up by any attempt, right or wrong; a wrong one is not
    // a login failure (the password was never looked at).
    const Result<bool> captcha = m_captchas.consume(c.captchaId, c.captchaAnswer);
    if (!captcha)
        return captcha.error();
    if (!captcha.value())
        return apiError(422, ErrorCode::CaptchaInvalid, QStringLiteral("captcha_answer"));

    const QString key = LoginThrottle::keyFor(c.login);
    if (const std::optional<ApiError> refused = refusedIfLocked(m_throttle.lockedFor(key)))
        return *refused;

    // Handlers sign in with their phone, main accounts with their login name.
    qint64 credentialId = 0;
    qint64 accountId = 0;       // 0 while a phone with several units has to choose
    QString hash;
    bool active = false;
    if (validate::phone(key) == ValidationError::None) {
        const auto cred = CredentialStorage(m_db).ofPhone(key);
        const Result<QList<qint64>> memberships = m_accounts.activeHandlerIds(key);
        if (!cred || !memberships)
            return internalError();
        if (cred->has_value()) {
            credentialId = cred->value().id;
            hash = cred->value().passwordHash;
            active = !memberships->isEmpty();
            if (memberships->size() == 1)
                accountId = memberships->constFirst();
        }
    } else {
        const auto main = CredentialStorage(m_db).ofMainLogin(key);
        if (!main)
            return main.error();
        if (main->has_value()) {
            const CredentialStorage::MainFound &found = main->value();
            accountId = found.accountId;
            active = found.active;
            credentialId = found.credential.id;
            hash = found.credential.passwordHash;
        }
    }

    bool passwordOk = false;
    if (credentialId > 0)
        passwordOk = m_hasher.verify(hash, c.password);
    else
        m_hasher.verifyDummy(c.password);   // same time as a wrong password
    if (!passwordOk || !active) {
        if (const std::optional<ApiError> refused = refusedIfLocked(m_throttle.recordFailure(key)))
            return *refused;
        qCInfo(lcAuth) << "sign-in refused (invalid credentials)";
        return apiError(401, ErrorCode::InvalidCredentials);
    }

    // Argon2 parameters changed since this hash was made: store a fresh one.
    const QString rehashed = m_hasher.needsRehash(hash) ? m_hasher.hash(c.password) : QString();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Result<QString> token = m_db.transaction<QString>([&]() -> Result<QString> {
        if (const std::optional<ApiError> refused = refusedIfLocked(m_throttle.lockedFor(key)))
            return *refused;
        const Status cleared = m_throttle.clear(key);
        if (!cleared)
            return cleared.error();
        if (!rehashed.isEmpty()) {
            if (const Status st = CredentialStorage(m_db).setPassword(credentialId, rehashed, std::nullopt, now); !st)
                return st.error();
            qCInfo(lcAuth) << "password hash of credential" << credentialId << "renewed with the current Argon2 parameters";
        }
        // A sign-in is no change of the account (no version bump).
        if (accountId > 0) {
            if (const Status st = m_accounts.setLastLogin(accountId, now); !st)
                return st.error();
        }
        return m_sessions.create(credentialId, accountId, key);
    });
    if (!token)
        return token.error();
    Result<AuthSession> session = m_sessions.resolve(token.value());
    if (!session)
        return session.error();
    qCInfo(lcAuth) << "signed in: credential" << credentialId << "session" << session->sessionId;
    return SignedIn{token.take(), session.take()};
}

Status AuthService::logout(const AuthSession &s)
{
    const Status r = m_sessions.revoke(s.sessionId);
    if (r)
        qCInfo(lcAuth) << "signed out: session" << s.sessionId;
    return r;
}

Status AuthService::changePassword(const AuthSession &s, const QString &oldPassword, const QString &newPassword)
{
    // Field rules first: a weak new password is reported before the old one is checked.
    PasswordScreen::Context known{s.loginKey, {s.credentialPhone}, oldPassword};
    if (s.view.account)
        known.ownWords << s.view.account->phone << s.view.account->name;
    if (s.view.unit)
        known.ownWords << s.view.unit->name;
    if (const std::optional<ApiError> weak = PasswordScreen::refusal(newPassword, known, QStringLiteral("new_password")))
        return *weak;
    if (const std::optional<ApiError> refused = refusedIfLocked(m_throttle.lockedFor(s.loginKey)))
        return *refused;

    const auto stored = CredentialStorage(m_db).passwordHash(s.credentialId);
    if (!stored)
        return stored.error();
    if (!stored->has_value() || !m_hasher.verify(*stored.value(), oldPassword)) {
        if (const std::optional<ApiError> refused = refusedIfLocked(m_throttle.recordFailure(s.loginKey)))
            return *refused;
        return apiError(422, ErrorCode::WrongPassword, QStringLiteral("old_password"));
    }
    const QString hash = m_hasher.hash(newPassword);
    if (hash.isEmpty())
        return internalError();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Status done = m_db.transaction<Done>([&]() -> Status {
        if (const std::optional<ApiError> refused = refusedIfLocked(m_throttle.lockedFor(s.loginKey)))
            return *refused;
        if (const Status set = CredentialStorage(m_db).setPassword(s.credentialId, hash, false, now); !set)
            return set;
        Status st = m_sessions.revokeOthers(s.credentialId, s.sessionId);
        if (st)
            st = m_throttle.clear(s.loginKey);
        if (st && s.view.account && s.view.unit) {
            st = m_audit.record({s.view.unit->id, s.actor(), QStringLiteral("account.change_password"), QStringLiteral("account"),
                                 s.view.account->id, QStringLiteral("修改密码")});
        }
        return st;
    });
    if (done)
        qCInfo(lcAuth) << "password changed: credential" << s.credentialId;
    return done;
}

Result<AuthSession> AuthService::chooseUnit(const AuthSession &s, qint64 unitId)
{
    // The units this session could be in: a phone's active memberships, or a main account's own unit.
    QList<Unit> options;
    if (!s.credentialPhone.isEmpty()) {
        auto units = m_directory.activeHandlerUnits(s.credentialPhone);
        if (!units)
            return units.error();
        options = units.take();
    } else if (s.view.unit) {
        options.append(*s.view.unit);
    }
    const bool known = std::any_of(options.cbegin(), options.cend(), [unitId](const Unit &u) { return u.id == unitId; });
    if (!known)
        return apiError(404, ErrorCode::NotFound, QStringLiteral("unit_id"));
    if (!s.view.unitChoiceRequired)
        return apiError(409, ErrorCode::NoChoicePending);

    const Result<std::optional<qint64>> account = m_accounts.activeHandlerId(unitId, s.credentialPhone);
    if (!account)
        return account.error();
    if (!account->has_value())
        return apiError(404, ErrorCode::NotFound, QStringLiteral("unit_id"));
    const qint64 accountId = account->value();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Status chosen = m_db.transaction<Done>([&]() -> Status {
        const Result<bool> updated = SessionStorage(m_db).chooseAccount(s.sessionId, accountId);
        if (!updated)
            return updated.error();
        if (!updated.value())
            return apiError(409, ErrorCode::NoChoicePending);
        return m_accounts.setLastLogin(accountId, now);
    });
    if (!chosen)
        return chosen.error();
    return m_sessions.reload(s.sessionId);
}

Result<AuthSession> AuthService::chooseInstitution(const AuthSession &s, qint64 institutionId)
{
    if (s.view.unitChoiceRequired || !s.view.unit || !s.view.account)
        return apiError(403, ErrorCode::UnitChoiceRequired);
    const Unit &unit = *s.view.unit;
    const Account &account = *s.view.account;

    // Existence first (404), then the state (409), as API.md orders them.
    auto institutions = m_directory.institutionsOfUscc(unit.uscc);
    if (!institutions)
        return institutions.error();
    const auto it = std::find_if(institutions->cbegin(), institutions->cend(),
                                 [institutionId](const Institution &i) { return i.id == institutionId; });
    if (it == institutions->cend())
        return apiError(404, ErrorCode::NotFound, QStringLiteral("institution_id"));
    if (account.institutionId != 0)
        return apiError(409, ErrorCode::InstitutionAlreadyChosen);
    if (!s.view.institutionChoiceRequired)
        return apiError(409, ErrorCode::NoChoicePending);

    const Institution chosenInstitution = *it;
    const Status chosen = m_db.transaction<Done>([&]() -> Status {
        const Result<qint64> seq = m_changes.nextSeq();
        if (!seq)
            return seq.error();
        // The permanent choice: of concurrent attempts exactly one row update
        // succeeds, whatever the number of processes (the database decides).
        const Result<bool> updated = m_accounts.chooseInstitution(account.id, institutionId, seq.value(),
                                                                  QDateTime::currentMSecsSinceEpoch());
        if (!updated)
            return updated.error();
        if (!updated.value())
            return apiError(409, ErrorCode::InstitutionAlreadyChosen);
        return m_audit.record({unit.id, Actor::account(account.id, account.name),
                               QStringLiteral("account.choose_institution"),
                               QStringLiteral("account"), account.id,
                               QStringLiteral("选择医疗机构：%1（%2）").arg(chosenInstitution.name, chosenInstitution.code)});
    });
    if (!chosen)
        return chosen.error();
    qCInfo(lcAuth) << "institution" << institutionId << "chosen for account" << account.id;
    return m_sessions.reload(s.sessionId);
}

} // namespace zc::server
