#pragma once

#include <QString>

namespace zc::server {

class Database;
class PasswordHasher;

// Loads --seed FILE.json (API.md shape plus the extensions in docs/api.md):
// validates everything with the shared validators first, then inserts in one
// transaction whatever is not there yet, so running it twice changes nothing
// and a bad file leaves nothing half-written.
class Seeder
{
public:
    Seeder(Database &db, const PasswordHasher &hasher) : m_db(db), m_hasher(hasher) {}

    // False with a clear *error (e.g. "units[1].uscc: bad_check_character").
    [[nodiscard]] bool load(const QString &path, QString *error);

private:
    Database &m_db;
    const PasswordHasher &m_hasher;
};

} // namespace zc::server
