// API tokens (接口管理) in use, over real TLS: creates of one name racing
// through two server processes, a deletion racing with the token's own
// requests, a change of the unit's kind, and the change feed as a token sees
// it. (Creation, the rules, the routes a token may call: tst_server_tokens.)
#include "ServerTestSupport.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTest>

#include <algorithm>

using zc::test::Api;
using zc::test::ServerDb;
using zc::test::TestServer;
namespace admin = zc::test::admin;

namespace {

QJsonObject tokenBody(const QString &name, const QStringList &permissions)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)},
            {QStringLiteral("expires_in_days"), 365}};
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &x : a)
        out << x.toString();
    return out;
}

// Sends without waiting; the reply is the caller's (deleteLater).
QNetworkReply *sendAsync(QNetworkAccessManager &nam, const TestServer &server, const QByteArray &verb,
                         const QString &path, const QString &bearer, const QJsonObject &body = {})
{
    QUrl url = server.baseUrl();
    url.setPath(QStringLiteral("/api/v1") + path);
    QNetworkRequest req(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(server.caCertificates());
    req.setSslConfiguration(ssl);
    req.setTransferTimeout(20000);
    req.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    if (body.isEmpty())
        return nam.sendCustomRequest(req, verb);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return nam.sendCustomRequest(req, verb, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool allFinished(const QList<QNetworkReply *> &replies)
{
    return std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); });
}

} // namespace

class TestServerTokenUse : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void concurrentCreatesOfOneNameHaveExactlyOneWinner();
    void nothingMadeWithATokenSucceedsAfterItsDeletion();
    void aChangeOfKindPrunesTheLiveTokensOnce();
    void theChangeFeedShowsATokenWhatItHoldsAndNothingOfItsOwn();

private:
    // A token of unit A made by its main account; its secret (empty on failure).
    QString makeToken(const QString &name, const QStringList &permissions, qint64 *id = nullptr)
    {
        const auto r = m_api->send(admin::MainA, "POST", QStringLiteral("/api-tokens"), tokenBody(name, permissions));
        if (id)
            *id = r.object().value(QLatin1String("id")).toInteger();
        return r.status == 201 ? r.object().value(QLatin1String("token")).toString() : QString();
    }
    QJsonObject listed(qint64 id)
    {
        const QJsonArray items = m_api->get(admin::MainA, QStringLiteral("/api-tokens?size=100")).object()
                                     .value(QLatin1String("items")).toArray();
        for (const QJsonValue &v : items)
            if (v.toObject().value(QLatin1String("id")).toInteger() == id)
                return v.toObject();
        return {};
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Api> m_api;
};

void TestServerTokenUse::init()
{
    m_server = std::make_unique<TestServer>(admin::serverOptions());
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_api = std::make_unique<Api>(*m_server);
}

void TestServerTokenUse::cleanup()
{
    m_api.reset();
    m_server.reset();
}

void TestServerTokenUse::concurrentCreatesOfOneNameHaveExactlyOneWinner()
{
    // Two server processes on one database: only the unique index can decide.
    TestServer::Options o = admin::serverOptions();
    o.dataDir = m_server->dataDir();
    o.seedFile = QStringLiteral("-");
    TestServer second(o);
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    const TestServer *servers[2] = {m_server.get(), &second};
    const QString sessions[2] = {m_api->token(admin::MainA), second.loginToken(admin::MainA, admin::Password)};
    QVERIFY(!sessions[1].isEmpty());
    QNetworkAccessManager nams[2];
    constexpr int Parallel = 8;
    for (int round = 0; round < 4; ++round) {
        QList<QNetworkReply *> replies;
        for (int i = 0; i < Parallel; ++i) {
            QString name = QStringLiteral("Race Token %1").arg(round);
            name = i % 3 == 0 ? name.toUpper() : (i % 3 == 1 ? name.toLower() : QStringLiteral("  ") + name);
            replies << sendAsync(nams[i % 2], *servers[i % 2], "POST", QStringLiteral("/api-tokens"), sessions[i % 2],
                                 tokenBody(name, {QStringLiteral("basic.roles")}));
        }
        QTRY_VERIFY_WITH_TIMEOUT(allFinished(replies), 20000);
        int created = 0;
        int taken = 0;
        for (QNetworkReply *reply : std::as_const(replies)) {
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            if (statusOf(reply) == 201)
                ++created;
            else if (statusOf(reply) == 409
                     && body.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString()
                         == QLatin1String("token_name_taken"))
                ++taken;
            reply->deleteLater();
        }
        QVERIFY2(created == 1 && taken == Parallel - 1,
                 qPrintable(QStringLiteral("round %1: %2 created, %3 taken").arg(round).arg(created).arg(taken)));
    }
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/api-tokens")).object().value(QLatin1String("total")).toInt(), 4);
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/audit-events?action=api_token.create")).object()
                 .value(QLatin1String("total")).toInt(), 4);
}

void TestServerTokenUse::nothingMadeWithATokenSucceedsAfterItsDeletion()
{
    qint64 id = 0;
    const QString secret = makeToken(QStringLiteral("竞速"), {QStringLiteral("basic.roles")}, &id);
    QVERIFY(!secret.isEmpty());
    QNetworkAccessManager nam;
    int n = 0;
    const auto write = [&] {
        return sendAsync(nam, *m_server, "POST", QStringLiteral("/roles"), secret,
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("竞速角色 %1").arg(++n)},
                                     {QStringLiteral("permissions"), QJsonArray{QStringLiteral("basic.roles")}}});
    };
    QList<QNetworkReply *> before;   // sent before the deletion was answered: either outcome
    // One write surely made with the token (and its connections open); the
    // others race with the deletion.
    before << write();
    for (int i = 0; i < 5; ++i)
        before << sendAsync(nam, *m_server, "GET", QStringLiteral("/roles"), secret);
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(before), 20000);
    QCOMPARE(statusOf(before.constFirst()), 201);
    for (int i = 0; i < 16; ++i)
        before << write() << sendAsync(nam, *m_server, "GET", QStringLiteral("/roles"), secret);
    QNetworkAccessManager adminNam;
    QNetworkReply *deletion = sendAsync(adminNam, *m_server, "DELETE", QStringLiteral("/api-tokens/%1").arg(id),
                                        m_api->token(admin::MainA));
    // Keep the token busy until the deletion is answered.
    while (!deletion->isFinished()) {
        before << write();
        QTest::qWait(5);
    }
    QCOMPARE(statusOf(deletion), 204);
    deletion->deleteLater();
    QList<QNetworkReply *> after;    // sent once the 204 was in: every one refused
    for (int i = 0; i < 10; ++i)
        after << write() << sendAsync(nam, *m_server, "GET", QStringLiteral("/permissions"), secret);
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(before) && allFinished(after), 30000);

    int created = 0;
    int refused = 0;
    for (QNetworkReply *r : std::as_const(before)) {
        QVERIFY2(statusOf(r) == 200 || statusOf(r) == 201 || statusOf(r) == 401, qPrintable(QString::number(statusOf(r))));
        created += statusOf(r) == 201 ? 1 : 0;
        refused += statusOf(r) == 401 ? 1 : 0;
        r->deleteLater();
    }
    for (QNetworkReply *r : std::as_const(after)) {
        QCOMPARE(statusOf(r), 401);
        r->deleteLater();
    }
    qInfo("%d request(s) sent before the deletion was answered: %d writes succeeded, %d refused",
          int(before.size()), created, refused);
    // Every write the token made committed before its deletion did: its events
    // are no later than revoked_at, and each answered 201 left exactly one.
    ServerDb db(m_server->dataDir());
    const qint64 revokedAt = db.scalar(QStringLiteral("SELECT revoked_at FROM api_tokens WHERE id = ?"), {id}).toLongLong();
    QVERIFY(revokedAt > 0);
    const QVariantList tokenActor{QStringLiteral("api_token"), id};
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE actor_type = ? AND actor_id = ?"),
                       tokenActor).toInt(), created);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE actor_type = ? AND actor_id = ? AND at > ?"),
                       {QStringLiteral("api_token"), id, revokedAt}).toInt(), 0);
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/roles?name=") + QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("竞速角色"))))
                 .object().value(QLatin1String("total")).toInt(), created);
}

void TestServerTokenUse::aChangeOfKindPrunesTheLiveTokensOnce()
{
    // Unit A (a manufacturer) is authenticated again as a medical institution,
    // which is not served 回款确认 (drug.settlement.payments).
    qint64 mixed = 0;
    qint64 basicOnly = 0;
    qint64 gone = 0;
    const QString secret = makeToken(QStringLiteral("混合"), {QStringLiteral("basic.roles"), QStringLiteral("drug.settlement.payments")}, &mixed);
    QVERIFY(!secret.isEmpty());
    QVERIFY(!makeToken(QStringLiteral("只基础"), {QStringLiteral("basic.accounts")}, &basicOnly).isEmpty());
    QVERIFY(!makeToken(QStringLiteral("已删"), {QStringLiteral("drug.settlement.payments")}, &gone).isEmpty());
    QCOMPARE(m_api->send(admin::MainA, "DELETE", QStringLiteral("/api-tokens/%1").arg(gone)).status, 204);
    const QJsonObject basicBefore = listed(basicOnly);
    const qint64 events = m_api->auditCount();

    const QJsonObject body{{QStringLiteral("kind"), QStringLiteral("medical_institution")},
                           {QStringLiteral("unit_code"), QStringLiteral("H32010200099")}};
    QCOMPARE(m_api->send(admin::MainA, "POST", QStringLiteral("/unit/authentication"), body).status, 200);

    QCOMPARE(strings(listed(mixed).value(QLatin1String("permissions"))), QStringList{QStringLiteral("basic.roles")});
    QCOMPARE(listed(basicOnly), basicBefore);   // nothing of another kind: untouched
    QCOMPARE(strings(listed(gone).value(QLatin1String("permissions"))),
             QStringList{QStringLiteral("drug.settlement.payments")});   // the history of a deleted token stays
    const auto updates = m_api->get(admin::MainA, QStringLiteral("/audit-events?action=api_token.update")).object();
    QCOMPARE(updates.value(QLatin1String("total")).toInt(), 1);
    const QJsonObject ev = updates.value(QLatin1String("items")).toArray().at(0).toObject();
    QCOMPARE(ev.value(QLatin1String("target_id")).toInteger(), mixed);
    QCOMPARE(ev.value(QLatin1String("actor_type")).toString(), QStringLiteral("account"));
    // One event for the authentication, two role updates (the seed's roles), one token update.
    QCOMPARE(m_api->auditCount(), events + 4);
    // The token goes on working, with the new kind's menus.
    QCOMPARE(m_server->request("GET", QStringLiteral("/roles"), {}, secret).status, 200);
    const QByteArray menus = m_server->request("GET", QStringLiteral("/permissions"), {}, secret).body;
    QVERIFY(menus.contains("basic.institution_info"));
    QVERIFY(!menus.contains("drug.settlement.payments"));
    // The same kind stated again changes nothing.
    QCOMPARE(m_api->send(admin::MainA, "POST", QStringLiteral("/unit/authentication"), body).status, 200);
    QCOMPARE(m_api->auditCount(), events + 4);
}

void TestServerTokenUse::theChangeFeedShowsATokenWhatItHoldsAndNothingOfItsOwn()
{
    const QString roles = makeToken(QStringLiteral("看角色"), {QStringLiteral("basic.roles")});
    const QString accounts = makeToken(QStringLiteral("看账号"), {QStringLiteral("basic.accounts")});
    const QString payments = makeToken(QStringLiteral("看回款"), {QStringLiteral("drug.settlement.payments")});
    QVERIFY(!roles.isEmpty() && !accounts.isEmpty() && !payments.isEmpty());
    const auto feed = [this](const QString &bearer, const QString &since = {}) {
        return m_server->request("GET", since.isEmpty() ? QStringLiteral("/changes") : QStringLiteral("/changes?since=") + since,
                                 {}, bearer);
    };
    const int unitAAccounts = admin::UnitAHandlers + 1;   // its handlers and its main account

    auto r = feed(roles);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("roles")).toArray().size(), admin::UnitARoles);
    QCOMPARE(r.object().value(QLatin1String("accounts")).toArray().size(), unitAAccounts);
    const QString rolesCursor = r.object().value(QLatin1String("cursor")).toString();
    r = feed(accounts);
    QCOMPARE(r.object().value(QLatin1String("roles")).toArray().size(), 0);
    QCOMPARE(r.object().value(QLatin1String("accounts")).toArray().size(), unitAAccounts);
    // Neither basic.roles nor basic.accounts: nothing at all (a token has no own account).
    r = feed(payments);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("roles")).toArray().size(), 0);
    QCOMPARE(r.object().value(QLatin1String("accounts")).toArray().size(), 0);
    const QString paymentsCursor = r.object().value(QLatin1String("cursor")).toString();
    QVERIFY(!r.object().value(QLatin1String("catalog_version")).toString().isEmpty());

    // A role deleted meanwhile: the roles token sees the tombstone, the other nothing.
    const qint64 role = m_api->roleId(admin::RoleBuyer);
    QCOMPARE(m_api->send(admin::MainA, "DELETE", QStringLiteral("/roles/%1").arg(role)).status, 204);
    r = feed(roles, rolesCursor);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("deleted")).toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("role")}, {QStringLiteral("id"), role}}}));
    r = feed(payments, paymentsCursor);
    QCOMPARE(r.status, 200);
    QVERIFY(r.object().value(QLatin1String("deleted")).toArray().isEmpty());
    QVERIFY(r.object().value(QLatin1String("accounts")).toArray().isEmpty());
    // Cursors are not shared across rights, nor between a session and a token.
    QCOMPARE(feed(roles, paymentsCursor).errorCode(), QStringLiteral("invalid_field"));
    const QString mainCursor = m_api->get(admin::MainA, QStringLiteral("/changes")).object()
                                   .value(QLatin1String("cursor")).toString();
    QCOMPARE(feed(roles, mainCursor).errorCode(), QStringLiteral("invalid_field"));
}

QTEST_GUILESS_MAIN(TestServerTokenUse)
#include "tst_server_tokenuse.moc"
