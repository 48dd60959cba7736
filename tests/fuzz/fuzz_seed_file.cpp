// The server's seed loader: any file given to --seed is refused by SeedFile
// with a reason naming the entry, or read; a file it reads is loaded by the
// Seeder into a real SQLite database (migrated, in a scratch folder), which
// either takes it or refuses it with a reason, and loading it again changes
// nothing.
#include "FuzzSupport.h"

#include "server/Crypto.h"
#include "server/auth/PasswordHasher.h"
#include "server/seed/SeedFile.h"
#include "server/seed/Seeder.h"
#include "server/storage/Database.h"
#include "server/storage/Migrations.h"
#include "server/storage/SqliteEngine.h"

#include <QFile>

namespace {

struct Server
{
    zc::server::Database db;
    // libsodium's smallest Argon2id cost: the fuzzer is after the loader, not the hash.
    zc::server::PasswordHasher hasher{8, 1};

    Server() : db(std::make_unique<zc::server::SqliteEngine>(zc::fuzz::scratch().filePath(QStringLiteral("seed.sqlite3"))))
    {
        QString error;
        if (!zc::server::Crypto::initialize())   // as the server's main() does first
            zc::fuzz::finding("libsodium cannot be used");
        if (!db.open(&error) || !zc::server::Migrations::run(db, &error)) {
            zc::fuzz::finding("cannot set up the database", error);
        }
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    zc::fuzz::ensureApplication();
    static Server *server = new Server;   // never destroyed, see ensureApplication()
    const QString path = zc::fuzz::scratch().filePath(QStringLiteral("seed.json"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        f.write(zc::fuzz::bytes(data, size));
    }
    zc::server::SeedData seed;
    QString error;
    if (!zc::server::SeedFile::read(path, &seed, &error)) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    zc::server::Seeder seeder(server->db, server->hasher);
    if (!seeder.load(path, &error)) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    if (!seeder.load(path, &error)) {
        zc::fuzz::finding("a seed loaded once is refused the second time", error);
    }
    return 0;
}
