// Server components on their own: error messages, storage and migrations,
// the SMS outbox, password hashing, captcha drawing, TLS material, limits.
#include "server/auth/CaptchaRenderer.h"
#include "server/Crypto.h"
#include "server/storage/Database.h"
#include "server/storage/Directory.h"
#include "server/http/IfMatch.h"
#include "server/http/ErrorMessages.h"
#include "server/storage/Migrations.h"
#include "server/sms/OutboxSmsSender.h"
#include "server/auth/PasswordGenerator.h"
#include "server/auth/PasswordHasher.h"
#include "server/storage/SqliteEngine.h"
#include "server/http/TlsMaterial.h"
#include "server/ServerOptions.h"

#include "DetailsSchemaChecks.h"
#include "TokenSchemaChecks.h"

#include "models/Validators.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTemporaryDir>
#include <QTest>

using namespace zc::server;

class TestServerComponents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyApiErrorCodeIsWordedInBothLanguages();
    void acceptLanguagePicksTheBestSupported_data();
    void acceptLanguagePicksTheBestSupported();
    void migrationsApplyOnceAndRefuseANewerSchema();
    void migrationFourKeepsTheAuditTrailOfAnOlderDatabase();
    void theAuditLogRefusesATokenNoLongerLive();
    void migrationFiveKeepsOldEventsWithoutDetails();
    void theTokenDaySeamNeedsDevMode();
    void outboxKeepsMessagesNewestFirstWithoutSecretsInTheDatabase();
    void passwordHashesVerifyAndKnowWhenToRehash();
    void captchaAnswersAndImages();
    void tokensAreUrlSafeAndComparedByContent();
    void devTlsMaterialIsMadeOnceAndVerifies();
    void ifMatchComparesStrongTagsOnly();
    void generatedPasswordsPassThePolicyAndDiffer();
    void containsPatternsMatchLiterallyIgnoringCase();
    void roleNamesAreUniquePerUnitByTheDatabase();

private:
    QTemporaryDir m_tmp;
};

void TestServerComponents::initTestCase()
{
    QVERIFY(Crypto::initialize());
    QVERIFY(m_tmp.isValid());
}

void TestServerComponents::everyApiErrorCodeIsWordedInBothLanguages()
{
    // The codes of API.md (and the server's own: malformed_request, method_not_allowed, …).
    const QStringList codes{
        QStringLiteral("malformed_json"), QStringLiteral("invalid_field"), QStringLiteral("unauthenticated"),
        QStringLiteral("invalid_credentials"), QStringLiteral("forbidden"), QStringLiteral("unit_choice_required"),
        QStringLiteral("institution_choice_required"), QStringLiteral("password_change_required"),
        QStringLiteral("not_found"), QStringLiteral("role_name_taken"), QStringLiteral("token_name_taken"),
        QStringLiteral("login_taken"),
        QStringLiteral("already_registered"), QStringLiteral("institution_already_chosen"),
        QStringLiteral("no_choice_pending"), QStringLiteral("version_conflict"), QStringLiteral("precondition_required"),
        QStringLiteral("payload_too_large"), QStringLiteral("captcha_invalid"), QStringLiteral("sms_code_invalid"),
        QStringLiteral("legal_person_mismatch"), QStringLiteral("unit_code_mismatch"),
        QStringLiteral("unknown_permission"), QStringLiteral("permission_not_held"), QStringLiteral("weak_password"),
        QStringLiteral("main_account_immutable"), QStringLiteral("wrong_password"), QStringLiteral("account_locked"),
        QStringLiteral("rate_limited"), QStringLiteral("internal_error"), QStringLiteral("method_not_allowed"),
        QStringLiteral("malformed_request"), QStringLiteral("headers_too_large")};
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (const QString &code : codes) {
        QVERIFY2(ErrorMessages::knows(code), qPrintable(code));
        const QString zh = ErrorMessages::message(code, Language::Chinese);
        const QString en = ErrorMessages::message(code, Language::English);
        QVERIFY2(zh.contains(han), qPrintable(code));
        QVERIFY2(!en.contains(han) && en.size() > 5, qPrintable(code));
    }
    QVERIFY(!ErrorMessages::knows(QStringLiteral("no_such_code")));
    QVERIFY(ErrorMessages::message(QStringLiteral("no_such_code"), Language::English).contains(QLatin1String("no_such_code")));
}

void TestServerComponents::acceptLanguagePicksTheBestSupported_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("english");
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("en") << QByteArray("en") << true;
    QTest::newRow("EN-gb") << QByteArray("EN-gb") << true;
    QTest::newRow("zh-Hans-CN") << QByteArray("zh-Hans-CN,en;q=0.8") << false;
    QTest::newRow("q order") << QByteArray("zh;q=0.2,en;q=0.7") << true;
    QTest::newRow("q zero") << QByteArray("en;q=0,zh;q=0.1") << false;
    QTest::newRow("star only") << QByteArray("*") << false;
    QTest::newRow("garbage") << QByteArray(";;,,q=") << false;
    QTest::newRow("english after unsupported") << QByteArray("fr,en;q=0.5") << true;
}

void TestServerComponents::acceptLanguagePicksTheBestSupported()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, english);
    QCOMPARE(ErrorMessages::fromAcceptLanguage(header) == Language::English, english);
}

void TestServerComponents::migrationsApplyOnceAndRefuseANewerSchema()
{
    const QString path = m_tmp.filePath(QStringLiteral("migrations.sqlite3"));
    {
        Database db(std::make_unique<SqliteEngine>(path));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY2(Migrations::run(db, &error), qPrintable(error));
        QVERIFY2(Migrations::run(db, &error), qPrintable(error));
        QCOMPARE(db.run(QStringLiteral("SELECT COUNT(*) FROM schema_version"))->scalar().toInt(), Migrations::latestVersion());
        QCOMPARE(db.run(QStringLiteral("PRAGMA journal_mode"))->scalar().toString(), QStringLiteral("wal"));
        QCOMPARE(db.run(QStringLiteral("PRAGMA foreign_keys"))->scalar().toInt(), 1);
        // Foreign keys are enforced: an account of no unit is refused.
        bool constraint = false;
        QVERIFY(!db.runAllowingConstraint(QStringLiteral("INSERT INTO accounts (unit_id, kind, login, name, phone,"
                                                         " credential_id, created_at, updated_at)"
                                                         " VALUES (999, 'unit', 'x', 'x', 'x', 999, 0, 0)"),
                                          {}, &constraint));
        QVERIFY(constraint);
        // A failed transaction leaves nothing behind.
        const Status failed = db.transaction<Done>([&]() -> Status {
            (void)db.run(QStringLiteral("INSERT INTO legal_persons (uscc, name, legal_rep_name, legal_rep_id_number)"
                                        " VALUES ('a', 'b', 'c', 'd')"));
            return apiError(409, zc::ErrorCode::Conflict);
        });
        QVERIFY(!failed.ok());
        QCOMPARE(db.run(QStringLiteral("SELECT COUNT(*) FROM legal_persons"))->scalar().toInt(), 0);
        QVERIFY(db.run(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', 0)")));
    }
    Database again(std::make_unique<SqliteEngine>(path));
    QString error;
    QVERIFY(again.open(&error));
    QVERIFY(!Migrations::run(again, &error));
    QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
}

void TestServerComponents::migrationFourKeepsTheAuditTrailOfAnOlderDatabase()
{
    Database db(std::make_unique<SqliteEngine>(m_tmp.filePath(QStringLiteral("schema3.sqlite3"))));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    zc::test::checkTheAuditTrailSurvivesMigrationFour(db);
    if (QTest::currentTestFailed())
        return;
    // SQLite made the table again: its indexes are back.
    QCOMPARE(db.run(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_events'"
                                   " AND name LIKE 'audit_unit_%'"))->scalar().toInt(), 4);
    QCOMPARE(db.run(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'audit_events_v4'"))->scalar().toInt(), 0);
}

void TestServerComponents::theAuditLogRefusesATokenNoLongerLive()
{
    Database db(std::make_unique<SqliteEngine>(m_tmp.filePath(QStringLiteral("tokens.sqlite3"))));
    QString error;
    QVERIFY2(db.open(&error) && Migrations::run(db, &error), qPrintable(error));
    zc::test::checkAuditRefusesATokenNoLongerLive(db);
}

void TestServerComponents::migrationFiveKeepsOldEventsWithoutDetails()
{
    Database db(std::make_unique<SqliteEngine>(m_tmp.filePath(QStringLiteral("schema4.sqlite3"))));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    zc::test::checkOldEventsReadWithoutDetails(db);
}

void TestServerComponents::theTokenDaySeamNeedsDevMode()
{
    const QStringList base{QStringLiteral("zhaocai-server"), QStringLiteral("--data"), m_tmp.path(),
                           QStringLiteral("--api-token-day-seconds"), QStringLiteral("2")};
    QString error;
    QVERIFY(!ServerOptions::parse(base, &error));
    QVERIFY2(error.contains(QLatin1String("--dev")), qPrintable(error));
    const auto dev = ServerOptions::parse(base + QStringList{QStringLiteral("--dev")}, &error);
    QVERIFY2(dev, qPrintable(error));
    QCOMPARE(dev->apiTokenDaySeconds, 2);
    const auto plain = ServerOptions::parse(base.mid(0, 3), &error);
    QVERIFY2(plain, qPrintable(error));
    QCOMPARE(plain->apiTokenDaySeconds, 86400);
}

void TestServerComponents::outboxKeepsMessagesNewestFirstWithoutSecretsInTheDatabase()
{
    const QString dbPath = m_tmp.filePath(QStringLiteral("sms.sqlite3"));
    Database db(std::make_unique<SqliteEngine>(dbPath));
    QString error;
    QVERIFY(db.open(&error) && Migrations::run(db, &error));
    const QString outbox = m_tmp.filePath(QStringLiteral("sms-outbox.jsonl"));
    OutboxSmsSender sender(db, outbox);
    QVERIFY(sender.send({QStringLiteral("18851003711"), QStringLiteral("sms_code"), QStringLiteral("123456"), QString(),
                         QStringLiteral("您的验证码是123456，5分钟内有效。")}).ok());
    QVERIFY(sender.send({QStringLiteral("13770004444"), QStringLiteral("notice"), QString(), QString(),
                         QStringLiteral("您已被添加为经办人。")}).ok());
    QVERIFY(sender.send({QStringLiteral("18851003711"), QStringLiteral("initial_password"), QString(),
                         QStringLiteral("Init#Pass2026"), QStringLiteral("您的初始密码是Init#Pass2026")}).ok());

    const QJsonArray messages = OutboxSmsSender::messagesFor(outbox, QStringLiteral("18851003711"));
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("initial_password"));
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("password")).toString(), QStringLiteral("Init#Pass2026"));
    QVERIFY(messages.at(0).toObject().value(QLatin1String("code")).isNull());
    QCOMPARE(messages.at(1).toObject().value(QLatin1String("code")).toString(), QStringLiteral("123456"));
    QVERIFY(!messages.at(1).toObject().value(QLatin1String("at")).toString().isEmpty());
    QCOMPARE(OutboxSmsSender::messagesFor(outbox, QStringLiteral("13900000000")).size(), 0);
    QVERIFY(!(QFile::permissions(outbox) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));

    // The database knows that messages went out, never what they said.
    const auto rows = db.run(QStringLiteral("SELECT * FROM sms_messages"));
    QCOMPARE(rows->rows.size(), 3);
    const QSqlRecord r = rows->first();
    for (int i = 0; i < r.count(); ++i)
        QVERIFY2(!r.value(i).toString().contains(QLatin1String("123456")), qPrintable(r.fieldName(i)));
    QCOMPARE(SmsSender::maskPhone(QStringLiteral("18851003711")), QStringLiteral("188****3711"));
}

void TestServerComponents::passwordHashesVerifyAndKnowWhenToRehash()
{
    const PasswordHasher cheap(8192, 1);
    const QString hash = cheap.hash(QStringLiteral("Demo@2026"));
    QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
    QVERIFY(cheap.verify(hash, QStringLiteral("Demo@2026")));
    QVERIFY(!cheap.verify(hash, QStringLiteral("demo@2026")));
    QVERIFY(!cheap.verify(QStringLiteral("garbage"), QStringLiteral("Demo@2026")));
    QVERIFY(cheap.hash(QStringLiteral("Demo@2026")) != hash);   // salted
    QVERIFY(!cheap.needsRehash(hash));
    const PasswordHasher standard(19456, 2);
    QVERIFY(standard.needsRehash(hash));
    QVERIFY(standard.verify(hash, QStringLiteral("Demo@2026")));   // old hashes still verify
    cheap.verifyDummy(QStringLiteral("anything"));
    QString why;
    QVERIFY(!PasswordHasher::parametersValid(1, 2, &why));
    QVERIFY(!PasswordHasher::parametersValid(19456, 0, &why));
    QVERIFY(PasswordHasher::parametersValid(19456, 2, &why));
}

void TestServerComponents::captchaAnswersAndImages()
{
    QSet<QString> answers;
    for (int i = 0; i < 200; ++i) {
        const QString a = CaptchaRenderer::randomAnswer();
        QVERIFY(a.size() == 4 || a.size() == 5);
        for (const QChar c : a)
            QVERIFY2(QString::fromLatin1(CaptchaRenderer::Alphabet).contains(c), qPrintable(a));
        answers.insert(a);
    }
    QVERIFY(answers.size() > 190);
    for (const char *ambiguous : {"0", "O", "1", "I", "L"})
        QVERIFY(!QString::fromLatin1(CaptchaRenderer::Alphabet).contains(QLatin1String(ambiguous)));
    // At most one character of each group people misread (K/R/X/Y, D/P, E/F, C/J, V/Y, …).
    const QString alphabet = QString::fromLatin1(CaptchaRenderer::Alphabet);
    for (const char *group : {"KRXY", "DPR0O", "EF", "CJ", "6G", "VYU", "2Z", "5S", "8B"}) {
        int present = 0;
        for (const QChar c : QString::fromLatin1(group))
            present += alphabet.contains(c) ? 1 : 0;
        QVERIFY2(present <= 1, group);
    }
    QImage a;
    QImage b;
    QVERIFY(a.loadFromData(CaptchaRenderer::renderPng(QStringLiteral("ACDE7")), "PNG"));
    QVERIFY(b.loadFromData(CaptchaRenderer::renderPng(QStringLiteral("ACDE7")), "PNG"));
    QCOMPARE(a.size(), QSize(CaptchaRenderer::Width, CaptchaRenderer::Height));
    QVERIFY(a != b);   // same text, different distortion each time
    // Drawn for a screen's device pixel ratio: twice the pixels, the whole image used.
    QImage sharp;
    QVERIFY(sharp.loadFromData(CaptchaRenderer::renderPng(QStringLiteral("ACE7"), 2), "PNG"));
    QCOMPARE(sharp.size(), QSize(2 * CaptchaRenderer::Width, 2 * CaptchaRenderer::Height));
    QSet<QRgb> corner;
    for (int y = sharp.height() - 30; y < sharp.height(); y += 2)
        for (int x = sharp.width() - 60; x < sharp.width(); x += 2)
            corner.insert(sharp.pixel(x, y));
    QVERIFY2(corner.size() > 20, "the bottom right quarter is drawn too");
    QVERIFY(a.loadFromData(CaptchaRenderer::renderPng(QStringLiteral("ACE7"), 9), "PNG"));
    QCOMPARE(a.size(), QSize(CaptchaRenderer::MaxScale * CaptchaRenderer::Width,
                             CaptchaRenderer::MaxScale * CaptchaRenderer::Height));
    QVERIFY(!CaptchaRenderer::fontFamily().isEmpty());
}

void TestServerComponents::tokensAreUrlSafeAndComparedByContent()
{
    const QString t = Crypto::randomToken();
    QCOMPARE(t.size(), 43);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(t).hasMatch());
    QVERIFY(Crypto::randomToken() != t);
    QCOMPARE(Crypto::sha256Hex("abc"), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QVERIFY(Crypto::constantTimeEquals("abc", "abc"));
    QVERIFY(!Crypto::constantTimeEquals("abc", "abd"));
    QVERIFY(!Crypto::constantTimeEquals("abc", "abcd"));
}

void TestServerComponents::devTlsMaterialIsMadeOnceAndVerifies()
{
    const QString dir = m_tmp.filePath(QStringLiteral("tls"));
    TlsMaterial first;
    QString error;
    QVERIFY2(TlsMaterial::loadOrCreateDev(dir, &first, &error), qPrintable(error));
    QVERIFY(first.created());
    QFile caFile(first.caPath());
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    const QByteArray caPem = caFile.readAll();
    caFile.close();
    const QSslCertificate ca = QSslCertificate::fromData(caPem).value(0);
    QVERIFY(!ca.isNull());
    QVERIFY(ca.expiryDate() > QDateTime::currentDateTimeUtc().addYears(9));
    const QSslCertificate leaf = first.chain().constFirst();
    QVERIFY(leaf.expiryDate() > QDateTime::currentDateTimeUtc().addYears(1));
    QVERIFY(leaf.expiryDate() < QDateTime::currentDateTimeUtc().addYears(3));
    // The chain verifies for localhost against the CA (as a client would check it).
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = saved;
    trusting.setCaCertificates({ca});
    QSslConfiguration::setDefaultConfiguration(trusting);
    const QList<QSslError> good = QSslCertificate::verify({leaf}, QStringLiteral("localhost"));
    const QList<QSslError> wrongHost = QSslCertificate::verify({leaf}, QStringLiteral("example.com"));
    QSslConfiguration::setDefaultConfiguration(saved);
    QVERIFY2(good.isEmpty(), qPrintable(good.value(0).errorString()));
    QVERIFY(!wrongHost.isEmpty());

    TlsMaterial second;
    QVERIFY(TlsMaterial::loadOrCreateDev(dir, &second, &error));
    QVERIFY(!second.created());
    QCOMPARE(second.chain().constFirst(), leaf);

    // A broken key file makes it start over with a new CA.
    QFile key(dir + QStringLiteral("/server.key"));
    QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
    key.write("not a key");
    key.close();
    TlsMaterial third;
    QVERIFY(TlsMaterial::loadOrCreateDev(dir, &third, &error));
    QVERIFY(third.created());
    QVERIFY(third.chain().constFirst() != leaf);
}

void TestServerComponents::ifMatchComparesStrongTagsOnly()
{
    QCOMPARE(IfMatch::parse({}, false).check(QStringLiteral("3"), true).error().code, QStringLiteral("precondition_required"));
    QVERIFY(IfMatch::parse({}, false).check(QStringLiteral("3"), false).ok());   // optional (DELETE)
    QVERIFY(IfMatch::parse("\"3\"", true).check(QStringLiteral("3"), true).ok());
    QVERIFY(IfMatch::parse("3", true).check(QStringLiteral("3"), true).ok());
    QVERIFY(IfMatch::parse("\"1\", \"3\"", true).check(QStringLiteral("3"), true).ok());
    QVERIFY(IfMatch::parse("*", true).check(QStringLiteral("7.L123"), true).ok());
    QVERIFY(IfMatch::parse("\"3.L99\"", true).check(QStringLiteral("3.L99"), true).ok());
    for (const QByteArray &stale : {QByteArray("\"2\""), QByteArray("W/\"3\""), QByteArray("\"3"), QByteArray(""),
                                    QByteArray("\"3\"x")}) {
        const Status st = IfMatch::parse(stale, true).check(QStringLiteral("3"), true);
        QVERIFY2(!st.ok(), stale.constData());
        QCOMPARE(st.error().status, 412);
        QCOMPARE(st.error().code, QStringLiteral("version_conflict"));
    }
}

void TestServerComponents::generatedPasswordsPassThePolicyAndDiffer()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString p = PasswordGenerator::generate();
        QCOMPARE(p.size(), PasswordGenerator::Length);
        QCOMPARE(zc::validate::password(p), zc::ValidationError::None);
        for (const QChar c : p)
            QVERIFY2(!QStringLiteral("0O1lI").contains(c), qPrintable(p));
        seen.insert(p);
    }
    QCOMPARE(seen.size(), 200);
}

void TestServerComponents::containsPatternsMatchLiterallyIgnoringCase()
{
    QCOMPARE(Directory::containsPattern(QStringLiteral("AbC")), QStringLiteral("%abc%"));
    QCOMPARE(Directory::containsPattern(QStringLiteral("50%_\\x")), QStringLiteral("%50\\%\\_\\\\x%"));
    QCOMPARE(Directory::nameKey(QStringLiteral("  Zoë ÅBERG ")), QStringLiteral("zoë åberg"));
    // And the database reads them so: % and _ only literally.
    Database db(std::make_unique<SqliteEngine>(m_tmp.filePath(QStringLiteral("like.sqlite3"))));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    const auto like = [&db](const QString &value, const QString &needle) {
        return db.run(QStringLiteral("SELECT CASE WHEN lower(?) LIKE ? ESCAPE '\\' THEN 1 ELSE 0 END"),
                      {value, Directory::containsPattern(needle)})->scalar().toInt() == 1;
    };
    QVERIFY(like(QStringLiteral("完成50%以上"), QStringLiteral("50%")));
    QVERIFY(!like(QStringLiteral("完成50以上"), QStringLiteral("50%")));
    QVERIFY(!like(QStringLiteral("ab"), QStringLiteral("_")));
    QVERIFY(like(QStringLiteral("a_b"), QStringLiteral("_")));
    QVERIFY(like(QStringLiteral("a\\b"), QStringLiteral("\\")));
    QVERIFY(like(Directory::nameKey(QStringLiteral("Zoë ÅBERG")), QStringLiteral("ZOË Å")));
}

void TestServerComponents::roleNamesAreUniquePerUnitByTheDatabase()
{
    Database db(std::make_unique<SqliteEngine>(m_tmp.filePath(QStringLiteral("roles.sqlite3"))));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QVERIFY2(Migrations::run(db, &error), qPrintable(error));
    for (const char *unit : {"91320100134887655B", "91320100MA1MB3Q96K"})
        QVERIFY(db.run(QStringLiteral("INSERT INTO units (uscc, name, region, created_at, updated_at) VALUES (?, 'u', '320100', 0, 0)"),
                       {QString::fromLatin1(unit)}));
    const auto insert = [&db](qint64 unit, const QString &name, bool *constraint) {
        return db.runAllowingConstraint(QStringLiteral("INSERT INTO roles (unit_id, name, name_key, created_by_name, created_at,"
                                                       " updated_at) VALUES (?, ?, ?, '', 0, 0)"),
                                        {unit, name, Directory::nameKey(name)}, constraint)
            .has_value();
    };
    bool constraint = false;
    QVERIFY(insert(1, QStringLiteral("Buyer"), &constraint));
    QVERIFY(!insert(1, QStringLiteral(" bUYER "), &constraint));   // trimmed and lower-cased: the same key
    QVERIFY(constraint);
    QVERIFY(insert(2, QStringLiteral("BUYER"), &constraint));
}

QTEST_MAIN(TestServerComponents)
#include "tst_server_components.moc"
