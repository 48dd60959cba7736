#include "server/units/UnitService.h"

#include "server/feed/AuditLog.h"
#include "server/roles/RoleDetails.h"
#include "server/storage/ApiTokenStorage.h"
#include "server/storage/Database.h"
#include "server/storage/Directory.h"
#include "server/storage/ChangeStorage.h"
#include "server/storage/RegistryStorage.h"
#include "server/storage/RoleStorage.h"
#include "server/storage/UnitStorage.h"
#include "server/Logging.h"
#include "models/PermissionCatalog.h"
#include "models/Validators.h"

#include <QDateTime>
#include <QMap>

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
        const Actor actor = session.actor();
        if (const Status audited = m_audit.record({unit.id, actor, QStringLiteral("unit.authenticate"),
                                                   QStringLiteral("unit"), unit.id,
                                                   QStringLiteral("角色认证：%1（单位编号 %2）")
                                                       .arg(kindTitle(*kind), unitCode)});
            !audited)
            return audited;
        if (const Status pruned = pruneRoles(unit.id, *kind, actor); !pruned)
            return pruned;
        return pruneTokens(unit.id, *kind, actor);
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

Status UnitService::pruneRoles(qint64 unitId, Unit::Kind kind, const Actor &actor)
{
    // The unit's roles keep only the menus of its new kind: each role so
    // changed gets a new version (stamped for the change feed) and one audit
    // event; the others are not touched.
    RoleStorage roles(m_db);
    const auto held = roles.codesOfUnit(unitId);
    if (!held)
        return held.error();
    const PermissionCatalog &catalog = PermissionCatalog::builtInFor(kind);
    QMap<qint64, QPair<QString, QStringList>> dropped;   // role id → (name, codes it loses)
    for (const RoleStorage::HeldCode &h : held.value()) {
        if (catalog.isLeaf(h.code))
            continue;
        dropped[h.roleId].first = h.roleName;
        dropped[h.roleId].second.append(h.code);
    }
    if (dropped.isEmpty())
        return Done{};
    ChangeStorage changes(m_db);
    const Result<qint64> seq = changes.nextSeq();
    if (!seq)
        return seq.error();
    for (auto it = dropped.cbegin(); it != dropped.cend(); ++it) {
        // The role as it was, for the event's details (before/after).
        const auto row = roles.inUnit(unitId, it.key());
        if (!row)
            return row.error();
        if (!row->has_value())
            return internalError();
        const Role &before = row->value().role;
        QStringList kept = before.permissions;
        for (const QString &code : it->second) {
            kept.removeAll(code);
            if (const Status st = roles.removePermission(it.key(), code); !st)
                return st;
        }
        if (const Status st = changes.touchRole(it.key(), seq.value()); !st)
            return st;
        const Status audited = m_audit.record(
            {unitId, actor, QStringLiteral("role.update"), QStringLiteral("role"), it.key(),
             QStringLiteral("单位类型变更为%1：角色“%2”移除 %3 项不适用的菜单权限")
                 .arg(kindTitle(kind), it->first)
                 .arg(it->second.size())},
            RoleDetails::updated(RoleDetails::state(before),
                                 RoleDetails::state(before.name, before.remark, kept)));
        if (!audited)
            return audited;
    }
    qCInfo(lcAuth) << "unit" << unitId << "changed kind:" << dropped.size() << "role(s) lost menus of the old kind";
    return Done{};
}

Status UnitService::pruneTokens(qint64 unitId, Unit::Kind kind, const Actor &actor)
{
    // Like the roles: each live token that held leaves of the old kind loses
    // them, with one api_token.update event; revoked tokens keep their history.
    ApiTokenStorage tokens(m_db);
    const auto held = tokens.liveCodesOfUnit(unitId);
    if (!held)
        return held.error();
    const PermissionCatalog &catalog = PermissionCatalog::builtInFor(kind);
    QMap<qint64, QPair<QString, QStringList>> dropped;   // token id → (name, codes it loses)
    for (const ApiTokenStorage::HeldCode &h : held.value()) {
        if (catalog.isLeaf(h.code))
            continue;
        dropped[h.tokenId].first = h.tokenName;
        dropped[h.tokenId].second.append(h.code);
    }
    for (auto it = dropped.cbegin(); it != dropped.cend(); ++it) {
        for (const QString &code : it->second)
            if (const Status st = tokens.removePermission(it.key(), code); !st)
                return st;
        const Status audited = m_audit.record(
            {unitId, actor, QStringLiteral("api_token.update"), QStringLiteral("api_token"), it.key(),
             QStringLiteral("单位类型变更为%1：接口令牌“%2”移除 %3 项不适用的菜单权限")
                 .arg(kindTitle(kind), it->first)
                 .arg(it->second.size())});
        if (!audited)
            return audited;
    }
    if (!dropped.isEmpty())
        qCInfo(lcAuth) << "unit" << unitId << "changed kind:" << dropped.size() << "API token(s) lost menus of the old kind";
    return Done{};
}

Result<QList<Institution>> UnitService::institutions(const AuthSession &session)
{
    if (!session.view.unit || session.view.unit->kind != Unit::Kind::MedicalInstitution)
        return QList<Institution>{};
    return m_directory.institutionsOfUscc(session.view.unit->uscc);
}

} // namespace zc::server
