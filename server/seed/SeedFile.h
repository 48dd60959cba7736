#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace zc::server {

// The entries of a seed file (API.md shape plus the extensions in docs/api.md),
// each already checked by the shared validators, codes normalised.
struct SeedData
{
    struct LegalPerson { QString uscc, name, repName, repId; };
    struct InsuranceUnit { QString unitCode, uscc, kind; };
    struct Institution { QString code, name, uscc, level, address; };
    struct Unit { QString uscc, name, kind, unitCode, login, password, phone; bool changeRequired = false; };
    struct Role { QString unitUscc, name, remark; QStringList permissions; };
    struct Handler { QString unitUscc, phone, name, password; bool changeRequired = false; QStringList roles; };

    QList<LegalPerson> legalPersons;
    QList<InsuranceUnit> insuranceUnits;
    QList<Institution> institutions;
    QList<Unit> units;
    QList<Role> roles;
    QList<Handler> handlers;
};

// Reads --seed FILE.json strictly: unknown sections, keys and wrong types are
// errors, every field passes its validator, and the rules across entries that
// the file alone can decide hold (no duplicates, one password per phone,
// handlers name roles the file defines). What the database decides is the
// Seeder's.
class SeedFile
{
public:
    // False with a clear *error naming the file and the entry
    // (e.g. "FILE: units[1].uscc: bad_check_character").
    [[nodiscard]] static bool read(const QString &path, SeedData *data, QString *error);
};

} // namespace zc::server
