// Signing in and out of zhaocai-server: captchas, constant answers, lockout,
// /me, token expiry, password change and rehashing.
#include "ServerTestSupport.h"
#include "TestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using zc::test::ServerDb;
using zc::test::TestServer;
namespace demo = zc::test::demo;

namespace {

// API.md: the 5th failure within 15 minutes locks the login for 15 minutes.
constexpr int MaxFailures = 5;

QJsonObject errorOf(const TestServer::Reply &r)
{
    return r.object().value(QLatin1String("error")).toObject();
}

QJsonObject passwordBody(const QString &oldPassword, const QString &newPassword)
{
    return QJsonObject{{QStringLiteral("old_password"), oldPassword}, {QStringLiteral("new_password"), newPassword}};
}

} // namespace

class TestServerLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainAccountSignsInWithItsLoginCaseInsensitively();
    void handlerSignsInWithItsPhone();
    void wrongPasswordAndUnknownLoginAnswerAlike();
    void wrongCaptchaIs422AndUsesItUp();
    void captchaCannotBeReused();
    void fiveFailuresLockTheLoginStringEvenIfUnknown();
    void lockoutCountsPerLoginString();
    void concurrentWrongLoginsOverTwoProcessesLockAfterExactlyFive();
    void meShowsTheSessionWithoutToken();
    void logoutRevokesTheToken();
    void idleTokenExpires();
    void tokenPastItsTotalLifetimeIsRefused();
    void passwordChangeChecksOldAndNewAndRevokesOtherSessions();
    void wrongOldPasswordCountsTowardsLockout();
    void passwordChangeRequiredGateOpensAfterChange();
    void hashIsRenewedWhenArgon2ParametersChange();

private:
    std::unique_ptr<TestServer> m_server;
};

void TestServerLogin::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestServerLogin::mainAccountSignsInWithItsLoginCaseInsensitively()
{
    const auto r = m_server->login(QStringLiteral("  NMG_Hosp "), demo::Password);
    QCOMPARE(r.status, 201);
    const QJsonObject s = r.object();
    const QString token = s.value(QLatin1String("token")).toString();
    QVERIFY(token.size() >= 43);   // 256 bits, base64url
    QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject account = s.value(QLatin1String("account")).toObject();
    QCOMPARE(account.value(QLatin1String("kind")).toString(), QStringLiteral("unit"));
    QCOMPARE(account.value(QLatin1String("login")).toString(), QStringLiteral("nmg_hosp"));
    QCOMPARE(s.value(QLatin1String("unit")).toObject().value(QLatin1String("region")).toString(), QStringLiteral("150100"));
    QCOMPARE(s.value(QLatin1String("password_change_required")).toBool(), false);
    QCOMPARE(s.value(QLatin1String("unit_choice")).toObject().value(QLatin1String("required")).toBool(), false);
    // A main account is never asked for an institution, and holds every leaf.
    QCOMPARE(s.value(QLatin1String("institution_choice")).toObject().value(QLatin1String("required")).toBool(), false);
    const QJsonArray permissions = s.value(QLatin1String("permissions")).toArray();
    QVERIFY(permissions.contains(QStringLiteral("basic.roles")));
    QVERIFY(!permissions.contains(QStringLiteral("basic")));   // leaves only
    const QDateTime expires = QDateTime::fromString(s.value(QLatin1String("expires_at")).toString(), Qt::ISODate);
    QVERIFY(expires > QDateTime::currentDateTimeUtc().addSecs(7 * 3600));
    QVERIFY(expires <= QDateTime::currentDateTimeUtc().addSecs(8 * 3600 + 5));
    // Only the token's hash is stored.
    ServerDb db(m_server->dataDir());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE token_hash = ?"), {token}).toInt(), 0);
}

void TestServerLogin::handlerSignsInWithItsPhone()
{
    const auto r = m_server->login(demo::PlainHandler, demo::Password);
    QCOMPARE(r.status, 201);
    const QJsonObject s = r.object();
    QCOMPARE(s.value(QLatin1String("account")).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("handler"));
    QCOMPARE(s.value(QLatin1String("account")).toObject().value(QLatin1String("phone")).toString(), demo::PlainHandler);
    QCOMPARE(s.value(QLatin1String("unit")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("南京市玄武区人民医院"));
    QCOMPARE(s.value(QLatin1String("permissions")).toArray(),
             QJsonArray({QStringLiteral("basic.roles"), QStringLiteral("basic.accounts")}));
}

void TestServerLogin::wrongPasswordAndUnknownLoginAnswerAlike()
{
    const auto wrong = m_server->login(demo::GroupMain, QStringLiteral("Wrong@2026"));
    const auto unknown = m_server->login(QStringLiteral("no_such_unit"), QStringLiteral("Wrong@2026"));
    const auto unknownPhone = m_server->login(QStringLiteral("13999999999"), QStringLiteral("Wrong@2026"));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.errorCode(), QStringLiteral("invalid_credentials"));
    QCOMPARE(unknown.status, wrong.status);
    QCOMPARE(unknown.body, wrong.body);
    QCOMPARE(unknownPhone.body, wrong.body);

    // A disabled account answers the same, even with the right password.
    ServerDb db(m_server->dataDir());
    QVERIFY(db.exec(QStringLiteral("UPDATE accounts SET status = 'disabled' WHERE login = 'js_dist'")));
    const auto disabled = m_server->login(QStringLiteral("js_dist"), demo::Password);
    QVERIFY(db.exec(QStringLiteral("UPDATE accounts SET status = 'active' WHERE login = 'js_dist'")));
    QCOMPARE(disabled.status, 401);
    QCOMPARE(disabled.body, wrong.body);
}

void TestServerLogin::wrongCaptchaIs422AndUsesItUp()
{
    const auto c = m_server->solvedCaptcha();
    QVERIFY(!c.answer.isEmpty());
    const QString wrongAnswer = c.answer == QLatin1String("AAAA") ? QStringLiteral("CCCC") : QStringLiteral("AAAA");
    const auto r = m_server->request("POST", QStringLiteral("/sessions"),
                                     zc::test::loginBody(demo::GroupMain, demo::Password, c.id, wrongAnswer));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("captcha_invalid"));
    QCOMPARE(errorOf(r).value(QLatin1String("field")).toString(), QStringLiteral("captcha_answer"));
    // The right answer afterwards is too late: any attempt used it up.
    const auto again = m_server->request("POST", QStringLiteral("/sessions"),
                                         zc::test::loginBody(demo::GroupMain, demo::Password, c.id, c.answer));
    QCOMPARE(again.status, 422);
    QCOMPARE(again.errorCode(), QStringLiteral("captcha_invalid"));
    // Answers compare case-insensitively.
    const auto lower = m_server->solvedCaptcha();
    QCOMPARE(m_server->request("POST", QStringLiteral("/sessions"),
                               zc::test::loginBody(demo::GroupMain, demo::Password, lower.id, lower.answer.toLower()))
                 .status,
             201);
    // An unknown captcha id is invalid too.
    QCOMPARE(m_server->request("POST", QStringLiteral("/sessions"),
                               zc::test::loginBody(demo::GroupMain, demo::Password, QStringLiteral("nope"), QStringLiteral("ABCD")))
                 .errorCode(),
             QStringLiteral("captcha_invalid"));
}

void TestServerLogin::captchaCannotBeReused()
{
    const auto c = m_server->solvedCaptcha();
    const auto body = zc::test::loginBody(demo::GroupMain, demo::Password, c.id, c.answer);
    QCOMPARE(m_server->request("POST", QStringLiteral("/sessions"), body).status, 201);
    const auto reused = m_server->request("POST", QStringLiteral("/sessions"), body);
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.errorCode(), QStringLiteral("captcha_invalid"));
}

void TestServerLogin::fiveFailuresLockTheLoginStringEvenIfUnknown()
{
    for (const QString &login : {QStringLiteral("js_hosp"), QStringLiteral("ghost_unit")}) {
        for (int i = 1; i <= 5; ++i) {
            const auto r = m_server->login(login, QStringLiteral("Wrong@2026"));
            QVERIFY2(r.status == 401, qPrintable(QStringLiteral("%1 attempt %2: %3").arg(login).arg(i).arg(r.status)));
        }
        // The 6th attempt is locked, whatever the password, and says for how long.
        const auto locked = m_server->login(login, demo::Password);
        QCOMPARE(locked.status, 423);
        QCOMPARE(locked.errorCode(), QStringLiteral("account_locked"));
        const int retry = errorOf(locked).value(QLatin1String("retry_after")).toInt();
        QVERIFY2(retry > 850 && retry <= 900, qPrintable(QString::number(retry)));
        QCOMPARE(locked.header("Retry-After").toInt(), retry);
        QCOMPARE(m_server->login(login.toUpper(), demo::Password).status, 423);
    }
    // Known and unknown lock alike: the lock says nothing about existence.
    const auto a = m_server->login(QStringLiteral("js_hosp"), QStringLiteral("x"));
    const auto b = m_server->login(QStringLiteral("ghost_unit"), QStringLiteral("x"));
    QCOMPARE(a.status, b.status);
    QCOMPARE(a.errorCode(), b.errorCode());

    // Stored in the database; the lock lifts when it expires.
    ServerDb db(m_server->dataDir());
    QVERIFY(db.exec(QStringLiteral("UPDATE lockouts SET locked_until = 0 WHERE login_key = 'js_hosp'")));
    QCOMPARE(m_server->login(QStringLiteral("js_hosp"), demo::Password).status, 201);
}

void TestServerLogin::lockoutCountsPerLoginString()
{
    // Four failures of one login do not affect another.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_server->login(QStringLiteral("nmg_dist"), QStringLiteral("Wrong@2026")).status, 401);
    QCOMPARE(m_server->login(QStringLiteral("nmg_kangtai"), demo::Password).status, 201);
    // A success clears the count: four more failures still do not lock.
    QCOMPARE(m_server->login(QStringLiteral("nmg_dist"), demo::Password).status, 201);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_server->login(QStringLiteral("nmg_dist"), QStringLiteral("Wrong@2026")).status, 401);
    QCOMPARE(m_server->login(QStringLiteral("nmg_dist"), demo::Password).status, 201);
}

// 20 wrong passwords for one login at once, half through another server
// process on the same database (each process with two slow-lane threads
// verifying Argon2 hashes side by side): exactly 5 are counted as failures
// (401), every other is refused as locked (423), and the right password is
// refused too while the lock holds.
void TestServerLogin::concurrentWrongLoginsOverTwoProcessesLockAfterExactlyFive()
{
    TestServer::Options o;
    o.dataDir = m_server->dataDir();
    o.seedFile = QStringLiteral("-");
    TestServer other(o);
    QVERIFY2(other.start(), qPrintable(other.errorString()));
    const QString login = QStringLiteral("nmg_kangtai");

    constexpr int Attempts = 20;
    std::vector<std::unique_ptr<zc::test::RawConnection>> conns;
    QList<QByteArray> requests;
    for (int i = 0; i < Attempts; ++i) {
        TestServer &server = i % 2 ? other : *m_server;
        const TestServer::NewCaptcha c = server.solvedCaptcha();
        QVERIFY(!c.id.isEmpty());
        const QByteArray body = QJsonDocument(zc::test::loginBody(login, QStringLiteral("Wrong@2026"), c.id, c.answer))
                                    .toJson(QJsonDocument::Compact);
        requests << "POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        conns.push_back(std::make_unique<zc::test::RawConnection>(server));
        QVERIFY(conns.back()->open());
    }
    for (int i = 0; i < Attempts; ++i)
        QVERIFY(conns[i]->send(requests.at(i)));
    int refused = 0;
    int locked = 0;
    for (auto &c : conns) {
        const auto a = c->readAnswer(30000);
        QVERIFY(a);
        if (a->status == 401)
            ++refused;
        else if (a->status == 423 && a->errorCode() == QLatin1String("account_locked"))
            ++locked;
        else
            QFAIL(qPrintable(QStringLiteral("unexpected answer %1 %2").arg(a->status).arg(QString::fromUtf8(a->body))));
    }
    QCOMPARE(refused, MaxFailures);
    QCOMPARE(locked, Attempts - MaxFailures);
    QCOMPARE(m_server->login(login, demo::Password).status, 423);
    QCOMPARE(other.login(login, demo::Password).status, 423);
}

void TestServerLogin::meShowsTheSessionWithoutToken()
{
    const QString token = m_server->loginToken(demo::GroupMain, demo::Password);
    QVERIFY(!token.isEmpty());
    const auto me = m_server->request("GET", QStringLiteral("/me"), {}, token);
    QCOMPARE(me.status, 200);
    QVERIFY(!me.object().contains(QLatin1String("token")));
    QCOMPARE(me.object().value(QLatin1String("account")).toObject().value(QLatin1String("login")).toString(), demo::GroupMain);
    QCOMPARE(me.object().value(QLatin1String("unit")).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("manufacturer"));
    QVERIFY(!me.body.contains(token.toUtf8()));
}

void TestServerLogin::logoutRevokesTheToken()
{
    const QString token = m_server->loginToken(demo::GroupMain, demo::Password);
    QCOMPARE(m_server->request("DELETE", QStringLiteral("/sessions/current"), {}, token).status, 204);
    const auto me = m_server->request("GET", QStringLiteral("/me"), {}, token);
    QCOMPARE(me.status, 401);
    QCOMPARE(me.errorCode(), QStringLiteral("unauthenticated"));
    QCOMPARE(m_server->request("DELETE", QStringLiteral("/sessions/current"), {}, token).status, 401);
}

void TestServerLogin::idleTokenExpires()
{
    TestServer::Options o;
    o.extraArgs = QStringList{QStringLiteral("--session-idle-seconds"), QStringLiteral("2")};
    TestServer shortLived(o);
    QVERIFY2(shortLived.start(), qPrintable(shortLived.errorString()));
    const QString token = shortLived.loginToken(demo::GroupMain, demo::Password);
    QVERIFY(!token.isEmpty());
    // Use keeps it alive past the idle time...
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(700);
        QCOMPARE(shortLived.request("GET", QStringLiteral("/me"), {}, token).status, 200);
    }
    // ...silence does not.
    QTest::qWait(2300);
    const auto me = shortLived.request("GET", QStringLiteral("/me"), {}, token);
    QCOMPARE(me.status, 401);
    QCOMPARE(me.errorCode(), QStringLiteral("unauthenticated"));
}

void TestServerLogin::tokenPastItsTotalLifetimeIsRefused()
{
    const QString token = m_server->loginToken(demo::GroupMain, demo::Password);
    QCOMPARE(m_server->request("GET", QStringLiteral("/me"), {}, token).status, 200);
    ServerDb db(m_server->dataDir());
    // Age the newest session past its 24 h, while the server runs.
    QVERIFY2(db.exec(QStringLiteral("UPDATE sessions SET expires_at = ? WHERE id = (SELECT MAX(id) FROM sessions)"),
                     {QDateTime::currentMSecsSinceEpoch() - 1000}),
             qPrintable(db.lastError()));
    const auto me = m_server->request("GET", QStringLiteral("/me"), {}, token);
    QCOMPARE(me.status, 401);
    QCOMPARE(me.errorCode(), QStringLiteral("unauthenticated"));
}

void TestServerLogin::passwordChangeChecksOldAndNewAndRevokesOtherSessions()
{
    TestServer server;   // a fresh one: this changes demo data
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString a = server.loginToken(demo::PlainHandler, demo::Password);
    const QString b = server.loginToken(demo::PlainHandler, demo::Password);
    QVERIFY(!a.isEmpty() && !b.isEmpty());

    const auto weak = server.request("PUT", QStringLiteral("/me/password"), passwordBody(demo::Password, QStringLiteral("short")), a);
    QCOMPARE(weak.status, 422);
    QCOMPARE(weak.errorCode(), QStringLiteral("weak_password"));
    QCOMPARE(errorOf(weak).value(QLatin1String("field")).toString(), QStringLiteral("new_password"));
    QCOMPARE(errorOf(weak).value(QLatin1String("reason")).toString(), QStringLiteral("rules"));
    const auto same = server.request("PUT", QStringLiteral("/me/password"), passwordBody(demo::Password, demo::Password), a);
    QCOMPARE(same.errorCode(), QStringLiteral("weak_password"));
    QCOMPARE(errorOf(same).value(QLatin1String("reason")).toString(), QStringLiteral("unchanged"));
    // Common and breached passwords that pass the house rules, and the account's own phone, name or unit name.
    const struct { const char *password; const char *reason; } refused[] = {
        {"Password1!", "common"}, {"P@ssw0rd", "common"}, {"Qwerty123!", "common"},
        {"Woaini1314!", "common"}, {"Pa55word!", "common"}, {"1qaz@WSX", "common"},
        {"Ab#13770004444", "personal"}, {"陈静Abc#2026", "personal"}, {"南京市玄武区人民医院Ab1", "personal"},
    };
    for (const auto &r : refused) {
        const auto answer = server.request("PUT", QStringLiteral("/me/password"),
                                           passwordBody(demo::Password, QString::fromUtf8(r.password)), a);
        QVERIFY2(answer.status == 422 && answer.errorCode() == QLatin1String("weak_password"), r.password);
        QCOMPARE(errorOf(answer).value(QLatin1String("reason")).toString(), QString::fromLatin1(r.reason));
        QVERIFY(!errorOf(answer).value(QLatin1String("message")).toString().isEmpty());
    }
    const auto missing = server.request("PUT", QStringLiteral("/me/password"),
                                        QJsonObject{{QStringLiteral("new_password"), QStringLiteral("New@Pass2027")}}, a);
    QCOMPARE(missing.status, 400);
    QCOMPARE(errorOf(missing).value(QLatin1String("field")).toString(), QStringLiteral("old_password"));
    const auto wrongOld = server.request("PUT", QStringLiteral("/me/password"),
                                         passwordBody(QStringLiteral("Wrong@2026"), QStringLiteral("New@Pass2027")), a);
    QCOMPARE(wrongOld.status, 422);
    QCOMPARE(wrongOld.errorCode(), QStringLiteral("wrong_password"));
    QCOMPARE(errorOf(wrongOld).value(QLatin1String("field")).toString(), QStringLiteral("old_password"));

    const auto ok = server.request("PUT", QStringLiteral("/me/password"),
                                   passwordBody(demo::Password, QStringLiteral("New@Pass2027")), a);
    QCOMPARE(ok.status, 204);
    QCOMPARE(server.request("GET", QStringLiteral("/me"), {}, a).status, 200);    // this session stays
    QCOMPARE(server.request("GET", QStringLiteral("/me"), {}, b).status, 401);    // the other one is gone
    QCOMPARE(server.login(demo::PlainHandler, demo::Password).status, 401);
    QCOMPARE(server.login(demo::PlainHandler, QStringLiteral("New@Pass2027")).status, 201);
    ServerDb db(server.dataDir());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'account.change_password'")).toInt(), 1);
}

void TestServerLogin::wrongOldPasswordCountsTowardsLockout()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString token = server.loginToken(demo::GroupMain, demo::Password);
    for (int i = 0; i < 5; ++i) {
        const auto r = server.request("PUT", QStringLiteral("/me/password"),
                                      passwordBody(QStringLiteral("Wrong@2026"), QStringLiteral("New@Pass2027")), token);
        QCOMPARE(r.errorCode(), QStringLiteral("wrong_password"));
    }
    const auto locked = server.request("PUT", QStringLiteral("/me/password"),
                                       passwordBody(demo::Password, QStringLiteral("New@Pass2027")), token);
    QCOMPARE(locked.status, 423);
    QVERIFY(errorOf(locked).value(QLatin1String("retry_after")).toInt() > 0);
    QCOMPARE(server.login(demo::GroupMain, demo::Password).status, 423);
}

void TestServerLogin::passwordChangeRequiredGateOpensAfterChange()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const auto r = server.login(demo::MustChangeHandler, demo::Password);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(QLatin1String("password_change_required")).toBool(), true);
    const QString token = r.object().value(QLatin1String("token")).toString();
    const auto gated = server.request("GET", QStringLiteral("/permissions"), {}, token);
    QCOMPARE(gated.status, 403);
    QCOMPARE(gated.errorCode(), QStringLiteral("password_change_required"));
    QCOMPARE(server.request("GET", QStringLiteral("/me"), {}, token).status, 200);
    QCOMPARE(server.request("PUT", QStringLiteral("/me/password"),
                            passwordBody(demo::Password, QStringLiteral("Changed#2027")), token).status,
             204);
    const auto me = server.request("GET", QStringLiteral("/me"), {}, token);
    QCOMPARE(me.object().value(QLatin1String("password_change_required")).toBool(), false);
    QCOMPARE(server.request("GET", QStringLiteral("/permissions"), {}, token).status, 200);
    const auto next = server.login(demo::MustChangeHandler, QStringLiteral("Changed#2027"));
    QCOMPARE(next.object().value(QLatin1String("password_change_required")).toBool(), false);
}

void TestServerLogin::hashIsRenewedWhenArgon2ParametersChange()
{
    TestServer::Options cheap;
    cheap.extraArgs = QStringList{QStringLiteral("--argon2-memory-kib"), QStringLiteral("8192"),
                                  QStringLiteral("--argon2-ops"), QStringLiteral("1")};
    TestServer first(cheap);
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    QVERIFY(first.log().contains("8192 KiB"));
    first.stop();

    const QString sql = QStringLiteral("SELECT c.password_hash FROM credentials c JOIN accounts a"
                                       " ON a.credential_id = c.id WHERE a.login = 'js_group'");
    QString before;
    {
        ServerDb db(first.dataDir());
        before = db.scalar(sql).toString();
    }
    QVERIFY2(before.startsWith(QLatin1String("$argon2id$")) && before.contains(QLatin1String("m=8192,t=1")),
             qPrintable(before));

    TestServer::Options normal;
    normal.dataDir = first.dataDir();
    normal.seedFile = QStringLiteral("-");
    TestServer second(normal);
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    QCOMPARE(second.login(demo::GroupMain, demo::Password).status, 201);
    ServerDb db(second.dataDir());
    const QString after = db.scalar(sql).toString();
    QVERIFY2(after.contains(QLatin1String("m=19456,t=2")), qPrintable(after));
    QVERIFY(after != before);
    // And the new hash still verifies.
    QCOMPARE(second.login(demo::GroupMain, demo::Password).status, 201);
}

QTEST_GUILESS_MAIN(TestServerLogin)
#include "tst_server_login.moc"
