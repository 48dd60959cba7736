// SyncEngine, WriteThrough and Workspace against a real zhaocai-server over
// TLS on loopback, with real SQLite cache files: full and incremental syncs,
// tombstones, a server stopped in the middle of a sync and started again on
// the same data, idempotent batches, the write path, cancel, offline and back.
#include "DemoSeed.h"
#include "TestServer.h"
#include "SecretService.h"

#include "sync/ApiClient.h"
#include "sync/Cache.h"
#include "sync/CredentialStore.h"
#include "sync/SyncEngine.h"
#include "sync/Workspace.h"
#include "sync/WriteThrough.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <memory>

using namespace zc;
using namespace zc::sync;

namespace {

const QString &DemoPassword = zc::test::demo::Password;
const QString MainLogin = QStringLiteral("js_hosp");            // 南京市玄武区人民医院: a role, a handler
const QString HandlerLogin = QStringLiteral("13770004444");      // 陈静, its handler
constexpr int SyncTimeoutMs = 30000;

std::atomic<int> g_connections{0};

template <typename T>
Result<T> wait(const std::function<ApiJob *(QObject *, ApiClient::Done<T>)> &start)
{
    QEventLoop loop;
    Result<T> out;
    bool called = false;
    start(&loop, [&](const Result<T> &r) {
        out = r;
        called = true;
        loop.quit();
    });
    QTimer::singleShot(SyncTimeoutMs, &loop, &QEventLoop::quit);
    if (!called)
        loop.exec();
    return out;
}

// A reader on the cache file, like the GUI thread's.
struct CacheReader
{
    explicit CacheReader(const QString &path)
        : cache(path, QStringLiteral("tst-reader-%1").arg(++g_connections))
    {
        error = cache.open();
    }
    Cache cache;
    CacheError error;
};

bool byId(const Role &a, const Role &b) { return a.id < b.id; }
bool accountById(const Account &a, const Account &b) { return a.id < b.id; }

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    ServerProfile profile(const test::TestServer &server) const
    {
        ServerProfile p;
        p.id = QStringLiteral("sync-test");
        p.name = QStringLiteral("sync test server");
        p.url = server.baseUrl();
        p.caPem = server.caPem();
        return p;
    }
    std::unique_ptr<ApiClient> signedIn(const QString &login = MainLogin)
    {
        auto c = std::make_unique<ApiClient>();
        c->setProfile(profile(*m_server));
        c->setProxy(ProxySettings{ProxySettings::Mode::None, {}, 0, {}});
        c->setTransferTimeout(5000);
        const test::TestServer::NewCaptcha captcha = m_server->solvedCaptcha();
        const auto s = wait<Session>([&](QObject *ctx, ApiClient::Done<Session> done) {
            return c->login(login, DemoPassword, captcha.id, captcha.answer, ctx, done);
        });
        if (!s.ok()) {
            qWarning() << "login failed:" << s.error.code << s.error.message;
            return nullptr;
        }
        m_session = *s.value;
        return c;
    }
    QString cachePath() const { return m_dir->filePath(QStringLiteral("cache.sqlite")); }
    std::unique_ptr<SyncEngine> engine(ApiClient *client, int limit = 1000)
    {
        auto e = std::make_unique<SyncEngine>(client, cachePath());
        e->setInterval(0);
        e->setBatchLimit(limit);
        e->setProbeInterval(200);
        return e;
    }
    // Runs one sync to its end; the finished() arguments.
    static QList<QVariant> syncOnce(SyncEngine &engine, SyncEngine::Mode mode = SyncEngine::Mode::Incremental)
    {
        QSignalSpy finished(&engine, &SyncEngine::finished);
        engine.refresh(mode);
        if (!finished.wait(SyncTimeoutMs))
            return {};
        return finished.first();
    }

    // The server's view, read with the test's own HTTP client.
    QList<QJsonObject> serverList(const QString &path, const QString &token)
    {
        QList<QJsonObject> out;
        for (int page = 1;; ++page) {
            const auto r = m_server->request("GET", path + QStringLiteral("?size=100&page=") + QString::number(page),
                                             {}, token);
            if (r.status != 200)
                return {};
            const QJsonArray items = r.object().value(QLatin1String("items")).toArray();
            for (const QJsonValue &v : items)
                out << v.toObject();
            if (items.isEmpty() || page * 100 >= r.object().value(QLatin1String("total")).toInt())
                break;
        }
        return out;
    }
    QList<Role> serverRoles(const QString &token)
    {
        QList<Role> roles;
        for (const QJsonObject &o : serverList(QStringLiteral("/roles"), token))
            roles << *Role::fromJson(o);
        std::sort(roles.begin(), roles.end(), byId);
        return roles;
    }
    QList<Account> serverHandlers(const QString &token)
    {
        QList<Account> accounts;
        for (const QJsonObject &o : serverList(QStringLiteral("/handlers"), token))
            accounts << *Account::fromJson(o);
        std::sort(accounts.begin(), accounts.end(), accountById);
        return accounts;
    }
    static QList<Account> handlersOf(const QList<Account> &all)
    {
        QList<Account> out;
        for (const Account &a : all) {
            if (a.kind == Account::Kind::Handler)
                out << a;
        }
        return out;
    }
    QList<qint64> createRoles(const QString &token, int n, const QString &prefix)
    {
        QList<qint64> ids;
        for (int i = 0; i < n; ++i) {
            const auto r = m_server->request(
                "POST", QStringLiteral("/roles"),
                QJsonObject{{QStringLiteral("name"), QString(prefix + QString::number(i))},
                            {QStringLiteral("remark"), QStringLiteral("批量")},
                            {QStringLiteral("permissions"), QJsonArray({QStringLiteral("drug.listing")})}},
                token);
            if (r.status != 201)
                return {};
            ids << r.object().value(QLatin1String("id")).toInteger();
        }
        return ids;
    }
    // The cache holds exactly what the server shows.
    void verifyMirrors(const QString &token)
    {
        CacheReader reader(cachePath());
        QVERIFY2(reader.error.ok(), qPrintable(reader.error.message));
        const auto roles = reader.cache.allRoles();
        QVERIFY(roles.ok());
        QCOMPARE(*roles.value, serverRoles(token));
        const auto accounts = reader.cache.allAccounts();
        QVERIFY(accounts.ok());
        QCOMPARE(handlersOf(*accounts.value), serverHandlers(token));
    }

private Q_SLOTS:
    void initTestCase()
    {
        ZC_REQUIRE_SECRET_SERVICE();
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<ApiError>("zc::ApiError");
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<test::TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }
    void cleanup()
    {
        m_server.reset();      // the running one first: a restarted server uses the first one's data
        m_restarted.reset();
        m_dir.reset();
    }

    void fullSyncMirrorsTheServerBatchByBatch()
    {
        auto client = signedIn();
        QVERIFY(client);
        QVERIFY(!createRoles(client->token(), 4, QStringLiteral("全量")).isEmpty());
        auto e = engine(client.get(), 2);
        QSignalSpy started(e.get(), &SyncEngine::started);
        QSignalSpy progress(e.get(), &SyncEngine::progress);
        QSignalSpy changed(e.get(), &SyncEngine::cacheChanged);
        QSignalSpy synced(e.get(), &SyncEngine::lastSyncedAtChanged);
        QSignalSpy states(e.get(), &SyncEngine::stateChanged);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QCOMPARE(e->state(), SyncEngine::State::Idle);

        const QList<QVariant> done = syncOnce(*e);
        QVERIFY(!done.isEmpty());
        QVERIFY2(done.at(0).toBool(), qPrintable(done.at(1).value<ApiError>().message));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().value<SyncKind>(), SyncKind::Full);
        QVERIFY2(progress.size() >= 3, "five roles and two accounts come in batches of two");
        QCOMPARE(progress.last().at(0).toInt(), e->batchesDone());
        QVERIFY(changed.first().first().value<CacheDelta>().reset);   // a full sync starts from empty
        QVERIFY(!changed.first().first().value<CacheDelta>().local);
        QCOMPARE(synced.size(), 1);
        QVERIFY(e->lastSyncedAt() >= before);
        QVERIFY(!e->isSyncing());
        QVERIFY(!e->isOffline());
        // One state at a time: fetching (with a wait for the worker when two
        // batches are pending), then draining the last applies, then idle.
        QList<SyncEngine::State> seen;
        for (const QList<QVariant> &args : std::as_const(states))
            seen << args.first().value<SyncEngine::State>();
        QVERIFY(seen.size() >= 3);
        QCOMPARE(seen.first(), SyncEngine::State::Fetching);
        QCOMPARE(seen.at(seen.size() - 2), SyncEngine::State::Draining);
        QCOMPARE(seen.last(), SyncEngine::State::Idle);
        QVERIFY(!seen.contains(SyncEngine::State::ShuttingDown));
        for (int i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i) != seen.at(i - 1));   // only changes are announced
        QCOMPARE(e->state(), SyncEngine::State::Idle);

        verifyMirrors(client->token());
        CacheReader reader(cachePath());
        const auto state = reader.cache.syncState();
        QVERIFY(state.ok());
        QVERIFY(!state.value->cursor.isEmpty());
        QVERIFY(state.value->lastFullSyncAt.isValid());
        QVERIFY(!state.value->catalogVersion.isEmpty());
        const auto catalog = reader.cache.catalog();
        QVERIFY2(catalog.ok(), "the catalog the feed announced is cached");
        QVERIFY(catalog.value->contains(QStringLiteral("basic.roles")));
        const auto counts = reader.cache.counts();
        QCOMPARE(counts.value->roles, 5);
        QCOMPARE(counts.value->handlers, 1);
        QCOMPARE(e->itemsApplied(), counts.value->roles + counts.value->accounts);
    }

    void incrementalSyncBringsOnlyWhatChanged()
    {
        auto client = signedIn();
        QVERIFY(client);
        auto e = engine(client.get());
        QVERIFY(syncOnce(*e).value(0).toBool());
        const int fullItems = e->itemsApplied();
        QVERIFY(fullItems >= 3);

        // Nothing new: one round trip, nothing applied.
        QSignalSpy started(e.get(), &SyncEngine::started);
        QVERIFY(syncOnce(*e).value(0).toBool());
        QCOMPARE(started.last().first().value<SyncKind>(), SyncKind::Incremental);
        QCOMPARE(e->batchesDone(), 1);
        QCOMPARE(e->itemsApplied(), 0);

        const QList<qint64> ids = createRoles(client->token(), 1, QStringLiteral("增量"));
        QCOMPARE(ids.size(), 1);
        QSignalSpy changed(e.get(), &SyncEngine::cacheChanged);
        QVERIFY(syncOnce(*e).value(0).toBool());
        QCOMPARE(started.last().first().value<SyncKind>(), SyncKind::Incremental);
        QCOMPARE(e->itemsApplied(), 1);
        QCOMPARE(changed.size(), 1);
        const CacheDelta delta = changed.first().first().value<CacheDelta>();
        QVERIFY(!delta.reset);
        QCOMPARE(delta.roles.size(), 1);
        QCOMPARE(delta.roles.first().id, ids.first());
        verifyMirrors(client->token());
    }

    void tombstonesRemoveRowsAndAssignments()
    {
        auto client = signedIn();
        QVERIFY(client);
        const QString token = client->token();
        const QList<qint64> ids = createRoles(token, 1, QStringLiteral("删除"));
        QCOMPARE(ids.size(), 1);
        const qint64 roleId = ids.first();
        const QList<Account> handlers = serverHandlers(token);
        QCOMPARE(handlers.size(), 1);
        const qint64 handlerId = handlers.first().id;
        QCOMPARE(m_server->request("PUT", QStringLiteral("/roles/%1/accounts/%2").arg(roleId).arg(handlerId), {}, token)
                     .status,
                 204);
        auto e = engine(client.get());
        QVERIFY(syncOnce(*e).value(0).toBool());
        {
            CacheReader reader(cachePath());
            QVERIFY(reader.cache.account(handlerId).value->roleIds.contains(roleId));
            QCOMPARE(reader.cache.role(roleId).value->accountCount, 1);
        }

        QCOMPARE(m_server->request("DELETE", QStringLiteral("/roles/%1").arg(roleId), {}, token).status, 204);
        QSignalSpy changed(e.get(), &SyncEngine::cacheChanged);
        QVERIFY(syncOnce(*e).value(0).toBool());
        const CacheDelta delta = changed.first().first().value<CacheDelta>();
        QVERIFY(delta.deleted.contains(DeletedItem{DeletedItem::Type::Role, roleId}));
        {
            CacheReader reader(cachePath());
            QCOMPARE(reader.cache.role(roleId).error.code, CacheError::Code::NotFound);
            QVERIFY(!reader.cache.account(handlerId).value->roleIds.contains(roleId));
        }
        verifyMirrors(token);

        QCOMPARE(m_server->request("DELETE", QStringLiteral("/handlers/%1").arg(handlerId), {}, token).status, 204);
        QVERIFY(syncOnce(*e).value(0).toBool());
        CacheReader reader(cachePath());
        QCOMPARE(reader.cache.account(handlerId).error.code, CacheError::Code::NotFound);
        QCOMPARE(reader.cache.counts().value->handlers, 0);
        verifyMirrors(token);
    }

    void sameBatchTwiceChangesNothing()
    {
        auto client = signedIn();
        QVERIFY(client);
        QVERIFY(!createRoles(client->token(), 2, QStringLiteral("幂等")).isEmpty());
        const auto fetched = wait<ChangeBatch>([&](QObject *ctx, ApiClient::Done<ChangeBatch> done) {
            return client->changes(QString(), 0, ctx, done);
        });
        QVERIFY2(fetched.ok(), qPrintable(fetched.error.message));
        ChangeBatch batch = *fetched.value;
        batch.kind = SyncKind::Full;
        batch.resetBefore = true;
        batch.receivedAt = QDateTime::currentDateTimeUtc();

        CacheReader writer(cachePath());
        QVERIFY(writer.error.ok());
        QVERIFY(writer.cache.applyChanges(batch).ok());
        const auto roles = writer.cache.allRoles();
        const auto accounts = writer.cache.allAccounts();
        const auto counts = writer.cache.counts();
        const auto state = writer.cache.syncState();
        QVERIFY(writer.cache.applyChanges(batch).ok());
        QCOMPARE(*writer.cache.allRoles().value, *roles.value);
        QCOMPARE(*writer.cache.allAccounts().value, *accounts.value);
        QCOMPARE(writer.cache.counts().value->assignments, counts.value->assignments);
        QCOMPARE(writer.cache.syncState().value->cursor, state.value->cursor);
        QCOMPARE(writer.cache.syncState().value->lastSyncAt(), state.value->lastSyncAt());

        // And the engine, re-reading a feed it has applied, arrives at the same cache.
        auto e = engine(client.get());
        QVERIFY(syncOnce(*e, SyncEngine::Mode::Full).value(0).toBool());
        QCOMPARE(*writer.cache.allRoles().value, *roles.value);
        verifyMirrors(client->token());
    }

    void serverStoppedMidSyncLeavesAConsistentCacheThatResumes()
    {
        auto client = signedIn();
        QVERIFY(client);
        const QString token = client->token();
        QCOMPARE(createRoles(token, 30, QStringLiteral("中断")).size(), 30);
        const int port = m_server->baseUrl().port();
        auto e = engine(client.get(), 3);
        e->setProbeInterval(60 * 60 * 1000);   // this test restarts the sync itself

        // Stop the server once two batches are in the cache.
        const QMetaObject::Connection stopper =
            connect(e.get(), &SyncEngine::progress, this, [this](int batches, int) {
                if (batches == 2)
                    m_server->stop();
            });
        QSignalSpy offline(e.get(), &SyncEngine::offlineChanged);
        const QList<QVariant> cut = syncOnce(*e);
        QVERIFY(!cut.isEmpty());
        QVERIFY(!cut.at(0).toBool());
        const ApiError error = cut.at(1).value<ApiError>();
        QCOMPARE(error.status, 0);
        QVERIFY2(error.code == QLatin1String("network_error") || error.code == QLatin1String("timeout"),
                 qPrintable(error.code));
        QVERIFY(e->isOffline());
        QCOMPARE(offline.size(), 1);
        const int applied = e->itemsApplied();
        QVERIFY(e->batchesDone() >= 2);
        QVERIFY(applied < 33);
        disconnect(stopper);

        // Consistent: whole batches only, and the cursor stored with the last of them.
        QString cursor;
        {
            CacheReader reader(cachePath());
            const auto counts = reader.cache.counts();
            QCOMPARE(counts.value->roles + counts.value->accounts, applied);
            const auto state = reader.cache.syncState();
            QVERIFY(!state.value->cursor.isEmpty());
            QVERIFY(!state.value->lastFullSyncAt.isValid());   // not finished
            cursor = state.value->cursor;
        }

        // The server comes back on the same data; the next sync resumes from the cursor.
        test::TestServer::Options options;
        options.dataDir = m_server->dataDir();
        options.extraArgs = {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)};
        m_restarted = std::make_unique<test::TestServer>(options);
        QVERIFY2(m_restarted->start(), qPrintable(m_restarted->errorString()));
        QCOMPARE(m_restarted->baseUrl().port(), port);
        std::swap(m_server, m_restarted);   // the running one answers the test's own requests

        QSignalSpy started(e.get(), &SyncEngine::started);
        const QList<QVariant> resumed = syncOnce(*e);
        QVERIFY2(resumed.value(0).toBool(), qPrintable(resumed.value(1).value<ApiError>().message));
        QCOMPARE(started.first().first().value<SyncKind>(), SyncKind::Incremental);
        QCOMPARE(e->itemsApplied() + applied, 33);   // nothing fetched twice, nothing missed
        QVERIFY(!e->isOffline());
        verifyMirrors(token);
    }

    void offlineComesBackOnlineByItself()
    {
        auto client = signedIn();
        QVERIFY(client);
        auto e = engine(client.get());
        QVERIFY(syncOnce(*e).value(0).toBool());
        const int port = m_server->baseUrl().port();
        m_server->stop();
        e->setProbeInterval(200);

        QSignalSpy offline(e.get(), &SyncEngine::offlineChanged);
        const QList<QVariant> failed = syncOnce(*e);
        QVERIFY(!failed.value(0).toBool());
        QVERIFY(e->isOffline());
        QVERIFY(e->offlineSince().isValid());
        QCOMPARE(offline.size(), 1);
        QCOMPARE(offline.first().first().toBool(), true);
        QTest::qWait(500);   // probes fail while the server is down
        QVERIFY(e->isOffline());

        // Back on the same address, with a change made meanwhile (the probe
        // pauses for that, so that the sync it starts must bring the change).
        e->setProbeInterval(60 * 60 * 1000);
        test::TestServer::Options options;
        options.dataDir = m_server->dataDir();
        options.extraArgs = {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)};
        m_restarted = std::make_unique<test::TestServer>(options);
        QVERIFY2(m_restarted->start(), qPrintable(m_restarted->errorString()));
        std::swap(m_server, m_restarted);
        const QString token = client->token();
        QVERIFY(!createRoles(token, 1, QStringLiteral("恢复")).isEmpty());

        QSignalSpy finished(e.get(), &SyncEngine::finished);
        e->setProbeInterval(200);
        QTRY_VERIFY_WITH_TIMEOUT(!e->isOffline(), 10000);   // the probe found the server
        QCOMPARE(offline.last().first().toBool(), false);
        QVERIFY(!e->offlineSince().isValid());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), SyncTimeoutMs);   // and a sync followed by itself
        QVERIFY(finished.last().first().toBool());
        verifyMirrors(token);
    }

    void cancelStopsAndKeepsAppliedBatches()
    {
        auto client = signedIn();
        QVERIFY(client);
        QCOMPARE(createRoles(client->token(), 20, QStringLiteral("取消")).size(), 20);
        auto e = engine(client.get(), 1);
        connect(e.get(), &SyncEngine::progress, this, [&e](int batches, int) {
            if (batches == 2)
                e->cancel();
        });
        const QList<QVariant> done = syncOnce(*e);
        QVERIFY(!done.isEmpty());
        QVERIFY(!done.at(0).toBool());
        QCOMPARE(done.at(1).value<ApiError>().code, QStringLiteral("cancelled"));
        QVERIFY(!e->isOffline());   // a cancel is not a network failure
        QVERIFY(!e->isSyncing());
        const int applied = e->itemsApplied();
        QVERIFY(applied >= 2);
        QVERIFY(applied < 23);
        {
            CacheReader reader(cachePath());
            QCOMPARE(reader.cache.counts().value->roles + reader.cache.counts().value->accounts, applied);
        }
        // cancel() while idle does nothing; the next sync picks up where it stopped.
        e->cancel();
        disconnect(e.get(), &SyncEngine::progress, this, nullptr);
        QVERIFY(syncOnce(*e).value(0).toBool());
        QCOMPARE(applied + e->itemsApplied(), 23);
        verifyMirrors(client->token());
    }

    void refusedCursorFallsBackToAFullSync()
    {
        auto client = signedIn();
        QVERIFY(client);
        {
            // A cursor this server never gave (e.g. its data was reset).
            CacheReader writer(cachePath());
            ChangeBatch stale;
            stale.cursor = QStringLiteral("not-a-cursor-of-this-server");
            stale.roles << Role{};
            stale.roles.first().id = 999;
            stale.roles.first().name = QStringLiteral("早已删除");
            stale.roles.first().version = QStringLiteral("1");
            QVERIFY(writer.cache.applyChanges(stale).ok());
        }
        auto e = engine(client.get());
        QSignalSpy started(e.get(), &SyncEngine::started);
        const QList<QVariant> done = syncOnce(*e);
        QVERIFY2(done.value(0).toBool(), qPrintable(done.value(1).value<ApiError>().message));
        QCOMPARE(started.first().first().value<SyncKind>(), SyncKind::Incremental);
        CacheReader reader(cachePath());
        QCOMPARE(reader.cache.role(999).error.code, CacheError::Code::NotFound);   // gone with the full sync
        verifyMirrors(client->token());
    }

    void writeShowsInTheCacheBeforeTheNextSync()
    {
        auto client = signedIn();
        QVERIFY(client);
        auto e = engine(client.get());
        QVERIFY(syncOnce(*e).value(0).toBool());
        e->setWriteDelay(60 * 60 * 1000);   // no sync follows within this test's first part
        WriteThrough writes(client.get(), e.get());
        QSignalSpy changed(e.get(), &SyncEngine::cacheChanged);
        QSignalSpy started(e.get(), &SyncEngine::started);
        CacheReader reader(cachePath());

        RoleInput input;
        input.name = QStringLiteral("写入即见");
        input.permissions = {QStringLiteral("basic.accounts")};
        const auto created = wait<Role>([&](QObject *ctx, ApiClient::Done<Role> done) {
            return writes.createRole(input, ctx, done);
        });
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        // When done runs, the cache already holds the server's answer.
        const auto cached = reader.cache.role(created.value->id);
        QVERIFY(cached.ok());
        QCOMPARE(*cached.value, *created.value);
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.first().first().value<CacheDelta>().local);

        const qint64 handlerId = handlersOf(*reader.cache.allAccounts().value).first().id;
        HandlerPatch rename;
        rename.name = QStringLiteral("陈静怡");
        const QString version = reader.cache.account(handlerId).value->version;
        const auto renamed = wait<Account>([&](QObject *ctx, ApiClient::Done<Account> done) {
            return writes.updateHandler(handlerId, rename, version, ctx, done);
        });
        QVERIFY2(renamed.ok(), qPrintable(renamed.error.message));
        QCOMPARE(reader.cache.account(handlerId).value->name, QStringLiteral("陈静怡"));

        // A refused write changes nothing here.
        const auto stale = wait<Account>([&](QObject *ctx, ApiClient::Done<Account> done) {
            return writes.updateHandler(handlerId, rename, version, ctx, done);
        });
        QCOMPARE(stale.error.code, QStringLiteral("version_conflict"));
        QCOMPARE(reader.cache.account(handlerId).value->version, renamed.value->version);

        // An assignment answers 204: the cache counts it at once (the new
        // versions it gives the role and the account come with the next sync).
        const auto assigned = wait<Nothing>([&](QObject *ctx, ApiClient::Done<Nothing> done) {
            return writes.assign(created.value->id, handlerId, ctx, done);
        });
        QVERIFY(assigned.ok());
        QVERIFY(reader.cache.account(handlerId).value->roleIds.contains(created.value->id));
        QCOMPARE(reader.cache.role(created.value->id).value->accountCount, 1);

        const auto unassigned = wait<Nothing>([&](QObject *ctx, ApiClient::Done<Nothing> done) {
            return writes.unassign(created.value->id, handlerId, ctx, done);
        });
        QVERIFY(unassigned.ok());
        QVERIFY(!reader.cache.account(handlerId).value->roleIds.contains(created.value->id));
        QCOMPARE(reader.cache.role(created.value->id).value->accountCount, 0);

        const auto deleted = wait<Nothing>([&](QObject *ctx, ApiClient::Done<Nothing> done) {
            return writes.deleteRole(created.value->id, QString(), ctx, done);
        });
        QVERIFY(deleted.ok());
        QCOMPARE(reader.cache.role(created.value->id).error.code, CacheError::Code::NotFound);

        const auto removed = wait<Nothing>([&](QObject *ctx, ApiClient::Done<Nothing> done) {
            return writes.deleteHandler(handlerId, QString(), ctx, done);
        });
        QVERIFY(removed.ok());
        QCOMPARE(reader.cache.account(handlerId).error.code, CacheError::Code::NotFound);
        QCOMPARE(changed.last().first().value<CacheDelta>().deleted.first(),
                 (DeletedItem{DeletedItem::Type::Account, handlerId}));
        QVERIFY(started.isEmpty());   // all of it before any sync

        // The feed then confirms it: the writes asked for a sync, which comes
        // by itself once the (here shortened) quiet time is over.
        QSignalSpy finished(e.get(), &SyncEngine::finished);
        e->setWriteDelay(50);
        QVERIFY(finished.wait(SyncTimeoutMs));
        QVERIFY(finished.last().first().toBool());
        QCOMPARE(started.size(), 1);
        verifyMirrors(client->token());
    }

    void writeThroughCanLeaveOutTheSyncOrTheCache()
    {
        auto client = signedIn();
        QVERIFY(client);
        auto e = engine(client.get());
        QVERIFY(syncOnce(*e).value(0).toBool());
        e->setWriteDelay(0);
        WriteThrough writes(client.get(), e.get());
        writes.setSyncAfterWrites(false);
        QSignalSpy started(e.get(), &SyncEngine::started);
        QSignalSpy failed(&writes, &WriteThrough::cacheWriteFailed);
        CacheReader reader(cachePath());

        // Applied to the cache, and no sync follows.
        RoleInput input;
        input.name = QStringLiteral("只写不同步");
        input.permissions = {QStringLiteral("basic.accounts")};
        const auto created = wait<Role>([&](QObject *ctx, ApiClient::Done<Role> done) {
            return writes.createRole(input, ctx, done);
        });
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QVERIFY(reader.cache.role(created.value->id).ok());
        QTest::qWait(300);
        QVERIFY(started.isEmpty());
        QVERIFY(failed.isEmpty());

        // Without an engine the write goes to the server only.
        WriteThrough serverOnly(client.get(), nullptr);
        const auto deleted = wait<Nothing>([&](QObject *ctx, ApiClient::Done<Nothing> done) {
            return serverOnly.deleteRole(created.value->id, QString(), ctx, done);
        });
        QVERIFY2(deleted.ok(), qPrintable(deleted.error.message));
        QVERIFY(reader.cache.role(created.value->id).ok());
        QCOMPARE(m_server->request("GET", QStringLiteral("/roles/%1").arg(created.value->id), {}, client->token())
                     .status,
                 404);

        // A cache that cannot take the write: the caller hears of it before its answer, which stays the server's.
        const QString notACache = m_dir->filePath(QStringLiteral("not-a-cache"));
        QVERIFY(QDir().mkpath(notACache));
        SyncEngine broken(client.get(), notACache);
        broken.setInterval(0);
        WriteThrough brokenWrites(client.get(), &broken);
        QSignalSpy brokenFailed(&brokenWrites, &WriteThrough::cacheWriteFailed);
        input.name = QStringLiteral("缓存写不进");
        int failuresBeforeAnswer = -1;
        const auto answered = wait<Role>([&](QObject *ctx, ApiClient::Done<Role> done) {
            return brokenWrites.createRole(input, ctx, [&, done](const Result<Role> &r) {
                failuresBeforeAnswer = static_cast<int>(brokenFailed.size());
                done(r);
            });
        });
        QVERIFY2(answered.ok(), qPrintable(answered.error.message));
        QCOMPARE(failuresBeforeAnswer, 1);
        QVERIFY(!brokenFailed.first().first().toString().isEmpty());
    }

    void workspaceOpensOfflineAndForgets()
    {
        CredentialStore keychain(QStringLiteral("zhaocai-admin-test-syncengine"));
        auto client = signedIn();
        QVERIFY(client);
        ServerProfile p = profile(*m_server);
        p.id = QStringLiteral("ws-%1").arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(!Workspace::hasOfflineData(p.id, MainLogin));
        {
            Workspace online(client.get(), p, MainLogin, &keychain);
            QVERIFY(online.openOnline(m_session).ok());
            QSignalSpy finished(online.engine(), &SyncEngine::finished);
            QVERIFY(finished.wait(SyncTimeoutMs));   // the login sync
            QVERIFY(finished.first().first().toBool());
            QVERIFY(!online.isReadOnly());
            QCOMPARE(online.cachePath(), Cache::defaultPath(p.id, MainLogin));
        }
        QVERIFY(Workspace::hasOfflineData(p.id, MainLogin));
        QFile stored(Workspace::sessionPathFor(Cache::defaultPath(p.id, MainLogin)));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray storedText = stored.readAll();
        QVERIFY2(!storedText.contains(m_session.token.toUtf8()), "no token beside the cache");
        QVERIFY(!storedText.contains("token"));
        QCOMPARE(stored.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        // Next start: the server is gone; the last cache opens read-only.
        m_server->stop();
        ApiClient offlineClient;
        offlineClient.setProfile(p);
        offlineClient.setProxy(ProxySettings{ProxySettings::Mode::None, {}, 0, {}});
        Workspace offline(&offlineClient, p, MainLogin, &keychain);
        QVERIFY(offline.openOffline().ok());
        QVERIFY(offline.isReadOnly());
        QVERIFY(offline.engine()->isOffline());
        QVERIFY(offline.session());
        QCOMPARE(offline.session()->account->login, MainLogin);
        QVERIFY(offline.session()->token.isEmpty());
        QVERIFY(offline.sessionSavedAt().isValid());
        const auto roles = offline.cache()->allRoles();
        QVERIFY(roles.ok());
        QVERIFY(!roles.value->isEmpty());

        // 退出并清除本机数据: files and keychain entry go.
        const QString key = CredentialStore::tokenKey(p.id, MainLogin);
        QEventLoop loop;
        QString writeError = QStringLiteral("pending");
        keychain.write(key, QStringLiteral("a-token"), &loop, [&](const QString &e) {
            writeError = e;
            loop.quit();
        });
        if (writeError == QLatin1String("pending"))
            loop.exec();
        QVERIFY2(writeError.isEmpty(), qPrintable(writeError));
        QSignalSpy forgotten(&offline, &Workspace::forgotten);
        QString forgetError = QStringLiteral("pending");
        offline.forget(this, [&](const QString &e) { forgetError = e; });
        QTRY_VERIFY_WITH_TIMEOUT(forgetError != QLatin1String("pending"), 10000);
        QVERIFY2(forgetError.isEmpty(), qPrintable(forgetError));
        QCOMPARE(forgotten.size(), 1);
        QVERIFY(!offline.isOpen());
        QVERIFY(!QFile::exists(Cache::defaultPath(p.id, MainLogin)));
        QVERIFY(!Workspace::hasOfflineData(p.id, MainLogin));
        std::optional<QString> left = QStringLiteral("pending");
        QString readError;
        bool read = false;
        keychain.read(key, &loop, [&](const std::optional<QString> &v, const QString &e) {
            left = v;
            readError = e;
            read = true;
            loop.quit();
        });
        if (!read)
            loop.exec();
        QVERIFY2(readError.isEmpty(), qPrintable(readError));
        QVERIFY(!left.has_value());

        // Nothing stored: offline opening says so.
        Workspace none(&offlineClient, p, QStringLiteral("nobody"), &keychain);
        QCOMPARE(none.openOffline().code, CacheError::Code::NotFound);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::TestServer> m_restarted;
    Session m_session;
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
