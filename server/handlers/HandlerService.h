#pragma once

#include "server/auth/AuthSession.h"
#include "server/http/IfMatch.h"
#include "server/http/ListPage.h"
#include "server/Result.h"
#include "models/Account.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace zc::server {

class AccountStorage;
class AuditLog;
class ChangeStorage;
class Database;
class LoginThrottle;
class PasswordHasher;
class SessionService;
class SmsCodeService;
class SmsSender;
class UnitScope;

// The handlers of a unit (单位经办人): list, add with an SMS code, rename,
// disable / enable / unlock, password reset by SMS, delete, offboarding
// (离职处理: disable, unassign and sign out at once). Every write is one
// transaction with its audit event and change-feed stamps, and the text
// message it sends is handed to the sender last inside it (the webhook sender
// queues it in the same transaction; nothing is sent for a write that fails).
// The unit's main account is never a handler here: 422 main_account_immutable.
class HandlerService
{
public:
    HandlerService(Database &db, AccountStorage &storage, UnitScope &scope, ChangeStorage &changes, AuditLog &audit,
                   SessionService &sessions, LoginThrottle &throttle, SmsCodeService &smsCodes, SmsSender &sms,
                   const PasswordHasher &hasher);

    struct ListQuery
    {
        int page = 1;
        int size = 10;
        QString q;                                // login, name or phone contains
        std::optional<Account::Status> status;
    };
    // The page as JSON (written straight from the rows).
    [[nodiscard]] Result<QByteArray> list(const AuthSession &caller, const ListQuery &query);

    // phone and name checked by the route; the code is checked here (422
    // sms_code_invalid, a try counted), then 409 login_taken for a phone that is
    // already a handler of the unit; the code is used up only on success.
    [[nodiscard]] Result<Account> add(const AuthSession &caller, const QString &phone, const QString &name,
                                      const QString &smsCode);
    // status: Active or Disabled (the route refuses Locked).
    [[nodiscard]] Result<Account> update(const AuthSession &caller, qint64 accountId,
                                         const std::optional<QString> &name,
                                         const std::optional<Account::Status> &status, const IfMatch &ifMatch);
    [[nodiscard]] Status resetPassword(const AuthSession &caller, qint64 accountId);
    [[nodiscard]] Status remove(const AuthSession &caller, qint64 accountId, const IfMatch &ifMatch);

    // 离职处理: POST /handlers/{id}/offboarding's answer.
    struct Offboarding
    {
        struct RemovedRole
        {
            qint64 id = 0;
            QString name;
        };
        Account account;                 // after
        QList<RemovedRole> removedRoles; // by id
        int revokedSessions = 0;
        bool alreadyOffboarded = false;  // nothing changed

        [[nodiscard]] QJsonObject toJson() const;
    };
    // In one transaction: disabled, every assignment gone, the account's sessions
    // revoked, one account.offboard event; a repeat changes nothing. 422
    // main_account_immutable for the main account, 409 conflict for the caller itself.
    [[nodiscard]] Result<Offboarding> offboard(const AuthSession &caller, qint64 accountId);

private:
    Result<Account> reload(const AuthSession &caller, qint64 accountId);

    Database &m_db;
    AccountStorage &m_storage;
    UnitScope &m_scope;
    ChangeStorage &m_changes;
    AuditLog &m_audit;
    SessionService &m_sessions;
    LoginThrottle &m_throttle;
    SmsCodeService &m_smsCodes;
    SmsSender &m_sms;
    const PasswordHasher &m_hasher;
};

} // namespace zc::server
