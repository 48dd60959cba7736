// The server's threads: workers answer at the same time, a password hash
// (the slow lane) never holds up a read, a session made through one worker
// is valid on every other, what a worker keeps in its caches follows every
// change made anywhere (another process included), and SIGTERM lets a
// request in flight finish.
#include "ServerTestSupport.h"
#include "TestServer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using zc::test::RawConnection;
using zc::test::ServerDb;
using zc::test::TestServer;

namespace {

QByteArray head(const QByteArray &requestLineAndFields)
{
    return requestLineAndFields + "\r\n\r\n";
}

QByteArray request(const QByteArray &verb, const QByteArray &path, const QString &token, const QByteArray &body = {})
{
    QByteArray r = verb + " /api/v1" + path + " HTTP/1.1\r\nHost: x";
    if (!token.isEmpty())
        r += "\r\nAuthorization: Bearer " + token.toLatin1();
    if (!body.isNull())
        r += "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size());
    return head(r) + body;
}

// Workers that accepted connections, in order, from the server's debug log.
QList<int> workersInLog(const QByteArray &log)
{
    static const QRegularExpression re(QStringLiteral("connection accepted on worker (\\d+)"));
    QList<int> out;
    auto it = re.globalMatch(QString::fromUtf8(log));
    while (it.hasNext())
        out.append(it.next().captured(1).toInt());
    return out;
}

// A server whose connections the log tells apart by worker.
std::unique_ptr<TestServer> startLogging(const TestServer::Options &o)
{
    qputenv("QT_LOGGING_RULES", "zc.server.http.debug=true");
    auto server = std::make_unique<TestServer>(o);
    const bool ok = server->start();
    qunsetenv("QT_LOGGING_RULES");
    if (!ok)
        qWarning("%s", qPrintable(server->errorString()));
    return ok ? std::move(server) : nullptr;
}

} // namespace

class TestServerWorkers : public QObject
{
    Q_OBJECT

private slots:
    void twoWorkersAnswerAtTheSameTime();
    void aLoginDoesNotDelayARead();
    void aSessionMadeThroughOneWorkerIsValidOnEveryOther();
    void cachedAnswersFollowChangesOfAnotherProcess();
    void sigtermLetsTheRequestInFlightFinish();
};

void TestServerWorkers::twoWorkersAnswerAtTheSameTime()
{
    TestServer::Options o;
    o.extraArgs = QStringList{QStringLiteral("--workers"), QStringLiteral("2")};
    auto server = startLogging(o);
    QVERIFY(server);
    const QString token = server->loginToken(zc::test::demo::GroupMain, zc::test::demo::Password);
    QVERIFY(!token.isEmpty());

    RawConnection writer(*server);
    QVERIFY(writer.open());
    RawConnection reader(*server);
    QVERIFY(reader.open());
    QTRY_VERIFY(workersInLog(server->log()).size() >= 2);
    const QList<int> workers = workersInLog(server->log());
    QVERIFY2(workers.at(workers.size() - 1) != workers.at(workers.size() - 2), "both landed on one worker");

    // The test takes the database's write lock: the writer's worker waits for it
    // inside its request. On one thread every other request would wait too.
    zc::test::ServerDb db(server->dataDir());
    QVERIFY2(db.isOpen(), qPrintable(db.lastError()));
    const bool postgres = TestServer::usingPostgres();
    QVERIFY2(db.exec(postgres ? QStringLiteral("SELECT pg_advisory_lock(8820407001241708849)")
                              : QStringLiteral("BEGIN IMMEDIATE")),
             qPrintable(db.lastError()));
    QElapsedTimer t;
    t.start();
    writer.send(request("POST", "/roles", token, R"({"name":"并发","remark":"","permissions":[]})"));
    QVERIFY(!writer.readAnswer(300));   // held by the lock
    int reads = 0;
    while (t.elapsed() < 1500) {
        QElapsedTimer one;
        one.start();
        reader.send(request("GET", "/roles?size=5", token));
        const auto a = reader.readAnswer(2000);
        QVERIFY(a);
        QCOMPARE(a->status, 200);
        QVERIFY2(one.elapsed() < 500, qPrintable(QString::number(one.elapsed())));
        ++reads;
    }
    QVERIFY(reads >= 3);
    QVERIFY(db.exec(postgres ? QStringLiteral("SELECT pg_advisory_unlock(8820407001241708849)")
                             : QStringLiteral("COMMIT")));
    const auto created = writer.readAnswer(5000);
    QVERIFY(created);
    QCOMPARE(created->status, 201);
}

void TestServerWorkers::aLoginDoesNotDelayARead()
{
    // One worker, one slow-lane thread, and an Argon2id that costs a few hundred ms.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile seed(dir.filePath(QStringLiteral("seed.json")));
    QVERIFY(seed.open(QIODevice::WriteOnly));
    seed.write(R"({"units": [{"uscc": "12320100426350892C", "name": "南京测试单位", "kind": null, "unit_code": null,
                             "login": "slow_main", "password": "Slow@2026x", "phone": "13800000001"}]})");
    seed.close();
    TestServer::Options o;
    o.seedFile = seed.fileName();
    o.extraArgs = QStringList{QStringLiteral("--workers"), QStringLiteral("1"), QStringLiteral("--slow-workers"),
                              QStringLiteral("1"), QStringLiteral("--argon2-memory-kib"), QStringLiteral("131072"),
                              QStringLiteral("--argon2-ops"), QStringLiteral("4")};
    TestServer server(o);
    QVERIFY2(server.start(30000), qPrintable(server.errorString()));
    const QString token = server.loginToken(QStringLiteral("slow_main"), QStringLiteral("Slow@2026x"));
    QVERIFY(!token.isEmpty());

    // Three sign-ins queue on the slow lane; meanwhile the worker keeps answering reads.
    std::vector<std::unique_ptr<RawConnection>> logins;
    for (int i = 0; i < 3; ++i) {
        const auto c = server.solvedCaptcha();
        logins.push_back(std::make_unique<RawConnection>(server));
        QVERIFY(logins.back()->open());
        const QByteArray body = QJsonDocument(zc::test::loginBody(QStringLiteral("slow_main"), QStringLiteral("Slow@2026x"),
                                                                  c.id, c.answer))
                                    .toJson(QJsonDocument::Compact);
        logins.back()->send(request("POST", "/sessions", {}, body));
    }
    RawConnection reader(server);
    QVERIFY(reader.open());
    QElapsedTimer t;
    t.start();
    qint64 worst = 0;
    int reads = 0;
    int answered = 0;
    qint64 loginsDone = -1;
    while (loginsDone < 0 && t.elapsed() < 20000) {
        QElapsedTimer one;
        one.start();
        reader.send(request("GET", "/me", token));
        const auto a = reader.readAnswer(5000);
        QVERIFY(a);
        QCOMPARE(a->status, 200);
        worst = qMax(worst, one.elapsed());
        ++reads;
        for (auto &l : logins) {
            if (l && l->socket().bytesAvailable() > 0) {
                const auto done = l->readAnswer(2000);
                QVERIFY(done);
                QCOMPARE(done->status, 201);
                l.reset();
                ++answered;
            }
        }
        if (answered == 3)
            loginsDone = t.elapsed();
    }
    QVERIFY2(loginsDone > 0, "the sign-ins were not answered");
    // The sign-ins took their time on the slow lane; no read waited for them.
    QVERIFY2(reads >= 5, qPrintable(QString::number(reads)));
    QVERIFY2(worst * 3 < loginsDone && worst < 200,
             qPrintable(QStringLiteral("slowest read %1 ms, three sign-ins %2 ms").arg(worst).arg(loginsDone)));
}

void TestServerWorkers::aSessionMadeThroughOneWorkerIsValidOnEveryOther()
{
    TestServer::Options o;
    o.extraArgs = QStringList{QStringLiteral("--workers"), QStringLiteral("3")};
    auto server = startLogging(o);
    QVERIFY(server);
    const QString token = server->loginToken(zc::test::demo::GroupMain, zc::test::demo::Password);
    QVERIFY(!token.isEmpty());

    std::vector<std::unique_ptr<RawConnection>> conns;
    for (int i = 0; i < 3; ++i) {
        conns.push_back(std::make_unique<RawConnection>(*server));
        QVERIFY(conns.back()->open());
    }
    QTRY_VERIFY(workersInLog(server->log()).size() >= 4);   // the sign-in's connection, then these three
    const QList<int> workers = workersInLog(server->log());
    const QSet<int> used(workers.end() - 3, workers.end());
    QCOMPARE(used.size(), 3);   // one connection on each worker
    for (auto &c : conns) {
        c->send(request("GET", "/me", token));
        const auto a = c->readAnswer();
        QVERIFY(a);
        QCOMPARE(a->status, 200);
    }
    // Signing out through one worker ends it on all of them.
    conns.front()->send(request("DELETE", "/sessions/current", token));
    const auto out = conns.front()->readAnswer();
    QVERIFY(out);
    QCOMPARE(out->status, 204);
    for (auto &c : conns) {
        c->send(request("GET", "/me", token));
        const auto a = c->readAnswer();
        QVERIFY(a);
        QCOMPARE(a->status, 401);
    }
}

void TestServerWorkers::cachedAnswersFollowChangesOfAnotherProcess()
{
    namespace admin = zc::test::admin;
    // The reader's two workers keep sessions and pages in their caches; a
    // second server process on the same database (the writer) changes things.
    TestServer::Options o = admin::serverOptions();
    o.extraArgs << QStringLiteral("--workers") << QStringLiteral("2");
    TestServer reader(o);
    QVERIFY2(reader.start(), qPrintable(reader.errorString()));
    TestServer::Options w = admin::serverOptions();
    w.dataDir = reader.dataDir();
    w.seedFile = QStringLiteral("-");
    TestServer writer(w);
    QVERIFY2(writer.start(), qPrintable(writer.errorString()));

    const QString main = reader.loginToken(admin::MainA, admin::Password);
    const QString rolesOnly = reader.loginToken(admin::RolesOnly, admin::Password);
    QVERIFY(!main.isEmpty() && !rolesOnly.isEmpty());
    std::vector<std::unique_ptr<RawConnection>> conns;
    for (int i = 0; i < 2; ++i) {
        conns.push_back(std::make_unique<RawConnection>(reader));
        QVERIFY(conns.back()->open());
    }
    RawConnection other(writer);
    QVERIFY(other.open());
    const auto ask = [](RawConnection &c, const QByteArray &verb, const QByteArray &path, const QString &token,
                        const QByteArray &body = {}) {
        c.send(request(verb, path, token, body));
        const auto a = c.readAnswer();
        return a ? *a : RawConnection::Answer{};
    };
    const auto object = [](const RawConnection::Answer &a) { return QJsonDocument::fromJson(a.body).object(); };
    const auto itemWith = [&](const RawConnection::Answer &a, const char *field, const QString &value) {
        for (const QJsonValue v : object(a).value(QLatin1String("items")).toArray()) {
            if (v.toObject().value(QLatin1String(field)).toString() == value)
                return v.toObject();
        }
        return QJsonObject();
    };
    const QByteArray roles = "/roles?size=50";
    const QByteArray handlers = "/handlers?size=50";

    // Warm both workers' caches, twice over.
    for (int round = 0; round < 2; ++round) {
        for (auto &c : conns) {
            QCOMPARE(object(ask(*c, "GET", roles, main)).value(QLatin1String("total")).toInt(), admin::UnitARoles);
            QCOMPARE(object(ask(*c, "GET", handlers, main)).value(QLatin1String("total")).toInt(), admin::UnitAHandlers);
            QCOMPARE(ask(*c, "GET", roles, rolesOnly).status, 200);
        }
    }
    const qint64 roleId = itemWith(ask(*conns.front(), "GET", roles, main), "name", admin::RoleRoles)
                              .value(QLatin1String("id")).toInteger();
    const qint64 accountId = itemWith(ask(*conns.front(), "GET", handlers, main), "login", admin::RolesOnly)
                                 .value(QLatin1String("id")).toInteger();
    QVERIFY(roleId > 0 && accountId > 0);

    // A role made through the other process is on every worker's next page.
    const auto made = ask(other, "POST", "/roles", main, R"({"name":"另一进程的角色","permissions":[]})");
    QCOMPARE(made.status, 201);
    for (auto &c : conns) {
        const auto page = ask(*c, "GET", roles, main);
        QCOMPARE(object(page).value(QLatin1String("total")).toInt(), admin::UnitARoles + 1);
        QVERIFY(!itemWith(page, "name", QStringLiteral("另一进程的角色")).isEmpty());
    }

    // A sign-in there moves the handler's last_login_at here.
    QVERIFY(itemWith(ask(*conns.front(), "GET", handlers, main), "login", admin::filler(1))
                .value(QLatin1String("last_login_at")).isNull());
    QVERIFY(!writer.loginToken(admin::filler(1), admin::Password).isEmpty());
    for (auto &c : conns) {
        QVERIFY(itemWith(ask(*c, "GET", handlers, main), "login", admin::filler(1))
                    .value(QLatin1String("last_login_at")).isString());
    }

    // A sign-in lock shows while it holds and is gone when it runs out, with
    // nothing written in between.
    {
        ServerDb db(reader.dataDir());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO lockouts (login_key, locked_until) VALUES (?, ?)"),
                        {admin::filler(2), QDateTime::currentMSecsSinceEpoch() + 1500}));
    }
    for (auto &c : conns) {
        QCOMPARE(itemWith(ask(*c, "GET", handlers, main), "login", admin::filler(2)).value(QLatin1String("status")),
                 QStringLiteral("locked"));
    }
    QTest::qWait(1700);
    for (auto &c : conns) {
        QCOMPARE(itemWith(ask(*c, "GET", handlers, main), "login", admin::filler(2)).value(QLatin1String("status")),
                 QStringLiteral("active"));
    }

    // A right taken away there is gone here at once.
    QCOMPARE(ask(other, "DELETE", "/roles/" + QByteArray::number(roleId) + "/accounts/" + QByteArray::number(accountId),
                 main).status,
             204);
    for (auto &c : conns)
        QCOMPARE(ask(*c, "GET", roles, rolesOnly).status, 403);

    // A session ended there is ended here.
    QCOMPARE(ask(other, "DELETE", "/sessions/current", main).status, 204);
    for (auto &c : conns) {
        QCOMPARE(ask(*c, "GET", roles, main).status, 401);
        QCOMPARE(ask(*c, "GET", "/me", main).status, 401);
    }
}

void TestServerWorkers::sigtermLetsTheRequestInFlightFinish()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    RawConnection idle(server);
    QVERIFY(idle.open());
    RawConnection inFlight(server);
    QVERIFY(inFlight.open());
    const QByteArray body = R"({"login":"x"})";
    inFlight.send(head("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                       + QByteArray::number(body.size()))
                  + body.left(5));
    QTest::qWait(200);   // the head is in

    server.terminate();
    QVERIFY(idle.waitClosed(3000));   // nothing in flight there: closed at once
    QTRY_VERIFY_WITH_TIMEOUT(server.log().contains("shutting down"), 3000);
    QTest::qWait(300);
    RawConnection late(server);
    QVERIFY(!late.open(2000));   // no longer accepting
    QVERIFY(server.isRunning());

    inFlight.send(body.mid(5));
    const auto a = inFlight.readAnswer(5000);
    QVERIFY(a);
    QCOMPARE(a->status, 400);   // the route ran: the password is missing
    QCOMPARE(a->errorCode(), QStringLiteral("invalid_field"));
    QCOMPARE(a->header("Connection"), QByteArray("close"));
    QVERIFY(inFlight.waitClosed(5000));
    QVERIFY(server.waitForExit(10000));
    QVERIFY(server.exitedNormally());
    QCOMPARE(server.exitCode(), 0);
    QVERIFY(server.log().contains("stopped"));
}

QTEST_GUILESS_MAIN(TestServerWorkers)
#include "tst_server_workers.moc"
