// The network front's parts on their own: the strict head check (every
// framing ambiguity) and the connection table (the cap, eviction, the cap
// per address).
#include "server/http/ConnectionTable.h"
#include "server/http/ErrorMessages.h"
#include "server/http/HeadCheck.h"

#include <QTest>

#include <memory>
#include <vector>

using namespace zc::server;

class TestFrontParts : public QObject
{
    Q_OBJECT

private slots:
    void connectionTableEvictsClosingThenIdleThenSlowestNeverBusy();
    void connectionTableCapsPerAddressOnlyWhenAsked();
    void headCheckRefusesFramingAmbiguities_data();
    void headCheckRefusesFramingAmbiguities();
    void headCheckReadsKeepAliveAndLanguage();
};

namespace {

using zc::server::http::ConnectionSlot;
using zc::server::http::ConnectionTable;
using zc::server::http::Ending;
using zc::server::http::Stage;

// A slot that records how it was asked to end.
struct TestSlot
{
    std::shared_ptr<ConnectionSlot> slot;
    std::shared_ptr<int> ended = std::make_shared<int>(0);   // 0: not asked; 1: Now; 2: AfterRequest

    explicit TestSlot(const QByteArray &address = QByteArrayLiteral("127.0.0.1"))
    {
        auto flag = ended;
        slot = std::make_shared<ConnectionSlot>(address, [flag](Ending how) { *flag = how == Ending::Now ? 1 : 2; });
    }
};

} // namespace

void TestFrontParts::connectionTableEvictsClosingThenIdleThenSlowestNeverBusy()
{
    zc::server::http::FrontLimits limits;
    limits.maxConnections = 4;
    ConnectionTable table(limits);
    TestSlot busy, slowHead, oldIdle, newIdle;
    for (TestSlot *t : {&busy, &slowHead, &oldIdle, &newIdle}) {
        QCOMPARE(table.admit(t->slot), ConnectionTable::Admission::Admitted);
        QTest::qWait(5);   // distinct ages
    }
    busy.slot->setStage(Stage::Busy);
    QTest::qWait(5);
    slowHead.slot->setStage(Stage::Head);
    QTest::qWait(5);
    oldIdle.slot->setStage(Stage::Idle);
    QTest::qWait(5);
    newIdle.slot->setStage(Stage::Idle);
    QCOMPARE(table.open(), 4);

    // At the cap: admitted, and the idle connection that waited longest ends.
    TestSlot a;
    QCOMPARE(table.admit(a.slot), ConnectionTable::Admission::Admitted);
    QCOMPARE(*oldIdle.ended, 1);
    QCOMPARE(*newIdle.ended, 0);
    a.slot->setStage(Stage::Busy);
    // Then the other idle one, then the slowest head; never the busy one.
    TestSlot b;
    QCOMPARE(table.admit(b.slot), ConnectionTable::Admission::Admitted);
    QCOMPARE(*newIdle.ended, 1);
    b.slot->setStage(Stage::Busy);
    TestSlot c;
    QCOMPARE(table.admit(c.slot), ConnectionTable::Admission::Admitted);
    QCOMPARE(*slowHead.ended, 1);
    c.slot->setStage(Stage::Busy);
    // Every live connection busy: the newcomer only gets 503.
    TestSlot d;
    QCOMPARE(table.admit(d.slot), ConnectionTable::Admission::Overloaded);
    QCOMPARE(*busy.ended, 0);

    // A connection already closing goes first, before any idle one.
    for (TestSlot *t : {&oldIdle, &newIdle, &slowHead, &d})
        table.release(t->slot.get());
    QCOMPARE(table.open(), 4);   // busy, a, b, c
    TestSlot idle;
    table.release(c.slot.get());
    QCOMPARE(table.admit(idle.slot), ConnectionTable::Admission::Admitted);
    idle.slot->setStage(Stage::Idle);
    QTest::qWait(5);
    b.slot->setStage(Stage::Closing);
    TestSlot e;
    QCOMPARE(table.admit(e.slot), ConnectionTable::Admission::Admitted);
    QCOMPARE(*b.ended, 1);
    QCOMPARE(*idle.ended, 0);

    // Shutdown asks everyone; the table empties as connections go.
    table.endAll(Ending::AfterRequest);
    QCOMPARE(*busy.ended, 2);
    QVERIFY(!table.waitUntilEmpty(10));
    for (TestSlot *t : {&busy, &a, &b, &idle, &e})
        table.release(t->slot.get());
    QVERIFY(table.waitUntilEmpty(10));
    QCOMPARE(table.open(), 0);
}

void TestFrontParts::connectionTableCapsPerAddressOnlyWhenAsked()
{
    zc::server::http::FrontLimits limits;
    limits.maxConnections = 100;
    {
        ConnectionTable open(limits);   // default: no cap per address
        std::vector<TestSlot> many(20);
        for (TestSlot &t : many)
            QCOMPARE(open.admit(t.slot), ConnectionTable::Admission::Admitted);
    }
    limits.maxConnectionsPerAddress = 2;
    ConnectionTable capped(limits);
    TestSlot a, b, c, other(QByteArrayLiteral("10.0.0.2"));
    QCOMPARE(capped.admit(a.slot), ConnectionTable::Admission::Admitted);
    QCOMPARE(capped.admit(b.slot), ConnectionTable::Admission::Admitted);
    QCOMPARE(capped.admit(c.slot), ConnectionTable::Admission::Overloaded);
    QCOMPARE(capped.admit(other.slot), ConnectionTable::Admission::Admitted);
    capped.release(c.slot.get());
    capped.release(a.slot.get());
    TestSlot again;
    QCOMPARE(capped.admit(again.slot), ConnectionTable::Admission::Admitted);
}

void TestFrontParts::headCheckRefusesFramingAmbiguities_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("status");
    const QByteArray get = "POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\n";
    QTest::newRow("plain") << QByteArray(get + "Content-Length: 2") << 0;
    QTest::newRow("chunked") << QByteArray(get + "Transfer-Encoding: chunked") << 0;
    QTest::newRow("Chunked, any case") << QByteArray(get + "transfer-encoding:  CHUNKED ") << 0;
    QTest::newRow("TE twice: chunked then identity")
        << QByteArray(get + "Transfer-Encoding: chunked\r\nTransfer-Encoding: identity") << 400;
    QTest::newRow("TE twice: identity then chunked")
        << QByteArray(get + "Transfer-Encoding: identity\r\nTransfer-Encoding: chunked") << 400;
    QTest::newRow("TE twice: chunked") << QByteArray(get + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked")
                                       << 400;
    QTest::newRow("TE list chunked twice") << QByteArray(get + "Transfer-Encoding: chunked, chunked") << 400;
    QTest::newRow("TE gzip, chunked") << QByteArray(get + "Transfer-Encoding: gzip, chunked") << 400;
    QTest::newRow("TE identity") << QByteArray(get + "Transfer-Encoding: identity") << 400;
    QTest::newRow("TE empty") << QByteArray(get + "Transfer-Encoding: ") << 400;
    QTest::newRow("TE unknown coding") << QByteArray(get + "Transfer-Encoding: zstd2") << 501;
    QTest::newRow("TE unknown in a list") << QByteArray(get + "Transfer-Encoding: foo, chunked") << 501;
    QTest::newRow("CL and TE") << QByteArray(get + "Content-Length: 5\r\nTransfer-Encoding: chunked") << 400;
    QTest::newRow("TE and CL") << QByteArray(get + "Transfer-Encoding: chunked\r\nContent-Length: 5") << 400;
    QTest::newRow("CL twice, same") << QByteArray(get + "Content-Length: 5\r\nContent-Length: 5") << 400;
    QTest::newRow("CL twice, different") << QByteArray(get + "Content-Length: 5\r\nContent-Length: 6") << 400;
    QTest::newRow("CL list") << QByteArray(get + "Content-Length: 5, 5") << 400;
    QTest::newRow("CL signed") << QByteArray(get + "Content-Length: +5") << 400;
    QTest::newRow("CL not a number") << QByteArray(get + "Content-Length: 12abc") << 400;
    QTest::newRow("CL empty") << QByteArray(get + "Content-Length:") << 400;
    QTest::newRow("CL huge") << QByteArray(get + "Content-Length: 99999999999999999999") << 400;
    QTest::newRow("TE in HTTP/1.0") << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked") << 400;
    QTest::newRow("Authorization twice")
        << QByteArray(get + "Authorization: Bearer a\r\nAuthorization: Bearer b") << 400;
    QTest::newRow("Host twice") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b") << 400;
    QTest::newRow("no Host in 1.1") << QByteArray("GET / HTTP/1.1\r\nAccept: */*") << 400;
    QTest::newRow("no Host in 1.0") << QByteArray("GET / HTTP/1.0") << 0;
    QTest::newRow("space before colon") << QByteArray(get + "Content-Length : 2") << 400;
    QTest::newRow("folded line") << QByteArray(get + "X-A: a\r\n  folded") << 400;
    QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x") << 400;
    QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\r\nHost: x\rX-B: y") << 400;
    QTest::newRow("NUL in value") << QByteArray(get + QByteArray("X-A: a\0b", 8)) << 400;
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: x") << 400;
    QTest::newRow("no version") << QByteArray("GET /\r\nHost: x") << 400;
    QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: x") << 400;
    QByteArray many = get;
    for (int i = 0; i < 100; ++i)
        many += "X-F" + QByteArray::number(i) + ": v\r\n";
    many.chop(2);
    QTest::newRow("too many fields") << many << 431;
}

void TestFrontParts::headCheckRefusesFramingAmbiguities()
{
    QFETCH(QByteArray, head);
    QFETCH(int, status);
    const zc::server::http::FrontLimits limits;   // 100 fields
    const auto r = zc::server::http::HeadCheck::inspect(head, limits);
    QCOMPARE(r.status, status);
    if (status != 0) {
        QVERIFY(r.code != zc::ErrorCode::Unknown);
        QVERIFY(!r.keepAlive);   // every refusal closes the connection
        QVERIFY(ErrorMessages::knows(zc::errorCodeName(r.code)));
    }
}

void TestFrontParts::headCheckReadsKeepAliveAndLanguage()
{
    const zc::server::http::FrontLimits limits;
    using zc::server::http::HeadCheck;
    QVERIFY(HeadCheck::inspect("GET / HTTP/1.1\r\nHost: x", limits).keepAlive);
    QVERIFY(!HeadCheck::inspect("GET / HTTP/1.1\r\nHost: x\r\nConnection: close", limits).keepAlive);
    QVERIFY(!HeadCheck::inspect("GET / HTTP/1.0", limits).keepAlive);
    QVERIFY(HeadCheck::inspect("GET / HTTP/1.0\r\nConnection: Keep-Alive", limits).keepAlive);
    const auto r = HeadCheck::inspect("POST /a?b=1 HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\nContent-Length: 42\r\n"
                                      "Expect: 100-continue", limits);
    QCOMPARE(r.status, 0);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.target, QByteArray("/a?b=1"));
    QCOMPARE(r.contentLength, qint64(42));
    QVERIFY(r.expectContinue);
    QVERIFY(r.language == Language::English);
    QCOMPARE(r.headers.size(), 4);
}

QTEST_GUILESS_MAIN(TestFrontParts)
#include "tst_server_frontparts.moc"
