// The server's storage pieces on their own (no database server needed): the
// PostgreSQL URL and dialect, the SMS code shapes and purposes, the webhook's
// URL rule and backoff, and the SMS code service over a real SQLite file
// with a recording sender (tries, single use, rate limits, stateless).
#include "server/auth/CaptchaService.h"
#include "server/auth/PasswordScreen.h"
#include "server/Crypto.h"
#include "server/storage/Database.h"
#include "server/storage/Migrations.h"
#include "server/storage/PostgresEngine.h"
#include "server/sms/SmsCodeService.h"
#include "server/sms/SmsSender.h"
#include "server/storage/SqliteEngine.h"
#include "server/sms/WebhookSmsSender.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace zc::server;

namespace {

// Records what would have been sent.
class RecordingSender final : public SmsSender
{
public:
    [[nodiscard]] Status send(const SmsMessage &message) override
    {
        if (fail)
            return internalError();
        sent.append(message);
        return Done{};
    }
    [[nodiscard]] QString name() const override { return QStringLiteral("recording"); }
    QList<SmsMessage> sent;
    bool fail = false;
};

} // namespace

class TestServerEngines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void postgresUrlsAreParsedAndCheckedBeforeUse_data();
    void postgresUrlsAreParsedAndCheckedBeforeUse();
    void postgresDialectAndConstraintClass();
    void smsCodeShapesAndPurposes();
    void webhookUrlsAndBackoff();
    void smsCodesVerifyCountTriesAndAreUsedOnce();
    void smsCodeSendingIsRateLimitedAndAllOrNothing();
    void sqliteCommitMarkMovesWithEveryCommitOfAnyConnection();
    void sqliteDataStampSeesEveryCommitOfAnotherConnection();
    void passwordScreen_data();
    void passwordScreen();

private:
    struct Fixture
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<CaptchaService> captchas;
        RecordingSender sender;
        std::unique_ptr<SmsCodeService> sms;
    };
    void makeFixture(Fixture &f, const QString &name);
    QString solvedCaptcha(Fixture &f);

    QTemporaryDir m_tmp;
};

void TestServerEngines::initTestCase()
{
    QVERIFY(Crypto::initialize());
    QVERIFY(m_tmp.isValid());
}

void TestServerEngines::postgresUrlsAreParsedAndCheckedBeforeUse_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("sslMode");

    QTest::newRow("loopback") << "postgresql://zc@127.0.0.1:5433/zhaocai" << true << "127.0.0.1" << 5433 << "zhaocai"
                              << "zc" << "" << "";
    QTest::newRow("default port") << "postgres://zc@localhost/zhaocai" << true << "localhost" << 5432 << "zhaocai" << "zc"
                                  << "" << "";
    QTest::newRow("password, encoded") << "postgresql://zc:p%40ss%3Aw@127.0.0.1/db" << true << "127.0.0.1" << 5432 << "db"
                                       << "zc" << "p@ss:w" << "";
    QTest::newRow("ipv6 loopback") << "postgresql://zc@[::1]:6000/db" << true << "::1" << 6000 << "db" << "zc" << ""
                                   << "";
    QTest::newRow("socket directory") << "postgresql://zc@localhost/db?host=/run/postgresql" << true << "/run/postgresql"
                                      << 5432 << "db" << "zc" << "" << "";
    QTest::newRow("remote gets verify-full") << "postgresql://zc@db.example.com/zhaocai" << true << "db.example.com" << 5432
                                             << "zhaocai" << "zc" << "" << "verify-full";
    QTest::newRow("remote verify-full kept") << "postgresql://zc@10.0.0.5/zhaocai?sslmode=verify-full&sslrootcert=/etc/ca.pem"
                                             << true << "10.0.0.5" << 5432 << "zhaocai" << "zc" << "" << "verify-full";
    QTest::newRow("remote without verification") << "postgresql://zc@db.example.com/zhaocai?sslmode=require" << false << ""
                                                 << 0 << "" << "" << "" << "";
    QTest::newRow("no database") << "postgresql://zc@127.0.0.1/" << false << "" << 0 << "" << "" << "" << "";
    QTest::newRow("no user") << "postgresql://127.0.0.1/db" << false << "" << 0 << "" << "" << "" << "";
    QTest::newRow("unknown parameter") << "postgresql://zc@127.0.0.1/db?options=-c%20x" << false << "" << 0 << "" << ""
                                       << "" << "";
    QTest::newRow("bad sslmode") << "postgresql://zc@127.0.0.1/db?sslmode=sometimes" << false << "" << 0 << "" << "" << ""
                                 << "";
    QTest::newRow("not postgres") << "mysql://zc@127.0.0.1/db" << false << "" << 0 << "" << "" << "" << "";
}

void TestServerEngines::postgresUrlsAreParsedAndCheckedBeforeUse()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    QString error;
    const auto s = PostgresEngine::parseUrl(url, &error);
    QCOMPARE(s.has_value(), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, sslMode);
    QCOMPARE(s->host, host);
    QCOMPARE(s->port, port);
    QCOMPARE(s->database, database);
    QCOMPARE(s->user, user);
    QCOMPARE(s->password, password);
    QCOMPARE(s->sslMode, sslMode);
    // The display form never carries the password.
    QVERIFY(!password.isEmpty() ? !s->displayUrl().contains(password) : true);
    QVERIFY(s->displayUrl().startsWith(QLatin1String("postgresql://")));
}

void TestServerEngines::postgresDialectAndConstraintClass()
{
    const PostgresEngine pg(PostgresEngine::Settings{});
    QCOMPARE(pg.name(), QStringLiteral("postgresql"));
    QCOMPARE(pg.ddl(QStringLiteral("CREATE TABLE t (id {{id}}, x TEXT)")),
             QStringLiteral("CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, x TEXT)"));
    QVERIFY(pg.beginSql().startsWith(QLatin1String("BEGIN")));
    QVERIFY(pg.beginSql().contains(QLatin1String("pg_advisory_xact_lock")));
    QVERIFY(pg.isConstraintViolation(QSqlError(QString(), QString(), QSqlError::StatementError, QStringLiteral("23505"))));
    QVERIFY(pg.isConstraintViolation(QSqlError(QString(), QString(), QSqlError::StatementError, QStringLiteral("23503"))));
    QVERIFY(!pg.isConstraintViolation(QSqlError(QString(), QString(), QSqlError::StatementError, QStringLiteral("40001"))));
    QVERIFY(!pg.isConstraintViolation(QSqlError(QString(), QString(), QSqlError::StatementError, QStringLiteral("42P01"))));
    QVERIFY(PostgresEngine::isPostgresUrl(QStringLiteral("postgresql://a@b/c")));
    QVERIFY(!PostgresEngine::isPostgresUrl(QStringLiteral("sqlite")));
}

void TestServerEngines::smsCodeShapesAndPurposes()
{
    QVERIFY(SmsCodeService::isWellFormed(QStringLiteral("012345")));
    for (const QString &bad : {QStringLiteral(""), QStringLiteral("12345"), QStringLiteral("1234567"),
                               QStringLiteral("12345a"), QStringLiteral("１２３４５６"), QStringLiteral(" 12345")})
        QVERIFY2(!SmsCodeService::isWellFormed(bad), qPrintable(bad));
    for (const auto p : {SmsCodeService::Purpose::Register, SmsCodeService::Purpose::AddHandler,
                         SmsCodeService::Purpose::ResetPassword})
        QCOMPARE(SmsCodeService::purposeFromString(SmsCodeService::purposeName(p)), p);
    QCOMPARE(SmsCodeService::purposeName(SmsCodeService::Purpose::AddHandler), QStringLiteral("add_handler"));
    QVERIFY(!SmsCodeService::purposeFromString(QStringLiteral("Register")));
    QVERIFY(!SmsCodeService::purposeFromString(QString()));
}

void TestServerEngines::webhookUrlsAndBackoff()
{
    QString error;
    QVERIFY(WebhookSmsSender::checkUrl(QUrl(QStringLiteral("https://sms.example.com/send")), &error));
    QVERIFY(WebhookSmsSender::checkUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/send")), &error));
    QVERIFY(WebhookSmsSender::checkUrl(QUrl(QStringLiteral("http://[::1]:8080/send")), &error));
    QVERIFY(WebhookSmsSender::checkUrl(QUrl(QStringLiteral("http://localhost/send")), &error));
    QVERIFY(!WebhookSmsSender::checkUrl(QUrl(QStringLiteral("http://10.1.2.3/send")), &error));
    QVERIFY(!WebhookSmsSender::checkUrl(QUrl(QStringLiteral("ftp://127.0.0.1/send")), &error));
    QVERIFY(!WebhookSmsSender::checkUrl(QUrl(QStringLiteral("/relative")), &error));

    WebhookSmsSender::Settings s;
    s.initialBackoffMs = 1000;
    s.maxBackoffMs = 10000;
    QCOMPARE(WebhookSmsSender::backoffMs(s, 1), 1000LL);
    QCOMPARE(WebhookSmsSender::backoffMs(s, 2), 2000LL);
    QCOMPARE(WebhookSmsSender::backoffMs(s, 4), 8000LL);
    QCOMPARE(WebhookSmsSender::backoffMs(s, 5), 10000LL);
    QCOMPARE(WebhookSmsSender::backoffMs(s, 60), 10000LL);
}

void TestServerEngines::makeFixture(Fixture &f, const QString &name)
{
    f.db = std::make_unique<Database>(std::make_unique<SqliteEngine>(m_tmp.filePath(name)));
    QString error;
    QVERIFY2(f.db->open(&error), qPrintable(error));
    QVERIFY2(Migrations::run(*f.db, &error), qPrintable(error));
    f.captchas = std::make_unique<CaptchaService>(*f.db, true);
    f.sms = std::make_unique<SmsCodeService>(*f.db, f.sender, *f.captchas);
}

QString TestServerEngines::solvedCaptcha(Fixture &f)
{
    const auto c = f.captchas->create();
    return c ? c->id : QString();
}

void TestServerEngines::smsCodesVerifyCountTriesAndAreUsedOnce()
{
    Fixture f;
    makeFixture(f, QStringLiteral("codes.sqlite3"));
    const QString phone = QStringLiteral("13704711234");
    const QString id = solvedCaptcha(f);
    const auto answer = f.captchas->devAnswer(id);
    QVERIFY(answer && answer->has_value());
    const auto sent = f.sms->request(phone, SmsCodeService::Purpose::AddHandler, id, *answer.value());
    QVERIFY(sent.ok());
    QCOMPARE(sent->expiresIn, 300);
    QCOMPARE(sent->resendAfter, 60);
    QCOMPARE(f.sender.sent.size(), 1);
    const QString code = f.sender.sent.first().code;
    QVERIFY(SmsCodeService::isWellFormed(code));
    QCOMPARE(f.sender.sent.first().kind, QStringLiteral("sms_code"));

    // Wrong purpose: refused without counting.
    QCOMPARE(f.sms->verify(phone, SmsCodeService::Purpose::Register, code).error().code, QStringLiteral("sms_code_invalid"));
    // A wrong code counts one try.
    const QString wrong = code == QLatin1String("999999") ? QStringLiteral("000000") : QStringLiteral("999999");
    QCOMPARE(f.sms->verify(phone, SmsCodeService::Purpose::AddHandler, wrong).error().field, QStringLiteral("sms_code"));
    QCOMPARE(f.db->run(QStringLiteral("SELECT tries_left FROM sms_codes"))->scalar().toInt(), 4);

    // Verified twice (two requests at once), consumed once: the second loses.
    const auto t1 = f.sms->verify(phone, SmsCodeService::Purpose::AddHandler, code);
    const auto t2 = f.sms->verify(phone, SmsCodeService::Purpose::AddHandler, code);
    QVERIFY(t1.ok() && t2.ok());
    const Status first = f.db->transaction<Done>([&]() -> Status { return f.sms->consume(t1.value()); });
    QVERIFY(first.ok());
    const Status second = f.db->transaction<Done>([&]() -> Status { return f.sms->consume(t2.value()); });
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, QStringLiteral("sms_code_invalid"));
    QCOMPARE(f.sms->verify(phone, SmsCodeService::Purpose::AddHandler, code).error().code, QStringLiteral("sms_code_invalid"));

    // A consume rolled back with its request leaves the code usable.
    QVERIFY(f.db->run(QStringLiteral("UPDATE sms_codes SET created_at = created_at - 61000")));
    const QString id2 = solvedCaptcha(f);
    QVERIFY(f.sms->request(phone, SmsCodeService::Purpose::AddHandler, id2, *f.captchas->devAnswer(id2).value()).ok());
    const QString code2 = f.sender.sent.last().code;
    const auto t3 = f.sms->verify(phone, SmsCodeService::Purpose::AddHandler, code2);
    QVERIFY(t3.ok());
    const Status failed = f.db->transaction<Done>([&]() -> Status {
        if (const Status s = f.sms->consume(t3.value()); !s)
            return s;
        return apiError(409, zc::ErrorCode::LoginTaken);   // the guarded write fails
    });
    QVERIFY(!failed.ok());
    QVERIFY(f.sms->verify(phone, SmsCodeService::Purpose::AddHandler, code2).ok());
}

void TestServerEngines::smsCodeSendingIsRateLimitedAndAllOrNothing()
{
    Fixture f;
    makeFixture(f, QStringLiteral("limits.sqlite3"));
    const QString phone = QStringLiteral("13704711234");
    const auto ask = [&]() {
        const QString id = solvedCaptcha(f);
        return f.sms->request(phone, SmsCodeService::Purpose::Register, id, *f.captchas->devAnswer(id).value());
    };
    QVERIFY(ask().ok());
    const auto limited = ask();
    QVERIFY(!limited.ok());
    QCOMPARE(limited.error().status, 429);
    QCOMPARE(limited.error().code, QStringLiteral("rate_limited"));
    QVERIFY(limited.error().retryAfter > 0 && limited.error().retryAfter <= 60);
    // A wrong captcha: 422 before any limit.
    const QString id = solvedCaptcha(f);
    QCOMPARE(f.sms->request(phone, SmsCodeService::Purpose::Register, id, QStringLiteral("nope")).error().code,
             QStringLiteral("captcha_invalid"));

    // A failing sender leaves no code behind (and so counts towards no limit).
    QVERIFY(f.db->run(QStringLiteral("UPDATE sms_codes SET created_at = created_at - 61000")));
    f.sender.fail = true;
    QVERIFY(!ask().ok());
    QCOMPARE(f.db->run(QStringLiteral("SELECT COUNT(*) FROM sms_codes"))->scalar().toInt(), 1);
    f.sender.fail = false;
    QVERIFY(ask().ok());
    QCOMPARE(f.sender.sent.size(), 2);

    // Everything is in the database: a second service on the same file sees the limit.
    Fixture other;
    makeFixture(other, QStringLiteral("limits.sqlite3"));
    const QString otherId = solvedCaptcha(other);
    QCOMPARE(other.sms->request(phone, SmsCodeService::Purpose::ResetPassword, otherId,
                                *other.captchas->devAnswer(otherId).value()).error().code,
             QStringLiteral("rate_limited"));
    // Purged after a day, not before.
    f.sms->purgeExpired();
    QCOMPARE(f.db->run(QStringLiteral("SELECT COUNT(*) FROM sms_codes"))->scalar().toInt(), 2);
    QVERIFY(f.db->run(QStringLiteral("UPDATE sms_codes SET created_at = created_at - 86400000")));
    f.sms->purgeExpired();
    QCOMPARE(f.db->run(QStringLiteral("SELECT COUNT(*) FROM sms_codes"))->scalar().toInt(), 0);
}

// SQLite's stamp for the caches: the WAL-index mark moves with every commit of
// any connection and stays put without one; the data stamp built on it never
// misses another connection's commit.
void TestServerEngines::sqliteCommitMarkMovesWithEveryCommitOfAnyConnection()
{
    const QString path = m_tmp.filePath(QStringLiteral("mark.sqlite3"));
    Database writer(std::make_unique<SqliteEngine>(path));
    QString error;
    QVERIFY2(writer.open(&error), qPrintable(error));
    QVERIFY2(writer.execDdl(QStringLiteral("CREATE TABLE t (x INTEGER)"), &error), qPrintable(error));

    SqliteEngine reader(path);
    const QString name = QStringLiteral("mark-reader");
    QVERIFY2(reader.open(name, &error), qPrintable(error));
    {
        QSqlQuery read(QSqlDatabase::database(name));
        QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM t")));   // maps the WAL-index
    }
    const QByteArray before = reader.commitMark();
    QCOMPARE(before.size(), 48);
    QCOMPARE(reader.commitMark(), before);   // nothing committed: the same mark

    QByteArray last = before;
    for (int i = 0; i < 50; ++i) {
        QVERIFY(writer.run(QStringLiteral("INSERT INTO t (x) VALUES (?)"), {i}));
        const QByteArray now = reader.commitMark();
        QVERIFY2(!now.isEmpty() && now != last, qPrintable(QStringLiteral("commit %1 left the mark").arg(i)));
        last = now;
    }
    // A checkpoint that restarts the WAL keeps the content; the next commit still moves the mark.
    QVERIFY(writer.run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    const QByteArray afterCheckpoint = reader.commitMark();
    QVERIFY(writer.run(QStringLiteral("INSERT INTO t (x) VALUES (?)"), {-1}));
    QVERIFY(reader.commitMark() != afterCheckpoint);
    QSqlDatabase::database(name).close();
    QSqlDatabase::removeDatabase(name);
}

void TestServerEngines::sqliteDataStampSeesEveryCommitOfAnotherConnection()
{
    const QString path = m_tmp.filePath(QStringLiteral("stamp.sqlite3"));
    Database a(std::make_unique<SqliteEngine>(path));
    Database b(std::make_unique<SqliteEngine>(path));
    QString error;
    QVERIFY2(a.open(&error), qPrintable(error));
    QVERIFY2(b.open(&error), qPrintable(error));
    QVERIFY2(a.execDdl(QStringLiteral("CREATE TABLE t (x INTEGER)"), &error), qPrintable(error));

    const std::optional<DataStamp> first = b.dataStamp();
    QVERIFY(first);
    QCOMPARE(b.dataStamp(), first);   // nothing committed: unmoved (read from the mark)
    std::optional<DataStamp> last = first;
    for (int i = 0; i < 50; ++i) {
        QVERIFY(a.run(QStringLiteral("INSERT INTO t (x) VALUES (?)"), {i}));
        const std::optional<DataStamp> now = b.dataStamp();
        QVERIFY(now);
        QVERIFY2(*now != *last, qPrintable(QStringLiteral("commit %1 of the other connection unseen").arg(i)));
        QCOMPARE(b.dataStamp(), now);
        last = now;
    }
    // Its own writes move it too.
    QVERIFY(b.run(QStringLiteral("INSERT INTO t (x) VALUES (?)"), {100}));
    QVERIFY(*b.dataStamp() != *last);
}

void TestServerEngines::passwordScreen_data()
{
    using W = PasswordScreen::Weakness;
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("expected");
    QTest::newRow("fine") << QStringLiteral("Test@2026x") << int(W::None);
    QTest::newRow("fine with Chinese") << QStringLiteral("青山绿水Ab#9") << int(W::None);
    QTest::newRow("rules: short") << QStringLiteral("Ab1#") << int(W::Rules);
    QTest::newRow("rules: two kinds") << QStringLiteral("abcdefgh12") << int(W::Rules);
    QTest::newRow("unchanged") << QStringLiteral("Old@2026pass") << int(W::Unchanged);
    QTest::newRow("dictionary word") << QStringLiteral("Password1!") << int(W::Common);
    QTest::newRow("look-alikes") << QStringLiteral("P@ssw0rd") << int(W::Common);
    QTest::newRow("look-alike digits") << QStringLiteral("Pa55word!") << int(W::Common);
    QTest::newRow("keyboard row") << QStringLiteral("Qwerty123!") << int(W::Common);
    QTest::newRow("keyboard walk") << QStringLiteral("1qaz@WSX") << int(W::Common);
    QTest::newRow("pinyin phrase") << QStringLiteral("Woaini1314!") << int(W::Common);
    QTest::newRow("published demo password") << QStringLiteral("Demo@2026") << int(W::Common);
    QTest::newRow("admin and digits") << QStringLiteral("Admin@123") << int(W::Common);
    QTest::newRow("login") << QStringLiteral("Js_Hosp#2026") << int(W::Personal);
    QTest::newRow("login reversed") << QStringLiteral("psoh_sj#2026A") << int(W::Personal);
    QTest::newRow("phone") << QStringLiteral("Ab#13951000003") << int(W::Personal);
    QTest::newRow("unit name") << QStringLiteral("南京市玄武区人民医院Ab1") << int(W::Personal);
    QTest::newRow("person's name") << QStringLiteral("陈静Abc#2026") << int(W::Personal);
}

// New passwords: the house rules, then common and breached ones (cracklib's
// dictionary, look-alikes, the bundled list), then the account's own words.
void TestServerEngines::passwordScreen()
{
    QFETCH(QString, password);
    QFETCH(int, expected);
    QString why;
    QVERIFY2(PasswordScreen::dictionaryAvailable(&why), qPrintable(why));
    const PasswordScreen::Context context{QStringLiteral("js_hosp"),
                                          {QStringLiteral("13951000003"), QStringLiteral("南京市玄武区人民医院"),
                                           QStringLiteral("陈静")},
                                          QStringLiteral("Old@2026pass")};
    QCOMPARE(int(PasswordScreen::check(password, context)), expected);
    const std::optional<zc::ApiError> refusal = PasswordScreen::refusal(password, context, QStringLiteral("new_password"));
    QCOMPARE(refusal.has_value(), expected != int(PasswordScreen::Weakness::None));
    if (refusal) {
        QCOMPARE(refusal->status, 422);
        QCOMPARE(refusal->code, QStringLiteral("weak_password"));
        QCOMPARE(refusal->field, QStringLiteral("new_password"));
        QCOMPARE(refusal->reason, PasswordScreen::reasonName(PasswordScreen::Weakness(expected)));
    }
}

QTEST_MAIN(TestServerEngines)
#include "tst_server_engines.moc"
