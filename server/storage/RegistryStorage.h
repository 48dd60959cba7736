#pragma once

#include "server/Result.h"

#include <QString>

#include <optional>

namespace zc::server {

class Database;

// The reference registries a unit is checked against: the legal-person
// registry (综合法人库, table legal_persons) and the medical-insurance unit
// registry (table insurance_units). A view over a thread's Database: cheap to
// make where it is needed.
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

private:
    Database &m_db;
};

} // namespace zc::server
