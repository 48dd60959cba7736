// Handlers (单位经办人) over real TLS: the list with its search, status and
// paging; adding with an SMS code (initial password or notice), renaming,
// disabling (sessions revoked at once), enabling, unlocking, the password
// reset by SMS, deleting; field rules, If-Match, the main account and other
// units.
#include "ServerTestSupport.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QTest>

using zc::test::Api;
using zc::test::TestServer;
namespace admin = zc::test::admin;

namespace {

QJsonObject addBody(const QString &phone, const QString &name, const QString &code)
{
    return QJsonObject{{QStringLiteral("phone"), phone}, {QStringLiteral("name"), name}, {QStringLiteral("sms_code"), code}};
}

QString errorField(const TestServer::Reply &r)
{
    return r.object().value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString();
}

QStringList logins(const TestServer::Reply &r)
{
    QStringList out;
    const QJsonArray items = r.object().value(QLatin1String("items")).toArray();
    for (const QJsonValue &v : items)
        out << v.toObject().value(QLatin1String("login")).toString();
    return out;
}

} // namespace

class TestServerHandlers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listIsPagedAndNeverShowsTheMainAccount();
    void listSearchesLoginNameAndPhoneIgnoringCase();
    void listFiltersByStatusIncludingLocked();
    void listRejectsBadParameters();
    void addingANewPhoneSendsAnInitialPasswordThatMustBeChanged();
    void addingAKnownPhoneOnlyTellsItAndKeepsItsPassword();
    void addRejectsBadFieldsWithoutUsingUpTheCode();
    void addRejectsAWrongSmsCode();
    void addRefusesAPhoneAlreadyInTheUnitWithoutUsingUpTheCode();
    void patchRenamesWithIfMatch();
    void patchRejectsBadFields();
    void disablingRevokesSessionsAtOnceAndEnablingRestores();
    void activeUnlocksALockedHandler();
    void passwordResetSendsANewPasswordAndEndsSessions();
    void deleteTakesAssignmentsAndSessions();
    void mainAccountIsImmutableHere();
    void handlerWithAccountsRightAdministersOthers();
    void anotherUnitsHandlersAreNotFound();

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Api> m_api;
};

void TestServerHandlers::init()
{
    m_server = std::make_unique<TestServer>(admin::serverOptions());
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_api = std::make_unique<Api>(*m_server);
}

void TestServerHandlers::cleanup()
{
    m_api.reset();
    m_server.reset();
}

void TestServerHandlers::listIsPagedAndNeverShowsTheMainAccount()
{
    auto r = m_api->get(admin::MainA, QStringLiteral("/handlers"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), admin::UnitAHandlers);
    QCOMPARE(r.object().value(QLatin1String("size")).toInt(), 10);
    const QStringList first = logins(r);
    QCOMPARE(first.size(), 10);
    QVERIFY(!first.contains(admin::MainA));
    const QJsonObject a = r.object().value(QLatin1String("items")).toArray().first().toObject();
    for (const char *key : {"id", "login", "name", "phone", "kind", "status", "role_ids", "institution_id", "created_at",
                            "last_login_at", "version"})
        QVERIFY2(a.contains(QLatin1String(key)), key);
    QCOMPARE(a.value(QLatin1String("kind")).toString(), QStringLiteral("handler"));

    r = m_api->get(admin::MainA, QStringLiteral("/handlers?page=2"));
    const QStringList second = logins(r);
    QCOMPARE(second.size(), admin::UnitAHandlers - 10);
    for (const QString &l : second)
        QVERIFY(!first.contains(l));
    r = m_api->get(admin::MainA, QStringLiteral("/handlers?size=100"));
    QCOMPARE(logins(r).size(), admin::UnitAHandlers);
    // Role ids come with every account of the page.
    const QJsonArray all = r.object().value(QLatin1String("items")).toArray();
    int withRoles = 0;
    for (const QJsonValue &v : all)
        withRoles += v.toObject().value(QLatin1String("role_ids")).toArray().isEmpty() ? 0 : 1;
    QCOMPARE(withRoles, 4);
}

void TestServerHandlers::listSearchesLoginNameAndPhoneIgnoringCase()
{
    auto r = m_api->get(admin::MainA, QStringLiteral("/handlers?q=%E7%BB%8F%E5%8A%9E%E4%BA%BA"));   // 经办人
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), 12);
    r = m_api->get(admin::MainA, QStringLiteral("/handlers?q=1310000000"));
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), 5);
    r = m_api->get(admin::MainA, QStringLiteral("/handlers?q=%20%2013100000005%20"));   // trimmed
    QCOMPARE(logins(r), QStringList{admin::Buyer});

    // Rename one to a Latin name: the search ignores case, Unicode included.
    const qint64 id = m_api->accountId(admin::filler(7));
    r = m_api->send(admin::MainA, "PATCH", QStringLiteral("/handlers/%1").arg(id),
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("Zoë ÅBERG")}}, QStringLiteral("1"));
    QCOMPARE(r.status, 200);
    r = m_api->get(admin::MainA, QStringLiteral("/handlers?q=zo%C3%AB%20%C3%A5b"));   // "zoë åb"
    QCOMPARE(logins(r), QStringList{admin::filler(7)});
    r = m_api->get(admin::MainA, QStringLiteral("/handlers?q=%25"));
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), 0);
}

void TestServerHandlers::listFiltersByStatusIncludingLocked()
{
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/handlers?status=active")).object().value(QLatin1String("total")).toInt(),
             admin::UnitAHandlers);
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/handlers?status=disabled")).object().value(QLatin1String("total")).toInt(), 0);

    const qint64 id = m_api->accountId(admin::filler(3));
    QCOMPARE(m_api->send(admin::MainA, "PATCH", QStringLiteral("/handlers/%1").arg(id),
                         QJsonObject{{QStringLiteral("status"), QStringLiteral("disabled")}}, QStringLiteral("1"))
                 .status,
             200);
    // Five wrong passwords lock the buyer's phone.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_server->login(admin::Buyer, QStringLiteral("Wrong@2026x")).status, 401);
    QCOMPARE(m_server->login(admin::Buyer, admin::Password).status, 423);

    auto r = m_api->get(admin::MainA, QStringLiteral("/handlers?status=disabled"));
    QCOMPARE(logins(r), QStringList{admin::filler(3)});
    r = m_api->get(admin::MainA, QStringLiteral("/handlers?status=locked"));
    QCOMPARE(logins(r), QStringList{admin::Buyer});
    const QJsonObject locked = r.object().value(QLatin1String("items")).toArray().first().toObject();
    QCOMPARE(locked.value(QLatin1String("status")).toString(), QStringLiteral("locked"));
    QVERIFY(locked.value(QLatin1String("version")).toString() != QStringLiteral("1"));   // the JSON changed
    r = m_api->get(admin::MainA, QStringLiteral("/handlers?status=active&size=100"));
    QCOMPARE(r.object().value(QLatin1String("total")).toInt(), admin::UnitAHandlers - 2);
    QVERIFY(!logins(r).contains(admin::Buyer));
}

void TestServerHandlers::listRejectsBadParameters()
{
    for (const char *bad : {"status=frozen", "status=", "status=Active", "size=101", "page=0"}) {
        const auto r = m_api->get(admin::MainA, QStringLiteral("/handlers?") + QLatin1String(bad));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorField(r), QString::fromLatin1(bad).section(QLatin1Char('='), 0, 0));
    }
    const auto r = m_api->get(admin::MainA, QStringLiteral("/handlers?q=") + QString(101, QLatin1Char('a')));
    QCOMPARE(r.status, 400);
    QCOMPARE(errorField(r), QStringLiteral("q"));
}

void TestServerHandlers::addingANewPhoneSendsAnInitialPasswordThatMustBeChanged()
{
    const QString phone = QStringLiteral("13912340001");
    const QString code = m_api->smsCode(phone, QStringLiteral("add_handler"));
    QVERIFY(!code.isEmpty());
    const qint64 events = m_api->auditCount();
    const auto r = m_api->send(admin::MainA, "POST", QStringLiteral("/handlers"),
                               addBody(QStringLiteral(" 13912340001 "), QStringLiteral("  新同事 "), code));
    QCOMPARE(r.status, 201);
    const QJsonObject a = r.object();
    QCOMPARE(a.value(QLatin1String("login")).toString(), phone);
    QCOMPARE(a.value(QLatin1String("phone")).toString(), phone);
    QCOMPARE(a.value(QLatin1String("name")).toString(), QStringLiteral("新同事"));
    QCOMPARE(a.value(QLatin1String("kind")).toString(), QStringLiteral("handler"));
    QCOMPARE(a.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(a.value(QLatin1String("role_ids")).toArray().size(), 0);
    QVERIFY(a.value(QLatin1String("last_login_at")).isNull());
    QCOMPARE(zc::test::etag(r), a.value(QLatin1String("version")).toString());
    QCOMPARE(m_api->auditCount(), events + 1);
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/audit-events?size=1")).object().value(QLatin1String("items"))
                 .toArray().first().toObject().value(QLatin1String("action")).toString(),
             QStringLiteral("account.create"));

    const QJsonObject sms = m_api->lastSms(phone);
    QCOMPARE(sms.value(QLatin1String("kind")).toString(), QStringLiteral("initial_password"));
    const QString password = sms.value(QLatin1String("password")).toString();
    QCOMPARE(password.size(), 12);
    QVERIFY(sms.value(QLatin1String("text")).toString().contains(password));
    QVERIFY(sms.value(QLatin1String("text")).toString().contains(QStringLiteral("测试甲单位")));

    const auto session = m_server->login(phone, password);
    QCOMPARE(session.status, 201);
    QVERIFY(session.object().value(QLatin1String("password_change_required")).toBool());
    const QString token = session.object().value(QLatin1String("token")).toString();
    QCOMPARE(m_server->request("GET", QStringLiteral("/changes"), {}, token).errorCode(),
             QStringLiteral("password_change_required"));
    // The code was used up: adding again with it fails.
    QCOMPARE(m_api->send(admin::MainA, "POST", QStringLiteral("/handlers"), addBody(phone, QStringLiteral("x"), code)).errorCode(),
             QStringLiteral("sms_code_invalid"));
}

void TestServerHandlers::addingAKnownPhoneOnlyTellsItAndKeepsItsPassword()
{
    // Unit B's handler joins unit A too.
    const QString code = m_api->smsCode(admin::OtherUnit, QStringLiteral("add_handler"));
    const auto r = m_api->send(admin::MainA, "POST", QStringLiteral("/handlers"),
                               addBody(admin::OtherUnit, QStringLiteral("兼职经办人"), code));
    QCOMPARE(r.status, 201);
    const QJsonObject sms = m_api->lastSms(admin::OtherUnit);
    QCOMPARE(sms.value(QLatin1String("kind")).toString(), QStringLiteral("notice"));
    QVERIFY(sms.value(QLatin1String("password")).isNull());
    // Its own password still works, and it now chooses its unit.
    const auto session = m_server->login(admin::OtherUnit, admin::Password);
    QCOMPARE(session.status, 201);
    QVERIFY(!session.object().value(QLatin1String("password_change_required")).toBool());
    QVERIFY(session.object().value(QLatin1String("unit_choice")).toObject().value(QLatin1String("required")).toBool());
    QCOMPARE(session.object().value(QLatin1String("unit_choice")).toObject().value(QLatin1String("options")).toArray().size(), 2);
}

void TestServerHandlers::addRejectsBadFieldsWithoutUsingUpTheCode()
{
    const QString phone = QStringLiteral("13912340002");
    const QString code = m_api->smsCode(phone, QStringLiteral("add_handler"));
    struct Case
    {
        QJsonObject body;
        const char *field;
    };
    const QList<Case> cases = {
        {addBody(QStringLiteral("12345"), QStringLiteral("张三"), code), "phone"},
        {addBody(QStringLiteral("23912340002"), QStringLiteral("张三"), code), "phone"},
        {QJsonObject{{QStringLiteral("name"), QStringLiteral("张三")}, {QStringLiteral("sms_code"), code}}, "phone"},
        {addBody(phone, QStringLiteral("  "), code), "name"},
        {addBody(phone, QString(51, QChar(0x5f20)), code), "name"},
        {addBody(phone, QStringLiteral("张\u0007三"), code), "name"},
        {addBody(phone, QStringLiteral("张三"), QStringLiteral("12ab56")), "sms_code"},
        {addBody(phone, QStringLiteral("张三"), QStringLiteral("1234567")), "sms_code"},
        {QJsonObject{{QStringLiteral("phone"), phone}, {QStringLiteral("name"), QStringLiteral("张三")},
                     {QStringLiteral("sms_code"), 123456}},
         "sms_code"},
    };
    for (const Case &c : cases) {
        const auto r = m_api->send(admin::MainA, "POST", QStringLiteral("/handlers"), c.body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
        QCOMPARE(errorField(r), QString::fromLatin1(c.field));
    }
    QCOMPARE(m_server->requestRaw("POST", QStringLiteral("/handlers"), "[1,2]", m_api->token(admin::MainA)).errorCode(),
             QStringLiteral("malformed_json"));
    // The code is still good.
    QCOMPARE(m_api->send(admin::MainA, "POST", QStringLiteral("/handlers"), addBody(phone, QStringLiteral("张三"), code)).status,
             201);
}

void TestServerHandlers::addRejectsAWrongSmsCode()
{
    const QString phone = QStringLiteral("13912340003");
    QCOMPARE(m_api->send(admin::MainA, "POST", QStringLiteral("/handlers"), addBody(phone, QStringLiteral("李四"), QStringLiteral("123456")))
                 .errorCode(),
             QStringLiteral("sms_code_invalid"));   // none was sent
    const QString code = m_api->smsCode(phone, QStringLiteral("add_handler"));
    const QString wrong = code == QStringLiteral("000000") ? QStringLiteral("000001") : QStringLiteral("000000");
    const auto r = m_api->send(admin::MainA, "POST", QStringLiteral("/handlers"), addBody(phone, QStringLiteral("李四"), wrong));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("sms_code_invalid"));
    QCOMPARE(errorField(r), QStringLiteral("sms_code"));
    // A code for another purpose does not do either.
    const QString resetCode = m_api->smsCode(QStringLiteral("13912340004"), QStringLiteral("reset_password"));
    QCOMPARE(m_api->send(admin::MainA, "POST", QStringLiteral("/handlers"),
                         addBody(QStringLiteral("13912340004"), QStringLiteral("王五"), resetCode))
                 .errorCode(),
             QStringLiteral("sms_code_invalid"));
    QCOMPARE(m_api->send(admin::MainA, "POST", QStringLiteral("/handlers"), addBody(phone, QStringLiteral("李四"), code)).status,
             201);
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/handlers")).object().value(QLatin1String("total")).toInt(),
             admin::UnitAHandlers + 1);
}

void TestServerHandlers::addRefusesAPhoneAlreadyInTheUnitWithoutUsingUpTheCode()
{
    const QString code = m_api->smsCode(admin::NoRights, QStringLiteral("add_handler"));
    const qint64 events = m_api->auditCount();
    auto r = m_api->send(admin::MainA, "POST", QStringLiteral("/handlers"), addBody(admin::NoRights, QStringLiteral("重复"), code));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("login_taken"));
    QCOMPARE(errorField(r), QStringLiteral("phone"));
    QCOMPARE(m_api->auditCount(), events);
    // Once it is gone, the same code adds it again: the 409 did not use the code.
    const qint64 id = m_api->accountId(admin::NoRights);
    QCOMPARE(m_api->send(admin::MainA, "DELETE", QStringLiteral("/handlers/%1").arg(id)).status, 204);
    r = m_api->send(admin::MainA, "POST", QStringLiteral("/handlers"), addBody(admin::NoRights, QStringLiteral("回来了"), code));
    QCOMPARE(r.status, 201);
    QVERIFY(r.object().value(QLatin1String("id")).toInteger() != id);
    // Its credentials went with its last membership: it starts with a new initial password.
    QCOMPARE(m_api->lastSms(admin::NoRights).value(QLatin1String("kind")).toString(), QStringLiteral("initial_password"));
}

void TestServerHandlers::patchRenamesWithIfMatch()
{
    const qint64 id = m_api->accountId(admin::filler(1));
    const QString path = QStringLiteral("/handlers/%1").arg(id);
    const QJsonObject rename{{QStringLiteral("name"), QStringLiteral(" 新名字 ")}};
    auto r = m_api->send(admin::MainA, "PATCH", path, rename);
    QCOMPARE(r.status, 428);
    QCOMPARE(r.errorCode(), QStringLiteral("precondition_required"));
    r = m_api->send(admin::MainA, "PATCH", path, rename, QStringLiteral("2"));
    QCOMPARE(r.status, 412);
    const qint64 events = m_api->auditCount();
    r = m_api->send(admin::MainA, "PATCH", path, rename, QStringLiteral("1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("name")).toString(), QStringLiteral("新名字"));
    QCOMPARE(r.object().value(QLatin1String("version")).toString(), QStringLiteral("2"));
    QCOMPARE(zc::test::etag(r), QStringLiteral("2"));
    QCOMPARE(m_api->auditCount(), events + 1);
    // The same name again, or an empty patch: nothing changes.
    r = m_api->send(admin::MainA, "PATCH", path, rename, QStringLiteral("2"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("version")).toString(), QStringLiteral("2"));
    r = m_api->send(admin::MainA, "PATCH", path, QJsonObject{{QStringLiteral("other"), 1}}, QStringLiteral("2"));
    QCOMPARE(r.status, 200);
    QCOMPARE(m_api->auditCount(), events + 1);
    QCOMPARE(m_api->send(admin::MainA, "PATCH", QStringLiteral("/handlers/987654"), rename).status, 404);
}

void TestServerHandlers::patchRejectsBadFields()
{
    const qint64 id = m_api->accountId(admin::filler(1));
    const QString path = QStringLiteral("/handlers/%1").arg(id);
    const QList<QPair<QJsonObject, const char *>> cases = {
        {QJsonObject{{QStringLiteral("name"), QStringLiteral("")}}, "name"},
        {QJsonObject{{QStringLiteral("name"), 5}}, "name"},
        {QJsonObject{{QStringLiteral("status"), QStringLiteral("locked")}}, "status"},
        {QJsonObject{{QStringLiteral("status"), QStringLiteral("ACTIVE")}}, "status"},
        {QJsonObject{{QStringLiteral("status"), true}}, "status"},
    };
    for (const auto &c : cases) {
        // Field rules come before the If-Match precondition.
        const auto r = m_api->send(admin::MainA, "PATCH", path, c.first);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorField(r), QString::fromLatin1(c.second));
    }
}

void TestServerHandlers::disablingRevokesSessionsAtOnceAndEnablingRestores()
{
    const QString token = m_api->token(admin::AllBasic);
    QCOMPARE(m_server->request("GET", QStringLiteral("/me"), {}, token).status, 200);
    const qint64 id = m_api->accountId(admin::AllBasic);
    const QString path = QStringLiteral("/handlers/%1").arg(id);
    auto r = m_api->send(admin::MainA, "PATCH", path, QJsonObject{{QStringLiteral("status"), QStringLiteral("disabled")}},
                         QStringLiteral("1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("status")).toString(), QStringLiteral("disabled"));
    QCOMPARE(m_server->request("GET", QStringLiteral("/me"), {}, token).status, 401);
    QCOMPARE(m_server->login(admin::AllBasic, admin::Password).status, 401);
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/audit-events?size=1&action=account.disable"))
                 .object().value(QLatin1String("total")).toInt(),
             1);

    r = m_api->send(admin::MainA, "PATCH", path, QJsonObject{{QStringLiteral("status"), QStringLiteral("active")}},
                    zc::test::etag(r));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(m_server->login(admin::AllBasic, admin::Password).status, 201);
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/audit-events?size=1&action=account.enable"))
                 .object().value(QLatin1String("total")).toInt(),
             1);
}

void TestServerHandlers::activeUnlocksALockedHandler()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_server->login(admin::Buyer, QStringLiteral("Wrong@2026x")).status, 401);
    QCOMPARE(m_server->login(admin::Buyer, admin::Password).status, 423);
    const qint64 id = m_api->accountId(admin::Buyer);
    const auto listed = m_api->get(admin::MainA, QStringLiteral("/handlers?q=") + admin::Buyer);
    const QJsonObject locked = listed.object().value(QLatin1String("items")).toArray().first().toObject();
    QCOMPARE(locked.value(QLatin1String("status")).toString(), QStringLiteral("locked"));
    const QString version = locked.value(QLatin1String("version")).toString();
    // The version from before the lock is stale.
    QCOMPARE(m_api->send(admin::MainA, "PATCH", QStringLiteral("/handlers/%1").arg(id),
                         QJsonObject{{QStringLiteral("status"), QStringLiteral("active")}}, QStringLiteral("1"))
                 .status,
             412);
    const auto r = m_api->send(admin::MainA, "PATCH", QStringLiteral("/handlers/%1").arg(id),
                               QJsonObject{{QStringLiteral("status"), QStringLiteral("active")}}, version);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(m_server->login(admin::Buyer, admin::Password).status, 201);
    QCOMPARE(m_api->get(admin::MainA, QStringLiteral("/audit-events?size=1&action=account.unlock"))
                 .object().value(QLatin1String("total")).toInt(),
             1);
}

void TestServerHandlers::passwordResetSendsANewPasswordAndEndsSessions()
{
    const QString token = m_api->token(admin::Buyer);
    const qint64 id = m_api->accountId(admin::Buyer);
    const qint64 events = m_api->auditCount();
    const auto r = m_api->send(admin::MainA, "POST", QStringLiteral("/handlers/%1/password-reset").arg(id));
    QCOMPARE(r.status, 202);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(m_api->auditCount(), events + 1);
    QCOMPARE(m_server->request("GET", QStringLiteral("/me"), {}, token).status, 401);
    const QJsonObject sms = m_api->lastSms(admin::Buyer);
    QCOMPARE(sms.value(QLatin1String("kind")).toString(), QStringLiteral("password_reset"));
    const QString password = sms.value(QLatin1String("password")).toString();
    QVERIFY(!password.isEmpty());
    QCOMPARE(m_server->login(admin::Buyer, admin::Password).status, 401);
    const auto session = m_server->login(admin::Buyer, password);
    QCOMPARE(session.status, 201);
    QVERIFY(session.object().value(QLatin1String("password_change_required")).toBool());
    QCOMPARE(m_api->send(admin::MainA, "POST", QStringLiteral("/handlers/987654/password-reset")).status, 404);
}

void TestServerHandlers::deleteTakesAssignmentsAndSessions()
{
    const QString token = m_api->token(admin::RolesOnly);
    const qint64 id = m_api->accountId(admin::RolesOnly);
    const qint64 role = m_api->roleId(admin::RoleRoles);
    const auto roleBefore = m_api->get(admin::MainA, QStringLiteral("/roles/%1").arg(role));
    QCOMPARE(roleBefore.object().value(QLatin1String("account_count")).toInt(), 1);
    const QString path = QStringLiteral("/handlers/%1").arg(id);
    QCOMPARE(m_api->send(admin::MainA, "DELETE", path, {}, QStringLiteral("7")).status, 412);
    const qint64 events = m_api->auditCount();
    QCOMPARE(m_api->send(admin::MainA, "DELETE", path, {}, QStringLiteral("1")).status, 204);
    QCOMPARE(m_api->auditCount(), events + 1);
    QCOMPARE(m_server->request("GET", QStringLiteral("/me"), {}, token).status, 401);
    const auto roleAfter = m_api->get(admin::MainA, QStringLiteral("/roles/%1").arg(role));
    QCOMPARE(roleAfter.object().value(QLatin1String("account_count")).toInt(), 0);
    QVERIFY(zc::test::etag(roleAfter) != zc::test::etag(roleBefore));
    QVERIFY(!logins(m_api->get(admin::MainA, QStringLiteral("/handlers?size=100"))).contains(admin::RolesOnly));
    QCOMPARE(m_api->send(admin::MainA, "DELETE", path).status, 404);
    QCOMPARE(m_server->login(admin::RolesOnly, admin::Password).status, 401);
}

void TestServerHandlers::mainAccountIsImmutableHere()
{
    const qint64 main = m_api->accountId(admin::MainA);
    const QString path = QStringLiteral("/handlers/%1").arg(main);
    const qint64 events = m_api->auditCount();
    auto r = m_api->send(admin::MainA, "PATCH", path, QJsonObject{{QStringLiteral("status"), QStringLiteral("disabled")}},
                         QStringLiteral("1"));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("main_account_immutable"));
    r = m_api->send(admin::MainA, "POST", path + QStringLiteral("/password-reset"));
    QCOMPARE(r.errorCode(), QStringLiteral("main_account_immutable"));
    r = m_api->send(admin::MainA, "DELETE", path);
    QCOMPARE(r.errorCode(), QStringLiteral("main_account_immutable"));
    r = m_api->send(admin::AccountsOnly, "DELETE", path);
    QCOMPARE(r.errorCode(), QStringLiteral("main_account_immutable"));
    QCOMPARE(m_api->auditCount(), events);
    QCOMPARE(m_server->login(admin::MainA, admin::Password).status, 201);
    QVERIFY(m_api->lastSms(QStringLiteral("13100009999")).isEmpty());   // no password went to its phone
}

void TestServerHandlers::handlerWithAccountsRightAdministersOthers()
{
    QCOMPARE(m_api->get(admin::AccountsOnly, QStringLiteral("/handlers")).status, 200);
    QCOMPARE(m_api->get(admin::AccountsOnly, QStringLiteral("/roles")).status, 403);
    const QString phone = QStringLiteral("13912340009");
    const QString code = m_api->smsCode(phone, QStringLiteral("add_handler"));
    const auto added = m_api->send(admin::AccountsOnly, "POST", QStringLiteral("/handlers"), addBody(phone, QStringLiteral("赵六"), code));
    QCOMPARE(added.status, 201);
    const qint64 id = added.object().value(QLatin1String("id")).toInteger();
    QCOMPARE(m_api->send(admin::AccountsOnly, "PATCH", QStringLiteral("/handlers/%1").arg(id),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("赵六六")}}, QStringLiteral("1"))
                 .status,
             200);
    const auto event = m_api->get(admin::MainA, QStringLiteral("/audit-events?size=1")).object().value(QLatin1String("items"))
                           .toArray().first().toObject();
    QCOMPARE(event.value(QLatin1String("actor")).toObject().value(QLatin1String("id")).toInteger(),
             m_api->accountId(admin::AccountsOnly));
    QCOMPARE(event.value(QLatin1String("actor")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("丙管账号"));
    QCOMPARE(m_api->send(admin::AccountsOnly, "DELETE", QStringLiteral("/handlers/%1").arg(id)).status, 204);
    QCOMPARE(m_api->get(admin::NoRights, QStringLiteral("/handlers")).status, 403);
}

void TestServerHandlers::anotherUnitsHandlersAreNotFound()
{
    const qint64 id = m_api->accountId(admin::filler(5));
    const QString path = QStringLiteral("/handlers/%1").arg(id);
    QCOMPARE(m_api->send(admin::MainB, "PATCH", path, QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}},
                         QStringLiteral("1")).status,
             404);
    QCOMPARE(m_api->send(admin::MainB, "POST", path + QStringLiteral("/password-reset")).status, 404);
    QCOMPARE(m_api->send(admin::MainB, "DELETE", path).status, 404);
    QCOMPARE(m_api->send(admin::MainB, "DELETE", QStringLiteral("/handlers/x1")).status, 404);
    QVERIFY(!logins(m_api->get(admin::MainB, QStringLiteral("/handlers?size=100"))).contains(admin::filler(5)));
    // Still there, untouched.
    const auto r = m_api->get(admin::MainA, QStringLiteral("/handlers?q=") + admin::filler(5));
    QCOMPARE(r.object().value(QLatin1String("items")).toArray().first().toObject().value(QLatin1String("version")).toString(),
             QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestServerHandlers)
#include "tst_server_handlers.moc"
