// The HTTP webhook SMS sender (--sms-webhook): messages are queued in the
// database and posted from the event loop (a request never waits for the
// webhook), with a timeout, bounded retries with backoff, TLS verification
// with an extra CA, and a queue that survives a restart. The receiver is a tiny
// HTTP(S) server in this test, on loopback.
#include "ServerTestSupport.h"
#include "TestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using zc::test::ServerDb;
using zc::test::TestServer;

namespace {

// A minimal HTTP/1.1 receiver: records each request and answers it with the
// next status of its script (the last one repeats); status 0 never answers.
class WebhookReceiver : public QObject
{
public:
    struct Hit
    {
        QByteArray requestLine;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        [[nodiscard]] QByteArray header(const QByteArray &name) const
        {
            for (const auto &h : headers)
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            return {};
        }
        [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    explicit WebhookReceiver(QList<int> script) : m_script(std::move(script)) {}

    // Plain HTTP, or TLS with the given certificate and key.
    bool listen(quint16 port = 0, const QString &certFile = {}, const QString &keyFile = {})
    {
        if (certFile.isEmpty()) {
            m_server = new QTcpServer(this);
        } else {
            QFile cert(certFile);
            QFile key(keyFile);
            if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
                return false;
            const QList<QSslCertificate> chain = QSslCertificate::fromData(cert.readAll(), QSsl::Pem);
            const QSslKey privateKey(key.readAll(), QSsl::Ec, QSsl::Pem);
            if (chain.isEmpty() || privateKey.isNull())
                return false;
            auto *ssl = new QSslServer(this);
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setLocalCertificateChain(chain);
            config.setPrivateKey(privateKey);
            config.setPeerVerifyMode(QSslSocket::VerifyNone);   // the client sends no certificate
            ssl->setSslConfiguration(config);
            connect(ssl, &QSslServer::errorOccurred, this, [this](QSslSocket *, QAbstractSocket::SocketError) {
                ++tlsFailures;
            });
            m_server = ssl;
        }
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &WebhookReceiver::accept);
        return m_server->listen(QHostAddress::LocalHost, port);
    }
    [[nodiscard]] quint16 port() const { return m_server->serverPort(); }
    void close() { m_server->close(); }

    QList<Hit> hits;
    int tlsFailures = 0;

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            read(socket);
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        Hit hit;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        hit.requestLine = lines.value(0).trimmed();
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines.at(i).left(colon).trimmed();
            const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
            hit.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        hit.body = buffer.mid(headEnd + 4, length);
        m_buffers.remove(socket);
        hits.append(hit);
        const int status = m_script.value(hits.size() - 1, m_script.isEmpty() ? 200 : m_script.last());
        if (status == 0)
            return;   // hang: the sender's timeout must end it
        const QByteArray body = "{}";
        socket->write("HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n"
                      "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                      + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QList<int> m_script;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QJsonObject smsBody(const QString &phone, const TestServer::NewCaptcha &c)
{
    return QJsonObject{{QStringLiteral("phone"), phone},
                       {QStringLiteral("purpose"), QStringLiteral("register")},
                       {QStringLiteral("captcha_id"), c.id},
                       {QStringLiteral("captcha_answer"), c.answer}};
}

const QString Phone = QStringLiteral("13704711234");

int queued(const QString &dataDir)
{
    ServerDb db(dataDir);
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM sms_webhook_queue")).toInt();
}

} // namespace

class TestServerWebhook : public QObject
{
    Q_OBJECT

private slots:
    void failedFirstAttemptIsRetriedAndDeliveredOverTls();
    void requestDoesNotWaitForTheWebhookAndTimeoutsAreBounded();
    void untrustedCertificateIsNeverTrusted();
    void queuedMessagesSurviveARestart();
    void badWebhookConfigurationIsRefused();
};

void TestServerWebhook::failedFirstAttemptIsRetriedAndDeliveredOverTls()
{
    // First run: the server makes its TLS material (a local CA and a
    // certificate for 127.0.0.1), which the receiver then serves with.
    TestServer first;
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    first.stop();
    const QDir tls(QDir(first.dataDir()).filePath(QStringLiteral("tls")));
    WebhookReceiver receiver({500, 200});
    QVERIFY(receiver.listen(0, tls.filePath(QStringLiteral("server.pem")), tls.filePath(QStringLiteral("server.key"))));

    TestServer::Options o;
    o.dataDir = first.dataDir();
    o.seedFile = QStringLiteral("-");
    o.extraArgs = QStringList{QStringLiteral("--sms-webhook"),
                              QStringLiteral("https://127.0.0.1:%1/sms/send?channel=zc").arg(receiver.port()),
                              QStringLiteral("--sms-webhook-ca"), tls.filePath(QStringLiteral("ca.pem"))};
    TestServer server(o);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.log().contains("SMS sender: webhook"));

    const auto r = server.request("POST", QStringLiteral("/sms-codes"), smsBody(Phone, server.solvedCaptcha()));
    QCOMPARE(r.status, 202);
    // The first POST gets 500; the retry (after about a second) gets 200.
    QTRY_COMPARE_WITH_TIMEOUT(receiver.hits.size(), 2, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(queued(server.dataDir()), 0, 5000);
    QTest::qWait(1500);
    QCOMPARE(receiver.hits.size(), 2);   // delivered: no third POST

    const WebhookReceiver::Hit &a = receiver.hits.at(0);
    const WebhookReceiver::Hit &b = receiver.hits.at(1);
    QCOMPARE(a.requestLine, QByteArrayLiteral("POST /sms/send?channel=zc HTTP/1.1"));
    QVERIFY(a.header("Content-Type").startsWith("application/json"));
    QVERIFY(!a.header("Idempotency-Key").isEmpty());
    QCOMPARE(b.header("Idempotency-Key"), a.header("Idempotency-Key"));
    QCOMPARE(b.body, a.body);
    const QJsonObject m = b.json();
    QCOMPARE(m.value(QLatin1String("phone")).toString(), Phone);
    QCOMPARE(m.value(QLatin1String("kind")).toString(), QStringLiteral("sms_code"));
    const QString code = m.value(QLatin1String("code")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{6}$")).match(code).hasMatch(), qPrintable(code));
    QVERIFY(m.value(QLatin1String("text")).toString().contains(code));
    QVERIFY(m.value(QLatin1String("password")).isNull());

    // Not in the outbox; recorded as sent by the webhook; never in the log.
    QVERIFY(server.smsMessages(Phone).isEmpty());
    ServerDb db(server.dataDir());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sms_messages WHERE phone = ? AND sender = 'webhook'"), {Phone}).toInt(),
             1);
    QVERIFY(server.log().contains("attempt 1 failed: HTTP 500"));
    QVERIFY(!server.log().contains(code.toLatin1()));

    // The delivered code is the real one: it registers.
    const QJsonObject registration{{QStringLiteral("method"), QStringLiteral("legal_person_db")},
                                   {QStringLiteral("uscc"), QStringLiteral("91150100MA7P8D327J")},
                                   {QStringLiteral("unit_name"), QStringLiteral("呼和浩特市青城医药有限公司")},
                                   {QStringLiteral("legal_rep_name"), QStringLiteral("孙丽娜")},
                                   {QStringLiteral("legal_rep_id_number"), QStringLiteral("15010519880617236X")},
                                   {QStringLiteral("login"), QStringLiteral("qingcheng")},
                                   {QStringLiteral("password"), QStringLiteral("Qc@2026pass")},
                                   {QStringLiteral("phone"), Phone},
                                   {QStringLiteral("sms_code"), code}};
    QCOMPARE(server.request("POST", QStringLiteral("/registrations"), registration).status, 201);
}

void TestServerWebhook::requestDoesNotWaitForTheWebhookAndTimeoutsAreBounded()
{
    WebhookReceiver receiver({0});   // accepts, reads, never answers
    QVERIFY(receiver.listen());
    TestServer::Options o;
    o.seedFile = QStringLiteral("-");
    o.extraArgs = QStringList{QStringLiteral("--sms-webhook"), QStringLiteral("http://127.0.0.1:%1/hook").arg(receiver.port()),
                              QStringLiteral("--sms-webhook-timeout-ms"), QStringLiteral("2500"),
                              QStringLiteral("--sms-webhook-attempts"), QStringLiteral("2"),
                              QStringLiteral("--sms-webhook-backoff-ms"), QStringLiteral("100")};
    TestServer server(o);
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    const TestServer::NewCaptcha c = server.solvedCaptcha();
    QElapsedTimer timer;
    timer.start();
    const auto r = server.request("POST", QStringLiteral("/sms-codes"), smsBody(Phone, c));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(r.status, 202);
    // Answered before the webhook could answer (it never does) or time out.
    QVERIFY2(elapsed < 2500, qPrintable(QString::number(elapsed)));
    // The server stays responsive while its POST hangs.
    QTRY_COMPARE_WITH_TIMEOUT(receiver.hits.size(), 1, 5000);
    QCOMPARE(server.request("GET", QStringLiteral("/health")).status, 200);

    // Two attempts, each ended by the timeout, then the message is dropped.
    QTRY_COMPARE_WITH_TIMEOUT(receiver.hits.size(), 2, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(server.log().contains("dropped after 2 attempts"), 15000);
    QVERIFY(server.log().contains("attempt 1 failed"));
    QCOMPARE(queued(server.dataDir()), 0);
    QTest::qWait(1000);
    QCOMPARE(receiver.hits.size(), 2);
    ServerDb db(server.dataDir());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sms_messages WHERE phone = ?"), {Phone}).toInt(), 0);
}

void TestServerWebhook::untrustedCertificateIsNeverTrusted()
{
    TestServer first;
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    first.stop();
    const QDir tls(QDir(first.dataDir()).filePath(QStringLiteral("tls")));
    WebhookReceiver receiver({200});
    QVERIFY(receiver.listen(0, tls.filePath(QStringLiteral("server.pem")), tls.filePath(QStringLiteral("server.key"))));

    // The same receiver, but the server is not told to trust its CA.
    TestServer::Options o;
    o.seedFile = QStringLiteral("-");
    o.extraArgs = QStringList{QStringLiteral("--sms-webhook"), QStringLiteral("https://127.0.0.1:%1/sms").arg(receiver.port()),
                              QStringLiteral("--sms-webhook-attempts"), QStringLiteral("2"),
                              QStringLiteral("--sms-webhook-backoff-ms"), QStringLiteral("100")};
    TestServer server(o);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QCOMPARE(server.request("POST", QStringLiteral("/sms-codes"), smsBody(Phone, server.solvedCaptcha())).status, 202);
    QTRY_VERIFY_WITH_TIMEOUT(server.log().contains("dropped after 2 attempts"), 15000);
    QVERIFY(receiver.hits.isEmpty());      // nothing ever got through the handshake
    QVERIFY(receiver.tlsFailures >= 1);
    QCOMPARE(queued(server.dataDir()), 0);
}

void TestServerWebhook::queuedMessagesSurviveARestart()
{
    // A free port with nobody listening yet: every attempt is refused.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const QStringList args{QStringLiteral("--sms-webhook"), QStringLiteral("http://127.0.0.1:%1/sms").arg(port),
                           QStringLiteral("--sms-webhook-attempts"), QStringLiteral("50"),
                           QStringLiteral("--sms-webhook-backoff-ms"), QStringLiteral("300")};
    TestServer::Options o;
    o.seedFile = QStringLiteral("-");
    o.extraArgs = args;
    TestServer first(o);
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    QCOMPARE(first.request("POST", QStringLiteral("/sms-codes"), smsBody(Phone, first.solvedCaptcha())).status, 202);
    QTRY_VERIFY_WITH_TIMEOUT(first.log().contains("attempt 1 failed"), 10000);
    first.stop();
    QCOMPARE(queued(first.dataDir()), 1);

    // Another process on the same database delivers it once the webhook is up.
    WebhookReceiver receiver({200});
    QVERIFY(receiver.listen(port));
    TestServer::Options again = o;
    again.dataDir = first.dataDir();
    TestServer second(again);
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.hits.size(), 1, 15000);
    QCOMPARE(receiver.hits.first().json().value(QLatin1String("phone")).toString(), Phone);
    QTRY_COMPARE_WITH_TIMEOUT(queued(second.dataDir()), 0, 5000);
}

void TestServerWebhook::badWebhookConfigurationIsRefused()
{
    const auto refused = [](const QStringList &args, const char *expected) {
        TestServer::Options o;
        o.seedFile = QStringLiteral("-");
        o.extraArgs = args;
        TestServer server(o);
        QVERIFY(!server.start());
        QVERIFY2(server.errorString().contains(QLatin1String(expected)), qPrintable(server.errorString()));
    };
    // Plain http leaves the machine: refused (exit 2).
    refused({QStringLiteral("--sms-webhook"), QStringLiteral("http://sms.example.com/send")}, "loopback");
    refused({QStringLiteral("--sms-webhook"), QStringLiteral("ftp://127.0.0.1/send")}, "https");
    refused({QStringLiteral("--sms-webhook-ca"), QStringLiteral("/nonexistent/ca.pem")}, "need --sms-webhook");
    refused({QStringLiteral("--sms-webhook"), QStringLiteral("https://127.0.0.1:9/x"), QStringLiteral("--sms-webhook-attempts"),
             QStringLiteral("0")},
            "--sms-webhook-attempts");
    // An unreadable CA file stops the start-up (exit 1).
    refused({QStringLiteral("--sms-webhook"), QStringLiteral("https://127.0.0.1:9/x"), QStringLiteral("--sms-webhook-ca"),
             QStringLiteral("/nonexistent/ca.pem")},
            "cannot read --sms-webhook-ca");
}

QTEST_GUILESS_MAIN(TestServerWebhook)
#include "tst_server_webhook.moc"
