// The public flows over real TLS: SMS codes (POST /sms-codes) with their
// expiry, single use, 5 tries, 60 s resend and 10 a day; 法人注册 (POST
// /registrations) by both methods against the legal-person registry; 角色认证
// (POST /unit/authentication) against the medical-insurance unit registry; and
// password resets by SMS for handlers and main accounts. The clock is moved by
// editing the rows of sms_codes (the server keeps every counter there).
#include "ServerTestSupport.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using zc::test::ServerDb;
using zc::test::TestServer;
namespace demo = zc::test::demo;

namespace {

// 呼和浩特市青城医药有限公司: in both registries (docs/api.md), not registered yet.
const QString QcUscc = QStringLiteral("91150100MA7P8D327J");
const QString QcName = QStringLiteral("呼和浩特市青城医药有限公司");
const QString QcRep = QStringLiteral("孙丽娜");
const QString QcRepId = QStringLiteral("15010519880617236X");
const QString QcUnitCode = QStringLiteral("PS15010000041");
const QString QcPhone = QStringLiteral("13704711234");
const QString QcPassword = QStringLiteral("Qc@2026pass");
// 南京紫金医疗器械有限公司: the other one.
const QString ZjUscc = QStringLiteral("91320100MA27H6W42Y");
const QString ZjName = QStringLiteral("南京紫金医疗器械有限公司");
const QString ZjRep = QStringLiteral("钱雨婷");
const QString ZjRepId = QStringLiteral("320113199003060264");
const QString ZjPhone = QStringLiteral("13813801380");
// A USCC with a right check character that no registry knows.
const QString UnknownUscc = QStringLiteral("91150100MA0000007W");
// Main-account phones of the demo (server/seed/demo.json).
const QString KangtaiPhone = QStringLiteral("13904720003");   // nmg_kangtai, not authenticated
const QString GroupPhone = QStringLiteral("13951000001");     // js_group

QJsonObject errorOf(const TestServer::Reply &r)
{
    return r.object().value(QLatin1String("error")).toObject();
}

QString fieldOf(const TestServer::Reply &r)
{
    return errorOf(r).value(QLatin1String("field")).toString();
}

QJsonObject smsBody(const QString &phone, const QString &purpose, const TestServer::NewCaptcha &c)
{
    return QJsonObject{{QStringLiteral("phone"), phone},
                       {QStringLiteral("purpose"), purpose},
                       {QStringLiteral("captcha_id"), c.id},
                       {QStringLiteral("captcha_answer"), c.answer}};
}

QJsonObject registration(const QString &method, const QString &code)
{
    return QJsonObject{{QStringLiteral("method"), method},
                       {QStringLiteral("uscc"), QcUscc},
                       {QStringLiteral("unit_name"), QcName},
                       {QStringLiteral("legal_rep_name"), QcRep},
                       {QStringLiteral("legal_rep_id_number"), QcRepId},
                       {QStringLiteral("login"), QStringLiteral("qingcheng")},
                       {QStringLiteral("password"), QcPassword},
                       {QStringLiteral("phone"), QcPhone},
                       {QStringLiteral("sms_code"), code}};
}

QJsonObject resetBody(const QString &phone, const QString &code, const QString &password, const QString &login = {})
{
    QJsonObject o{{QStringLiteral("phone"), phone},
                  {QStringLiteral("sms_code"), code},
                  {QStringLiteral("new_password"), password}};
    if (!login.isEmpty())
        o.insert(QStringLiteral("login"), login);
    return o;
}

// A code that differs from code (for wrong tries).
QString otherCode(const QString &code)
{
    return code == QLatin1String("000000") ? QStringLiteral("000001") : QStringLiteral("000000");
}

} // namespace

class TestServerRegistration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // POST /sms-codes
    void smsCodeIsSentAsSixDigitsAndStoredHashed();
    void smsCodeFieldRulesComeFirstAndKeepTheCaptcha();
    void smsCodeNeedsARightCaptchaAndUsesItUp();
    void secondCodeWithinSixtySecondsIsRateLimited();
    void tenCodesADayPerPhoneThenRateLimited();

    // POST /registrations
    void registrationByLegalPersonDbCreatesUnitAndMainAccount();
    void registrationByElectronicLicenseIsRecorded();
    void registrationFieldRulesNeverUseTheCode();
    void everyLegalPersonFieldMustMatchTheRegistry();
    void wrongCodesCountFiveTriesThenTheCodeIsDead();
    void codeExpiresAfterFiveMinutes();
    void codeServesOnlyItsPurposeAndOnlyOnce();
    void newerCodeReplacesTheOlderOne();
    void registeredUnitAndTakenLoginAreConflicts();
    void probingTakenLoginsCostsTheCodeItsTries();

    // POST /unit/authentication
    void mainAccountAuthenticatesItsUnit();
    void unitAuthenticationChecksRightsFieldsAndRegistry();
    void registrationThenAuthenticationThenSignIn();

    // POST /password-resets
    void handlerResetsItsPasswordBySms();
    void mainAccountResetsWithLoginAndRegisteredPhone();
    void passwordResetRulesAndErrors();
    void passwordResetClearsLockAndForcedChange();

private:
    QString requestCode(const QString &phone, const QString &purpose);
    void allowResend(const QString &phone);
    QString latestCode(const QString &phone);

    std::unique_ptr<TestServer> m_server;
};

void TestServerRegistration::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestServerRegistration::cleanup()
{
    m_server.reset();
}

QString TestServerRegistration::latestCode(const QString &phone)
{
    const QJsonArray messages = m_server->smsMessages(phone);
    for (const QJsonValue &v : messages) {
        const QJsonObject m = v.toObject();
        if (m.value(QLatin1String("kind")).toString() == QLatin1String("sms_code"))
            return m.value(QLatin1String("code")).toString();
    }
    return {};
}

QString TestServerRegistration::requestCode(const QString &phone, const QString &purpose)
{
    const auto r = m_server->request("POST", QStringLiteral("/sms-codes"), smsBody(phone, purpose, m_server->solvedCaptcha()));
    if (r.status != 202) {
        qWarning("POST /sms-codes: %d %s", r.status, r.body.constData());
        return {};
    }
    return latestCode(phone);
}

void TestServerRegistration::allowResend(const QString &phone)
{
    // As if the last send was over a minute ago.
    ServerDb db(m_server->dataDir());
    QVERIFY2(db.exec(QStringLiteral("UPDATE sms_codes SET created_at = created_at - 61000 WHERE phone = ?"), {phone}),
             qPrintable(db.lastError()));
}

// ---- POST /sms-codes --------------------------------------------------------

void TestServerRegistration::smsCodeIsSentAsSixDigitsAndStoredHashed()
{
    const auto r = m_server->request("POST", QStringLiteral("/sms-codes"),
                                     smsBody(QcPhone, QStringLiteral("register"), m_server->solvedCaptcha()));
    QCOMPARE(r.status, 202);
    QCOMPARE(r.object().value(QLatin1String("expires_in")).toInt(), 300);
    QCOMPARE(r.object().value(QLatin1String("resend_after")).toInt(), 60);

    const QJsonArray messages = m_server->smsMessages(QcPhone);
    QCOMPARE(messages.size(), 1);
    const QJsonObject m = messages.first().toObject();
    QCOMPARE(m.value(QLatin1String("kind")).toString(), QStringLiteral("sms_code"));
    const QString code = m.value(QLatin1String("code")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{6}$")).match(code).hasMatch(), qPrintable(code));
    QVERIFY(m.value(QLatin1String("text")).toString().contains(code));

    ServerDb db(m_server->dataDir());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sms_codes WHERE phone = ? AND purpose = 'register'"),
                       {QcPhone}).toInt(), 1);
    const QString stored = db.scalar(QStringLiteral("SELECT code_hash FROM sms_codes WHERE phone = ?"), {QcPhone}).toString();
    QVERIFY(!stored.isEmpty());
    QVERIFY2(!stored.contains(code), "the code itself must not be stored");
    const qint64 lifetime = db.scalar(QStringLiteral("SELECT expires_at - created_at FROM sms_codes WHERE phone = ?"),
                                      {QcPhone}).toLongLong();
    QCOMPARE(lifetime, 300000);
    // The log never shows the code, only a masked phone.
    QVERIFY(!m_server->log().contains(code.toLatin1()));
    QVERIFY(m_server->log().contains("137****1234"));
}

void TestServerRegistration::smsCodeFieldRulesComeFirstAndKeepTheCaptcha()
{
    const TestServer::NewCaptcha c = m_server->solvedCaptcha();
    const auto bad = [&](const QJsonObject &body, const char *field) {
        const auto r = m_server->request("POST", QStringLiteral("/sms-codes"), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
        QCOMPARE(fieldOf(r), QString::fromLatin1(field));
    };
    bad(smsBody(QStringLiteral("12345678901"), QStringLiteral("register"), c), "phone");
    bad(smsBody(QStringLiteral("1370471123"), QStringLiteral("register"), c), "phone");
    bad(smsBody(QcPhone, QStringLiteral("login"), c), "purpose");
    bad(smsBody(QcPhone, QStringLiteral("REGISTER"), c), "purpose");
    QJsonObject noCaptcha = smsBody(QcPhone, QStringLiteral("register"), c);
    noCaptcha.remove(QStringLiteral("captcha_id"));
    bad(noCaptcha, "captcha_id");
    QJsonObject numberPhone = smsBody(QcPhone, QStringLiteral("register"), c);
    numberPhone.insert(QStringLiteral("phone"), 13704711234.0);
    bad(numberPhone, "phone");

    const auto notJson = m_server->requestRaw("POST", QStringLiteral("/sms-codes"), QByteArrayLiteral("{\"phone\":"));
    QCOMPARE(notJson.status, 400);
    QCOMPARE(notJson.errorCode(), QStringLiteral("malformed_json"));
    const auto array = m_server->requestRaw("POST", QStringLiteral("/sms-codes"), QByteArrayLiteral("[]"));
    QCOMPARE(array.errorCode(), QStringLiteral("malformed_json"));
    QByteArray huge = QJsonDocument(smsBody(QcPhone, QStringLiteral("register"), c)).toJson(QJsonDocument::Compact);
    huge.insert(1, "\"pad\":\"" + QByteArray(1024 * 1024, 'x') + "\",");
    const auto tooLarge = m_server->requestRaw("POST", QStringLiteral("/sms-codes"), huge);
    QCOMPARE(tooLarge.status, 413);
    QCOMPARE(tooLarge.errorCode(), QStringLiteral("payload_too_large"));

    // None of that used the captcha up, and nothing was sent.
    QVERIFY(m_server->smsMessages(QcPhone).isEmpty());
    const auto ok = m_server->request("POST", QStringLiteral("/sms-codes"), smsBody(QcPhone, QStringLiteral("add_handler"), c));
    QCOMPARE(ok.status, 202);
    // Phones are trimmed.
    const auto spaced = m_server->request("POST", QStringLiteral("/sms-codes"),
                                          smsBody(QStringLiteral(" 13704719999 "), QStringLiteral("reset_password"),
                                                  m_server->solvedCaptcha()));
    QCOMPARE(spaced.status, 202);
    QCOMPARE(m_server->smsMessages(QStringLiteral("13704719999")).size(), 1);
}

void TestServerRegistration::smsCodeNeedsARightCaptchaAndUsesItUp()
{
    const TestServer::NewCaptcha c = m_server->solvedCaptcha();
    TestServer::NewCaptcha wrong = c;
    wrong.answer = c.answer == QLatin1String("AAAA") ? QStringLiteral("CCCC") : QStringLiteral("AAAA");
    const auto r = m_server->request("POST", QStringLiteral("/sms-codes"), smsBody(QcPhone, QStringLiteral("register"), wrong));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("captcha_invalid"));
    QCOMPARE(fieldOf(r), QStringLiteral("captcha_answer"));
    // Used up by the wrong attempt: the right answer no longer helps.
    const auto again = m_server->request("POST", QStringLiteral("/sms-codes"), smsBody(QcPhone, QStringLiteral("register"), c));
    QCOMPARE(again.status, 422);
    QCOMPARE(again.errorCode(), QStringLiteral("captcha_invalid"));
    TestServer::NewCaptcha unknown{QStringLiteral("no-such-captcha"), QStringLiteral("ACDE")};
    QCOMPARE(m_server->request("POST", QStringLiteral("/sms-codes"), smsBody(QcPhone, QStringLiteral("register"), unknown))
                 .errorCode(),
             QStringLiteral("captcha_invalid"));
    QVERIFY(m_server->smsMessages(QcPhone).isEmpty());

    // A right one is used up by its success too.
    const TestServer::NewCaptcha once = m_server->solvedCaptcha();
    QCOMPARE(m_server->request("POST", QStringLiteral("/sms-codes"), smsBody(QcPhone, QStringLiteral("register"), once)).status,
             202);
    QCOMPARE(m_server->request("POST", QStringLiteral("/sms-codes"), smsBody(ZjPhone, QStringLiteral("register"), once))
                 .errorCode(),
             QStringLiteral("captcha_invalid"));
}

void TestServerRegistration::secondCodeWithinSixtySecondsIsRateLimited()
{
    QVERIFY(!requestCode(QcPhone, QStringLiteral("register")).isEmpty());
    // Any purpose: the limit is per phone.
    const TestServer::NewCaptcha c = m_server->solvedCaptcha();
    const auto limited = m_server->request("POST", QStringLiteral("/sms-codes"),
                                           smsBody(QcPhone, QStringLiteral("reset_password"), c));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    const int retryAfter = errorOf(limited).value(QLatin1String("retry_after")).toInt();
    QVERIFY2(retryAfter >= 50 && retryAfter <= 60, qPrintable(QString::number(retryAfter)));
    QCOMPARE(limited.header("Retry-After").toInt(), retryAfter);
    QCOMPARE(m_server->smsMessages(QcPhone).size(), 1);
    // The captcha of a refused request is used up like any other.
    QCOMPARE(m_server->request("POST", QStringLiteral("/sms-codes"), smsBody(ZjPhone, QStringLiteral("register"), c))
                 .errorCode(),
             QStringLiteral("captcha_invalid"));
    // Another phone is not affected.
    QVERIFY(!requestCode(ZjPhone, QStringLiteral("register")).isEmpty());

    // 40 s later: still limited, for the remaining 20 s.
    {
        ServerDb db(m_server->dataDir());
        QVERIFY(db.exec(QStringLiteral("UPDATE sms_codes SET created_at = created_at - 40000 WHERE phone = ?"), {QcPhone}));
    }
    const auto later = m_server->request("POST", QStringLiteral("/sms-codes"),
                                         smsBody(QcPhone, QStringLiteral("register"), m_server->solvedCaptcha()));
    QCOMPARE(later.status, 429);
    const int left = errorOf(later).value(QLatin1String("retry_after")).toInt();
    QVERIFY2(left >= 10 && left <= 20, qPrintable(QString::number(left)));
    // Past the minute: allowed again.
    allowResend(QcPhone);
    QVERIFY(!requestCode(QcPhone, QStringLiteral("register")).isEmpty());
    QCOMPARE(m_server->smsMessages(QcPhone).size(), 2);
}

void TestServerRegistration::tenCodesADayPerPhoneThenRateLimited()
{
    for (int i = 0; i < 10; ++i) {
        QVERIFY2(!requestCode(QcPhone, QStringLiteral("register")).isEmpty(), qPrintable(QString::number(i)));
        allowResend(QcPhone);
    }
    // The 11th within a day: limited until the oldest of the ten is a day old.
    const auto limited = m_server->request("POST", QStringLiteral("/sms-codes"),
                                           smsBody(QcPhone, QStringLiteral("register"), m_server->solvedCaptcha()));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    const int retryAfter = errorOf(limited).value(QLatin1String("retry_after")).toInt();
    // The oldest was moved back 10 × 61 s: it leaves the day in 24 h - 610 s.
    QVERIFY2(retryAfter > 86400 - 700 && retryAfter <= 86400 - 600, qPrintable(QString::number(retryAfter)));
    QCOMPARE(limited.header("Retry-After").toInt(), retryAfter);
    QCOMPARE(m_server->smsMessages(QcPhone).size(), 10);
    QVERIFY(!requestCode(ZjPhone, QStringLiteral("register")).isEmpty());   // per phone

    // A day after the oldest one, one more is allowed (and then the limit holds again).
    {
        ServerDb db(m_server->dataDir());
        const qint64 oldest = db.scalar(QStringLiteral("SELECT MIN(created_at) FROM sms_codes WHERE phone = ?"), {QcPhone})
                                  .toLongLong();
        QVERIFY(oldest > 0);
        QVERIFY(db.exec(QStringLiteral("UPDATE sms_codes SET created_at = created_at - 86400000 WHERE phone = ? AND created_at = ?"),
                        {QcPhone, oldest}));
    }
    QVERIFY(!requestCode(QcPhone, QStringLiteral("register")).isEmpty());
    allowResend(QcPhone);
    QCOMPARE(m_server->request("POST", QStringLiteral("/sms-codes"),
                               smsBody(QcPhone, QStringLiteral("register"), m_server->solvedCaptcha())).status,
             429);
}

// ---- POST /registrations ----------------------------------------------------

void TestServerRegistration::registrationByLegalPersonDbCreatesUnitAndMainAccount()
{
    const QString code = requestCode(QcPhone, QStringLiteral("register"));
    QVERIFY(!code.isEmpty());
    QJsonObject body = registration(QStringLiteral("legal_person_db"), code);
    body.insert(QStringLiteral("login"), QStringLiteral("  QingCheng  "));   // trimmed, lower-cased
    body.insert(QStringLiteral("uscc"), QcUscc.toLower());                  // upper-cased
    const auto r = m_server->request("POST", QStringLiteral("/registrations"), body);
    QCOMPARE(r.status, 201);
    const QJsonObject a = r.object();
    QCOMPARE(a.value(QLatin1String("login")).toString(), QStringLiteral("qingcheng"));
    QCOMPARE(a.value(QLatin1String("kind")).toString(), QStringLiteral("unit"));
    QCOMPARE(a.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(a.value(QLatin1String("phone")).toString(), QcPhone);
    QCOMPARE(a.value(QLatin1String("name")).toString(), QcName);
    QVERIFY(a.value(QLatin1String("role_ids")).toArray().isEmpty());
    QVERIFY(a.value(QLatin1String("institution_id")).isNull());
    QVERIFY(!a.value(QLatin1String("version")).toString().isEmpty());
    QCOMPARE(r.header("ETag"), '"' + a.value(QLatin1String("version")).toString().toUtf8() + '"');
    const qint64 accountId = a.value(QLatin1String("id")).toInteger();

    ServerDb db(m_server->dataDir());
    const qint64 unitId = db.scalar(QStringLiteral("SELECT unit_id FROM accounts WHERE id = ?"), {accountId}).toLongLong();
    QVERIFY(unitId > 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT uscc FROM units WHERE id = ?"), {unitId}).toString(), QcUscc);
    QCOMPARE(db.scalar(QStringLiteral("SELECT region FROM units WHERE id = ?"), {unitId}).toString(), QStringLiteral("150100"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT registration_method FROM units WHERE id = ?"), {unitId}).toString(),
             QStringLiteral("legal_person_db"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT verified FROM units WHERE id = ?"), {unitId}).toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE unit_id = ? AND action = 'unit.register'"
                                      " AND target_type = 'unit' AND target_id = ? AND actor_id = ?"),
                       {unitId, unitId, accountId}).toInt(), 1);
    QVERIFY(!db.scalar(QStringLiteral("SELECT used_at FROM sms_codes WHERE phone = ?"), {QcPhone}).isNull());
    // The password is stored as an Argon2id hash only.
    const QString hash = db.scalar(QStringLiteral("SELECT c.password_hash FROM credentials c JOIN accounts a"
                                                  " ON a.credential_id = c.id WHERE a.id = ?"), {accountId}).toString();
    QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));

    // The new main account signs in; its unit is not authenticated yet.
    const auto login = m_server->login(QStringLiteral("QINGCHENG"), QcPassword);
    QCOMPARE(login.status, 201);
    const QJsonObject unit = login.object().value(QLatin1String("unit")).toObject();
    QCOMPARE(unit.value(QLatin1String("uscc")).toString(), QcUscc);
    QCOMPARE(unit.value(QLatin1String("region")).toString(), QStringLiteral("150100"));
    QVERIFY(unit.value(QLatin1String("kind")).isNull());
    QVERIFY(unit.value(QLatin1String("unit_code")).isNull());
    QCOMPARE(unit.value(QLatin1String("verified")).toBool(), false);
    QVERIFY(!login.object().value(QLatin1String("password_change_required")).toBool());
}

void TestServerRegistration::registrationByElectronicLicenseIsRecorded()
{
    const QString code = requestCode(ZjPhone, QStringLiteral("register"));
    QVERIFY(!code.isEmpty());
    const QJsonObject body{{QStringLiteral("method"), QStringLiteral("e_license")},
                           {QStringLiteral("uscc"), ZjUscc},
                           {QStringLiteral("unit_name"), QString(QStringLiteral("  ") + ZjName)},
                           {QStringLiteral("legal_rep_name"), ZjRep},
                           {QStringLiteral("legal_rep_id_number"), ZjRepId},
                           {QStringLiteral("login"), QStringLiteral("zijin.med")},
                           {QStringLiteral("password"), QStringLiteral("Zijin#2026")},
                           {QStringLiteral("phone"), ZjPhone},
                           {QStringLiteral("sms_code"), code},
                           {QStringLiteral("unknown_field"), QStringLiteral("ignored")}};
    const auto r = m_server->request("POST", QStringLiteral("/registrations"), body);
    QCOMPARE(r.status, 201);
    ServerDb db(m_server->dataDir());
    QCOMPARE(db.scalar(QStringLiteral("SELECT registration_method FROM units WHERE uscc = ?"), {ZjUscc}).toString(),
             QStringLiteral("e_license"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT region FROM units WHERE uscc = ?"), {ZjUscc}).toString(), QStringLiteral("320100"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM units WHERE uscc = ?"), {ZjUscc}).toString(), ZjName);
    QCOMPARE(m_server->login(QStringLiteral("zijin.med"), QStringLiteral("Zijin#2026")).status, 201);
}

void TestServerRegistration::registrationFieldRulesNeverUseTheCode()
{
    const QString code = requestCode(QcPhone, QStringLiteral("register"));
    QVERIFY(!code.isEmpty());
    struct Case
    {
        const char *field;
        QJsonValue value;
        const char *reported;
    };
    const Case cases[] = {
        {"method", QStringLiteral("paper"), "method"},
        {"method", QJsonValue(), "method"},
        {"uscc", QStringLiteral("91150100MA7P8D3270"), "uscc"},          // wrong check character
        {"uscc", QStringLiteral("91150100MA7P8D327"), "uscc"},           // 17 characters
        {"unit_name", QStringLiteral("   "), "unit_name"},
        {"unit_name", QString(101, QLatin1Char('x')), "unit_name"},
        {"legal_rep_name", QString(), "legal_rep_name"},
        {"legal_rep_id_number", QStringLiteral("150105198806172371"), "legal_rep_id_number"},   // check digit
        {"legal_rep_id_number", QStringLiteral("150105198802302369"), "legal_rep_id_number"},   // 30 Feb
        {"login", QStringLiteral("13704711234"), "login"},               // a phone is never a main login
        {"login", QStringLiteral("abc"), "login"},                       // too short
        {"login", QStringLiteral("qing cheng"), "login"},
        {"phone", QStringLiteral("23704711234"), "phone"},
        {"sms_code", QStringLiteral("12345"), "sms_code"},
        {"sms_code", QStringLiteral("12345a"), "sms_code"},
        {"sms_code", 123456, "sms_code"},
        {"password", QString(), "password"},
    };
    for (const Case &c : cases) {
        QJsonObject body = registration(QStringLiteral("legal_person_db"), code);
        if (c.value.isNull())
            body.remove(QLatin1String(c.field));
        else
            body.insert(QLatin1String(c.field), c.value);
        const auto r = m_server->request("POST", QStringLiteral("/registrations"), body);
        QVERIFY2(r.status == 400, c.field);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
        QCOMPARE(fieldOf(r), QString::fromLatin1(c.reported));
    }
    // Weak passwords: 422, after every malformed field.
    for (const QString &weak : {QStringLiteral("short1A"), QStringLiteral("alllowercase1"), QStringLiteral("NoDigitsHere")}) {
        QJsonObject body = registration(QStringLiteral("legal_person_db"), code);
        body.insert(QStringLiteral("password"), weak);
        const auto r = m_server->request("POST", QStringLiteral("/registrations"), body);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("weak_password"));
        QCOMPARE(fieldOf(r), QStringLiteral("password"));
        body.insert(QStringLiteral("phone"), QStringLiteral("123"));
        QCOMPARE(m_server->request("POST", QStringLiteral("/registrations"), body).errorCode(), QStringLiteral("invalid_field"));
    }
    // Common passwords and the unit's own words, with the reason.
    for (const auto &[weak, reason] : {std::pair{"P@ssw0rd", "common"}, std::pair{"Qingcheng@2026", "personal"},
                                       std::pair{"Ab1#13704711234", "personal"}}) {
        QJsonObject body = registration(QStringLiteral("legal_person_db"), code);
        body.insert(QStringLiteral("password"), QString::fromUtf8(weak));
        const auto r = m_server->request("POST", QStringLiteral("/registrations"), body);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("weak_password"));
        QCOMPARE(errorOf(r).value(QLatin1String("reason")).toString(), QString::fromLatin1(reason));
    }
    const auto notJson = m_server->requestRaw("POST", QStringLiteral("/registrations"), QByteArrayLiteral("not json"));
    QCOMPARE(notJson.status, 400);
    QCOMPARE(notJson.errorCode(), QStringLiteral("malformed_json"));

    // No try was counted, nothing was written: the code still registers.
    ServerDb db(m_server->dataDir());
    QCOMPARE(db.scalar(QStringLiteral("SELECT tries_left FROM sms_codes WHERE phone = ?"), {QcPhone}).toInt(), 5);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM units WHERE uscc = ?"), {QcUscc}).toInt(), 0);
    QCOMPARE(m_server->request("POST", QStringLiteral("/registrations"), registration(QStringLiteral("legal_person_db"), code))
                 .status,
             201);
}

void TestServerRegistration::everyLegalPersonFieldMustMatchTheRegistry()
{
    const QString code = requestCode(QcPhone, QStringLiteral("register"));
    QVERIFY(!code.isEmpty());
    const QList<QPair<const char *, QString>> wrong = {
        {"unit_name", QStringLiteral("呼和浩特市青城医药股份有限公司")},
        {"legal_rep_name", QStringLiteral("孙丽")},
        {"legal_rep_id_number", QStringLiteral("150105198806172378")},   // valid, someone else's
        {"uscc", UnknownUscc},                                           // valid, in no registry
        {"uscc", ZjUscc},                                                // another unit's
    };
    for (const auto &w : wrong) {
        for (const QString &method : {QStringLiteral("legal_person_db"), QStringLiteral("e_license")}) {
            QJsonObject body = registration(method, code);
            body.insert(QLatin1String(w.first), w.second);
            const auto r = m_server->request("POST", QStringLiteral("/registrations"), body);
            QVERIFY2(r.status == 422, w.first);
            QCOMPARE(r.errorCode(), QStringLiteral("legal_person_mismatch"));
        }
    }
    ServerDb db(m_server->dataDir());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM units WHERE uscc IN (?, ?, ?)"), {QcUscc, ZjUscc, UnknownUscc})
                 .toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT tries_left FROM sms_codes WHERE phone = ?"), {QcPhone}).toInt(), 5);
    QVERIFY(db.scalar(QStringLiteral("SELECT used_at FROM sms_codes WHERE phone = ?"), {QcPhone}).isNull());
    QCOMPARE(m_server->request("POST", QStringLiteral("/registrations"), registration(QStringLiteral("e_license"), code)).status,
             201);
}

void TestServerRegistration::wrongCodesCountFiveTriesThenTheCodeIsDead()
{
    const QString code = requestCode(QcPhone, QStringLiteral("register"));
    QVERIFY(!code.isEmpty());
    ServerDb db(m_server->dataDir());
    for (int i = 1; i <= 5; ++i) {
        const auto r = m_server->request("POST", QStringLiteral("/registrations"),
                                         registration(QStringLiteral("legal_person_db"), otherCode(code)));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("sms_code_invalid"));
        QCOMPARE(fieldOf(r), QStringLiteral("sms_code"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT tries_left FROM sms_codes WHERE phone = ?"), {QcPhone}).toInt(), 5 - i);
    }
    // Out of tries: the right code is refused too.
    const auto dead = m_server->request("POST", QStringLiteral("/registrations"),
                                        registration(QStringLiteral("legal_person_db"), code));
    QCOMPARE(dead.status, 422);
    QCOMPARE(dead.errorCode(), QStringLiteral("sms_code_invalid"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM units WHERE uscc = ?"), {QcUscc}).toInt(), 0);

    // Four wrong tries leave the fifth to the right code.
    allowResend(QcPhone);
    const QString fresh = requestCode(QcPhone, QStringLiteral("register"));
    QVERIFY(!fresh.isEmpty());
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_server->request("POST", QStringLiteral("/registrations"),
                                   registration(QStringLiteral("legal_person_db"), otherCode(fresh))).status,
                 422);
    QCOMPARE(m_server->request("POST", QStringLiteral("/registrations"), registration(QStringLiteral("legal_person_db"), fresh))
                 .status,
             201);
}

void TestServerRegistration::codeExpiresAfterFiveMinutes()
{
    const QString code = requestCode(QcPhone, QStringLiteral("register"));
    QVERIFY(!code.isEmpty());
    {
        ServerDb db(m_server->dataDir());
        // 5 minutes and a second later.
        QVERIFY(db.exec(QStringLiteral("UPDATE sms_codes SET created_at = created_at - 301000,"
                                       " expires_at = expires_at - 301000 WHERE phone = ?"), {QcPhone}));
    }
    const auto r = m_server->request("POST", QStringLiteral("/registrations"), registration(QStringLiteral("legal_person_db"), code));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("sms_code_invalid"));
    // Just inside the five minutes it still works.
    const QString fresh = requestCode(QcPhone, QStringLiteral("register"));
    QVERIFY(!fresh.isEmpty());
    {
        ServerDb db(m_server->dataDir());
        // 4 min 50 s old (the expired one only gets older).
        QVERIFY(db.exec(QStringLiteral("UPDATE sms_codes SET created_at = created_at - 290000,"
                                       " expires_at = expires_at - 290000 WHERE phone = ?"), {QcPhone}));
    }
    QCOMPARE(m_server->request("POST", QStringLiteral("/registrations"), registration(QStringLiteral("legal_person_db"), fresh))
                 .status,
             201);
}

void TestServerRegistration::codeServesOnlyItsPurposeAndOnlyOnce()
{
    // A reset_password code does not register.
    const QString resetCode = requestCode(QcPhone, QStringLiteral("reset_password"));
    QVERIFY(!resetCode.isEmpty());
    const auto r = m_server->request("POST", QStringLiteral("/registrations"),
                                     registration(QStringLiteral("legal_person_db"), resetCode));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("sms_code_invalid"));
    // Nor does a code sent to another phone.
    const QString otherPhoneCode = requestCode(ZjPhone, QStringLiteral("register"));
    QVERIFY(!otherPhoneCode.isEmpty());
    QCOMPARE(m_server->request("POST", QStringLiteral("/registrations"),
                               registration(QStringLiteral("legal_person_db"), otherPhoneCode)).errorCode(),
             QStringLiteral("sms_code_invalid"));

    allowResend(QcPhone);
    const QString code = requestCode(QcPhone, QStringLiteral("register"));
    QVERIFY(!code.isEmpty());
    QCOMPARE(m_server->request("POST", QStringLiteral("/registrations"), registration(QStringLiteral("legal_person_db"), code))
                 .status,
             201);
    // Used: a second registration (another unit) with the same code and phone is refused.
    QJsonObject second{{QStringLiteral("method"), QStringLiteral("legal_person_db")},
                       {QStringLiteral("uscc"), ZjUscc},
                       {QStringLiteral("unit_name"), ZjName},
                       {QStringLiteral("legal_rep_name"), ZjRep},
                       {QStringLiteral("legal_rep_id_number"), ZjRepId},
                       {QStringLiteral("login"), QStringLiteral("zijin")},
                       {QStringLiteral("password"), QcPassword},
                       {QStringLiteral("phone"), QcPhone},
                       {QStringLiteral("sms_code"), code}};
    const auto reused = m_server->request("POST", QStringLiteral("/registrations"), second);
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.errorCode(), QStringLiteral("sms_code_invalid"));
    ServerDb db(m_server->dataDir());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM units WHERE uscc = ?"), {ZjUscc}).toInt(), 0);
}

void TestServerRegistration::newerCodeReplacesTheOlderOne()
{
    const QString first = requestCode(QcPhone, QStringLiteral("register"));
    QVERIFY(!first.isEmpty());
    allowResend(QcPhone);
    QString second = requestCode(QcPhone, QStringLiteral("register"));
    QVERIFY(!second.isEmpty());
    if (second == first) {   // one in a million: draw once more
        allowResend(QcPhone);
        second = requestCode(QcPhone, QStringLiteral("register"));
    }
    QVERIFY(second != first);
    QCOMPARE(m_server->request("POST", QStringLiteral("/registrations"), registration(QStringLiteral("legal_person_db"), first))
                 .errorCode(),
             QStringLiteral("sms_code_invalid"));
    QCOMPARE(m_server->request("POST", QStringLiteral("/registrations"), registration(QStringLiteral("legal_person_db"), second))
                 .status,
             201);
}

void TestServerRegistration::registeredUnitAndTakenLoginAreConflicts()
{
    // 呼和浩特市第一医院 is in the registry and registered already (nmg_hosp).
    const QString hospPhone = QStringLiteral("13704710000");
    const QString code = requestCode(hospPhone, QStringLiteral("register"));
    QVERIFY(!code.isEmpty());
    const QJsonObject hosp{{QStringLiteral("method"), QStringLiteral("legal_person_db")},
                           {QStringLiteral("uscc"), QStringLiteral("12150100460037189N")},
                           {QStringLiteral("unit_name"), QStringLiteral("呼和浩特市第一医院")},
                           {QStringLiteral("legal_rep_name"), QStringLiteral("王建国")},
                           {QStringLiteral("legal_rep_id_number"), QStringLiteral("150102197804120319")},
                           {QStringLiteral("login"), QStringLiteral("hohhot_first")},
                           {QStringLiteral("password"), QcPassword},
                           {QStringLiteral("phone"), hospPhone},
                           {QStringLiteral("sms_code"), code}};
    const auto r = m_server->request("POST", QStringLiteral("/registrations"), hosp);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("already_registered"));
    QCOMPARE(fieldOf(r), QStringLiteral("uscc"));

    // A login another unit's main account has (compared lower-cased).
    const QString qcCode = requestCode(QcPhone, QStringLiteral("register"));
    QVERIFY(!qcCode.isEmpty());
    QJsonObject taken = registration(QStringLiteral("legal_person_db"), qcCode);
    taken.insert(QStringLiteral("login"), QStringLiteral("NMG_Hosp"));
    const auto t = m_server->request("POST", QStringLiteral("/registrations"), taken);
    QCOMPARE(t.status, 409);
    QCOMPARE(t.errorCode(), QStringLiteral("login_taken"));
    QCOMPARE(fieldOf(t), QStringLiteral("login"));
    // Neither used the code up.
    QCOMPARE(m_server->request("POST", QStringLiteral("/registrations"), registration(QStringLiteral("legal_person_db"), qcCode))
                 .status,
             201);
    // Registered now: again is a conflict (with a new code), and nothing doubles.
    allowResend(QcPhone);
    const QString again = requestCode(QcPhone, QStringLiteral("register"));
    QJsonObject twice = registration(QStringLiteral("e_license"), again);
    twice.insert(QStringLiteral("login"), QStringLiteral("qingcheng2"));
    QCOMPARE(m_server->request("POST", QStringLiteral("/registrations"), twice).errorCode(), QStringLiteral("already_registered"));
    ServerDb db(m_server->dataDir());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM units WHERE uscc = ?"), {QcUscc}).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE login = 'qingcheng2'")).toInt(), 0);
}

// With one valid code, asking whether logins are taken costs a try each: of
// 12 registrations racing with taken logins, 5 learn it (409), the others
// find the code out of tries (422), and the code registers nothing after.
void TestServerRegistration::probingTakenLoginsCostsTheCodeItsTries()
{
    const QString code = requestCode(QcPhone, QStringLiteral("register"));
    QVERIFY(!code.isEmpty());
    constexpr int Probes = 12;
    const QStringList taken{QStringLiteral("js_group"), QStringLiteral("js_hosp"), QStringLiteral("nmg_hosp"),
                            QStringLiteral("nmg_kangtai")};
    std::vector<std::unique_ptr<zc::test::RawConnection>> conns;
    for (int i = 0; i < Probes; ++i) {
        QJsonObject body = registration(QStringLiteral("legal_person_db"), code);
        body.insert(QStringLiteral("login"), taken.at(i % taken.size()));
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        conns.push_back(std::make_unique<zc::test::RawConnection>(*m_server));
        QVERIFY(conns.back()->open());
        QVERIFY(conns.back()->send("POST /api/v1/registrations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                   "Content-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json));
    }
    int told = 0;
    int refused = 0;
    for (auto &c : conns) {
        const auto a = c->readAnswer(30000);
        QVERIFY(a);
        if (a->status == 409 && a->errorCode() == QLatin1String("login_taken"))
            ++told;
        else if (a->status == 422 && a->errorCode() == QLatin1String("sms_code_invalid"))
            ++refused;
        else
            QFAIL(qPrintable(QStringLiteral("unexpected answer %1 %2").arg(a->status).arg(QString::fromUtf8(a->body))));
    }
    QCOMPARE(told, 5);
    QCOMPARE(refused, Probes - 5);
    const auto after = m_server->request("POST", QStringLiteral("/registrations"),
                                         registration(QStringLiteral("legal_person_db"), code));
    QCOMPARE(after.status, 422);
    QCOMPARE(after.errorCode(), QStringLiteral("sms_code_invalid"));
    ServerDb db(m_server->dataDir());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM units WHERE uscc = ?"), {QcUscc}).toInt(), 0);
}

// ---- POST /unit/authentication ----------------------------------------------

void TestServerRegistration::mainAccountAuthenticatesItsUnit()
{
    const QString token = m_server->loginToken(QStringLiteral("nmg_kangtai"), demo::Password);
    QVERIFY(!token.isEmpty());
    const auto before = m_server->request("GET", QStringLiteral("/me"), {}, token);
    QVERIFY(before.object().value(QLatin1String("unit")).toObject().value(QLatin1String("kind")).isNull());

    const QJsonObject body{{QStringLiteral("kind"), QStringLiteral("manufacturer")},
                           {QStringLiteral("unit_code"), QStringLiteral(" sc15020000031 ")}};   // trimmed, upper-cased
    const auto r = m_server->request("POST", QStringLiteral("/unit/authentication"), body, token);
    QCOMPARE(r.status, 200);
    const QJsonObject unit = r.object();
    QCOMPARE(unit.value(QLatin1String("kind")).toString(), QStringLiteral("manufacturer"));
    QCOMPARE(unit.value(QLatin1String("unit_code")).toString(), QStringLiteral("SC15020000031"));
    QCOMPARE(unit.value(QLatin1String("verified")).toBool(), true);
    QCOMPARE(unit.value(QLatin1String("uscc")).toString(), QStringLiteral("91150200MA13RT753X"));
    QCOMPARE(unit.value(QLatin1String("region")).toString(), QStringLiteral("150200"));
    const auto after = m_server->request("GET", QStringLiteral("/me"), {}, token);
    QCOMPARE(after.object().value(QLatin1String("unit")).toObject(), unit);

    ServerDb db(m_server->dataDir());
    const qint64 unitId = unit.value(QLatin1String("id")).toInteger();
    const auto events = [&] {
        return db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE unit_id = ? AND action = 'unit.authenticate'"),
                         {unitId}).toInt();
    };
    QCOMPARE(events(), 1);
    // Stating it again changes nothing and records nothing.
    const auto again = m_server->request("POST", QStringLiteral("/unit/authentication"), body, token);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.object(), unit);
    QCOMPARE(events(), 1);
}

void TestServerRegistration::unitAuthenticationChecksRightsFieldsAndRegistry()
{
    const QJsonObject body{{QStringLiteral("kind"), QStringLiteral("manufacturer")},
                           {QStringLiteral("unit_code"), QStringLiteral("SC15020000031")}};
    // No token, a handler (even one holding basic.accounts and basic.roles), a bad token.
    QCOMPARE(m_server->request("POST", QStringLiteral("/unit/authentication"), body).errorCode(), QStringLiteral("unauthenticated"));
    const QString handler = m_server->loginToken(demo::PlainHandler, demo::Password);
    QVERIFY(!handler.isEmpty());
    const auto forbidden = m_server->request("POST", QStringLiteral("/unit/authentication"), body, handler);
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.errorCode(), QStringLiteral("forbidden"));

    const QString token = m_server->loginToken(QStringLiteral("nmg_kangtai"), demo::Password);
    QVERIFY(!token.isEmpty());
    const auto bad = [&](const QJsonObject &b, const char *field) {
        const auto r = m_server->request("POST", QStringLiteral("/unit/authentication"), b, token);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
        QCOMPARE(fieldOf(r), QString::fromLatin1(field));
    };
    bad(QJsonObject{{QStringLiteral("kind"), QStringLiteral("hospital")}, {QStringLiteral("unit_code"), QStringLiteral("SC15020000031")}}, "kind");
    bad(QJsonObject{{QStringLiteral("kind"), QJsonValue()}, {QStringLiteral("unit_code"), QStringLiteral("SC15020000031")}}, "kind");
    bad(QJsonObject{{QStringLiteral("unit_code"), QStringLiteral("SC15020000031")}}, "kind");
    bad(QJsonObject{{QStringLiteral("kind"), QStringLiteral("manufacturer")}, {QStringLiteral("unit_code"), QStringLiteral("SC-150200")}}, "unit_code");
    bad(QJsonObject{{QStringLiteral("kind"), QStringLiteral("manufacturer")}, {QStringLiteral("unit_code"), QStringLiteral("")}}, "unit_code");
    QCOMPARE(m_server->requestRaw("POST", QStringLiteral("/unit/authentication"), QByteArrayLiteral("{"), token).errorCode(),
             QStringLiteral("malformed_json"));

    const auto mismatch = [&](const QString &kind, const QString &code) {
        const auto r = m_server->request("POST", QStringLiteral("/unit/authentication"),
                                         QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("unit_code"), code}}, token);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("unit_code_mismatch"));
        QCOMPARE(fieldOf(r), QStringLiteral("unit_code"));
    };
    mismatch(QStringLiteral("distributor"), QStringLiteral("SC15020000031"));   // right code, wrong kind
    mismatch(QStringLiteral("manufacturer"), QStringLiteral("SC32010000011"));  // another unit's code
    mismatch(QStringLiteral("manufacturer"), QStringLiteral("SC99999999999"));  // no such code
    ServerDb db(m_server->dataDir());
    QCOMPARE(db.scalar(QStringLiteral("SELECT verified FROM units WHERE uscc = '91150200MA13RT753X'")).toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'unit.authenticate'")).toInt(), 0);
    QCOMPARE(m_server->request("POST", QStringLiteral("/unit/authentication"), body, token).status, 200);
}

void TestServerRegistration::registrationThenAuthenticationThenSignIn()
{
    const QString code = requestCode(QcPhone, QStringLiteral("register"));
    QCOMPARE(m_server->request("POST", QStringLiteral("/registrations"), registration(QStringLiteral("e_license"), code)).status,
             201);
    const QString token = m_server->loginToken(QStringLiteral("qingcheng"), QcPassword);
    QVERIFY(!token.isEmpty());
    const auto r = m_server->request("POST", QStringLiteral("/unit/authentication"),
                                     QJsonObject{{QStringLiteral("kind"), QStringLiteral("distributor")},
                                                 {QStringLiteral("unit_code"), QcUnitCode}},
                                     token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("verified")).toBool(), true);
    // A new session sees the authenticated unit; every permission of a main account.
    const auto login = m_server->login(QStringLiteral("qingcheng"), QcPassword);
    QCOMPARE(login.object().value(QLatin1String("unit")).toObject().value(QLatin1String("unit_code")).toString(), QcUnitCode);
    QVERIFY(login.object().value(QLatin1String("permissions")).toArray().contains(QStringLiteral("basic.accounts")));
}

// ---- POST /password-resets --------------------------------------------------

void TestServerRegistration::handlerResetsItsPasswordBySms()
{
    const QString phone = demo::PlainHandler;
    const QString oldToken = m_server->loginToken(phone, demo::Password);
    QVERIFY(!oldToken.isEmpty());
    const QString code = requestCode(phone, QStringLiteral("reset_password"));
    QVERIFY(!code.isEmpty());
    const QString fresh = QStringLiteral("Fresh#Pass2026");
    const auto r = m_server->request("POST", QStringLiteral("/password-resets"), resetBody(phone, code, fresh));
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    // Every session of the phone is gone; the old password too.
    QCOMPARE(m_server->request("GET", QStringLiteral("/me"), {}, oldToken).errorCode(), QStringLiteral("unauthenticated"));
    QCOMPARE(m_server->login(phone, demo::Password).errorCode(), QStringLiteral("invalid_credentials"));
    const auto login = m_server->login(phone, fresh);
    QCOMPARE(login.status, 201);
    QVERIFY(!login.object().value(QLatin1String("password_change_required")).toBool());

    ServerDb db(m_server->dataDir());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events e JOIN accounts a ON a.id = e.target_id"
                                      " WHERE e.action = 'account.reset_password' AND a.login = ?"), {phone}).toInt(), 1);
    // The code is used: the same reset again is refused.
    const auto again = m_server->request("POST", QStringLiteral("/password-resets"),
                                         resetBody(phone, code, QStringLiteral("Other#Pass2026")));
    QCOMPARE(again.status, 422);
    QCOMPARE(again.errorCode(), QStringLiteral("sms_code_invalid"));
}

void TestServerRegistration::mainAccountResetsWithLoginAndRegisteredPhone()
{
    // A phone in two units: one password for both (handler credentials).
    const QString both = demo::TwoUnitsHandler;
    const QString code = requestCode(both, QStringLiteral("reset_password"));
    QCOMPARE(m_server->request("POST", QStringLiteral("/password-resets"), resetBody(both, code, QStringLiteral("Both#Units2026")))
                 .status,
             204);
    QCOMPARE(m_server->login(both, QStringLiteral("Both#Units2026")).status, 201);
    ServerDb db(m_server->dataDir());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events e JOIN accounts a ON a.id = e.target_id"
                                      " WHERE e.action = 'account.reset_password' AND a.login = ?"), {both}).toInt(), 2);

    // js_group's main account: its registered phone and its login.
    const QString mainToken = m_server->loginToken(demo::GroupMain, demo::Password);
    QVERIFY(!mainToken.isEmpty());
    const QString mainCode = requestCode(GroupPhone, QStringLiteral("reset_password"));
    QVERIFY(!mainCode.isEmpty());
    // Without the login the phone names no handler credentials: 404.
    const auto noHandler = m_server->request("POST", QStringLiteral("/password-resets"),
                                             resetBody(GroupPhone, mainCode, QStringLiteral("Group#Main2026")));
    QCOMPARE(noHandler.status, 404);
    QCOMPARE(noHandler.errorCode(), QStringLiteral("not_found"));
    QCOMPARE(fieldOf(noHandler), QStringLiteral("phone"));
    // Another unit's login with this phone: 404 on login.
    const auto foreign = m_server->request("POST", QStringLiteral("/password-resets"),
                                           resetBody(GroupPhone, mainCode, QStringLiteral("Group#Main2026"),
                                                     QStringLiteral("nmg_hosp")));
    QCOMPARE(foreign.status, 404);
    QCOMPARE(fieldOf(foreign), QStringLiteral("login"));
    // Neither used the code up; each cost it a try (it tells whether an account exists).
    QCOMPARE(db.scalar(QStringLiteral("SELECT tries_left FROM sms_codes WHERE phone = ? AND purpose = 'reset_password'"),
                       {GroupPhone}).toInt(), 3);
    const auto ok = m_server->request("POST", QStringLiteral("/password-resets"),
                                      resetBody(GroupPhone, mainCode, QStringLiteral("Group#Main2026"), QStringLiteral("JS_GROUP")));
    QCOMPARE(ok.status, 204);
    QCOMPARE(m_server->request("GET", QStringLiteral("/me"), {}, mainToken).errorCode(), QStringLiteral("unauthenticated"));
    QCOMPARE(m_server->login(demo::GroupMain, demo::Password).errorCode(), QStringLiteral("invalid_credentials"));
    QCOMPARE(m_server->login(demo::GroupMain, QStringLiteral("Group#Main2026")).status, 201);
    // The handlers of js_group kept their own passwords.
    QCOMPARE(m_server->login(demo::TwoUnitsHandler, QStringLiteral("Both#Units2026")).status, 201);
}

void TestServerRegistration::passwordResetRulesAndErrors()
{
    const QString phone = demo::PlainHandler;
    const QString code = requestCode(phone, QStringLiteral("reset_password"));
    QVERIFY(!code.isEmpty());
    const QString fresh = QStringLiteral("Fresh#Pass2026");
    const auto expect = [&](const QJsonObject &body, int status, const char *errorCode, const char *field) {
        const auto r = m_server->request("POST", QStringLiteral("/password-resets"), body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), QString::fromLatin1(errorCode));
        QCOMPARE(fieldOf(r), QString::fromLatin1(field));
    };
    expect(resetBody(QStringLiteral("1377000444"), code, fresh), 400, "invalid_field", "phone");
    expect(resetBody(phone, QStringLiteral("1234567"), fresh), 400, "invalid_field", "sms_code");
    expect(resetBody(phone, code, fresh, QStringLiteral("1abc")), 400, "invalid_field", "login");
    QJsonObject numberLogin = resetBody(phone, code, fresh);
    numberLogin.insert(QStringLiteral("login"), 42);
    expect(numberLogin, 400, "invalid_field", "login");
    QJsonObject noPassword = resetBody(phone, code, fresh);
    noPassword.remove(QStringLiteral("new_password"));
    expect(noPassword, 400, "invalid_field", "new_password");
    expect(resetBody(phone, code, QStringLiteral("weakpass")), 422, "weak_password", "new_password");
    // A code of another purpose, another phone, or simply wrong: 422, each wrong one a try.
    const QString registerCode = requestCode(QcPhone, QStringLiteral("register"));
    expect(resetBody(QcPhone, registerCode, fresh), 422, "sms_code_invalid", "sms_code");
    expect(resetBody(phone, otherCode(code), fresh), 422, "sms_code_invalid", "sms_code");
    ServerDb db(m_server->dataDir());
    QCOMPARE(db.scalar(QStringLiteral("SELECT tries_left FROM sms_codes WHERE phone = ?"), {phone}).toInt(), 4);
    // A phone nobody uses, with a right code: 404 (only the phone's owner learns it).
    const QString stranger = QStringLiteral("13900001111");
    const QString strangerCode = requestCode(stranger, QStringLiteral("reset_password"));
    expect(resetBody(stranger, strangerCode, fresh), 404, "not_found", "phone");
    // Asking on costs the code its tries: the 5th answer is the last.
    for (int i = 0; i < 4; ++i)
        expect(resetBody(stranger, strangerCode, fresh), 404, "not_found", "phone");
    expect(resetBody(stranger, strangerCode, fresh), 422, "sms_code_invalid", "sms_code");
    QCOMPARE(m_server->requestRaw("POST", QStringLiteral("/password-resets"), QByteArrayLiteral("[1]")).errorCode(),
             QStringLiteral("malformed_json"));
    // A null login means none.
    QJsonObject nullLogin = resetBody(phone, code, fresh);
    nullLogin.insert(QStringLiteral("login"), QJsonValue());
    QCOMPARE(m_server->request("POST", QStringLiteral("/password-resets"), nullLogin).status, 204);
    QCOMPARE(m_server->login(phone, fresh).status, 201);
}

void TestServerRegistration::passwordResetClearsLockAndForcedChange()
{
    // 赵敏 must change her seeded password; five failures lock her phone.
    const QString phone = demo::MustChangeHandler;
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_server->login(phone, QStringLiteral("Wrong#Pass1")).status, 401);
    QCOMPARE(m_server->login(phone, demo::Password).errorCode(), QStringLiteral("account_locked"));
    const QString code = requestCode(phone, QStringLiteral("reset_password"));
    QVERIFY(!code.isEmpty());
    QCOMPARE(m_server->request("POST", QStringLiteral("/password-resets"),
                               resetBody(phone, code, QStringLiteral("Zhao#Min2026"))).status,
             204);
    const auto login = m_server->login(phone, QStringLiteral("Zhao#Min2026"));
    QCOMPARE(login.status, 201);
    QCOMPARE(login.object().value(QLatin1String("password_change_required")).toBool(), false);
    const QString token = login.object().value(QLatin1String("token")).toString();
    QCOMPARE(m_server->request("GET", QStringLiteral("/permissions"), {}, token).status, 200);
}

QTEST_GUILESS_MAIN(TestServerRegistration)
#include "tst_server_registration.moc"
