// The gates of a session: 选择登录单位 (unit choice), 选择医疗机构 (the
// permanent institution choice, race-safe across processes) and their order.
#include "ServerTestSupport.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTest>

using zc::test::ServerDb;
using zc::test::TestServer;
namespace demo = zc::test::demo;

namespace {

QJsonObject idBody(const char *key, qint64 id)
{
    return QJsonObject{{QLatin1String(key), id}};
}

QList<qint64> optionIds(const QJsonObject &session, const char *choice)
{
    QList<qint64> ids;
    const QJsonArray options = session.value(QLatin1String(choice)).toObject().value(QLatin1String("options")).toArray();
    for (const QJsonValue &v : options)
        ids << v.toObject().value(QLatin1String("id")).toInteger();
    return ids;
}

bool required(const QJsonObject &session, const char *choice)
{
    return session.value(QLatin1String(choice)).toObject().value(QLatin1String("required")).toBool();
}

} // namespace

class TestServerChoices : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void phoneInTwoUnitsChoosesItsUnit();
    void unitChoiceRejectsBadAndForeignUnits();
    void institutionChoiceIsPermanent();
    void institutionChoiceRejectsForeignInstitutions();
    void unitInstitutionsNameTheChoice();
    void mainAccountHasNoChoicePending();
    void gatesComeInOrderUnitThenInstitution();
    void concurrentInstitutionChoicesHaveExactlyOneWinner();

private:
    std::unique_ptr<TestServer> m_server;
};

void TestServerChoices::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestServerChoices::cleanup()
{
    m_server.reset();
}

void TestServerChoices::phoneInTwoUnitsChoosesItsUnit()
{
    const auto r = m_server->login(demo::TwoUnitsHandler, demo::Password);
    QCOMPARE(r.status, 201);
    const QJsonObject s = r.object();
    QVERIFY(s.value(QLatin1String("account")).isNull());
    QVERIFY(s.value(QLatin1String("unit")).isNull());
    QVERIFY(required(s, "unit_choice"));
    const QList<qint64> units = optionIds(s, "unit_choice");
    QCOMPARE(units.size(), 2);
    const QString token = s.value(QLatin1String("token")).toString();

    // Everything but /me, logout, the choices and the password answers 403 until then.
    const auto gated = m_server->request("GET", QStringLiteral("/permissions"), {}, token);
    QCOMPARE(gated.status, 403);
    QCOMPARE(gated.errorCode(), QStringLiteral("unit_choice_required"));
    QCOMPARE(m_server->request("GET", QStringLiteral("/me"), {}, token).status, 200);
    QCOMPARE(m_server->request("POST", QStringLiteral("/sessions/current/institution"), idBody("institution_id", 1), token)
                 .errorCode(),
             QStringLiteral("unit_choice_required"));

    // Pick the distributor (the second option).
    const QJsonArray options = s.value(QLatin1String("unit_choice")).toObject().value(QLatin1String("options")).toArray();
    qint64 distributor = 0;
    for (const QJsonValue &v : options)
        if (v.toObject().value(QLatin1String("kind")).toString() == QLatin1String("distributor"))
            distributor = v.toObject().value(QLatin1String("id")).toInteger();
    QVERIFY(distributor > 0);
    const auto chosen = m_server->request("POST", QStringLiteral("/sessions/current/unit"), idBody("unit_id", distributor), token);
    QCOMPARE(chosen.status, 200);
    const QJsonObject after = chosen.object();
    QVERIFY(!after.contains(QLatin1String("token")));
    QVERIFY(!required(after, "unit_choice"));
    QCOMPARE(after.value(QLatin1String("unit")).toObject().value(QLatin1String("id")).toInteger(), distributor);
    QCOMPARE(after.value(QLatin1String("account")).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("handler"));
    QCOMPARE(after.value(QLatin1String("permissions")).toArray(),
             QJsonArray({QStringLiteral("drug.purchase.delivery"), QStringLiteral("consumable.purchase.delivery")}));
    QCOMPARE(m_server->request("GET", QStringLiteral("/permissions"), {}, token).status, 200);

    // Chosen for this session: asking again is a conflict; the next sign-in asks again.
    const auto again = m_server->request("POST", QStringLiteral("/sessions/current/unit"), idBody("unit_id", units.first()), token);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("no_choice_pending"));
    const auto next = m_server->login(demo::TwoUnitsHandler, demo::Password);
    QVERIFY(required(next.object(), "unit_choice"));
    QVERIFY(next.object().value(QLatin1String("account")).isNull());
}

void TestServerChoices::unitChoiceRejectsBadAndForeignUnits()
{
    const QString token = m_server->loginToken(demo::TwoUnitsHandler, demo::Password);
    QVERIFY(!token.isEmpty());
    const auto text = m_server->request("POST", QStringLiteral("/sessions/current/unit"),
                                        QJsonObject{{QStringLiteral("unit_id"), QStringLiteral("1")}}, token);
    QCOMPARE(text.status, 400);
    QCOMPARE(text.errorCode(), QStringLiteral("invalid_field"));
    QCOMPARE(text.object().value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString(),
             QStringLiteral("unit_id"));
    QCOMPARE(m_server->request("POST", QStringLiteral("/sessions/current/unit"), idBody("unit_id", -3), token).status, 400);
    // The hospital group's unit exists but this phone is not its handler: 404, not 403.
    ServerDb db(m_server->dataDir());
    const qint64 foreign = db.scalar(QStringLiteral("SELECT id FROM units WHERE uscc = '12150100460037189N'")).toLongLong();
    QVERIFY(foreign > 0);
    const auto other = m_server->request("POST", QStringLiteral("/sessions/current/unit"), idBody("unit_id", foreign), token);
    QCOMPARE(other.status, 404);
    QCOMPARE(other.errorCode(), QStringLiteral("not_found"));
    QCOMPARE(m_server->request("POST", QStringLiteral("/sessions/current/unit"), idBody("unit_id", 999999), token).status, 404);
}

void TestServerChoices::institutionChoiceIsPermanent()
{
    const auto r = m_server->login(demo::HospitalHandler, demo::Password);
    QCOMPARE(r.status, 201);
    const QJsonObject s = r.object();
    QVERIFY(!s.value(QLatin1String("account")).isNull());
    QVERIFY(required(s, "institution_choice"));
    const QList<qint64> institutions = optionIds(s, "institution_choice");
    QCOMPARE(institutions.size(), 3);
    const QJsonObject first = s.value(QLatin1String("institution_choice")).toObject().value(QLatin1String("options"))
                                  .toArray().first().toObject();
    QVERIFY(!first.value(QLatin1String("level")).toString().isEmpty());
    QVERIFY(!first.value(QLatin1String("address")).toString().isEmpty());
    const QString token = s.value(QLatin1String("token")).toString();

    const auto gated = m_server->request("GET", QStringLiteral("/permissions"), {}, token);
    QCOMPARE(gated.status, 403);
    QCOMPARE(gated.errorCode(), QStringLiteral("institution_choice_required"));

    const auto chosen = m_server->request("POST", QStringLiteral("/sessions/current/institution"),
                                          idBody("institution_id", institutions.at(1)), token);
    QCOMPARE(chosen.status, 200);
    QVERIFY(!required(chosen.object(), "institution_choice"));
    QCOMPARE(chosen.object().value(QLatin1String("account")).toObject().value(QLatin1String("institution_id")).toInteger(),
             institutions.at(1));
    QCOMPARE(m_server->request("GET", QStringLiteral("/permissions"), {}, token).status, 200);

    // Permanent: a second choice is a conflict, from this session or a new one.
    const auto again = m_server->request("POST", QStringLiteral("/sessions/current/institution"),
                                         idBody("institution_id", institutions.at(0)), token);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("institution_already_chosen"));
    const auto next = m_server->login(demo::HospitalHandler, demo::Password);
    QVERIFY(!required(next.object(), "institution_choice"));
    QCOMPARE(m_server->request("POST", QStringLiteral("/sessions/current/institution"), idBody("institution_id", institutions.at(2)),
                               next.object().value(QLatin1String("token")).toString())
                 .errorCode(),
             QStringLiteral("institution_already_chosen"));
    ServerDb db(m_server->dataDir());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'account.choose_institution'")).toInt(), 1);
}

void TestServerChoices::institutionChoiceRejectsForeignInstitutions()
{
    const QString token = m_server->loginToken(demo::HospitalHandler, demo::Password);
    ServerDb db(m_server->dataDir());
    // Jiangsu's hospital: an institution of another USCC.
    const qint64 foreign = db.scalar(QStringLiteral("SELECT id FROM institutions WHERE code = 'H32010200021'")).toLongLong();
    QVERIFY(foreign > 0);
    const auto r = m_server->request("POST", QStringLiteral("/sessions/current/institution"), idBody("institution_id", foreign), token);
    QCOMPARE(r.status, 404);
    QCOMPARE(m_server->request("POST", QStringLiteral("/sessions/current/institution"), QJsonObject{}, token).status, 400);
    QCOMPARE(m_server->requestRaw("POST", QStringLiteral("/sessions/current/institution"), "{", token).errorCode(),
             QStringLiteral("malformed_json"));
}

void TestServerChoices::unitInstitutionsNameTheChoice()
{
    const auto institutionIds = [this](const QString &token) {
        const auto r = m_server->request("GET", QStringLiteral("/unit/institutions"), {}, token);
        QList<qint64> ids;
        if (r.status != 200)
            return QList<qint64>{-r.status};
        for (const QJsonValue &v : r.object().value(QLatin1String("items")).toArray())
            ids << v.toObject().value(QLatin1String("id")).toInteger();
        return ids;
    };
    // A handler asked to choose gets the list only after choosing (a ready session).
    const auto r = m_server->login(demo::HospitalHandler, demo::Password);
    const QString token = r.object().value(QLatin1String("token")).toString();
    const QList<qint64> options = optionIds(r.object(), "institution_choice");
    QCOMPARE(options.size(), 3);
    const auto gated = m_server->request("GET", QStringLiteral("/unit/institutions"), {}, token);
    QCOMPARE(gated.status, 403);
    QCOMPARE(gated.errorCode(), QStringLiteral("institution_choice_required"));
    QCOMPARE(m_server->request("POST", QStringLiteral("/sessions/current/institution"),
                               idBody("institution_id", options.at(2)), token).status, 200);
    const auto listed = m_server->request("GET", QStringLiteral("/unit/institutions"), {}, token);
    QCOMPARE(listed.status, 200);
    const QJsonArray items = listed.object().value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 3);
    QStringList names;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.value(QLatin1String("name")).toString().isEmpty());
        QVERIFY(!o.value(QLatin1String("code")).toString().isEmpty());
        names << o.value(QLatin1String("name")).toString();
    }
    QCOMPARE(institutionIds(token), options);   // the same institutions, in the same order as the choice
    QVERIFY(names.contains(QStringLiteral("呼和浩特市第一医院东院区")));

    // The main account of the same unit sees them too; a manufacturer has none.
    QCOMPARE(institutionIds(m_server->loginToken(demo::HospitalMain, demo::Password)), options);
    QCOMPARE(institutionIds(m_server->loginToken(demo::GroupMain, demo::Password)), QList<qint64>{});
    QCOMPARE(m_server->request("GET", QStringLiteral("/unit/institutions"), {}, QStringLiteral("not-a-token")).status, 401);
}

void TestServerChoices::mainAccountHasNoChoicePending()
{
    const auto r = m_server->login(demo::HospitalMain, demo::Password);
    QVERIFY(!required(r.object(), "institution_choice"));
    const QString token = r.object().value(QLatin1String("token")).toString();
    ServerDb db(m_server->dataDir());
    const qint64 own = db.scalar(QStringLiteral("SELECT id FROM institutions WHERE code = 'H15010200012'")).toLongLong();
    const auto inst = m_server->request("POST", QStringLiteral("/sessions/current/institution"), idBody("institution_id", own), token);
    QCOMPARE(inst.status, 409);
    QCOMPARE(inst.errorCode(), QStringLiteral("no_choice_pending"));
    const qint64 unit = r.object().value(QLatin1String("unit")).toObject().value(QLatin1String("id")).toInteger();
    const auto u = m_server->request("POST", QStringLiteral("/sessions/current/unit"), idBody("unit_id", unit), token);
    QCOMPARE(u.status, 409);
    QCOMPARE(u.errorCode(), QStringLiteral("no_choice_pending"));
    // A handler whose unit has one institution is not asked either.
    const QString plain = m_server->loginToken(demo::PlainHandler, demo::Password);
    const qint64 js = db.scalar(QStringLiteral("SELECT id FROM institutions WHERE code = 'H32010200021'")).toLongLong();
    QCOMPARE(m_server->request("POST", QStringLiteral("/sessions/current/institution"), idBody("institution_id", js), plain)
                 .errorCode(),
             QStringLiteral("no_choice_pending"));
}

void TestServerChoices::gatesComeInOrderUnitThenInstitution()
{
    // 张伟: a handler of the hospital group and of a distributor.
    const auto r = m_server->login(demo::BothChoicesHandler, demo::Password);
    const QString token = r.object().value(QLatin1String("token")).toString();
    QVERIFY(required(r.object(), "unit_choice"));
    QVERIFY(!required(r.object(), "institution_choice"));
    QCOMPARE(m_server->request("GET", QStringLiteral("/permissions"), {}, token).errorCode(), QStringLiteral("unit_choice_required"));
    ServerDb db(m_server->dataDir());
    const qint64 hospital = db.scalar(QStringLiteral("SELECT id FROM units WHERE uscc = '12150100460037189N'")).toLongLong();
    const auto chosen = m_server->request("POST", QStringLiteral("/sessions/current/unit"), idBody("unit_id", hospital), token);
    QCOMPARE(chosen.status, 200);
    QVERIFY(required(chosen.object(), "institution_choice"));
    QCOMPARE(m_server->request("GET", QStringLiteral("/permissions"), {}, token).errorCode(),
             QStringLiteral("institution_choice_required"));
    // With the password flag set too, the institution still comes first.
    QVERIFY(db.exec(QStringLiteral("UPDATE credentials SET password_change_required = 1 WHERE phone = ?"),
                    {demo::BothChoicesHandler}));
    QCOMPARE(m_server->request("GET", QStringLiteral("/permissions"), {}, token).errorCode(),
             QStringLiteral("institution_choice_required"));
    const qint64 institution = optionIds(chosen.object(), "institution_choice").first();
    QCOMPARE(m_server->request("POST", QStringLiteral("/sessions/current/institution"), idBody("institution_id", institution), token)
                 .status,
             200);
    QCOMPARE(m_server->request("GET", QStringLiteral("/permissions"), {}, token).errorCode(),
             QStringLiteral("password_change_required"));
}

void TestServerChoices::concurrentInstitutionChoicesHaveExactlyOneWinner()
{
    // Two server processes on one database: the choice must be decided by the
    // database, not by one process happening to serialise requests.
    TestServer::Options o;
    o.dataDir = m_server->dataDir();
    o.seedFile = QStringLiteral("-");
    TestServer second(o);
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    TestServer *servers[2] = {m_server.get(), &second};

    constexpr int Sessions = 8;
    QStringList tokens;
    for (int i = 0; i < Sessions; ++i) {
        const QString t = servers[i % 2]->loginToken(demo::HospitalHandler, demo::Password);
        QVERIFY(!t.isEmpty());
        tokens << t;
    }
    ServerDb db(m_server->dataDir());
    QList<qint64> institutions;
    for (const QString &code : {QStringLiteral("H15010200011"), QStringLiteral("H15010200012"), QStringLiteral("H15010300013")})
        institutions << db.scalar(QStringLiteral("SELECT id FROM institutions WHERE code = ?"), {code}).toLongLong();

    QNetworkAccessManager nams[2];
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(m_server->caCertificates());
    constexpr int Rounds = 12;
    for (int round = 0; round < Rounds; ++round) {
        QVERIFY(db.exec(QStringLiteral("UPDATE accounts SET institution_id = NULL WHERE login = ?"), {demo::HospitalHandler}));
        QList<QNetworkReply *> replies;
        for (int i = 0; i < Sessions; ++i) {
            QUrl url = servers[i % 2]->baseUrl();
            url.setPath(QStringLiteral("/api/v1/sessions/current/institution"));
            QNetworkRequest req(url);
            req.setSslConfiguration(ssl);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            req.setRawHeader("Authorization", "Bearer " + tokens.at(i).toLatin1());
            req.setTransferTimeout(20000);
            const QJsonObject body = idBody("institution_id", institutions.at((i + round) % institutions.size()));
            replies << nams[i % 2].post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }),
                                 20000);
        int won = 0;
        int conflicts = 0;
        qint64 winner = 0;
        for (QNetworkReply *reply : std::as_const(replies)) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject o2 = QJsonDocument::fromJson(reply->readAll()).object();
            if (status == 200) {
                ++won;
                winner = o2.value(QLatin1String("account")).toObject().value(QLatin1String("institution_id")).toInteger();
            } else if (status == 409
                       && o2.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString()
                           == QLatin1String("institution_already_chosen")) {
                ++conflicts;
            }
            reply->deleteLater();
        }
        QVERIFY2(won == 1 && conflicts == Sessions - 1,
                 qPrintable(QStringLiteral("round %1: %2 won, %3 conflicts").arg(round).arg(won).arg(conflicts)));
        QCOMPARE(db.scalar(QStringLiteral("SELECT institution_id FROM accounts WHERE login = ?"), {demo::HospitalHandler})
                     .toLongLong(),
                 winner);
    }
}

QTEST_GUILESS_MAIN(TestServerChoices)
#include "tst_server_choices.moc"
