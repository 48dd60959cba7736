// The authorization matrix: every endpoint of API.md × every kind of caller —
// no token, another unit's main account, a handler without the permission, a
// handler with it, the unit's main account, and an API token (接口管理) of the
// unit without the permission and with it — with the status each cell must
// answer. One row per endpoint (a data-driven test); each cell prepares its
// own target (a fresh role, handler, SMS code…) so that cells never depend on
// each other.
#include "ServerTestSupport.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <array>
#include <functional>

using zc::test::Api;
using zc::test::TestServer;
namespace admin = zc::test::admin;

namespace {

enum Caller { NoToken, OtherMain, Without, With, Main, TokenWithout, TokenWith, CallerCount };

const char *callerName(int c)
{
    static const char *const names[] = {"no token", "other unit's main account", "handler without the permission",
                                        "handler with the permission", "main account",
                                        "API token without the permission", "API token with the permission"};
    return names[c];
}

// The login of each caller (none for NoToken and the API tokens). "With" holds
// basic.roles, basic.accounts and basic.interfaces; so does "TokenWith" (made
// by unit A's main account with `basic`), "TokenWithout" only a drug leaf.
QString loginOf(int c)
{
    switch (c) {
    case OtherMain: return admin::MainB;
    case Without: return admin::NoRights;
    case With: return admin::AllBasic;
    case Main: return admin::MainA;
    default: return {};
    }
}

struct Request
{
    QByteArray verb;
    QString path;
    QJsonObject body;
    QString ifMatch;
};

struct Row
{
    const char *name;
    std::function<Request(int caller)> prepare;
    std::array<int, CallerCount> expected;   // NoToken, OtherMain, Without, With, Main, TokenWithout, TokenWith
    bool logsOut = false;
};

} // namespace

class TestServerAuthz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyEndpointAnswersEveryCaller_data();
    void everyEndpointAnswersEveryCaller();
    void theMatrixCoversEveryRoute();

private:
    QList<Row> rows();
    // Targets made by unit A's main account for one cell.
    qint64 freshRole();
    qint64 freshFiller();
    qint64 freshHandler();   // a new handler of unit A (added with an SMS code)
    QString handlerVersion(qint64 id);
    qint64 freshApiToken();
    // What a caller sends as its bearer (empty for NoToken).
    QString bearerOf(int caller);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Api> m_api;
    int m_counter = 0;
    int m_nextFiller = 1;
    QString m_apiTokens[2];   // TokenWithout, TokenWith
};

void TestServerAuthz::initTestCase()
{
    m_server = std::make_unique<TestServer>(admin::serverOptions());
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_api = std::make_unique<Api>(*m_server);
    for (int c = OtherMain; c <= Main; ++c)
        QVERIFY2(!m_api->token(loginOf(c)).isEmpty(), callerName(c));
    const QStringList rights[2] = {{QStringLiteral("drug.settlement.payments")}, {QStringLiteral("basic")}};
    for (int i = 0; i < 2; ++i) {
        const auto r = m_api->send(admin::MainA, "POST", QStringLiteral("/api-tokens"),
                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("矩阵令牌 %1").arg(i)},
                                               {QStringLiteral("permissions"), QJsonArray::fromStringList(rights[i])},
                                               {QStringLiteral("expires_in_days"), 1}});
        QCOMPARE(r.status, 201);
        m_apiTokens[i] = r.object().value(QLatin1String("token")).toString();
    }
}

QString TestServerAuthz::bearerOf(int c)
{
    if (c == TokenWithout || c == TokenWith)
        return m_apiTokens[c - TokenWithout];
    const QString login = loginOf(c);
    return login.isEmpty() ? QString() : m_api->token(login);
}

qint64 TestServerAuthz::freshApiToken()
{
    const auto r = m_api->send(admin::MainA, "POST", QStringLiteral("/api-tokens"),
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("矩阵待删 %1").arg(++m_counter)},
                                           {QStringLiteral("permissions"), QJsonArray()},
                                           {QStringLiteral("expires_in_days"), 1}});
    return r.object().value(QLatin1String("id")).toInteger();
}

void TestServerAuthz::cleanupTestCase()
{
    m_api.reset();
    m_server.reset();
}

qint64 TestServerAuthz::freshRole()
{
    const auto r = m_api->send(admin::MainA, "POST", QStringLiteral("/roles"),
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("矩阵角色 %1").arg(++m_counter)},
                                           {QStringLiteral("permissions"), QJsonArray{QStringLiteral("basic.roles")}}});
    return r.object().value(QLatin1String("id")).toInteger();
}

qint64 TestServerAuthz::freshFiller()
{
    return m_api->accountId(admin::filler(m_nextFiller++));
}

qint64 TestServerAuthz::freshHandler()
{
    const QString phone = QStringLiteral("1398000%1").arg(++m_counter, 4, 10, QLatin1Char('0'));
    const auto r = m_api->send(admin::MainA, "POST", QStringLiteral("/handlers"),
                               QJsonObject{{QStringLiteral("phone"), phone},
                                           {QStringLiteral("name"), QStringLiteral("矩阵离职 %1").arg(m_counter)},
                                           {QStringLiteral("sms_code"), m_api->smsCode(phone, QStringLiteral("add_handler"))}});
    return r.object().value(QLatin1String("id")).toInteger();
}

QString TestServerAuthz::handlerVersion(qint64 id)
{
    const auto r = m_api->get(admin::MainA, QStringLiteral("/handlers?size=100"));
    const QJsonArray items = r.object().value(QLatin1String("items")).toArray();
    for (const QJsonValue &v : items) {
        if (v.toObject().value(QLatin1String("id")).toInteger() == id)
            return v.toObject().value(QLatin1String("version")).toString();
    }
    return {};
}

QList<Row> TestServerAuthz::rows()
{
    // Fixed targets of unit A (none of the cells below deletes them).
    const qint64 role = m_api->roleId(admin::RoleAll);
    const qint64 patched = m_api->accountId(admin::filler(11));
    const qint64 assignee = m_api->accountId(admin::filler(12));
    const qint64 unitA = m_api->get(admin::MainA, QStringLiteral("/me")).object().value(QLatin1String("unit")).toObject()
                             .value(QLatin1String("id")).toInteger();
    const auto fixed = [](QByteArray verb, QString path, QJsonObject body = {}) {
        return [=](int) { return Request{verb, path, body, {}}; };
    };
    constexpr int Public201 = 201;

    return {
        // --- public: a token changes nothing ---
        {"GET /health", fixed("GET", QStringLiteral("/health")), {200, 200, 200, 200, 200, 200, 200}},
        {"POST /captchas", fixed("POST", QStringLiteral("/captchas")), {Public201, 201, 201, 201, 201, 201, 201}},
        {"POST /sessions", fixed("POST", QStringLiteral("/sessions"), QJsonObject{{QStringLiteral("x"), 1}}),
         {400, 400, 400, 400, 400, 400, 400}},
        {"POST /sms-codes", fixed("POST", QStringLiteral("/sms-codes"), QJsonObject{{QStringLiteral("x"), 1}}),
         {400, 400, 400, 400, 400, 400, 400}},
        {"POST /registrations", fixed("POST", QStringLiteral("/registrations"), QJsonObject{{QStringLiteral("x"), 1}}),
         {400, 400, 400, 400, 400, 400, 400}},
        {"POST /password-resets", fixed("POST", QStringLiteral("/password-resets"), QJsonObject{{QStringLiteral("x"), 1}}),
         {400, 400, 400, 400, 400, 400, 400}},

        // --- any session (an API token is none: 403) ---
        {"GET /me", fixed("GET", QStringLiteral("/me")), {401, 200, 200, 200, 200, 403, 403}},
        {"PUT /me/password (wrong old password)",
         fixed("PUT", QStringLiteral("/me/password"),
               QJsonObject{{QStringLiteral("old_password"), QStringLiteral("Not@The1Password")},
                           {QStringLiteral("new_password"), QStringLiteral("Brand@New2026x")}}),
         {401, 422, 422, 422, 422, 403, 403}},
        {"POST /sessions/current/unit (unit A)",
         fixed("POST", QStringLiteral("/sessions/current/unit"), QJsonObject{{QStringLiteral("unit_id"), unitA}}),
         {401, 404, 409, 409, 409, 403, 403}},
        {"POST /sessions/current/institution (none of theirs)",
         fixed("POST", QStringLiteral("/sessions/current/institution"), QJsonObject{{QStringLiteral("institution_id"), 1}}),
         {401, 404, 404, 404, 404, 403, 403}},
        {"GET /permissions", fixed("GET", QStringLiteral("/permissions")), {401, 200, 200, 200, 200, 200, 200}},
        {"GET /unit/institutions", fixed("GET", QStringLiteral("/unit/institutions")), {401, 200, 200, 200, 200, 200, 200}},
        {"GET /changes", fixed("GET", QStringLiteral("/changes")), {401, 200, 200, 200, 200, 200, 200}},

        // --- the main account only ---
        {"POST /unit/authentication",
         fixed("POST", QStringLiteral("/unit/authentication"),
               QJsonObject{{QStringLiteral("kind"), QStringLiteral("manufacturer")},
                           {QStringLiteral("unit_code"), QStringLiteral("SC32010000011")}}),
         {401, 422, 403, 403, 200, 403, 403}},

        // --- basic.accounts ---
        {"GET /handlers", fixed("GET", QStringLiteral("/handlers")), {401, 200, 403, 200, 200, 403, 200}},
        {"POST /handlers",
         [this](int) {
             const QString phone = QStringLiteral("1399000%1").arg(++m_counter, 4, 10, QLatin1Char('0'));
             return Request{"POST", QStringLiteral("/handlers"),
                            QJsonObject{{QStringLiteral("phone"), phone},
                                        {QStringLiteral("name"), QStringLiteral("矩阵经办人")},
                                        {QStringLiteral("sms_code"), m_api->smsCode(phone, QStringLiteral("add_handler"))}},
                            {}};
         },
         {401, 201, 403, 201, 201, 403, 201}},
        {"PATCH /handlers/{id}",
         [this, patched](int) {
             return Request{"PATCH", QStringLiteral("/handlers/%1").arg(patched),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("矩阵改名 %1").arg(++m_counter)}},
                            handlerVersion(patched)};
         },
         {401, 404, 403, 200, 200, 403, 200}},
        {"POST /handlers/{id}/password-reset",
         fixed("POST", QStringLiteral("/handlers/%1/password-reset").arg(patched)), {401, 404, 403, 202, 202, 403, 202}},
        {"DELETE /handlers/{id}",
         [this](int) { return Request{"DELETE", QStringLiteral("/handlers/%1").arg(freshFiller()), {}, {}}; },
         {401, 404, 403, 204, 204, 403, 204}},
        {"POST /handlers/{id}/offboarding",
         [this](int) { return Request{"POST", QStringLiteral("/handlers/%1/offboarding").arg(freshHandler()), {}, {}}; },
         {401, 404, 403, 200, 200, 403, 200}},

        // --- basic.roles ---
        {"GET /roles", fixed("GET", QStringLiteral("/roles")), {401, 200, 403, 200, 200, 403, 200}},
        {"POST /roles",
         [this](int) {
             return Request{"POST", QStringLiteral("/roles"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("矩阵新角色 %1").arg(++m_counter)},
                                        {QStringLiteral("permissions"), QJsonArray{QStringLiteral("basic.roles")}}},
                            {}};
         },
         {401, 201, 403, 201, 201, 403, 201}},
        {"GET /roles/{id}", fixed("GET", QStringLiteral("/roles/%1").arg(role)), {401, 404, 403, 200, 200, 403, 200}},
        {"PUT /roles/{id}",
         [this](int) {
             const qint64 id = freshRole();
             return Request{"PUT", QStringLiteral("/roles/%1").arg(id),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("矩阵改角色 %1").arg(++m_counter)},
                                        {QStringLiteral("permissions"), QJsonArray{QStringLiteral("basic.roles")}}},
                            QStringLiteral("1")};
         },
         {401, 404, 403, 200, 200, 403, 200}},
        {"DELETE /roles/{id}",
         [this](int) { return Request{"DELETE", QStringLiteral("/roles/%1").arg(freshRole()), {}, {}}; },
         {401, 404, 403, 204, 204, 403, 204}},
        {"GET /roles/{id}/accounts", fixed("GET", QStringLiteral("/roles/%1/accounts?assigned=false").arg(role)),
         {401, 404, 403, 200, 200, 403, 200}},
        {"PUT /roles/{id}/accounts/{account_id}",
         [this, assignee](int) {
             return Request{"PUT", QStringLiteral("/roles/%1/accounts/%2").arg(freshRole()).arg(assignee), {}, {}};
         },
         {401, 404, 403, 204, 204, 403, 204}},
        {"DELETE /roles/{id}/accounts/{account_id}",
         [this, assignee](int) {
             const QString path = QStringLiteral("/roles/%1/accounts/%2").arg(freshRole()).arg(assignee);
             (void)m_api->send(admin::MainA, "PUT", path);
             return Request{"DELETE", path, {}, {}};
         },
         {401, 404, 403, 204, 204, 403, 204}},

        // --- basic.roles or basic.accounts ---
        {"GET /audit-events", fixed("GET", QStringLiteral("/audit-events")), {401, 200, 403, 200, 200, 403, 200}},

        // --- basic.roles and basic.accounts, and never an API token ---
        {"POST /access-reviews",
         fixed("POST", QStringLiteral("/access-reviews"),
               QJsonObject{{QStringLiteral("inactive_days"), 90},
                           {QStringLiteral("findings"), QJsonObject{{QStringLiteral("inactive"), 1}}}}),
         {401, 201, 403, 201, 201, 403, 403}},
        {"GET /access-reviews", fixed("GET", QStringLiteral("/access-reviews")), {401, 200, 403, 200, 200, 403, 403}},

        // --- basic.interfaces, and never an API token ---
        {"GET /api-tokens", fixed("GET", QStringLiteral("/api-tokens")), {401, 200, 403, 200, 200, 403, 403}},
        {"POST /api-tokens",
         [this](int) {
             return Request{"POST", QStringLiteral("/api-tokens"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("矩阵新令牌 %1").arg(++m_counter)},
                                        {QStringLiteral("permissions"), QJsonArray{QStringLiteral("basic.roles")}},
                                        {QStringLiteral("expires_in_days"), 1}},
                            {}};
         },
         {401, 201, 403, 201, 201, 403, 403}},
        {"DELETE /api-tokens/{id}",
         [this](int) { return Request{"DELETE", QStringLiteral("/api-tokens/%1").arg(freshApiToken()), {}, {}}; },
         {401, 404, 403, 204, 204, 403, 403}},

        // --- last: it ends the callers' sessions ---
        {"DELETE /sessions/current", fixed("DELETE", QStringLiteral("/sessions/current")), {401, 204, 204, 204, 204, 403, 403}, true},
    };
}

void TestServerAuthz::everyEndpointAnswersEveryCaller_data()
{
    QTest::addColumn<int>("row");
    const QList<Row> table = rows();
    for (int i = 0; i < table.size(); ++i)
        QTest::newRow(table.at(i).name) << i;
}

void TestServerAuthz::everyEndpointAnswersEveryCaller()
{
    QFETCH(int, row);
    const Row r = rows().at(row);
    for (int c = 0; c < CallerCount; ++c) {
        const Request req = r.prepare(c);
        const QString login = loginOf(c);
        const auto reply = m_server->request(req.verb, req.path, req.body, bearerOf(c),
                                             req.ifMatch.isEmpty() ? QList<QPair<QByteArray, QByteArray>>()
                                                                   : zc::test::ifMatchHeader(req.ifMatch));
        QVERIFY2(reply.status == r.expected.at(size_t(c)),
                 qPrintable(QStringLiteral("%1 as %2: %3 (expected %4) %5")
                                .arg(QLatin1String(r.name), QLatin1String(callerName(c)))
                                .arg(reply.status)
                                .arg(r.expected.at(size_t(c)))
                                .arg(QString::fromUtf8(reply.body.left(200)))));
        // Each refusal says why, in the contract's words.
        if (r.expected.at(size_t(c)) == 401)
            QCOMPARE(reply.errorCode(), QStringLiteral("unauthenticated"));
        if (r.expected.at(size_t(c)) == 403)
            QCOMPARE(reply.errorCode(), QStringLiteral("forbidden"));
        if (r.expected.at(size_t(c)) == 404)
            QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));
        if (r.logsOut && !login.isEmpty())
            m_api->forget(login);
    }
}

void TestServerAuthz::theMatrixCoversEveryRoute()
{
    // Every route the server answers (all but the dev-only ones) has a row:
    // an unknown path would be 404 for every caller, a known one is not.
    QSet<QString> covered;
    const QList<Row> table = rows();
    for (const Row &r : table)
        covered.insert(QString::fromLatin1(r.name).section(QLatin1Char(' '), 0, 1));
    const QStringList apiRoutes = {
        QStringLiteral("GET /health"), QStringLiteral("POST /captchas"), QStringLiteral("POST /sms-codes"),
        QStringLiteral("POST /registrations"), QStringLiteral("POST /sessions"), QStringLiteral("POST /password-resets"),
        QStringLiteral("GET /me"), QStringLiteral("DELETE /sessions/current"), QStringLiteral("PUT /me/password"),
        QStringLiteral("POST /sessions/current/unit"), QStringLiteral("POST /sessions/current/institution"),
        QStringLiteral("POST /unit/authentication"), QStringLiteral("GET /unit/institutions"), QStringLiteral("GET /handlers"), QStringLiteral("POST /handlers"),
        QStringLiteral("PATCH /handlers/{id}"), QStringLiteral("POST /handlers/{id}/password-reset"),
        QStringLiteral("DELETE /handlers/{id}"), QStringLiteral("POST /handlers/{id}/offboarding"),
        QStringLiteral("GET /permissions"), QStringLiteral("GET /roles"),
        QStringLiteral("POST /roles"), QStringLiteral("GET /roles/{id}"), QStringLiteral("PUT /roles/{id}"),
        QStringLiteral("DELETE /roles/{id}"), QStringLiteral("GET /roles/{id}/accounts"),
        QStringLiteral("PUT /roles/{id}/accounts/{account_id}"), QStringLiteral("DELETE /roles/{id}/accounts/{account_id}"),
        QStringLiteral("GET /changes"), QStringLiteral("GET /audit-events"), QStringLiteral("GET /api-tokens"),
        QStringLiteral("POST /api-tokens"), QStringLiteral("DELETE /api-tokens/{id}"),
        QStringLiteral("POST /access-reviews"), QStringLiteral("GET /access-reviews"),
    };
    for (const QString &route : apiRoutes)
        QVERIFY2(covered.contains(route), qPrintable(route));
    QCOMPARE(covered.size(), apiRoutes.size());
}

QTEST_GUILESS_MAIN(TestServerAuthz)
#include "tst_server_authz.moc"
