#include "server/units/UnitService.h"

#include "server/feed/AuditLog.h"
#include "server/storage/Database.h"
#include "server/storage/Directory.h"
#include "server/storage/RegistryStorage.h"
#include "server/storage/UnitStorage.h"
#include "server/Logging.h"
#include "models/Validators.h"

#include <QDateTime>

namespace zc::server {

namespace {

QString kindTitle(Unit::Kind kind)
{
    switch (kind) {
    case Unit::Kind::MedicalInstitution: return QStringLiteral("医疗机构");
    case Unit::Kind::Manufacturer: return QStringLiteral("生产企业");
    case Unit::Kind::Distributor: return QStringLiteral("配送企业");
    case Unit::Kind::None: break;
    }
    return {};
}

} // namespace

UnitService::UnitService(Database &db, Directory &directory, AuditLog &audit)
    : m_db(db), m_directory(directory), m_audit(audit)
{
}

Result<Unit> UnitService::authenticate(const AuthSession &session, const QString &kindText, const QString &unitCodeText)
{
    const std::optional<Unit::Kind> kind = Unit::kindFromString(kindText);
    if (!kind || *kind == Unit::Kind::None)
        return apiError(400, ErrorCode::InvalidField, QStringLiteral("kind"));
    const QString unitCode = validate::normalizeCode(unitCodeText);
    if (validate::unitCode(unitCode) != ValidationError::None)
        return apiError(400, ErrorCode::InvalidField, QStringLiteral("unit_code"));
    if (!session.view.unit || !session.view.account)
        return internalError();   // the router lets only a unit's main account in
    const Unit unit = *session.view.unit;
    const QString kindName = Unit::kindToString(*kind);

    // The registry ties a unit code to one USCC and one kind.
    const Result<bool> listed = RegistryStorage(m_db).hasInsuranceUnit(unitCode, unit.uscc, kindName);
    if (!listed)
        return listed.error();
    if (!listed.value()) {
        qCInfo(lcAuth) << "unit authentication refused: unit code not in the registry for unit" << unit.id;
        return apiError(422, ErrorCode::UnitCodeMismatch, QStringLiteral("unit_code"));
    }
    if (unit.verified && unit.kind == *kind && unit.unitCode == unitCode)
        return unit;   // nothing changes, nothing to record

    const Status done = m_db.transaction<Done>([&]() -> Status {
        const Result<bool> updated =
            UnitStorage(m_db).authenticate(unit.id, kindName, unitCode, QDateTime::currentMSecsSinceEpoch());
        if (!updated)
            return updated.error();
        if (!updated.value())
            return apiError(409, ErrorCode::Conflict, QStringLiteral("unit_code"));   // another unit holds the code
        const Account &actor = *session.view.account;
        return m_audit.record({unit.id, actor.id, actor.name, QStringLiteral("unit.authenticate"),
                               QStringLiteral("unit"), unit.id,
                               QStringLiteral("角色认证：%1（单位编号 %2）").arg(kindTitle(*kind), unitCode)});
    });
    if (!done)
        return done.error();
    qCInfo(lcAuth).noquote() << "unit" << unit.id << "authenticated as" << kindName;
    const auto fresh = m_directory.unit(unit.id);
    if (!fresh)
        return fresh.error();
    if (!fresh->has_value())
        return internalError();
    return fresh->value();
}

} // namespace zc::server
