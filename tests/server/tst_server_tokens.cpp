// API tokens (接口管理) over real TLS: creation with a secret shown once and
// stored only hashed, the list, the field rules and their codes, the rights a
// handler cannot grant, what a token may call and what not, its writes in the
// audit trail, last_used_at, deletion and expiry. (Races, the change of kind
// and the change feed: tst_server_tokenuse.)
#include "ServerTestSupport.h"
#include "TestServer.h"

#include "models/ApiToken.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using zc::test::Api;
using zc::test::ServerDb;
using zc::test::TestServer;
namespace admin = zc::test::admin;

namespace {

QJsonObject tokenBody(const QString &name, const QStringList &permissions, const QJsonValue &days = 30)
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}};
    if (!days.isUndefined())
        o.insert(QStringLiteral("expires_in_days"), days);
    return o;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &x : a)
        out << x.toString();
    return out;
}

QString errorField(const TestServer::Reply &r)
{
    return r.object().value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString();
}

qint64 idOf(const TestServer::Reply &r)
{
    return r.object().value(QLatin1String("id")).toInteger();
}

QString secretOf(const TestServer::Reply &r)
{
    return r.object().value(QLatin1String("token")).toString();
}

QByteArray sha256Hex(const QString &secret)
{
    return QCryptographicHash::hash(secret.toLatin1(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestServerTokens : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createAnswersTheSecretOnceAndStoresOnlyItsHash();
    void listIsNewestFirstPagedAndWithoutSecrets();
    void namesAreTrimmedLimitedAndUniqueAmongLiveTokens();
    void expiresInDaysIsAnIntegerFrom1To365();
    void permissionsFollowTheRulesOfRoles();
    void aTokenCallsWhatItHoldsAndNoSessionEndpoint();
    void writesWithATokenAreAuditedAsTheToken();
    void lastUsedAtIsWrittenOnUseAtMostOnceAMinute();
    void deleteStopsTheTokenAtOnceAndIsIdempotent();
    void anExpiredTokenIsRefused();

private:
    TestServer::Reply create(const QString &login, const QJsonObject &body)
    {
        return m_api->send(login, "POST", QStringLiteral("/api-tokens"), body);
    }
    // A token of unit A made by its main account; its secret (empty on failure).
    QString makeToken(const QString &name, const QStringList &permissions, qint64 *id = nullptr);
    TestServer::Reply call(const QString &secret, const QByteArray &verb, const QString &path,
                           const QJsonObject &body = {})
    {
        return m_server->request(verb, path, body, secret);
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Api> m_api;
};

void TestServerTokens::init()
{
    m_server = std::make_unique<TestServer>(admin::serverOptions());
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_api = std::make_unique<Api>(*m_server);
}

void TestServerTokens::cleanup()
{
    m_api.reset();
    m_server.reset();
}

QString TestServerTokens::makeToken(const QString &name, const QStringList &permissions, qint64 *id)
{
    const auto r = create(admin::MainA, tokenBody(name, permissions, 365));
    if (r.status != 201)
        return {};
    if (id)
        *id = idOf(r);
    return secretOf(r);
}

void TestServerTokens::createAnswersTheSecretOnceAndStoresOnlyItsHash()
{
    const auto r = create(admin::MainA, tokenBody(QStringLiteral("  ERP 对接  "), {QStringLiteral("basic.roles")}));
    QCOMPARE(r.status, 201);
    const QString secret = secretOf(r);
    // zcat_ and 256 random bits, URL-safe.
    QVERIFY2(QRegularExpression(QStringLiteral("^zcat_[A-Za-z0-9_-]{43,}$")).match(secret).hasMatch(), qPrintable(secret));
    QString why;
    const std::optional<zc::ApiToken> token = zc::ApiToken::fromJson(r.object(), &why);
    QVERIFY2(token, qPrintable(why));
    QCOMPARE(token->name, QStringLiteral("ERP 对接"));
    QCOMPARE(token->permissions, QStringList{QStringLiteral("basic.roles")});
    QCOMPARE(token->createdById, m_api->accountId(admin::MainA));
    QCOMPARE(token->createdByName, m_api->get(admin::MainA, QStringLiteral("/me")).object()
                                       .value(QLatin1String("account")).toObject().value(QLatin1String("name")).toString());
    QCOMPARE(token->createdAt.secsTo(token->expiresAt), 30LL * 86400);
    QVERIFY(qAbs(token->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(!token->lastUsedAt.isValid());
    QVERIFY(!token->revoked);
    QCOMPARE(r.header("Cache-Control"), QByteArrayLiteral("no-store"));

    // Stored as its SHA-256 only: the secret itself is nowhere in the database.
    ServerDb db(m_server->dataDir());
    QVERIFY2(db.isOpen(), qPrintable(db.lastError()));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM api_tokens WHERE token_hash = ?"),
                       {QString::fromLatin1(sha256Hex(secret))}).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM api_tokens WHERE token_hash = ? OR name = ?"),
                       {secret, secret}).toInt(), 0);
    if (!TestServer::usingPostgres()) {
        const QString file = m_server->dataDir() + QStringLiteral("/zhaocai.sqlite3");
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(file + suffix);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(bytes.contains(sha256Hex(secret)));        // the hash is there, so the check below can fail
        QVERIFY(!bytes.contains(secret.toLatin1()));
        QVERIFY(!bytes.contains(secret.mid(5).toLatin1())); // not even without its prefix
    }
    // The token works, and the secret never comes back.
    QCOMPARE(call(secret, "GET", QStringLiteral("/roles")).status, 200);
    QVERIFY(!m_api->get(admin::MainA, QStringLiteral("/api-tokens")).body.contains(secret.toLatin1()));
}

void TestServerTokens::listIsNewestFirstPagedAndWithoutSecrets()
{
    QList<qint64> ids;
    for (int i = 1; i <= 3; ++i) {
        qint64 id = 0;
        QVERIFY(!makeToken(QStringLiteral("令牌 %1").arg(i), {QStringLiteral("basic.accounts")}, &id).isEmpty());
        ids.prepend(id);
    }
    auto r = m_api->get(admin::MainA, QStringLiteral("/api-tokens?size=2"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), 3);
    QCOMPARE(r.object().value(QLatin1String("size")).toInt(), 2);
    QJsonArray items = r.object().value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(QLatin1String("id")).toInteger(), ids.at(0));
    QCOMPARE(items.at(1).toObject().value(QLatin1String("id")).toInteger(), ids.at(1));
    for (const QJsonValue &item : std::as_const(items)) {
        QVERIFY(!item.toObject().contains(QLatin1String("token")));
        QVERIFY(zc::ApiToken::fromJson(item.toObject()));
        QCOMPARE(strings(item.toObject().value(QLatin1String("permissions"))), QStringList{QStringLiteral("basic.accounts")});
    }
    r = m_api->get(admin::MainA, QStringLiteral("/api-tokens?size=2&page=2"));
    items = r.object().value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QLatin1String("id")).toInteger(), ids.at(2));
    for (const char *query : {"size=0", "size=101", "page=0", "page=x"})
        QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/api-tokens?") + QLatin1String(query)).errorCode(),
                 QStringLiteral("invalid_field"));
    // Unit B sees none of them; a handler with 接口管理 sees them all.
    QCOMPARE(m_api->get(admin::MainB, QStringLiteral("/api-tokens")).object().value(QLatin1String("total")).toInt(), 0);
    QCOMPARE(m_api->get(admin::AllBasic, QStringLiteral("/api-tokens")).object().value(QLatin1String("total")).toInt(), 3);
    QCOMPARE(m_api->get(admin::RolesOnly, QStringLiteral("/api-tokens")).errorCode(), QStringLiteral("forbidden"));
}

void TestServerTokens::namesAreTrimmedLimitedAndUniqueAmongLiveTokens()
{
    const QStringList perms{QStringLiteral("basic.roles")};
    for (const QJsonValue &bad : {QJsonValue(QStringLiteral("   ")), QJsonValue(QString(31, QChar(0x4E2D))),
                                  QJsonValue(QStringLiteral("a") + QChar(7) + QStringLiteral("b")), QJsonValue(7), QJsonValue()}) {
        QJsonObject body = tokenBody(QString(), perms);
        body.insert(QStringLiteral("name"), bad);
        const auto r = create(admin::MainA, body);
        QVERIFY2(r.status == 400 && r.errorCode() == QLatin1String("invalid_field") && errorField(r) == QLatin1String("name"),
                 r.body.constData());
    }
    QJsonObject noName = tokenBody(QString(), perms);
    noName.remove(QStringLiteral("name"));
    QCOMPARE(errorField(create(admin::MainA, noName)), QStringLiteral("name"));
    // 30 code points, one of them outside the BMP (two UTF-16 units), is fine.
    const QString thirty = QString(29, QChar(0x4E2D)) + QString::fromUcs4(U"\U00020000");
    QCOMPARE(create(admin::MainA, tokenBody(thirty, perms)).status, 201);

    auto first = create(admin::MainA, tokenBody(QStringLiteral("Nightly Export"), perms));
    QCOMPARE(first.status, 201);
    const auto taken = create(admin::MainA, tokenBody(QStringLiteral("  nightly EXPORT "), perms));
    QCOMPARE(taken.status, 409);
    QCOMPARE(taken.errorCode(), QStringLiteral("token_name_taken"));
    QCOMPARE(errorField(taken), QStringLiteral("name"));
    QVERIFY(!taken.object().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().isEmpty());
    // Another unit may use the name; a deleted token's name is free again.
    QCOMPARE(create(admin::MainB, tokenBody(QStringLiteral("Nightly Export"), perms)).status, 201);
    QCOMPARE(m_api->send(admin::MainA, "DELETE", QStringLiteral("/api-tokens/%1").arg(idOf(first))).status, 204);
    const auto again = create(admin::MainA, tokenBody(QStringLiteral("Nightly Export"), perms));
    QCOMPARE(again.status, 201);
    // Both stay in the list: the deleted one as revoked.
    const QJsonArray items = m_api->get(admin::MainA, QStringLiteral("/api-tokens?size=100")).object()
                                 .value(QLatin1String("items")).toArray();
    int live = 0;
    int revoked = 0;
    for (const QJsonValue &v : items) {
        if (v.toObject().value(QLatin1String("name")).toString() != QLatin1String("Nightly Export"))
            continue;
        (v.toObject().value(QLatin1String("revoked")).toBool() ? revoked : live)++;
    }
    QCOMPARE(live, 1);
    QCOMPARE(revoked, 1);
}

void TestServerTokens::expiresInDaysIsAnIntegerFrom1To365()
{
    const QStringList perms{QStringLiteral("basic.roles")};
    int n = 0;
    for (const QJsonValue &bad : {QJsonValue(0), QJsonValue(366), QJsonValue(-1), QJsonValue(1.5),
                                  QJsonValue(QStringLiteral("30")), QJsonValue(true), QJsonValue(), QJsonValue(1e300)}) {
        const auto r = create(admin::MainA, tokenBody(QStringLiteral("天数 %1").arg(++n), perms, bad));
        QVERIFY2(r.status == 400 && errorField(r) == QLatin1String("expires_in_days"), r.body.constData());
    }
    const auto missing = create(admin::MainA, tokenBody(QStringLiteral("无天数"), perms, QJsonValue::Undefined));
    QCOMPARE(errorField(missing), QStringLiteral("expires_in_days"));
    for (const int days : {1, 365}) {
        const auto r = create(admin::MainA, tokenBody(QStringLiteral("有效 %1 天").arg(days), perms, days));
        QCOMPARE(r.status, 201);
        const auto t = zc::ApiToken::fromJson(r.object());
        QVERIFY(t);
        QCOMPARE(t->createdAt.secsTo(t->expiresAt), qint64(days) * 86400);
    }
    QCOMPARE(create(admin::MainA, tokenBody(QStringLiteral("三十天"), perms, 30.0)).status, 201);
    // Nothing was made by the refused ones.
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/api-tokens")).object().value(QLatin1String("total")).toInt(), 3);
}

void TestServerTokens::permissionsFollowTheRulesOfRoles()
{
    // Unknown codes and another kind's leaves (unit A is a manufacturer).
    for (const QString &code : {QStringLiteral("no.such.menu"), QStringLiteral("drug.purchase.orders"),
                                QStringLiteral("basic.institution_info")}) {
        const auto r = create(admin::MainA, tokenBody(QStringLiteral("未知 ") + code, {code}));
        QVERIFY2(r.status == 422 && r.errorCode() == QLatin1String("unknown_permission"), qPrintable(code));
        QCOMPARE(errorField(r), QStringLiteral("permissions"));
    }
    QJsonObject notAList = tokenBody(QStringLiteral("坏权限"), {});
    notAList.insert(QStringLiteral("permissions"), QStringLiteral("basic"));
    QCOMPARE(errorField(create(admin::MainA, notAList)), QStringLiteral("permissions"));
    // A parent stands for its leaves of the unit's kind.
    const auto parent = create(admin::MainA, tokenBody(QStringLiteral("基础设置"), {QStringLiteral("basic")}));
    QCOMPARE(parent.status, 201);
    QCOMPARE(strings(parent.object().value(QLatin1String("permissions"))),
             (QStringList{QStringLiteral("basic.roles"), QStringLiteral("basic.accounts"), QStringLiteral("basic.interfaces")}));
    // A handler with 接口管理 grants what it holds, never more.
    const auto held = create(admin::AllBasic, tokenBody(QStringLiteral("经办人的"), {QStringLiteral("basic.accounts"),
                                                                                 QStringLiteral("drug.settlement.payments")}));
    QCOMPARE(held.status, 201);
    QCOMPARE(held.object().value(QLatin1String("created_by")).toObject().value(QLatin1String("id")).toInteger(),
             m_api->accountId(admin::AllBasic));
    const auto notHeld = create(admin::AllBasic, tokenBody(QStringLiteral("越权"), {QStringLiteral("drug.listing.apply")}));
    QCOMPARE(notHeld.status, 422);
    QCOMPARE(notHeld.errorCode(), QStringLiteral("permission_not_held"));
    QCOMPARE(errorField(notHeld), QStringLiteral("permissions"));
    QCOMPARE(create(admin::AllBasic, tokenBody(QStringLiteral("越权父"), {QStringLiteral("drug")})).errorCode(),
             QStringLiteral("permission_not_held"));
    // The main account holds every leaf of its kind.
    QCOMPARE(create(admin::MainA, tokenBody(QStringLiteral("挂网"), {QStringLiteral("drug.listing.apply")})).status, 201);
    // Without 接口管理: no tokens at all.
    QCOMPARE(create(admin::NoRights, tokenBody(QStringLiteral("无权"), {})).errorCode(), QStringLiteral("forbidden"));
}

void TestServerTokens::aTokenCallsWhatItHoldsAndNoSessionEndpoint()
{
    // Even with every basic leaf (接口管理 included) a token is no session.
    const QString secret = makeToken(QStringLiteral("角色脚本"), {QStringLiteral("basic.roles"), QStringLiteral("basic.interfaces")});
    QVERIFY(!secret.isEmpty());
    QCOMPARE(call(secret, "GET", QStringLiteral("/roles")).status, 200);
    const auto role = call(secret, "POST", QStringLiteral("/roles"),
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("脚本角色")},
                                       {QStringLiteral("permissions"), QJsonArray{QStringLiteral("basic.roles")}}});
    QCOMPARE(role.status, 201);
    // A role made by a token: created_by names the token, no account.
    QCOMPARE(role.object().value(QLatin1String("created_by")).toObject(),
             (QJsonObject{{QStringLiteral("id"), 0}, {QStringLiteral("name"), QStringLiteral("角色脚本")}}));
    QCOMPARE(call(secret, "GET", QStringLiteral("/permissions")).status, 200);
    QCOMPARE(call(secret, "GET", QStringLiteral("/unit/institutions")).status, 200);
    QCOMPARE(call(secret, "GET", QStringLiteral("/changes")).status, 200);
    QCOMPARE(call(secret, "GET", QStringLiteral("/audit-events")).status, 200);

    const struct { QByteArray verb; const char *path; QJsonObject body; } refused[] = {
        {"GET", "/handlers", {}},
        {"GET", "/me", {}},
        {"PUT", "/me/password", {{QStringLiteral("old_password"), QStringLiteral("x")}, {QStringLiteral("new_password"), QStringLiteral("y")}}},
        {"DELETE", "/sessions/current", {}},
        {"POST", "/sessions/current/unit", {{QStringLiteral("unit_id"), 1}}},
        {"POST", "/sessions/current/institution", {{QStringLiteral("institution_id"), 1}}},
        {"GET", "/api-tokens", {}},
        {"POST", "/api-tokens", tokenBody(QStringLiteral("子令牌"), {})},
        {"DELETE", "/api-tokens/1", {}},
        {"POST", "/unit/authentication", {{QStringLiteral("kind"), QStringLiteral("manufacturer")}, {QStringLiteral("unit_code"), QStringLiteral("SC32010000011")}}},
    };
    for (const auto &r : refused) {
        const auto reply = call(secret, r.verb, QLatin1String(r.path), r.body);
        QVERIFY2(reply.status == 403 && reply.errorCode() == QLatin1String("forbidden"),
                 qPrintable(QStringLiteral("%1 %2: %3").arg(QLatin1String(r.verb), QLatin1String(r.path)).arg(reply.status)));
    }
    // The token is still there and the session endpoints did nothing to it.
    QCOMPARE(call(secret, "GET", QStringLiteral("/roles")).status, 200);
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/api-tokens")).object().value(QLatin1String("total")).toInt(), 1);

    // Bearers that are no live token: 401, and a session's token still works.
    QString forged = secret;
    forged[10] = forged.at(10) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const QStringList bearers{forged, secret.left(20), QString(secret + QLatin1Char('x')), QStringLiteral("zcat_"),
                              QString(QStringLiteral("zcat_") + QString(43, QLatin1Char('!')))};
    for (const QString &bad : bearers) {
        const auto r = call(bad, "GET", QStringLiteral("/roles"));
        QVERIFY2(r.status == 401 && r.errorCode() == QLatin1String("unauthenticated"), qPrintable(bad));
    }
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/roles")).status, 200);
}

void TestServerTokens::writesWithATokenAreAuditedAsTheToken()
{
    qint64 tokenId = 0;
    const QString secret = makeToken(QStringLiteral("同步程序"), {QStringLiteral("basic")}, &tokenId);
    QVERIFY(!secret.isEmpty());
    const auto role = call(secret, "POST", QStringLiteral("/roles"),
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("同步角色")},
                                       {QStringLiteral("permissions"), QJsonArray{QStringLiteral("basic.accounts")}}});
    QCOMPARE(role.status, 201);
    const qint64 filler = m_api->accountId(admin::filler(1));
    QCOMPARE(call(secret, "PUT", QStringLiteral("/roles/%1/accounts/%2").arg(idOf(role)).arg(filler)).status, 204);

    auto events = m_api->get(admin::MainA, QStringLiteral("/audit-events?actor_type=api_token")).object();
    QCOMPARE(events.value(QLatin1String("total")).toInt(), 2);
    const QJsonArray items = events.value(QLatin1String("items")).toArray();
    QCOMPARE(items.at(0).toObject().value(QLatin1String("action")).toString(), QStringLiteral("role.assign"));
    QCOMPARE(items.at(1).toObject().value(QLatin1String("action")).toString(), QStringLiteral("role.create"));
    for (const QJsonValue &v : items) {
        QCOMPARE(v.toObject().value(QLatin1String("actor_type")).toString(), QStringLiteral("api_token"));
        QCOMPARE(v.toObject().value(QLatin1String("actor")).toObject(),
                 (QJsonObject{{QStringLiteral("id"), tokenId}, {QStringLiteral("name"), QStringLiteral("同步程序")}}));
    }
    // actor with actor_type=api_token is a token's id; actor alone an account's.
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/audit-events?actor_type=api_token&actor=%1").arg(tokenId)).object()
                 .value(QLatin1String("total")).toInt(), 2);
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/audit-events?actor_type=api_token&actor=%1").arg(tokenId + 1000)).object()
                 .value(QLatin1String("total")).toInt(), 0);
    const qint64 main = m_api->accountId(admin::MainA);
    events = m_api->get(admin::MainA, QStringLiteral("/audit-events?actor=%1").arg(main)).object();
    QVERIFY(events.value(QLatin1String("total")).toInt() >= 1);   // the token's creation at least
    for (const QJsonValue &v : events.value(QLatin1String("items")).toArray())
        QCOMPARE(v.toObject().value(QLatin1String("actor_type")).toString(), QStringLiteral("account"));
    // The creation itself: the main account's, on target api_token.
    const auto created = m_api->get(admin::MainA, QStringLiteral("/audit-events?action=api_token.create")).object();
    QCOMPARE(created.value(QLatin1String("total")).toInt(), 1);
    const QJsonObject ev = created.value(QLatin1String("items")).toArray().at(0).toObject();
    QCOMPARE(ev.value(QLatin1String("target_type")).toString(), QStringLiteral("api_token"));
    QCOMPARE(ev.value(QLatin1String("target_id")).toInteger(), tokenId);
    QCOMPARE(ev.value(QLatin1String("actor_type")).toString(), QStringLiteral("account"));
    // Token events are for those with 接口管理 (and the main account).
    QCOMPARE(m_api->get(admin::AllBasic, QStringLiteral("/audit-events?action=api_token.create")).object()
                 .value(QLatin1String("total")).toInt(), 1);
    QCOMPARE(m_api->get(admin::RolesOnly, QStringLiteral("/audit-events?action=api_token.create")).object()
                 .value(QLatin1String("total")).toInt(), 0);
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/audit-events?actor_type=robot")).errorCode(),
             QStringLiteral("invalid_field"));
}

void TestServerTokens::lastUsedAtIsWrittenOnUseAtMostOnceAMinute()
{
    qint64 id = 0;
    const QString secret = makeToken(QStringLiteral("计数"), {QStringLiteral("basic.roles")}, &id);
    QVERIFY(!secret.isEmpty());
    const auto lastUsed = [this, id] {
        const QJsonArray items = m_api->get(admin::MainA, QStringLiteral("/api-tokens")).object()
                                     .value(QLatin1String("items")).toArray();
        for (const QJsonValue &v : items)
            if (v.toObject().value(QLatin1String("id")).toInteger() == id)
                return v.toObject().value(QLatin1String("last_used_at"));
        return QJsonValue(QJsonValue::Undefined);
    };
    QVERIFY(lastUsed().isNull());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QCOMPARE(call(secret, "GET", QStringLiteral("/roles")).status, 200);
    const QDateTime used = QDateTime::fromString(lastUsed().toString(), Qt::ISODate);
    QVERIFY2(used.isValid() && used >= before && used <= QDateTime::currentDateTimeUtc(), qPrintable(lastUsed().toString()));
    // A burst right after is no write: the stored millisecond stays what it was.
    ServerDb db(m_server->dataDir());
    const QString sql = QStringLiteral("SELECT last_used_at FROM api_tokens WHERE id = ?");
    const qint64 stored = db.scalar(sql, {id}).toLongLong();
    QVERIFY(stored > 0);
    QTest::qWait(20);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(call(secret, "GET", QStringLiteral("/roles")).status, 200);
    QCOMPARE(db.scalar(sql, {id}).toLongLong(), stored);
    // A minute later it is written again (the minute made to have passed in the database).
    QVERIFY(db.exec(QStringLiteral("UPDATE api_tokens SET last_used_at = ? WHERE id = ?"), {stored - 61000, id}));
    QCOMPARE(call(secret, "GET", QStringLiteral("/roles")).status, 200);
    QVERIFY(db.scalar(sql, {id}).toLongLong() > stored);
}

void TestServerTokens::deleteStopsTheTokenAtOnceAndIsIdempotent()
{
    qint64 id = 0;
    const QString secret = makeToken(QStringLiteral("待删"), {QStringLiteral("basic.roles")}, &id);
    QCOMPARE(call(secret, "GET", QStringLiteral("/roles")).status, 200);
    // Another unit's id and ids that name nothing: 404 alike.
    QCOMPARE(m_api->send(admin::MainB, "DELETE", QStringLiteral("/api-tokens/%1").arg(id)).errorCode(), QStringLiteral("not_found"));
    for (const QString &path : {QStringLiteral("/api-tokens/999999"), QStringLiteral("/api-tokens/abc"), QStringLiteral("/api-tokens/0")})
        QCOMPARE(m_api->send(admin::MainA, "DELETE", path).errorCode(), QStringLiteral("not_found"));
    QCOMPARE(call(secret, "GET", QStringLiteral("/roles")).status, 200);

    const qint64 events = m_api->auditCount();
    QCOMPARE(m_api->send(admin::AllBasic, "DELETE", QStringLiteral("/api-tokens/%1").arg(id)).status, 204);
    const auto refused = call(secret, "GET", QStringLiteral("/roles"));
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.errorCode(), QStringLiteral("unauthenticated"));
    QCOMPARE(m_api->auditCount(), events + 1);
    const auto deleted = m_api->get(admin::MainA, QStringLiteral("/audit-events?action=api_token.delete")).object();
    QCOMPARE(deleted.value(QLatin1String("items")).toArray().at(0).toObject().value(QLatin1String("target_id")).toInteger(), id);
    // A second DELETE: 204, nothing changes, no second event.
    QCOMPARE(m_api->send(admin::MainA, "DELETE", QStringLiteral("/api-tokens/%1").arg(id)).status, 204);
    QCOMPARE(m_api->auditCount(), events + 1);
    const QJsonObject listed = m_api->get(admin::MainA, QStringLiteral("/api-tokens")).object()
                                   .value(QLatin1String("items")).toArray().at(0).toObject();
    QCOMPARE(listed.value(QLatin1String("id")).toInteger(), id);
    QVERIFY(listed.value(QLatin1String("revoked")).toBool());
    QCOMPARE(call(secret, "GET", QStringLiteral("/permissions")).status, 401);
}

void TestServerTokens::anExpiredTokenIsRefused()
{
    // A server whose token "day" is 2 seconds (a --dev seam).
    TestServer::Options o = admin::serverOptions();
    o.extraArgs << QStringLiteral("--api-token-day-seconds") << QStringLiteral("2");
    TestServer fast(o);
    QVERIFY2(fast.start(), qPrintable(fast.errorString()));
    Api api(fast);
    const auto r = api.send(admin::MainA, "POST", QStringLiteral("/api-tokens"),
                            tokenBody(QStringLiteral("短命"), {QStringLiteral("basic.roles")}, 1));
    QCOMPARE(r.status, 201);
    const QString secret = secretOf(r);
    const auto t = zc::ApiToken::fromJson(r.object());
    QVERIFY(t);
    QCOMPARE(t->createdAt.secsTo(t->expiresAt), 2LL);
    QCOMPARE(fast.request("GET", QStringLiteral("/roles"), {}, secret).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(fast.request("GET", QStringLiteral("/roles"), {}, secret).status, 401, 10000);
    QCOMPARE(fast.request("GET", QStringLiteral("/roles"), {}, secret).errorCode(), QStringLiteral("unauthenticated"));
    // It stays in the list, not revoked, and keeps its name until it is deleted.
    const QJsonObject listed = api.get(admin::MainA, QStringLiteral("/api-tokens")).object()
                                   .value(QLatin1String("items")).toArray().at(0).toObject();
    QVERIFY(!listed.value(QLatin1String("revoked")).toBool());
    const auto body = tokenBody(QStringLiteral("短命"), {QStringLiteral("basic.roles")}, 1);
    QCOMPARE(api.send(admin::MainA, "POST", QStringLiteral("/api-tokens"), body).errorCode(), QStringLiteral("token_name_taken"));
    QCOMPARE(api.send(admin::MainA, "DELETE", QStringLiteral("/api-tokens/%1").arg(t->id)).status, 204);
    QCOMPARE(api.send(admin::MainA, "POST", QStringLiteral("/api-tokens"), body).status, 201);
    // Without --dev the seam is refused at start-up.
    TestServer::Options noDev = o;
    noDev.dev = false;
    TestServer refused(noDev);
    QVERIFY(!refused.start(5000));
}

QTEST_GUILESS_MAIN(TestServerTokens)
#include "tst_server_tokens.moc"
