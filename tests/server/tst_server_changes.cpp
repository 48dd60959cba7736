// The change feed (GET /changes) and the audit trail (GET /audit-events) over
// real TLS: full and incremental feeds, tombstones, limit / more, cursors
// that are not this caller's, visibility by permission, consistency while
// another server process writes, and the audit filters and scoping.
#include "ServerTestSupport.h"
#include "TestServer.h"

#include "models/PermissionCatalog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSslConfiguration>
#include <QTest>

#include <algorithm>

using zc::test::Api;
using zc::test::TestServer;
namespace admin = zc::test::admin;

namespace {

struct Feed
{
    QHash<qint64, QJsonObject> roles;      // latest seen, by id
    QHash<qint64, QJsonObject> accounts;
    QSet<qint64> deletedRoles;
    QSet<qint64> deletedAccounts;
    QString cursor;
    int pages = 0;
    int items = 0;

    // Applies one page as a client cache would.
    void apply(const QJsonObject &page)
    {
        const QJsonArray r = page.value(QLatin1String("roles")).toArray();
        for (const QJsonValue &v : r) {
            roles.insert(v.toObject().value(QLatin1String("id")).toInteger(), v.toObject());
            deletedRoles.remove(v.toObject().value(QLatin1String("id")).toInteger());
        }
        const QJsonArray a = page.value(QLatin1String("accounts")).toArray();
        for (const QJsonValue &v : a)
            accounts.insert(v.toObject().value(QLatin1String("id")).toInteger(), v.toObject());
        const QJsonArray d = page.value(QLatin1String("deleted")).toArray();
        for (const QJsonValue &v : d) {
            const qint64 id = v.toObject().value(QLatin1String("id")).toInteger();
            if (v.toObject().value(QLatin1String("type")).toString() == QLatin1String("role")) {
                roles.remove(id);
                deletedRoles.insert(id);
            } else {
                accounts.remove(id);
                deletedAccounts.insert(id);
            }
        }
        cursor = page.value(QLatin1String("cursor")).toString();
        items += r.size() + a.size() + d.size();
        ++pages;
    }
};

int count(const TestServer::Reply &r, const char *key)
{
    return int(r.object().value(QLatin1String(key)).toArray().size());
}

QString errorField(const TestServer::Reply &r)
{
    return r.object().value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString();
}

QJsonObject roleBody(const QString &name, const QStringList &permissions = {})
{
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}};
}

} // namespace

class TestServerChanges : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fullFeedHasEverythingTheCallerMaySee();
    void incrementalFeedHasOnlyWhatChanged();
    void deletionsComeAsTombstones();
    void limitPagesWithMoreAndLosesNothing();
    void feedIsScopedByPermissions();
    void signingInIsNoChange();
    void cursorsThatAreNotTheCallersAreInvalid();
    void feedStaysConsistentWhileAnotherProcessWrites();
    void auditEventsAreNewestFirstAndFiltered();
    void auditEventsRejectBadFilters();
    void auditEventsAreScopedToTheHandlersRights();

private:
    Feed drain(const QString &login, const QString &since, int limit);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Api> m_api;
};

void TestServerChanges::init()
{
    m_server = std::make_unique<TestServer>(admin::serverOptions());
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_api = std::make_unique<Api>(*m_server);
}

void TestServerChanges::cleanup()
{
    m_api.reset();
    m_server.reset();
}

Feed TestServerChanges::drain(const QString &login, const QString &since, int limit)
{
    Feed feed;
    feed.cursor = since;
    for (int guard = 0; guard < 1000; ++guard) {
        QString path = QStringLiteral("/changes?limit=%1").arg(limit);
        if (!feed.cursor.isEmpty())
            path += QStringLiteral("&since=") + feed.cursor;
        const auto r = m_api->get(login, path);
        if (r.status != 200) {
            qWarning() << "feed answered" << r.status << r.body;
            feed.cursor.clear();
            return feed;
        }
        const int n = count(r, "roles") + count(r, "accounts") + count(r, "deleted");
        if (n > limit)
            qWarning() << "page larger than its limit:" << n << ">" << limit;
        feed.apply(r.object());
        if (!r.object().value(QLatin1String("more")).toBool())
            return feed;
    }
    return feed;
}

void TestServerChanges::fullFeedHasEverythingTheCallerMaySee()
{
    const auto r = m_api->get(admin::MainA, QStringLiteral("/changes"));
    QCOMPARE(r.status, 200);
    const QJsonObject page = r.object();
    QCOMPARE(page.value(QLatin1String("more")).toBool(), false);
    QCOMPARE(count(r, "roles"), admin::UnitARoles);
    QCOMPARE(count(r, "accounts"), admin::UnitAHandlers + 1);   // the main account too
    QCOMPARE(count(r, "deleted"), 0);
    QVERIFY(!page.value(QLatin1String("cursor")).toString().isEmpty());
    // The catalog of the caller's unit kind (测试甲单位 is a manufacturer).
    QCOMPARE(page.value(QLatin1String("catalog_version")).toString(),
             zc::PermissionCatalog::builtInFor(zc::Unit::Kind::Manufacturer).version());
    QVERIFY(page.value(QLatin1String("catalog_version")).toString() != zc::PermissionCatalog::builtIn().version());
    // The same shapes as the resources' own endpoints.
    const qint64 roleId = m_api->roleId(admin::RoleAll);
    const auto role = m_api->get(admin::MainA, QStringLiteral("/roles/%1").arg(roleId));
    bool found = false;
    const QJsonArray roles = page.value(QLatin1String("roles")).toArray();
    for (const QJsonValue &v : roles)
        found = found || v.toObject() == role.object();
    QVERIFY(found);
    // Nothing of unit B.
    const QJsonArray accounts = page.value(QLatin1String("accounts")).toArray();
    for (const QJsonValue &v : accounts)
        QVERIFY(v.toObject().value(QLatin1String("login")).toString() != admin::OtherUnit);
}

void TestServerChanges::incrementalFeedHasOnlyWhatChanged()
{
    const QString cursor = m_api->get(admin::MainA, QStringLiteral("/changes")).object().value(QLatin1String("cursor")).toString();
    auto r = m_api->get(admin::MainA, QStringLiteral("/changes?since=") + cursor);
    QCOMPARE(r.status, 200);
    QCOMPARE(count(r, "roles") + count(r, "accounts") + count(r, "deleted"), 0);
    QCOMPARE(r.object().value(QLatin1String("cursor")).toString(), cursor);   // nothing new, same place

    const auto created = m_api->send(admin::MainA, "POST", QStringLiteral("/roles"), roleBody(QStringLiteral("新角色")));
    const qint64 role = created.object().value(QLatin1String("id")).toInteger();
    r = m_api->get(admin::MainA, QStringLiteral("/changes?since=") + cursor);
    QCOMPARE(count(r, "roles"), 1);
    QCOMPARE(count(r, "accounts"), 0);
    QCOMPARE(r.object().value(QLatin1String("roles")).toArray().first().toObject(), created.object());
    const QString second = r.object().value(QLatin1String("cursor")).toString();

    // An assignment changes the role (account_count) and the account (role_ids).
    const qint64 account = m_api->accountId(admin::filler(4));
    QCOMPARE(m_api->send(admin::MainA, "PUT", QStringLiteral("/roles/%1/accounts/%2").arg(role).arg(account)).status, 204);
    r = m_api->get(admin::MainA, QStringLiteral("/changes?since=") + second);
    QCOMPARE(count(r, "roles"), 1);
    QCOMPARE(count(r, "accounts"), 1);
    QCOMPARE(r.object().value(QLatin1String("roles")).toArray().first().toObject().value(QLatin1String("account_count")).toInt(), 1);
    QCOMPARE(r.object().value(QLatin1String("accounts")).toArray().first().toObject().value(QLatin1String("role_ids")).toArray(),
             QJsonArray{role});
    const QString third = r.object().value(QLatin1String("cursor")).toString();

    // A repeated (idempotent) assignment is no change.
    QCOMPARE(m_api->send(admin::MainA, "PUT", QStringLiteral("/roles/%1/accounts/%2").arg(role).arg(account)).status, 204);
    r = m_api->get(admin::MainA, QStringLiteral("/changes?since=") + third);
    QCOMPARE(count(r, "roles") + count(r, "accounts"), 0);
    // A rename is.
    QCOMPARE(m_api->send(admin::MainA, "PATCH", QStringLiteral("/handlers/%1").arg(account),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("改名")}}, QStringLiteral("2"))
                 .status,
             200);
    r = m_api->get(admin::MainA, QStringLiteral("/changes?since=") + third);
    QCOMPARE(count(r, "accounts"), 1);
    QCOMPARE(r.object().value(QLatin1String("accounts")).toArray().first().toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("改名"));
}

void TestServerChanges::deletionsComeAsTombstones()
{
    const QString cursor = m_api->get(admin::MainA, QStringLiteral("/changes")).object().value(QLatin1String("cursor")).toString();
    const qint64 role = m_api->roleId(admin::RoleBuyer);
    const qint64 buyer = m_api->accountId(admin::Buyer);
    const qint64 rolesOnly = m_api->accountId(admin::RolesOnly);
    const qint64 rolesRole = m_api->roleId(admin::RoleRoles);
    QCOMPARE(m_api->send(admin::MainA, "DELETE", QStringLiteral("/roles/%1").arg(role)).status, 204);
    QCOMPARE(m_api->send(admin::MainA, "DELETE", QStringLiteral("/handlers/%1").arg(rolesOnly)).status, 204);

    const auto r = m_api->get(admin::MainA, QStringLiteral("/changes?since=") + cursor);
    const QJsonArray deleted = r.object().value(QLatin1String("deleted")).toArray();
    QCOMPARE(deleted.size(), 2);
    QCOMPARE(deleted.at(0).toObject(), (QJsonObject{{QStringLiteral("type"), QStringLiteral("role")}, {QStringLiteral("id"), role}}));
    QCOMPARE(deleted.at(1).toObject(),
             (QJsonObject{{QStringLiteral("type"), QStringLiteral("account")}, {QStringLiteral("id"), rolesOnly}}));
    // What the deletions changed comes too: the buyer lost its role, the role lost its account.
    QCOMPARE(count(r, "accounts"), 1);
    QCOMPARE(r.object().value(QLatin1String("accounts")).toArray().first().toObject().value(QLatin1String("id")).toInteger(), buyer);
    QCOMPARE(count(r, "roles"), 1);
    const QJsonObject changedRole = r.object().value(QLatin1String("roles")).toArray().first().toObject();
    QCOMPARE(changedRole.value(QLatin1String("id")).toInteger(), rolesRole);
    QCOMPARE(changedRole.value(QLatin1String("account_count")).toInt(), 0);

    // A full sync made afterwards does not carry old tombstones.
    const auto full = m_api->get(admin::MainA, QStringLiteral("/changes"));
    QCOMPARE(count(full, "deleted"), 0);
    QCOMPARE(count(full, "roles"), admin::UnitARoles - 1);
}

void TestServerChanges::limitPagesWithMoreAndLosesNothing()
{
    // Several rows share one change_seq (the seed; an assignment): the cursor
    // keeps the position inside it, so every limit gives the same result.
    const qint64 role = m_api->roleId(admin::RoleRoles);
    for (int i = 1; i <= 3; ++i)
        QCOMPARE(m_api->send(admin::MainA, "PUT", QStringLiteral("/roles/%1/accounts/%2").arg(role).arg(m_api->accountId(admin::filler(i))))
                     .status,
                 204);
    const Feed reference = drain(admin::MainA, {}, 5000);
    QCOMPARE(reference.pages, 1);
    QCOMPARE(reference.roles.size(), admin::UnitARoles);
    QCOMPARE(reference.accounts.size(), admin::UnitAHandlers + 1);
    for (const int limit : {1, 2, 3, 7}) {
        const Feed paged = drain(admin::MainA, {}, limit);
        QVERIFY2(paged.pages > 1, qPrintable(QString::number(limit)));
        QCOMPARE(paged.roles, reference.roles);
        QCOMPARE(paged.accounts, reference.accounts);
        QCOMPARE(paged.items, reference.items);   // nothing twice
    }
    auto r = m_api->get(admin::MainA, QStringLiteral("/changes?limit=2"));
    QCOMPARE(count(r, "roles") + count(r, "accounts"), 2);
    QVERIFY(r.object().value(QLatin1String("more")).toBool());
    for (const char *bad : {"limit=0", "limit=5001", "limit=x", "limit=-1", "limit="}) {
        r = m_api->get(admin::MainA, QStringLiteral("/changes?") + QLatin1String(bad));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorField(r), QStringLiteral("limit"));
    }
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/changes?limit=5000")).status, 200);
}

void TestServerChanges::feedIsScopedByPermissions()
{
    // basic.roles: roles and accounts.
    auto r = m_api->get(admin::RolesOnly, QStringLiteral("/changes"));
    QCOMPARE(r.status, 200);
    QCOMPARE(count(r, "roles"), admin::UnitARoles);
    QCOMPARE(count(r, "accounts"), admin::UnitAHandlers + 1);
    // basic.accounts: accounts only.
    r = m_api->get(admin::AccountsOnly, QStringLiteral("/changes"));
    QCOMPARE(count(r, "roles"), 0);
    QCOMPARE(count(r, "accounts"), admin::UnitAHandlers + 1);
    const QString accountsCursor = r.object().value(QLatin1String("cursor")).toString();
    // Neither: its own account only.
    r = m_api->get(admin::NoRights, QStringLiteral("/changes"));
    QCOMPARE(count(r, "roles"), 0);
    QCOMPARE(count(r, "accounts"), 1);
    QCOMPARE(r.object().value(QLatin1String("accounts")).toArray().first().toObject().value(QLatin1String("login")).toString(),
             admin::NoRights);
    const QString selfCursor = r.object().value(QLatin1String("cursor")).toString();

    // Role changes and role tombstones stay out of the accounts-only feed; the
    // self feed sees its own account change only.
    const qint64 role = m_api->roleId(admin::RoleBuyer);
    QCOMPARE(m_api->send(admin::MainA, "DELETE", QStringLiteral("/roles/%1").arg(role)).status, 204);
    QCOMPARE(m_api->send(admin::MainA, "PATCH", QStringLiteral("/handlers/%1").arg(m_api->accountId(admin::filler(9))),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("别人")}}, QStringLiteral("1"))
                 .status,
             200);
    r = m_api->get(admin::AccountsOnly, QStringLiteral("/changes?since=") + accountsCursor);
    QCOMPARE(count(r, "roles"), 0);
    QCOMPARE(count(r, "deleted"), 0);
    QCOMPARE(count(r, "accounts"), 2);   // the buyer (lost its role) and the renamed one
    r = m_api->get(admin::NoRights, QStringLiteral("/changes?since=") + selfCursor);
    QCOMPARE(count(r, "accounts") + count(r, "roles") + count(r, "deleted"), 0);
    QCOMPARE(m_api->send(admin::MainA, "PATCH", QStringLiteral("/handlers/%1").arg(m_api->accountId(admin::NoRights)),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("自己")}}, QStringLiteral("1"))
                 .status,
             200);
    r = m_api->get(admin::NoRights, QStringLiteral("/changes?since=") + selfCursor);
    QCOMPARE(count(r, "accounts"), 1);

    // Gaining basic.roles changes what it may see: its old cursor is refused, so it starts over.
    QCOMPARE(m_api->send(admin::MainA, "PUT",
                         QStringLiteral("/roles/%1/accounts/%2").arg(m_api->roleId(admin::RoleRoles)).arg(m_api->accountId(admin::AccountsOnly)))
                 .status,
             204);
    r = m_api->get(admin::AccountsOnly, QStringLiteral("/changes?since=") + accountsCursor);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorField(r), QStringLiteral("since"));
    QCOMPARE(count(m_api->get(admin::AccountsOnly, QStringLiteral("/changes")), "roles"), admin::UnitARoles - 1);
}

void TestServerChanges::signingInIsNoChange()
{
    const QString cursor = m_api->get(admin::MainA, QStringLiteral("/changes")).object().value(QLatin1String("cursor")).toString();
    QCOMPARE(m_server->login(admin::Buyer, admin::Password).status, 201);
    QCOMPARE(m_server->login(admin::filler(2), admin::Password).status, 201);
    const auto r = m_api->get(admin::MainA, QStringLiteral("/changes?since=") + cursor);
    QCOMPARE(count(r, "accounts") + count(r, "roles"), 0);
    // A lock is a change of status: it comes.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_server->login(admin::filler(6), QStringLiteral("Wrong@2026x")).status, 401);
    const auto locked = m_api->get(admin::MainA, QStringLiteral("/changes?since=") + cursor);
    QCOMPARE(count(locked, "accounts"), 1);
    QCOMPARE(locked.object().value(QLatin1String("accounts")).toArray().first().toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("locked"));
}

void TestServerChanges::cursorsThatAreNotTheCallersAreInvalid()
{
    const QString mine = m_api->get(admin::MainA, QStringLiteral("/changes")).object().value(QLatin1String("cursor")).toString();
    const QString handlers = m_api->get(admin::AllBasic, QStringLiteral("/changes")).object().value(QLatin1String("cursor")).toString();
    const QString otherUnit = m_api->get(admin::MainB, QStringLiteral("/changes")).object().value(QLatin1String("cursor")).toString();
    const QByteArray future = QByteArray::fromBase64(mine.toLatin1(), QByteArray::Base64UrlEncoding);
    QList<QByteArray> parts = future.split(':');
    QCOMPARE(parts.size(), 8);
    parts[5] = QByteArray::number(parts.at(5).toLongLong() + 1000);   // a seq not reached yet
    const QString fromTheFuture = QString::fromLatin1(parts.join(':').toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QStringList bad = {QStringLiteral("garbage"), QStringLiteral("Zm9vOmJhcg"), QStringLiteral("!!!"), handlers,
                             otherUnit, fromTheFuture, mine + QStringLiteral("A"), QStringLiteral("%20")};
    for (const QString &since : bad) {
        const auto r = m_api->get(admin::MainA, QStringLiteral("/changes?since=") + since);
        QVERIFY2(r.status == 400, qPrintable(since));
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
        QCOMPARE(errorField(r), QStringLiteral("since"));
    }
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/changes?since=")).status, 400);
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/changes?since=") + mine).status, 200);
}

void TestServerChanges::feedStaysConsistentWhileAnotherProcessWrites()
{
    // A second server process on the same database writes while this one's
    // feed is followed with a small limit; afterwards the feed's picture must
    // be exactly the final state: nothing lost, nothing stale.
    TestServer::Options o = admin::serverOptions();
    o.dataDir = m_server->dataDir();
    o.seedFile = QStringLiteral("-");
    TestServer writer(o);
    QVERIFY2(writer.start(), qPrintable(writer.errorString()));
    const QString token = writer.loginToken(admin::MainA, admin::Password);
    QVERIFY(!token.isEmpty());
    Feed feed = drain(admin::MainA, {}, 500);

    QNetworkAccessManager nam;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(m_server->caCertificates());
    const auto post = [&](const QByteArray &verb, const QString &path, const QJsonObject &body) {
        QUrl url = writer.baseUrl();
        url.setPath(QStringLiteral("/api/v1") + path);
        QNetworkRequest req(url);
        req.setSslConfiguration(ssl);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        req.setTransferTimeout(20000);
        return nam.sendCustomRequest(req, verb, QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
    QList<QNetworkReply *> writes;
    constexpr int Writes = 30;
    for (int i = 0; i < Writes; ++i)
        writes << post("POST", QStringLiteral("/roles"), roleBody(QStringLiteral("并发角色 %1").arg(i)));
    // Follow the feed while they land.
    int polls = 0;
    while (!std::all_of(writes.cbegin(), writes.cend(), [](QNetworkReply *r) { return r->isFinished(); }) && polls < 2000) {
        const Feed step = drain(admin::MainA, feed.cursor, 3);
        QVERIFY(!step.cursor.isEmpty());
        for (auto it = step.roles.cbegin(); it != step.roles.cend(); ++it)
            feed.roles.insert(it.key(), it.value());
        for (auto it = step.accounts.cbegin(); it != step.accounts.cend(); ++it)
            feed.accounts.insert(it.key(), it.value());
        feed.cursor = step.cursor;
        ++polls;
    }
    int created = 0;
    for (QNetworkReply *r : std::as_const(writes)) {
        created += r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201 ? 1 : 0;
        r->deleteLater();
    }
    QCOMPARE(created, Writes);
    const Feed rest = drain(admin::MainA, feed.cursor, 3);
    for (auto it = rest.roles.cbegin(); it != rest.roles.cend(); ++it)
        feed.roles.insert(it.key(), it.value());

    const Feed truth = drain(admin::MainA, {}, 5000);
    QCOMPARE(truth.roles.size(), admin::UnitARoles + Writes);
    QCOMPARE(feed.roles.keys().size(), truth.roles.size());
    for (auto it = truth.roles.cbegin(); it != truth.roles.cend(); ++it)
        QCOMPARE(feed.roles.value(it.key()), it.value());
    QVERIFY(polls > 0);
}

void TestServerChanges::auditEventsAreNewestFirstAndFiltered()
{
    const qint64 start = m_api->auditCount();
    QCOMPARE(start, 0);   // the seed writes none
    QCOMPARE(m_api->send(admin::MainA, "POST", QStringLiteral("/roles"), roleBody(QStringLiteral("审计一"))).status, 201);
    QTest::qWait(20);
    const QString middle = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QTest::qWait(20);
    QCOMPARE(m_api->send(admin::AllBasic, "POST", QStringLiteral("/roles"), roleBody(QStringLiteral("审计二"))).status, 201);
    const qint64 account = m_api->accountId(admin::filler(8));
    QCOMPARE(m_api->send(admin::AllBasic, "PATCH", QStringLiteral("/handlers/%1").arg(account),
                         QJsonObject{{QStringLiteral("status"), QStringLiteral("disabled")}}, QStringLiteral("1"))
                 .status,
             200);
    QCOMPARE(m_api->auditCount(), start + 3);

    auto r = m_api->get(admin::MainA, QStringLiteral("/audit-events?size=3"));
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.object().value(QLatin1String("items")).toArray();
    QCOMPARE(items.at(0).toObject().value(QLatin1String("action")).toString(), QStringLiteral("account.disable"));
    QCOMPARE(items.at(0).toObject().value(QLatin1String("target_type")).toString(), QStringLiteral("account"));
    QCOMPARE(items.at(0).toObject().value(QLatin1String("target_id")).toInteger(), account);
    QCOMPARE(items.at(1).toObject().value(QLatin1String("action")).toString(), QStringLiteral("role.create"));
    QCOMPARE(items.at(2).toObject().value(QLatin1String("summary")).toString(), QStringLiteral("添加角色“审计一”（0 项权限）"));
    for (const char *key : {"id", "at", "actor", "action", "target_type", "target_id", "summary"})
        QVERIFY2(items.at(0).toObject().contains(QLatin1String(key)), key);

    r = m_api->get(admin::MainA, QStringLiteral("/audit-events?action=role.create"));
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), 2);
    const qint64 actor = m_api->accountId(admin::AllBasic);
    r = m_api->get(admin::MainA, QStringLiteral("/audit-events?actor=%1").arg(actor));
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), 2);
    r = m_api->get(admin::MainA, QStringLiteral("/audit-events?actor=%1&action=role.create").arg(actor));
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), 1);
    r = m_api->get(admin::MainA, QStringLiteral("/audit-events?from=") + middle);
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), 2);
    r = m_api->get(admin::MainA, QStringLiteral("/audit-events?to=") + middle);
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), int(start) + 1);
    // Inclusive bounds: an event's own time as from and to finds it.
    const QString at = items.at(0).toObject().value(QLatin1String("at")).toString();
    r = m_api->get(admin::MainA, QStringLiteral("/audit-events?action=account.disable&from=%1&to=%1").arg(at));
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), 1);
    // An offset is accepted (+ written as %2B in a query).
    r = m_api->get(admin::MainA, QStringLiteral("/audit-events?from=2000-01-01T08:00:00%2B08:00&size=1"));
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), int(start) + 3);
    r = m_api->get(admin::MainA, QStringLiteral("/audit-events?page=2&size=2"));
    QCOMPARE(r.object().value(QLatin1String("items")).toArray().size(), 1);
    QCOMPARE(r.object().value(QLatin1String("items")).toArray().first().toObject().value(QLatin1String("summary")).toString(),
             QStringLiteral("添加角色“审计一”（0 项权限）"));
}

void TestServerChanges::auditEventsRejectBadFilters()
{
    for (const char *bad : {"action=role", "action=Role.Create", "action=", "actor=0", "actor=x", "from=yesterday",
                            "from=2026-13-01T00:00:00Z", "to=2026-01-01", "size=0"}) {
        const auto r = m_api->get(admin::MainA, QStringLiteral("/audit-events?") + QLatin1String(bad));
        QVERIFY2(r.status == 400, bad);
        QCOMPARE(errorField(r), QString::fromLatin1(bad).section(QLatin1Char('='), 0, 0));
    }
    const auto r = m_api->get(admin::MainA, QStringLiteral("/audit-events?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z"));
    QCOMPARE(r.status, 400);
    QCOMPARE(errorField(r), QStringLiteral("to"));
}

void TestServerChanges::auditEventsAreScopedToTheHandlersRights()
{
    QCOMPARE(m_api->send(admin::MainA, "POST", QStringLiteral("/roles"), roleBody(QStringLiteral("范围"))).status, 201);
    QCOMPARE(m_api->send(admin::MainA, "PATCH", QStringLiteral("/handlers/%1").arg(m_api->accountId(admin::filler(10))),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("范围人")}}, QStringLiteral("1"))
                 .status,
             200);
    const auto types = [this](const QString &login) {
        QSet<QString> out;
        const auto r = m_api->get(login, QStringLiteral("/audit-events?size=100"));
        const QJsonArray items = r.object().value(QLatin1String("items")).toArray();
        for (const QJsonValue &v : items)
            out.insert(v.toObject().value(QLatin1String("target_type")).toString());
        return out;
    };
    QCOMPARE(types(admin::MainA), (QSet<QString>{QStringLiteral("role"), QStringLiteral("account")}));
    QCOMPARE(types(admin::RolesOnly), QSet<QString>{QStringLiteral("role")});
    QCOMPARE(types(admin::AccountsOnly), QSet<QString>{QStringLiteral("account")});
    QCOMPARE(types(admin::AllBasic), (QSet<QString>{QStringLiteral("role"), QStringLiteral("account")}));
    QCOMPARE(m_api->get(admin::NoRights, QStringLiteral("/audit-events")).status, 403);
    QCOMPARE(m_api->get(admin::MainB, QStringLiteral("/audit-events")).object().value(QLatin1String("total")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestServerChanges)
#include "tst_server_changes.moc"
