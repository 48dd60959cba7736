#include "server/storage/UnitStorage.h"

#include "server/storage/Database.h"

namespace zc::server {

Result<std::optional<qint64>> UnitStorage::idOfUscc(const QString &uscc)
{
    const auto rows = m_db.run(QStringLiteral("SELECT id FROM units WHERE uscc = ?"), {uscc});
    if (!rows)
        return internalError();
    if (rows->isEmpty())
        return std::optional<qint64>();
    return std::optional<qint64>(rows->scalar().toLongLong());
}

Result<std::optional<qint64>> UnitStorage::insert(const NewUnit &u, qint64 nowMs)
{
    const bool verified = !u.kind.isEmpty();
    bool constraint = false;
    const auto rows = m_db.runAllowingConstraint(
        QStringLiteral("INSERT INTO units (uscc, name, kind, unit_code, verified, region, registration_method,"
                       " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {u.uscc, u.name, verified ? QVariant(u.kind) : Database::nullText(),
         verified ? QVariant(u.unitCode) : Database::nullText(), verified ? 1 : 0, u.region, u.registrationMethod,
         nowMs, nowMs},
        &constraint);
    if (constraint)
        return std::optional<qint64>();
    if (!rows || rows->isEmpty())
        return internalError();
    return std::optional<qint64>(rows->scalar().toLongLong());
}

Result<bool> UnitStorage::authenticate(qint64 unitId, const QString &kind, const QString &unitCode, qint64 nowMs)
{
    bool constraint = false;
    const auto updated = m_db.runAllowingConstraint(
        QStringLiteral("UPDATE units SET kind = ?, unit_code = ?, verified = 1, updated_at = ? WHERE id = ?"),
        {kind, unitCode, nowMs, unitId}, &constraint);
    if (constraint)
        return false;
    if (!updated || updated->rowsAffected != 1)
        return internalError();
    return true;
}

} // namespace zc::server
