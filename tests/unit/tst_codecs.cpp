// JSON codecs of the domain types: exact round trips and strict rejection of wrong shapes.
#include "models/Account.h"
#include "models/ApiError.h"
#include "models/ApiToken.h"
#include "models/AuditEvent.h"
#include "models/Institution.h"
#include "models/JsonReader.h"
#include "models/Permission.h"
#include "models/Role.h"
#include "models/Session.h"
#include "models/Unit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <functional>

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad test JSON: %s", json);
    return doc.object();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

const char UnitJson[] = R"({"id": 7, "uscc": "91350100M000100Y43", "name": "福州某某医药有限公司",
    "kind": "distributor", "unit_code": "D35010000001", "verified": true, "region": "350100"})";
const char InstitutionJson[] = R"({"id": 31, "code": "H32010600123", "name": "南京市第一医院",
    "uscc": "12320100466000000X", "level": "三级甲等", "address": "南京市秦淮区长乐路68号"})";
const char AccountJson[] = R"({"id": 12, "login": "13770558367", "name": "周宇航", "phone": "13770558367",
    "kind": "handler", "status": "active", "role_ids": [3, 5], "institution_id": 31,
    "created_at": "2023-07-05T10:26:05Z", "last_login_at": "2026-11-23T08:00:00Z", "version": "v17"})";
const char RoleJson[] = R"({"id": 3, "name": "采购角色", "remark": "测试角色",
    "permissions": ["drug.analysis", "consumable.analysis"], "account_count": 1,
    "created_by": {"id": 1, "name": "南京慧联数据科技有限公司"},
    "created_at": "2023-07-05T10:26:05Z", "updated_at": "2023-07-06T01:00:00Z", "version": "r9"})";
const char PermissionJson[] = R"({"code": "basic", "title_zh": "基础设置", "title_en": "Basic settings", "unit_kinds": null,
    "children": [{"code": "basic.roles", "title_zh": "账号角色管理", "title_en": "Account roles",
                  "unit_kinds": ["medical_institution", "manufacturer", "distributor"], "children": []},
                 {"code": "basic.accounts", "title_zh": "账号管理", "title_en": "Accounts",
                  "unit_kinds": ["manufacturer", "distributor"], "children": []}]})";
const char AuditEventJson[] = R"({"id": 99, "at": "2026-11-23T08:00:00Z", "actor": {"id": 1, "name": "admin"},
    "actor_type": "account", "action": "role.assign", "target_type": "role", "target_id": 3, "summary": "采购角色 → 周宇航",
    "details": null})";
const char ApiTokenJson[] = R"({"id": 4, "name": "采购系统对接", "permissions": ["basic.roles", "drug.analysis"],
    "created_by": {"id": 1, "name": "南京慧联数据科技有限公司"}, "created_at": "2026-11-23T08:00:00Z",
    "expires_at": "2027-02-21T08:00:00Z", "last_used_at": null, "revoked": false})";
const char SessionJson[] = R"({"token": "tok-abc", "expires_at": "2026-11-24T08:00:00Z",
    "account": {"id": 12, "login": "13770558367", "name": "周宇航", "phone": "13770558367",
        "kind": "handler", "status": "active", "role_ids": [3], "institution_id": null,
        "created_at": "2023-07-05T10:26:05Z", "last_login_at": null, "version": "v1"},
    "unit": {"id": 7, "uscc": "12100000400000624D", "name": "某某医院", "kind": "medical_institution",
        "unit_code": null, "verified": false, "region": "100000"},
    "permissions": ["basic.roles", "basic.accounts"], "password_change_required": false,
    "unit_choice": {"required": false, "options": []},
    "institution_choice": {"required": true, "options": [
        {"id": 31, "code": "H1", "name": "总院", "uscc": "12100000400000624D", "level": "三级甲等", "address": "北京"},
        {"id": 32, "code": "H2", "name": "分院", "uscc": "12100000400000624D", "level": "二级甲等", "address": "北京"}]}})";
const char PendingSessionJson[] = R"({"expires_at": "2026-11-24T08:00:00Z", "account": null, "unit": null,
    "permissions": [], "password_change_required": false,
    "unit_choice": {"required": true, "options": [
        {"id": 7, "uscc": "91350100M000100Y43", "name": "甲公司", "kind": "manufacturer",
         "unit_code": "M1", "verified": true, "region": "350100"},
        {"id": 8, "uscc": "914403001922038216", "name": "乙公司", "kind": null,
         "unit_code": null, "verified": false, "region": "440300"}]},
    "institution_choice": {"required": false, "options": []}})";

// Type-erased codec so one data-driven test covers every type.
using Codec = std::function<bool(const QJsonObject &, QString *)>;

template<typename T>
Codec codec()
{
    return [](const QJsonObject &o, QString *why) { return T::fromJson(o, why).has_value(); };
}

struct Sample
{
    const char *type;
    const char *json;
    Codec decode;
};

const QList<Sample> &samples()
{
    static const QList<Sample> list = {
        { "Unit", UnitJson, codec<zc::Unit>() },
        { "Institution", InstitutionJson, codec<zc::Institution>() },
        { "Account", AccountJson, codec<zc::Account>() },
        { "Role", RoleJson, codec<zc::Role>() },
        { "Permission", PermissionJson, codec<zc::Permission>() },
        { "AuditEvent", AuditEventJson, codec<zc::AuditEvent>() },
        { "Session", SessionJson, codec<zc::Session>() },
        { "ApiToken", ApiTokenJson, codec<zc::ApiToken>() },
    };
    return list;
}

QJsonValue wrongTypeFor(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return 5;
    case QJsonValue::Double: return QStringLiteral("5");
    case QJsonValue::Bool: return QStringLiteral("true");
    case QJsonValue::Array: return QJsonObject();
    case QJsonValue::Object: return QJsonArray();
    case QJsonValue::Null: return true;
    case QJsonValue::Undefined: break;
    }
    return {};
}

} // namespace

class TestCodecs : public QObject
{
    Q_OBJECT

private slots:
    void unitRoundTrips()
    {
        const QJsonObject json = parse(UnitJson);
        QString why;
        const auto unit = zc::Unit::fromJson(json, &why);
        QVERIFY2(unit, qPrintable(why));
        QCOMPARE(unit->id, 7);
        QCOMPARE(unit->kind, zc::Unit::Kind::Distributor);
        QCOMPARE(unit->unitCode, QStringLiteral("D35010000001"));
        QVERIFY(unit->verified);
        QCOMPARE(unit->toJson(), json);
        QCOMPARE(zc::Unit::fromJson(unit->toJson()), unit);
    }

    void unitWithoutKindWritesNull()
    {
        zc::Unit u;
        u.id = 1;
        u.uscc = QStringLiteral("914403001922038216");
        u.name = QStringLiteral("乙公司");
        u.region = QStringLiteral("440300");
        const QJsonObject json = u.toJson();
        QVERIFY(json.value(QStringLiteral("kind")).isNull());
        QVERIFY(json.value(QStringLiteral("unit_code")).isNull());
        QCOMPARE(zc::Unit::fromJson(json), u);
        QCOMPARE(zc::Unit::kindFromString(QString()), zc::Unit::Kind::None);
        QCOMPARE(zc::Unit::kindFromString(QStringLiteral("hospital")), std::nullopt);
    }

    void institutionRoundTrips()
    {
        const QJsonObject json = parse(InstitutionJson);
        const auto inst = zc::Institution::fromJson(json);
        QVERIFY(inst);
        QCOMPARE(inst->level, QStringLiteral("三级甲等"));
        QCOMPARE(inst->toJson(), json);
        QCOMPARE(zc::Institution::fromJson(inst->toJson()), inst);
    }

    void accountRoundTrips()
    {
        const QJsonObject json = parse(AccountJson);
        QString why;
        const auto account = zc::Account::fromJson(json, &why);
        QVERIFY2(account, qPrintable(why));
        QCOMPARE(account->kind, zc::Account::Kind::Handler);
        QCOMPARE(account->status, zc::Account::Status::Active);
        QCOMPARE(account->roleIds, (QList<qint64>{ 3, 5 }));
        QCOMPARE(account->institutionId, 31);
        QCOMPARE(account->createdAt, utc(2023, 7, 5, 10, 26, 5));
        QCOMPARE(account->toJson(), json);
        QCOMPARE(zc::Account::fromJson(account->toJson()), account);
    }

    void accountNullsRoundTrip()
    {
        QJsonObject json = parse(AccountJson);
        json.insert(QStringLiteral("institution_id"), QJsonValue::Null);
        json.insert(QStringLiteral("last_login_at"), QJsonValue::Null);
        json.insert(QStringLiteral("kind"), QStringLiteral("unit"));
        json.insert(QStringLiteral("status"), QStringLiteral("locked"));
        json.insert(QStringLiteral("role_ids"), QJsonArray());
        const auto account = zc::Account::fromJson(json);
        QVERIFY(account);
        QCOMPARE(account->institutionId, 0);
        QVERIFY(!account->lastLoginAt.isValid());
        QCOMPARE(account->kind, zc::Account::Kind::Unit);
        QCOMPARE(account->status, zc::Account::Status::Locked);
        QCOMPARE(account->toJson(), json);
    }

    void accountEnumsConvertBothWays()
    {
        for (const auto s : { zc::Account::Status::Active, zc::Account::Status::Disabled, zc::Account::Status::Locked })
            QCOMPARE(zc::Account::statusFromString(zc::Account::statusToString(s)), s);
        for (const auto k : { zc::Account::Kind::Unit, zc::Account::Kind::Handler })
            QCOMPARE(zc::Account::kindFromString(zc::Account::kindToString(k)), k);
        QCOMPARE(zc::Account::statusFromString(QStringLiteral("Active")), std::nullopt);
        QCOMPARE(zc::Account::kindFromString(QString()), std::nullopt);
    }

    void roleRoundTrips()
    {
        const QJsonObject json = parse(RoleJson);
        const auto role = zc::Role::fromJson(json);
        QVERIFY(role);
        QCOMPARE(role->permissions, (QStringList{ QStringLiteral("drug.analysis"), QStringLiteral("consumable.analysis") }));
        QCOMPARE(role->createdById, 1);
        QCOMPARE(role->createdByName, QStringLiteral("南京慧联数据科技有限公司"));
        QCOMPARE(role->accountCount, 1);
        QCOMPARE(role->toJson(), json);
        QCOMPARE(zc::Role::fromJson(role->toJson()), role);
    }

    void permissionTreeRoundTrips()
    {
        const QJsonObject json = parse(PermissionJson);
        const auto p = zc::Permission::fromJson(json);
        QVERIFY(p);
        QVERIFY(!p->isLeaf());
        QCOMPARE(p->children.size(), 2);
        QVERIFY(p->children.at(0).isLeaf());
        QCOMPARE(p->children.at(1).code, QStringLiteral("basic.accounts"));
        QCOMPARE(p->children.at(1).unitKinds, (QStringList{QStringLiteral("manufacturer"), QStringLiteral("distributor")}));
        QVERIFY(p->unitKinds.isEmpty());   // a parent: null, see its children
        QCOMPARE(p->toJson(), json);
        // A leaf without unit_kinds (a catalog from before menus differed by kind) serves every kind;
        // an unknown kind is refused.
        const auto old = zc::Permission::fromJson(parse(R"({"code": "a", "title_zh": "甲", "title_en": "A", "children": []})"));
        QVERIFY(old);
        QCOMPARE(old->unitKinds, zc::Permission::allUnitKinds());
        QString why;
        QVERIFY(!zc::Permission::fromJson(
            parse(R"({"code": "a", "title_zh": "甲", "title_en": "A", "unit_kinds": ["hospital"], "children": []})"), &why));
        QVERIFY2(why.contains(QStringLiteral("unit_kinds")), qPrintable(why));
        const QJsonArray list = zc::Permission::listToJson({ *p, *p });
        const auto back = zc::Permission::listFromJson(list);
        QVERIFY(back);
        QCOMPARE(back->size(), 2);
        QCOMPARE(back->at(1), *p);
    }

    void auditEventRoundTrips()
    {
        const QJsonObject json = parse(AuditEventJson);
        const auto e = zc::AuditEvent::fromJson(json);
        QVERIFY(e);
        QCOMPARE(e->actorName, QStringLiteral("admin"));
        QCOMPARE(e->targetType, QStringLiteral("role"));
        QCOMPARE(e->toJson(), json);
        QCOMPARE(zc::AuditEvent::fromJson(e->toJson()), e);
    }

    void auditEventDetails()
    {
        // Before/after of a role change travel in details and survive the cache's JSON.
        QJsonObject json = parse(AuditEventJson);
        json.insert(QStringLiteral("action"), QStringLiteral("role.update"));
        json.insert(QStringLiteral("details"), parse(R"({"before": {"name": "采购", "remark": "", "permissions": ["basic.roles"]},
            "after": {"name": "采购员", "remark": "", "permissions": ["basic.roles", "drug.analysis"]}})"));
        const auto e = zc::AuditEvent::fromJson(json);
        QVERIFY(e);
        QVERIFY(e->roleBefore());
        QVERIFY(e->roleAfter());
        QCOMPARE(e->roleBefore()->value(QStringLiteral("name")).toString(), QStringLiteral("采购"));
        QCOMPARE(e->roleAfter()->value(QStringLiteral("permissions")).toArray().size(), 2);
        QCOMPARE(e->toJson(), json);
        QCOMPARE(zc::AuditEvent::fromJson(e->toJson()), e);
        // Events from before details: no key at all reads as none.
        json.remove(QStringLiteral("details"));
        const auto old = zc::AuditEvent::fromJson(json);
        QVERIFY(old);
        QVERIFY(!old->roleBefore());
        // Details of an account event are not a role's.
        json.insert(QStringLiteral("target_type"), QStringLiteral("account"));
        json.insert(QStringLiteral("details"), parse(R"({"before": {"name": "x"}})"));
        QVERIFY(!zc::AuditEvent::fromJson(json)->roleBefore());
        // A wrong shape is refused with its key named.
        json.insert(QStringLiteral("details"), QStringLiteral("text"));
        QString why;
        QVERIFY(!zc::AuditEvent::fromJson(json, &why));
        QVERIFY2(why.contains(QLatin1String("details")), qPrintable(why));
    }

    void auditEventWithoutActorType()
    {
        // Events cached before API tokens carry no actor_type: they were all a session's.
        QJsonObject json = parse(AuditEventJson);
        json.remove(QStringLiteral("actor_type"));
        const auto e = zc::AuditEvent::fromJson(json);
        QVERIFY(e);
        QCOMPARE(e->actorType, QStringLiteral("account"));
        json.insert(QStringLiteral("actor_type"), QStringLiteral("api_token"));
        json.insert(QStringLiteral("target_type"), QStringLiteral("api_token"));
        const auto byToken = zc::AuditEvent::fromJson(json);
        QVERIFY(byToken);
        QCOMPARE(byToken->actorType, QStringLiteral("api_token"));
        json.insert(QStringLiteral("actor_type"), QStringLiteral("robot"));
        QString why;
        QVERIFY(!zc::AuditEvent::fromJson(json, &why));
        QVERIFY2(why.contains(QLatin1String("actor_type")), qPrintable(why));
    }

    void apiTokenRoundTrips()
    {
        const QJsonObject json = parse(ApiTokenJson);
        QString why;
        const auto t = zc::ApiToken::fromJson(json, &why);
        QVERIFY2(t, qPrintable(why));
        QCOMPARE(t->name, QStringLiteral("采购系统对接"));
        QVERIFY(!t->lastUsedAt.isValid());
        QVERIFY(!t->isExpired(utc(2027, 2, 21, 7, 59, 59)));
        QVERIFY(t->isExpired(utc(2027, 2, 21, 8, 0, 0)));
        QCOMPARE(t->toJson(), json);
        QJsonObject used = json;
        used.insert(QStringLiteral("last_used_at"), QStringLiteral("2026-11-24T09:30:00Z"));
        const auto u = zc::ApiToken::fromJson(used);
        QVERIFY(u);
        QCOMPARE(u->lastUsedAt, utc(2026, 11, 24, 9, 30, 0));
        QCOMPARE(u->toJson(), used);
    }

    void sessionRoundTrips()
    {
        const QJsonObject json = parse(SessionJson);
        QString why;
        const auto s = zc::Session::fromJson(json, &why);
        QVERIFY2(s, qPrintable(why));
        QCOMPARE(s->token, QStringLiteral("tok-abc"));
        QVERIFY(s->account);
        QCOMPARE(s->account->institutionId, 0);
        QVERIFY(s->unit);
        QCOMPARE(s->unit->kind, zc::Unit::Kind::MedicalInstitution);
        QVERIFY(s->institutionChoiceRequired);
        QCOMPARE(s->institutionOptions.size(), 2);
        QCOMPARE(s->institutionOptions.at(1).name, QStringLiteral("分院"));
        QVERIFY(!s->isReady());
        QVERIFY(s->hasPermission(QStringLiteral("basic.roles")));
        QVERIFY(!s->isMainAccount());
        QCOMPARE(s->toJson(), json);
        QCOMPARE(zc::Session::fromJson(s->toJson()), s);
    }

    void sessionWithoutTokenIsMeAnswer()
    {
        QJsonObject json = parse(SessionJson);
        const auto s = zc::Session::fromJson(json);
        QVERIFY(s);
        const QJsonObject me = s->toJson(false);
        QVERIFY(!me.contains(QStringLiteral("token")));
        const auto back = zc::Session::fromJson(me);
        QVERIFY(back);
        QVERIFY(back->token.isEmpty());
        json.remove(QStringLiteral("token"));
        QCOMPARE(me, json);
    }

    void sessionWithNullAccountAndUnitParses()
    {
        const QJsonObject json = parse(PendingSessionJson);
        QString why;
        const auto s = zc::Session::fromJson(json, &why);
        QVERIFY2(s, qPrintable(why));
        QVERIFY(!s->account);
        QVERIFY(!s->unit);
        QVERIFY(!s->isMainAccount());
        QVERIFY(s->unitChoiceRequired);
        QCOMPARE(s->unitOptions.size(), 2);
        QCOMPARE(s->unitOptions.at(1).kind, zc::Unit::Kind::None);
        QVERIFY(s->permissions.isEmpty());
        QCOMPARE(s->toJson(), json);
    }

    void everyRequiredFieldMissingIsRejected_data()
    {
        QTest::addColumn<int>("sample");
        QTest::addColumn<QString>("key");
        for (int i = 0; i < samples().size(); ++i) {
            const QJsonObject json = parse(samples().at(i).json);
            for (const QString &key : json.keys()) {
                if (QLatin1String(samples().at(i).type) == QLatin1String("Session") && key == QLatin1String("token"))
                    continue;   // optional by contract (GET /me)
                if (QLatin1String(samples().at(i).type) == QLatin1String("AuditEvent") && key == QLatin1String("actor_type"))
                    continue;   // missing on events cached before API tokens (auditEventWithoutActorType)
                if (QLatin1String(samples().at(i).type) == QLatin1String("AuditEvent") && key == QLatin1String("details"))
                    continue;   // missing on events from before details (auditEventDetails)
                if (QLatin1String(samples().at(i).type) == QLatin1String("Permission") && key == QLatin1String("unit_kinds"))
                    continue;   // missing on a catalog from before menus differed by kind (permissionTreeRoundTrips)
                QTest::addRow("%s.%s", samples().at(i).type, qPrintable(key)) << i << key;
            }
        }
    }
    void everyRequiredFieldMissingIsRejected()
    {
        QFETCH(int, sample);
        QFETCH(QString, key);
        const Sample &s = samples().at(sample);
        QJsonObject json = parse(s.json);
        QString why;
        QVERIFY(s.decode(json, &why));
        json.remove(key);
        QVERIFY(!s.decode(json, &why));
        QCOMPARE(why, QLatin1String(s.type) + u'.' + key + QStringLiteral(": missing required field"));
    }

    void everyFieldOfWrongTypeIsRejected_data()
    {
        QTest::addColumn<int>("sample");
        QTest::addColumn<QString>("key");
        for (int i = 0; i < samples().size(); ++i) {
            const QJsonObject json = parse(samples().at(i).json);
            for (const QString &key : json.keys())
                QTest::addRow("%s.%s", samples().at(i).type, qPrintable(key)) << i << key;
        }
    }
    void everyFieldOfWrongTypeIsRejected()
    {
        QFETCH(int, sample);
        QFETCH(QString, key);
        const Sample &s = samples().at(sample);
        QJsonObject json = parse(s.json);
        json.insert(key, wrongTypeFor(json.value(key)));
        QString why;
        QVERIFY(!s.decode(json, &why));
        QVERIFY2(why.startsWith(QLatin1String(s.type) + u'.' + key + QStringLiteral(": expected ")), qPrintable(why));
    }

    void requiredNonNullableFieldsRejectNull_data()
    {
        QTest::addColumn<int>("sample");
        QTest::addColumn<QString>("key");
        QTest::newRow("Account.login") << 2 << QStringLiteral("login");
        QTest::newRow("Account.created_at") << 2 << QStringLiteral("created_at");
        QTest::newRow("Account.role_ids") << 2 << QStringLiteral("role_ids");
        QTest::newRow("Role.remark") << 3 << QStringLiteral("remark");
        QTest::newRow("Unit.verified") << 0 << QStringLiteral("verified");
        QTest::newRow("Session.unit_choice") << 6 << QStringLiteral("unit_choice");
        QTest::newRow("Permission.children") << 4 << QStringLiteral("children");
    }
    void requiredNonNullableFieldsRejectNull()
    {
        QFETCH(int, sample);
        QFETCH(QString, key);
        const Sample &s = samples().at(sample);
        QJsonObject json = parse(s.json);
        json.insert(key, QJsonValue::Null);
        QString why;
        QVERIFY(!s.decode(json, &why));
        QVERIFY2(why.contains(key) && why.endsWith(QStringLiteral("got null")), qPrintable(why));
    }

    void unknownEnumValuesAreRejected()
    {
        QString why;
        QJsonObject account = parse(AccountJson);
        account.insert(QStringLiteral("status"), QStringLiteral("bogus"));
        QVERIFY(!zc::Account::fromJson(account, &why));
        QCOMPARE(why, QStringLiteral(R"(Account.status: expected one of active, disabled, locked, got "bogus")"));

        account = parse(AccountJson);
        account.insert(QStringLiteral("kind"), QStringLiteral("admin"));
        QVERIFY(!zc::Account::fromJson(account, &why));
        QCOMPARE(why, QStringLiteral(R"(Account.kind: expected one of unit, handler, got "admin")"));

        QJsonObject unit = parse(UnitJson);
        unit.insert(QStringLiteral("kind"), QStringLiteral("hospital"));
        QVERIFY(!zc::Unit::fromJson(unit, &why));
        QCOMPARE(why, QStringLiteral(R"(Unit.kind: expected one of medical_institution, manufacturer, distributor or null, got "hospital")"));

        QJsonObject event = parse(AuditEventJson);
        event.insert(QStringLiteral("target_type"), QStringLiteral("session"));
        QVERIFY(!zc::AuditEvent::fromJson(event, &why));
        QVERIFY2(why.startsWith(QStringLiteral("AuditEvent.target_type: expected one of role, account, unit")),
                 qPrintable(why));
    }

    void badIdsAndCountsAreRejected_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QString>("reason");
        QTest::newRow("fractional id") << QByteArray(R"({"id": 1.5})") << QStringLiteral("Account.id: expected integer");
        QTest::newRow("id beyond 2^53") << QByteArray(R"({"id": 1e300})") << QStringLiteral("Account.id: expected integer");
        QTest::newRow("id as string") << QByteArray(R"({"id": "12"})") << QStringLiteral("Account.id: expected integer");
        QTest::newRow("role id string") << QByteArray(R"({"role_ids": [3, "5"]})")
                                        << QStringLiteral("Account.role_ids[1]: expected integer");
        QTest::newRow("institution 0") << QByteArray(R"({"institution_id": 0})")
                                       << QStringLiteral("Account.institution_id: expected a positive integer or null");
        QTest::newRow("institution string") << QByteArray(R"({"institution_id": "31"})")
                                            << QStringLiteral("Account.institution_id: expected integer or null");
        QTest::newRow("version number") << QByteArray(R"({"version": 17})") << QStringLiteral("Account.version: expected string");
    }
    void badIdsAndCountsAreRejected()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QString, reason);
        QJsonObject json = parse(AccountJson);
        const QJsonObject p = QJsonDocument::fromJson(patch).object();
        for (auto it = p.begin(); it != p.end(); ++it)
            json.insert(it.key(), it.value());
        QString why;
        QVERIFY(!zc::Account::fromJson(json, &why));
        QVERIFY2(why.startsWith(reason), qPrintable(why));
    }

    void roleRejectsWrongPermissionsAndCounts()
    {
        QString why;
        QJsonObject role = parse(RoleJson);
        role.insert(QStringLiteral("permissions"), QJsonArray{ QStringLiteral("a"), QStringLiteral("b"), 3 });
        QVERIFY(!zc::Role::fromJson(role, &why));
        QCOMPARE(why, QStringLiteral("Role.permissions[2]: expected string, got number"));

        role = parse(RoleJson);
        role.insert(QStringLiteral("account_count"), -1);
        QVERIFY(!zc::Role::fromJson(role, &why));
        QVERIFY2(why.startsWith(QStringLiteral("Role.account_count: expected a non-negative count")), qPrintable(why));

        role = parse(RoleJson);
        role.insert(QStringLiteral("created_by"), QJsonObject{ { QStringLiteral("name"), QStringLiteral("x") } });
        QVERIFY(!zc::Role::fromJson(role, &why));
        QCOMPARE(why, QStringLiteral("Role.created_by.id: missing required field"));

        role = parse(RoleJson);
        role.insert(QStringLiteral("created_by"), QJsonObject{ { QStringLiteral("id"), 1 }, { QStringLiteral("name"), 2 } });
        QVERIFY(!zc::Role::fromJson(role, &why));
        QCOMPARE(why, QStringLiteral("Role.created_by.name: expected string, got number"));
    }

    void badTimesAreRejected_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("words") << QJsonValue(QStringLiteral("yesterday"));
        QTest::newRow("no offset") << QJsonValue(QStringLiteral("2026-11-23T08:00:00"));
        QTest::newRow("space separator") << QJsonValue(QStringLiteral("2026-11-23 08:00:00Z"));
        QTest::newRow("no seconds") << QJsonValue(QStringLiteral("2026-11-23T08:00Z"));
        QTest::newRow("month 13") << QJsonValue(QStringLiteral("2026-13-01T00:00:00Z"));
        QTest::newRow("February 30") << QJsonValue(QStringLiteral("2026-02-30T00:00:00Z"));
        QTest::newRow("hour 24") << QJsonValue(QStringLiteral("2026-11-23T24:00:00Z"));
        QTest::newRow("offset hour 24") << QJsonValue(QStringLiteral("2026-11-23T08:00:00+24:00"));
        QTest::newRow("date only") << QJsonValue(QStringLiteral("2026-11-23"));
        QTest::newRow("epoch number") << QJsonValue(1795420800);
        QTest::newRow("empty") << QJsonValue(QString());
    }
    void badTimesAreRejected()
    {
        QFETCH(QJsonValue, value);
        QJsonObject json = parse(AuditEventJson);
        json.insert(QStringLiteral("at"), value);
        QString why;
        QVERIFY(!zc::AuditEvent::fromJson(json, &why));
        QVERIFY2(why.startsWith(QStringLiteral("AuditEvent.at: expected RFC 3339 time, got ")), qPrintable(why));
    }

    void rfc3339AcceptsOffsetsAndFractions_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("Z") << QStringLiteral("2026-11-23T08:00:00Z") << utc(2026, 11, 23, 8, 0, 0);
        QTest::newRow("lower-case t and z") << QStringLiteral("2026-11-23t08:00:00z") << utc(2026, 11, 23, 8, 0, 0);
        QTest::newRow("China offset") << QStringLiteral("2026-11-23T16:00:00+08:00") << utc(2026, 11, 23, 8, 0, 0);
        QTest::newRow("negative offset across midnight") << QStringLiteral("2026-11-22T22:30:00-09:30")
                                                         << utc(2026, 11, 23, 8, 0, 0);
        QTest::newRow("milliseconds")
                << QStringLiteral("2026-11-23T08:00:00.123Z")
                << QDateTime(QDate(2026, 11, 23), QTime(8, 0, 0, 123), Qt::UTC);
        QTest::newRow("nanoseconds truncated")
                << QStringLiteral("2026-11-23T08:00:00.987654321+00:00")
                << QDateTime(QDate(2026, 11, 23), QTime(8, 0, 0, 987), Qt::UTC);
        QTest::newRow("one fraction digit")
                << QStringLiteral("2026-11-23T08:00:00.5Z")
                << QDateTime(QDate(2026, 11, 23), QTime(8, 0, 0, 500), Qt::UTC);
        QTest::newRow("leap day") << QStringLiteral("2028-02-29T00:00:00Z") << utc(2028, 2, 29, 0, 0, 0);
    }
    void rfc3339AcceptsOffsetsAndFractions()
    {
        QFETCH(QString, input);
        QFETCH(QDateTime, expected);
        const QDateTime t = zc::fromRfc3339(input);
        QVERIFY(t.isValid());
        QCOMPARE(t, expected);
        QCOMPARE(t.timeSpec(), Qt::UTC);
    }

    void rfc3339WritesUtcWithSecondsAndZ()
    {
        const QDateTime china(QDate(2026, 11, 23), QTime(16, 0, 0, 456), Qt::OffsetFromUTC, 8 * 3600);
        QCOMPARE(zc::toRfc3339(china), QStringLiteral("2026-11-23T08:00:00Z"));
        QCOMPARE(zc::toRfc3339(utc(2026, 1, 2, 3, 4, 5)), QStringLiteral("2026-01-02T03:04:05Z"));
        QCOMPARE(zc::toRfc3339(QDateTime()), QString());
        QCOMPARE(zc::fromRfc3339(zc::toRfc3339(utc(1999, 12, 31, 23, 59, 59))), utc(1999, 12, 31, 23, 59, 59));
    }

    void nestedErrorsNameTheirPath()
    {
        QString why;
        QJsonObject session = parse(SessionJson);
        QJsonObject account = session.value(QStringLiteral("account")).toObject();
        account.insert(QStringLiteral("status"), QStringLiteral("bogus"));
        session.insert(QStringLiteral("account"), account);
        QVERIFY(!zc::Session::fromJson(session, &why));
        QCOMPARE(why, QStringLiteral(R"(Session.account: Account.status: expected one of active, disabled, locked, got "bogus")"));

        session = parse(SessionJson);
        session.insert(QStringLiteral("account"), QStringLiteral("12"));
        QVERIFY(!zc::Session::fromJson(session, &why));
        QCOMPARE(why, QStringLiteral(R"(Session.account: expected object or null, got "12")"));

        session = parse(PendingSessionJson);
        QJsonObject choice = session.value(QStringLiteral("unit_choice")).toObject();
        QJsonArray options = choice.value(QStringLiteral("options")).toArray();
        QJsonObject second = options.at(1).toObject();
        second.remove(QStringLiteral("region"));
        options.replace(1, second);
        choice.insert(QStringLiteral("options"), options);
        session.insert(QStringLiteral("unit_choice"), choice);
        QVERIFY(!zc::Session::fromJson(session, &why));
        QCOMPARE(why, QStringLiteral("Session.unit_choice.options[1]: Unit.region: missing required field"));

        session = parse(SessionJson);
        choice = session.value(QStringLiteral("institution_choice")).toObject();
        choice.remove(QStringLiteral("required"));
        session.insert(QStringLiteral("institution_choice"), choice);
        QVERIFY(!zc::Session::fromJson(session, &why));
        QCOMPARE(why, QStringLiteral("Session.institution_choice.required: missing required field"));

        session = parse(SessionJson);
        choice = session.value(QStringLiteral("institution_choice")).toObject();
        choice.insert(QStringLiteral("options"), QJsonArray{ 1 });
        session.insert(QStringLiteral("institution_choice"), choice);
        QVERIFY(!zc::Session::fromJson(session, &why));
        QCOMPARE(why, QStringLiteral("Session.institution_choice.options[0]: expected object"));

        QJsonObject permission = parse(PermissionJson);
        QJsonArray children = permission.value(QStringLiteral("children")).toArray();
        QJsonObject leaf = children.at(1).toObject();
        leaf.insert(QStringLiteral("title_en"), QJsonValue::Null);
        children.replace(1, leaf);
        permission.insert(QStringLiteral("children"), children);
        QVERIFY(!zc::Permission::fromJson(permission, &why));
        QCOMPARE(why, QStringLiteral("Permission.children[1]: Permission.title_en: expected string, got null"));
    }

    void permissionListRejectsNonObjects()
    {
        QString why;
        QVERIFY(!zc::Permission::listFromJson(QJsonArray{ QStringLiteral("basic") }, &why));
        QCOMPARE(why, QStringLiteral("[0]: expected object"));
        QJsonObject p = parse(PermissionJson);
        p.insert(QStringLiteral("code"), QString());
        QVERIFY(!zc::Permission::fromJson(p, &why));
        QVERIFY2(why.startsWith(QStringLiteral("Permission.code: expected a non-empty string")), qPrintable(why));
    }

    void apiErrorParsesWithFieldAndRetryAfter()
    {
        const QJsonObject body = parse(R"({"error": {"code": "account_locked", "message": "账号已锁定",
                                             "field": "login", "retry_after": 900}})");
        QString why;
        const auto e = zc::ApiError::fromJson(body, 423, &why);
        QVERIFY2(e, qPrintable(why));
        QCOMPARE(e->status, 423);
        QCOMPARE(e->code, QStringLiteral("account_locked"));
        QCOMPARE(e->message, QStringLiteral("账号已锁定"));
        QCOMPARE(e->field, QStringLiteral("login"));
        QCOMPARE(e->retryAfter, 900);
        QVERIFY(e->isValid());
        QVERIFY(!e->isTransport());
        QCOMPARE(e->toJson(), body);
    }

    void apiErrorCarriesItsReasonAndItsKind()
    {
        const QJsonObject body = parse(R"({"error": {"code": "weak_password", "message": "常见", "field": "new_password",
                                             "reason": "common"}})");
        const auto e = zc::ApiError::fromJson(body, 422);
        QVERIFY(e);
        QCOMPARE(e->reason, QStringLiteral("common"));
        QVERIFY(e->is(zc::ErrorCode::WeakPassword));
        QCOMPARE(e->toJson(), body);
        const auto newer = zc::ApiError::fromJson(parse(R"({"error": {"code": "from_the_future", "message": "?", "field": null}})"), 400);
        QVERIFY(newer);
        QCOMPARE(newer->kind(), zc::ErrorCode::Unknown);
        QCOMPARE(newer->code, QStringLiteral("from_the_future"));   // kept as it came
    }

    void everyErrorCodeHasOneWireName()
    {
        QSet<QString> names;
        for (int i = 0; i < int(zc::ErrorCode::Unknown); ++i) {
            const auto code = zc::ErrorCode(i);
            const QString name = zc::errorCodeName(code);
            QVERIFY2(!name.isEmpty(), qPrintable(QString::number(i)));
            QCOMPARE(zc::errorCodeFromName(name), code);
            names.insert(name);
        }
        QCOMPARE(names.size(), int(zc::ErrorCode::Unknown));
        QVERIFY(zc::errorCodeName(zc::ErrorCode::Unknown).isEmpty());
        QCOMPARE(zc::errorCodeFromName(u"Malformed_JSON"), zc::ErrorCode::Unknown);   // exact names only
        // The client's own codes keep their names (scripts read them in zhaocai-cli --json).
        QCOMPARE(zc::errorCodeName(zc::ErrorCode::NetworkError), QLatin1String("network_error"));
        QCOMPARE(zc::errorCodeName(zc::ErrorCode::Timeout), QLatin1String("timeout"));
        QCOMPARE(zc::errorCodeName(zc::ErrorCode::TlsError), QLatin1String("tls_error"));
        QCOMPARE(zc::errorCodeName(zc::ErrorCode::Cancelled), QLatin1String("cancelled"));
        QCOMPARE(zc::errorCodeName(zc::ErrorCode::BadResponse), QLatin1String("bad_response"));
        QCOMPARE(zc::errorCodeName(zc::ErrorCode::ProxyAuthRequired), QLatin1String("proxy_auth_required"));
    }

    void apiErrorParsesWithoutFieldAndRetryAfter()
    {
        const QJsonObject body = parse(R"({"error": {"code": "forbidden", "message": "no", "field": null}})");
        const auto e = zc::ApiError::fromJson(body, 403);
        QVERIFY(e);
        QVERIFY(e->field.isEmpty());
        QCOMPARE(e->retryAfter, -1);
        QCOMPARE(e->toJson(), body);
        QVERIFY(!e->toJson().value(QStringLiteral("error")).toObject().contains(QStringLiteral("retry_after")));
    }

    void apiErrorRejectsOtherBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no error key") << QByteArray(R"({"status": "ok"})") << QStringLiteral("ApiError.error: missing required field");
        QTest::newRow("error is a string") << QByteArray(R"({"error": "boom"})") << QStringLiteral("ApiError.error: expected object");
        QTest::newRow("missing code") << QByteArray(R"({"error": {"message": "m", "field": null}})")
                                      << QStringLiteral("ApiError.error.code: missing required field");
        QTest::newRow("empty code") << QByteArray(R"({"error": {"code": "", "message": "m", "field": null}})")
                                    << QStringLiteral("ApiError.error.code: expected a non-empty string");
        QTest::newRow("missing message") << QByteArray(R"({"error": {"code": "c", "field": null}})")
                                         << QStringLiteral("ApiError.error.message: missing required field");
        QTest::newRow("missing field") << QByteArray(R"({"error": {"code": "c", "message": "m"}})")
                                       << QStringLiteral("ApiError.error.field: missing required field");
        QTest::newRow("field number") << QByteArray(R"({"error": {"code": "c", "message": "m", "field": 1}})")
                                      << QStringLiteral("ApiError.error.field: expected string or null");
        QTest::newRow("retry_after string") << QByteArray(R"({"error": {"code": "c", "message": "m", "field": null, "retry_after": "60"}})")
                                            << QStringLiteral("ApiError.error.retry_after: expected integer");
        QTest::newRow("retry_after negative") << QByteArray(R"({"error": {"code": "c", "message": "m", "field": null, "retry_after": -5}})")
                                              << QStringLiteral("ApiError.error.retry_after: expected a non-negative number of seconds");
    }
    void apiErrorRejectsOtherBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        QString why;
        QVERIFY(!zc::ApiError::fromJson(QJsonDocument::fromJson(body).object(), 400, &why));
        QVERIFY2(why.startsWith(reason), qPrintable(why));
    }

    void readerKeepsTheFirstProblem()
    {
        zc::JsonReader r(parse(R"({"a": 1, "b": "x"})"), QStringLiteral("T"));
        QCOMPARE(r.string("a"), QString());
        QCOMPARE(r.integer("b"), 0);
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), QStringLiteral("T.a: expected string, got number"));
        QCOMPARE(r.optionalString("missing"), QString());
        QCOMPARE(r.error(), QStringLiteral("T.a: expected string, got number"));
    }

    void readerOptionalStringAcceptsMissingAndNullOnly()
    {
        zc::JsonReader r(parse(R"({"n": null, "s": "v", "x": 3})"), QStringLiteral("T"));
        QCOMPARE(r.optionalString("missing"), QString());
        QCOMPARE(r.optionalString("n"), QString());
        QCOMPARE(r.optionalString("s"), QStringLiteral("v"));
        QVERIFY(r.ok());
        QCOMPARE(r.optionalString("x"), QString());
        QVERIFY(!r.ok());
    }
};

QTEST_GUILESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
