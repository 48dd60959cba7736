// Offline review end to end: sign in with "remember me" so the
// cache fills, stop the server, start the client again — it opens the last
// cache of the remembered account read-only with the offline banner, the
// cached roles and assignments, and every editing action disabled with the
// reason; it goes back online by itself when the server answers again. And
// 退出并清除本机数据 deletes the cache and the saved login.

#include "SignInFixture.h"

#include "ui/audit/AuditEventTableModel.h"
#include "ui/audit/AuditLogPage.h"
#include "ui/handlers/HandlersPage.h"
#include "ui/roles/RolesPage.h"
#include "ui/roles/AssignAccountsDialog.h"
#include "ui/roles/RoleEditorDialog.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/PagedTable.h"
#include "ui/widgets/PageProxyModel.h"

#include "models/AccountTableModel.h"
#include "models/RoleTableModel.h"
#include "sync/ApiClient.h"
#include "sync/Cache.h"
#include "sync/CredentialStore.h"
#include "sync/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QLineEdit>
#include <QTableView>
#include <QTreeView>
#include <QPointer>
#include <QSet>
#include <QTest>

#include <memory>

using namespace zc;
using namespace zc::test;

namespace {
const QString &HospitalLogin = demo::HospitalMain;
}

class TestOffline : public SignInFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void offlineStartShowsTheCachedRolesReadOnly();
    void forgetDeletesTheCacheAndTheSavedLogin();

private:
    // A new client that gives up on a silent server after 3 s, and a flow over it.
    void newClientAndFlow();

    std::unique_ptr<TestServer> m_restarted;
};

void TestOffline::initTestCase()
{
    setUpTestCase();
    if (QTest::currentTestFailed())
        return;
    useProfiles({profileFor(*m_server)}, QStringLiteral("test-server"));
}

void TestOffline::cleanupTestCase()
{
    m_restarted.reset();
    tearDownTestCase();
}

void TestOffline::newClientAndFlow()
{
    newClient();
    m_client->setTransferTimeout(3000);
    newFlow();
}

void TestOffline::offlineStartShowsTheCachedRolesReadOnly()
{
    // 王芳 chooses 东院区 (选择医疗机构): her unit has three institutions.
    {
        const auto r = m_server->login(demo::HospitalHandler, demo::Password);
        QCOMPARE(r.status, 201);
        const QJsonArray options = r.object().value(QLatin1String("institution_choice")).toObject()
                                       .value(QLatin1String("options")).toArray();
        QCOMPARE(options.size(), 3);
        qint64 east = 0;
        for (const QJsonValue &v : options) {
            if (v.toObject().value(QLatin1String("name")).toString() == QStringLiteral("呼和浩特市第一医院东院区"))
                east = v.toObject().value(QLatin1String("id")).toInteger();
        }
        QVERIFY(east > 0);
        QCOMPARE(m_server->request("POST", QStringLiteral("/sessions/current/institution"),
                                   QJsonObject{{QStringLiteral("institution_id"), east}},
                                   r.object().value(QLatin1String("token")).toString())
                     .status,
                 200);
    }

    // Online, remembered: the login sync fills the cache.
    newClientAndFlow();
    loginToMainWindow(*m_flow, *m_server, HospitalLogin, demo::Password, true);
    if (QTest::currentTestFailed())
        return;
    {
        // The handlers page names each handler's institution (the unit has several).
        ui::MainWindow *online = m_flow->mainWindow();
        QTRY_COMPARE_WITH_TIMEOUT(online->models()->institutions().size(), 3, 15000);
        QVERIFY(online->showPage(QStringLiteral("handlers")));
        ui::PagedTable *handlers = online->handlersPage()->table();
        QVERIFY(!handlers->view()->isColumnHidden(AccountTableModel::InstitutionColumn));
        QCOMPARE(handlers->view()->model()->headerData(AccountTableModel::InstitutionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("医疗机构"));
        QTRY_VERIFY_WITH_TIMEOUT(online->models()->isLoaded(), 15000);
        QStringList shown;
        for (const Account &a : online->models()->accounts()->accounts()) {
            const int row = online->models()->accounts()->rowOf(a.id);
            shown << online->models()->accounts()->index(row, AccountTableModel::InstitutionColumn).data().toString();
            if (a.login == QLatin1String("13904711001"))
                QCOMPARE(shown.constLast(), QStringLiteral("呼和浩特市第一医院东院区"));
        }
        QVERIFY(shown.contains(QStringLiteral("呼和浩特市第一医院东院区")));
        QVERIFY(handlers->csv().contains(QStringLiteral("医疗机构")));
        // The audit log's first page is kept for offline review.
        QVERIFY(online->showPage(QStringLiteral("audit")));
        QTRY_VERIFY_WITH_TIMEOUT(!online->auditPage()->isBusy() && online->auditPage()->total() > 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_flow->workspace()->cache()->auditState().value->events > 0, 5000);
    }
    const QList<Role> onlineRoles = m_flow->mainWindow()->models()->roles()->roles();
    QVERIFY(onlineRoles.size() >= 2);
    QVERIFY(m_flow->mainWindow()->offlineBannerText().isEmpty());
    qint64 buyer = 0;
    for (const Role &r : onlineRoles) {
        if (r.name == QStringLiteral("药品采购员"))
            buyer = r.id;
    }
    QVERIFY(buyer > 0);
    const QDateTime syncedAt = m_flow->workspace()->engine()->lastSyncedAt();

    // The server goes away; the client starts again.
    const int port = m_server->baseUrl().port();
    m_server->stop();
    newClientAndFlow();
    m_flow->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->mainWindow() && m_flow->mainWindow()->isVisible(), 20000);
    ui::MainWindow *window = m_flow->mainWindow();
    QVERIFY(!m_flow->loginDialog());
    QVERIFY(window->isReadOnly());
    const QString banner = window->offlineBannerText();
    QVERIFY2(banner.startsWith(QStringLiteral("离线：显示的是 ")), qPrintable(banner));
    QVERIFY2(banner.contains(syncedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))), qPrintable(banner));
    QCOMPARE(window->connectionText(), QStringLiteral("● 离线"));
    QVERIFY(window->welcomeText().contains(QStringLiteral("单位用户")));

    // The cached roles and assignments, read-only.
    QTRY_VERIFY_WITH_TIMEOUT(window->models()->isLoaded(), 15000);
    QCOMPARE(window->models()->roles()->rowCount(), int(onlineRoles.size()));
    bool wangHoldsBuyer = false;
    for (const Account &a : window->models()->accounts()->accounts())
        wangHoldsBuyer |= a.login == QLatin1String("13904711001") && a.roleIds.contains(buyer);
    QVERIFY(wangHoldsBuyer);
    ui::RolesPage *roles = window->rolesPage();
    QVERIFY(window->showPage(QStringLiteral("roles")));
    QCOMPARE(roles->table()->model()->rowCount(), int(onlineRoles.size()));
    auto *add = roles->findChild<QPushButton *>(QStringLiteral("addButton"));
    QVERIFY(!add->isEnabled());
    QCOMPARE(add->toolTip(), window->readOnlyReason());
    QVERIFY(window->readOnlyReason().contains(QStringLiteral("离线")));
    // Each role opens for review (查看, 分配账号); 删除 and 复制 (a new role) wait, saying why.
    for (const ui::RowAction &a : roles->table()->actionsOf(roles->table()->model()->index(0, 0))) {
        QCOMPARE(a.enabled, a.key != QLatin1String("delete") && a.key != QLatin1String("copy"));
        if (!a.enabled)
            QCOMPARE(a.toolTip, window->readOnlyReason());
        if (a.key == QLatin1String("edit"))
            QCOMPARE(a.text, QStringLiteral("查看"));
    }
    QVERIFY(roles->table()->trigger(QStringLiteral("edit"), buyer));
    QPointer<ui::RoleEditorDialog> editor = roles->editorDialog();
    QVERIFY(editor && editor->isVisible() && editor->isReviewOnly());
    QCOMPARE(editor->windowTitle(), QStringLiteral("角色“药品采购员”"));
    QVERIFY(editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->isReadOnly());
    QVERIFY(!editor->findChild<QPushButton *>(QStringLiteral("okButton"))->isVisible());
    QCOMPARE(editor->findChild<QPushButton *>(QStringLiteral("cancelButton"))->text(), QStringLiteral("关闭(&C)"));
    std::optional<Role> cachedBuyer = window->models()->role(buyer);
    QVERIFY(cachedBuyer);
    const QStringList shownPermissions = editor->input().permissions;
    QCOMPARE(QSet<QString>(shownPermissions.cbegin(), shownPermissions.cend()),
             QSet<QString>(cachedBuyer->permissions.cbegin(), cachedBuyer->permissions.cend()));
    // The ticks show and cannot change.
    QAbstractItemModel *tree = editor->findChild<QTreeView *>(QStringLiteral("permissionView"))->model();
    const int chosen = editor->chosenPermissionCount();
    QVERIFY(chosen > 0);
    QVERIFY(!(tree->flags(tree->index(0, 0)) & Qt::ItemIsUserCheckable));
    QVERIFY(!tree->setData(tree->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!tree->setData(tree->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(editor->chosenPermissionCount(), chosen);
    editor->reject();   // nothing changed: nothing asked
    QTRY_VERIFY(!editor);
    // 分配账号 for review: both tabs and their filters, nothing to 选择.
    QPointer<ui::AssignAccountsDialog> assign = roles->assignAccounts(buyer);
    QVERIFY(assign && assign->isVisible());
    const qint64 wang = [&] {
        for (const Account &a : window->models()->accounts()->accounts())
            if (a.login == QLatin1String("13904711001"))
                return a.id;
        return qint64(0);
    }();
    QVERIFY(assign->assignedTable()->sourceRowOf(wang) >= 0);
    QVERIFY(assign->unassignedTable()->model()->rowCount() >= 1);
    assign->unassignedTable()->pageModel()->setChecked(
        assign->unassignedTable()->model()->index(0, 0).data(AccountTableModel::IdRole).toLongLong(), true);
    auto *choose = assign->findChild<QPushButton *>(QStringLiteral("assignButton"));
    QVERIFY(!choose->isEnabled());
    QCOMPARE(choose->toolTip(), window->readOnlyReason());
    assign->reject();
    QTRY_VERIFY(!assign);
    QVERIFY(!roles->addRole());
    QVERIFY(!window->handlersPage()->addHandler());
    // The institutions are named offline too.
    QCOMPARE(window->models()->institutions().size(), 3);
    QVERIFY(!window->handlersPage()->table()->view()->isColumnHidden(AccountTableModel::InstitutionColumn));

    // The audit log offline: the kept events, filtered like online, with their age.
    QVERIFY(window->showPage(QStringLiteral("audit")));
    ui::AuditLogPage *audit = window->auditPage();
    QTRY_VERIFY_WITH_TIMEOUT(audit->total() > 0, 5000);
    const int kept = audit->total();
    QVERIFY2(audit->messageText().startsWith(QStringLiteral("离线：")), qPrintable(audit->messageText()));
    QVERIFY2(audit->messageText().contains(QStringLiteral("只在服务器上")), qPrintable(audit->messageText()));
    QVERIFY2(audit->messageText().contains(QStringLiteral("前）")) || audit->messageText().contains(QStringLiteral("刚刚")),
             qPrintable(audit->messageText()));
    QVERIFY(audit->findChild<QPushButton *>(QStringLiteral("searchButton"))->isEnabled());
    audit->setActionFilter(QStringLiteral("role.create"));
    audit->search();
    QVERIFY(audit->total() <= kept);
    for (int row = 0; row < audit->model()->rowCount(); ++row)
        QCOMPARE(audit->model()->index(row, ui::AuditEventTableModel::ActionColumn).data().toString(),
                 QStringLiteral("添加角色"));
    audit->setActionFilter(QString());
    audit->search();
    QCOMPARE(audit->total(), kept);

    // The server comes back (same data, same port): online again by itself.
    window->models()->workspace()->engine()->setProbeInterval(300);
    TestServer::Options options;
    options.dataDir = m_server->dataDir();
    options.extraArgs = {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)};
    m_restarted = std::make_unique<TestServer>(options);
    QVERIFY2(m_restarted->start(), qPrintable(m_restarted->errorString()));
    QCOMPARE(m_restarted->baseUrl().port(), port);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isReadOnly(), 30000);
    QVERIFY(window->offlineBannerText().isEmpty());
    QVERIFY(add->isEnabled());
    QCOMPARE(window->connectionText(), QStringLiteral("● 在线"));
    QTRY_VERIFY_WITH_TIMEOUT(!window->models()->workspace()->engine()->isSyncing(), 15000);
}

void TestOffline::forgetDeletesTheCacheAndTheSavedLogin()
{
    if (!m_server->isRunning() && !(m_restarted && m_restarted->isRunning())) {
        m_restarted = std::make_unique<TestServer>();   // the test before stopped the server midway
        QVERIFY2(m_restarted->start(), qPrintable(m_restarted->errorString()));
    }
    TestServer *server = m_server->isRunning() ? m_server.get() : m_restarted.get();
    useProfiles({profileFor(*server)}, QStringLiteral("test-server"));
    sync::ServerProfileStore::setRememberedLogin(QStringLiteral("test-server"), QString());   // show the form
    newClientAndFlow();
    loginToMainWindow(*m_flow, *server, HospitalLogin, demo::Password, true);
    if (QTest::currentTestFailed())
        return;
    const QString key = sync::CredentialStore::tokenKey(QStringLiteral("test-server"), HospitalLogin);
    QVERIFY(readSecret(key).has_value());
    QVERIFY(sync::Workspace::hasOfflineData(QStringLiteral("test-server"), HospitalLogin));

    ui::MainWindow *window = m_flow->mainWindow();
    QSignalSpy forgotten(m_flow.get(), &ui::SessionFlow::accountForgotten);
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    window->forgetAccount();
    QVERIFY(ui::MessageBox::lastText().contains(HospitalLogin));
    QCOMPARE(forgotten.count(), 0);   // declined: nothing deleted
    QVERIFY(sync::Workspace::hasOfflineData(QStringLiteral("test-server"), HospitalLogin));

    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    window->forgetAccount();
    QTRY_COMPARE_WITH_TIMEOUT(forgotten.count(), 1, 15000);
    QCOMPARE(forgotten.first().at(0).toString(), QString());
    QTRY_VERIFY(m_flow->loginDialog() && m_flow->loginDialog()->isVisible());
    QVERIFY(!m_flow->mainWindow());
    QVERIFY(!sync::Workspace::hasOfflineData(QStringLiteral("test-server"), HospitalLogin));
    QVERIFY(!QFile::exists(sync::Workspace::cachePathFor(QStringLiteral("test-server"), HospitalLogin)));
    QVERIFY(!readSecret(key).has_value());
    QVERIFY(sync::ServerProfileStore::rememberedLogin(QStringLiteral("test-server")).isEmpty());
}

QTEST_MAIN(TestOffline)
#include "tst_offline.moc"
