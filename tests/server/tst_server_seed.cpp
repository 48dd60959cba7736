// --seed: idempotent, validated, all or nothing; the demo data's shapes.
#include "ServerTestSupport.h"
#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using zc::test::ServerDb;
using zc::test::TestServer;
namespace demo = zc::test::demo;

namespace {

// Every credential's hash in id order (portable SQL: SQLite 3.40 has no string_agg).
QString allHashes(ServerDb &db)
{
    const int n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM credentials")).toInt();
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << db.scalar(QStringLiteral("SELECT password_hash FROM credentials ORDER BY id LIMIT 1 OFFSET ?"), {i}).toString();
    return out.join(QLatin1Char('|'));
}

QString demoSeedPath()
{
    return qEnvironmentVariable("ZC_SOURCE_DIR") + QStringLiteral("/server/seed/demo.json");
}

QJsonObject demoSeed()
{
    QFile f(demoSeedPath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString writeSeed(const QTemporaryDir &dir, const QString &name, const QJsonObject &seed)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(seed).toJson());
    return path;
}

// Replaces one field of entry `index` of `section`.
QJsonObject withField(QJsonObject seed, const QString &section, int index, const QString &key, const QJsonValue &value)
{
    QJsonArray a = seed.value(section).toArray();
    QJsonObject entry = a.at(index).toObject();
    entry.insert(key, value);
    a.replace(index, entry);
    seed.insert(section, a);
    return seed;
}

} // namespace

class TestServerSeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedingTwiceChangesNothing();
    void badSeedIsRejectedAndWritesNothing_data();
    void badSeedIsRejectedAndWritesNothing();
    void seedFailingInTheDatabaseLeavesNothingHalfWritten();
    void demoDataHasBothProvincesAndTheChoices();

private:
    QTemporaryDir m_tmp;
};

void TestServerSeed::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY(!demoSeed().isEmpty());
}

void TestServerSeed::seedingTwiceChangesNothing()
{
    TestServer first;
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    QVERIFY(first.log().contains("created a development CA"));
    const QByteArray ca = first.caPem();
    first.stop();
    QVERIFY2(first.log().contains("shutting down") && first.log().contains("stopped"), first.log().right(300).constData());
    QStringList counts;
    QString hashes;
    {
        ServerDb db(first.dataDir());
        counts = db.tableCounts();
        hashes = allHashes(db);
    }
    QVERIFY(counts.contains(QStringLiteral("units:6")));
    QVERIFY(!hashes.isEmpty());

    TestServer::Options o;
    o.dataDir = first.dataDir();   // same directory, same --seed again
    TestServer second(o);
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    QVERIFY2(second.log().contains("0 rows added"), second.log().constData());
    // The TLS material of the first run is reused.
    QVERIFY(!second.log().contains("created a development CA"));
    QCOMPARE(second.caPem(), ca);
    second.stop();
    ServerDb db(first.dataDir());
    QCOMPARE(db.tableCounts(), counts);
    QCOMPARE(allHashes(db), hashes);
    // Each migration applied once.
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(),
             db.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt());
}

void TestServerSeed::badSeedIsRejectedAndWritesNothing_data()
{
    QTest::addColumn<QJsonObject>("seed");
    QTest::addColumn<QString>("message");
    const QJsonObject d = demoSeed();
    // Last character changed: the GB 32100 check character no longer matches.
    QTest::newRow("uscc check") << withField(d, QStringLiteral("units"), 0, QStringLiteral("uscc"), QStringLiteral("12150100460037189A"))
                                << QStringLiteral("units[0].uscc: bad_check_character");
    QTest::newRow("resident id") << withField(d, QStringLiteral("legal_persons"), 1, QStringLiteral("legal_rep_id_number"),
                                              QStringLiteral("150104198209231258"))
                                 << QStringLiteral("legal_persons[1].legal_rep_id_number");
    QTest::newRow("weak password") << withField(d, QStringLiteral("handlers"), 0, QStringLiteral("password"), QStringLiteral("password"))
                                   << QStringLiteral("handlers[0].password: weak_password");
    QTest::newRow("bad phone") << withField(d, QStringLiteral("handlers"), 2, QStringLiteral("phone"), QStringLiteral("12345"))
                               << QStringLiteral("handlers[2].phone");
    QTest::newRow("login") << withField(d, QStringLiteral("units"), 1, QStringLiteral("login"), QStringLiteral("9abc"))
                           << QStringLiteral("units[1].login");
    QTest::newRow("unknown field") << withField(d, QStringLiteral("units"), 0, QStringLiteral("pasword"), QStringLiteral("x"))
                                   << QStringLiteral("units[0].pasword: unknown field");
    QTest::newRow("unknown permission") << withField(d, QStringLiteral("roles"), 0, QStringLiteral("permissions"),
                                                     QJsonArray{QStringLiteral("no.such.permission")})
                                        << QStringLiteral("unknown permission no.such.permission");
    QTest::newRow("two passwords for a phone")
        << withField(d, QStringLiteral("handlers"), 4, QStringLiteral("password"), QStringLiteral("Other@2026"))
        << QStringLiteral("one password per phone");
    QJsonObject unknownSection = d;
    unknownSection.insert(QStringLiteral("unitz"), QJsonArray());
    QTest::newRow("unknown section") << unknownSection << QStringLiteral("unitz: unknown section");
}

void TestServerSeed::badSeedIsRejectedAndWritesNothing()
{
    QFETCH(QJsonObject, seed);
    QFETCH(QString, message);
    TestServer::Options o;
    o.seedFile = writeSeed(m_tmp, QStringLiteral("bad.json"), seed);
    TestServer server(o);
    QVERIFY(!server.start());
    QVERIFY2(server.errorString().contains(QLatin1String("server exited (1)")), qPrintable(server.errorString()));
    QVERIFY2(server.log().contains(message.toUtf8()), server.log().constData());
    QVERIFY(!server.log().contains("listening on"));
    ServerDb db(server.dataDir());
    for (const QString &table : {QStringLiteral("legal_persons"), QStringLiteral("units"), QStringLiteral("credentials")})
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toInt(), 0);
}

void TestServerSeed::seedFailingInTheDatabaseLeavesNothingHalfWritten()
{
    // Valid on its own, but the handler's unit is neither in the file nor in
    // the database: found only while writing, after the registries went in.
    QJsonObject seed = demoSeed();
    QJsonArray handlers;
    handlers.append(QJsonObject{{QStringLiteral("unit_uscc"), QStringLiteral("91150100MA7P8D327J")},
                                {QStringLiteral("phone"), QStringLiteral("13600000000")},
                                {QStringLiteral("name"), QStringLiteral("孙丽")},
                                {QStringLiteral("password"), demo::Password}});
    seed.insert(QStringLiteral("handlers"), handlers);
    TestServer::Options o;
    o.seedFile = writeSeed(m_tmp, QStringLiteral("dangling.json"), seed);
    TestServer server(o);
    QVERIFY(!server.start());
    QVERIFY2(server.log().contains("91150100MA7P8D327J is neither in the seed"), server.log().constData());
    ServerDb db(server.dataDir());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM legal_persons")).toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM units")).toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 0);
}

void TestServerSeed::demoDataHasBothProvincesAndTheChoices()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ServerDb db(server.dataDir());
    QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM units WHERE region LIKE '15%'")).toInt() >= 2);
    QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM units WHERE region LIKE '32%'")).toInt() >= 2);
    // Registry rows for units not registered yet (the registration flow).
    QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM legal_persons l WHERE NOT EXISTS"
                                     " (SELECT 1 FROM units u WHERE u.uscc = l.uscc)")).toInt() >= 2);
    // Among them a Jiangsu hospital, to show 法人注册 → 角色认证 as 医疗机构 (docs/api.md, "Demo data").
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM legal_persons l JOIN insurance_units i ON i.uscc = l.uscc"
                                      " JOIN institutions n ON n.uscc = l.uscc"
                                      " WHERE substr(l.uscc, 3, 2) = '32' AND i.kind = 'medical_institution'"
                                      " AND NOT EXISTS (SELECT 1 FROM units u WHERE u.uscc = l.uscc)")).toInt(),
             1);
    QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM institutions GROUP BY uscc ORDER BY COUNT(*) DESC")).toInt() >= 3);
    QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM units WHERE kind IS NULL")).toInt() >= 1);
    // Every demo login of docs/api.md signs in with Demo@2026.
    for (const QString &login : {QStringLiteral("nmg_hosp"), QStringLiteral("nmg_dist"), QStringLiteral("nmg_kangtai"),
                                 QStringLiteral("js_group"), QStringLiteral("js_dist"), QStringLiteral("js_hosp"),
                                 demo::HospitalHandler, demo::TwoUnitsHandler, demo::BothChoicesHandler,
                                 demo::MustChangeHandler, demo::PlainHandler}) {
        QVERIFY2(server.login(login, demo::Password).status == 201, qPrintable(login));
    }
}

QTEST_GUILESS_MAIN(TestServerSeed)
#include "tst_server_seed.moc"
