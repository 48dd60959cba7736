#include "server/storage/RegistryStorage.h"

#include "server/storage/Database.h"

namespace zc::server {

Result<std::optional<RegistryStorage::LegalPerson>> RegistryStorage::legalPerson(const QString &uscc)
{
    const auto rows = m_db.run(QStringLiteral("SELECT name, legal_rep_name, legal_rep_id_number FROM legal_persons"
                                              " WHERE uscc = ?"),
                               {uscc});
    if (!rows)
        return internalError();
    if (rows->isEmpty())
        return std::optional<LegalPerson>();
    const QSqlRecord &r = rows->first();
    return std::optional<LegalPerson>(LegalPerson{r.value(0).toString(), r.value(1).toString(), r.value(2).toString()});
}

Result<bool> RegistryStorage::hasInsuranceUnit(const QString &unitCode, const QString &uscc, const QString &kind)
{
    const auto rows = m_db.run(QStringLiteral("SELECT id FROM insurance_units WHERE unit_code = ? AND uscc = ?"
                                              " AND kind = ?"),
                               {unitCode, uscc, kind});
    if (!rows)
        return internalError();
    return !rows->isEmpty();
}

} // namespace zc::server
