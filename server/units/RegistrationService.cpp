#include "server/units/RegistrationService.h"

#include "server/auth/PasswordScreen.h"
#include "server/feed/AuditLog.h"
#include "server/storage/AccountStorage.h"
#include "server/storage/ChangeStorage.h"
#include "server/storage/CredentialStorage.h"
#include "server/storage/Database.h"
#include "server/storage/Directory.h"
#include "server/storage/RegistryStorage.h"
#include "server/storage/UnitStorage.h"
#include "server/Logging.h"
#include "server/auth/PasswordHasher.h"
#include "server/sms/SmsCodeService.h"
#include "server/sms/SmsSender.h"
#include "models/Validators.h"

#include <QDateTime>

namespace zc::server {

namespace {

ApiError badField(const char *name)
{
    return apiError(400, ErrorCode::InvalidField, QString::fromLatin1(name));
}

QString methodTitle(const QString &method)
{
    return method == QLatin1String("e_license") ? QStringLiteral("电子营业执照") : QStringLiteral("综合法人库");
}

} // namespace

RegistrationService::RegistrationService(Database &db, Directory &directory, AccountStorage &accounts,
                                         SmsCodeService &sms, const PasswordHasher &hasher, AuditLog &audit)
    : m_db(db), m_directory(directory), m_accounts(accounts), m_sms(sms), m_hasher(hasher), m_audit(audit)
{
}

std::optional<ApiError> RegistrationService::checkFields(Registration &r)
{
    if (r.method != QLatin1String("legal_person_db") && r.method != QLatin1String("e_license"))
        return badField("method");
    r.uscc = validate::normalizeCode(r.uscc);
    if (validate::uscc(r.uscc) != ValidationError::None)
        return badField("uscc");
    r.unitName = r.unitName.trimmed();
    if (validate::unitName(r.unitName) != ValidationError::None)
        return badField("unit_name");
    r.legalRepName = r.legalRepName.trimmed();
    if (validate::personName(r.legalRepName) != ValidationError::None)
        return badField("legal_rep_name");
    r.legalRepIdNumber = validate::normalizeCode(r.legalRepIdNumber);
    if (validate::residentId(r.legalRepIdNumber) != ValidationError::None)
        return badField("legal_rep_id_number");
    r.login = validate::normalizeLogin(r.login);
    if (validate::mainLogin(r.login) != ValidationError::None)
        return badField("login");
    r.phone = r.phone.trimmed();
    if (validate::phone(r.phone) != ValidationError::None)
        return badField("phone");
    r.smsCode = r.smsCode.trimmed();
    if (!SmsCodeService::isWellFormed(r.smsCode))
        return badField("sms_code");
    // The password's strength last: every malformed field is reported first.
    return PasswordScreen::refusal(r.password, {r.login, {r.phone, r.unitName, r.legalRepName}, {}},
                                   QStringLiteral("password"));
}

Result<Account> RegistrationService::registerUnit(const Registration &input)
{
    Registration r = input;
    if (const auto problem = checkFields(r))
        return *problem;

    const Result<SmsCodeService::Ticket> ticket = m_sms.verify(r.phone, SmsCodeService::Purpose::Register, r.smsCode);
    if (!ticket)
        return ticket.error();

    // All four legal-person fields must match the registry's entry for the USCC.
    const Result<std::optional<RegistryStorage::LegalPerson>> person = RegistryStorage(m_db).legalPerson(r.uscc);
    if (!person)
        return person.error();
    if (!person->has_value() || person->value().name != r.unitName || person->value().legalRepName != r.legalRepName
        || person->value().legalRepIdNumber != r.legalRepIdNumber) {
        qCInfo(lcAuth) << "registration refused: legal-person registry mismatch";
        return apiError(422, ErrorCode::LegalPersonMismatch);
    }

    // State before the (slow) hash; checked again under the write lock.
    const auto conflicts = [&]() -> std::optional<ApiError> {
        const Result<std::optional<qint64>> unit = UnitStorage(m_db).idOfUscc(r.uscc);
        const Result<std::optional<qint64>> login = m_accounts.idOfMainLogin(r.login);
        if (!unit || !login)
            return internalError();
        if (unit->has_value())
            return apiError(409, ErrorCode::AlreadyRegistered, QStringLiteral("uscc"));
        if (login->has_value())
            return apiError(409, ErrorCode::LoginTaken, QStringLiteral("login"));
        return std::nullopt;
    };
    if (const auto conflict = conflicts()) {
        // Telling whether a login or a unit exists costs the code a try.
        if (const Status spent = m_sms.spendTry(ticket.value()); !spent)
            return spent.error();
        return *conflict;
    }

    const QString hash = m_hasher.hash(r.password);
    if (hash.isEmpty())
        return internalError();

    const Result<qint64> created = m_db.transaction<qint64>([&]() -> Result<qint64> {
        if (const auto conflict = conflicts())
            return *conflict;
        if (const Status used = m_sms.consume(ticket.value()); !used)
            return used.error();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const Result<qint64> seq = ChangeStorage(m_db).nextSeq();
        if (!seq)
            return seq.error();
        const Result<std::optional<qint64>> unit =
            UnitStorage(m_db).insert({r.uscc, r.unitName, QString(), QString(), r.uscc.mid(2, 6), r.method}, now);
        if (!unit)
            return unit.error();
        if (!unit->has_value())
            return apiError(409, ErrorCode::AlreadyRegistered, QStringLiteral("uscc"));
        const qint64 unitId = unit->value();
        const Result<qint64> credential = CredentialStorage(m_db).insert(QString(), hash, false, now);
        if (!credential)
            return credential.error();
        // Without a name key: only handlers are searched by name.
        const Result<std::optional<qint64>> account = m_accounts.insert(
            {unitId, QStringLiteral("unit"), r.login, r.unitName, QString(), r.phone, credential.value(), seq.value()},
            now);
        if (!account)
            return account.error();
        if (!account->has_value())
            return apiError(409, ErrorCode::LoginTaken, QStringLiteral("login"));
        const qint64 accountId = account->value();
        const Status audited = m_audit.record({unitId, Actor::account(accountId, r.unitName),
                                               QStringLiteral("unit.register"),
                                               QStringLiteral("unit"), unitId,
                                               QStringLiteral("法人注册（%1）：%2").arg(methodTitle(r.method), r.unitName)});
        if (!audited)
            return audited.error();
        return accountId;
    });
    if (!created)
        return created.error();

    const auto record = m_directory.account(created.value());
    if (!record)
        return record.error();
    if (!record->has_value())
        return internalError();
    qCInfo(lcAuth).noquote() << "unit registered by" << r.method << "- account" << created.value() << "phone"
                             << SmsSender::maskPhone(r.phone);
    return record->value().account;
}

} // namespace zc::server
