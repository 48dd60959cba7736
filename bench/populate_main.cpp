// zc-bench-populate: fills a zhaocai-server data directory (SQLite, or the
// PostgreSQL database named by --database) with the benchmarks' large data
// set, through the server's own Database and migrations, and writes
// DIR/bench-manifest.json (who to sign in as). Options: docs/performance.md.
#include "Populator.h"

#include "server/Crypto.h"
#include "server/storage/Database.h"
#include "server/storage/Migrations.h"
#include "server/auth/PasswordHasher.h"
#include "server/storage/PostgresEngine.h"
#include "server/ServerOptions.h"
#include "server/storage/SqliteEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>
#include <memory>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "zc-bench-populate: %s\n", qPrintable(message));
    return 1;
}

bool readInt(const QCommandLineParser &parser, const QCommandLineOption &option, int *out, QString *why)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int v = parser.value(option).toInt(&ok);
    if (!ok) {
        *why = QStringLiteral("--%1 expects a number").arg(option.names().constFirst());
        return false;
    }
    *out = v;
    return true;
}

// Fills the empty database and writes the manifest; main()'s exit code.
int populate(zc::server::Database &db, const zc::bench::PopulateOptions &options, int memoryKib, int ops,
             const QString &manifestPath, const QString &databaseUrl)
{
    QString why;
    if (!zc::server::Crypto::initialize())
        return fail(QStringLiteral("libsodium cannot be initialised"));
    QElapsedTimer timer;
    timer.start();
    const zc::server::PasswordHasher hasher{quint64(memoryKib), quint64(ops)};
    const QString hash = hasher.hash(options.password);   // once, for every credential
    if (hash.isEmpty())
        return fail(QStringLiteral("cannot hash the password"));

    zc::bench::PopulateSummary summary;
    zc::bench::Populator populator(db, options);
    if (!populator.run(hash, &summary, &why))
        return fail(why);
    QJsonObject manifest = summary.manifest;
    manifest.insert(QStringLiteral("database"), databaseUrl == QLatin1String("sqlite") ? databaseUrl
                                                                                         : QStringLiteral("postgresql"));
    QSaveFile out(manifestPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(manifest).toJson()) < 0 || !out.commit())
        return fail(QStringLiteral("cannot write %1").arg(manifestPath));
    QFile::setPermissions(manifestPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    std::printf("zc-bench-populate: %lld units, %lld accounts, %lld roles, %lld assignments, %lld role permissions "
                "in %.1f s\nmanifest: %s\n",
                summary.units, summary.accounts, summary.roles, summary.assignments, summary.rolePermissions,
                double(timer.elapsed()) / 1000.0, qPrintable(manifestPath));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zc-bench-populate"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fills an empty zhaocai-server data directory with the benchmarks' data set: one big unit "
        "(--accounts handlers, --roles roles) for the sync benchmark, a unit with --roles-unit-roles roles and "
        "one with --handlers-unit-handlers handlers for the server benchmark, and small units up to --units. "
        "Every account signs in with --password (hashed once with Argon2id, the hash reused)."));
    parser.addHelpOption();
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("The server's data directory."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("sqlite (default) or postgresql://user@host/db."),
                                      QStringLiteral("URL"), QStringLiteral("sqlite"));
    const QCommandLineOption accounts(QStringLiteral("accounts"),
                                      QStringLiteral("Handlers of the big unit (default 100000)."), QStringLiteral("N"));
    const QCommandLineOption roles(QStringLiteral("roles"), QStringLiteral("Roles of the big unit (default 10000)."),
                                   QStringLiteral("N"));
    const QCommandLineOption units(QStringLiteral("units"),
                                   QStringLiteral("Units in all, the three named ones included (default 100)."),
                                   QStringLiteral("N"));
    const QCommandLineOption rolesUnitRoles(QStringLiteral("roles-unit-roles"),
                                            QStringLiteral("Roles of the unit for GET /roles (default 50)."),
                                            QStringLiteral("N"));
    const QCommandLineOption handlersUnitHandlers(
        QStringLiteral("handlers-unit-handlers"), QStringLiteral("Handlers of the unit for GET /handlers (default 1000)."),
        QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 2026)."),
                                  QStringLiteral("N"));
    const QCommandLineOption password(QStringLiteral("password"),
                                      QStringLiteral("The password of every account (default Bench@2026)."),
                                      QStringLiteral("P"));
    const QCommandLineOption argonMem(QStringLiteral("argon2-memory-kib"),
                                      QStringLiteral("Argon2id memory of the hash (default: the server's)."),
                                      QStringLiteral("KIB"));
    const QCommandLineOption argonOps(QStringLiteral("argon2-ops"),
                                      QStringLiteral("Argon2id iterations of the hash (default: the server's)."),
                                      QStringLiteral("N"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     QStringLiteral("SQLite only: delete the data directory's database first when it "
                                                    "holds another data set."));
    parser.addOptions({data, database, accounts, roles, units, rolesUnitRoles, handlersUnitHandlers, seed, password,
                       argonMem, argonOps, replace});
    parser.process(app);

    if (!parser.isSet(data))
        return fail(QStringLiteral("--data DIR is required (see --help)"));
    zc::bench::PopulateOptions options;
    QString why;
    int seedValue = int(options.seed);
    const zc::server::ServerOptions serverDefaults;
    int memoryKib = int(serverDefaults.argon2MemoryKib);
    int ops = int(serverDefaults.argon2Ops);
    if (!readInt(parser, accounts, &options.bigHandlers, &why) || !readInt(parser, roles, &options.bigRoles, &why)
        || !readInt(parser, units, &options.units, &why)
        || !readInt(parser, rolesUnitRoles, &options.rolesUnitRoles, &why)
        || !readInt(parser, handlersUnitHandlers, &options.handlersUnitHandlers, &why)
        || !readInt(parser, seed, &seedValue, &why) || !readInt(parser, argonMem, &memoryKib, &why)
        || !readInt(parser, argonOps, &ops, &why))
        return fail(why);
    options.seed = quint32(seedValue);
    if (parser.isSet(password))
        options.password = parser.value(password);
    if (!options.check(&why))
        return fail(why);
    if (memoryKib <= 0 || ops <= 0
        || !zc::server::PasswordHasher::parametersValid(quint64(memoryKib), quint64(ops), &why))
        return fail(QStringLiteral("Argon2id parameters: %1").arg(why));

    const QString dataDir = parser.value(data);
    if (!QDir().mkpath(dataDir))
        return fail(QStringLiteral("cannot create %1").arg(dataDir));
    QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QDir dir(dataDir);
    const QString manifestPath = dir.filePath(QStringLiteral("bench-manifest.json"));

    const QString databaseUrl = parser.value(database);
    const bool postgres = zc::server::PostgresEngine::isPostgresUrl(databaseUrl);
    if (!postgres && databaseUrl != QLatin1String("sqlite"))
        return fail(QStringLiteral("--database expects sqlite or postgresql://user@host/db"));
    if (postgres && parser.isSet(replace))
        return fail(QStringLiteral("--replace deletes SQLite files only; drop a PostgreSQL database yourself"));
    const QString sqlitePath = dir.filePath(QStringLiteral("zhaocai.sqlite3"));

    // Only an empty database is filled; the same data set already there is
    // reused, another one replaced (--replace, SQLite) or refused.
    for (int attempt = 0;; ++attempt) {
        std::unique_ptr<zc::server::SqlEngine> engine;
        if (postgres) {
            const auto pg = zc::server::PostgresEngine::parseUrl(databaseUrl, &why);
            if (!pg)
                return fail(why);
            engine = std::make_unique<zc::server::PostgresEngine>(*pg);
        } else {
            engine = std::make_unique<zc::server::SqliteEngine>(sqlitePath);
        }
        auto db = std::make_unique<zc::server::Database>(std::move(engine));
        if (!db->open(&why) || !zc::server::Migrations::run(*db, &why))
            return fail(QStringLiteral("cannot open the database: %1").arg(why));
        const auto existing = db->run(QStringLiteral("SELECT COUNT(*) FROM units"));
        if (!existing)
            return fail(QStringLiteral("cannot read the database"));
        if (existing->scalar().toLongLong() == 0)
            return populate(*db, options, memoryKib, ops, manifestPath, databaseUrl);
        QFile f(manifestPath);
        const QJsonObject manifest =
            f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
        if (manifest.value(QStringLiteral("options")).toObject() == options.toJson()
            && manifest.value(QStringLiteral("password")).toString() == options.password) {
            std::printf("zc-bench-populate: %s already holds this data set (%s); nothing to do\n",
                        qPrintable(dataDir), qPrintable(manifestPath));
            return 0;
        }
        if (!parser.isSet(replace) || attempt > 0)
            return fail(QStringLiteral("the database already holds units (and not this data set): use an empty "
                                       "data directory or database, or --replace (SQLite)"));
        db.reset();   // closes the connection before its files go
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFile::exists(sqlitePath + suffix) && !QFile::remove(sqlitePath + suffix))
                return fail(QStringLiteral("cannot delete %1").arg(sqlitePath + suffix));
        }
        QFile::remove(manifestPath);
        std::printf("zc-bench-populate: replacing the data set in %s\n", qPrintable(dataDir));
    }
}
