#pragma once

#include "server/Result.h"
#include "models/Account.h"

#include <QString>

#include <optional>

namespace zc::server {

class AccountStorage;
class AuditLog;
class Database;
class Directory;
class PasswordHasher;
class SmsCodeService;

// 法人注册 (POST /registrations): a new unit and its main account, checked
// against the legal-person registry (综合法人库), guarded by an SMS code of
// purpose "register" sent to the registering phone. Both methods
// (legal_person_db 综合法人库, e_license 电子营业执照) check the same registry
// here; the method is recorded on the unit.
class RegistrationService
{
public:
    struct Registration
    {
        QString method;               // legal_person_db | e_license
        QString uscc;
        QString unitName;
        QString legalRepName;
        QString legalRepIdNumber;
        QString login;
        QString password;             // as sent (not trimmed)
        QString phone;
        QString smsCode;
    };

    RegistrationService(Database &db, Directory &directory, AccountStorage &accounts, SmsCodeService &sms,
                        const PasswordHasher &hasher, AuditLog &audit);

    // In API.md's order: field rules (400 invalid_field, then 422 weak_password),
    // the SMS code (422 sms_code_invalid), the registry (422
    // legal_person_mismatch), the state (409 already_registered, login_taken);
    // then one transaction writes the unit, the credential and the main account,
    // uses the code up and records unit.register. Returns the main account.
    [[nodiscard]] Result<Account> registerUnit(const Registration &r);

    // The field rules alone (first problem in body order), for routes and tests.
    [[nodiscard]] static std::optional<ApiError> checkFields(Registration &r);

private:
    Database &m_db;
    Directory &m_directory;
    AccountStorage &m_accounts;
    SmsCodeService &m_sms;
    const PasswordHasher &m_hasher;
    AuditLog &m_audit;
};

} // namespace zc::server
