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

namespace {

Result<std::optional<qint64>> idOf(std::optional<SqlRows> rows)
{
    if (!rows)
        return internalError();
    if (rows->isEmpty())
        return std::optional<qint64>();
    return std::optional<qint64>(rows->scalar().toLongLong());
}

Result<qint64> newId(std::optional<SqlRows> rows)
{
    if (!rows || rows->isEmpty())
        return internalError();
    return rows->scalar().toLongLong();
}

} // namespace

Result<std::optional<qint64>> RegistryStorage::idOfLegalPerson(const QString &uscc)
{
    return idOf(m_db.run(QStringLiteral("SELECT id FROM legal_persons WHERE uscc = ?"), {uscc}));
}

Result<qint64> RegistryStorage::insertLegalPerson(const QString &uscc, const LegalPerson &p)
{
    return newId(m_db.run(QStringLiteral("INSERT INTO legal_persons (uscc, name, legal_rep_name, legal_rep_id_number)"
                                         " VALUES (?, ?, ?, ?) RETURNING id"),
                          {uscc, p.name, p.legalRepName, p.legalRepIdNumber}));
}

Result<std::optional<qint64>> RegistryStorage::idOfInsuranceUnit(const QString &unitCode)
{
    return idOf(m_db.run(QStringLiteral("SELECT id FROM insurance_units WHERE unit_code = ?"), {unitCode}));
}

Result<qint64> RegistryStorage::insertInsuranceUnit(const QString &unitCode, const QString &uscc, const QString &kind)
{
    return newId(m_db.run(QStringLiteral("INSERT INTO insurance_units (unit_code, uscc, kind) VALUES (?, ?, ?)"
                                         " RETURNING id"),
                          {unitCode, uscc, kind}));
}

Result<std::optional<qint64>> RegistryStorage::idOfInstitution(const QString &code)
{
    return idOf(m_db.run(QStringLiteral("SELECT id FROM institutions WHERE code = ?"), {code}));
}

Result<qint64> RegistryStorage::insertInstitution(const Institution &i)
{
    return newId(m_db.run(QStringLiteral("INSERT INTO institutions (code, name, uscc, level, address)"
                                         " VALUES (?, ?, ?, ?, ?) RETURNING id"),
                          {i.code, i.name, i.uscc, i.level, i.address}));
}

} // namespace zc::server
