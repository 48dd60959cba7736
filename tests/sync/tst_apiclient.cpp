// ApiClient against a real zhaocai-server over TLS on loopback, plus small
// fakes for what a real server cannot be made to do (never answer, answer
// garbage, redirect elsewhere, ask for proxy credentials). The fakes that
// speak TLS present the test server's own certificate, so verification stays on.
#include "DemoSeed.h"
#include "FakeTlsServer.h"
#include "TestServer.h"

#include "sync/ApiClient.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>
#include <QPointer>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace zc;
using namespace zc::sync;

namespace {

const QString &DemoPassword = zc::test::demo::Password;
const QString &MainLogin = zc::test::demo::HospitalMain;
const QString &HandlerLogin = zc::test::demo::BothChoicesHandler;       // handler of two units
const QString &InstitutionHandler = zc::test::demo::HospitalHandler;    // handler of a unit with three institutions

// One HTTP/1.1 request as a fake saw it.
using SeenRequest = zc::test::FakeTlsServer::Request;

QByteArray httpResponse(int status, const QByteArray &reason, const QByteArray &body,
                        const QList<QByteArray> &extraHeaders = {})
{
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const QByteArray &h : extraHeaders)
        r += h + "\r\n";
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    return r;
}

// A TLS (or plain) HTTP/1.1 server for one test: records requests, answers
// each with `respond`, closes the connection.
class FakeServer : public QObject
{
public:
    using Responder = std::function<QByteArray(const SeenRequest &)>;

    // TLS with the given certificate and key; plain TCP when cert is null.
    FakeServer(const QList<QSslCertificate> &chain, const QSslKey &key, Responder respond)
        : m_respond(std::move(respond))
    {
        if (!chain.isEmpty()) {
            auto *ssl = new QSslServer(this);
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setLocalCertificateChain(chain);
            config.setPrivateKey(key);
            config.setPeerVerifyMode(QSslSocket::VerifyNone);   // the server side asks no client certificate
            ssl->setSslConfiguration(config);
            m_server = ssl;
        } else {
            m_server = new QTcpServer(this);
        }
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeServer::accept);
    }

    bool listen(const QHostAddress &address) { return m_server->listen(address, 0); }
    quint16 port() const { return m_server->serverPort(); }
    QList<SeenRequest> requests;
    int connections = 0;

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            ++connections;
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                *buffer += socket->readAll();
                SeenRequest r;
                while (zc::test::FakeTlsServer::takeRequest(buffer.get(), &r)) {
                    requests.append(r);
                    const QByteArray answer = m_respond(r);
                    if (answer.isEmpty())
                        continue;   // keep silent
                    socket->write(answer);
                    socket->flush();
                    socket->disconnectFromHost();
                }
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    QTcpServer *m_server = nullptr;
    Responder m_respond;
};

// Accepts TCP connections and never says a word (not even a TLS handshake).
class SilentServer : public QTcpServer
{
public:
    SilentServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                m_sockets.append(s);
        });
    }
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    template <typename T>
    static Result<T> wait(const std::function<ApiJob *(QObject *, ApiClient::Done<T>)> &start, int *calls = nullptr)
    {
        QEventLoop loop;
        Result<T> out;
        int n = 0;
        start(&loop, [&](const Result<T> &r) {
            out = r;
            ++n;
            loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        if (n == 0)
            loop.exec();
        if (calls)
            *calls = n;
        return out;
    }

    ServerProfile profile(bool withCa = true) const
    {
        ServerProfile p;
        p.id = QStringLiteral("test");
        p.name = QStringLiteral("test server");
        p.url = m_server->baseUrl();
        if (withCa)
            p.caPem = m_server->caPem();
        return p;
    }
    ServerProfile fakeProfile(const QString &host, quint16 port) const
    {
        ServerProfile p = profile();
        p.url = QUrl(QStringLiteral("https://%1:%2").arg(host).arg(port));
        return p;
    }
    std::unique_ptr<ApiClient> client(bool withCa = true) const
    {
        auto c = std::make_unique<ApiClient>();
        c->setProfile(profile(withCa));
        c->setProxy(ProxySettings{ProxySettings::Mode::None, {}, 0, {}});
        return c;
    }
    Result<Session> login(ApiClient &c, const QString &login, const QString &password)
    {
        const auto captcha = wait<Captcha>([&](QObject *ctx, ApiClient::Done<Captcha> done) {
            return c.createCaptcha(ctx, done);
        });
        if (!captcha.ok())
            return Result<Session>{std::nullopt, captcha.error, {}, {}};
        const QString answer = m_server->captchaAnswer(captcha.value->id);
        return wait<Session>([&](QObject *ctx, ApiClient::Done<Session> done) {
            return c.login(login, password, captcha.value->id, answer, ctx, done);
        });
    }
    Result<SmsCodeSent> requestSms(ApiClient &c, const QString &phone, SmsPurpose purpose)
    {
        const test::TestServer::NewCaptcha captcha = m_server->solvedCaptcha();
        return wait<SmsCodeSent>([&](QObject *ctx, ApiClient::Done<SmsCodeSent> done) {
            return c.requestSmsCode(phone, purpose, captcha.id, captcha.answer, ctx, done);
        });
    }
    // The newest SMS code sent to the phone (dev outbox).
    QString smsCode(const QString &phone)
    {
        const QJsonArray messages = m_server->smsMessages(phone);
        for (const QJsonValue &m : messages) {
            if (m.toObject().value(QLatin1String("kind")).toString() == QLatin1String("sms_code"))
                return m.toObject().value(QLatin1String("code")).toString();
        }
        return {};
    }
    QList<QSslCertificate> serverChain() const
    {
        return test::FakeTlsServer::chainFromFile(m_server->dataDir() + QStringLiteral("/tls/server.pem"));
    }
    QSslKey serverKey() const
    {
        return test::FakeTlsServer::keyFromFile(m_server->dataDir() + QStringLiteral("/tls/server.key"));
    }
    std::unique_ptr<FakeServer> fakeTls(const QHostAddress &address, FakeServer::Responder respond)
    {
        auto fake = std::make_unique<FakeServer>(serverChain(), serverKey(), std::move(respond));
        if (!fake->listen(address))
            return nullptr;
        return fake;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<test::TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QVERIFY(!m_server->caCertificates().isEmpty());
        QVERIFY(!serverChain().isEmpty());
        QVERIFY(!serverKey().isNull());
    }
    void cleanupTestCase()
    {
        m_server.reset();
    }

    void healthAnswersVersion()
    {
        auto c = client();
        const auto r = wait<QString>([&](QObject *ctx, ApiClient::Done<QString> done) { return c->health(ctx, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.code + QLatin1Char(' ') + r.error.message));
        QVERIFY(!r.value->isEmpty());
        QVERIFY(!r.error.isValid());
        QVERIFY(c->isOnline());
    }

    void captchaIsAPng()
    {
        auto c = client();
        const auto r = wait<Captcha>([&](QObject *ctx, ApiClient::Done<Captcha> done) { return c->createCaptcha(ctx, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY(!r.value->id.isEmpty());
        QVERIFY(r.value->expiresIn > 0);
        QVERIFY(r.value->png.startsWith("\x89PNG"));
        const QImage image = QImage::fromData(r.value->png, "PNG");
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 0 && image.height() > 0);
    }

    void loginMainAccountThenMe()
    {
        auto c = client();
        const auto s = login(*c, MainLogin, DemoPassword);
        QVERIFY2(s.ok(), qPrintable(s.error.code + QLatin1Char(' ') + s.error.message));
        QVERIFY(!s.value->token.isEmpty());
        QVERIFY(s.value->isMainAccount());
        QCOMPARE(s.value->account->login, MainLogin);
        QVERIFY(s.value->unit);
        QVERIFY(s.value->isReady());
        QVERIFY(s.value->hasPermission(QStringLiteral("basic.roles")));
        QCOMPARE(c->token(), s.value->token);   // the client keeps the new token

        const auto me = wait<Session>([&](QObject *ctx, ApiClient::Done<Session> done) { return c->me(ctx, done); });
        QVERIFY2(me.ok(), qPrintable(me.error.message));
        QVERIFY(me.value->token.isEmpty());
        QCOMPARE(me.value->account->id, s.value->account->id);
        QCOMPARE(me.value->unit->id, s.value->unit->id);
        QCOMPARE(me.value->permissions, s.value->permissions);
    }

    void handlerOfTwoUnitsChoosesUnit()
    {
        auto c = client();
        const auto s = login(*c, HandlerLogin, DemoPassword);
        QVERIFY2(s.ok(), qPrintable(s.error.code + QLatin1Char(' ') + s.error.message));
        QVERIFY(s.value->unitChoiceRequired);
        QVERIFY(s.value->unitOptions.size() >= 2);
        QVERIFY(!s.value->account);

        // Until the unit is chosen, the rest of the API refuses.
        const auto perms = wait<QList<Permission>>([&](QObject *ctx, ApiClient::Done<QList<Permission>> done) {
            return c->permissions(ctx, done);
        });
        if (!perms.ok())
            QCOMPARE(perms.error.code, QStringLiteral("unit_choice_required"));

        const qint64 unitId = s.value->unitOptions.first().id;
        const auto chosen = wait<Session>([&](QObject *ctx, ApiClient::Done<Session> done) {
            return c->chooseUnit(unitId, ctx, done);
        });
        QVERIFY2(chosen.ok(), qPrintable(chosen.error.code + QLatin1Char(' ') + chosen.error.message));
        QVERIFY(!chosen.value->unitChoiceRequired);
        QVERIFY(chosen.value->unit);
        QCOMPARE(chosen.value->unit->id, unitId);
        QVERIFY(chosen.value->account);
        QCOMPARE(chosen.value->account->kind, Account::Kind::Handler);
    }

    void handlerChoosesInstitutionOnce()
    {
        auto c = client();
        const auto s = login(*c, InstitutionHandler, DemoPassword);
        QVERIFY2(s.ok(), qPrintable(s.error.code + QLatin1Char(' ') + s.error.message));
        QVERIFY(s.value->institutionChoiceRequired);
        QVERIFY(s.value->institutionOptions.size() >= 2);
        QVERIFY(!s.value->isReady());
        const qint64 institutionId = s.value->institutionOptions.last().id;
        const auto chosen = wait<Session>([&](QObject *ctx, ApiClient::Done<Session> done) {
            return c->chooseInstitution(institutionId, ctx, done);
        });
        QVERIFY2(chosen.ok(), qPrintable(chosen.error.code + QLatin1Char(' ') + chosen.error.message));
        QVERIFY(!chosen.value->institutionChoiceRequired);
        QCOMPARE(chosen.value->account->institutionId, institutionId);

        const auto again = wait<Session>([&](QObject *ctx, ApiClient::Done<Session> done) {
            return c->chooseInstitution(institutionId, ctx, done);
        });
        QVERIFY(!again.ok());
        QCOMPARE(again.error.status, 409);
        QCOMPARE(again.error.code, QStringLiteral("institution_already_chosen"));
    }

    void mainAccountIsNeverAskedForInstitution()
    {
        auto c = client();
        QVERIFY(login(*c, MainLogin, DemoPassword).ok());
        const auto r = wait<Session>([&](QObject *ctx, ApiClient::Done<Session> done) {
            return c->chooseInstitution(1, ctx, done);
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error.status, 409);
        QCOMPARE(r.error.code, QStringLiteral("no_choice_pending"));
        QVERIFY(!r.error.message.isEmpty());
    }

    void permissionsCatalogIsATree()
    {
        auto c = client();
        QVERIFY(login(*c, MainLogin, DemoPassword).ok());
        const auto r = wait<QList<Permission>>([&](QObject *ctx, ApiClient::Done<QList<Permission>> done) {
            return c->permissions(ctx, done);
        });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY(!r.value->isEmpty());
        const auto basic = std::find_if(r.value->cbegin(), r.value->cend(),
                                        [](const Permission &p) { return p.code == QLatin1String("basic"); });
        QVERIFY(basic != r.value->cend());
        QVERIFY(!basic->titleZh.isEmpty());
        QVERIFY(!basic->titleEn.isEmpty());
        const bool hasRoles = std::any_of(basic->children.cbegin(), basic->children.cend(),
                                          [](const Permission &p) { return p.code == QLatin1String("basic.roles"); });
        QVERIFY(hasRoles);
    }

    void changePasswordReportsServerRules()
    {
        auto c = client();
        QVERIFY(login(*c, QStringLiteral("js_group"), DemoPassword).ok());
        const auto weak = wait<Nothing>([&](QObject *ctx, ApiClient::Done<Nothing> done) {
            return c->changePassword(DemoPassword, QStringLiteral("short"), ctx, done);
        });
        QVERIFY(!weak.ok());
        QCOMPARE(weak.error.code, QStringLiteral("weak_password"));
        QCOMPARE(weak.error.reason, QStringLiteral("rules"));
        const auto common = wait<Nothing>([&](QObject *ctx, ApiClient::Done<Nothing> done) {
            return c->changePassword(DemoPassword, QStringLiteral("P@ssw0rd"), ctx, done);
        });
        QCOMPARE(common.error.code, QStringLiteral("weak_password"));
        QCOMPARE(common.error.reason, QStringLiteral("common"));
        QCOMPARE(common.error.field, QStringLiteral("new_password"));
        const auto wrong = wait<Nothing>([&](QObject *ctx, ApiClient::Done<Nothing> done) {
            return c->changePassword(QStringLiteral("Not@The0ld"), QStringLiteral("Brand@New2027"), ctx, done);
        });
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error.status, 422);
        QCOMPARE(wrong.error.code, QStringLiteral("wrong_password"));
    }

    void logoutRevokesAndExpiredTokenSignals()
    {
        auto c = client();
        QSignalSpy expired(c.get(), &ApiClient::sessionExpired);
        QVERIFY(login(*c, MainLogin, DemoPassword).ok());
        const QString token = c->token();
        int calls = 0;
        const auto out = wait<Nothing>([&](QObject *ctx, ApiClient::Done<Nothing> done) { return c->logout(ctx, done); },
                                       &calls);
        QVERIFY2(out.ok(), qPrintable(out.error.message));
        QCOMPARE(calls, 1);
        QVERIFY(c->token().isEmpty());
        QCOMPARE(expired.count(), 0);

        c->setToken(token);   // the revoked one
        const auto me = wait<Session>([&](QObject *ctx, ApiClient::Done<Session> done) { return c->me(ctx, done); });
        QVERIFY(!me.ok());
        QCOMPARE(me.error.status, 401);
        QCOMPARE(me.error.code, QStringLiteral("unauthenticated"));
        QCOMPARE(expired.count(), 1);
        QVERIFY(c->isOnline());

        // Without a token a 401 is no expiry.
        c->setToken({});
        const auto anon = wait<Session>([&](QObject *ctx, ApiClient::Done<Session> done) { return c->me(ctx, done); });
        QCOMPARE(anon.error.code, QStringLiteral("unauthenticated"));
        QCOMPARE(expired.count(), 1);
    }

    void wrongPasswordIsInvalidCredentials()
    {
        auto c = client();
        QSignalSpy expired(c.get(), &ApiClient::sessionExpired);
        const auto r = login(*c, QStringLiteral("nobody_here"), QStringLiteral("Wrong@Pass1"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.status, 401);
        QCOMPARE(r.error.code, QStringLiteral("invalid_credentials"));
        QVERIFY(!r.error.message.isEmpty());
        QVERIFY(c->token().isEmpty());
        QCOMPARE(expired.count(), 0);
    }

    void messagesFollowTheLanguage()
    {
        auto zh = client();
        const auto inChinese = login(*zh, QStringLiteral("nobody_zh"), QStringLiteral("Wrong@Pass1"));
        auto en = client();
        en->setLanguage(QStringLiteral("en"));
        const auto inEnglish = login(*en, QStringLiteral("nobody_en"), QStringLiteral("Wrong@Pass1"));
        QCOMPARE(inChinese.error.code, QStringLiteral("invalid_credentials"));
        QCOMPARE(inEnglish.error.code, QStringLiteral("invalid_credentials"));
        QVERIFY(inEnglish.error.message != inChinese.error.message);
        const auto isCjk = [](QChar ch) { return ch.unicode() >= 0x4e00 && ch.unicode() <= 0x9fff; };
        QVERIFY2(std::any_of(inChinese.error.message.cbegin(), inChinese.error.message.cend(), isCjk),
                 qPrintable(inChinese.error.message));
        QVERIFY2(std::none_of(inEnglish.error.message.cbegin(), inEnglish.error.message.cend(), isCjk),
                 qPrintable(inEnglish.error.message));
    }

    void untrustedServerIsRefusedWithFingerprint()
    {
        auto c = client(false);   // system CAs only
        QSignalSpy online(c.get(), &ApiClient::onlineChanged);
        const auto r = wait<QString>([&](QObject *ctx, ApiClient::Done<QString> done) { return c->health(ctx, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error.code, QStringLiteral("tls_error"));
        QCOMPARE(r.error.status, 0);
        QVERIFY(!r.tlsProblems.isEmpty());
        const QString leaf = QString::fromLatin1(
            serverChain().first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        const bool found = std::any_of(r.tlsProblems.cbegin(), r.tlsProblems.cend(), [&](const TlsProblem &p) {
            return p.kind == TlsProblem::Kind::UntrustedIssuer && p.sha256 == leaf;
        });
        QVERIFY2(found, qPrintable(leaf));
        QCOMPARE(r.tlsProblems.first().host, QStringLiteral("127.0.0.1"));
        QVERIFY(!c->isOnline());
        QCOMPARE(online.count(), 1);
    }

    void hostNameMismatchIsRefused()
    {
        // The server's certificate names 127.0.0.1 and localhost; serve it from 127.0.0.2.
        auto fake = fakeTls(QHostAddress(QStringLiteral("127.0.0.2")), [](const SeenRequest &) {
            return httpResponse(200, "OK", R"({"status":"ok","version":"fake"})");
        });
        QVERIFY(fake);
        auto c = client();
        c->setProfile(fakeProfile(QStringLiteral("127.0.0.2"), fake->port()));
        const auto r = wait<QString>([&](QObject *ctx, ApiClient::Done<QString> done) { return c->health(ctx, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error.code, QStringLiteral("tls_error"));
        QCOMPARE(r.tlsProblems.size(), 1);   // trusted issuer, wrong name
        QCOMPARE(r.tlsProblems.first().kind, TlsProblem::Kind::HostNameMismatch);
        QCOMPARE(r.tlsProblems.first().host, QStringLiteral("127.0.0.2"));
        QVERIFY(r.tlsProblems.first().names.contains(QStringLiteral("127.0.0.1")));
        QVERIFY(fake->requests.isEmpty());   // nothing was sent to it
    }

    void oversizedAnswerIsCutOffAsBadResponse_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::newRow("Content-Length of 50 MB") << true;
        QTest::newRow("50 MB until the connection closes") << false;
    }
    void oversizedAnswerIsCutOffAsBadResponse()
    {
        QFETCH(bool, announced);
        constexpr qint64 Huge = 50 * 1024 * 1024;
        test::FakeTlsServer fake(serverChain(), serverKey(), [announced](const test::FakeTlsServer::Request &) {
            test::FakeTlsServer::Answer a;
            a.response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
            if (announced)
                a.response += "Content-Length: " + QByteArray::number(Huge + 2) + "\r\n";
            a.response += "Connection: close\r\n\r\n[\"";
            a.streamBytes = Huge;
            return a;
        });
        QVERIFY(fake.listen());
        auto c = client();
        c->setProfile(fakeProfile(QStringLiteral("127.0.0.1"), fake.port()));
        const auto r = wait<QString>([&](QObject *ctx, ApiClient::Done<QString> done) { return c->health(ctx, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error.code, QStringLiteral("bad_response"));
        QCOMPARE(r.error.status, 200);
        QVERIFY2(r.error.message.contains(QStringLiteral("larger than")), qPrintable(r.error.message));
        QCOMPARE(fake.connections(), 1);
        QVERIFY(c->isOnline());   // it answered; the answer was the problem
    }

    void changedCertificateIsRefusedAndGetsNoToken()
    {
        test::FakeTlsServer fake(serverChain(), serverKey(), [](const test::FakeTlsServer::Request &) {
            return test::FakeTlsServer::json(200, R"({"status":"ok","version":"fake"})");
        });
        QVERIFY(fake.listen());
        auto c = client();
        c->setProfile(fakeProfile(QStringLiteral("127.0.0.1"), fake.port()));
        const auto first = wait<QString>([&](QObject *ctx, ApiClient::Done<QString> done) { return c->health(ctx, done); });
        QVERIFY2(first.ok(), qPrintable(first.error.message));

        // The same host now shows another certificate (another server's, its CA unknown to the profile).
        test::TestServer other;
        QVERIFY2(other.start(), qPrintable(other.errorString()));
        const QList<QSslCertificate> otherChain =
            test::FakeTlsServer::chainFromFile(other.dataDir() + QStringLiteral("/tls/server.pem"));
        QVERIFY(!otherChain.isEmpty());
        fake.setCertificate(otherChain,
                            test::FakeTlsServer::keyFromFile(other.dataDir() + QStringLiteral("/tls/server.key")));
        c->setToken(QStringLiteral("secret-session-token"));
        const auto second = wait<Session>([&](QObject *ctx, ApiClient::Done<Session> done) { return c->me(ctx, done); });
        QVERIFY(!second.ok());
        QCOMPARE(second.error.code, QStringLiteral("tls_error"));
        const QString leaf = QString::fromLatin1(otherChain.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        const bool found = std::any_of(second.tlsProblems.cbegin(), second.tlsProblems.cend(), [&](const TlsProblem &p) {
            return p.kind == TlsProblem::Kind::UntrustedIssuer && p.sha256 == leaf;
        });
        QVERIFY2(found, qPrintable(leaf));
        QCOMPARE(fake.connections(), 1);       // the second handshake never completed
        QCOMPARE(fake.requests().size(), 1);   // only the first, tokenless request was read
        QVERIFY(fake.requests().first().header("Authorization").isEmpty());
    }

    void silentServerTimesOut()
    {
        SilentServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        auto c = client();
        c->setProfile(fakeProfile(QStringLiteral("127.0.0.1"), silent.serverPort()));
        c->setTransferTimeout(400);
        QElapsedTimer timer;
        timer.start();
        const auto r = wait<QString>([&](QObject *ctx, ApiClient::Done<QString> done) { return c->health(ctx, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error.code, QStringLiteral("timeout"));
        QCOMPARE(r.error.status, 0);
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY(!c->isOnline());
    }

    void abortCancelsOnce()
    {
        SilentServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        auto c = client();
        c->setProfile(fakeProfile(QStringLiteral("127.0.0.1"), silent.serverPort()));
        int calls = 0;
        Result<QString> result;
        QObject context;
        QPointer<ApiJob> job = c->health(&context, [&](const Result<QString> &r) {
            result = r;
            ++calls;
        });
        QVERIFY(job);
        QSignalSpy finished(job.data(), &ApiJob::finished);
        QTRY_VERIFY(!silent.m_sockets.isEmpty());   // really in flight
        job->abort();
        QCOMPARE(finished.count(), 1);
        QVERIFY(job->isFinished());
        QCOMPARE(job->error().code, QStringLiteral("cancelled"));
        job->abort();   // a second abort does nothing
        QTRY_COMPARE(calls, 1);
        QCOMPARE(result.error.code, QStringLiteral("cancelled"));
        QTRY_VERIFY(job.isNull());   // deleted after finishing
        QTest::qWait(200);
        QCOMPARE(calls, 1);
        QCOMPARE(finished.count(), 1);
        QVERIFY(c->isOnline());   // cancelling says nothing about the network
    }

    void abortOfRealRequestDropsAnswer()
    {
        auto c = client();
        int calls = 0;
        QString code;
        QObject context;
        ApiJob *job = c->health(&context, [&](const Result<QString> &r) {
            code = r.error.code;
            ++calls;
        });
        job->abort();
        QTRY_COMPARE(calls, 1);
        QCOMPARE(code, QStringLiteral("cancelled"));
        QTest::qWait(300);
        QCOMPARE(calls, 1);
    }

    void noCallbackAfterContextIsDestroyed()
    {
        auto c = client();
        int calls = 0;
        auto context = std::make_unique<QObject>();
        QPointer<ApiJob> job = c->health(context.get(), [&calls](const Result<QString> &) { ++calls; });
        QSignalSpy finished(job.data(), &ApiJob::finished);
        context.reset();
        QVERIFY(finished.wait(20000));   // the request itself still completes
        QTRY_VERIFY(job.isNull());
        QTest::qWait(100);
        QCOMPARE(calls, 0);
    }

    void unreachableThenReachable()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        auto c = client();
        QSignalSpy online(c.get(), &ApiClient::onlineChanged);
        c->setProfile(fakeProfile(QStringLiteral("127.0.0.1"), closedPort));
        const auto down = wait<QString>([&](QObject *ctx, ApiClient::Done<QString> done) { return c->health(ctx, done); });
        QCOMPARE(down.error.code, QStringLiteral("network_error"));
        QCOMPARE(down.error.status, 0);
        QVERIFY(!c->isOnline());
        QCOMPARE(online.count(), 1);
        QCOMPARE(online.last().first().toBool(), false);

        c->setProfile(profile());
        const auto up = wait<QString>([&](QObject *ctx, ApiClient::Done<QString> done) { return c->health(ctx, done); });
        QVERIFY(up.ok());
        QVERIFY(c->isOnline());
        QCOMPARE(online.count(), 2);
        QCOMPARE(online.last().first().toBool(), true);
    }

    void wrongShapesAreBadResponses_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("not json") << httpResponse(200, "OK", "<html>hello</html>") << 200 << "not JSON";
        QTest::newRow("missing version") << httpResponse(200, "OK", R"({"status":"ok"})") << 200 << "version";
        QTest::newRow("array") << httpResponse(200, "OK", "[1,2,3]") << 200 << "status";
        QTest::newRow("html error") << httpResponse(502, "Bad Gateway", "<html>nginx</html>") << 502 << "502";
        QTest::newRow("error without code") << httpResponse(500, "Oops", R"({"error":{"message":"x"}})") << 500 << "500";
    }
    void wrongShapesAreBadResponses()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, status);
        QFETCH(QString, messagePart);
        auto fake = fakeTls(QHostAddress::LocalHost, [answer](const SeenRequest &) { return answer; });
        QVERIFY(fake);
        auto c = client();
        c->setProfile(fakeProfile(QStringLiteral("127.0.0.1"), fake->port()));
        const auto r = wait<QString>([&](QObject *ctx, ApiClient::Done<QString> done) { return c->health(ctx, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error.code, QStringLiteral("bad_response"));
        QCOMPARE(r.error.status, status);
        QVERIFY2(r.error.message.contains(messagePart), qPrintable(r.error.message));
        QVERIFY(c->isOnline());   // an HTTP answer came
    }

    void sessionOfWrongShapeIsBadResponseWithReason()
    {
        auto fake = fakeTls(QHostAddress::LocalHost, [](const SeenRequest &) {
            return httpResponse(200, "OK", R"({"expires_at":"2026-11-23T08:00:00Z","permissions":"all"})");
        });
        QVERIFY(fake);
        auto c = client();
        c->setProfile(fakeProfile(QStringLiteral("127.0.0.1"), fake->port()));
        c->setToken(QStringLiteral("t"));
        const auto r = wait<Session>([&](QObject *ctx, ApiClient::Done<Session> done) { return c->me(ctx, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error.code, QStringLiteral("bad_response"));
        QVERIFY(!r.error.message.isEmpty());   // the codec's reason
    }

    void errorBodyIsParsed()
    {
        auto fake = fakeTls(QHostAddress::LocalHost, [](const SeenRequest &) {
            return httpResponse(429, "Too Many Requests",
                                R"({"error":{"code":"rate_limited","message":"slow down","field":null,"retry_after":42}})",
                                {"Retry-After: 42"});
        });
        QVERIFY(fake);
        auto c = client();
        c->setProfile(fakeProfile(QStringLiteral("127.0.0.1"), fake->port()));
        const auto r = wait<Captcha>([&](QObject *ctx, ApiClient::Done<Captcha> done) { return c->createCaptcha(ctx, done); });
        QCOMPARE(r.error.status, 429);
        QCOMPARE(r.error.code, QStringLiteral("rate_limited"));
        QCOMPARE(r.error.message, QStringLiteral("slow down"));
        QCOMPARE(r.error.retryAfter, 42);
        QVERIFY(r.error.field.isEmpty());
    }

    void requestCarriesHeadersAndEtagIsUnquoted()
    {
        auto fake = fakeTls(QHostAddress::LocalHost, [](const SeenRequest &) {
            return httpResponse(200, "OK", R"({"status":"ok","version":"1"})", {"ETag: \"v7\""});
        });
        QVERIFY(fake);
        auto c = client();
        c->setProfile(fakeProfile(QStringLiteral("127.0.0.1"), fake->port()));
        c->setLanguage(QStringLiteral("en"));
        c->setToken(QStringLiteral("secret-token"));
        const auto r = wait<QString>([&](QObject *ctx, ApiClient::Done<QString> done) { return c->health(ctx, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.etag, QByteArray("v7"));
        QCOMPARE(fake->requests.size(), 1);
        const SeenRequest &seen = fake->requests.first();
        QCOMPARE(seen.method, QByteArray("GET"));
        QCOMPARE(seen.target, QByteArray("/api/v1/health"));
        QCOMPARE(seen.header("Accept-Language"), QByteArray("en"));
        QCOMPARE(seen.header("Authorization"), QByteArray("Bearer secret-token"));

        // A body goes as JSON.
        QPointer<ApiJob> job = c->send("PUT", QStringLiteral("/roles/3"), {},
                                       QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("采购员")}}),
                                       {{"If-Match", "\"v7\""}});
        QSignalSpy done(job.data(), &ApiJob::finished);
        QVERIFY(done.wait(20000));
        QCOMPARE(fake->requests.size(), 2);
        const SeenRequest &put = fake->requests.last();
        QCOMPARE(put.method, QByteArray("PUT"));
        QCOMPARE(put.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(put.header("If-Match"), QByteArray("\"v7\""));
        QCOMPARE(QJsonDocument::fromJson(put.body).object().value(QLatin1String("name")).toString(),
                 QStringLiteral("采购员"));
    }

    void redirectToAnotherOriginIsRefused_data()
    {
        QTest::addColumn<QByteArray>("location");
        QTest::newRow("other host") << QByteArray("https://127.0.0.2:%1/api/v1/health");
        QTest::newRow("https to http") << QByteArray("http://127.0.0.1:%1/api/v1/health");
    }
    void redirectToAnotherOriginIsRefused()
    {
        QFETCH(QByteArray, location);
        // Where the redirect points: a server that would accept anything.
        auto target = fakeTls(QHostAddress(QStringLiteral("127.0.0.2")), [](const SeenRequest &) {
            return httpResponse(200, "OK", R"({"status":"ok","version":"elsewhere"})");
        });
        QVERIFY(target);
        const QByteArray to = QByteArray(location).replace("%1", QByteArray::number(target->port()));
        auto fake = fakeTls(QHostAddress::LocalHost, [to](const SeenRequest &) {
            return httpResponse(302, "Found", "", {"Location: " + to});
        });
        QVERIFY(fake);
        auto c = client();
        c->setProfile(fakeProfile(QStringLiteral("127.0.0.1"), fake->port()));
        c->setToken(QStringLiteral("secret-token"));
        const auto r = wait<QString>([&](QObject *ctx, ApiClient::Done<QString> done) { return c->health(ctx, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error.code, QStringLiteral("bad_response"));
        QVERIFY2(r.error.message.contains(QLatin1String("redirect")), qPrintable(r.error.message));
        QCOMPARE(fake->requests.size(), 1);
        QTest::qWait(100);
        QCOMPARE(target->connections, 0);   // the token never left for the other origin
    }

    void sameOriginRedirectIsFollowed()
    {
        std::unique_ptr<FakeServer> fake;
        fake = fakeTls(QHostAddress::LocalHost, [](const SeenRequest &r) {
            if (r.target == "/api/v1/health")
                return httpResponse(307, "Temporary Redirect", "", {"Location: /api/v1/health2"});
            return httpResponse(200, "OK", R"({"status":"ok","version":"moved"})");
        });
        QVERIFY(fake);
        auto c = client();
        c->setProfile(fakeProfile(QStringLiteral("127.0.0.1"), fake->port()));
        c->setToken(QStringLiteral("secret-token"));
        const auto r = wait<QString>([&](QObject *ctx, ApiClient::Done<QString> done) { return c->health(ctx, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(*r.value, QStringLiteral("moved"));
        QCOMPARE(fake->requests.size(), 2);
        QCOMPARE(fake->requests.last().header("Authorization"), QByteArray("Bearer secret-token"));
    }

    void proxyCredentialsOfferedOnceThenProxyAuthRequired()
    {
        // A plain HTTP proxy that wants credentials and never accepts them.
        FakeServer proxy({}, {}, [](const SeenRequest &) {
            return httpResponse(407, "Proxy Authentication Required", "",
                                {"Proxy-Authenticate: Basic realm=\"zc-test\""});
        });
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        auto c = client();
        ProxySettings settings;
        settings.mode = ProxySettings::Mode::Manual;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = proxy.port();
        settings.user = QStringLiteral("wang");
        c->setProxy(settings, QStringLiteral("pr0xy-pass"));
        const auto r = wait<QString>([&](QObject *ctx, ApiClient::Done<QString> done) { return c->health(ctx, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error.code, QStringLiteral("proxy_auth_required"));
        QCOMPARE(r.error.status, 0);
        QVERIFY(!proxy.requests.isEmpty());
        QVERIFY(proxy.requests.size() <= 3);   // no endless retry
        QCOMPARE(proxy.requests.first().method, QByteArray("CONNECT"));
        const QByteArray expected = "Basic " + QByteArray("wang:pr0xy-pass").toBase64();
        const bool offered = std::any_of(proxy.requests.cbegin(), proxy.requests.cend(), [&](const SeenRequest &s) {
            return s.header("Proxy-Authorization") == expected;
        });
        QVERIFY(offered);
    }


    // ------------------------------------------------------------ the rest of API.md, real server

    void smsCodeIsRateLimitedPerPhone()
    {
        auto c = client();
        const QString phone = QStringLiteral("13800138001");
        const auto sent = requestSms(*c, phone, SmsPurpose::AddHandler);
        QVERIFY2(sent.ok(), qPrintable(sent.error.code + QLatin1Char(' ') + sent.error.message));
        QVERIFY(sent.value->expiresIn > 0);
        QVERIFY(sent.value->resendAfter > 0);
        QVERIFY(!smsCode(phone).isEmpty());

        const auto again = requestSms(*c, phone, SmsPurpose::AddHandler);
        QVERIFY(!again.ok());
        QCOMPARE(again.error.status, 429);
        QCOMPARE(again.error.code, QStringLiteral("rate_limited"));
        QVERIFY(again.error.retryAfter > 0);

        const auto badPhone = requestSms(*c, QStringLiteral("12345"), SmsPurpose::Register);
        QVERIFY(!badPhone.ok());
        QCOMPARE(badPhone.error.code, QStringLiteral("invalid_field"));
        QCOMPARE(badPhone.error.field, QStringLiteral("phone"));
    }

    void handlerLifecycleWithVersions()
    {
        auto c = client();
        QVERIFY(login(*c, QStringLiteral("nmg_dist"), DemoPassword).ok());
        const QString phone = QStringLiteral("13800138002");
        QVERIFY(requestSms(*c, phone, SmsPurpose::AddHandler).ok());

        const auto wrong = wait<Account>([&](QObject *ctx, ApiClient::Done<Account> done) {
            return c->addHandler(phone, QStringLiteral("孙磊"), QStringLiteral("000000") == smsCode(phone)
                                                                   ? QStringLiteral("111111")
                                                                   : QStringLiteral("000000"),
                                 ctx, done);
        });
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error.code, QStringLiteral("sms_code_invalid"));

        const auto added = wait<Account>([&](QObject *ctx, ApiClient::Done<Account> done) {
            return c->addHandler(phone, QStringLiteral("孙磊"), smsCode(phone), ctx, done);
        });
        QVERIFY2(added.ok(), qPrintable(added.error.code + QLatin1Char(' ') + added.error.message));
        QCOMPARE(added.value->kind, Account::Kind::Handler);
        QCOMPARE(added.value->phone, phone);
        QCOMPARE(added.value->name, QStringLiteral("孙磊"));
        QVERIFY(!added.value->version.isEmpty());
        const qint64 id = added.value->id;

        HandlerListQuery query;
        query.q = QStringLiteral("138001380");
        const auto listed = wait<Page<Account>>([&](QObject *ctx, ApiClient::Done<Page<Account>> done) {
            return c->handlers(query, ctx, done);
        });
        QVERIFY2(listed.ok(), qPrintable(listed.error.message));
        QCOMPARE(listed.value->total, 1);
        QCOMPARE(listed.value->items.size(), 1);
        QCOMPARE(listed.value->items.first().id, id);
        QCOMPARE(listed.value->page, 1);
        QCOMPARE(listed.value->size, 10);

        HandlerPatch rename;
        rename.name = QStringLiteral("孙磊磊");
        const auto unconditional = wait<Account>([&](QObject *ctx, ApiClient::Done<Account> done) {
            return c->updateHandler(id, rename, QString(), ctx, done);
        });
        QCOMPARE(unconditional.error.status, 428);
        QCOMPARE(unconditional.error.code, QStringLiteral("precondition_required"));
        const auto stale = wait<Account>([&](QObject *ctx, ApiClient::Done<Account> done) {
            return c->updateHandler(id, rename, added.value->version + QStringLiteral("-stale"), ctx, done);
        });
        QCOMPARE(stale.error.status, 412);
        QCOMPARE(stale.error.code, QStringLiteral("version_conflict"));
        const auto renamed = wait<Account>([&](QObject *ctx, ApiClient::Done<Account> done) {
            return c->updateHandler(id, rename, added.value->version, ctx, done);
        });
        QVERIFY2(renamed.ok(), qPrintable(renamed.error.code + QLatin1Char(' ') + renamed.error.message));
        QCOMPARE(renamed.value->name, QStringLiteral("孙磊磊"));
        QVERIFY(renamed.value->version != added.value->version);
        QCOMPARE(QString::fromUtf8(renamed.etag), renamed.value->version);

        HandlerPatch disable;
        disable.status = Account::Status::Disabled;
        const auto disabled = wait<Account>([&](QObject *ctx, ApiClient::Done<Account> done) {
            return c->updateHandler(id, disable, renamed.value->version, ctx, done);
        });
        QVERIFY2(disabled.ok(), qPrintable(disabled.error.message));
        QCOMPARE(disabled.value->status, Account::Status::Disabled);

        query.status = Account::Status::Active;
        const auto activeOnly = wait<Page<Account>>([&](QObject *ctx, ApiClient::Done<Page<Account>> done) {
            return c->handlers(query, ctx, done);
        });
        QVERIFY(activeOnly.ok());
        QCOMPARE(activeOnly.value->total, 0);

        const auto reset = wait<Nothing>([&](QObject *ctx, ApiClient::Done<Nothing> done) {
            return c->resetHandlerPassword(id, ctx, done);
        });
        QVERIFY2(reset.ok(), qPrintable(reset.error.code + QLatin1Char(' ') + reset.error.message));

        const auto deleted = wait<Nothing>([&](QObject *ctx, ApiClient::Done<Nothing> done) {
            return c->deleteHandler(id, QString(), ctx, done);
        });
        QVERIFY2(deleted.ok(), qPrintable(deleted.error.message));
        const auto gone = wait<Nothing>([&](QObject *ctx, ApiClient::Done<Nothing> done) {
            return c->deleteHandler(id, QString(), ctx, done);
        });
        QCOMPARE(gone.error.status, 404);
        QCOMPARE(gone.error.code, QStringLiteral("not_found"));
    }

    void rolesCrudAndAssignment()
    {
        auto c = client();
        QVERIFY(login(*c, QStringLiteral("js_hosp"), DemoPassword).ok());
        RoleInput input;
        input.name = QStringLiteral("  质控员 ");
        input.remark = QStringLiteral("质量控制");
        input.permissions = {QStringLiteral("basic.roles")};
        const auto created = wait<Role>([&](QObject *ctx, ApiClient::Done<Role> done) {
            return c->createRole(input, ctx, done);
        });
        QVERIFY2(created.ok(), qPrintable(created.error.code + QLatin1Char(' ') + created.error.message));
        QCOMPARE(created.value->name, QStringLiteral("质控员"));   // trimmed by the server
        QCOMPARE(created.value->permissions, QStringList{QStringLiteral("basic.roles")});
        QCOMPARE(created.value->accountCount, 0);
        QCOMPARE(QString::fromUtf8(created.etag), created.value->version);
        const Role role = *created.value;

        const auto taken = wait<Role>([&](QObject *ctx, ApiClient::Done<Role> done) {
            return c->createRole(input, ctx, done);
        });
        QCOMPARE(taken.error.status, 409);
        QCOMPARE(taken.error.code, QStringLiteral("role_name_taken"));

        RoleInput unknown = input;
        unknown.name = QStringLiteral("未知权限");
        unknown.permissions = {QStringLiteral("no.such.permission")};
        const auto refused = wait<Role>([&](QObject *ctx, ApiClient::Done<Role> done) {
            return c->createRole(unknown, ctx, done);
        });
        QCOMPARE(refused.error.status, 422);
        QCOMPARE(refused.error.code, QStringLiteral("unknown_permission"));

        const auto listed = wait<Page<Role>>([&](QObject *ctx, ApiClient::Done<Page<Role>> done) {
            return c->roles(1, 10, QStringLiteral("质控"), ctx, done);
        });
        QVERIFY2(listed.ok(), qPrintable(listed.error.message));
        QCOMPARE(listed.value->total, 1);
        QCOMPARE(listed.value->items.first(), role);

        const auto read = wait<Role>([&](QObject *ctx, ApiClient::Done<Role> done) { return c->role(role.id, ctx, done); });
        QVERIFY(read.ok());
        QCOMPARE(*read.value, role);
        QCOMPARE(QString::fromUtf8(read.etag), role.version);

        RoleInput edit = input;
        edit.remark = QStringLiteral("质量控制与审核");
        edit.permissions = {QStringLiteral("basic")};   // a parent stands for its leaves
        const auto stale = wait<Role>([&](QObject *ctx, ApiClient::Done<Role> done) {
            return c->updateRole(role.id, edit, role.version + QStringLiteral("-stale"), ctx, done);
        });
        QCOMPARE(stale.error.status, 412);
        QCOMPARE(stale.error.code, QStringLiteral("version_conflict"));
        const auto updated = wait<Role>([&](QObject *ctx, ApiClient::Done<Role> done) {
            return c->updateRole(role.id, edit, role.version, ctx, done);
        });
        QVERIFY2(updated.ok(), qPrintable(updated.error.code + QLatin1Char(' ') + updated.error.message));
        QCOMPARE(updated.value->remark, edit.remark);
        QVERIFY(updated.value->permissions.size() > 1);
        QVERIFY(updated.value->permissions.contains(QStringLiteral("basic.accounts")));
        QVERIFY(updated.value->version != role.version);

        // 分配账号: the handler is offered, the main account never.
        RoleAccountsFilter unassigned;
        unassigned.assigned = false;
        const auto offered = wait<Page<Account>>([&](QObject *ctx, ApiClient::Done<Page<Account>> done) {
            return c->roleAccounts(role.id, unassigned, ctx, done);
        });
        QVERIFY2(offered.ok(), qPrintable(offered.error.message));
        QVERIFY(offered.value->total >= 1);
        qint64 handlerId = 0;
        for (const Account &a : offered.value->items) {
            QCOMPARE(a.kind, Account::Kind::Handler);
            if (a.login == QLatin1String("13770004444"))
                handlerId = a.id;
        }
        QVERIFY(handlerId > 0);

        for (int i = 0; i < 2; ++i) {   // idempotent
            const auto assigned = wait<Nothing>([&](QObject *ctx, ApiClient::Done<Nothing> done) {
                return c->assign(role.id, handlerId, ctx, done);
            });
            QVERIFY2(assigned.ok(), qPrintable(assigned.error.code + QLatin1Char(' ') + assigned.error.message));
        }
        RoleAccountsFilter holders;
        holders.login = QStringLiteral("1377000");
        const auto held = wait<Page<Account>>([&](QObject *ctx, ApiClient::Done<Page<Account>> done) {
            return c->roleAccounts(role.id, holders, ctx, done);
        });
        QVERIFY(held.ok());
        QCOMPARE(held.value->total, 1);
        QCOMPARE(held.value->items.first().id, handlerId);
        QVERIFY(held.value->items.first().roleIds.contains(role.id));

        for (int i = 0; i < 2; ++i) {
            const auto removed = wait<Nothing>([&](QObject *ctx, ApiClient::Done<Nothing> done) {
                return c->unassign(role.id, handlerId, ctx, done);
            });
            QVERIFY2(removed.ok(), qPrintable(removed.error.message));
        }

        const auto deleted = wait<Nothing>([&](QObject *ctx, ApiClient::Done<Nothing> done) {
            return c->deleteRole(role.id, QString(), ctx, done);
        });
        QVERIFY2(deleted.ok(), qPrintable(deleted.error.message));
        const auto gone = wait<Role>([&](QObject *ctx, ApiClient::Done<Role> done) { return c->role(role.id, ctx, done); });
        QCOMPARE(gone.error.status, 404);
    }

    void changesFeedPagesAndTombstones()
    {
        auto c = client();
        QVERIFY(login(*c, QStringLiteral("js_group"), DemoPassword).ok());
        const auto first = wait<ChangeBatch>([&](QObject *ctx, ApiClient::Done<ChangeBatch> done) {
            return c->changes(QString(), 1, ctx, done);
        });
        QVERIFY2(first.ok(), qPrintable(first.error.code + QLatin1Char(' ') + first.error.message));
        QVERIFY(!first.value->cursor.isEmpty());
        QVERIFY(first.value->more);   // a role and several accounts do not fit one item
        QCOMPARE(first.value->roles.size() + first.value->accounts.size(), 1);
        QVERIFY(!first.value->catalogVersion.isEmpty());

        // Everything else, then nothing new.
        QString cursor = first.value->cursor;
        for (bool more = true; more;) {
            const auto next = wait<ChangeBatch>([&](QObject *ctx, ApiClient::Done<ChangeBatch> done) {
                return c->changes(cursor, 500, ctx, done);
            });
            QVERIFY2(next.ok(), qPrintable(next.error.message));
            cursor = next.value->cursor;
            more = next.value->more;
        }
        RoleInput input;
        input.name = QStringLiteral("临时角色");
        input.permissions = {QStringLiteral("drug.listing")};
        const auto created = wait<Role>([&](QObject *ctx, ApiClient::Done<Role> done) {
            return c->createRole(input, ctx, done);
        });
        QVERIFY(created.ok());
        const auto afterCreate = wait<ChangeBatch>([&](QObject *ctx, ApiClient::Done<ChangeBatch> done) {
            return c->changes(cursor, 0, ctx, done);
        });
        QVERIFY(afterCreate.ok());
        QCOMPARE(afterCreate.value->roles.size(), 1);
        QCOMPARE(afterCreate.value->roles.first().id, created.value->id);
        QVERIFY(!afterCreate.value->more);

        QVERIFY(wait<Nothing>([&](QObject *ctx, ApiClient::Done<Nothing> done) {
                    return c->deleteRole(created.value->id, created.value->version, ctx, done);
                }).ok());
        const auto afterDelete = wait<ChangeBatch>([&](QObject *ctx, ApiClient::Done<ChangeBatch> done) {
            return c->changes(afterCreate.value->cursor, 0, ctx, done);
        });
        QVERIFY(afterDelete.ok());
        QVERIFY(afterDelete.value->deleted.contains(DeletedItem{DeletedItem::Type::Role, created.value->id}));

        const auto badCursor = wait<ChangeBatch>([&](QObject *ctx, ApiClient::Done<ChangeBatch> done) {
            return c->changes(QStringLiteral("not-a-cursor"), 0, ctx, done);
        });
        QCOMPARE(badCursor.error.status, 400);
        QCOMPARE(badCursor.error.field, QStringLiteral("since"));
    }

    void auditEventsListTheUnitsWrites()
    {
        auto c = client();
        const auto s = login(*c, QStringLiteral("js_dist"), DemoPassword);
        QVERIFY(s.ok());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
        RoleInput input;
        input.name = QStringLiteral("审计测试");
        input.permissions = {QStringLiteral("drug.listing")};
        const auto created = wait<Role>([&](QObject *ctx, ApiClient::Done<Role> done) {
            return c->createRole(input, ctx, done);
        });
        QVERIFY(created.ok());

        AuditQuery query;
        query.action = QStringLiteral("role.create");
        query.from = before;
        query.to = QDateTime::currentDateTimeUtc().addSecs(2);
        query.actorId = s.value->account->id;
        const auto events = wait<Page<AuditEvent>>([&](QObject *ctx, ApiClient::Done<Page<AuditEvent>> done) {
            return c->auditEvents(query, ctx, done);
        });
        QVERIFY2(events.ok(), qPrintable(events.error.code + QLatin1Char(' ') + events.error.message));
        QCOMPARE(events.value->total, 1);
        const AuditEvent &e = events.value->items.first();
        QCOMPARE(e.action, QStringLiteral("role.create"));
        QCOMPARE(e.targetType, QStringLiteral("role"));
        QCOMPARE(e.targetId, created.value->id);
        QCOMPARE(e.actorId, s.value->account->id);

        query.from = QDateTime::currentDateTimeUtc().addDays(1);   // nothing in the future
        query.to = QDateTime();
        const auto none = wait<Page<AuditEvent>>([&](QObject *ctx, ApiClient::Done<Page<AuditEvent>> done) {
            return c->auditEvents(query, ctx, done);
        });
        QVERIFY(none.ok());
        QCOMPARE(none.value->total, 0);
    }

    void unitAuthenticationChecksTheRegistry()
    {
        auto c = client();
        QVERIFY(login(*c, QStringLiteral("nmg_kangtai"), DemoPassword).ok());
        const auto wrong = wait<Unit>([&](QObject *ctx, ApiClient::Done<Unit> done) {
            return c->authenticateUnit(Unit::Kind::Manufacturer, QStringLiteral("SC15020000099"), ctx, done);
        });
        QCOMPARE(wrong.error.status, 422);
        QCOMPARE(wrong.error.code, QStringLiteral("unit_code_mismatch"));
        const auto right = wait<Unit>([&](QObject *ctx, ApiClient::Done<Unit> done) {
            return c->authenticateUnit(Unit::Kind::Manufacturer, QStringLiteral(" sc15020000031 "), ctx, done);
        });
        QVERIFY2(right.ok(), qPrintable(right.error.code + QLatin1Char(' ') + right.error.message));
        QCOMPARE(right.value->kind, Unit::Kind::Manufacturer);
        QCOMPARE(right.value->unitCode, QStringLiteral("SC15020000031"));
        QVERIFY(right.value->verified);
    }

    void registrationThenLogin()
    {
        auto c = client();
        const QString phone = QStringLiteral("13800138003");
        QVERIFY(requestSms(*c, phone, SmsPurpose::Register).ok());
        RegistrationRequest r;
        r.method = RegistrationRequest::Method::ELicense;
        r.uscc = QStringLiteral("91150100MA7P8D327J");
        r.unitName = QStringLiteral("呼和浩特市青城医药有限公司");
        r.legalRepName = QStringLiteral("孙丽");   // not the registry's
        r.legalRepIdNumber = QStringLiteral("15010519880617236X");
        r.login = QStringLiteral("qc_yiyao");
        r.password = QStringLiteral("Qingcheng@2026");
        r.phone = phone;
        r.smsCode = smsCode(phone);
        const auto mismatch = wait<Account>([&](QObject *ctx, ApiClient::Done<Account> done) {
            return c->registerUnit(r, ctx, done);
        });
        QCOMPARE(mismatch.error.status, 422);
        QCOMPARE(mismatch.error.code, QStringLiteral("legal_person_mismatch"));

        r.legalRepName = QStringLiteral("孙丽娜");   // the code was not used up by the refusal
        const auto registered = wait<Account>([&](QObject *ctx, ApiClient::Done<Account> done) {
            return c->registerUnit(r, ctx, done);
        });
        QVERIFY2(registered.ok(), qPrintable(registered.error.code + QLatin1Char(' ') + registered.error.message));
        QCOMPARE(registered.value->kind, Account::Kind::Unit);
        QCOMPARE(registered.value->login, r.login);

        const auto s = login(*c, r.login, r.password);
        QVERIFY2(s.ok(), qPrintable(s.error.code + QLatin1Char(' ') + s.error.message));
        QVERIFY(s.value->isMainAccount());
        QCOMPARE(s.value->unit->uscc, r.uscc);
    }

    void passwordResetBySmsCode()
    {
        auto c = client();
        const QString phone = QStringLiteral("18851003711");   // 李强, handler of two units
        QVERIFY(requestSms(*c, phone, SmsPurpose::ResetPassword).ok());
        const QString fresh = QStringLiteral("Reset@2026x");
        const auto wrong = wait<Nothing>([&](QObject *ctx, ApiClient::Done<Nothing> done) {
            return c->resetPassword(phone, smsCode(phone) == QLatin1String("999999") ? QStringLiteral("888888")
                                                                                    : QStringLiteral("999999"),
                                    fresh, QString(), ctx, done);
        });
        QCOMPARE(wrong.error.code, QStringLiteral("sms_code_invalid"));
        const auto done = wait<Nothing>([&](QObject *ctx, ApiClient::Done<Nothing> d) {
            return c->resetPassword(phone, smsCode(phone), fresh, QString(), ctx, d);
        });
        QVERIFY2(done.ok(), qPrintable(done.error.code + QLatin1Char(' ') + done.error.message));
        QVERIFY(login(*c, phone, fresh).ok());
        QCOMPARE(login(*c, phone, DemoPassword).error.code, QStringLiteral("invalid_credentials"));
    }

    // ------------------------------------------------------------ the new calls' requests and strict parsing

    void writesSendTheirVerbsBodiesAndIfMatch()
    {
        auto fake = fakeTls(QHostAddress::LocalHost, [](const SeenRequest &r) {
            if (r.method == "DELETE" || (r.method == "PUT" && r.target.contains("/accounts/")))
                return httpResponse(204, "No Content", "");
            return httpResponse(400, "Bad Request", R"({"error":{"code":"invalid_field","message":"x","field":"name"}})");
        });
        QVERIFY(fake);
        auto c = client();
        c->setProfile(fakeProfile(QStringLiteral("127.0.0.1"), fake->port()));

        HandlerPatch patch;
        patch.status = Account::Status::Disabled;
        wait<Account>([&](QObject *ctx, ApiClient::Done<Account> done) { return c->updateHandler(7, patch, QStringLiteral("v3"), ctx, done); });
        RoleInput input;
        input.name = QStringLiteral("采购员");
        input.permissions = {QStringLiteral("basic")};
        wait<Role>([&](QObject *ctx, ApiClient::Done<Role> done) { return c->updateRole(5, input, QStringLiteral("9"), ctx, done); });
        const auto del = wait<Nothing>([&](QObject *ctx, ApiClient::Done<Nothing> done) { return c->deleteRole(5, QString(), ctx, done); });
        QVERIFY(del.ok());
        const auto assigned = wait<Nothing>([&](QObject *ctx, ApiClient::Done<Nothing> done) { return c->assign(5, 7, ctx, done); });
        QVERIFY(assigned.ok());

        QCOMPARE(fake->requests.size(), 4);
        const SeenRequest &patchSeen = fake->requests.at(0);
        QCOMPARE(patchSeen.method, QByteArray("PATCH"));
        QCOMPARE(patchSeen.target, QByteArray("/api/v1/handlers/7"));
        QCOMPARE(patchSeen.header("If-Match"), QByteArray("\"v3\""));
        QCOMPARE(QJsonDocument::fromJson(patchSeen.body).object(),
                 QJsonObject({{QStringLiteral("status"), QStringLiteral("disabled")}}));   // only what is set
        const SeenRequest &putSeen = fake->requests.at(1);
        QCOMPARE(putSeen.method, QByteArray("PUT"));
        QCOMPARE(putSeen.header("If-Match"), QByteArray("\"9\""));
        const QJsonObject body = QJsonDocument::fromJson(putSeen.body).object();
        QCOMPARE(body.value(QLatin1String("name")).toString(), QStringLiteral("采购员"));
        QCOMPARE(body.value(QLatin1String("permissions")).toArray().first().toString(), QStringLiteral("basic"));
        QVERIFY(body.contains(QLatin1String("remark")));
        QCOMPARE(fake->requests.at(2).method, QByteArray("DELETE"));
        QVERIFY(fake->requests.at(2).header("If-Match").isEmpty());   // optional on delete: not sent without a version
        QCOMPARE(fake->requests.at(3).target, QByteArray("/api/v1/roles/5/accounts/7"));
    }

    void listQueriesCarryTheirFilters()
    {
        auto fake = fakeTls(QHostAddress::LocalHost, [](const SeenRequest &) {
            return httpResponse(200, "OK", R"({"items":[],"total":0,"page":2,"size":20})");
        });
        QVERIFY(fake);
        auto c = client();
        c->setProfile(fakeProfile(QStringLiteral("127.0.0.1"), fake->port()));
        HandlerListQuery h;
        h.page = 2;
        h.size = 20;
        h.q = QStringLiteral("王 & 李+");
        h.status = Account::Status::Locked;
        const auto handlers = wait<Page<Account>>([&](QObject *ctx, ApiClient::Done<Page<Account>> done) { return c->handlers(h, ctx, done); });
        QVERIFY2(handlers.ok(), qPrintable(handlers.error.message));
        QCOMPARE(handlers.value->page, 2);
        AuditQuery a;
        a.action = QStringLiteral("role.assign");
        a.actorId = 3;
        a.from = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        const auto audit = wait<Page<AuditEvent>>([&](QObject *ctx, ApiClient::Done<Page<AuditEvent>> done) { return c->auditEvents(a, ctx, done); });
        QVERIFY(audit.ok());
        RoleAccountsFilter f;
        f.assigned = false;
        f.name = QStringLiteral("张");
        wait<Page<Account>>([&](QObject *ctx, ApiClient::Done<Page<Account>> done) { return c->roleAccounts(4, f, ctx, done); });

        QCOMPARE(fake->requests.size(), 3);
        const auto query = [&](int i) {
            const QByteArray target = fake->requests.at(i).target;
            return QUrlQuery(QString::fromLatin1(target.mid(target.indexOf('?') + 1)));
        };
        QCOMPARE(query(0).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), h.q);
        QCOMPARE(query(0).queryItemValue(QStringLiteral("status")), QStringLiteral("locked"));
        QCOMPARE(query(0).queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
        QCOMPARE(query(0).queryItemValue(QStringLiteral("size")), QStringLiteral("20"));
        QCOMPARE(query(1).queryItemValue(QStringLiteral("actor")), QStringLiteral("3"));
        QCOMPARE(query(1).queryItemValue(QStringLiteral("from")), QStringLiteral("2026-11-01T00:00:00Z"));
        QVERIFY(!query(1).hasQueryItem(QStringLiteral("to")));
        QVERIFY(fake->requests.at(2).target.startsWith("/api/v1/roles/4/accounts?"));
        QCOMPARE(query(2).queryItemValue(QStringLiteral("assigned")), QStringLiteral("false"));
        QCOMPARE(query(2).queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded), QStringLiteral("张"));
    }

    void newCallsRejectWrongShapes_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("page without items") << "roles" << QByteArray(R"({"total":0,"page":1,"size":10})") << "items";
        QTest::newRow("page items not objects") << "roles" << QByteArray(R"({"items":[1],"total":1,"page":1,"size":10})") << "items[0]";
        QTest::newRow("page with a bad role") << "roles" << QByteArray(R"({"items":[{"id":1}],"total":1,"page":1,"size":10})") << "items[0]";
        QTest::newRow("negative total") << "handlers"
                                               << QByteArray(R"({"items":[],"total":-1,"page":1,"size":10})") << "out of range";
        QTest::newRow("page zero") << "audit" << QByteArray(R"({"items":[],"total":0,"page":0,"size":10})") << "out of range";
        QTest::newRow("changes without cursor") << "changes"
                                                << QByteArray(R"({"more":false,"roles":[],"accounts":[],"deleted":[],"catalog_version":"x"})")
                                                << "cursor";
        QTest::newRow("changes tombstone of unknown type") << "changes"
                                                           << QByteArray(R"({"cursor":"c","more":false,"roles":[],"accounts":[],"deleted":[{"type":"unit","id":1}],"catalog_version":"x"})")
                                                           << "type";
        QTest::newRow("sms answer without resend_after") << "sms" << QByteArray(R"({"expires_in":300})") << "resend_after";
        QTest::newRow("unit as an array") << "unit" << QByteArray("[]") << "object";
        QTest::newRow("role not an object") << "role" << QByteArray(R"("role")") << "";
        QTest::newRow("offboarding with a bad account") << "offboard"
                << QByteArray(R"({"account":{"id":1},"revoked_sessions":0,"already_offboarded":false})") << "account";
        QTest::newRow("review without completed_by") << "review"
                << QByteArray(R"({"id":1,"completed_at":"2026-12-04T08:00:00Z","inactive_days":90,"findings":{}})")
                << "completed_by";
        QTest::newRow("review with a negative count") << "review"
                << QByteArray(R"({"id":1,"completed_at":"2026-12-04T08:00:00Z","completed_by":{"id":1,"name":"x"},"inactive_days":90,"findings":{"inactive":-1}})")
                << "findings.inactive";
    }
    void newCallsRejectWrongShapes()
    {
        QFETCH(QString, call);
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        auto fake = fakeTls(QHostAddress::LocalHost, [body](const SeenRequest &) { return httpResponse(200, "OK", body); });
        QVERIFY(fake);
        auto c = client();
        c->setProfile(fakeProfile(QStringLiteral("127.0.0.1"), fake->port()));
        ApiError error;
        if (call == QLatin1String("roles"))
            error = wait<Page<Role>>([&](QObject *ctx, ApiClient::Done<Page<Role>> done) { return c->roles(1, 10, QString(), ctx, done); }).error;
        else if (call == QLatin1String("handlers"))
            error = wait<Page<Account>>([&](QObject *ctx, ApiClient::Done<Page<Account>> done) { return c->handlers({}, ctx, done); }).error;
        else if (call == QLatin1String("audit"))
            error = wait<Page<AuditEvent>>([&](QObject *ctx, ApiClient::Done<Page<AuditEvent>> done) { return c->auditEvents({}, ctx, done); }).error;
        else if (call == QLatin1String("changes"))
            error = wait<ChangeBatch>([&](QObject *ctx, ApiClient::Done<ChangeBatch> done) { return c->changes(QString(), 0, ctx, done); }).error;
        else if (call == QLatin1String("sms"))
            error = wait<SmsCodeSent>([&](QObject *ctx, ApiClient::Done<SmsCodeSent> done) {
                        return c->requestSmsCode(QStringLiteral("13800138000"), SmsPurpose::Register, QStringLiteral("c"), QStringLiteral("a"), ctx, done);
                    }).error;
        else if (call == QLatin1String("unit"))
            error = wait<Unit>([&](QObject *ctx, ApiClient::Done<Unit> done) {
                        return c->authenticateUnit(Unit::Kind::Distributor, QStringLiteral("PS1"), ctx, done);
                    }).error;
        else if (call == QLatin1String("offboard"))
            error = wait<Offboarding>([&](QObject *ctx, ApiClient::Done<Offboarding> done) {
                        return c->offboardHandler(1, ctx, done);
                    }).error;
        else if (call == QLatin1String("review"))
            error = wait<AccessReview>([&](QObject *ctx, ApiClient::Done<AccessReview> done) {
                        return c->completeAccessReview({}, ctx, done);
                    }).error;
        else
            error = wait<Role>([&](QObject *ctx, ApiClient::Done<Role> done) { return c->role(1, ctx, done); }).error;
        QCOMPARE(error.code, QStringLiteral("bad_response"));
        QCOMPARE(error.status, 200);
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    }

    // A role's change carries it before and after; 离职处理 removes the roles it
    // names and says so once; 权限审查 is recorded and listed, a bad count refused.
    void offboardingReviewsAndRoleDetails()
    {
        auto c = client();
        const auto s = login(*c, QStringLiteral("js_dist"), DemoPassword);
        QVERIFY(s.ok());
        RoleInput input;
        input.name = QStringLiteral("离职测试");
        input.permissions = {QStringLiteral("basic.roles")};
        const auto created = wait<Role>([&](QObject *ctx, ApiClient::Done<Role> done) {
            return c->createRole(input, ctx, done);
        });
        QVERIFY(created.ok());
        input.permissions = {QStringLiteral("basic.accounts")};
        const auto updated = wait<Role>([&](QObject *ctx, ApiClient::Done<Role> done) {
            return c->updateRole(created.value->id, input, created.value->version, ctx, done);
        });
        QVERIFY(updated.ok());
        AuditQuery query;
        query.action = QStringLiteral("role.update");
        const auto events = wait<Page<AuditEvent>>([&](QObject *ctx, ApiClient::Done<Page<AuditEvent>> done) {
            return c->auditEvents(query, ctx, done);
        });
        QVERIFY(events.ok());
        QVERIFY(!events.value->items.isEmpty());
        const AuditEvent &change = events.value->items.first();
        QCOMPARE(change.targetId, created.value->id);
        QVERIFY(change.roleBefore() && change.roleAfter());
        QCOMPARE(change.roleBefore()->value(QStringLiteral("permissions")).toArray(),
                 QJsonArray{QStringLiteral("basic.roles")});
        QCOMPARE(change.roleAfter()->value(QStringLiteral("permissions")).toArray(),
                 QJsonArray{QStringLiteral("basic.accounts")});

        const QString phone = QStringLiteral("13800138009");
        QVERIFY(requestSms(*c, phone, SmsPurpose::AddHandler).ok());
        const auto added = wait<Account>([&](QObject *ctx, ApiClient::Done<Account> done) {
            return c->addHandler(phone, QStringLiteral("钱离"), smsCode(phone), ctx, done);
        });
        QVERIFY(added.ok());
        QVERIFY(wait<Nothing>([&](QObject *ctx, ApiClient::Done<Nothing> done) {
                    return c->assign(created.value->id, added.value->id, ctx, done);
                }).ok());
        const auto off = wait<Offboarding>([&](QObject *ctx, ApiClient::Done<Offboarding> done) {
            return c->offboardHandler(added.value->id, ctx, done);
        });
        QVERIFY2(off.ok(), qPrintable(off.error.code));
        QVERIFY(!off.value->alreadyOffboarded);
        QCOMPARE(off.value->removedRoles.size(), 1);
        QCOMPARE(off.value->removedRoles.first().name, QStringLiteral("离职测试"));
        QCOMPARE(off.value->account.status, Account::Status::Disabled);
        QVERIFY(off.value->account.roleIds.isEmpty());
        const auto again = wait<Offboarding>([&](QObject *ctx, ApiClient::Done<Offboarding> done) {
            return c->offboardHandler(added.value->id, ctx, done);
        });
        QVERIFY(again.ok());
        QVERIFY(again.value->alreadyOffboarded);
        QCOMPARE(again.value->account.version, off.value->account.version);

        AccessReviewInput review;
        review.inactiveDays = 30;
        review.findings = {{QStringLiteral("never_signed_in"), 2}, {QStringLiteral("tokens_unused"), 1}};
        review.note = QStringLiteral("季度审查");
        const auto done = wait<AccessReview>([&](QObject *ctx, ApiClient::Done<AccessReview> d) {
            return c->completeAccessReview(review, ctx, d);
        });
        QVERIFY2(done.ok(), qPrintable(done.error.code + QLatin1Char(' ') + done.error.message));
        QCOMPARE(done.value->inactiveDays, 30);
        QCOMPARE(done.value->findings.value(QStringLiteral("never_signed_in")), 2);
        QCOMPARE(done.value->total(), 3);
        QCOMPARE(done.value->completedById, s.value->account->id);
        const auto listed = wait<Page<AccessReview>>([&](QObject *ctx, ApiClient::Done<Page<AccessReview>> d) {
            return c->accessReviews(1, 10, ctx, d);
        });
        QVERIFY(listed.ok());
        QVERIFY(!listed.value->items.isEmpty());
        QCOMPARE(listed.value->items.first().id, done.value->id);
        QCOMPARE(listed.value->items.first().note, QStringLiteral("季度审查"));
        review.findings.insert(QStringLiteral("inactive"), -1);
        const auto refused = wait<AccessReview>([&](QObject *ctx, ApiClient::Done<AccessReview> d) {
            return c->completeAccessReview(review, ctx, d);
        });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error.code, QStringLiteral("invalid_field"));
        QCOMPARE(refused.error.field, QStringLiteral("findings.inactive"));
    }

private:
    std::unique_ptr<test::TestServer> m_server;
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
