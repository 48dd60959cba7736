#pragma once

#include "server/Result.h"

#include <QString>

#include <optional>

namespace zc::server {

class Database;

// The reference data (loaded by --seed): the legal-person registry
// (综合法人库, table legal_persons) and the medical-insurance unit registry
// (table insurance_units) that units are checked against, and the medical
// institutions (table institutions). A view over a thread's Database: cheap
// to make where it is needed.
class RegistryStorage
{
public:
    explicit RegistryStorage(Database &db) : m_db(db) {}

    struct LegalPerson
    {
        QString name;
        QString legalRepName;
        QString legalRepIdNumber;
    };
    // The legal-person registry's entry for the USCC; nullopt without one.
    [[nodiscard]] Result<std::optional<LegalPerson>> legalPerson(const QString &uscc);
    // Whether the insurance-unit registry ties unitCode to this USCC and kind.
    [[nodiscard]] Result<bool> hasInsuranceUnit(const QString &unitCode, const QString &uscc, const QString &kind);

    // The ids of entries by their keys (nullopt: none), and new entries (their ids).
    [[nodiscard]] Result<std::optional<qint64>> idOfLegalPerson(const QString &uscc);
    [[nodiscard]] Result<qint64> insertLegalPerson(const QString &uscc, const LegalPerson &person);
    [[nodiscard]] Result<std::optional<qint64>> idOfInsuranceUnit(const QString &unitCode);
    [[nodiscard]] Result<qint64> insertInsuranceUnit(const QString &unitCode, const QString &uscc, const QString &kind);

    struct Institution
    {
        QString code;
        QString name;
        QString uscc;
        QString level;
        QString address;
    };
    [[nodiscard]] Result<std::optional<qint64>> idOfInstitution(const QString &code);
    [[nodiscard]] Result<qint64> insertInstitution(const Institution &institution);

private:
    Database &m_db;
};

} // namespace zc::server
