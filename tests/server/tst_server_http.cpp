// The HTTP layer of zhaocai-server: TLS, limits, errors, languages, health,
// captchas and the dev endpoints.
#include "ServerTestSupport.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QJsonArray>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>
#include <QTimer>

using zc::test::TestServer;

namespace {

QSslConfiguration trusting(const TestServer &server)
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setCaCertificates(server.caCertificates());
    c.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return c;
}

// Sends raw bytes over verified TLS and collects the answer until the server
// closes the connection or timeoutMs pass.
QByteArray rawExchange(const TestServer &server, const QList<QByteArray> &parts, int timeoutMs = 5000,
                       bool *closedByServer = nullptr)
{
    QSslSocket socket;
    socket.setSslConfiguration(trusting(server));
    socket.connectToHostEncrypted(server.baseUrl().host(), quint16(server.baseUrl().port()));
    if (!socket.waitForEncrypted(5000))
        return "no TLS: " + socket.errorString().toUtf8();
    QByteArray answer;
    for (const QByteArray &p : parts) {
        socket.write(p);
        socket.flush();
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
        while (socket.bytesToWrite() > 0 && socket.state() == QAbstractSocket::ConnectedState)
            socket.waitForBytesWritten(200);
        answer += socket.readAll();
    }
    QElapsedTimer t;
    t.start();
    while (socket.state() == QAbstractSocket::ConnectedState && t.elapsed() < timeoutMs) {
        socket.waitForReadyRead(100);
        answer += socket.readAll();
    }
    answer += socket.readAll();
    if (closedByServer)
        *closedByServer = socket.state() != QAbstractSocket::ConnectedState;
    return answer;
}

QByteArray bodyOf(const QByteArray &httpAnswer)
{
    const qsizetype end = httpAnswer.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : httpAnswer.mid(end + 4);
}

} // namespace

class TestServerHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void healthAnswersOkWithVersion();
    void tlsIsVerifiedAndRefusedWithoutTheCa();
    void tlsCertificateNamesLocalhostAndLoopback();
    void captchaIsAPngOfTheRightSizeAndDiffersEachTime();
    void devCaptchaAnswerComesFromTheUnambiguousAlphabet();
    void devEndpointsAreNotFoundWithoutDevMode();
    void devSmsNeedsAValidPhone();
    void malformedJsonIs400();
    void missingOrWrongTypedFieldIs400WithField();
    void oversizedBodyIs413BeforeTheToken();
    void bodyOfExactlyOneMebibyteIsAccepted();
    void chunkedBodyOverTheLimitIs413();
    void contentLengthOverTheLimitIsRefusedBeforeTheBodyArrives();
    void oversizedOrMalformedRequestHeadsAreRefused();
    void messagesFollowAcceptLanguage_data();
    void messagesFollowAcceptLanguage();
    void messagesAreChineseWithoutAcceptLanguage();
    void jsonAnswersCarryCharsetAndNoStore();
    void unknownPathIs404AndWrongMethodIs405();
    void missingOrMalformedTokenIs401();
    void permissionsCatalogIsATreeForReadySessions();
    void connectionCapEndsTheOldestIdleAndIdleTimeoutCloses();
    void insecureHttpServesPlainHttpOnLoopbackWithTheSameLimits();
    void insecureHttpIsRefusedOffLoopback();
    void postgresqlUrlIsCheckedBeforeStartAndNeverLogged();

private:
    std::unique_ptr<TestServer> m_server;
};

void TestServerHttp::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY(m_server->log().contains("dev mode: on"));
    QVERIFY(m_server->log().contains(m_server->caPath().toUtf8()));
}

void TestServerHttp::healthAnswersOkWithVersion()
{
    const auto r = m_server->request("GET", QStringLiteral("/health"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QVERIFY(!r.object().value(QLatin1String("version")).toString().isEmpty());
}

void TestServerHttp::tlsIsVerifiedAndRefusedWithoutTheCa()
{
    // The system's CAs do not know the development CA: the handshake must fail.
    QNetworkAccessManager nam;
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/api/v1/health"));
    QNetworkRequest req(url);
    req.setTransferTimeout(10000);
    QNetworkReply *reply = nam.get(req);
    QList<QSslError> errors;
    connect(reply, &QNetworkReply::sslErrors, this, [&errors](const QList<QSslError> &e) { errors = e; });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
    QVERIFY(!errors.isEmpty());
    reply->deleteLater();

    // With only the server's CA it is trusted (TestServer::request does exactly that).
    QCOMPARE(m_server->request("GET", QStringLiteral("/health")).status, 200);
}

void TestServerHttp::tlsCertificateNamesLocalhostAndLoopback()
{
    QSslSocket socket;
    socket.setSslConfiguration(trusting(*m_server));
    socket.connectToHostEncrypted(QStringLiteral("localhost"), quint16(m_server->baseUrl().port()));
    QVERIFY2(socket.waitForEncrypted(5000), qPrintable(socket.errorString()));
    const QSslCertificate leaf = socket.peerCertificate();
    const auto names = leaf.subjectAlternativeNames();
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(!leaf.isSelfSigned());
    const auto ca = m_server->caCertificates();
    QCOMPARE(ca.size(), 1);
    QVERIFY(ca.constFirst().isSelfSigned());
    QCOMPARE(leaf.issuerInfo(QSslCertificate::CommonName), ca.constFirst().subjectInfo(QSslCertificate::CommonName));
    // The key file is readable by its owner only.
    const QFileDevice::Permissions p = QFile::permissions(m_server->dataDir() + QStringLiteral("/tls/server.key"));
    QVERIFY(p.testFlag(QFileDevice::ReadOwner));
    QVERIFY(!p.testFlag(QFileDevice::ReadGroup));
    QVERIFY(!p.testFlag(QFileDevice::ReadOther));
    // So are the database and its WAL files (with SQLite).
    if (qEnvironmentVariable("ZC_TEST_DATABASE") != QLatin1String("postgresql")) {
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const QString file = m_server->dataDir() + QStringLiteral("/zhaocai.sqlite3") + QLatin1String(suffix);
            QVERIFY2(QFile::exists(file), qPrintable(file));
            QCOMPARE(QFile::permissions(file), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                                   | QFileDevice::WriteUser);
        }
    }
}

void TestServerHttp::captchaIsAPngOfTheRightSizeAndDiffersEachTime()
{
    const auto a = m_server->request("POST", QStringLiteral("/captchas"));
    const auto b = m_server->request("POST", QStringLiteral("/captchas"));
    QCOMPARE(a.status, 201);
    QCOMPARE(b.status, 201);
    QCOMPARE(a.object().value(QLatin1String("expires_in")).toInt(), 120);
    const QByteArray pngA = QByteArray::fromBase64(a.object().value(QLatin1String("image_png_base64")).toString().toLatin1());
    const QByteArray pngB = QByteArray::fromBase64(b.object().value(QLatin1String("image_png_base64")).toString().toLatin1());
    QVERIFY(pngA.startsWith("\x89PNG\r\n\x1a\n"));
    QImage image;
    QVERIFY(image.loadFromData(pngA, "PNG"));
    QCOMPARE(image.size(), QSize(160, 60));
    QVERIFY(pngA != pngB);
    QVERIFY(a.object().value(QLatin1String("captcha_id")).toString() != b.object().value(QLatin1String("captcha_id")).toString());
    // Not a blank picture: many distinct colours (text, noise, gradient).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 100, qPrintable(QString::number(colours.size())));

    // ?scale draws it for a screen's device pixel ratio; anything else is refused.
    const auto sharp = m_server->request("POST", QStringLiteral("/captchas?scale=2"));
    QCOMPARE(sharp.status, 201);
    QVERIFY(image.loadFromData(
        QByteArray::fromBase64(sharp.object().value(QLatin1String("image_png_base64")).toString().toLatin1()), "PNG"));
    QCOMPARE(image.size(), QSize(320, 120));
    for (const char *bad : {"0", "4", "-1", "x", ""}) {
        const auto refused = m_server->request("POST", QStringLiteral("/captchas?scale=") + QLatin1String(bad));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QStringLiteral("invalid_field"));
        QCOMPARE(refused.object().value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString(),
                 QStringLiteral("scale"));
    }
}

void TestServerHttp::devCaptchaAnswerComesFromTheUnambiguousAlphabet()
{
    for (int i = 0; i < 10; ++i) {
        const auto c = m_server->solvedCaptcha();
        QVERIFY(!c.id.isEmpty());
        QVERIFY2(c.answer.size() == 4 || c.answer.size() == 5, qPrintable(c.answer));
        for (const QChar ch : c.answer)
            QVERIFY2(QStringLiteral("ACEHMNRTW345679").contains(ch), qPrintable(c.answer));
    }
    QCOMPARE(m_server->request("GET", QStringLiteral("/dev/captchas/nope")).status, 404);
}

void TestServerHttp::devEndpointsAreNotFoundWithoutDevMode()
{
    TestServer::Options o;
    o.dev = false;
    o.seedFile = QStringLiteral("-");
    TestServer plain(o);
    QVERIFY2(plain.start(), qPrintable(plain.errorString()));
    QVERIFY(plain.log().contains("dev mode: off"));
    const auto c = plain.request("POST", QStringLiteral("/captchas"));
    QCOMPARE(c.status, 201);
    const auto answer = plain.request("GET", QStringLiteral("/dev/captchas/") + c.object().value(QLatin1String("captcha_id")).toString());
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), QStringLiteral("not_found"));
    const auto sms = plain.request("GET", QStringLiteral("/dev/sms?phone=13770004444"));
    QCOMPARE(sms.status, 404);
    QCOMPARE(sms.errorCode(), QStringLiteral("not_found"));
    // Nor is the answer kept anywhere without --dev.
    zc::test::ServerDb db(plain.dataDir());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM dev_captcha_answers")).toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM captchas")).toInt(), 1);
}

void TestServerHttp::devSmsNeedsAValidPhone()
{
    const auto bad = m_server->request("GET", QStringLiteral("/dev/sms?phone=12345"));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.object().value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString(),
             QStringLiteral("phone"));
    const auto ok = m_server->request("GET", QStringLiteral("/dev/sms?phone=13770004444"));
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.object().value(QLatin1String("messages")).isArray());
}

void TestServerHttp::malformedJsonIs400()
{
    for (const QByteArray &body : {QByteArray("{not json"), QByteArray("[1,2]"), QByteArray(""), QByteArray("\"x\"")}) {
        const auto r = m_server->requestRaw("POST", QStringLiteral("/sessions"), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("malformed_json"));
        QVERIFY(r.object().value(QLatin1String("error")).toObject().value(QLatin1String("field")).isNull());
    }
}

void TestServerHttp::missingOrWrongTypedFieldIs400WithField()
{
    const auto missing = m_server->request("POST", QStringLiteral("/sessions"),
                                           QJsonObject{{QStringLiteral("login"), QStringLiteral("nmg_hosp")}});
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorCode(), QStringLiteral("invalid_field"));
    QCOMPARE(missing.object().value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString(),
             QStringLiteral("password"));

    const auto wrongType = m_server->request("POST", QStringLiteral("/sessions"),
                                             QJsonObject{{QStringLiteral("login"), 42},
                                                         {QStringLiteral("password"), QStringLiteral("x")},
                                                         {QStringLiteral("captcha_id"), QStringLiteral("x")},
                                                         {QStringLiteral("captcha_answer"), QStringLiteral("x")}});
    QCOMPARE(wrongType.status, 400);
    QCOMPARE(wrongType.object().value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString(),
             QStringLiteral("login"));

    // A bad field never uses up the captcha.
    const auto c = m_server->solvedCaptcha();
    auto body = zc::test::loginBody(QStringLiteral("nmg_hosp"), QString(), c.id, c.answer);
    QCOMPARE(m_server->request("POST", QStringLiteral("/sessions"), body).status, 400);
    body.insert(QStringLiteral("password"), zc::test::demo::Password);
    QCOMPARE(m_server->request("POST", QStringLiteral("/sessions"), body).status, 201);
}

void TestServerHttp::oversizedBodyIs413BeforeTheToken()
{
    const QByteArray big(1024 * 1024 + 1, 'x');
    const auto r = m_server->requestRaw("POST", QStringLiteral("/sessions"), big);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.errorCode(), QStringLiteral("payload_too_large"));
    // Body size is checked before the token: no token, still 413.
    const auto put = m_server->requestRaw("PUT", QStringLiteral("/me/password"), big);
    QCOMPARE(put.status, 413);
    // The server keeps serving.
    QCOMPARE(m_server->request("GET", QStringLiteral("/health")).status, 200);
}

void TestServerHttp::bodyOfExactlyOneMebibyteIsAccepted()
{
    QByteArray body(1024 * 1024, ' ');
    body[0] = '{';
    body[body.size() - 1] = '}';
    const auto r = m_server->requestRaw("POST", QStringLiteral("/sessions"), body);
    QCOMPARE(r.status, 400);   // got through the size check; the object lacks its fields
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
}

void TestServerHttp::chunkedBodyOverTheLimitIs413()
{
    // No Content-Length: the real size counts. 17 chunks of 64 KiB = 1 MiB + 64 KiB.
    QList<QByteArray> parts;
    parts << QByteArrayLiteral("POST /api/v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Content-Type: application/json\r\nAccept-Language: en\r\n"
                               "Transfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk(64 * 1024, 'a');
    for (int i = 0; i < 17; ++i)
        parts << QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    parts << QByteArrayLiteral("0\r\n\r\n");
    bool closed = false;
    const QByteArray answer = rawExchange(*m_server, parts, 5000, &closed);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
    const QJsonObject err = QJsonDocument::fromJson(bodyOf(answer)).object().value(QLatin1String("error")).toObject();
    QCOMPARE(err.value(QLatin1String("code")).toString(), QStringLiteral("payload_too_large"));
    QVERIFY(err.value(QLatin1String("message")).toString().contains(QLatin1String("limit")));
    QVERIFY(closed);

    // A small chunked body is fine and reaches the route.
    const QByteArray json = R"({"login":"x"})";
    const QByteArray ok = rawExchange(*m_server,
                                      {QByteArrayLiteral("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\n"
                                                         "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                                       + QByteArray::number(json.size(), 16) + "\r\n" + json + "\r\n0\r\n\r\n"});
    QVERIFY2(ok.startsWith("HTTP/1.1 400"), ok.left(200).constData());
    QVERIFY(ok.contains("invalid_field"));
}

void TestServerHttp::contentLengthOverTheLimitIsRefusedBeforeTheBodyArrives()
{
    // Only the head is sent: the answer comes at once, without waiting for 5 MB.
    QElapsedTimer t;
    t.start();
    const QByteArray answer = rawExchange(*m_server,
                                          {QByteArrayLiteral("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\n"
                                                             "Content-Type: application/json\r\n"
                                                             "Content-Length: 5000000\r\n\r\n{")},
                                          3000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
    QVERIFY(answer.contains("payload_too_large"));
    QVERIFY(QString::fromUtf8(bodyOf(answer)).contains(QStringLiteral("上限")));   // zh-CN by default
    // The server closed the connection by itself once the client went quiet.
    QVERIFY2(t.elapsed() < 2900, qPrintable(QString::number(t.elapsed())));
}

void TestServerHttp::oversizedOrMalformedRequestHeadsAreRefused()
{
    const QByteArray huge = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Filler: " + QByteArray(70 * 1024, 'f') + "\r\n\r\n";
    bool closed = false;
    const QByteArray a = rawExchange(*m_server, {huge}, 3000, &closed);
    QVERIFY2(a.startsWith("HTTP/1.1 431"), a.left(200).constData());
    QVERIFY(a.contains("headers_too_large"));
    QVERIFY(closed);

    const QByteArray b = rawExchange(*m_server, {QByteArrayLiteral("POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\n"
                                                                   "Content-Length: 12abc\r\n\r\n{}")},
                                     3000, &closed);
    QVERIFY2(b.startsWith("HTTP/1.1 400"), b.left(200).constData());
    QVERIFY(b.contains("malformed_request"));
    QVERIFY(closed);
    QCOMPARE(m_server->request("GET", QStringLiteral("/health")).status, 200);
}

void TestServerHttp::messagesFollowAcceptLanguage_data()
{
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<bool>("english");
    QTest::newRow("zh-CN") << QByteArray("zh-CN") << false;
    QTest::newRow("en") << QByteArray("en") << true;
    QTest::newRow("en-US,en;q=0.9") << QByteArray("en-US,en;q=0.9") << true;
    QTest::newRow("zh preferred") << QByteArray("en;q=0.5, zh-CN;q=0.9") << false;
    QTest::newRow("en preferred") << QByteArray("zh-CN;q=0.4, en;q=0.8") << true;
    QTest::newRow("unsupported") << QByteArray("fr-FR") << false;
}

void TestServerHttp::messagesFollowAcceptLanguage()
{
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(bool, english);
    const QList<QPair<QByteArray, QByteArray>> headers{{QByteArrayLiteral("Accept-Language"), acceptLanguage}};
    const auto r = m_server->request("GET", QStringLiteral("/me"), {}, {}, headers);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("unauthenticated"));
    const QString message = r.object().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    if (english)
        QVERIFY2(message.contains(QLatin1String("sign in")), qPrintable(message));
    else
        QVERIFY2(message.contains(QStringLiteral("登录")), qPrintable(message));
}

void TestServerHttp::messagesAreChineseWithoutAcceptLanguage()
{
    // QNetworkAccessManager always sends an Accept-Language: go raw.
    const QByteArray answer = rawExchange(*m_server, {QByteArrayLiteral("GET /api/v1/me HTTP/1.1\r\nHost: x\r\n"
                                                                       "Connection: close\r\n\r\n")});
    QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.left(200).constData());
    const QString message = QJsonDocument::fromJson(bodyOf(answer)).object().value(QLatin1String("error")).toObject()
                                .value(QLatin1String("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("登录")), qPrintable(message));
}

void TestServerHttp::jsonAnswersCarryCharsetAndNoStore()
{
    const auto r = m_server->request("POST", QStringLiteral("/captchas"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
    const auto token = m_server->loginToken(zc::test::demo::GroupMain, zc::test::demo::Password);
    QVERIFY(!token.isEmpty());
    const auto me = m_server->request("GET", QStringLiteral("/me"), {}, token);
    QCOMPARE(me.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(me.header("X-Content-Type-Options"), QByteArray("nosniff"));
    const auto err = m_server->request("GET", QStringLiteral("/me"));
    QCOMPARE(err.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
}

void TestServerHttp::unknownPathIs404AndWrongMethodIs405()
{
    const auto missing = m_server->request("GET", QStringLiteral("/no/such/thing"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), QStringLiteral("not_found"));
    const auto prefix = m_server->request("GET", QStringLiteral("/sessions/current/extra"));
    QCOMPARE(prefix.status, 404);
    const auto wrong = m_server->request("GET", QStringLiteral("/sessions"));
    QCOMPARE(wrong.status, 405);
    QCOMPARE(wrong.errorCode(), QStringLiteral("method_not_allowed"));
    QCOMPARE(wrong.header("Allow"), QByteArray("POST"));
}

void TestServerHttp::missingOrMalformedTokenIs401()
{
    const QList<QByteArray> values{QByteArray(), QByteArray("Bearer"), QByteArray("Basic bmdfaG9zcDpEZW1vQDIwMjY="),
                                   QByteArray("Bearer not-a-token"),
                                   QByteArray("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")};
    for (const QByteArray &v : values) {
        QList<QPair<QByteArray, QByteArray>> h;
        if (!v.isEmpty())
            h.append({QByteArrayLiteral("Authorization"), v});
        const auto r = m_server->request("GET", QStringLiteral("/me"), {}, {}, h);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("unauthenticated"));
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer"));
    }
}

void TestServerHttp::permissionsCatalogIsATreeForReadySessions()
{
    QCOMPARE(m_server->request("GET", QStringLiteral("/permissions")).status, 401);
    const auto token = m_server->loginToken(zc::test::demo::PlainHandler, zc::test::demo::Password);
    QVERIFY(!token.isEmpty());
    const auto r = m_server->request("GET", QStringLiteral("/permissions"), {}, token);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.isArray());
    const QJsonArray tree = r.json.array();
    QVERIFY(!tree.isEmpty());
    QJsonObject basic;
    for (const QJsonValue &v : tree)
        if (v.toObject().value(QLatin1String("code")).toString() == QLatin1String("basic"))
            basic = v.toObject();
    QCOMPARE(basic.value(QLatin1String("title_zh")).toString(), QStringLiteral("基础设置"));
    QStringList children;
    const QJsonArray kids = basic.value(QLatin1String("children")).toArray();
    for (const QJsonValue &v : kids)
        children << v.toObject().value(QLatin1String("code")).toString();
    QVERIFY(children.contains(QStringLiteral("basic.roles")));
    QVERIFY(children.contains(QStringLiteral("basic.accounts")));
}

void TestServerHttp::connectionCapEndsTheOldestIdleAndIdleTimeoutCloses()
{
    TestServer::Options o;
    o.seedFile = QStringLiteral("-");
    o.extraArgs = QStringList{QStringLiteral("--max-connections"), QStringLiteral("2"),
                              QStringLiteral("--idle-timeout-ms"), QStringLiteral("2000")};
    TestServer limited(o);
    QVERIFY2(limited.start(), qPrintable(limited.errorString()));

    QSslSocket a, b, c;
    for (QSslSocket *s : {&a, &b}) {
        s->setSslConfiguration(trusting(limited));
        s->connectToHostEncrypted(limited.baseUrl().host(), quint16(limited.baseUrl().port()));
        QVERIFY2(s->waitForEncrypted(5000), qPrintable(s->errorString()));
        QTest::qWait(50);   // a waits longer than b
    }
    // The third is over the cap: still admitted and answered; the idle
    // connection that waited longest (a) is closed for it, b stays.
    c.setSslConfiguration(trusting(limited));
    c.connectToHostEncrypted(limited.baseUrl().host(), quint16(limited.baseUrl().port()));
    QVERIFY2(c.waitForEncrypted(3000), qPrintable(c.errorString()));
    c.write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += c.readAll()).contains("\"ok\""), 3000);
    QVERIFY(answer.startsWith("HTTP/1.1 200"));
    QTRY_VERIFY_WITH_TIMEOUT(a.state() != QAbstractSocket::ConnectedState, 3000);
    QCOMPARE(b.state(), QAbstractSocket::ConnectedState);

    // c stays busy, b idles: b is closed after ~2 s, c answers all along.
    QElapsedTimer t;
    t.start();
    while (b.state() == QAbstractSocket::ConnectedState && t.elapsed() < 6000) {
        c.write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        c.waitForReadyRead(500);
        (void)c.readAll();
        b.waitForReadyRead(100);
    }
    QVERIFY(b.state() != QAbstractSocket::ConnectedState);
    QVERIFY2(t.elapsed() >= 1000, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(c.state(), QAbstractSocket::ConnectedState);
    c.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(limited.request("GET", QStringLiteral("/health")).status, 200, 5000);
}

void TestServerHttp::insecureHttpServesPlainHttpOnLoopbackWithTheSameLimits()
{
    TestServer::Options o;
    o.seedFile = QStringLiteral("-");
    o.extraArgs = QStringList{QStringLiteral("--insecure-http")};
    TestServer plain(o);
    QVERIFY2(plain.start(), qPrintable(plain.errorString()));
    QCOMPARE(plain.baseUrl().scheme(), QStringLiteral("http"));
    QVERIFY(!QFile::exists(plain.caPath()));
    QCOMPARE(plain.request("GET", QStringLiteral("/health")).status, 200);
    const auto big = plain.requestRaw("POST", QStringLiteral("/sessions"), QByteArray(2 * 1024 * 1024, 'x'));
    QCOMPARE(big.status, 413);
    QCOMPARE(plain.request("GET", QStringLiteral("/health")).status, 200);
}

void TestServerHttp::insecureHttpIsRefusedOffLoopback()
{
    QProcess p;
    p.start(qEnvironmentVariable("ZC_SERVER_BIN"),
            {QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"), QStringLiteral("--data"),
             m_server->dataDir() + QStringLiteral("/other"), QStringLiteral("--insecure-http")});
    QVERIFY(p.waitForFinished(10000));
    QVERIFY(p.exitCode() != 0);
    QVERIFY(p.readAllStandardError().contains("loopback"));
}

void TestServerHttp::postgresqlUrlIsCheckedBeforeStartAndNeverLogged()
{
    // A PostgreSQL URL is checked before anything
    // starts (exit 2), and a database that cannot be reached stops the
    // start-up (exit 1); the password never appears in the log.
    const auto run = [this](const QString &url, int exitCode, const char *expected) {
        QProcess p;
        p.start(qEnvironmentVariable("ZC_SERVER_BIN"),
                {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"),
                 m_server->dataDir() + QStringLiteral("/other"), QStringLiteral("--database"), url});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), exitCode);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains(expected), err.constData());
        QVERIFY(!err.contains("s3cret"));
    };
    run(QStringLiteral("postgresql://zc:s3cret@127.0.0.1:1/"), 2, "no database");
    run(QStringLiteral("postgresql://zc:s3cret@db.example.com/zc?sslmode=disable"), 2, "verify-full");
    run(QStringLiteral("postgresql://zc:s3cret@127.0.0.1:1/zc"), 1, "cannot connect");
}

QTEST_GUILESS_MAIN(TestServerHttp)
#include "tst_server_http.moc"
