// 权限审查 against a real zhaocai-server (the demo unit 呼和浩特市第一医院,
// signed in as its main account): who is offered the page; each kind of
// finding appears for data made for it and goes after its row's action;
// the inactivity threshold moves the inactive list; offline the page says
// that the tokens and completing need the server; 完成审查 posts the counts
// and shows when and by whom; the CSV and the dated PDF report (read back
// with pdftotext), print preview.

#include "SignInFixture.h"

#include "ui/handlers/HandlerRolesDialog.h"
#include "ui/handlers/OffboardingDialog.h"
#include "ui/review/AccessReviewPage.h"
#include "ui/review/CompleteReviewDialog.h"
#include "ui/review/ReviewFindingModel.h"
#include "ui/roles/AssignAccountsDialog.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/PagedTable.h"

#include "sync/ApiClient.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace zc;
using namespace zc::test;
using Kind = zc::ui::ReviewFinding::Kind;

namespace {

// The page's own words in the language loaded (a member tr() of the test would look in the test's context).
QString pageText(const char *source, int n = -1)
{
    return QCoreApplication::translate("zc::ui::AccessReviewPage", source, nullptr, n);
}

} // namespace

class TestAccessReview : public SignInFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void offeredToHoldersOfAccountsAndRoles();
    void handlerFindingsGoAfterTheirActions();
    void neverSignedInHandlerIsOffboarded();
    void thresholdMovesTheInactiveList();
    void roleFindingsGoAfterTheirActions();
    void tokenFindingsAndDeletingOne();
    void offlineSaysWhatNeedsTheServer();
    void completingPostsTheCountsAndShowsWhen();
    void csvAndDatedPdfReport();

private:
    ui::AccessReviewPage *openReview();
    [[nodiscard]] std::optional<ui::ReviewFinding> finding(Kind kind, qint64 subjectId) const;
    [[nodiscard]] QStringList actionKeys(Kind kind, qint64 subjectId) const;
    bool trigger(Kind kind, qint64 subjectId, const QString &key);
    QPair<qint64, QString> tokenOnServer(const QString &name, int days);
};

void TestAccessReview::init()
{
    setUpTest();
    signIn(demo::HospitalMain);
}

ui::AccessReviewPage *TestAccessReview::openReview()
{
    if (!window() || !window()->showPage(QStringLiteral("review")))
        return nullptr;
    ui::AccessReviewPage *page = window()->reviewPage();
    // The tokens come from the server once the page shows.
    if (!QTest::qWaitFor([page] { return page->tokensKnown() && !page->lastReviewText().isEmpty(); }, 15000))
        qWarning("the review page did not read the server: %s", qPrintable(page->serverNoticeText()));
    return page;
}

std::optional<ui::ReviewFinding> TestAccessReview::finding(Kind kind, qint64 subjectId) const
{
    for (const ui::ReviewFinding &f : window()->reviewPage()->model()->findings()) {
        if (f.kind == kind && f.subjectId == subjectId)
            return f;
    }
    return std::nullopt;
}

QStringList TestAccessReview::actionKeys(Kind kind, qint64 subjectId) const
{
    const std::optional<ui::ReviewFinding> f = finding(kind, subjectId);
    if (!f)
        return {};
    ui::PagedTable *table = window()->reviewPage()->table();
    QStringList keys;
    for (const ui::RowAction &a : table->actionsOf(table->model()->index(table->sourceRowOf(f->rowId()), 0)))
        keys << a.key;
    return keys;
}

bool TestAccessReview::trigger(Kind kind, qint64 subjectId, const QString &key)
{
    const std::optional<ui::ReviewFinding> f = finding(kind, subjectId);
    return f && window()->reviewPage()->table()->trigger(key, f->rowId());
}

QPair<qint64, QString> TestAccessReview::tokenOnServer(const QString &name, int days)
{
    const TestServer::Reply r = m_server->request(
        "POST", QStringLiteral("/api-tokens"),
        QJsonObject{{QStringLiteral("name"), name},
                    {QStringLiteral("permissions"), QJsonArray{QStringLiteral("basic.roles")}},
                    {QStringLiteral("expires_in_days"), days}},
        m_client->token());
    if (r.status != 201)
        return {};
    return {r.object().value(QStringLiteral("id")).toInteger(), r.object().value(QStringLiteral("token")).toString()};
}

void TestAccessReview::offeredToHoldersOfAccountsAndRoles()
{
    QVERIFY(window()->pageKeys().contains(QStringLiteral("review")));
    ui::AccessReviewPage *page = openReview();
    QVERIFY(page);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->inactiveDays(), 90);
    QCOMPARE(page->findChild<QSpinBox *>(QStringLiteral("inactiveDaysSpin"))->maximum(), 3650);
    QCOMPARE(page->findChild<QSpinBox *>(QStringLiteral("inactiveDaysSpin"))->minimum(), 1);
    // Without one of the two rights the page is not offered (the server's rule for recording a review).
    for (const QString &dropped : {QStringLiteral("basic.accounts"), QStringLiteral("basic.roles")}) {
        Session session = window()->session();
        session.permissions.removeAll(dropped);
        window()->setSession(session);
        QVERIFY2(!window()->pageKeys().contains(QStringLiteral("review")), qPrintable(dropped));
        QVERIFY(!window()->showPage(QStringLiteral("review")));
    }
}

void TestAccessReview::handlerFindingsGoAfterTheirActions()
{
    // A disabled handler still holding a role, and one holding an administration right.
    const qint64 leaver = addHandlerOnServer(QStringLiteral("13904718001"), QStringLiteral("审查甲"));
    const qint64 admin = addHandlerOnServer(QStringLiteral("13904718002"), QStringLiteral("审查乙"));
    QVERIFY(leaver > 0 && admin > 0);
    const qint64 buyer = roleIdByName(QStringLiteral("药品采购员"));
    const qint64 keeper = createRoleOnServer(QStringLiteral("审查账号管理"), {QStringLiteral("basic.accounts")});
    QVERIFY(buyer > 0 && keeper > 0);
    QVERIFY(assignOnServer(buyer, leaver));
    QVERIFY(assignOnServer(keeper, admin));
    const auto disabled = m_server->request("PATCH", QStringLiteral("/handlers/%1").arg(leaver),
                                            {{QStringLiteral("status"), QStringLiteral("disabled")}},
                                            m_client->token(), {{"If-Match", "*"}});
    QCOMPARE(disabled.status, 200);
    syncNow(*window());
    ui::AccessReviewPage *page = openReview();
    QVERIFY(page);

    // Disabled with roles: the role named, removable, and no longer "never signed in" (disabled).
    QTRY_VERIFY(finding(Kind::DisabledWithRoles, leaver));
    QVERIFY(!finding(Kind::NeverSignedIn, leaver));
    QVERIFY2(finding(Kind::DisabledWithRoles, leaver)->detail.contains(QStringLiteral("“药品采购员”")),
             qPrintable(finding(Kind::DisabledWithRoles, leaver)->detail));
    const QString removeBuyer = QStringLiteral("remove_role:%1").arg(buyer);
    QCOMPARE(actionKeys(Kind::DisabledWithRoles, leaver), (QStringList{removeBuyer, QStringLiteral("offboard")}));
    const int before = page->model()->count(Kind::DisabledWithRoles);
    // Refused: nothing changes.
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(trigger(Kind::DisabledWithRoles, leaver, removeBuyer));
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("药品采购员"))
                 && ui::MessageBox::lastText().contains(QStringLiteral("审查甲")),
             qPrintable(ui::MessageBox::lastText()));
    QVERIFY(!page->isBusy());
    QVERIFY(finding(Kind::DisabledWithRoles, leaver));
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(trigger(Kind::DisabledWithRoles, leaver, removeBuyer));
    QTRY_VERIFY_WITH_TIMEOUT(!finding(Kind::DisabledWithRoles, leaver), 15000);
    QCOMPARE(page->model()->count(Kind::DisabledWithRoles), before - 1);
    QVERIFY(window()->models()->account(leaver)->roleIds.isEmpty());

    // Administration rights: the right named by its menu and the role it comes through.
    QVERIFY(finding(Kind::AdminRights, admin));
    const QString detail = finding(Kind::AdminRights, admin)->detail;
    QVERIFY2(detail.contains(QStringLiteral("“审查账号管理”")), qPrintable(detail));
    QVERIFY2(!detail.contains(QStringLiteral("basic.accounts")), qPrintable(detail));   // its title, not its code
    QVERIFY(finding(Kind::NeverSignedIn, admin));   // listed under both kinds
    // 分配角色 opens the handler's roles dialog; taking the role away there settles it too, but here: remove it.
    QCOMPARE(actionKeys(Kind::AdminRights, admin),
             (QStringList{QStringLiteral("roles"), QStringLiteral("remove_role:%1").arg(keeper)}));
    QVERIFY(trigger(Kind::AdminRights, admin, QStringLiteral("roles")));
    QPointer<QDialog> rolesDialog = page->findChild<ui::HandlerRolesDialog *>();
    QVERIFY(rolesDialog && rolesDialog->isVisible());
    QCOMPARE(static_cast<ui::HandlerRolesDialog *>(rolesDialog.data())->accountId(), admin);
    rolesDialog->reject();
    QTRY_VERIFY(!rolesDialog);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(trigger(Kind::AdminRights, admin, QStringLiteral("remove_role:%1").arg(keeper)));
    QTRY_VERIFY_WITH_TIMEOUT(!finding(Kind::AdminRights, admin), 15000);
    QVERIFY2(page->messageText().contains(QStringLiteral("审查账号管理")), qPrintable(page->messageText()));
    // The main account holds everything by design and is never listed.
    const qint64 main = window()->session().account->id;
    for (const ui::ReviewFinding &f : page->model()->findings())
        QVERIFY(f.subject != ui::ReviewFinding::Subject::Account || f.subjectId != main);
}

void TestAccessReview::neverSignedInHandlerIsOffboarded()
{
    const qint64 id = addHandlerOnServer(QStringLiteral("13904718003"), QStringLiteral("审查丙"));
    QVERIFY(id > 0);
    QVERIFY(assignOnServer(roleIdByName(QStringLiteral("药品采购员")), id));
    syncNow(*window());
    ui::AccessReviewPage *page = openReview();
    QVERIFY(page);
    QTRY_VERIFY(finding(Kind::NeverSignedIn, id));
    QCOMPARE(actionKeys(Kind::NeverSignedIn, id), (QStringList{QStringLiteral("roles"), QStringLiteral("offboard")}));
    QVERIFY(trigger(Kind::NeverSignedIn, id, QStringLiteral("offboard")));
    QPointer<ui::OffboardingDialog> dialog = page->findChild<ui::OffboardingDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->accountId(), id);
    QSignalSpy done(dialog.data(), &ui::OffboardingDialog::offboarded);
    dialog->confirm();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 15000);
    QVERIFY2(dialog->result(), qPrintable(dialog->errorText()));
    QCOMPARE(dialog->result()->removedRoles.size(), 1);
    // Disabled and without roles: nothing left to look at for this handler.
    QTRY_VERIFY_WITH_TIMEOUT(!finding(Kind::NeverSignedIn, id), 15000);
    QVERIFY(!finding(Kind::DisabledWithRoles, id));
    QVERIFY2(page->messageText().contains(QStringLiteral("审查丙")), qPrintable(page->messageText()));
    dialog->close();
}

void TestAccessReview::thresholdMovesTheInactiveList()
{
    // 王芳 signs in. A sign-in is no change for the feed: a role given to her
    // afterwards brings her account, sign-in time included, to the cache.
    QVERIFY(!m_server->loginToken(demo::HospitalHandler, demo::Password).isEmpty());
    const qint64 wang = accountIdByLogin(demo::HospitalHandler);
    const qint64 role = createRoleOnServer(QStringLiteral("审查临时"), {QStringLiteral("drug.listing.query")});
    QVERIFY(wang > 0 && role > 0);
    QVERIFY(assignOnServer(role, wang));
    syncNow(*window());
    ui::AccessReviewPage *page = openReview();
    QVERIFY(page);
    QVERIFY(window()->models()->account(wang)->lastLoginAt.isValid());
    // Signed in just now: not inactive, not "never signed in".
    QVERIFY(!finding(Kind::Inactive, wang));
    QVERIFY(!finding(Kind::NeverSignedIn, wang));
    // 100 days on: inactive after 90 days (the default), not after 120, again after 30.
    page->setNow(QDateTime::currentDateTimeUtc().addDays(100));
    QVERIFY(finding(Kind::Inactive, wang));
    QVERIFY2(finding(Kind::Inactive, wang)->detail.contains(QStringLiteral("100")),
             qPrintable(finding(Kind::Inactive, wang)->detail));
    const int at90 = page->model()->count(Kind::Inactive);
    page->setInactiveDays(120);
    QVERIFY(!finding(Kind::Inactive, wang));
    QCOMPARE(page->model()->count(Kind::Inactive), at90 - 1);
    QCOMPARE(page->model()->inactiveDays(), 120);
    QVERIFY(page->model()->index(0, 0).isValid());
    // The kind's title says the threshold.
    QCOMPARE(ui::ReviewFindings::kindTitle(Kind::Inactive, 120),
             QCoreApplication::translate("zc::ui::ReviewFindings", "Not logged in for %n day(s)", nullptr, 120));
    auto *spin = page->findChild<QSpinBox *>(QStringLiteral("inactiveDaysSpin"));
    spin->setValue(30);
    QVERIFY(finding(Kind::Inactive, wang));
    QCOMPARE(actionKeys(Kind::Inactive, wang), (QStringList{QStringLiteral("roles"), QStringLiteral("offboard")}));
    // The kind filter shows that kind only.
    page->setKindFilter(QStringLiteral("inactive"));
    QCOMPARE(page->table()->model()->rowCount(), page->model()->count(Kind::Inactive));
    page->setKindFilter(QString());
    QCOMPARE(page->table()->model()->rowCount(), page->model()->rowCount());
}

void TestAccessReview::roleFindingsGoAfterTheirActions()
{
    const qint64 unused = createRoleOnServer(QStringLiteral("审查闲置角色"), {QStringLiteral("drug.listing.query")});
    const qint64 empty = createRoleOnServer(QStringLiteral("审查空角色"), {});
    QVERIFY(unused > 0 && empty > 0);
    syncNow(*window());
    ui::AccessReviewPage *page = openReview();
    QVERIFY(page);
    QTRY_VERIFY(finding(Kind::RolesWithoutAccounts, unused));
    QVERIFY(!finding(Kind::RolesWithoutPermissions, unused));
    QVERIFY(finding(Kind::RolesWithoutAccounts, empty));
    QVERIFY(finding(Kind::RolesWithoutPermissions, empty));
    // Roles that are held and grant menus are not listed.
    QVERIFY(!finding(Kind::RolesWithoutAccounts, roleIdByName(QStringLiteral("药品采购员"))));
    QCOMPARE(actionKeys(Kind::RolesWithoutAccounts, unused),
             (QStringList{QStringLiteral("assign_accounts"), QStringLiteral("delete_role")}));
    QCOMPARE(actionKeys(Kind::RolesWithoutPermissions, empty), QStringList{QStringLiteral("delete_role")});

    // 分配账号: assigning the role an account settles "without accounts".
    QVERIFY(trigger(Kind::RolesWithoutAccounts, unused, QStringLiteral("assign_accounts")));
    QPointer<ui::AssignAccountsDialog> assign = page->findChild<ui::AssignAccountsDialog *>();
    QVERIFY(assign && assign->isVisible());
    assign->assign({accountIdByLogin(demo::HospitalHandler)});
    QTRY_VERIFY_WITH_TIMEOUT(!finding(Kind::RolesWithoutAccounts, unused), 15000);
    assign->reject();
    QTRY_VERIFY(!assign);

    // Deleting the empty role (asked, naming it) settles both of its findings.
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(trigger(Kind::RolesWithoutPermissions, empty, QStringLiteral("delete_role")));
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("审查空角色")), qPrintable(ui::MessageBox::lastText()));
    QTRY_VERIFY_WITH_TIMEOUT(!finding(Kind::RolesWithoutPermissions, empty), 15000);
    QVERIFY(!finding(Kind::RolesWithoutAccounts, empty));
    QVERIFY(!window()->models()->role(empty));
}

void TestAccessReview::tokenFindingsAndDeletingOne()
{
    const auto expiring = tokenOnServer(QStringLiteral("审查将到期"), 10);
    const auto idle = tokenOnServer(QStringLiteral("审查未使用"), 60);
    const auto used = tokenOnServer(QStringLiteral("审查在用"), 60);
    QVERIFY(expiring.first > 0 && idle.first > 0 && used.first > 0);
    QCOMPARE(m_server->request("GET", QStringLiteral("/permissions"), {}, used.second).status, 200);
    ui::AccessReviewPage *page = openReview();
    QVERIFY(page);
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(finding(Kind::TokensExpiring, expiring.first), 15000);
    QVERIFY(!finding(Kind::TokensExpiring, idle.first));
    // Made today: not "unused" yet (7 days' grace).
    QVERIFY(!finding(Kind::TokensUnused, idle.first));
    // 8 days on: the never used one is listed, the one used today is not (until N days pass).
    page->setNow(QDateTime::currentDateTimeUtc().addDays(8));
    QVERIFY(finding(Kind::TokensUnused, idle.first));
    QVERIFY(!finding(Kind::TokensUnused, used.first));
    page->setInactiveDays(5);
    QVERIFY(finding(Kind::TokensUnused, used.first));
    // 70 days on every one of them has expired: nothing to look at any more.
    page->setNow(QDateTime::currentDateTimeUtc().addDays(70));
    QVERIFY(!finding(Kind::TokensUnused, idle.first) && !finding(Kind::TokensExpiring, expiring.first));
    page->setNow({});
    page->setInactiveDays(90);

    QCOMPARE(actionKeys(Kind::TokensExpiring, expiring.first), QStringList{QStringLiteral("delete_token")});
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(trigger(Kind::TokensExpiring, expiring.first, QStringLiteral("delete_token")));
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("审查将到期")), qPrintable(ui::MessageBox::lastText()));
    QTRY_VERIFY_WITH_TIMEOUT(!finding(Kind::TokensExpiring, expiring.first), 15000);
    QCOMPARE(m_server->request("GET", QStringLiteral("/permissions"), {}, expiring.second).status, 401);
}

void TestAccessReview::offlineSaysWhatNeedsTheServer()
{
    const auto token = tokenOnServer(QStringLiteral("审查离线"), 10);
    QVERIFY(token.first > 0);
    ui::AccessReviewPage *page = openReview();
    QVERIFY(page);
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(finding(Kind::TokensExpiring, token.first), 15000);
    const int handlers = page->model()->count(Kind::NeverSignedIn);
    QVERIFY(handlers > 0);
    auto *complete = page->findChild<QPushButton *>(QStringLiteral("completeButton"));
    QVERIFY(complete->isEnabled());

    page->setReadOnly(true, QStringLiteral("offline"));
    QVERIFY(!page->tokensKnown());
    QVERIFY(!finding(Kind::TokensExpiring, token.first));
    QCOMPARE(page->model()->count(Kind::NeverSignedIn), handlers);   // the cache's part stays
    QCOMPARE(page->serverNoticeText(),
             pageText("Offline: this review is made from this computer's copy of the handlers and roles. The API tokens "
                "are kept only on the server, so they are not part of it now, and completing the review needs the "
                "server too. Both come back when the server can be reached."));
    QVERIFY(!complete->isEnabled());
    QCOMPARE(complete->toolTip(), QStringLiteral("offline"));
    QVERIFY(!page->completeReview());
    QVERIFY2(page->countsText().contains(pageText("not reviewed")), qPrintable(page->countsText()));
    // Every row action is off, saying why.
    const ui::ReviewFinding first = page->model()->findings().first();
    ui::PagedTable *table = page->table();
    for (const ui::RowAction &a : table->actionsOf(table->model()->index(table->sourceRowOf(first.rowId()), 0))) {
        QVERIFY(!a.enabled);
        QCOMPARE(a.toolTip, QStringLiteral("offline"));
    }

    page->setReadOnly(false, QString());
    QTRY_VERIFY_WITH_TIMEOUT(page->tokensKnown() && finding(Kind::TokensExpiring, token.first), 15000);
    QVERIFY(page->serverNoticeText().isEmpty());
    QTRY_VERIFY(complete->isEnabled());
}

void TestAccessReview::completingPostsTheCountsAndShowsWhen()
{
    ui::AccessReviewPage *page = openReview();
    QVERIFY(page);
    page->setInactiveDays(45);
    QPointer<ui::CompleteReviewDialog> dialog = page->completeReview();
    QVERIFY(dialog && dialog->isVisible());
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    // A note over 500 characters is refused before anything is sent; what was typed stays.
    dialog->setNote(QString(501, u'审'));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog->errorText().isEmpty());
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))->toPlainText().size(), 501);
    dialog->setNote(QStringLiteral("季度审查：已处理离职人员"));
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog->errorText().isEmpty());
    const QMap<QString, int> counts = ui::ReviewFindings::counts(page->model()->findings());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->lastReview() && !page->isBusy(), 15000);
    const sync::AccessReview review = *page->lastReview();
    QCOMPARE(review.inactiveDays, 45);
    QCOMPARE(review.findings, counts);
    QCOMPARE(review.note, QStringLiteral("季度审查：已处理离职人员"));
    QCOMPARE(review.completedById, window()->session().account->id);
    QVERIFY(page->lastReviewText().contains(window()->session().account->name));
    QVERIFY2(page->lastReviewText().contains(review.completedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
             qPrintable(page->lastReviewText()));
    QVERIFY(!page->messageText().isEmpty());

    // The server has it, newest first, as its audit event; a new page reads it back.
    const auto listed = m_server->request("GET", QStringLiteral("/access-reviews?page=1&size=1"), {}, m_client->token());
    QCOMPARE(listed.status, 200);
    const QJsonObject newest = listed.object().value(QStringLiteral("items")).toArray().first().toObject();
    QCOMPARE(newest.value(QStringLiteral("id")).toInteger(), review.id);
    QCOMPARE(newest.value(QStringLiteral("findings")).toObject().value(QStringLiteral("never_signed_in")).toInt(),
             counts.value(QStringLiteral("never_signed_in")));
    const auto events = m_server->request("GET", QStringLiteral("/audit-events?action=access_review.complete"), {},
                                          m_client->token());
    QCOMPARE(events.status, 200);
    QCOMPARE(events.object().value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("id"))
                 .toInteger(),
             review.id);
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(page->lastReview() && page->lastReview()->id == review.id, 15000);

    // Cancelled: nothing is posted.
    QPointer<ui::CompleteReviewDialog> again = page->completeReview();
    QVERIFY(again);
    again->reject();
    QTRY_VERIFY(!again);
    QVERIFY(!page->isBusy());
    QCOMPARE(m_server->request("GET", QStringLiteral("/access-reviews?page=1&size=1"), {}, m_client->token())
                 .object().value(QStringLiteral("total")).toInt(),
             listed.object().value(QStringLiteral("total")).toInt());
}

void TestAccessReview::csvAndDatedPdfReport()
{
    const qint64 evil = createRoleOnServer(QStringLiteral("=审查角色"), {QStringLiteral("drug.listing.query")});
    QVERIFY(evil > 0);
    syncNow(*window());
    ui::AccessReviewPage *page = openReview();
    QVERIFY(page);
    QTRY_VERIFY(finding(Kind::RolesWithoutAccounts, evil));

    // CSV: the header, then one line per finding; a formula is text to a spreadsheet.
    const QStringList lines = page->csv().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), page->model()->rowCount() + 1);
    const QString header = QCoreApplication::translate("zc::ui::ReviewFindingModel", "Finding");
    QVERIFY2(lines.first().startsWith(header + u','), qPrintable(lines.first()));
    const QString kind = ui::ReviewFindings::kindTitle(Kind::RolesWithoutAccounts, 90);
    bool found = false;
    for (const QString &line : lines)
        found = found || line.startsWith(kind + QStringLiteral(",\"'=审查角色\","));
    QVERIFY2(found, qPrintable(lines.join(u'\n')));

    // The PDF: title, unit, who and when, the counts, the rows, page numbers.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.pdf"));
    QString why;
    QVERIFY2(page->exportPdf(path, &why), qPrintable(why));
    const QString text = pdfText(path);
    const Session &session = window()->session();
    for (const QString &expected :
         {QStringLiteral("权限审查报告"), QStringLiteral("单位：呼和浩特市第一医院"),
          QStringLiteral("%1 (%2)").arg(session.account->name, session.account->login),
          QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")), QStringLiteral("第 1 页 / 共 "),
          QStringLiteral("=审查角色"),
          QStringLiteral("%1: %2").arg(kind).arg(page->model()->count(Kind::RolesWithoutAccounts)),
          ui::ReviewFindings::kindTitle(Kind::RolesWithoutPermissions, 90)}) {
        QVERIFY2(text.contains(squeeze(expected)), qPrintable(expected + QStringLiteral(" not in:\n") + text));
    }
    QPrinter a4(QPrinter::HighResolution);
    ui::AccessReviewReport::setUpPrinter(&a4, QString());
    const int pages = page->report().pageCount(&a4);
    QCOMPARE(pdfPages(path).size(), pages);
    QVERIFY(!pdfFirstPage(path, QStringLiteral("access-review-report")).isNull());
    QVERIFY(!page->exportPdf(dir.filePath(QStringLiteral("no/such/folder/x.pdf")), &why));
    QVERIFY(!why.isEmpty());

    // Print preview: the same pages, portrait.
    QPointer<QPrintPreviewDialog> preview = page->printPreview();
    QVERIFY(preview);
    QTRY_VERIFY(preview->isVisible());
    auto *widget = preview->findChild<QPrintPreviewWidget *>();
    QVERIFY(widget);
    QTRY_COMPARE(widget->pageCount(), pages);
    QCOMPARE(widget->orientation(), QPageLayout::Portrait);
    preview->close();
    QTRY_VERIFY(!preview);
}

QTEST_MAIN(TestAccessReview)
#include "tst_accessreview.moc"
