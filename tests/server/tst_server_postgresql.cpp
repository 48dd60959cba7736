// The PostgreSQL engine against a real PostgreSQL server (ZC_TEST_PG_URL, set
// by scripts/test.sh): migrations and the portable SQL, constraint violations
// and failed transactions, the write lock that makes several server processes
// behave like one, two processes starting at once on an empty database, and
// races between two server processes on one database.
#include "ServerTestSupport.h"
#include "TestServer.h"
#include "server/Crypto.h"
#include "server/storage/Database.h"
#include "server/storage/Migrations.h"
#include "server/storage/PostgresEngine.h"
#include "DetailsSchemaChecks.h"
#include "TokenSchemaChecks.h"

#include <QDir>
#include <QJsonObject>
#include <QJsonArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace zc::server;
using zc::test::ServerDb;
using zc::test::TestServer;

namespace {

const QString Phone = QStringLiteral("13704711234");

// Parallel POSTs: all sent before any answer is read.
QList<int> postAllAtOnce(const QList<TestServer *> &servers, const QString &path, const QList<QJsonObject> &bodies)
{
    QNetworkAccessManager nam;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < bodies.size(); ++i) {
        TestServer *server = servers.at(i % servers.size());
        QUrl url = server->baseUrl();
        url.setPath(QStringLiteral("/api/v1") + path);
        QNetworkRequest request(url);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(server->caCertificates());
        request.setSslConfiguration(ssl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(30000);
        replies << nam.post(request, QJsonDocument(bodies.at(i)).toJson(QJsonDocument::Compact));
    }
    QList<int> statuses;
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
    }
    return statuses;
}

} // namespace

class TestServerPostgresql : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void migrationsAndPortableSqlRunOnPostgresql();
    void migrationFourKeepsTheAuditTrailAndTokensAreCheckedLive();
    void migrationFiveKeepsOldEventsWithoutDetails();
    void constraintViolationsAreRecognisedAndRolledBack();
    void writeTransactionsTakeTheDatabaseWideWriteLock();
    void twoServersStartAtOnceOnAnEmptyDatabase();
    void oneSmsCodePerMinuteAcrossTwoServers();
    void oneRegistrationWinsAcrossTwoServers();
    void aDatabaseAwayIsAnswered503AndTheServerRecovers();

private:
    // One statement on a short-lived connection to the maintenance database of ZC_TEST_PG_URL.
    bool adminExec(const QString &sql, const QVariantList &binds = {});
    QString createDatabase();   // a fresh database; its URL
    std::unique_ptr<Database> openDatabase(const QString &url);

    QString m_adminUrl;
    QStringList m_created;
};

void TestServerPostgresql::initTestCase()
{
    QVERIFY(Crypto::initialize());
    m_adminUrl = qEnvironmentVariable("ZC_TEST_PG_URL");
    QVERIFY2(!m_adminUrl.isEmpty(), "ZC_TEST_PG_URL is not set: scripts/test.sh starts a PostgreSQL server and sets it");
    QVERIFY2(TestServer::usingPostgres(), "run with ZC_TEST_DATABASE=postgresql (the ctest entry sets it)");
}

bool TestServerPostgresql::adminExec(const QString &sql, const QVariantList &binds)
{
    const QString connection = QStringLiteral("admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        const QUrl admin(m_adminUrl);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(admin.host());
        db.setPort(admin.port(5432));
        db.setDatabaseName(admin.path().mid(1));
        db.setUserName(admin.userName());
        if (!admin.password().isEmpty())
            db.setPassword(admin.password(QUrl::FullyDecoded));
        if (!db.open()) {
            qWarning("cannot connect: %s", qPrintable(db.lastError().text()));
        } else {
            QSqlQuery q(db);
            if (binds.isEmpty()) {
                ok = q.exec(sql);   // DDL cannot be a prepared statement
            } else {
                q.prepare(sql);
                for (int i = 0; i < binds.size(); ++i)
                    q.bindValue(i, binds.at(i));
                ok = q.exec();
            }
            if (!ok)
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

QString TestServerPostgresql::createDatabase()
{
    const QString name = QStringLiteral("zc_engine_") + QUuid::createUuid().toString(QUuid::Id128);
    // The name is made here of [a-z0-9_] only (identifiers cannot be bound).
    if (adminExec(QStringLiteral("CREATE DATABASE ") + name))
        m_created << name;
    QUrl url(m_adminUrl);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

void TestServerPostgresql::cleanup()
{
    for (const QString &name : std::as_const(m_created))
        (void)adminExec(QStringLiteral("DROP DATABASE IF EXISTS ") + name + QStringLiteral(" WITH (FORCE)"));
    m_created.clear();
}

std::unique_ptr<Database> TestServerPostgresql::openDatabase(const QString &url)
{
    QString error;
    const auto settings = PostgresEngine::parseUrl(url, &error);
    if (!settings) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    auto db = std::make_unique<Database>(std::make_unique<PostgresEngine>(*settings));
    if (!db->open(&error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return db;
}

void TestServerPostgresql::migrationsAndPortableSqlRunOnPostgresql()
{
    const QString url = createDatabase();
    auto db = openDatabase(url);
    QVERIFY(db);
    QCOMPARE(db->engine().name(), QStringLiteral("postgresql"));
    QString error;
    QVERIFY2(Migrations::run(*db, &error), qPrintable(error));
    QVERIFY2(Migrations::run(*db, &error), qPrintable(error));   // nothing left to do
    QCOMPARE(db->run(QStringLiteral("SELECT COUNT(*) FROM schema_version"))->scalar().toInt(), Migrations::latestVersion());
    QCOMPARE(db->run(QStringLiteral("SELECT MAX(version) FROM schema_version"))->scalar().toInt(), Migrations::latestVersion());

    // INSERT … RETURNING id with identity columns; bound values of every kind.
    const auto first = db->run(QStringLiteral("INSERT INTO legal_persons (uscc, name, legal_rep_name, legal_rep_id_number)"
                                              " VALUES (?, ?, ?, ?) RETURNING id"),
                               {QStringLiteral("A"), QStringLiteral("名称 'quoted' \\ back"), QStringLiteral("x"),
                                QStringLiteral("y")});
    QVERIFY(first && !first->isEmpty());
    const auto second = db->run(QStringLiteral("INSERT INTO legal_persons (uscc, name, legal_rep_name, legal_rep_id_number)"
                                               " VALUES (?, ?, ?, ?) RETURNING id"),
                                {QStringLiteral("B"), QStringLiteral("b"), QStringLiteral("x"), QStringLiteral("y")});
    QVERIFY(second && !second->isEmpty());
    QCOMPARE(second->scalar().toLongLong(), first->scalar().toLongLong() + 1);
    QCOMPARE(db->run(QStringLiteral("SELECT name FROM legal_persons WHERE uscc = ?"), {QStringLiteral("A")})->scalar().toString(),
             QStringLiteral("名称 'quoted' \\ back"));
    // UPDATE … RETURNING and row counts; NULL binds; ON CONFLICT upserts.
    const auto counter = db->run(
        QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'change_seq' RETURNING value"));
    QVERIFY(counter && counter->rowsAffected == 1);
    QCOMPARE(counter->scalar().toLongLong(), 1);
    QVERIFY(db->run(QStringLiteral("INSERT INTO lockouts (login_key, locked_until) VALUES (?, ?)"
                                   " ON CONFLICT (login_key) DO UPDATE SET locked_until = excluded.locked_until"),
                    {QStringLiteral("k"), 5}));
    QVERIFY(db->run(QStringLiteral("INSERT INTO lockouts (login_key, locked_until) VALUES (?, ?)"
                                   " ON CONFLICT (login_key) DO UPDATE SET locked_until = excluded.locked_until"),
                    {QStringLiteral("k"), 7}));
    QCOMPARE(db->run(QStringLiteral("SELECT locked_until FROM lockouts WHERE login_key = 'k'"))->scalar().toLongLong(), 7);
    const auto none = db->run(QStringLiteral("UPDATE lockouts SET locked_until = ? WHERE login_key = ?"),
                              {Database::nullInt(), QStringLiteral("nobody")});
    QVERIFY(none);
    QCOMPARE(none->rowsAffected, 0);
    QVERIFY(db->run(QStringLiteral("INSERT INTO sms_codes (phone, purpose, code_hash, created_at, expires_at, used_at)"
                                   " VALUES (?, 'register', 'h', 1, 2, ?)"),
                    {Phone, Database::nullInt()}));
    QVERIFY(db->run(QStringLiteral("SELECT used_at FROM sms_codes"))->scalar().isNull());
}

void TestServerPostgresql::migrationFourKeepsTheAuditTrailAndTokensAreCheckedLive()
{
    auto db = openDatabase(createDatabase());
    QVERIFY(db);
    zc::test::checkTheAuditTrailSurvivesMigrationFour(*db);
    if (QTest::currentTestFailed())
        return;
    zc::test::checkAuditRefusesATokenNoLongerLive(*db);
}

void TestServerPostgresql::migrationFiveKeepsOldEventsWithoutDetails()
{
    auto db = openDatabase(createDatabase());
    QVERIFY(db);
    zc::test::checkOldEventsReadWithoutDetails(*db);
}

void TestServerPostgresql::constraintViolationsAreRecognisedAndRolledBack()
{
    auto db = openDatabase(createDatabase());
    QVERIFY(db);
    QString error;
    QVERIFY2(Migrations::run(*db, &error), qPrintable(error));
    QVERIFY(db->run(QStringLiteral("INSERT INTO legal_persons (uscc, name, legal_rep_name, legal_rep_id_number)"
                                   " VALUES ('U', 'n', 'r', 'i')")));
    // Unique (23505) and foreign key (23503) violations are told apart from errors.
    bool constraint = false;
    QVERIFY(!db->runAllowingConstraint(QStringLiteral("INSERT INTO legal_persons (uscc, name, legal_rep_name,"
                                                      " legal_rep_id_number) VALUES ('U', 'n', 'r', 'i')"),
                                       {}, &constraint));
    QVERIFY(constraint);
    QVERIFY(!db->runAllowingConstraint(QStringLiteral("INSERT INTO accounts (unit_id, kind, login, name, phone,"
                                                      " credential_id, created_at, updated_at)"
                                                      " VALUES (999, 'unit', 'x', 'x', 'x', 999, 0, 0)"),
                                       {}, &constraint));
    QVERIFY(constraint);
    QVERIFY(!db->runAllowingConstraint(QStringLiteral("SELECT no_such_column FROM legal_persons"), {}, &constraint));
    QVERIFY(!constraint);

    // A violation inside a transaction aborts it; the rollback leaves nothing
    // and the connection goes on working.
    const Status failed = db->transaction<Done>([&]() -> Status {
        if (!db->run(QStringLiteral("INSERT INTO legal_persons (uscc, name, legal_rep_name, legal_rep_id_number)"
                                    " VALUES ('V', 'n', 'r', 'i')")))
            return internalError();
        bool c = false;
        if (!db->runAllowingConstraint(QStringLiteral("INSERT INTO legal_persons (uscc, name, legal_rep_name,"
                                                      " legal_rep_id_number) VALUES ('U', 'n', 'r', 'i')"),
                                       {}, &c))
            return c ? apiError(409, zc::ErrorCode::Conflict) : internalError();
        return Done{};
    });
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, QStringLiteral("conflict"));
    QCOMPARE(db->run(QStringLiteral("SELECT COUNT(*) FROM legal_persons"))->scalar().toInt(), 1);
    const Status ok = db->transaction<Done>([&]() -> Status {
        return db->run(QStringLiteral("INSERT INTO legal_persons (uscc, name, legal_rep_name, legal_rep_id_number)"
                                      " VALUES ('W', 'n', 'r', 'i')"))
            ? Status(Done{})
            : Status(internalError());
    });
    QVERIFY(ok.ok());
    QCOMPARE(db->run(QStringLiteral("SELECT COUNT(*) FROM legal_persons"))->scalar().toInt(), 2);
}

void TestServerPostgresql::writeTransactionsTakeTheDatabaseWideWriteLock()
{
    const QString url = createDatabase();
    auto one = openDatabase(url);
    auto two = openDatabase(url);
    QVERIFY(one && two);
    QString error;
    QVERIFY2(Migrations::run(*one, &error), qPrintable(error));
    const QString tryLock = QStringLiteral("SELECT pg_try_advisory_xact_lock(?)");
    // Outside a transaction the lock is free (taken and released by the statement).
    QCOMPARE(two->run(tryLock, {PostgresEngine::WriteLockKey})->scalar().toBool(), true);
    bool heldInside = false;
    const Status done = one->transaction<Done>([&]() -> Status {
        // While one connection is in a write transaction, no other can start one.
        heldInside = !two->run(tryLock, {PostgresEngine::WriteLockKey})->scalar().toBool();
        return Done{};
    });
    QVERIFY(done.ok());
    QVERIFY(heldInside);
    QCOMPARE(two->run(tryLock, {PostgresEngine::WriteLockKey})->scalar().toBool(), true);
    // A rolled-back transaction releases it too.
    const Status failed = one->transaction<Done>([]() -> Status { return apiError(409, zc::ErrorCode::Conflict); });
    QVERIFY(!failed.ok());
    QCOMPARE(two->run(tryLock, {PostgresEngine::WriteLockKey})->scalar().toBool(), true);
}

void TestServerPostgresql::twoServersStartAtOnceOnAnEmptyDatabase()
{
    // Both run the migrations and load the same seed at the same moment.
    const QString url = createDatabase();
    const auto env = QProcessEnvironment::systemEnvironment();
    const QString bin = env.value(QStringLiteral("ZC_SERVER_BIN"));
    QVERIFY(!bin.isEmpty());
    const QString seed = env.value(QStringLiteral("ZC_SOURCE_DIR")) + QStringLiteral("/server/seed/demo.json");
    QTemporaryDir dirs[2];
    QProcess processes[2];
    for (int i = 0; i < 2; ++i) {
        QVERIFY(dirs[i].isValid());
        processes[i].setProcessChannelMode(QProcess::MergedChannels);
        processes[i].start(bin, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"),
                                 dirs[i].path(), QStringLiteral("--database"), url, QStringLiteral("--seed"), seed});
    }
    QByteArray logs[2];
    for (int i = 0; i < 2; ++i) {
        QDeadlineTimer deadline(30000);
        while (!logs[i].contains("listening on") && !deadline.hasExpired()
               && processes[i].state() != QProcess::NotRunning) {
            processes[i].waitForReadyRead(100);
            logs[i] += processes[i].readAll();
        }
        QVERIFY2(logs[i].contains("listening on"), logs[i].constData());
        QVERIFY(logs[i].contains("storage: PostgreSQL"));
    }
    for (QProcess &p : processes) {
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
    }
    auto db = openDatabase(url);
    QVERIFY(db);
    QCOMPARE(db->run(QStringLiteral("SELECT COUNT(*) FROM schema_version"))->scalar().toInt(), Migrations::latestVersion());
    QCOMPARE(db->run(QStringLiteral("SELECT COUNT(*) FROM units"))->scalar().toInt(), 6);   // seeded once
    QCOMPARE(db->run(QStringLiteral("SELECT COUNT(*) FROM legal_persons"))->scalar().toInt(), 9);
    QCOMPARE(db->run(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE kind = 'handler'"))->scalar().toInt(), 7);
}

void TestServerPostgresql::oneSmsCodePerMinuteAcrossTwoServers()
{
    TestServer first;
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    QVERIFY(!first.databaseUrl().isEmpty());
    TestServer::Options o;
    o.dataDir = first.dataDir();
    o.seedFile = QStringLiteral("-");
    TestServer second(o);
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    QCOMPARE(second.databaseUrl(), first.databaseUrl());

    constexpr int Rounds = 5;
    constexpr int Parallel = 8;
    ServerDb db(first.dataDir());
    for (int round = 0; round < Rounds; ++round) {
        QList<QJsonObject> bodies;
        for (int i = 0; i < Parallel; ++i) {
            const TestServer::NewCaptcha c = (i % 2 ? second : first).solvedCaptcha();
            bodies << QJsonObject{{QStringLiteral("phone"), Phone},
                                  {QStringLiteral("purpose"), QStringLiteral("register")},
                                  {QStringLiteral("captcha_id"), c.id},
                                  {QStringLiteral("captcha_answer"), c.answer}};
        }
        const QList<int> statuses = postAllAtOnce({&first, &second}, QStringLiteral("/sms-codes"), bodies);
        QCOMPARE(statuses.count(202), 1);
        QCOMPARE(statuses.count(429), Parallel - 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sms_codes WHERE phone = ?"), {Phone}).toInt(), round + 1);
        QVERIFY(db.exec(QStringLiteral("UPDATE sms_codes SET created_at = created_at - 61000 WHERE phone = ?"), {Phone}));
    }
}

void TestServerPostgresql::oneRegistrationWinsAcrossTwoServers()
{
    TestServer first;
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    TestServer::Options o;
    o.dataDir = first.dataDir();
    o.seedFile = QStringLiteral("-");
    TestServer second(o);
    QVERIFY2(second.start(), qPrintable(second.errorString()));

    const TestServer::NewCaptcha c = first.solvedCaptcha();
    QCOMPARE(first.request("POST", QStringLiteral("/sms-codes"),
                           QJsonObject{{QStringLiteral("phone"), Phone},
                                       {QStringLiteral("purpose"), QStringLiteral("register")},
                                       {QStringLiteral("captcha_id"), c.id},
                                       {QStringLiteral("captcha_answer"), c.answer}})
                 .status,
             202);
    const QString code = first.smsMessages(Phone).first().toObject().value(QLatin1String("code")).toString();
    QVERIFY(!code.isEmpty());
    constexpr int Parallel = 6;
    QList<QJsonObject> bodies;
    for (int i = 0; i < Parallel; ++i) {
        bodies << QJsonObject{{QStringLiteral("method"), i % 2 ? QStringLiteral("e_license") : QStringLiteral("legal_person_db")},
                              {QStringLiteral("uscc"), QStringLiteral("91150100MA7P8D327J")},
                              {QStringLiteral("unit_name"), QStringLiteral("呼和浩特市青城医药有限公司")},
                              {QStringLiteral("legal_rep_name"), QStringLiteral("孙丽娜")},
                              {QStringLiteral("legal_rep_id_number"), QStringLiteral("15010519880617236X")},
                              {QStringLiteral("login"), QStringLiteral("qingcheng%1").arg(i)},
                              {QStringLiteral("password"), QStringLiteral("Qc@2026pass")},
                              {QStringLiteral("phone"), Phone},
                              {QStringLiteral("sms_code"), code}};
    }
    const QList<int> statuses = postAllAtOnce({&first, &second}, QStringLiteral("/registrations"), bodies);
    QCOMPARE(statuses.count(201), 1);
    for (const int s : statuses)
        QVERIFY2(s == 201 || s == 409 || s == 422, qPrintable(QString::number(s)));
    ServerDb db(first.dataDir());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM units WHERE uscc = '91150100MA7P8D327J'")).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE login LIKE 'qingcheng%'")).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'unit.register'")).toInt(), 1);
}

void TestServerPostgresql::aDatabaseAwayIsAnswered503AndTheServerRecovers()
{
    TestServer::Options o;
    o.extraArgs = QStringList{QStringLiteral("--workers"), QStringLiteral("2")};
    TestServer server(o);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString token = server.loginToken(zc::test::demo::GroupMain, zc::test::demo::Password);
    QVERIFY(!token.isEmpty());
    for (int i = 0; i < 4; ++i)
        QCOMPARE(server.request("GET", QStringLiteral("/roles"), {}, token).status, 200);
    const QString name = QUrl(server.databaseUrl()).path().mid(1);
    QVERIFY(!name.isEmpty());

    // The database goes away under the running server: its connections are
    // cut (what a restart does to them) and no new one is let in.
    QVERIFY(adminExec(QStringLiteral("ALTER DATABASE ") + name + QStringLiteral(" ALLOW_CONNECTIONS false")));
    QVERIFY(adminExec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ?"),
                      {name}));
    QElapsedTimer away;
    away.start();
    for (int i = 0; i < 6; ++i) {
        const auto r = server.request("GET", QStringLiteral("/roles"), {}, token);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.errorCode(), QStringLiteral("service_unavailable"));
        QCOMPARE(r.header("Retry-After"), QByteArray("1"));
    }
    QVERIFY2(away.elapsed() < 10000, qPrintable(QString::number(away.elapsed())));   // answered, not left hanging
    QVERIFY(server.isRunning());

    // Back: the server makes its connections again by itself; the session held.
    QVERIFY(adminExec(QStringLiteral("ALTER DATABASE ") + name + QStringLiteral(" ALLOW_CONNECTIONS true")));
    QTRY_VERIFY_WITH_TIMEOUT(server.request("GET", QStringLiteral("/roles"), {}, token).status == 200, 15000);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(server.request("GET", QStringLiteral("/roles"), {}, token).status, 200);
    QCOMPARE(server.request("POST", QStringLiteral("/roles"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("恢复后的角色")},
                                        {QStringLiteral("permissions"), QJsonArray()}},
                            token)
                 .status,
             201);
}

QTEST_MAIN(TestServerPostgresql)
#include "tst_server_postgresql.moc"
