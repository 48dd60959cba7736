// 我的账号 without a server: what it says for a handler with no role (对应角色为空,
// and who can change it), with a role (the roles and exactly the menus they
// give, with their parents), for the main account, and that it follows a new
// session (a role assigned while it is shown).
#include "ui/Startup.h"
#include "ui/account/MyAccountPage.h"

#include "models/PermissionCatalog.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace zc;

namespace {
Session handlerSession(const QList<qint64> &roleIds, const QStringList &permissions)
{
    Session s;
    Account a;
    a.id = 7;
    a.login = QStringLiteral("13904711001");
    a.name = QStringLiteral("王芳");
    a.phone = QStringLiteral("13904711001");
    a.kind = Account::Kind::Handler;
    a.roleIds = roleIds;
    s.account = a;
    Unit u;
    u.id = 1;
    u.name = QStringLiteral("呼和浩特市第一医院");
    u.uscc = QStringLiteral("12150100460037189N");
    u.kind = Unit::Kind::MedicalInstitution;
    u.unitCode = QStringLiteral("H15010200011");
    s.unit = u;
    s.permissions = permissions;
    return s;
}
} // namespace

class TestMyAccountPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(ui::Startup::installTranslations(QStringLiteral("zh_CN"))); }
    void handlerWithoutARoleIsToldWhatItMeansAndWhoCanHelp();
    void rolesShowTheMenusTheyGiveAndFollowTheSession();
    void mainAccountHoldsEveryMenuOfItsKind();
};

void TestMyAccountPage::handlerWithoutARoleIsToldWhatItMeansAndWhoCanHelp()
{
    ui::MyAccountPage page(nullptr);
    page.setSession(handlerSession({}, {}));
    page.show();
    const QString notice = page.noticeText();
    QVERIFY2(notice.contains(QStringLiteral("对应角色为空")), qPrintable(notice));
    QVERIFY(notice.contains(QStringLiteral("呼和浩特市第一医院")));   // the unit whose main account can help
    QVERIFY(notice.contains(QStringLiteral("主账号")));
    QVERIFY(page.shownCodes().isEmpty());
    QVERIFY(page.rolesText().contains(QStringLiteral("无")));
    // The phone is masked here too.
    QVERIFY(!page.findChild<QLabel *>(QStringLiteral("accountLabel"))->text().contains(QStringLiteral("13904711001")));
}

void TestMyAccountPage::rolesShowTheMenusTheyGiveAndFollowTheSession()
{
    ui::MyAccountPage page(nullptr);
    page.setSession(handlerSession({}, {}));
    page.show();
    // A role is assigned; the next session read brings it.
    page.setSession(handlerSession({3}, {QStringLiteral("drug.purchase.orders"), QStringLiteral("basic.roles")}));
    QVERIFY(page.noticeText().isEmpty());
    QCOMPARE(page.shownCodes(), (QStringList{QStringLiteral("basic"), QStringLiteral("basic.roles"), QStringLiteral("drug"),
                                             QStringLiteral("drug.purchase"), QStringLiteral("drug.purchase.orders")}));
    QVERIFY2(page.rolesText().contains(QStringLiteral("1")), qPrintable(page.rolesText()));
    // And taken away again.
    page.setSession(handlerSession({}, {}));
    QVERIFY(page.shownCodes().isEmpty());
    QVERIFY(!page.noticeText().isEmpty());
}

void TestMyAccountPage::mainAccountHoldsEveryMenuOfItsKind()
{
    Session s = handlerSession({}, PermissionCatalog::builtInFor(Unit::Kind::MedicalInstitution).leaves());
    s.account->kind = Account::Kind::Unit;
    s.account->login = QStringLiteral("nmg_hosp");
    ui::MyAccountPage page(nullptr);
    page.setSession(s);
    page.show();
    QVERIFY(page.noticeText().isEmpty());
    QVERIFY(page.rolesText().contains(QStringLiteral("单位主账号")));
    QVERIFY(page.shownCodes().contains(QStringLiteral("basic.institution_info")));
    QVERIFY(!page.shownCodes().contains(QStringLiteral("drug.listing.apply")));
}

QTEST_MAIN(TestMyAccountPage)
#include "tst_myaccountpage.moc"
