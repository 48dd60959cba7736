// 离职处理 (offboarding), 权限审查 (access reviews) and audit event details
// over real TLS: POST /handlers/{id}/offboarding in one transaction (disabled,
// unassigned, signed out, one event; idempotent), its refusals and a race with
// an assignment through two server processes on one database; POST/GET
// /access-reviews with every field rule, the rights and the audit event; the
// before/after details of role events, and details null for an event written
// before they existed. Answers are also read with the client's codecs.
#include "ServerTestSupport.h"
#include "TestServer.h"

#include "models/Account.h"
#include "models/AuditEvent.h"
#include "models/JsonReader.h"
#include "models/PermissionCatalog.h"
#include "sync/ApiTypes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>

#include <algorithm>

using zc::test::Api;
using zc::test::TestServer;
namespace admin = zc::test::admin;

namespace {

QString errorField(const TestServer::Reply &r)
{
    return r.object().value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString();
}

QStringList removedNames(const QJsonObject &o)
{
    QStringList out;
    const QJsonArray removed = o.value(QLatin1String("removed_roles")).toArray();
    for (const QJsonValue &v : removed)
        out << v.toObject().value(QLatin1String("name")).toString();
    return out;
}

QSet<qint64> ids(const QJsonArray &items)
{
    QSet<qint64> out;
    for (const QJsonValue &v : items)
        out.insert(v.isObject() ? v.toObject().value(QLatin1String("id")).toInteger() : v.toInteger());
    return out;
}

QJsonObject reviewBody(int inactiveDays, const QJsonObject &findings, const QJsonValue &note = QJsonValue::Undefined)
{
    QJsonObject o{{QStringLiteral("inactive_days"), inactiveDays}, {QStringLiteral("findings"), findings}};
    if (!note.isUndefined())
        o.insert(QStringLiteral("note"), note);
    return o;
}

QJsonObject roleBody(const QString &name, const QString &remark, const QStringList &permissions)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("remark"), remark},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}};
}

QJsonObject roleState(const QString &name, const QString &remark, const QStringList &leaves)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("remark"), remark},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(leaves)}};
}

} // namespace

class TestServerOffboarding : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void offboardingDisablesUnassignsAndSignsOutInOneEvent();
    void offboardingAgainChangesNothing();
    void offboardingRefusesTheMainAccountItselfAndOtherUnits();
    void offboardingTakesNoBody();
    void apiTokensMayOffboardUnderTheirOwnName();
    void offboardingRacingAnAssignmentNamesExactlyWhatWent();

    void accessReviewIsRecordedAsAnAuditEvent();
    void accessReviewRejectsBadFieldsAndStoresNothing_data();
    void accessReviewRejectsBadFieldsAndStoresNothing();
    void accessReviewsNeedBothRightsAndASession();
    void accessReviewsAreListedNewestFirstAndPaged();

    void roleEventsCarryBeforeAndAfter();
    void aChangeOfKindRecordsWhatEachRoleLost();
    void eventsWithoutDetailsReadNull();

private:
    // The handler's account as GET /handlers lists it (q: its phone).
    QJsonObject handler(const QString &phone, TestServer *server = nullptr);
    QString feedCursor(const QString &login);
    QJsonObject changesSince(const QString &login, const QString &cursor);
    // The newest audit event of the action (as unit A's main account sees them).
    QJsonObject newestEvent(const QString &action, const QString &asLogin = admin::MainA);
    qint64 reviewTotal(const QString &asLogin = admin::MainA);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Api> m_api;
};

void TestServerOffboarding::initTestCase()
{
    m_server = std::make_unique<TestServer>(admin::serverOptions());
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_api = std::make_unique<Api>(*m_server);
}

void TestServerOffboarding::cleanupTestCase()
{
    m_api.reset();
    m_server.reset();
}

QJsonObject TestServerOffboarding::handler(const QString &phone, TestServer *server)
{
    TestServer &s = server ? *server : *m_server;
    const auto r = s.request("GET", QStringLiteral("/handlers?q=") + phone, {}, m_api->token(admin::MainA));
    const QJsonArray items = r.object().value(QLatin1String("items")).toArray();
    return items.size() == 1 ? items.first().toObject() : QJsonObject();
}

QString TestServerOffboarding::feedCursor(const QString &login)
{
    QString cursor;
    for (int i = 0; i < 100; ++i) {
        const auto r = m_api->get(login, QStringLiteral("/changes?limit=5000")
                                             + (cursor.isEmpty() ? QString() : QStringLiteral("&since=") + cursor));
        cursor = r.object().value(QLatin1String("cursor")).toString();
        if (!r.object().value(QLatin1String("more")).toBool())
            break;
    }
    return cursor;
}

QJsonObject TestServerOffboarding::changesSince(const QString &login, const QString &cursor)
{
    return m_api->get(login, QStringLiteral("/changes?limit=5000&since=") + cursor).object();
}

QJsonObject TestServerOffboarding::newestEvent(const QString &action, const QString &asLogin)
{
    const auto r = m_api->get(asLogin, QStringLiteral("/audit-events?size=1&action=") + action);
    const QJsonArray items = r.object().value(QLatin1String("items")).toArray();
    return items.isEmpty() ? QJsonObject() : items.first().toObject();
}

qint64 TestServerOffboarding::reviewTotal(const QString &asLogin)
{
    return m_api->get(asLogin, QStringLiteral("/access-reviews?size=1")).object().value(QLatin1String("total")).toInteger();
}

// --- offboarding -------------------------------------------------------------

void TestServerOffboarding::offboardingDisablesUnassignsAndSignsOutInOneEvent()
{
    const QString phone = admin::filler(1);
    const qint64 id = m_api->accountId(phone);
    const qint64 buyer = m_api->roleId(admin::RoleBuyer);
    const qint64 roles = m_api->roleId(admin::RoleRoles);
    for (const qint64 role : {buyer, roles})
        QCOMPARE(m_api->send(admin::MainA, "PUT", QStringLiteral("/roles/%1/accounts/%2").arg(role).arg(id)).status, 204);
    const auto roleBefore = [this](qint64 role) { return m_api->get(admin::MainA, QStringLiteral("/roles/%1").arg(role)).object(); };
    const QJsonObject buyerBefore = roleBefore(buyer);
    const QJsonObject rolesBefore = roleBefore(roles);
    const QJsonObject before = handler(phone);
    QCOMPARE(before.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(ids(before.value(QLatin1String("role_ids")).toArray()), (QSet<qint64>{buyer, roles}));
    // Two sessions of the handler; both end.
    const QString sessions[2] = {m_server->loginToken(phone, admin::Password), m_server->loginToken(phone, admin::Password)};
    for (const QString &t : sessions) {
        QVERIFY(!t.isEmpty());
        QCOMPARE(m_server->request("GET", QStringLiteral("/me"), {}, t).status, 200);
    }
    const QString cursor = feedCursor(admin::MainA);
    const qint64 events = m_api->auditCount();

    const auto r = m_api->send(admin::MainA, "POST", QStringLiteral("/handlers/%1/offboarding").arg(id));
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.object();
    QCOMPARE(o.value(QLatin1String("already_offboarded")).toBool(true), false);
    QCOMPARE(o.value(QLatin1String("revoked_sessions")).toInt(), 2);
    // By role id (the seed made 角色管理员 before 采购员).
    QCOMPARE(removedNames(o), (QStringList{admin::RoleRoles, admin::RoleBuyer}));
    QCOMPARE(ids(o.value(QLatin1String("removed_roles")).toArray()), (QSet<qint64>{buyer, roles}));
    const QJsonObject account = o.value(QLatin1String("account")).toObject();
    QCOMPARE(account.value(QLatin1String("status")).toString(), QStringLiteral("disabled"));
    QVERIFY(account.value(QLatin1String("role_ids")).toArray().isEmpty());
    QVERIFY(account.value(QLatin1String("version")).toString() != before.value(QLatin1String("version")).toString());
    QCOMPARE(zc::test::etag(r), account.value(QLatin1String("version")).toString());
    // The client's codec reads it.
    QString why;
    const auto parsed = zc::sync::Offboarding::fromJson(o, &why);
    QVERIFY2(parsed, qPrintable(why));
    QCOMPARE(parsed->removedRoles.size(), 2);
    QCOMPARE(parsed->account.status, zc::Account::Status::Disabled);

    // Sessions are gone at once; the handler list agrees with the answer.
    for (const QString &t : sessions) {
        const auto me = m_server->request("GET", QStringLiteral("/me"), {}, t);
        QCOMPARE(me.status, 401);
        QCOMPARE(me.errorCode(), QStringLiteral("unauthenticated"));
    }
    QCOMPARE(handler(phone), account);
    // Each role lost one account and got a new version.
    for (const QJsonObject &was : {buyerBefore, rolesBefore}) {
        const QJsonObject now = roleBefore(was.value(QLatin1String("id")).toInteger());
        QCOMPARE(now.value(QLatin1String("account_count")).toInt(), was.value(QLatin1String("account_count")).toInt() - 1);
        QVERIFY(now.value(QLatin1String("version")).toString() != was.value(QLatin1String("version")).toString());
    }
    // The change feed has the account and both roles, nothing deleted.
    const QJsonObject feed = changesSince(admin::MainA, cursor);
    QCOMPARE(ids(feed.value(QLatin1String("accounts")).toArray()), QSet<qint64>{id});
    QCOMPARE(ids(feed.value(QLatin1String("roles")).toArray()), (QSet<qint64>{buyer, roles}));
    QVERIFY(feed.value(QLatin1String("deleted")).toArray().isEmpty());
    QCOMPARE(feed.value(QLatin1String("accounts")).toArray().first().toObject(), account);

    // One event: target the account, a summary naming the roles, the lists in details.
    QCOMPARE(m_api->auditCount(), events + 1);
    const QJsonObject event = newestEvent(QStringLiteral("account.offboard"));
    QCOMPARE(event.value(QLatin1String("target_type")).toString(), QStringLiteral("account"));
    QCOMPARE(event.value(QLatin1String("target_id")).toInteger(), id);
    QCOMPARE(event.value(QLatin1String("actor_type")).toString(), QStringLiteral("account"));
    const QString summary = event.value(QLatin1String("summary")).toString();
    QVERIFY2(summary.startsWith(QStringLiteral("离职处理")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("“%1”").arg(admin::RoleBuyer)), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("“%1”").arg(admin::RoleRoles)), qPrintable(summary));
    QCOMPARE(summary, QStringLiteral("离职处理 经办人01（%1）：禁用账号，移除角色“%2”“%3”，2 个登录会话已失效")
                          .arg(phone, admin::RoleRoles, admin::RoleBuyer));
    const QJsonObject details = event.value(QLatin1String("details")).toObject();
    QCOMPARE(details.value(QLatin1String("removed_roles")).toArray(), o.value(QLatin1String("removed_roles")).toArray());
    QCOMPARE(details.value(QLatin1String("revoked_sessions")).toInt(), 2);
    QCOMPARE(details.value(QLatin1String("disabled")).toBool(false), true);
    QVERIFY(zc::AuditEvent::fromJson(event, &why));
}

void TestServerOffboarding::offboardingAgainChangesNothing()
{
    // Filler 1 was offboarded above: again and again, nothing changes.
    const QString phone = admin::filler(1);
    const qint64 id = m_api->accountId(phone);
    const QJsonObject before = handler(phone);
    QCOMPARE(before.value(QLatin1String("status")).toString(), QStringLiteral("disabled"));
    const QString cursor = feedCursor(admin::MainA);
    const qint64 events = m_api->auditCount();
    for (int i = 0; i < 2; ++i) {
        const auto r = m_api->send(admin::MainA, "POST", QStringLiteral("/handlers/%1/offboarding").arg(id));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("already_offboarded")).toBool(), true);
        QVERIFY(r.object().value(QLatin1String("removed_roles")).toArray().isEmpty());
        QCOMPARE(r.object().value(QLatin1String("revoked_sessions")).toInt(-1), 0);
        QCOMPARE(r.object().value(QLatin1String("account")).toObject(), before);
    }
    QCOMPARE(m_api->auditCount(), events);
    const QJsonObject feed = changesSince(admin::MainA, cursor);
    QVERIFY(feed.value(QLatin1String("accounts")).toArray().isEmpty());
    QVERIFY(feed.value(QLatin1String("roles")).toArray().isEmpty());

    // Disabled by PATCH but still holding a role: offboarding removes it, says it
    // did not disable, and is then done.
    const QString other = admin::filler(5);
    const qint64 otherId = m_api->accountId(other);
    const qint64 buyer = m_api->roleId(admin::RoleBuyer);
    QCOMPARE(m_api->send(admin::MainA, "PUT", QStringLiteral("/roles/%1/accounts/%2").arg(buyer).arg(otherId)).status, 204);
    const QJsonObject current = handler(other);
    QCOMPARE(m_api->send(admin::MainA, "PATCH", QStringLiteral("/handlers/%1").arg(otherId),
                         QJsonObject{{QStringLiteral("status"), QStringLiteral("disabled")}},
                         current.value(QLatin1String("version")).toString()).status,
             200);
    auto r = m_api->send(admin::MainA, "POST", QStringLiteral("/handlers/%1/offboarding").arg(otherId));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("already_offboarded")).toBool(true), false);
    QCOMPARE(removedNames(r.object()), QStringList{admin::RoleBuyer});
    const QJsonObject details = newestEvent(QStringLiteral("account.offboard")).value(QLatin1String("details")).toObject();
    QCOMPARE(details.value(QLatin1String("disabled")).toBool(true), false);
    QVERIFY2(!newestEvent(QStringLiteral("account.offboard")).value(QLatin1String("summary")).toString()
                  .contains(QStringLiteral("禁用")),
             "it was disabled already");
    r = m_api->send(admin::MainA, "POST", QStringLiteral("/handlers/%1/offboarding").arg(otherId));
    QCOMPARE(r.object().value(QLatin1String("already_offboarded")).toBool(), true);
}

void TestServerOffboarding::offboardingRefusesTheMainAccountItselfAndOtherUnits()
{
    const qint64 main = m_api->accountId(admin::MainA);
    const qint64 self = m_api->accountId(admin::AccountsOnly);
    const qint64 events = m_api->auditCount();
    for (const QString &caller : {admin::MainA, admin::AccountsOnly}) {
        const auto r = m_api->send(caller, "POST", QStringLiteral("/handlers/%1/offboarding").arg(main));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("main_account_immutable"));
    }
    auto r = m_api->send(admin::AccountsOnly, "POST", QStringLiteral("/handlers/%1/offboarding").arg(self));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("conflict"));
    // Still itself: active, its role, its session.
    QCOMPARE(handler(admin::AccountsOnly).value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(handler(admin::AccountsOnly).value(QLatin1String("role_ids")).toArray().size(), 1);
    QCOMPARE(m_api->get(admin::AccountsOnly, QStringLiteral("/me")).status, 200);

    // Another unit's handler, an unknown id and a path that names nothing: 404 alike.
    const qint64 outsider = m_api->accountId(admin::OtherUnit, admin::MainB);
    QVERIFY(outsider > 0);
    for (const QString &path : {QStringLiteral("/handlers/%1/offboarding").arg(outsider),
                                QStringLiteral("/handlers/999999/offboarding"), QStringLiteral("/handlers/abc/offboarding"),
                                QStringLiteral("/handlers/0/offboarding")}) {
        r = m_api->send(admin::MainA, "POST", path);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
    }
    // Unit B cannot reach unit A's handler either.
    r = m_api->send(admin::MainB, "POST", QStringLiteral("/handlers/%1/offboarding").arg(m_api->accountId(admin::filler(2))));
    QCOMPARE(r.status, 404);
    // Without basic.accounts: 403, whatever else it holds.
    r = m_api->send(admin::RolesOnly, "POST", QStringLiteral("/handlers/%1/offboarding").arg(m_api->accountId(admin::filler(2))));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
    QCOMPARE(m_api->auditCount(), events);
    QCOMPARE(handler(admin::filler(2)).value(QLatin1String("status")).toString(), QStringLiteral("active"));
}

void TestServerOffboarding::offboardingTakesNoBody()
{
    const QString phone = admin::filler(2);
    const qint64 id = m_api->accountId(phone);
    const qint64 buyer = m_api->roleId(admin::RoleBuyer);
    QCOMPARE(m_api->send(admin::MainA, "PUT", QStringLiteral("/roles/%1/accounts/%2").arg(buyer).arg(id)).status, 204);
    const QJsonObject before = handler(phone);
    const qint64 events = m_api->auditCount();
    const QString path = QStringLiteral("/handlers/%1/offboarding").arg(id);
    const QString token = m_api->token(admin::MainA);
    struct Bad
    {
        QByteArray body;
        const char *code;
        const char *field;
    };
    const Bad bad[] = {
        {"{\"reason\":\"left\"}", "invalid_field", "reason"},
        {"{\"force\":true}", "invalid_field", "force"},
        {"[]", "malformed_json", ""},
        {"null", "malformed_json", ""},
        {"not json", "malformed_json", ""},
        {"{", "malformed_json", ""},
    };
    for (const Bad &b : bad) {
        const auto r = m_server->requestRaw("POST", path, b.body, token);
        QVERIFY2(r.status == 400, b.body.constData());
        QCOMPARE(r.errorCode(), QString::fromLatin1(b.code));
        QCOMPARE(errorField(r), QString::fromLatin1(b.field));
    }
    // Nothing was lost.
    QCOMPARE(handler(phone), before);
    QCOMPARE(m_api->auditCount(), events);
    // An empty body and {} are both "no body".
    auto r = m_server->requestRaw("POST", path, QByteArray(), token);
    QCOMPARE(r.status, 200);
    QCOMPARE(removedNames(r.object()), QStringList{admin::RoleBuyer});
    r = m_server->requestRaw("POST", path, QByteArrayLiteral("{}"), token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("already_offboarded")).toBool(), true);
}

void TestServerOffboarding::apiTokensMayOffboardUnderTheirOwnName()
{
    auto made = m_api->send(admin::MainA, "POST", QStringLiteral("/api-tokens"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("离职脚本")},
                                        {QStringLiteral("permissions"), QJsonArray{QStringLiteral("basic.accounts")}},
                                        {QStringLiteral("expires_in_days"), 1}});
    QCOMPARE(made.status, 201);
    const QString secret = made.object().value(QLatin1String("token")).toString();
    const qint64 tokenId = made.object().value(QLatin1String("id")).toInteger();
    const qint64 id = m_api->accountId(admin::filler(3));
    const auto r = m_server->request("POST", QStringLiteral("/handlers/%1/offboarding").arg(id), {}, secret);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("account")).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("disabled"));
    const QJsonObject event = newestEvent(QStringLiteral("account.offboard"));
    QCOMPARE(event.value(QLatin1String("target_id")).toInteger(), id);
    QCOMPARE(event.value(QLatin1String("actor_type")).toString(), QStringLiteral("api_token"));
    QCOMPARE(event.value(QLatin1String("actor")).toObject().value(QLatin1String("id")).toInteger(), tokenId);
    QCOMPARE(event.value(QLatin1String("actor")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("离职脚本"));
    // A token without basic.accounts may not.
    made = m_api->send(admin::MainA, "POST", QStringLiteral("/api-tokens"),
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("角色脚本")},
                                   {QStringLiteral("permissions"), QJsonArray{QStringLiteral("basic.roles")}},
                                   {QStringLiteral("expires_in_days"), 1}});
    QCOMPARE(made.status, 201);
    const auto refused = m_server->request("POST", QStringLiteral("/handlers/%1/offboarding").arg(m_api->accountId(admin::filler(4))),
                                           {}, made.object().value(QLatin1String("token")).toString());
    QCOMPARE(refused.status, 403);
}

void TestServerOffboarding::offboardingRacingAnAssignmentNamesExactlyWhatWent()
{
    // Two server processes on one database: the write lock orders the two writes.
    TestServer::Options o = admin::serverOptions();
    o.dataDir = m_server->dataDir();
    o.seedFile = QStringLiteral("-");
    TestServer second(o);
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    TestServer *servers[2] = {m_server.get(), &second};
    const QString token = m_api->token(admin::MainA);   // sessions live in the database: valid on both

    const QString phone = admin::filler(4);
    const qint64 id = m_api->accountId(phone);
    QStringList names;
    qint64 roles[2] = {};
    for (int i = 0; i < 2; ++i) {
        names << QStringLiteral("竞态角色%1").arg(i);
        const auto r = m_api->send(admin::MainA, "POST", QStringLiteral("/roles"), roleBody(names.at(i), {}, {}));
        QCOMPARE(r.status, 201);
        roles[i] = r.object().value(QLatin1String("id")).toInteger();
    }
    const qint64 held = roles[0];     // assigned before each round
    const qint64 racing = roles[1];   // assigned while the offboarding runs

    QNetworkAccessManager nams[2];
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(m_server->caCertificates());
    const auto fire = [&](int server, const QByteArray &verb, const QString &path, const QByteArray &body) {
        QUrl url = servers[server]->baseUrl();
        url.setPath(QStringLiteral("/api/v1") + path);
        QNetworkRequest req(url);
        req.setSslConfiguration(ssl);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        req.setTransferTimeout(20000);
        return nams[server].sendCustomRequest(req, verb, body);
    };

    constexpr int Rounds = 24;
    int assignmentFirst = 0;
    for (int round = 0; round < Rounds; ++round) {
        // The handler active again, holding `held` only.
        QCOMPARE(m_api->send(admin::MainA, "DELETE", QStringLiteral("/roles/%1/accounts/%2").arg(racing).arg(id)).status, 204);
        const QJsonObject now = handler(phone);
        if (now.value(QLatin1String("status")).toString() != QLatin1String("active")) {
            QCOMPARE(m_api->send(admin::MainA, "PATCH", QStringLiteral("/handlers/%1").arg(id),
                                 QJsonObject{{QStringLiteral("status"), QStringLiteral("active")}},
                                 now.value(QLatin1String("version")).toString()).status,
                     200);
        }
        QCOMPARE(m_api->send(admin::MainA, "PUT", QStringLiteral("/roles/%1/accounts/%2").arg(held).arg(id)).status, 204);

        // Both at once, each through another process, which one is sent first alternating.
        const auto sendAssign = [&] {
            return fire(round % 2, "PUT", QStringLiteral("/roles/%1/accounts/%2").arg(racing).arg(id), {});
        };
        const auto sendOffboard = [&] {
            return fire((round + 1) % 2, "POST", QStringLiteral("/handlers/%1/offboarding").arg(id), "{}");
        };
        QNetworkReply *assign = nullptr;
        QNetworkReply *offboard = nullptr;
        if (round % 4 < 2) {
            assign = sendAssign();
            offboard = sendOffboard();
        } else {
            offboard = sendOffboard();
            assign = sendAssign();
        }
        QTRY_VERIFY_WITH_TIMEOUT(assign->isFinished() && offboard->isFinished(), 20000);
        QCOMPARE(assign->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
        QCOMPARE(offboard->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject answer = QJsonDocument::fromJson(offboard->readAll()).object();
        assign->deleteLater();
        offboard->deleteLater();

        // removed_roles is exactly what went: `held` always, `racing` when the assignment came first.
        const QStringList removed = removedNames(answer);
        const bool racingWent = removed.contains(names.at(1));
        assignmentFirst += racingWent ? 1 : 0;
        QVERIFY2(removed == (racingWent ? names : QStringList{names.at(0)}),
                 qPrintable(QStringLiteral("round %1: removed %2").arg(round).arg(removed.join(u','))));
        // The final state agrees: disabled, and holding `racing` exactly when it was not removed.
        const QJsonObject after = handler(phone, servers[round % 2]);
        QCOMPARE(after.value(QLatin1String("status")).toString(), QStringLiteral("disabled"));
        QCOMPARE(ids(after.value(QLatin1String("role_ids")).toArray()), racingWent ? QSet<qint64>() : QSet<qint64>{racing});
        const auto count = [this](qint64 role) {
            return m_api->get(admin::MainA, QStringLiteral("/roles/%1").arg(role)).object()
                .value(QLatin1String("account_count")).toInt(-1);
        };
        QCOMPARE(count(held), 0);
        QCOMPARE(count(racing), racingWent ? 0 : 1);
        // The event names the same roles.
        const QJsonObject event = newestEvent(QStringLiteral("account.offboard"));
        QCOMPARE(event.value(QLatin1String("target_id")).toInteger(), id);
        QCOMPARE(event.value(QLatin1String("details")).toObject().value(QLatin1String("removed_roles")).toArray(),
                 answer.value(QLatin1String("removed_roles")).toArray());
    }
    qInfo("the assignment came first in %d of %d rounds", assignmentFirst, Rounds);
}

// --- access reviews -------------------------------------------------------------

void TestServerOffboarding::accessReviewIsRecordedAsAnAuditEvent()
{
    const qint64 events = m_api->auditCount();
    const qint64 reviews = reviewTotal();
    const QString note = QStringLiteral("季度审查：\n已联系采购部核实。");
    const auto r = m_api->send(admin::MainA, "POST", QStringLiteral("/access-reviews"),
                               reviewBody(90, {{QStringLiteral("never_signed_in"), 2}, {QStringLiteral("inactive"), 1},
                                               {QStringLiteral("tokens_unused"), 0}},
                                          note));
    QCOMPARE(r.status, 201);
    const QJsonObject o = r.object();
    const QJsonObject me = m_api->get(admin::MainA, QStringLiteral("/me")).object();
    const QJsonObject meAccount = me.value(QLatin1String("account")).toObject();
    QCOMPARE(o.value(QLatin1String("completed_by")).toObject().value(QLatin1String("id")).toInteger(),
             meAccount.value(QLatin1String("id")).toInteger());
    QCOMPARE(o.value(QLatin1String("completed_by")).toObject().value(QLatin1String("name")).toString(),
             meAccount.value(QLatin1String("name")).toString());
    QCOMPARE(o.value(QLatin1String("inactive_days")).toInt(), 90);
    QCOMPARE(o.value(QLatin1String("note")).toString(), note);
    const QJsonObject findings = o.value(QLatin1String("findings")).toObject();
    QCOMPARE(findings.size(), 8);   // every kind, the missing ones 0
    for (const char *key : zc::sync::review::FindingKeys)
        QVERIFY2(findings.value(QLatin1String(key)).isDouble(), key);
    QCOMPARE(findings.value(QLatin1String("never_signed_in")).toInt(), 2);
    QCOMPARE(findings.value(QLatin1String("admin_rights")).toInt(-1), 0);
    const QDateTime at = zc::fromRfc3339(o.value(QLatin1String("completed_at")).toString());
    QVERIFY(at.isValid() && qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QString why;
    const auto parsed = zc::sync::AccessReview::fromJson(o, &why);
    QVERIFY2(parsed, qPrintable(why));
    QCOMPARE(parsed->total(), 3);

    // One audit event, its id the review's, target the unit, details as stored.
    QCOMPARE(m_api->auditCount(), events + 1);
    QCOMPARE(reviewTotal(), reviews + 1);
    const QJsonObject event = newestEvent(QStringLiteral("access_review.complete"));
    QCOMPARE(event.value(QLatin1String("id")).toInteger(), o.value(QLatin1String("id")).toInteger());
    QCOMPARE(event.value(QLatin1String("target_type")).toString(), QStringLiteral("unit"));
    QCOMPARE(event.value(QLatin1String("target_id")).toInteger(), me.value(QLatin1String("unit")).toObject().value(QLatin1String("id")).toInteger());
    QCOMPARE(event.value(QLatin1String("summary")).toString(),
             QStringLiteral("完成权限审查：待关注 3 项（从未登录 2，90 天未登录 1）"));
    const QJsonObject details = event.value(QLatin1String("details")).toObject();
    QCOMPARE(details, (QJsonObject{{QStringLiteral("inactive_days"), 90},
                                   {QStringLiteral("findings"), findings},
                                   {QStringLiteral("note"), note}}));
    // GET lists it first, in the POST's shape.
    const auto list = m_api->get(admin::MainA, QStringLiteral("/access-reviews"));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.object().value(QLatin1String("items")).toArray().first().toObject(), o);
    // Nothing found at all: the summary says so.
    QCOMPARE(m_api->send(admin::MainA, "POST", QStringLiteral("/access-reviews"), reviewBody(30, {})).status, 201);
    QCOMPARE(newestEvent(QStringLiteral("access_review.complete")).value(QLatin1String("summary")).toString(),
             QStringLiteral("完成权限审查：未发现待关注项"));
}

void TestServerOffboarding::accessReviewRejectsBadFieldsAndStoresNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QString invalid = QStringLiteral("invalid_field");
    const QByteArray f = "\"findings\":{}";
    QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("malformed_json") << QString();
    QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("malformed_json") << QString();
    QTest::newRow("days missing") << QByteArray("{" + f + "}") << invalid << QStringLiteral("inactive_days");
    QTest::newRow("days 0") << QByteArray("{\"inactive_days\":0," + f + "}") << invalid << QStringLiteral("inactive_days");
    QTest::newRow("days 3651") << QByteArray("{\"inactive_days\":3651," + f + "}") << invalid << QStringLiteral("inactive_days");
    QTest::newRow("days 1.5") << QByteArray("{\"inactive_days\":1.5," + f + "}") << invalid << QStringLiteral("inactive_days");
    QTest::newRow("days a string") << QByteArray("{\"inactive_days\":\"90\"," + f + "}") << invalid << QStringLiteral("inactive_days");
    QTest::newRow("findings missing") << QByteArray("{\"inactive_days\":90}") << invalid << QStringLiteral("findings");
    QTest::newRow("findings an array") << QByteArray("{\"inactive_days\":90,\"findings\":[]}") << invalid << QStringLiteral("findings");
    QTest::newRow("unknown kind") << QByteArray("{\"inactive_days\":90,\"findings\":{\"inactive\":1,\"bogus\":1}}") << invalid
                                  << QStringLiteral("findings.bogus");
    QTest::newRow("negative count") << QByteArray("{\"inactive_days\":90,\"findings\":{\"inactive\":-1}}") << invalid
                                    << QStringLiteral("findings.inactive");
    QTest::newRow("count too big") << QByteArray("{\"inactive_days\":90,\"findings\":{\"admin_rights\":1000001}}") << invalid
                                   << QStringLiteral("findings.admin_rights");
    QTest::newRow("fractional count") << QByteArray("{\"inactive_days\":90,\"findings\":{\"tokens_unused\":0.5}}") << invalid
                                      << QStringLiteral("findings.tokens_unused");
    QTest::newRow("count a string") << QByteArray("{\"inactive_days\":90,\"findings\":{\"inactive\":\"1\"}}") << invalid
                                    << QStringLiteral("findings.inactive");
    QTest::newRow("count null") << QByteArray("{\"inactive_days\":90,\"findings\":{\"inactive\":null}}") << invalid
                                << QStringLiteral("findings.inactive");
    const QByteArray longNote = QString(501, QChar(0x5ba1)).toUtf8();   // 501 × 审
    QTest::newRow("note too long") << QByteArray("{\"inactive_days\":90," + f + ",\"note\":\"" + longNote + "\"}") << invalid
                                   << QStringLiteral("note");
    QTest::newRow("note a control character") << QByteArray("{\"inactive_days\":90," + f + ",\"note\":\"a\\u0007b\"}")
                                              << invalid << QStringLiteral("note");
    QTest::newRow("note a tab") << QByteArray("{\"inactive_days\":90," + f + ",\"note\":\"a\\tb\"}") << invalid
                                << QStringLiteral("note");
    QTest::newRow("note a number") << QByteArray("{\"inactive_days\":90," + f + ",\"note\":5}") << invalid << QStringLiteral("note");
}

void TestServerOffboarding::accessReviewRejectsBadFieldsAndStoresNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const qint64 reviews = reviewTotal();
    const qint64 events = m_api->auditCount();
    const auto r = m_server->requestRaw("POST", QStringLiteral("/access-reviews"), body, m_api->token(admin::MainA));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), code);
    QCOMPARE(errorField(r), field);
    QCOMPARE(reviewTotal(), reviews);
    QCOMPARE(m_api->auditCount(), events);
}

void TestServerOffboarding::accessReviewsNeedBothRightsAndASession()
{
    const QJsonObject body = reviewBody(180, {{QStringLiteral("admin_rights"), 4}},
                                        QString(500, QChar(0x5ba1)) /* the longest note */);
    const qint64 reviews = reviewTotal();
    for (const QString &login : {admin::NoRights, admin::RolesOnly, admin::AccountsOnly, admin::Buyer}) {
        for (const QByteArray &verb : {QByteArrayLiteral("POST"), QByteArrayLiteral("GET")}) {
            const auto r = verb == "GET" ? m_api->get(login, QStringLiteral("/access-reviews"))
                                         : m_api->send(login, verb, QStringLiteral("/access-reviews"), body);
            QVERIFY2(r.status == 403, qPrintable(login + QLatin1Char(' ') + QString::fromLatin1(verb)));
            QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
        }
    }
    // An API token holding both is refused: a review is a person's statement.
    const auto made = m_api->send(admin::MainA, "POST", QStringLiteral("/api-tokens"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("审查令牌")},
                                              {QStringLiteral("permissions"), QJsonArray{QStringLiteral("basic")}},
                                              {QStringLiteral("expires_in_days"), 1}});
    QCOMPARE(made.status, 201);
    const QString secret = made.object().value(QLatin1String("token")).toString();
    for (const QByteArray &verb : {QByteArrayLiteral("POST"), QByteArrayLiteral("GET")}) {
        const auto r = m_server->request(verb, QStringLiteral("/access-reviews"), verb == "POST" ? body : QJsonObject(), secret);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
    }
    QCOMPARE(reviewTotal(), reviews);

    // A handler with both rights may, and sees the reviews' events in the audit log;
    // a handler with one of them sees neither.
    const auto r = m_api->send(admin::AllBasic, "POST", QStringLiteral("/access-reviews"), body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(QLatin1String("completed_by")).toObject().value(QLatin1String("id")).toInteger(),
             m_api->accountId(admin::AllBasic));
    QCOMPARE(r.object().value(QLatin1String("note")).toString().size(), 500);
    QCOMPARE(reviewTotal(), reviews + 1);
    QCOMPARE(reviewTotal(admin::AllBasic), reviews + 1);
    const QString path = QStringLiteral("/audit-events?size=1&action=access_review.complete");
    QCOMPARE(m_api->get(admin::AllBasic, path).object().value(QLatin1String("total")).toInteger(), reviews + 1);
    QCOMPARE(m_api->get(admin::MainA, path).object().value(QLatin1String("total")).toInteger(), reviews + 1);
    for (const QString &login : {admin::RolesOnly, admin::AccountsOnly}) {
        const auto seen = m_api->get(login, path);
        QCOMPARE(seen.status, 200);
        QCOMPARE(seen.object().value(QLatin1String("total")).toInteger(), 0);
    }
    // Other units' reviews stay theirs.
    const qint64 theirs = reviewTotal(admin::MainB);
    QCOMPARE(m_api->send(admin::MainB, "POST", QStringLiteral("/access-reviews"), reviewBody(1, {})).status, 201);
    QCOMPARE(reviewTotal(admin::MainB), theirs + 1);
    QCOMPARE(reviewTotal(), reviews + 1);
}

void TestServerOffboarding::accessReviewsAreListedNewestFirstAndPaged()
{
    QList<qint64> made;
    for (int days : {11, 12, 13}) {
        const auto r = m_api->send(admin::MainA, "POST", QStringLiteral("/access-reviews"),
                                   reviewBody(days, {{QStringLiteral("inactive"), days}}));
        QCOMPARE(r.status, 201);
        made.prepend(r.object().value(QLatin1String("id")).toInteger());   // newest first
    }
    const qint64 total = reviewTotal();
    QVERIFY(total >= 3);
    auto r = m_api->get(admin::MainA, QStringLiteral("/access-reviews?size=2"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("total")).toInteger(), total);
    QCOMPARE(r.object().value(QLatin1String("size")).toInt(), 2);
    QJsonArray items = r.object().value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(QLatin1String("id")).toInteger(), made.at(0));
    QCOMPARE(items.at(0).toObject().value(QLatin1String("inactive_days")).toInt(), 13);
    QCOMPARE(items.at(1).toObject().value(QLatin1String("id")).toInteger(), made.at(1));
    r = m_api->get(admin::MainA, QStringLiteral("/access-reviews?size=2&page=2"));
    items = r.object().value(QLatin1String("items")).toArray();
    QCOMPARE(items.first().toObject().value(QLatin1String("id")).toInteger(), made.at(2));
    QCOMPARE(r.object().value(QLatin1String("page")).toInt(), 2);
    r = m_api->get(admin::MainA, QStringLiteral("/access-reviews?page=1000"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.object().value(QLatin1String("items")).toArray().isEmpty());
    QCOMPARE(r.object().value(QLatin1String("total")).toInteger(), total);
    for (const QString &bad : {QStringLiteral("size=0"), QStringLiteral("size=101"), QStringLiteral("page=x")}) {
        r = m_api->get(admin::MainA, QStringLiteral("/access-reviews?") + bad);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorField(r), bad.section(QLatin1Char('='), 0, 0));
    }
    // Every item reads with the client's codec.
    r = m_api->get(admin::MainA, QStringLiteral("/access-reviews?size=100"));
    const QJsonArray all = r.object().value(QLatin1String("items")).toArray();
    for (const QJsonValue &v : all) {
        QString why;
        QVERIFY2(zc::sync::AccessReview::fromJson(v.toObject(), &why), qPrintable(why));
    }
}

// --- event details ------------------------------------------------------------------

void TestServerOffboarding::roleEventsCarryBeforeAndAfter()
{
    const auto &catalog = zc::PermissionCatalog::builtIn();
    // Sent out of catalog order; stored and recorded as leaves in catalog order.
    const QStringList sent = {QStringLiteral("drug.settlement.payments"), QStringLiteral("basic.roles")};
    const QStringList leaves = catalog.expand(sent);
    QCOMPARE(leaves, (QStringList{QStringLiteral("basic.roles"), QStringLiteral("drug.settlement.payments")}));
    auto r = m_api->send(admin::MainA, "POST", QStringLiteral("/roles"), roleBody(QStringLiteral("对比角色"), QStringLiteral("旧备注"), sent));
    QCOMPARE(r.status, 201);
    const qint64 id = r.object().value(QLatin1String("id")).toInteger();
    QJsonObject event = newestEvent(QStringLiteral("role.create"));
    QCOMPARE(event.value(QLatin1String("target_id")).toInteger(), id);
    const QJsonObject created = roleState(QStringLiteral("对比角色"), QStringLiteral("旧备注"), leaves);
    QCOMPARE(event.value(QLatin1String("details")).toObject(), (QJsonObject{{QStringLiteral("after"), created}}));
    QString why;
    auto parsed = zc::AuditEvent::fromJson(event, &why);
    QVERIFY2(parsed, qPrintable(why));
    QVERIFY(!parsed->roleBefore());
    QCOMPARE(parsed->roleAfter().value_or(QJsonObject()), created);

    // A parent code stands for its leaves (a manufacturer's `basic`: all but institution_info).
    const QStringList newLeaves = zc::PermissionCatalog::builtInFor(zc::Unit::Kind::Manufacturer).expand({QStringLiteral("basic")});
    r = m_api->send(admin::MainA, "PUT", QStringLiteral("/roles/%1").arg(id),
                    roleBody(QStringLiteral("对比角色（新）"), QString(), {QStringLiteral("basic")}), zc::test::etag(r));
    QCOMPARE(r.status, 200);
    event = newestEvent(QStringLiteral("role.update"));
    QCOMPARE(event.value(QLatin1String("target_id")).toInteger(), id);
    const QJsonObject updated = roleState(QStringLiteral("对比角色（新）"), QString(), newLeaves);
    QCOMPARE(event.value(QLatin1String("details")).toObject(),
             (QJsonObject{{QStringLiteral("before"), created}, {QStringLiteral("after"), updated}}));
    QCOMPARE(updated.value(QLatin1String("permissions")).toArray(), r.object().value(QLatin1String("permissions")).toArray());
    parsed = zc::AuditEvent::fromJson(event, &why);
    QVERIFY2(parsed, qPrintable(why));
    QCOMPARE(parsed->roleBefore().value_or(QJsonObject()), created);
    QCOMPARE(parsed->roleAfter().value_or(QJsonObject()), updated);

    // A PUT with the same values writes no event at all.
    const qint64 events = m_api->auditCount();
    QCOMPARE(m_api->send(admin::MainA, "PUT", QStringLiteral("/roles/%1").arg(id),
                         roleBody(QStringLiteral("对比角色（新）"), QString(), newLeaves), zc::test::etag(r)).status,
             200);
    QCOMPARE(m_api->auditCount(), events);

    QCOMPARE(m_api->send(admin::MainA, "DELETE", QStringLiteral("/roles/%1").arg(id)).status, 204);
    event = newestEvent(QStringLiteral("role.delete"));
    QCOMPARE(event.value(QLatin1String("target_id")).toInteger(), id);
    QCOMPARE(event.value(QLatin1String("details")).toObject(), (QJsonObject{{QStringLiteral("before"), updated}}));
}

void TestServerOffboarding::aChangeOfKindRecordsWhatEachRoleLost()
{
    // A server of its own: the unit's kind changes for good.
    TestServer server(admin::serverOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Api api(server);
    const qint64 all = api.roleId(admin::RoleAll);
    const QJsonObject before = api.get(admin::MainA, QStringLiteral("/roles/%1").arg(all)).object();
    const QStringList had = [&] {
        QStringList out;
        const QJsonArray p = before.value(QLatin1String("permissions")).toArray();
        for (const QJsonValue &v : p)
            out << v.toString();
        return out;
    }();
    QVERIFY(had.contains(QStringLiteral("drug.settlement.payments")));
    // 测试甲单位 becomes a medical institution: payments are not its menu.
    const auto r = api.send(admin::MainA, "POST", QStringLiteral("/unit/authentication"),
                            QJsonObject{{QStringLiteral("kind"), QStringLiteral("medical_institution")},
                                        {QStringLiteral("unit_code"), QStringLiteral("H32010200099")}});
    QCOMPARE(r.status, 200);
    const QJsonObject after = api.get(admin::MainA, QStringLiteral("/roles/%1").arg(all)).object();
    const auto events = api.get(admin::MainA, QStringLiteral("/audit-events?size=100&action=role.update")).object()
                            .value(QLatin1String("items")).toArray();
    QJsonObject event;
    for (const QJsonValue &v : events) {
        if (v.toObject().value(QLatin1String("target_id")).toInteger() == all) {
            event = v.toObject();
            break;
        }
    }
    QVERIFY(!event.isEmpty());
    QVERIFY(event.value(QLatin1String("summary")).toString().startsWith(QStringLiteral("单位类型变更为医疗机构")));
    const QJsonObject details = event.value(QLatin1String("details")).toObject();
    // The role as GET showed it before and after, name and remark unchanged.
    const auto state = [](const QJsonObject &role) {
        return QJsonObject{{QStringLiteral("name"), role.value(QLatin1String("name"))},
                           {QStringLiteral("remark"), role.value(QLatin1String("remark"))},
                           {QStringLiteral("permissions"), role.value(QLatin1String("permissions"))}};
    };
    QCOMPARE(details, (QJsonObject{{QStringLiteral("before"), state(before)}, {QStringLiteral("after"), state(after)}}));
    QCOMPARE(after.value(QLatin1String("name")), before.value(QLatin1String("name")));
    QVERIFY(!after.value(QLatin1String("permissions")).toArray().contains(QStringLiteral("drug.settlement.payments")));
    QCOMPARE(after.value(QLatin1String("permissions")).toArray().size(), had.size() - 1);
}

void TestServerOffboarding::eventsWithoutDetailsReadNull()
{
    // An event as written before migration 5: no details column value.
    const QJsonObject me = m_api->get(admin::MainA, QStringLiteral("/me")).object();
    const qint64 unitId = me.value(QLatin1String("unit")).toObject().value(QLatin1String("id")).toInteger();
    zc::test::ServerDb db(m_server->dataDir());
    QVERIFY2(db.isOpen(), qPrintable(db.lastError()));
    QVERIFY2(db.exec(QStringLiteral("INSERT INTO audit_events (unit_id, at, actor_id, actor_name, actor_type, action,"
                                    " target_type, target_id, summary) VALUES (?, ?, NULL, ?, 'account', 'role.update',"
                                    " 'role', 1, ?)"),
                     {unitId, QDateTime::currentMSecsSinceEpoch() + 1000, QStringLiteral("旧系统"),
                      QStringLiteral("迁移前的事件")}),
             qPrintable(db.lastError()));
    const QJsonObject old = newestEvent(QStringLiteral("role.update"));
    QCOMPARE(old.value(QLatin1String("summary")).toString(), QStringLiteral("迁移前的事件"));
    QVERIFY(old.contains(QLatin1String("details")));
    QVERIFY(old.value(QLatin1String("details")).isNull());
    QString why;
    const auto parsed = zc::AuditEvent::fromJson(old, &why);
    QVERIFY2(parsed, qPrintable(why));
    QVERIFY(!parsed->roleBefore() && !parsed->roleAfter());

    // Actions without details read null too; every event has the key.
    const auto page = m_api->get(admin::MainA, QStringLiteral("/audit-events?size=100")).object()
                          .value(QLatin1String("items")).toArray();
    QVERIFY(!page.isEmpty());
    for (const QJsonValue &v : page) {
        const QJsonObject e = v.toObject();
        QVERIFY(e.contains(QLatin1String("details")));
        const QString action = e.value(QLatin1String("action")).toString();
        if (action == QLatin1String("role.assign") || action == QLatin1String("account.update"))
            QVERIFY2(e.value(QLatin1String("details")).isNull(), qPrintable(action));
    }
}

QTEST_GUILESS_MAIN(TestServerOffboarding)
#include "tst_server_offboarding.moc"
