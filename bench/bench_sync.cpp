// bench_sync: the benchmark of the client's cache and sync, against a
// real zhaocai-server over TLS on loopback, on the data set that
// zc-bench-populate made (the big unit: 100k handlers, 10k roles). Prints each
// figure with its target; docs/performance.md says how it is measured. Run it
// through bench/run.sh (a private HOME, D-Bus session and keyring): it writes
// the client's settings, cache and keychain entry for the cold-start part.
#include "BenchServer.h"
#include "SyncBaseline.h"

#include "models/AccountFilterProxyModel.h"
#include "models/AccountTableModel.h"
#include "models/RoleTableModel.h"
#include "sync/ApiClient.h"
#include "sync/Cache.h"
#include "sync/CredentialStore.h"
#include "sync/ServerProfile.h"
#include "sync/SyncEngine.h"
#include "sync/Workspace.h"
#include "ui/Startup.h"
#include "ui/workspace/WorkspaceModels.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <vector>

namespace {

using namespace zc;

struct Options
{
    QString serverBin;
    QString adminBin;
    QString dataDir;
    QString workDir;
    QString database;   // empty: the data directory's SQLite file
    int runs = 5;
    int limit = 1000;
    int incrementalRuns = 30;
    int coldRuns = 5;
};

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &text)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(text));
    std::fflush(stderr);
    std::exit(1);
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

QString list(const std::vector<double> &v, int decimals)
{
    QStringList parts;
    for (const double x : v)
        parts.append(QString::number(x, 'f', decimals));
    return parts.join(QStringLiteral(", "));
}

QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("NOT met");
}

// Runs the event loop until done() or the timeout; false on the timeout.
bool spin(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// VmHWM / VmRSS of this process in MiB (Linux /proc; the benchmark only, never client code).
double procStatusMiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field)) {
            const QByteArray kib = line.mid(qstrlen(field)).trimmed().split(' ').constFirst();
            return kib.toDouble() / 1024.0;
        }
    }
    return -1;
}

// Resets VmHWM to the current RSS (Linux >= 4.0), so the peak measured is the sync's.
bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

// The 1, 5 and 15 minute load averages: the machine is shared, figures under load are slower.
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() >= 3 ? QString::fromLatin1(parts.at(0) + ' ' + parts.at(1) + ' ' + parts.at(2))
                             : QStringLiteral("unknown");
}

QString machine()
{
    QString cpu;
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    return QStringLiteral("%1, %2 logical cores, %3").arg(cpu).arg(QThread::idealThreadCount()).arg(QSysInfo::prettyProductName());
}

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The client's cache and sync benchmark (see docs/performance.md)."));
    parser.addHelpOption();
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Data directory made by zc-bench-populate."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption work(QStringLiteral("work"), QStringLiteral("Scratch directory (default: a temporary one)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("zhaocai-server binary."),
                                    QStringLiteral("FILE"), QStringLiteral(ZC_BENCH_SERVER_BIN));
    const QCommandLineOption admin(QStringLiteral("admin"), QStringLiteral("zhaocai-admin binary."),
                                   QStringLiteral("FILE"), QStringLiteral(ZC_BENCH_ADMIN_BIN));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Full syncs of each kind (default 5)."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("GET /changes limit (default 1000, the engine's)."),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption incremental(QStringLiteral("incremental-runs"),
                                         QStringLiteral("Empty incremental syncs (default 30)."), QStringLiteral("N"),
                                         QStringLiteral("30"));
    const QCommandLineOption cold(QStringLiteral("cold-runs"), QStringLiteral("Client cold starts (default 5)."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("The server's --database (postgresql://…) when not SQLite."),
                                      QStringLiteral("URL"));
    parser.addOptions({data, work, server, admin, runs, limit, incremental, cold, database});
    parser.process(app);
    Options o;
    if (!parser.isSet(data))
        die(QStringLiteral("--data DIR is required (a directory made by zc-bench-populate)"));
    o.dataDir = QDir(parser.value(data)).absolutePath();
    o.workDir = parser.value(work);
    o.database = parser.value(database);
    o.serverBin = parser.value(server);
    o.adminBin = parser.value(admin);
    o.runs = std::max(1, parser.value(runs).toInt());
    o.limit = std::clamp(parser.value(limit).toInt(), 1, 5000);
    o.incrementalRuns = std::max(1, parser.value(incremental).toInt());
    o.coldRuns = std::max(0, parser.value(cold).toInt());
    return o;
}

// Signs in as `login` through the dev captcha endpoint (the server runs with --dev).
Session signIn(sync::ApiClient &client, const QString &login, const QString &password)
{
    QObject context;
    std::optional<sync::Captcha> captcha;
    QString failure;
    client.createCaptcha(&context, [&](const sync::Result<sync::Captcha> &r) {
        if (r.ok())
            captcha = *r.value;
        else
            failure = r.error.code + QLatin1Char(' ') + r.error.message;
    });
    if (!spin([&] { return captcha || !failure.isEmpty(); }, 30000) || !captcha)
        die(QStringLiteral("captcha: %1").arg(failure));
    QPointer<sync::ApiJob> job = client.send("GET", QStringLiteral("/dev/captchas/") + captcha->id);
    QString answer;
    bool answered = false;
    QObject::connect(job, &sync::ApiJob::finished, &context, [&] {
        answer = job->json().object().value(QLatin1String("answer")).toString();
        answered = true;
    });
    if (!spin([&] { return answered; }, 30000) || answer.isEmpty())
        die(QStringLiteral("the server gave no captcha answer (is it running with --dev?)"));
    std::optional<Session> session;
    client.login(login, password, captcha->id, answer, &context, [&](const sync::Result<Session> &r) {
        if (r.ok())
            session = *r.value;
        else
            failure = r.error.code + QLatin1Char(' ') + r.error.message;
    });
    if (!spin([&] { return session || !failure.isEmpty(); }, 60000) || !session)
        die(QStringLiteral("login as %1: %2").arg(login, failure));
    return *session;
}

struct SyncRun
{
    bool ok = false;
    double ms = 0;
    int batches = 0;
    int items = 0;
    QString error;
};

// One sync of `engine`, timed from `timer`'s start to finished().
SyncRun runSync(sync::SyncEngine &engine, sync::SyncEngine::Mode mode, const QElapsedTimer &timer, int timeoutMs)
{
    SyncRun run;
    bool done = false;
    QObject context;
    QObject::connect(&engine, &sync::SyncEngine::finished, &context, [&](bool ok, const ApiError &error) {
        run.ms = double(timer.nsecsElapsed()) / 1e6;
        run.ok = ok;
        run.error = error.code + QLatin1Char(' ') + error.message;
        done = true;
    });
    engine.refresh(mode);
    if (!spin([&] { return done; }, timeoutMs))
        run.error = QStringLiteral("timed out");
    run.batches = engine.batchesDone();
    run.items = engine.itemsApplied();
    return run;
}

sync::CacheCounts countsOf(const QString &path)
{
    sync::Cache cache(path, QStringLiteral("zc-bench-counts"));
    if (!cache.open().ok())
        die(QStringLiteral("cannot open %1").arg(path));
    const auto counts = cache.counts();
    if (!counts.ok())
        die(QStringLiteral("cannot count %1").arg(path));
    return *counts.value;
}

qint64 baselineAssignmentsOf(const QString &path)
{
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("zc-bench-check"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM assignments")) && q.next())
                n = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("zc-bench-check"));
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    // Everything the client writes (settings, cache) stays in the scratch directory;
    // set before QApplication so that this process and the spawned client agree.
    QTemporaryDir scratch;
    QString workDir;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--work") == 0)
            workDir = QString::fromLocal8Bit(argv[i + 1]);
    }
    if (workDir.isEmpty())
        workDir = scratch.path();
    QDir().mkpath(workDir);
    workDir = QDir(workDir).absolutePath();
    for (const char *xdg : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString dir = workDir + QStringLiteral("/client/") + QString::fromLatin1(xdg).toLower();
        QDir().mkpath(dir);
        qputenv(xdg, QFile::encodeName(dir));
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The client's own info-level sync logging would time the terminal, not the sync.
    QLoggingCategory::setFilterRules(QStringLiteral("zc.*.info=false"));
    ui::Startup::setApplicationInfo();
    const Options o = parseOptions(app);

    QFile manifestFile(QDir(o.dataDir).filePath(QStringLiteral("bench-manifest.json")));
    if (!manifestFile.open(QIODevice::ReadOnly))
        die(QStringLiteral("%1 has no bench-manifest.json: run zc-bench-populate first").arg(o.dataDir));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    const QJsonObject big = manifest.value(QLatin1String("units")).toObject().value(QLatin1String("big")).toObject();
    const QString login = big.value(QLatin1String("login")).toString();
    const QString password = manifest.value(QLatin1String("password")).toString();
    const int expectedAccounts = big.value(QLatin1String("handlers")).toInt() + 1;   // and the main account
    const int expectedRoles = big.value(QLatin1String("roles")).toInt();
    if (login.isEmpty() || password.isEmpty())
        die(QStringLiteral("the manifest names no big unit"));

    say(QStringLiteral("== zhaocai-admin sync benchmark — %1 ==")
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    say(QStringLiteral("machine: %1; load average at start %2").arg(machine(), loadAverage()));
    say(QStringLiteral("data: %1 accounts and %2 roles visible to %3; GET /changes limit %4")
            .arg(expectedAccounts)
            .arg(expectedRoles)
            .arg(login)
            .arg(o.limit));

    zc::bench::BenchServer server(o.serverBin, o.dataDir, workDir + QStringLiteral("/server.log"),
                                  o.database.isEmpty() ? QStringList()
                                                       : QStringList{QStringLiteral("--database"), o.database});
    QString error;
    if (!server.start(&error))
        die(error);
    QFile caFile(server.caPath());
    if (!caFile.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read %1").arg(server.caPath()));

    // The profile the client will use, stored as the client stores it.
    sync::ServerProfile profile;
    profile.id = QStringLiteral("bench-sync");
    profile.name = QStringLiteral("基准测试服务器");
    profile.url = server.baseUrl();
    profile.caPem = caFile.readAll();
    sync::ServerProfileStore::save({profile});
    sync::ServerProfileStore::setLastProfileId(profile.id);

    sync::ApiClient client;
    client.setProfile(profile);
    client.setTransferTimeout(60000);
    const Session session = signIn(client, login, password);
    client.setToken(session.token);
    say(QStringLiteral("server: %1 (%2, TLS), signed in as %3")
            .arg(server.baseUrl().toString(), o.database.isEmpty() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"),
                 login));

    // ---- 1. The client's full sync at login, and its peak memory ----
    // What the client holds while it syncs: the ApiClient, the Workspace (its
    // Cache connection, the SyncEngine and its worker) and the item models
    // following every batch (WorkspaceModels), as after a login.
    const double rssBefore = procStatusMiB("VmRSS:");
    const bool peakReset = resetPeakRss();
    sync::CredentialStore keychain;
    double loginSyncMs = 0;
    double peakMiB = 0;
    {
        auto workspace = std::make_unique<sync::Workspace>(&client, profile, login, &keychain);
        QFile::remove(workspace->cachePath());
        auto models = std::make_unique<ui::WorkspaceModels>();
        QElapsedTimer timer;
        timer.start();
        bool finished = false;
        bool ok = false;
        QString why;
        QObject context;
        const sync::CacheError opened = workspace->openOnline(session, false);
        if (!opened.ok())
            die(QStringLiteral("cannot open the workspace: %1").arg(opened.message));
        QObject::connect(workspace->engine(), &sync::SyncEngine::finished, &context,
                         [&](bool success, const ApiError &e) {
                             finished = true;
                             ok = success;
                             why = e.code;
                         });
        models->attach(workspace.get());
        workspace->engine()->setBatchLimit(o.limit);
        workspace->engine()->refresh();
        if (!spin([&] { return finished && models->isLoaded(); }, 30 * 60 * 1000) || !ok)
            die(QStringLiteral("the login sync failed: %1").arg(why));
        loginSyncMs = double(timer.nsecsElapsed()) / 1e6;
        peakMiB = procStatusMiB("VmHWM:");
        if (models->accounts()->rowCount() != expectedAccounts || models->roles()->rowCount() != expectedRoles)
            die(QStringLiteral("the models hold %1 accounts and %2 roles, expected %3 and %4")
                    .arg(models->accounts()->rowCount())
                    .arg(models->roles()->rowCount())
                    .arg(expectedAccounts)
                    .arg(expectedRoles));
        say(QStringLiteral("login sync (Workspace + WorkspaceModels following it; the first sync after the server"
                           " started): %1 ms, %2 batches")
                .arg(loginSyncMs, 0, 'f', 0)
                .arg(workspace->engine()->batchesDone()));

        // ---- 2. Empty incremental syncs: one round trip each ----
        std::vector<double> incremental;
        for (int i = 0; i < o.incrementalRuns; ++i) {
            QElapsedTimer t;
            t.start();
            const SyncRun run = runSync(*workspace->engine(), sync::SyncEngine::Mode::Incremental, t, 60000);
            if (!run.ok || run.batches != 1 || run.items != 0)
                die(QStringLiteral("incremental sync %1: ok=%2 batches=%3 items=%4 %5")
                        .arg(i)
                        .arg(run.ok)
                        .arg(run.batches)
                        .arg(run.items)
                        .arg(run.error));
            incremental.push_back(run.ms);
        }

        // ---- 3. Filtering the 100k-row accounts model per keystroke ----
        // The client's own model (filled by the sync above) under the per-view
        // filter; each keystroke is one setFilterText(), IME-committed for
        // Chinese, then erased key by key.
        AccountTableModel *accounts = models->accounts();
        AccountFilterProxyModel proxy;
        proxy.setSourceModel(accounts);
        const int nameRow = expectedAccounts / 3;
        const int phoneRow = (expectedAccounts * 2) / 3;
        const QString name = accounts->accountAt(nameRow).value_or(Account{}).name;
        const QString phone = accounts->accountAt(phoneRow).value_or(Account{}).phone;
        if (name.isEmpty() || phone.size() < 7)
            die(QStringLiteral("no account to take a filter query from"));
        std::vector<double> keystrokes;
        int lastRows = 0;
        const auto type = [&](const QString &text) {
            for (int n = 1; n <= text.size(); ++n) {
                QElapsedTimer t;
                t.start();
                proxy.setFilterText(text.left(n));
                lastRows = proxy.rowCount();
                keystrokes.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            for (int n = int(text.size()) - 1; n >= 0; --n) {
                QElapsedTimer t;
                t.start();
                proxy.setFilterText(text.left(n));
                lastRows = proxy.rowCount();
                keystrokes.push_back(double(t.nsecsElapsed()) / 1e6);
            }
        };
        type(name);
        type(phone.left(7));
        type(QStringLiteral("1391"));
        if (lastRows != expectedAccounts)
            die(QStringLiteral("the cleared filter shows %1 rows, expected %2").arg(lastRows).arg(expectedAccounts));

        // ---- 4. Full syncs against the baseline, interleaved ----
        std::vector<double> engineMs;
        std::vector<double> baselineMs;
        zc::bench::SyncBaseline baseline(profile.apiUrl(QString()), profile.caCertificates(), session.token, o.limit);
        for (int i = 0; i < o.runs; ++i) {
            const QString basePath = workDir + QStringLiteral("/baseline-%1.sqlite").arg(i);
            sync::Cache::removeFiles(basePath);
            const zc::bench::BaselineRun b = baseline.run(basePath);
            if (!b.ok)
                die(QStringLiteral("baseline: %1").arg(b.error));
            baselineMs.push_back(double(b.ms));

            const QString enginePath = workDir + QStringLiteral("/engine-%1.sqlite").arg(i);
            sync::Cache::removeFiles(enginePath);
            SyncRun e;
            {
                QElapsedTimer t;
                t.start();   // the cache file's creation counts, as the baseline's does
                sync::SyncEngine engine(&client, enginePath);
                engine.setInterval(0);
                engine.setBatchLimit(o.limit);
                e = runSync(engine, sync::SyncEngine::Mode::Full, t, 30 * 60 * 1000);
            }
            if (!e.ok)
                die(QStringLiteral("engine full sync: %1").arg(e.error));
            engineMs.push_back(e.ms);

            const sync::CacheCounts c = countsOf(enginePath);
            const qint64 baseAssignments = baselineAssignmentsOf(basePath);
            if (c.accounts != b.accounts || c.roles != b.roles || c.assignments != baseAssignments
                || c.accounts != expectedAccounts || c.roles != expectedRoles)
                die(QStringLiteral("the engine stored %1 accounts, %2 roles, %3 assignments; the baseline %4, %5, %6")
                        .arg(c.accounts)
                        .arg(c.roles)
                        .arg(c.assignments)
                        .arg(b.accounts)
                        .arg(b.roles)
                        .arg(baseAssignments));
            say(QStringLiteral("full sync run %1: engine %2 ms (%3 batches), baseline %4 ms (%5 requests); %6 accounts,"
                               " %7 roles, %8 assignments")
                    .arg(i + 1)
                    .arg(e.ms, 0, 'f', 0)
                    .arg(e.batches)
                    .arg(b.ms)
                    .arg(b.requests)
                    .arg(c.accounts)
                    .arg(c.roles)
                    .arg(c.assignments));
            sync::Cache::removeFiles(basePath);
            sync::Cache::removeFiles(enginePath);
        }

        // ---- Cold start prerequisites: the remembered login and its token ----
        bool stored = false;
        QString keychainError;
        keychain.write(sync::CredentialStore::tokenKey(profile.id, login), session.token, &context,
                       [&](const QString &e) {
                           keychainError = e;
                           stored = true;
                       });
        if (!spin([&] { return stored; }, 30000) || !keychainError.isEmpty())
            die(QStringLiteral("cannot store the token in the keychain (run through bench/run.sh): %1").arg(keychainError));
        sync::ServerProfileStore::setRememberedLogin(profile.id, login);

        // ---- Figures so far ----
        const double ratio = median(engineMs) / median(baselineMs);
        say(QString());
        say(QStringLiteral("full sync (SyncEngine + Cache): median %1 ms (runs: %2)")
                .arg(median(engineMs), 0, 'f', 0)
                .arg(list(engineMs, 0)));
        say(QStringLiteral("baseline (QNetworkAccessManager + raw prepared inserts, one transaction): median %1 ms (runs: %2)")
                .arg(median(baselineMs), 0, 'f', 0)
                .arg(list(baselineMs, 0)));
        say(QStringLiteral("full sync: %1× baseline").arg(ratio, 0, 'f', 2));
        say(QStringLiteral("  target: within 1.5× baseline — %1").arg(verdict(ratio <= 1.5)));
        say(QStringLiteral("  (for information: the login sync with the item models following it was %1× the baseline's"
                           " median)")
                .arg(loginSyncMs / median(baselineMs), 0, 'f', 2));
        say(QStringLiteral("incremental sync, nothing new (one round trip): median %1 ms, p95 %2 ms, max %3 ms (%4 runs)"
                           " — target < 20 ms — %5")
                .arg(median(incremental), 0, 'f', 1)
                .arg(percentile(incremental, 0.95), 0, 'f', 1)
                .arg(*std::max_element(incremental.begin(), incremental.end()), 0, 'f', 1)
                .arg(incremental.size())
                .arg(verdict(median(incremental) < 20.0)));
        const double worstKey = *std::max_element(keystrokes.begin(), keystrokes.end());
        say(QStringLiteral("filter per keystroke (%1 rows; typing and erasing “%2”, “%3”, “1391”): median %4 ms, p95 %5 ms,"
                           " max %6 ms (%7 keystrokes) — target < 16 ms — %8")
                .arg(expectedAccounts)
                .arg(name, phone.left(7))
                .arg(median(keystrokes), 0, 'f', 1)
                .arg(percentile(keystrokes, 0.95), 0, 'f', 1)
                .arg(worstKey, 0, 'f', 1)
                .arg(keystrokes.size())
                .arg(verdict(worstKey < 16.0)));
        if (peakReset)
            say(QStringLiteral("peak memory during the login full sync (VmHWM): %1 MiB (RSS before it %2 MiB)"
                               " — target < 200 MB — %3")
                    .arg(peakMiB, 0, 'f', 0)
                    .arg(rssBefore, 0, 'f', 0)
                    .arg(verdict(peakMiB * 1024 * 1024 < 200e6)));
        else
            say(QStringLiteral("peak memory: VmHWM could not be reset (no /proc/self/clear_refs); process peak %1 MiB")
                    .arg(peakMiB, 0, 'f', 0));
        workspace->close();
    }

    // ---- 5. Cold start of the client on that cache, offline ----
    server.stop();
    if (o.coldRuns > 0) {
        std::vector<double> coldMs;     // to the main window shown with its cached models loaded
        std::vector<double> windowMs;   // to the main window shown (models still loading)
        std::vector<double> pageMs;     // to its first page filled (roles and catalog in)
        std::vector<double> stallMs;    // the event loop's longest stall until loaded
        QString shownLine;
        for (int i = 0; i < o.coldRuns; ++i) {
            QProcess admin;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("ZC_EXIT_WHEN_SHOWN"), QStringLiteral("1"));
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            admin.setProcessEnvironment(env);
            admin.setProcessChannelMode(QProcess::SeparateChannels);
            QByteArray out;
            double windowAt = -1;
            double pageAt = -1;
            double loadedAt = -1;
            QElapsedTimer timer;
            QObject::connect(&admin, &QProcess::readyReadStandardOutput, &admin, [&] {
                out += admin.readAllStandardOutput();
                const double now = double(timer.nsecsElapsed()) / 1e6;
                if (windowAt < 0 && out.contains("zc-exit-when-shown: window shown"))
                    windowAt = now;
                if (pageAt < 0 && out.contains("zc-exit-when-shown: page filled"))
                    pageAt = now;
                if (loadedAt < 0 && out.contains("zc-exit-when-shown: models loaded"))
                    loadedAt = now;
            });
            timer.start();
            admin.start(o.adminBin, {});
            if (!spin([&] { return loadedAt >= 0 || admin.state() == QProcess::NotRunning; }, 60000) || loadedAt < 0) {
                admin.kill();
                admin.waitForFinished(5000);
                die(QStringLiteral("zhaocai-admin did not show its main window with the cache (exit %1): %2")
                        .arg(admin.exitCode())
                        .arg(QString::fromUtf8(out + admin.readAllStandardError())));
            }
            admin.waitForFinished(30000);
            const QString line = QString::fromUtf8(out).trimmed().split(QLatin1Char('\n')).constLast();
            if (!line.contains(QStringLiteral("offline=1"))
                || !line.contains(QStringLiteral("accounts=%1").arg(expectedAccounts)))
                die(QStringLiteral("the client did not start offline on the full cache: %1").arg(line));
            shownLine = line;
            coldMs.push_back(loadedAt);
            windowMs.push_back(windowAt);
            pageMs.push_back(pageAt >= 0 ? pageAt : loadedAt);
            stallMs.push_back(line.section(QStringLiteral("stall="), 1).toDouble());
        }
        // One more start, not counted: the client's own log with process times,
        // to show where a cold start spends its time.
        {
            QProcess admin;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("ZC_EXIT_WHEN_SHOWN"), QStringLiteral("1"));
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{time process}s %{category}: %{message}"));
            admin.setProcessEnvironment(env);
            admin.setProcessChannelMode(QProcess::MergedChannels);
            admin.start(o.adminBin, {});
            admin.waitForFinished(60000);
            say(QStringLiteral("cold start trace (one more start, not counted; times since process start):"));
            const QStringList lines = QString::fromUtf8(admin.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &line : lines) {
                if (!line.contains(QStringLiteral("XDG_RUNTIME_DIR")))
                    say(QStringLiteral("  ") + line);
            }
        }
        say(QStringLiteral("cold start, offline on the cache, to the main window shown: median %1 ms (runs: %2)")
                .arg(median(windowMs), 0, 'f', 0)
                .arg(list(windowMs, 0)));
        say(QStringLiteral("cold start to the main window's first page filled (roles, catalog): median %1 ms (runs: %2)"
                           " — target < 300 ms — %3")
                .arg(median(pageMs), 0, 'f', 0)
                .arg(list(pageMs, 0))
                .arg(verdict(median(pageMs) < 300.0)));
        say(QStringLiteral("longest event-loop stall from the window shown to the models loaded: median %1 ms (runs: %2)")
                .arg(median(stallMs), 0, 'f', 0)
                .arg(list(stallMs, 0)));
        say(QStringLiteral("cold start to a shown main window with the cached models loaded (%1): first %2 ms, median %3 ms"
                           " (runs: %4) — target < 500 ms — %5")
                .arg(shownLine)
                .arg(coldMs.front(), 0, 'f', 0)
                .arg(median(coldMs), 0, 'f', 0)
                .arg(list(coldMs, 0))
                .arg(verdict(median(coldMs) < 500.0)));
    }

    say(QStringLiteral("load average at the end: %1").arg(loadAverage()));

    // Leave nothing behind in the keychain.
    {
        QObject context;
        bool removed = false;
        keychain.remove(sync::CredentialStore::tokenKey(profile.id, login), &context,
                        [&](const QString &) { removed = true; });
        spin([&] { return removed; }, 10000);
    }
    return 0;
}
