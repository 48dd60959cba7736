// Roles (账号角色管理) and their assignment (分配账号) over real TLS: the list,
// create / read / update / delete, the field rules and their codes, If-Match,
// case-insensitive uniqueness decided by the database, the rights a handler
// cannot grant, idempotent assignment, and another unit's ids.
#include "ServerTestSupport.h"
#include "TestServer.h"

#include "models/PermissionCatalog.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTest>

#include <algorithm>

using zc::test::Api;
using zc::test::TestServer;
namespace admin = zc::test::admin;

namespace {

QJsonObject roleBody(const QString &name, const QStringList &permissions, const QJsonValue &remark = QJsonValue())
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}};
    if (!remark.isUndefined() && !remark.isNull())
        o.insert(QStringLiteral("remark"), remark);
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

QList<qint64> ids(const QJsonValue &items)
{
    QList<qint64> out;
    const QJsonArray a = items.toArray();
    for (const QJsonValue &x : a)
        out << x.toObject().value(QLatin1String("id")).toInteger();
    return out;
}

QString errorField(const TestServer::Reply &r)
{
    return r.object().value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString();
}

} // namespace

class TestServerRoles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listIsPagedAndFilteredByNameIgnoringCase();
    void listRejectsBadPaging();
    void createTrimsNameExpandsParentsAndRecordsTheCreator();
    void createRejectsEachBadFieldWithItsCode();
    void namesAreUniquePerUnitIgnoringCase();
    void updateNeedsIfMatchAndChecksInApiOrder();
    void updateThatChangesNothingKeepsTheVersion();
    void deleteTakesTheAssignmentsAndChecksIfMatchWhenSent();
    void anotherUnitsIdsAreNotFound();
    void handlerCannotGrantPermissionsItDoesNotHold();
    void assignAndUnassignAreIdempotent();
    void mainAccountIsNeitherOfferedNorAssignable();
    void roleAccountsAreFilteredByAssignmentLoginAndName();
    void permissionChangesTakeEffectAtOnce();
    void concurrentCreatesOfOneNameHaveExactlyOneWinner();
    void menusFollowTheUnitKind();
    void aChangeOfKindPrunesTheRolesOnce();

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Api> m_api;
};

void TestServerRoles::init()
{
    m_server = std::make_unique<TestServer>(admin::serverOptions());
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_api = std::make_unique<Api>(*m_server);
}

void TestServerRoles::cleanup()
{
    m_api.reset();
    m_server.reset();
}

void TestServerRoles::listIsPagedAndFilteredByNameIgnoringCase()
{
    auto r = m_api->get(admin::MainA, QStringLiteral("/roles?size=3"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), admin::UnitARoles);
    QCOMPARE(r.object().value(QLatin1String("page")).toInt(), 1);
    QCOMPARE(r.object().value(QLatin1String("size")).toInt(), 3);
    const QList<qint64> first = ids(r.object().value(QLatin1String("items")));
    QCOMPARE(first.size(), 3);
    QVERIFY(std::is_sorted(first.cbegin(), first.cend()));
    const QJsonObject role = r.object().value(QLatin1String("items")).toArray().first().toObject();
    for (const char *key : {"id", "name", "remark", "permissions", "account_count", "created_by", "created_at",
                            "updated_at", "version"})
        QVERIFY2(role.contains(QLatin1String(key)), key);

    r = m_api->get(admin::MainA, QStringLiteral("/roles?size=3&page=2"));
    QCOMPARE(ids(r.object().value(QLatin1String("items"))).size(), admin::UnitARoles - 3);
    QVERIFY(!first.contains(ids(r.object().value(QLatin1String("items"))).first()));

    r = m_api->get(admin::MainA, QStringLiteral("/roles?name=%E7%AE%A1%E7%90%86"));   // 管理
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), 3);

    QCOMPARE(m_api->send(admin::MainA, "POST", QStringLiteral("/roles"), roleBody(QStringLiteral("Quality Auditors"), {}))
                 .status,
             201);
    r = m_api->get(admin::MainA, QStringLiteral("/roles?name=aUDIT"));
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), 1);
    // LIKE wildcards are matched literally.
    r = m_api->get(admin::MainA, QStringLiteral("/roles?name=%25"));
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), 0);
    r = m_api->get(admin::MainA, QStringLiteral("/roles?name=_"));
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), 0);
    // Unit B sees its own roles only.
    r = m_api->get(admin::MainB, QStringLiteral("/roles"));
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), 1);
}

void TestServerRoles::listRejectsBadPaging()
{
    for (const char *query : {"size=0", "size=101", "size=x", "page=0", "page=-1", "page=1.5", "size="}) {
        const auto r = m_api->get(admin::MainA, QStringLiteral("/roles?") + QLatin1String(query));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
        QCOMPARE(errorField(r), QString::fromLatin1(query).section(QLatin1Char('='), 0, 0));
    }
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/roles?size=100")).status, 200);
    const auto beyond = m_api->get(admin::MainA, QStringLiteral("/roles?page=50"));
    QCOMPARE(beyond.status, 200);
    QCOMPARE(beyond.object().value(QLatin1String("items")).toArray().size(), 0);
    QCOMPARE(beyond.object().value(QLatin1String("total")).toInt(), admin::UnitARoles);
}

void TestServerRoles::createTrimsNameExpandsParentsAndRecordsTheCreator()
{
    const qint64 before = m_api->auditCount();
    const auto r = m_api->send(admin::MainA, "POST", QStringLiteral("/roles"),
                               roleBody(QStringLiteral("  质控专员  "), {QStringLiteral("drug.listing"), QStringLiteral("basic.roles")},
                                        QStringLiteral("  质量控制  ")));
    QCOMPARE(r.status, 201);
    const QJsonObject role = r.object();
    QCOMPARE(role.value(QLatin1String("name")).toString(), QStringLiteral("质控专员"));
    QCOMPARE(role.value(QLatin1String("remark")).toString(), QStringLiteral("质量控制"));
    // Leaves in catalog order, the parent expanded.
    QCOMPARE(strings(role.value(QLatin1String("permissions"))),
             (QStringList{QStringLiteral("basic.roles"), QStringLiteral("drug.listing.apply"),
                          QStringLiteral("drug.listing.query"), QStringLiteral("drug.listing.price")}));
    QCOMPARE(role.value(QLatin1String("account_count")).toInt(), 0);
    const QJsonObject creator = role.value(QLatin1String("created_by")).toObject();
    QCOMPARE(creator.value(QLatin1String("id")).toInteger(), m_api->accountId(admin::MainA));
    QCOMPARE(creator.value(QLatin1String("name")).toString(), QStringLiteral("测试甲单位"));
    QCOMPARE(zc::test::etag(r), role.value(QLatin1String("version")).toString());
    QCOMPARE(m_api->auditCount(), before + 1);
    const auto events = m_api->get(admin::MainA, QStringLiteral("/audit-events?size=1"));
    const QJsonObject event = events.object().value(QLatin1String("items")).toArray().first().toObject();
    QCOMPARE(event.value(QLatin1String("action")).toString(), QStringLiteral("role.create"));
    QCOMPARE(event.value(QLatin1String("target_type")).toString(), QStringLiteral("role"));
    QCOMPARE(event.value(QLatin1String("target_id")).toInteger(), role.value(QLatin1String("id")).toInteger());

    const auto read = m_api->get(admin::MainA, QStringLiteral("/roles/%1").arg(role.value(QLatin1String("id")).toInteger()));
    QCOMPARE(read.status, 200);
    QCOMPARE(read.object(), role);
    QCOMPARE(zc::test::etag(read), role.value(QLatin1String("version")).toString());
    // Without a remark: an empty one.
    const auto bare = m_api->send(admin::MainA, "POST", QStringLiteral("/roles"), roleBody(QStringLiteral("空角色"), {}));
    QCOMPARE(bare.status, 201);
    QCOMPARE(bare.object().value(QLatin1String("remark")).toString(), QString());
    QCOMPARE(bare.object().value(QLatin1String("permissions")).toArray().size(), 0);
}

void TestServerRoles::createRejectsEachBadFieldWithItsCode()
{
    const qint64 before = m_api->auditCount();
    struct Case
    {
        QJsonObject body;
        int status;
        const char *code;
        const char *field;
    };
    const QString longName = QString(31, QChar(0x4e00));
    const QList<Case> cases = {
        {QJsonObject{{QStringLiteral("permissions"), QJsonArray()}}, 400, "invalid_field", "name"},
        {roleBody(QStringLiteral("   "), {}), 400, "invalid_field", "name"},
        {roleBody(longName, {}), 400, "invalid_field", "name"},
        {QJsonObject{{QStringLiteral("name"), 7}, {QStringLiteral("permissions"), QJsonArray()}}, 400, "invalid_field", "name"},
        {roleBody(QStringLiteral("r"), {}, QString(201, QLatin1Char('x'))), 400, "invalid_field", "remark"},
        {roleBody(QStringLiteral("r"), {}, 5), 400, "invalid_field", "remark"},
        {QJsonObject{{QStringLiteral("name"), QStringLiteral("r")}}, 400, "invalid_field", "permissions"},
        {QJsonObject{{QStringLiteral("name"), QStringLiteral("r")}, {QStringLiteral("permissions"), QStringLiteral("basic")}},
         400, "invalid_field", "permissions"},
        {QJsonObject{{QStringLiteral("name"), QStringLiteral("r")}, {QStringLiteral("permissions"), QJsonArray{1}}},
         400, "invalid_field", "permissions"},
        {roleBody(QStringLiteral("r"), {QStringLiteral("basic.nothing")}), 422, "unknown_permission", "permissions"},
    };
    for (const Case &c : cases) {
        const auto r = m_api->send(admin::MainA, "POST", QStringLiteral("/roles"), c.body);
        QCOMPARE(r.status, c.status);
        QCOMPARE(r.errorCode(), QString::fromLatin1(c.code));
        QCOMPARE(errorField(r), QString::fromLatin1(c.field));
    }
    // A name of exactly 30 code points (outside the BMP too) is fine.
    const QString thirty = QString(29, QChar(0x4e00)) + QString::fromUcs4(U"\U00020000");
    QCOMPARE(m_api->send(admin::MainA, "POST", QStringLiteral("/roles"), roleBody(thirty, {})).status, 201);

    // Not JSON, or JSON only to a lenient reader (RFC 8259 refuses each of these).
    const QList<QByteArray> notJson = {
        "{\"name\":",
        "{\"name\":\"Sec\\q\",\"permissions\":[]}",
        "{\"name\":\"\\x41\",\"permissions\":[]}",
        "{\"name\":\"a\",\"name\":\"b\",\"permissions\":[]}",
        "{\"name\":\"tab\there\",\"permissions\":[]}",
        QByteArrayLiteral("{\"name\":\"x\",\"permissions\":[]}\0trailing"),
        "{\"name\":\"x\",\"permissions\":[],\"version\":99999999999999999999}",
    };
    for (const QByteArray &body : notJson) {
        const auto malformed = m_server->requestRaw("POST", QStringLiteral("/roles"), body, m_api->token(admin::MainA));
        QVERIFY2(malformed.status == 400, body.constData());
        QCOMPARE(malformed.errorCode(), QStringLiteral("malformed_json"));
    }
    QCOMPARE(m_api->auditCount(), before + 1);   // only the good one
}

void TestServerRoles::namesAreUniquePerUnitIgnoringCase()
{
    QCOMPARE(m_api->send(admin::MainA, "POST", QStringLiteral("/roles"), roleBody(QStringLiteral("Buyer"), {})).status, 201);
    const auto taken = m_api->send(admin::MainA, "POST", QStringLiteral("/roles"), roleBody(QStringLiteral(" bUYER "), {}));
    QCOMPARE(taken.status, 409);
    QCOMPARE(taken.errorCode(), QStringLiteral("role_name_taken"));
    QCOMPARE(errorField(taken), QStringLiteral("name"));
    // Another unit may use the name.
    QCOMPARE(m_api->send(admin::MainB, "POST", QStringLiteral("/roles"), roleBody(QStringLiteral("BUYER"), {})).status, 201);
    // Renaming onto a taken name is refused; changing only the case of one's own name is not.
    const qint64 id = m_api->roleId(admin::RoleBuyer);
    const auto role = m_api->get(admin::MainA, QStringLiteral("/roles/%1").arg(id));
    const QStringList perms = strings(role.object().value(QLatin1String("permissions")));
    auto r = m_api->send(admin::MainA, "PUT", QStringLiteral("/roles/%1").arg(id), roleBody(QStringLiteral("buyer"), perms),
                         zc::test::etag(role));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("role_name_taken"));
    const qint64 buyer = m_api->roleId(QStringLiteral("Buyer"));
    const auto own = m_api->get(admin::MainA, QStringLiteral("/roles/%1").arg(buyer));
    r = m_api->send(admin::MainA, "PUT", QStringLiteral("/roles/%1").arg(buyer), roleBody(QStringLiteral("BUYER"), {}),
                    zc::test::etag(own));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("name")).toString(), QStringLiteral("BUYER"));
}

void TestServerRoles::updateNeedsIfMatchAndChecksInApiOrder()
{
    const qint64 id = m_api->roleId(admin::RoleBuyer);
    const QString path = QStringLiteral("/roles/%1").arg(id);
    const auto current = m_api->get(admin::MainA, path);
    const QString version = zc::test::etag(current);
    const QJsonObject good = roleBody(QStringLiteral("高级采购员"), {QStringLiteral("drug.listing")}, QStringLiteral("采购"));

    auto r = m_api->send(admin::MainA, "PUT", path, good);
    QCOMPARE(r.status, 428);
    QCOMPARE(r.errorCode(), QStringLiteral("precondition_required"));
    r = m_api->send(admin::MainA, "PUT", path, good, version + QStringLiteral("0"));
    QCOMPARE(r.status, 412);
    QCOMPARE(r.errorCode(), QStringLiteral("version_conflict"));
    r = m_server->request("PUT", path, good, m_api->token(admin::MainA), {{QByteArrayLiteral("If-Match"), "W/\"" + version.toLatin1() + '"'}});
    QCOMPARE(r.status, 412);   // a weak tag never matches
    // Field rules come before existence and the precondition; existence before the precondition.
    r = m_api->send(admin::MainA, "PUT", path, roleBody(QString(), {}));
    QCOMPARE(r.status, 400);
    QCOMPARE(errorField(r), QStringLiteral("name"));
    r = m_api->send(admin::MainA, "PUT", QStringLiteral("/roles/987654"), good);
    QCOMPARE(r.status, 404);
    // The precondition before the catalog check.
    r = m_api->send(admin::MainA, "PUT", path, roleBody(QStringLiteral("x"), {QStringLiteral("nope")}), QStringLiteral("999"));
    QCOMPARE(r.status, 412);
    r = m_api->send(admin::MainA, "PUT", path, roleBody(QStringLiteral("x"), {QStringLiteral("nope")}), version);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("unknown_permission"));

    r = m_api->send(admin::MainA, "PUT", path, good, version);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("name")).toString(), QStringLiteral("高级采购员"));
    QCOMPARE(r.object().value(QLatin1String("permissions")).toArray().size(), 3);   // a manufacturer's drug.listing.*
    QVERIFY(r.object().value(QLatin1String("version")).toString() != version);
    QCOMPARE(zc::test::etag(r), r.object().value(QLatin1String("version")).toString());
    // The old version is stale now; "*" matches whatever exists.
    QCOMPARE(m_api->send(admin::MainA, "PUT", path, good, version).status, 412);
    r = m_server->request("PUT", path, roleBody(QStringLiteral("采购员"), {}), m_api->token(admin::MainA),
                          {{QByteArrayLiteral("If-Match"), QByteArrayLiteral("*")}});
    QCOMPARE(r.status, 200);
}

void TestServerRoles::updateThatChangesNothingKeepsTheVersion()
{
    const qint64 id = m_api->roleId(admin::RoleAll);
    const QString path = QStringLiteral("/roles/%1").arg(id);
    const auto current = m_api->get(admin::MainA, path);
    const qint64 events = m_api->auditCount();
    // Same name (with blanks), same remark, the permissions as their parents.
    const auto r = m_api->send(admin::MainA, "PUT", path,
                               roleBody(QStringLiteral(" 系统管理员 "), {QStringLiteral("basic"), QStringLiteral("drug.settlement")},
                                        QStringLiteral("基础设置")),
                               zc::test::etag(current));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object(), current.object());
    QCOMPARE(m_api->auditCount(), events);
}

void TestServerRoles::deleteTakesTheAssignmentsAndChecksIfMatchWhenSent()
{
    const qint64 role = m_api->roleId(admin::RoleBuyer);
    const qint64 buyer = m_api->accountId(admin::Buyer);
    const auto before = m_api->get(admin::MainA, QStringLiteral("/roles/%1").arg(role));
    QCOMPARE(before.object().value(QLatin1String("account_count")).toInt(), 1);

    auto r = m_api->send(admin::MainA, "DELETE", QStringLiteral("/roles/%1").arg(role), {}, QStringLiteral("12345"));
    QCOMPARE(r.status, 412);
    const qint64 events = m_api->auditCount();
    r = m_api->send(admin::MainA, "DELETE", QStringLiteral("/roles/%1").arg(role));
    QCOMPARE(r.status, 204);
    QCOMPARE(m_api->auditCount(), events + 1);
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/roles/%1").arg(role)).status, 404);
    QCOMPARE(m_api->send(admin::MainA, "DELETE", QStringLiteral("/roles/%1").arg(role)).status, 404);
    // The handler lost it (role_ids), and the change bumped its version.
    const auto handlers = m_api->get(admin::MainA, QStringLiteral("/handlers?q=") + admin::Buyer);
    const QJsonObject account = handlers.object().value(QLatin1String("items")).toArray().first().toObject();
    QCOMPARE(account.value(QLatin1String("id")).toInteger(), buyer);
    QCOMPARE(account.value(QLatin1String("role_ids")).toArray().size(), 0);
    QCOMPARE(account.value(QLatin1String("version")).toString(), QStringLiteral("2"));
    // And with it the permission: the buyer's session has none left.
    const auto me = m_server->request("GET", QStringLiteral("/me"), {}, m_api->token(admin::Buyer));
    QCOMPARE(me.object().value(QLatin1String("permissions")).toArray().size(), 0);

    // With the right If-Match it is deleted as well.
    const auto other = m_api->get(admin::MainA, QStringLiteral("/roles/%1").arg(m_api->roleId(admin::RoleAccounts)));
    r = m_api->send(admin::MainA, "DELETE",
                    QStringLiteral("/roles/%1").arg(other.object().value(QLatin1String("id")).toInteger()), {},
                    zc::test::etag(other));
    QCOMPARE(r.status, 204);
}

void TestServerRoles::anotherUnitsIdsAreNotFound()
{
    const qint64 roleA = m_api->roleId(admin::RoleAll);
    const qint64 roleB = m_api->roleId(QStringLiteral("乙单位管理员"), admin::MainB);
    const qint64 handlerA = m_api->accountId(admin::Buyer);
    const qint64 handlerB = m_api->accountId(admin::OtherUnit, admin::MainB);
    QVERIFY(roleA > 0 && roleB > 0 && handlerA > 0 && handlerB > 0);
    const QJsonObject body = roleBody(QStringLiteral("x"), {});
    const struct
    {
        QByteArray verb;
        QString path;
        QJsonObject body;
    } requests[] = {
        {"GET", QStringLiteral("/roles/%1").arg(roleA), {}},
        {"PUT", QStringLiteral("/roles/%1").arg(roleA), body},
        {"DELETE", QStringLiteral("/roles/%1").arg(roleA), {}},
        {"GET", QStringLiteral("/roles/%1/accounts").arg(roleA), {}},
        {"PUT", QStringLiteral("/roles/%1/accounts/%2").arg(roleA).arg(handlerB), {}},
        {"PUT", QStringLiteral("/roles/%1/accounts/%2").arg(roleB).arg(handlerA), {}},
        {"DELETE", QStringLiteral("/roles/%1/accounts/%2").arg(roleB).arg(handlerA), {}},
        {"GET", QStringLiteral("/roles/999999"), {}},
        {"GET", QStringLiteral("/roles/abc"), {}},
        {"GET", QStringLiteral("/roles/0"), {}},
        {"GET", QStringLiteral("/roles/-1"), {}},
    };
    for (const auto &req : requests) {
        const auto r = m_api->send(admin::MainB, req.verb, req.path, req.body, QStringLiteral("1"));
        QVERIFY2(r.status == 404, qPrintable(QStringLiteral("%1 %2 → %3").arg(QString::fromLatin1(req.verb), req.path).arg(r.status)));
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
    }
    // Nothing changed in unit A.
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/roles/%1").arg(roleA)).status, 200);
}

void TestServerRoles::handlerCannotGrantPermissionsItDoesNotHold()
{
    // 丁全权 holds basic.* and drug.settlement.*.
    auto r = m_api->send(admin::AllBasic, "POST", QStringLiteral("/roles"),
                         roleBody(QStringLiteral("挂网"), {QStringLiteral("drug.listing")}));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("permission_not_held"));
    QCOMPARE(errorField(r), QStringLiteral("permissions"));
    r = m_api->send(admin::AllBasic, "POST", QStringLiteral("/roles"),
                    roleBody(QStringLiteral("回款"), {QStringLiteral("drug.settlement"), QStringLiteral("basic.roles")}));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(QLatin1String("created_by")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("丁全权"));

    // A role the main account made with more than the handler holds:
    r = m_api->send(admin::MainA, "POST", QStringLiteral("/roles"),
                    roleBody(QStringLiteral("挂网查询"), {QStringLiteral("drug.listing.query")}));
    QCOMPARE(r.status, 201);
    const qint64 id = r.object().value(QLatin1String("id")).toInteger();
    const QString path = QStringLiteral("/roles/%1").arg(id);
    QString version = zc::test::etag(r);
    // keeping what it had and adding a held permission is fine,
    r = m_api->send(admin::AllBasic, "PUT", path,
                    roleBody(QStringLiteral("挂网查询"), {QStringLiteral("drug.listing.query"), QStringLiteral("basic.roles")}),
                    version);
    QCOMPARE(r.status, 200);
    version = zc::test::etag(r);
    // adding one it does not hold is not,
    r = m_api->send(admin::AllBasic, "PUT", path,
                    roleBody(QStringLiteral("挂网查询"), {QStringLiteral("drug.listing.query"), QStringLiteral("drug.listing.apply")}),
                    version);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("permission_not_held"));
    // and neither is assigning the role to anyone; taking it away is.
    const qint64 filler = m_api->accountId(admin::filler(1));
    const QString assignPath = QStringLiteral("/roles/%1/accounts/%2").arg(id).arg(filler);
    r = m_api->send(admin::AllBasic, "PUT", assignPath);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("permission_not_held"));
    QCOMPARE(m_api->send(admin::MainA, "PUT", assignPath).status, 204);
    QCOMPARE(m_api->send(admin::AllBasic, "DELETE", assignPath).status, 204);
    // A role within its rights it may assign.
    const qint64 held = m_api->roleId(admin::RoleBuyer);
    QCOMPARE(m_api->send(admin::AllBasic, "PUT", QStringLiteral("/roles/%1/accounts/%2").arg(held).arg(filler)).status, 204);
    // Nor can it touch the main account.
    r = m_api->send(admin::AllBasic, "PUT",
                    QStringLiteral("/roles/%1/accounts/%2").arg(held).arg(m_api->accountId(admin::MainA)));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("main_account_immutable"));
}

void TestServerRoles::assignAndUnassignAreIdempotent()
{
    const qint64 role = m_api->roleId(admin::RoleRoles);
    const qint64 account = m_api->accountId(admin::filler(2));
    const QString rolePath = QStringLiteral("/roles/%1").arg(role);
    const QString path = QStringLiteral("/roles/%1/accounts/%2").arg(role).arg(account);
    const auto before = m_api->get(admin::MainA, rolePath);
    const int count = before.object().value(QLatin1String("account_count")).toInt();
    const qint64 events = m_api->auditCount();

    QCOMPARE(m_api->send(admin::MainA, "PUT", path).status, 204);
    const auto once = m_api->get(admin::MainA, rolePath);
    QCOMPARE(once.object().value(QLatin1String("account_count")).toInt(), count + 1);
    QVERIFY(zc::test::etag(once) != zc::test::etag(before));   // account_count is part of the JSON
    QCOMPARE(m_api->auditCount(), events + 1);
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/audit-events?size=1&action=role.assign"))
                 .object().value(QLatin1String("items")).toArray().first().toObject()
                 .value(QLatin1String("target_id")).toInteger(),
             role);
    const auto accountOnce = m_api->get(admin::MainA, QStringLiteral("/handlers?q=") + admin::filler(2));
    const QJsonObject a1 = accountOnce.object().value(QLatin1String("items")).toArray().first().toObject();
    QCOMPARE(a1.value(QLatin1String("role_ids")).toArray(), QJsonArray{role});

    // Again: nothing changes at all.
    QCOMPARE(m_api->send(admin::MainA, "PUT", path).status, 204);
    const auto twice = m_api->get(admin::MainA, rolePath);
    QCOMPARE(twice.object(), once.object());
    QCOMPARE(m_api->auditCount(), events + 1);
    const auto accountTwice = m_api->get(admin::MainA, QStringLiteral("/handlers?q=") + admin::filler(2));
    QCOMPARE(accountTwice.object().value(QLatin1String("items")).toArray().first().toObject(), a1);

    QCOMPARE(m_api->send(admin::MainA, "DELETE", path).status, 204);
    const auto removed = m_api->get(admin::MainA, rolePath);
    QCOMPARE(removed.object().value(QLatin1String("account_count")).toInt(), count);
    QCOMPARE(m_api->auditCount(), events + 2);
    QCOMPARE(m_api->send(admin::MainA, "DELETE", path).status, 204);
    QCOMPARE(m_api->get(admin::MainA, rolePath).object(), removed.object());
    QCOMPARE(m_api->auditCount(), events + 2);
    // Unknown account or role: 404, not a silent 204.
    QCOMPARE(m_api->send(admin::MainA, "PUT", QStringLiteral("/roles/%1/accounts/999999").arg(role)).status, 404);
    QCOMPARE(m_api->send(admin::MainA, "DELETE", QStringLiteral("/roles/999999/accounts/%1").arg(account)).status, 404);
}

void TestServerRoles::mainAccountIsNeitherOfferedNorAssignable()
{
    const qint64 role = m_api->roleId(admin::RoleRoles);
    const qint64 main = m_api->accountId(admin::MainA);
    for (const char *assigned : {"true", "false"}) {
        const auto r = m_api->get(admin::MainA, QStringLiteral("/roles/%1/accounts?size=100&assigned=%2")
                                                    .arg(role).arg(QLatin1String(assigned)));
        QCOMPARE(r.status, 200);
        QVERIFY(!ids(r.object().value(QLatin1String("items"))).contains(main));
    }
    for (const QByteArray &verb : {QByteArrayLiteral("PUT"), QByteArrayLiteral("DELETE")}) {
        const auto r = m_api->send(admin::MainA, verb, QStringLiteral("/roles/%1/accounts/%2").arg(role).arg(main));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("main_account_immutable"));
    }
}

void TestServerRoles::roleAccountsAreFilteredByAssignmentLoginAndName()
{
    const qint64 role = m_api->roleId(admin::RoleBuyer);
    const QString base = QStringLiteral("/roles/%1/accounts").arg(role);
    auto r = m_api->get(admin::MainA, base + QStringLiteral("?assigned=true"));
    QCOMPARE(r.status, 200);
    QCOMPARE(ids(r.object().value(QLatin1String("items"))), QList<qint64>{m_api->accountId(admin::Buyer)});
    r = m_api->get(admin::MainA, base + QStringLiteral("?assigned=false&size=100"));
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), admin::UnitAHandlers - 1);
    r = m_api->get(admin::MainA, base);   // without the filter: every handler
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), admin::UnitAHandlers);
    r = m_api->get(admin::MainA, base + QStringLiteral("?assigned=false&login=13200000"));
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), 12);
    QCOMPARE(r.object().value(QLatin1String("items")).toArray().size(), 10);   // default size
    r = m_api->get(admin::MainA, base + QStringLiteral("?assigned=false&login=13200000&page=2&size=10"));
    QCOMPARE(r.object().value(QLatin1String("items")).toArray().size(), 2);
    r = m_api->get(admin::MainA, base + QStringLiteral("?assigned=false&name=%E7%BB%8F%E5%8A%9E%E4%BA%BA0"));   // 经办人0
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), 9);
    r = m_api->get(admin::MainA, base + QStringLiteral("?assigned=false&name=%E7%BB%8F%E5%8A%9E%E4%BA%BA0&login=0003"));
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), 1);
    QCOMPARE(r.object().value(QLatin1String("items")).toArray().first().toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("经办人03"));
    for (const char *bad : {"assigned=yes", "assigned=", "size=0", "page=x"}) {
        r = m_api->get(admin::MainA, base + QLatin1Char('?') + QLatin1String(bad));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorField(r), QString::fromLatin1(bad).section(QLatin1Char('='), 0, 0));
    }
}

void TestServerRoles::permissionChangesTakeEffectAtOnce()
{
    const QString token = m_api->token(admin::NoRights);
    QCOMPARE(m_server->request("GET", QStringLiteral("/roles"), {}, token).status, 403);
    const qint64 role = m_api->roleId(admin::RoleRoles);
    const qint64 account = m_api->accountId(admin::NoRights);
    QCOMPARE(m_api->send(admin::MainA, "PUT", QStringLiteral("/roles/%1/accounts/%2").arg(role).arg(account)).status, 204);
    QCOMPARE(m_server->request("GET", QStringLiteral("/roles"), {}, token).status, 200);   // same session
    // Taking basic.roles out of the role takes it away again.
    const auto current = m_api->get(admin::MainA, QStringLiteral("/roles/%1").arg(role));
    QCOMPARE(m_api->send(admin::MainA, "PUT", QStringLiteral("/roles/%1").arg(role),
                         roleBody(admin::RoleRoles, {QStringLiteral("basic.interfaces")}), zc::test::etag(current))
                 .status,
             200);
    QCOMPARE(m_server->request("GET", QStringLiteral("/roles"), {}, token).status, 403);
}

void TestServerRoles::concurrentCreatesOfOneNameHaveExactlyOneWinner()
{
    // Two server processes on one database: only the unique index can decide.
    TestServer::Options o = admin::serverOptions();
    o.dataDir = m_server->dataDir();
    o.seedFile = QStringLiteral("-");
    TestServer second(o);
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    TestServer *servers[2] = {m_server.get(), &second};
    const QString tokens[2] = {m_api->token(admin::MainA), second.loginToken(admin::MainA, admin::Password)};
    QVERIFY(!tokens[1].isEmpty());

    QNetworkAccessManager nams[2];
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(m_server->caCertificates());
    constexpr int Parallel = 8;
    constexpr int Rounds = 5;
    for (int round = 0; round < Rounds; ++round) {
        QList<QNetworkReply *> replies;
        for (int i = 0; i < Parallel; ++i) {
            QUrl url = servers[i % 2]->baseUrl();
            url.setPath(QStringLiteral("/api/v1/roles"));
            QNetworkRequest req(url);
            req.setSslConfiguration(ssl);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            req.setRawHeader("Authorization", "Bearer " + tokens[i % 2].toLatin1());
            req.setTransferTimeout(20000);
            // The same name in different cases and padding.
            QString name = QStringLiteral("Race Role %1").arg(round);
            name = i % 3 == 0 ? name.toUpper() : (i % 3 == 1 ? name.toLower() : QStringLiteral("  ") + name);
            replies << nams[i % 2].post(req, QJsonDocument(roleBody(name, {})).toJson(QJsonDocument::Compact));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }),
                                 20000);
        int created = 0;
        int taken = 0;
        for (QNetworkReply *reply : std::as_const(replies)) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            if (status == 201)
                ++created;
            else if (status == 409
                     && body.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString()
                         == QLatin1String("role_name_taken"))
                ++taken;
            reply->deleteLater();
        }
        QVERIFY2(created == 1 && taken == Parallel - 1,
                 qPrintable(QStringLiteral("round %1: %2 created, %3 taken").arg(round).arg(created).arg(taken)));
        const auto list = m_api->get(admin::MainA, QStringLiteral("/roles?name=race%20role%20") + QString::number(round));
        QCOMPARE(list.object().value(QLatin1String("total")).toInt(), 1);
    }
}

namespace {
// The leaves of a Permission tree as GET /permissions answers it; parents
// must carry unit_kinds null and every leaf the kinds it serves.
QStringList treeLeaves(const QJsonArray &nodes, const QString &kind, QString *problem)
{
    QStringList out;
    for (const QJsonValue &v : nodes) {
        const QJsonObject o = v.toObject();
        const QJsonArray children = o.value(QLatin1String("children")).toArray();
        const QJsonValue kinds = o.value(QLatin1String("unit_kinds"));
        if (children.isEmpty()) {
            if (!strings(kinds).contains(kind))
                *problem += o.value(QLatin1String("code")).toString() + QStringLiteral(" does not serve ") + kind + u'\n';
            out << o.value(QLatin1String("code")).toString();
        } else {
            if (!kinds.isNull())
                *problem += o.value(QLatin1String("code")).toString() + QStringLiteral(": a parent's unit_kinds is null\n");
            out << treeLeaves(children, kind, problem);
        }
    }
    return out;
}
} // namespace

void TestServerRoles::menusFollowTheUnitKind()
{
    // 测试甲单位 is a manufacturer, 测试乙单位 a distributor: each sees its kind's menus.
    QString problem;
    const auto a = m_api->get(admin::MainA, QStringLiteral("/permissions"));
    QCOMPARE(a.status, 200);
    const QStringList manufacturer = treeLeaves(a.json.array(), QStringLiteral("manufacturer"), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(manufacturer, zc::PermissionCatalog::builtInFor(zc::Unit::Kind::Manufacturer).leaves());
    QVERIFY(manufacturer.contains(QStringLiteral("drug.listing.apply")));
    QVERIFY(!manufacturer.contains(QStringLiteral("drug.purchase.orders")));
    QVERIFY(!manufacturer.contains(QStringLiteral("basic.institution_info")));
    const auto b = m_api->get(admin::MainB, QStringLiteral("/permissions"));
    const QStringList distributor = treeLeaves(b.json.array(), QStringLiteral("distributor"), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(distributor.contains(QStringLiteral("drug.purchase.delivery")));
    QVERIFY(!distributor.contains(QStringLiteral("drug.listing.apply")));
    // The main account holds every leaf of its kind and no other.
    QCOMPARE(strings(m_api->get(admin::MainA, QStringLiteral("/me")).object().value(QLatin1String("permissions"))),
             manufacturer);

    // A parent stands for its leaves of the unit's kind,
    auto r = m_api->send(admin::MainA, "POST", QStringLiteral("/roles"),
                         roleBody(QStringLiteral("药品全部"), {QStringLiteral("drug")}));
    QCOMPARE(r.status, 201);
    const QStringList held = strings(r.object().value(QLatin1String("permissions")));
    QVERIFY(held.contains(QStringLiteral("drug.listing.apply")));
    for (const QString &code : held)
        QVERIFY2(manufacturer.contains(code), qPrintable(code));
    // another kind's leaf is unknown to the unit, and so is a menu with nothing of its kind under it.
    for (const QString &other : {QStringLiteral("drug.purchase.orders"), QStringLiteral("basic.institution_info"),
                                 QStringLiteral("drug.purchase")}) {
        r = m_api->send(admin::MainA, "POST", QStringLiteral("/roles"), roleBody(QStringLiteral("别的类型"), {other}));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("unknown_permission"));
        QCOMPARE(errorField(r), QStringLiteral("permissions"));
    }
}

void TestServerRoles::aChangeOfKindPrunesTheRolesOnce()
{
    // 系统管理员 holds basic.* and drug.settlement.payments, 采购员 only the payments,
    // 角色管理员 only basic.roles. 测试甲单位 is authenticated again, as a medical
    // institution (its USCC has that registry entry too), which is not served payments.
    const auto role = [this](const QString &name) {
        return m_api->get(admin::MainA, QStringLiteral("/roles/%1").arg(m_api->roleId(name))).object();
    };
    const QJsonObject allBefore = role(admin::RoleAll);
    const QJsonObject buyerBefore = role(admin::RoleBuyer);
    const QJsonObject rolesBefore = role(admin::RoleRoles);
    QVERIFY(strings(allBefore.value(QLatin1String("permissions"))).contains(QStringLiteral("drug.settlement.payments")));
    const qint64 events = m_api->auditCount();

    const QJsonObject body{{QStringLiteral("kind"), QStringLiteral("medical_institution")},
                           {QStringLiteral("unit_code"), QStringLiteral("H32010200099")}};
    auto r = m_api->send(admin::MainA, "POST", QStringLiteral("/unit/authentication"), body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("kind")).toString(), QStringLiteral("medical_institution"));

    const QJsonObject allAfter = role(admin::RoleAll);
    QStringList expected = strings(allBefore.value(QLatin1String("permissions")));
    expected.removeAll(QStringLiteral("drug.settlement.payments"));
    QCOMPARE(strings(allAfter.value(QLatin1String("permissions"))), expected);
    QVERIFY(allAfter.value(QLatin1String("version")) != allBefore.value(QLatin1String("version")));
    const QJsonObject buyerAfter = role(admin::RoleBuyer);
    QVERIFY(strings(buyerAfter.value(QLatin1String("permissions"))).isEmpty());
    QVERIFY(buyerAfter.value(QLatin1String("version")) != buyerBefore.value(QLatin1String("version")));
    QCOMPARE(role(admin::RoleRoles), rolesBefore);   // nothing of another kind: untouched
    // One event for the authentication, one per role changed.
    QCOMPARE(m_api->auditCount(), events + 3);
    const auto updates = m_api->get(admin::MainA, QStringLiteral("/audit-events?action=role.update"));
    QCOMPARE(updates.object().value(QLatin1String("total")).toInt(), 2);
    // Its handler's session follows at once, and the menus are the new kind's.
    QVERIFY(!strings(m_api->get(admin::AllBasic, QStringLiteral("/me")).object().value(QLatin1String("permissions")))
                 .contains(QStringLiteral("drug.settlement.payments")));
    QString problem;
    QVERIFY(treeLeaves(m_api->get(admin::MainA, QStringLiteral("/permissions")).json.array(),
                       QStringLiteral("medical_institution"), &problem)
                .contains(QStringLiteral("basic.institution_info")));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // The same kind stated again changes nothing.
    r = m_api->send(admin::MainA, "POST", QStringLiteral("/unit/authentication"), body);
    QCOMPARE(r.status, 200);
    QCOMPARE(m_api->auditCount(), events + 3);
    QCOMPARE(role(admin::RoleAll), allAfter);
}

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_server_roles.moc"
