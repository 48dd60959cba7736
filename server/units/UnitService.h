#pragma once

#include "server/auth/AuthSession.h"
#include "server/Result.h"
#include "models/Institution.h"
#include "models/Unit.h"

#include <QList>

#include <QString>

namespace zc::server {

class AuditLog;
class Database;
class Directory;

// 角色认证 (POST /unit/authentication): the main account states its unit's
// kind and medical-insurance unit code (单位编号); both must be the
// medical-insurance unit registry's entry for the unit's USCC.
class UnitService
{
public:
    UnitService(Database &db, Directory &directory, AuditLog &audit);

    // 400 invalid_field (kind, unit_code), 422 unit_code_mismatch. Sets kind,
    // unit_code and verified, and records unit.authenticate; the unit's roles
    // keep only the menus of the new kind (each so changed: a new version and
    // a role.update event), and so do its live API tokens (each so changed: an
    // api_token.update event). Stating what the unit already has changes
    // nothing. Returns the unit.
    [[nodiscard]] Result<Unit> authenticate(const AuthSession &session, const QString &kind, const QString &unitCode);

    // GET /unit/institutions: the medical institutions of the caller's unit
    // (those of its USCC in the registry), for naming a handler's choice;
    // none for another kind of unit or one not yet authenticated.
    [[nodiscard]] Result<QList<Institution>> institutions(const AuthSession &session);

private:
    // Drop from the unit's roles / live API tokens what its new kind does not
    // serve (in the caller's transaction).
    [[nodiscard]] Status pruneRoles(qint64 unitId, Unit::Kind kind, const Actor &actor);
    [[nodiscard]] Status pruneTokens(qint64 unitId, Unit::Kind kind, const Actor &actor);

    Database &m_db;
    Directory &m_directory;
    AuditLog &m_audit;
};

} // namespace zc::server
