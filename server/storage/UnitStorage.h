#pragma once

#include "server/Result.h"

#include <QString>

#include <optional>

namespace zc::server {

class Database;

// Every write on the units table and the lookup by USCC; units in the API's
// shape are read through Directory. A view over a thread's Database: cheap to
// make where it is needed.
class UnitStorage
{
public:
    explicit UnitStorage(Database &db) : m_db(db) {}

    struct NewUnit
    {
        QString uscc;
        QString name;
        QString kind;                 // empty: not authenticated yet (NULL), with unitCode
        QString unitCode;
        QString region;
        QString registrationMethod;   // legal_person_db | e_license | seed
    };

    [[nodiscard]] Result<std::optional<qint64>> idOfUscc(const QString &uscc);
    // The new unit's id, verified when it has a kind; nullopt when the USCC
    // (or the unit code) is taken.
    [[nodiscard]] Result<std::optional<qint64>> insert(const NewUnit &unit, qint64 nowMs);
    // 角色认证: sets the unit's kind and unit code and marks it verified; false
    // when another unit holds the unit code. The unit must exist.
    [[nodiscard]] Result<bool> authenticate(qint64 unitId, const QString &kind, const QString &unitCode, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace zc::server
