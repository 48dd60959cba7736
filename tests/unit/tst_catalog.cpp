// The menu-permission catalog: built-in resource, expansion of parent codes, version, copy safety.
#include "ModelSamples.h"

#include "models/PermissionCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <memory>
#include <vector>

using namespace zc::test;

namespace {

void collectCodes(const QList<zc::Permission> &nodes, QStringList *out)
{
    for (const zc::Permission &p : nodes) {
        out->append(p.code);
        collectCodes(p.children, out);
    }
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtInCatalogLoadsFromResource()
    {
        const zc::PermissionCatalog &c = zc::PermissionCatalog::builtIn();
        QVERIFY(!c.isEmpty());
        // The resource of the static library is linked into this executable.
        QVERIFY(QFile::exists(QStringLiteral(":/zc/permissions.json")));
        QCOMPARE(&zc::PermissionCatalog::builtIn(), &c);
        QStringList top;
        for (const zc::Permission &p : c.tree())
            top.append(p.code);
        QCOMPARE(top, list({ "basic", "drug", "consumable" }));
        QCOMPARE(c.find(QStringLiteral("basic"))->titleZh, QStringLiteral("基础设置"));
        QCOMPARE(c.find(QStringLiteral("drug"))->titleZh, QStringLiteral("药品集中采购"));
        QCOMPARE(c.find(QStringLiteral("consumable"))->titleZh, QStringLiteral("医用耗材集中采购"));
    }

    void builtInMatchesResourceFileInSourceTree()
    {
        QFile file(QStringLiteral(":/zc/permissions.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString why;
        const zc::PermissionCatalog fromFile = zc::PermissionCatalog::fromJson(file.readAll(), &why);
        QVERIFY2(!fromFile.isEmpty(), qPrintable(why));
        QCOMPARE(fromFile.version(), zc::PermissionCatalog::builtIn().version());
        QCOMPARE(fromFile.tree(), zc::PermissionCatalog::builtIn().tree());
    }

    void rolesAndAccountsAreLeavesUnderBasic()
    {
        const zc::PermissionCatalog &c = zc::PermissionCatalog::builtIn();
        const zc::Permission *basic = c.find(QStringLiteral("basic"));
        QVERIFY(basic);
        QStringList children;
        for (const zc::Permission &p : basic->children)
            children.append(p.code);
        QCOMPARE(children, list({ "basic.institution_info", "basic.roles", "basic.accounts", "basic.interfaces" }));
        QVERIFY(c.isLeaf(QStringLiteral("basic.roles")));
        QVERIFY(c.isLeaf(QStringLiteral("basic.accounts")));
        QVERIFY(!c.isLeaf(QStringLiteral("basic")));
        QVERIFY(!c.isLeaf(QStringLiteral("nope")));
        QCOMPARE(c.find(QStringLiteral("basic.roles"))->titleZh, QStringLiteral("账号角色管理"));
        QCOMPARE(c.find(QStringLiteral("basic.accounts"))->titleZh, QStringLiteral("账号管理"));
        QCOMPARE(c.find(QStringLiteral("basic.institution_info"))->titleZh, QStringLiteral("医疗机构信息完善"));
        QCOMPARE(c.find(QStringLiteral("basic.interfaces"))->titleZh, QStringLiteral("接口管理"));
    }

    void builtInCatalogIsWellFormed()
    {
        const zc::PermissionCatalog &c = zc::PermissionCatalog::builtIn();
        const QStringList leaves = c.leaves();
        QVERIFY2(leaves.size() >= 25 && leaves.size() <= 40, qPrintable(QString::number(leaves.size())));
        QStringList all;
        collectCodes(c.tree(), &all);
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
        static const QRegularExpression shape(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*){0,2}$"));
        for (const QString &code : std::as_const(all)) {
            QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
            const zc::Permission *p = c.find(code);
            QVERIFY(p);
            QVERIFY2(!p->titleZh.isEmpty() && !p->titleEn.isEmpty(), qPrintable(code));
            QCOMPARE(c.contains(code), true);
            QCOMPARE(c.isLeaf(code), p->isLeaf());
        }
        QVERIFY(c.contains(QStringLiteral("drug.analysis")));
        QCOMPARE(c.find(QStringLiteral("drug.analysis"))->titleZh, QStringLiteral("药品集中采购分析"));
        QCOMPARE(c.find(QStringLiteral("consumable.analysis"))->titleZh, QStringLiteral("耗材集中采购分析"));
        QVERIFY(!c.contains(QString()));
        QCOMPARE(c.find(QStringLiteral("unknown.code")), nullptr);
    }

    void menusDifferByUnitKind()
    {
        using Kind = zc::Unit::Kind;
        const auto &all = zc::PermissionCatalog::builtIn();
        const auto leavesOf = [](Kind kind) { return zc::PermissionCatalog::builtInFor(kind).leaves(); };
        // The table of API.md, both procurement branches.
        for (const QString branch : {QStringLiteral("drug"), QStringLiteral("consumable")}) {
            const auto has = [&](Kind kind, const char *leaf) {
                return leavesOf(kind).contains(branch + u'.' + QLatin1String(leaf));
            };
            QVERIFY(has(Kind::Manufacturer, "listing.apply") && !has(Kind::MedicalInstitution, "listing.apply"));
            QVERIFY(has(Kind::Manufacturer, "listing.price") && !has(Kind::Distributor, "listing.price"));
            QVERIFY(has(Kind::MedicalInstitution, "purchase.orders") && !has(Kind::Distributor, "purchase.orders"));
            QVERIFY(has(Kind::MedicalInstitution, "volume.agreements") && !has(Kind::Manufacturer, "volume.agreements"));
            QVERIFY(has(Kind::Distributor, "purchase.delivery") && !has(Kind::MedicalInstitution, "purchase.delivery"));
            QVERIFY(has(Kind::MedicalInstitution, "purchase.returns") && has(Kind::Distributor, "purchase.returns")
                    && !has(Kind::Manufacturer, "purchase.returns"));
            QVERIFY(has(Kind::Manufacturer, "settlement.payments") && has(Kind::Distributor, "settlement.payments")
                    && !has(Kind::MedicalInstitution, "settlement.payments"));
            for (const Kind kind : {Kind::MedicalInstitution, Kind::Manufacturer, Kind::Distributor})
                QVERIFY(has(kind, "listing.query") && has(kind, "analysis"));   // not listed: all three
        }
        QVERIFY(leavesOf(Kind::MedicalInstitution).contains(QStringLiteral("basic.institution_info")));
        QVERIFY(!leavesOf(Kind::Manufacturer).contains(QStringLiteral("basic.institution_info")));
        // Not yet through 角色认证: the basic leaves other than basic.institution_info.
        QCOMPARE(leavesOf(Kind::None), (QStringList{QStringLiteral("basic.roles"), QStringLiteral("basic.accounts"),
                                                    QStringLiteral("basic.interfaces")}));
        // Parents with nothing left are gone; each kind's catalog has its own version.
        QVERIFY(!zc::PermissionCatalog::builtInFor(Kind::Manufacturer).contains(QStringLiteral("drug.purchase")));
        QVERIFY(zc::PermissionCatalog::builtInFor(Kind::Distributor).contains(QStringLiteral("drug.purchase")));
        QStringList versions{all.version()};
        for (const Kind kind : {Kind::None, Kind::MedicalInstitution, Kind::Manufacturer, Kind::Distributor})
            versions << zc::PermissionCatalog::builtInFor(kind).version();
        versions.removeDuplicates();
        QCOMPARE(versions.size(), 5);
        // Every leaf of the full catalog serves some kind, and each kind's leaves are the full catalog's.
        for (const QString &leaf : all.leaves())
            QVERIFY2(!all.find(leaf)->unitKinds.isEmpty(), qPrintable(leaf));
    }

    void leavesAreInTreeOrder()
    {
        const zc::PermissionCatalog c = zc::PermissionCatalog::fromJson(SmallCatalog);
        QCOMPARE(c.leaves(), list({ "a.x", "a.y.one", "a.y.two", "b" }));
        const QStringList builtInLeaves = zc::PermissionCatalog::builtIn().leaves();
        QCOMPARE(builtInLeaves.first(), QStringLiteral("basic.institution_info"));
        QCOMPARE(builtInLeaves.last(), QStringLiteral("consumable.analysis"));
    }

    void expandReplacesParentsByLeavesInTreeOrder_data()
    {
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("unknown");
        QTest::newRow("nothing") << QStringList() << QStringList() << QStringList();
        QTest::newRow("one leaf") << list({ "a.x" }) << list({ "a.x" }) << QStringList();
        QTest::newRow("top-level leaf") << list({ "b" }) << list({ "b" }) << QStringList();
        QTest::newRow("parent") << list({ "a.y" }) << list({ "a.y.one", "a.y.two" }) << QStringList();
        QTest::newRow("grandparent") << list({ "a" }) << list({ "a.x", "a.y.one", "a.y.two" }) << QStringList();
        QTest::newRow("reverse order input") << list({ "b", "a.y.two", "a.x" }) << list({ "a.x", "a.y.two", "b" })
                                             << QStringList();
        QTest::newRow("parent and its own leaf, no duplicates")
                << list({ "a.y.one", "a.y", "a.y.one", "a" }) << list({ "a.x", "a.y.one", "a.y.two" }) << QStringList();
        QTest::newRow("unknown codes reported and left out")
                << list({ "a.x", "c", "a.z", "c" }) << list({ "a.x" }) << list({ "c", "a.z" });
        QTest::newRow("case matters") << list({ "A" }) << QStringList() << list({ "A" });
        QTest::newRow("empty code") << QStringList{ QString() } << QStringList() << QStringList{ QString() };
    }
    void expandReplacesParentsByLeavesInTreeOrder()
    {
        QFETCH(QStringList, codes);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unknown);
        QString why;
        const zc::PermissionCatalog c = zc::PermissionCatalog::fromJson(SmallCatalog, &why);
        QVERIFY2(!c.isEmpty(), qPrintable(why));
        QStringList reported;
        QCOMPARE(c.expand(codes, &reported), expected);
        QCOMPARE(reported, unknown);
        QCOMPARE(c.expand(codes), expected);   // the unknown list is optional
    }

    void expandOfBuiltInParents()
    {
        const zc::PermissionCatalog &c = zc::PermissionCatalog::builtIn();
        QCOMPARE(c.expand(list({ "basic" })),
                 list({ "basic.institution_info", "basic.roles", "basic.accounts", "basic.interfaces" }));
        const QStringList drug = c.expand(list({ "drug" }));
        QVERIFY(drug.contains(QStringLiteral("drug.analysis")));
        QVERIFY(!drug.contains(QStringLiteral("drug")));
        for (const QString &code : drug) {
            QVERIFY(code.startsWith(QStringLiteral("drug.")));
            QVERIFY(c.isLeaf(code));
        }
        QCOMPARE(c.expand(list({ "basic", "drug", "consumable" })), c.leaves());
        QStringList unknown;
        QCOMPARE(c.expand(list({ "basic.roles", "basic.audit" }), &unknown), list({ "basic.roles" }));
        QCOMPARE(unknown, list({ "basic.audit" }));
    }

    void versionIsStableAndFollowsContent()
    {
        const zc::PermissionCatalog a = zc::PermissionCatalog::fromJson(SmallCatalog);
        const zc::PermissionCatalog b = zc::PermissionCatalog::fromJson(SmallCatalog);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$")).match(a.version()).hasMatch());
        QCOMPARE(a.version(), b.version());

        // Formatting is not content: the same tree compact or indented hashes alike.
        const QByteArray compact = QJsonDocument(zc::Permission::listToJson(a.tree())).toJson(QJsonDocument::Compact);
        const QByteArray indented = QJsonDocument(zc::Permission::listToJson(a.tree())).toJson(QJsonDocument::Indented);
        QCOMPARE(zc::PermissionCatalog::fromJson(compact).version(), a.version());
        QCOMPARE(zc::PermissionCatalog::fromJson(indented).version(), a.version());

        QByteArray renamed = SmallCatalog;
        renamed.replace("\"One\"", "\"First\"");
        const zc::PermissionCatalog c = zc::PermissionCatalog::fromJson(renamed);
        QVERIFY(!c.isEmpty());
        QVERIFY(c.version() != a.version());

        QByteArray reordered = SmallCatalog;
        reordered.replace("\"a.y.one\"", "\"a.y.tmp\"").replace("\"a.y.two\"", "\"a.y.one\"").replace("\"a.y.tmp\"", "\"a.y.two\"");
        const zc::PermissionCatalog d = zc::PermissionCatalog::fromJson(reordered);
        QVERIFY(!d.isEmpty());
        QVERIFY(d.version() != a.version());

        QVERIFY(zc::PermissionCatalog::builtIn().version() != a.version());
        QCOMPARE(zc::PermissionCatalog().version(), QString());
    }

    void copiesStayValidAfterTheOriginalIsGone()
    {
        auto original = std::make_unique<zc::PermissionCatalog>(zc::PermissionCatalog::fromJson(SmallCatalog));
        const zc::PermissionCatalog copy(*original);
        zc::PermissionCatalog assigned;
        assigned = *original;
        const zc::Permission *fromOriginal = original->find(QStringLiteral("a.y"));
        QVERIFY(fromOriginal);
        original.reset();

        const QList<const zc::PermissionCatalog *> survivors{ &copy, &assigned };
        for (const zc::PermissionCatalog *c : survivors) {
            const zc::Permission *p = c->find(QStringLiteral("a.y"));
            QVERIFY(p);
            QCOMPARE(p->code, QStringLiteral("a.y"));
            QCOMPARE(p->titleEn, QStringLiteral("A y"));
            QCOMPARE(p->children.size(), 2);
            QCOMPARE(c->expand(list({ "a" })), list({ "a.x", "a.y.one", "a.y.two" }));
            QVERIFY(c->isLeaf(QStringLiteral("b")));
        }

        // A copy of the built-in catalog, moved around, still answers.
        std::vector<zc::PermissionCatalog> many(3, zc::PermissionCatalog::builtIn());
        many.push_back(zc::PermissionCatalog::builtIn());
        many.erase(many.begin());
        QCOMPARE(many.back().find(QStringLiteral("basic.roles"))->titleEn, QStringLiteral("Account roles"));
        QCOMPARE(many.front().version(), zc::PermissionCatalog::builtIn().version());
    }

    void invalidCatalogsAreRejectedWithReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("[{") << QStringLiteral("catalog: ");
        QTest::newRow("object, not array") << QByteArray(R"({"code": "a"})") << QStringLiteral("catalog: expected an array");
        QTest::newRow("empty") << QByteArray("[]") << QStringLiteral("catalog: no permissions");
        QTest::newRow("element not object") << QByteArray(R"(["a"])") << QStringLiteral("catalog[0]: expected object");
        QTest::newRow("missing children")
                << QByteArray(R"([{"code": "a", "title_zh": "甲", "title_en": "A"}])")
                << QStringLiteral("catalog[0]: Permission.children: missing required field");
        QTest::newRow("duplicate code")
                << QByteArray(R"([{"code": "a", "title_zh": "甲", "title_en": "A", "children": []},
                                  {"code": "a", "title_zh": "乙", "title_en": "B", "children": []}])")
                << QStringLiteral("catalog: duplicate code \"a\"");
        QTest::newRow("child not under parent")
                << QByteArray(R"([{"code": "a", "title_zh": "甲", "title_en": "A", "children": [
                                  {"code": "b.x", "title_zh": "乙", "title_en": "B", "children": []}]}])")
                << QStringLiteral("catalog: code \"b.x\" must be \"a.\" + one segment");
        QTest::newRow("two segments at once")
                << QByteArray(R"([{"code": "a", "title_zh": "甲", "title_en": "A", "children": [
                                  {"code": "a.x.y", "title_zh": "乙", "title_en": "B", "children": []}]}])")
                << QStringLiteral("catalog: code \"a.x.y\" must be");
        QTest::newRow("dotted top level")
                << QByteArray(R"([{"code": "a.b", "title_zh": "甲", "title_en": "A", "children": []}])")
                << QStringLiteral("catalog: code \"a.b\" must be one segment");
        QTest::newRow("upper case")
                << QByteArray(R"([{"code": "Basic", "title_zh": "甲", "title_en": "A", "children": []}])")
                << QStringLiteral("catalog: code \"Basic\"");
        QTest::newRow("blank title")
                << QByteArray(R"([{"code": "a", "title_zh": " ", "title_en": "A", "children": []}])")
                << QStringLiteral("catalog: \"a\" needs both titles");
    }
    void invalidCatalogsAreRejectedWithReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QString why;
        const zc::PermissionCatalog c = zc::PermissionCatalog::fromJson(json, &why);
        QVERIFY(c.isEmpty());
        QVERIFY(c.leaves().isEmpty());
        QVERIFY(!c.contains(QStringLiteral("a")));
        QVERIFY2(why.startsWith(reason), qPrintable(why));
    }

    void treeRoundTripsThroughTheApiShape()
    {
        const zc::PermissionCatalog &c = zc::PermissionCatalog::builtIn();
        const QJsonArray json = zc::Permission::listToJson(c.tree());
        const auto back = zc::Permission::listFromJson(json);
        QVERIFY(back);
        QCOMPARE(*back, c.tree());
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
