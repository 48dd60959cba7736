// The network front under hostile clients: silent connections and plain HTTP
// on the TLS port, slow heads and bodies, the connection cap, every framing
// ambiguity, bodies that must never be buffered, and the security fields of
// every answer.
#include "ServerTestSupport.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using zc::test::RawConnection;
using zc::test::TestServer;

namespace {

// A normal client's request must be answered at once.
constexpr int PromptMs = 1000;

QByteArray head(const QByteArray &requestLineAndFields)
{
    return requestLineAndFields + "\r\n\r\n";
}

// The fields every answer carries (docs/api.md, "The network front").
void checkSecurityFields(const RawConnection::Answer &a, bool tls = true)
{
    QCOMPARE(a.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(a.header("X-Content-Type-Options"), QByteArray("nosniff"));
    if (tls)
        QCOMPARE(a.header("Strict-Transport-Security"), QByteArray("max-age=31536000"));
    else
        QVERIFY(a.header("Strict-Transport-Security").isEmpty());
}

} // namespace

class TestServerFront : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void silentConnectionsDoNotStopIt_data();
    void silentConnectionsDoNotStopIt();
    void plainHttpOnTheTlsPortDoesNotStopIt();
    void slowHeadsAreCutWhileOthersAreServed();
    void idleConnectionsAtTheCapMakeRoomForANewClient();
    void framingAmbiguitiesAreRefusedAndClose_data();
    void framingAmbiguitiesAreRefusedAndClose();
    void refusedBodiesAreNeverBuffered();
    void oversizedHeadsAndTooManyFieldsAre431();
    void slowBodyIs408();
    void pipelinedRequestsAreAnsweredInOrder();
    void http10ClosesUnlessAskedToKeepAlive();
    void expectContinueGetsAnInterimAnswer();
    void everyAnswerCarriesTheSecurityFields();

private:
    std::unique_ptr<TestServer> m_server;   // the default limits
    std::unique_ptr<TestServer> m_strict;   // short head and body deadlines
};

void TestServerFront::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    TestServer::Options o;
    o.seedFile = QStringLiteral("-");
    o.extraArgs = QStringList{QStringLiteral("--head-timeout-ms"), QStringLiteral("1500"),
                              QStringLiteral("--body-grace-ms"), QStringLiteral("500"),
                              QStringLiteral("--min-body-rate"), QStringLiteral("100000")};
    m_strict = std::make_unique<TestServer>(o);
    QVERIFY2(m_strict->start(), qPrintable(m_strict->errorString()));
}

void TestServerFront::silentConnectionsDoNotStopIt_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("30") << 30;
    QTest::newRow("300") << 300;
}

void TestServerFront::silentConnectionsDoNotStopIt()
{
    // A port scan: TCP connections that never start TLS, closed together.
    QFETCH(int, count);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < count; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(m_server->baseUrl().host(), quint16(m_server->baseUrl().port()));
    }
    for (auto &s : sockets)
        QVERIFY(s->state() == QAbstractSocket::ConnectedState || s->waitForConnected(5000));
    for (auto &s : sockets)
        s->abort();
    QElapsedTimer t;
    t.start();
    const auto r = m_server->request("GET", QStringLiteral("/health"));
    QCOMPARE(r.status, 200);
    QVERIFY2(t.elapsed() < PromptMs, qPrintable(QString::number(t.elapsed())));
    // And once more, still silent but left open: a new client is answered all the same.
    for (auto &s : sockets)
        s->connectToHost(m_server->baseUrl().host(), quint16(m_server->baseUrl().port()));
    for (auto &s : sockets)
        QVERIFY(s->state() == QAbstractSocket::ConnectedState || s->waitForConnected(5000));
    t.restart();
    QCOMPARE(m_server->request("GET", QStringLiteral("/health")).status, 200);
    QVERIFY2(t.elapsed() < PromptMs, qPrintable(QString::number(t.elapsed())));
}

void TestServerFront::plainHttpOnTheTlsPortDoesNotStopIt()
{
    for (int i = 0; i < 40; ++i) {
        RawConnection plain(*m_server, false);
        QVERIFY(plain.open());
        plain.send(head("GET /api/v1/health HTTP/1.1\r\nHost: x"));
        QVERIFY(!plain.readAnswer(300));   // nothing HTTP comes back from a TLS port
        plain.close();
    }
    QElapsedTimer t;
    t.start();
    QCOMPARE(m_server->request("GET", QStringLiteral("/health")).status, 200);
    QVERIFY2(t.elapsed() < PromptMs, qPrintable(QString::number(t.elapsed())));
}

void TestServerFront::slowHeadsAreCutWhileOthersAreServed()
{
    // A slowloris: many connections, each sending one header line now and then.
    constexpr int Slow = 200;
    std::vector<std::unique_ptr<RawConnection>> slow;
    for (int i = 0; i < Slow; ++i) {
        slow.push_back(std::make_unique<RawConnection>(*m_strict));
        slow.back()->openAsync();
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(slow.begin(), slow.end(), [](const auto &c) { return c->isOpen(); }), 30000);
    for (auto &c : slow)
        c->socket().write("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\n");

    QElapsedTimer t;
    t.start();
    qint64 worst = 0;
    int served = 0;
    while (t.elapsed() < 3500) {
        for (auto &c : slow) {
            if (c->socket().state() == QAbstractSocket::ConnectedState)
                c->socket().write("X-Slow: 1\r\n");
        }
        QElapsedTimer one;
        one.start();
        const auto r = m_strict->request("GET", QStringLiteral("/health"));
        QCOMPARE(r.status, 200);
        worst = qMax(worst, one.elapsed());
        ++served;
        QTest::qWait(200);
    }
    QVERIFY2(worst < PromptMs, qPrintable(QString::number(worst)));
    QVERIFY(served >= 5);
    // The head deadline (1.5 s) is not renewed by each line: all were cut with 408.
    int timedOut = 0;
    for (auto &c : slow) {
        const auto a = c->readAnswer(2000);
        if (a && a->status == 408 && a->errorCode() == QLatin1String("request_timeout"))
            ++timedOut;
        QVERIFY(c->waitClosed(3000));
    }
    QCOMPARE(timedOut, Slow);
}

void TestServerFront::idleConnectionsAtTheCapMakeRoomForANewClient()
{
    TestServer::Options o;
    o.seedFile = QStringLiteral("-");
    o.extraArgs = QStringList{QStringLiteral("--max-connections"), QStringLiteral("50")};
    TestServer capped(o);
    QVERIFY2(capped.start(), qPrintable(capped.errorString()));
    std::vector<std::unique_ptr<RawConnection>> idle;
    for (int i = 0; i < 50; ++i) {
        idle.push_back(std::make_unique<RawConnection>(capped));
        QVERIFY(idle.back()->open());
        QTest::qWait(2);   // each idle a little longer than the next
    }
    QTest::qWait(100);
    QElapsedTimer t;
    t.start();
    QCOMPARE(capped.request("GET", QStringLiteral("/health")).status, 200);
    QVERIFY2(t.elapsed() < PromptMs, qPrintable(QString::number(t.elapsed())));
    // The oldest idle one made room.
    QVERIFY(idle.front()->waitClosed(2000));
    int open = 0;
    for (auto &c : idle)
        open += c->socket().state() == QAbstractSocket::ConnectedState ? 1 : 0;
    QVERIFY2(open >= 45 && open < 50, qPrintable(QString::number(open)));
}

void TestServerFront::framingAmbiguitiesAreRefusedAndClose_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray post = "POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n";
    const QByteArray chunked = "5\r\n{\"a\":\r\n2\r\n1}\r\n0\r\n\r\n";
    const QString malformed = QStringLiteral("malformed_request");
    QTest::newRow("TE chunked, then TE identity")
        << QByteArray(post + "Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n" + chunked) << 400 << malformed;
    QTest::newRow("TE identity, then TE chunked")
        << QByteArray(post + "Transfer-Encoding: identity\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked) << 400 << malformed;
    QTest::newRow("Content-Length and TE")
        << QByteArray(post + "Content-Length: 7\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked) << 400 << malformed;
    QTest::newRow("TE and Content-Length")
        << QByteArray(post + "Transfer-Encoding: chunked\r\nContent-Length: 7\r\n\r\n" + chunked) << 400 << malformed;
    QTest::newRow("two Content-Lengths")
        << QByteArray(post + "Content-Length: 7\r\nContent-Length: 7\r\n\r\n{\"a\":1}") << 400 << malformed;
    QTest::newRow("Content-Length list") << QByteArray(post + "Content-Length: 7, 7\r\n\r\n{\"a\":1}") << 400 << malformed;
    QTest::newRow("TE gzip, chunked") << QByteArray(post + "Transfer-Encoding: gzip, chunked\r\n\r\n" + chunked) << 400
                                      << malformed;
    QTest::newRow("TE identity") << QByteArray(post + "Transfer-Encoding: identity\r\n\r\n{\"a\":1}") << 400 << malformed;
    QTest::newRow("TE unknown coding") << QByteArray(post + "Transfer-Encoding: zz-compress\r\n\r\n" + chunked) << 501
                                       << QStringLiteral("unsupported_transfer_coding");
    QTest::newRow("two Authorizations")
        << head("GET /api/v1/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer a\r\nAuthorization: Bearer b") << 400
        << malformed;
    QTest::newRow("two Hosts") << head("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nHost: y") << 400 << malformed;
    QTest::newRow("no Host") << head("GET /api/v1/health HTTP/1.1\r\nAccept: */*") << 400 << malformed;
    QTest::newRow("space before the colon") << head("GET /api/v1/health HTTP/1.1\r\nHost : x") << 400 << malformed;
    QTest::newRow("folded line") << head("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n 2") << 400 << malformed;
    QTest::newRow("bare LF") << QByteArray("GET /api/v1/health HTTP/1.1\nHost: x\r\n\r\n") << 400 << malformed;
    QTest::newRow("bad chunk size") << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n") << 400
                                    << malformed;
    QTest::newRow("HTTP/1.0 with TE")
        << QByteArray("POST /api/v1/sessions HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked) << 400 << malformed;
}

void TestServerFront::framingAmbiguitiesAreRefusedAndClose()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, code);
    RawConnection c(*m_server);
    QVERIFY(c.open());
    // A second request behind it would be smuggled if the server read the first one otherwise.
    c.send(request + head("GET /api/v1/health HTTP/1.1\r\nHost: x"));
    const auto a = c.readAnswer();
    QVERIFY(a);
    QCOMPARE(a->status, status);
    QCOMPARE(a->errorCode(), code);
    QCOMPARE(a->header("Connection"), QByteArray("close"));
    checkSecurityFields(*a);
    QVERIFY(!c.readAnswer(1500));   // nothing more is answered on it
    QVERIFY(c.waitClosed(3000));
}

void TestServerFront::refusedBodiesAreNeverBuffered()
{
    // The duplicated Transfer-Encoding with a huge body: refused from the head,
    // the body dropped as it comes, never kept.
    QCOMPARE(m_server->request("GET", QStringLiteral("/health")).status, 200);
    const qint64 before = zc::test::residentKib(m_server->processId());
    QVERIFY(before > 0);
    const QByteArray megabyte(1024 * 1024, 'a');
    for (int round = 0; round < 3; ++round) {
        RawConnection c(*m_server);
        QVERIFY(c.open());
        c.send(head("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                    "Transfer-Encoding: identity"));
        int sent = 0;
        for (; sent < 24; ++sent) {
            if (!c.send(QByteArray::number(megabyte.size(), 16) + "\r\n" + megabyte + "\r\n"))
                break;
        }
        const auto a = c.readAnswer(5000);
        QVERIFY(a);
        QCOMPARE(a->status, 400);
        QVERIFY(c.waitClosed(5000));
    }
    // The same with a Content-Length past the limit: 413 from the head alone.
    for (int round = 0; round < 3; ++round) {
        RawConnection c(*m_server);
        QVERIFY(c.open());
        c.send(head("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Length: 50000000"));
        for (int i = 0; i < 24 && c.send(megabyte); ++i) {
        }
        const auto a = c.readAnswer(5000);
        QVERIFY(a);
        QCOMPARE(a->status, 413);
        QVERIFY(c.waitClosed(5000));
    }
    const qint64 after = zc::test::residentKib(m_server->processId());
    QVERIFY2(after - before < 24 * 1024, qPrintable(QStringLiteral("VmRSS %1 KiB -> %2 KiB").arg(before).arg(after)));
    QCOMPARE(m_server->request("GET", QStringLiteral("/health")).status, 200);
}

void TestServerFront::oversizedHeadsAndTooManyFieldsAre431()
{
    {
        RawConnection c(*m_server);
        QVERIFY(c.open());
        c.send(head("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Filler: " + QByteArray(20 * 1024, 'f')));
        const auto a = c.readAnswer();
        QVERIFY(a);
        QCOMPARE(a->status, 431);
        QCOMPARE(a->errorCode(), QStringLiteral("headers_too_large"));
        QVERIFY(c.waitClosed(3000));
    }
    {
        QByteArray many = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nAccept-Language: en";
        for (int i = 0; i < 120; ++i)
            many += "\r\nX-F" + QByteArray::number(i) + ": v";
        RawConnection c(*m_server);
        QVERIFY(c.open());
        c.send(head(many));
        const auto a = c.readAnswer();
        QVERIFY(a);
        QCOMPARE(a->status, 431);
        QCOMPARE(a->errorCode(), QStringLiteral("headers_too_large"));
        QVERIFY(QString::fromUtf8(a->body).contains(QLatin1String("too many")));   // worded per Accept-Language
        QVERIFY(c.waitClosed(3000));
    }
}

void TestServerFront::slowBodyIs408()
{
    RawConnection c(*m_strict);
    QVERIFY(c.open());
    c.send(head("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Length: 100000") + "{\"login\":");
    QElapsedTimer t;
    t.start();
    const auto a = c.readAnswer(5000);
    QVERIFY(a);
    QCOMPARE(a->status, 408);
    QCOMPARE(a->errorCode(), QStringLiteral("request_timeout"));
    QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    QVERIFY(c.waitClosed(3000));
}

void TestServerFront::pipelinedRequestsAreAnsweredInOrder()
{
    RawConnection c(*m_server);
    QVERIFY(c.open());
    const QByteArray body = R"({"login":"x"})";
    c.send(head("GET /api/v1/nope HTTP/1.1\r\nHost: x")
           + head("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(body.size())) + body
           + head("POST /api/v1/captchas HTTP/1.1\r\nHost: x") + head("GET /api/v1/health HTTP/1.1\r\nHost: x"));
    const int expected[] = {404, 400, 201, 200};   // the captcha is drawn on the slow lane: still in order
    for (const int status : expected) {
        const auto a = c.readAnswer();
        QVERIFY(a);
        QCOMPARE(a->status, status);
    }
    QVERIFY(c.isOpen());
}

void TestServerFront::http10ClosesUnlessAskedToKeepAlive()
{
    {
        RawConnection c(*m_server);
        QVERIFY(c.open());
        c.send(head("GET /api/v1/health HTTP/1.0"));
        const auto a = c.readAnswer();
        QVERIFY(a);
        QCOMPARE(a->status, 200);
        QCOMPARE(a->header("Connection"), QByteArray("close"));
        QVERIFY(c.waitClosed(3000));
    }
    RawConnection c(*m_server);
    QVERIFY(c.open());
    for (int i = 0; i < 2; ++i) {
        c.send(head("GET /api/v1/health HTTP/1.0\r\nConnection: keep-alive"));
        const auto a = c.readAnswer();
        QVERIFY(a);
        QCOMPARE(a->status, 200);
        QCOMPARE(a->header("Connection").toLower(), QByteArray("keep-alive"));
    }
    c.send(head("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close"));
    const auto last = c.readAnswer();
    QVERIFY(last);
    QCOMPARE(last->header("Connection"), QByteArray("close"));
    QVERIFY(c.waitClosed(3000));
}

void TestServerFront::expectContinueGetsAnInterimAnswer()
{
    RawConnection c(*m_server);
    QVERIFY(c.open());
    const QByteArray body = R"({"login":"x"})";
    c.send(head("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: "
                + QByteArray::number(body.size())));
    const auto interim = c.readAnswer();
    QVERIFY(interim);
    QCOMPARE(interim->status, 100);
    c.send(body);
    const auto a = c.readAnswer();
    QVERIFY(a);
    QCOMPARE(a->status, 400);
    QCOMPARE(a->errorCode(), QStringLiteral("invalid_field"));
}

void TestServerFront::everyAnswerCarriesTheSecurityFields()
{
    const QString token = m_server->loginToken(zc::test::demo::PlainHandler, zc::test::demo::Password);
    QVERIFY(!token.isEmpty());
    const QString logout = m_server->loginToken(zc::test::demo::GroupMain, zc::test::demo::Password);
    QVERIFY(!logout.isEmpty());
    const QByteArray bearer = "\r\nAuthorization: Bearer " + token.toLatin1();
    struct Case
    {
        int status;
        QByteArray request;
        TestServer *server;
    };
    const QByteArray json = "\r\nContent-Type: application/json\r\nContent-Length: ";
    const std::vector<Case> cases = {
        {200, head("GET /api/v1/health HTTP/1.1\r\nHost: x"), m_server.get()},
        {201, head("POST /api/v1/captchas HTTP/1.1\r\nHost: x"), m_server.get()},
        {204, head("DELETE /api/v1/sessions/current HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + logout.toLatin1()),
         m_server.get()},
        {400, head("POST /api/v1/sessions HTTP/1.1\r\nHost: x" + json + "9") + "{not json", m_server.get()},
        {401, head("GET /api/v1/me HTTP/1.1\r\nHost: x"), m_server.get()},
        {403, head("POST /api/v1/unit/authentication HTTP/1.1\r\nHost: x" + bearer + json + "2") + "{}", m_server.get()},
        {404, head("GET /api/v1/no/such/thing HTTP/1.1\r\nHost: x"), m_server.get()},
        {405, head("GET /api/v1/sessions HTTP/1.1\r\nHost: x"), m_server.get()},
        {408, QByteArray("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n"), m_strict.get()},
        {413, head("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000"), m_server.get()},
        {431, head("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-F: " + QByteArray(17000, 'f')), m_server.get()},
        {400, head("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2"), m_server.get()},
        {501, head("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: br"), m_server.get()},
    };
    for (const Case &k : cases) {
        RawConnection c(*k.server);
        QVERIFY(c.open());
        c.send(k.request);
        const auto a = c.readAnswer(5000);
        QVERIFY2(a, k.request.left(60).constData());
        QCOMPARE(a->status, k.status);
        checkSecurityFields(*a);
        if (k.status >= 400) {
            QCOMPARE(a->header("Content-Type"), QByteArray("application/json; charset=utf-8"));
            QVERIFY2(!a->errorCode().isEmpty(), a->body.constData());
        }
    }

    // 503: the cap per address (off by default) reached, the newcomer is told so.
    TestServer::Options o;
    o.seedFile = QStringLiteral("-");
    o.extraArgs = QStringList{QStringLiteral("--max-connections-per-address"), QStringLiteral("1")};
    TestServer perAddress(o);
    QVERIFY2(perAddress.start(), qPrintable(perAddress.errorString()));
    RawConnection first(perAddress);
    QVERIFY(first.open());
    RawConnection second(perAddress);
    QVERIFY(second.open());
    const auto busy = second.readAnswer();
    QVERIFY(busy);
    QCOMPARE(busy->status, 503);
    QCOMPARE(busy->errorCode(), QStringLiteral("service_unavailable"));
    checkSecurityFields(*busy);
    first.send(head("GET /api/v1/health HTTP/1.1\r\nHost: x"));
    const auto ok = first.readAnswer();
    QVERIFY(ok);
    QCOMPARE(ok->status, 200);

    // Plain HTTP (--insecure-http) carries them too, but no HSTS.
    TestServer::Options p;
    p.seedFile = QStringLiteral("-");
    p.extraArgs = QStringList{QStringLiteral("--insecure-http")};
    TestServer plain(p);
    QVERIFY2(plain.start(), qPrintable(plain.errorString()));
    RawConnection c(plain, false);
    QVERIFY(c.open());
    c.send(head("GET /api/v1/nope HTTP/1.1\r\nHost: x"));
    const auto a = c.readAnswer();
    QVERIFY(a);
    QCOMPARE(a->status, 404);
    checkSecurityFields(*a, false);
}

QTEST_GUILESS_MAIN(TestServerFront)
#include "tst_server_front.moc"
