// 账号角色管理 against a real zhaocai-server: the roles page over the synced
// cache, the role editor (add, inline checks, the server's answers next to
// the field, a stale edit made by a second client resolved by reload and
// re-apply), deleting with a confirmation that names the role and its
// accounts, and assigning / unassigning accounts in the 分配账号 dialog.

#include "SignInFixture.h"

#include "ui/audit/AuditEventTableModel.h"
#include "ui/audit/AuditLogPage.h"
#include "ui/ErrorText.h"
#include "ui/roles/AssignAccountsDialog.h"
#include "ui/roles/RoleCompareDialog.h"
#include "ui/roles/RoleEditorDialog.h"
#include "ui/roles/RolesPage.h"
#include "ui/roles/VersionConflictDialog.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/PagedTable.h"
#include "ui/widgets/PageProxyModel.h"
#include "ui/widgets/PagerWidget.h"

#include "models/AccountTableModel.h"
#include "models/PermissionCatalog.h"
#include "models/PermissionTreeModel.h"
#include "models/RoleTableModel.h"
#include "sync/ApiClient.h"
#include "sync/Cache.h"
#include "sync/CredentialStore.h"
#include "sync/SyncEngine.h"
#include "sync/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QToolButton>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

using namespace zc;
using namespace zc::test;

namespace {
const QString &HospitalLogin = demo::HospitalMain;   // 呼和浩特市第一医院, main account
}

class TestRolesPage : public SignInFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void rolesPageShowsThePortalColumns();
    void addRoleThroughTheEditor();
    void copyRoleStartsANewRoleFromIt();
    void compareRolesMarksTheDifferences();
    void editorChecksFieldsAsThePersonTypes();
    void treeFilterTicksOnlyWhatItShows();
    void editorOffersOnlyTheMenusOfTheUnitKind();
    void takenRoleNameIsShownNextToTheName();
    void staleEditOffersReloadAndReapply();
    void deleteNamesTheRoleAndHowManyAccountsLoseIt();
    void assignAndUnassignInTheDialog();
    void nameFilterAndCsvExport();
    void handlerCannotChangePermissionsItDoesNotHold();
    void auditLogFiltersByActionActorAndDate();
    void auditLogShowsARoleBeforeAndAfterItsChange();

private:
    QString token() const { return m_client->token(); }
    qint64 createRoleOnServer(const QString &name, const QStringList &permissions, const QString &remark = {});
};

void TestRolesPage::init()
{
    setUpTest();
    newFlow();
    if (QByteArray(QTest::currentTestFunction()) == "handlerCannotChangePermissionsItDoesNotHold")
        return;
    loginToMainWindow(*m_flow, *m_server, HospitalLogin, demo::Password);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(window()->showPage(QStringLiteral("roles")));
}

qint64 TestRolesPage::createRoleOnServer(const QString &name, const QStringList &permissions, const QString &remark)
{
    const auto reply = m_server->request("POST", QStringLiteral("/roles"),
                                         {{QStringLiteral("name"), name},
                                          {QStringLiteral("remark"), remark},
                                          {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}},
                                         token());
    if (reply.status != 201)
        qWarning("POST /roles answered %d %s", reply.status, reply.body.constData());
    return reply.object().value(QStringLiteral("id")).toInteger();
}

void TestRolesPage::rolesPageShowsThePortalColumns()
{
    ui::RolesPage *page = window()->rolesPage();
    QVERIFY(page->isVisible());
    QVERIFY(!page->isReadOnly());
    QTableView *view = page->table()->view();
    QStringList headers;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        headers << view->model()->headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, QStringList({QStringLiteral("序号"), QStringLiteral("角色名称"), QStringLiteral("关联账号数量"),
                                   QStringLiteral("菜单权限"), QStringLiteral("创建人"), QStringLiteral("创建时间"),
                                   QStringLiteral("备注"), QStringLiteral("操作")}));
    // The demo unit's roles, from the cache the login sync filled.
    QTRY_VERIFY(view->model()->rowCount() >= 2);
    QVERIFY(roleIdByName(QStringLiteral("药品采购员")) > 0);
    QVERIFY(roleIdByName(QStringLiteral("系统管理员")) > 0);
    QCOMPARE(view->model()->index(0, RoleTableModel::NumberColumn).data().toInt(), 1);
    QVERIFY(page->table()->pager()->totalText().startsWith(QStringLiteral("共")));
    // The 操作 links, in the portal's words and order, then this client's 复制.
    const QModelIndex source = page->table()->model()->index(0, 0);
    QStringList actions;
    for (const ui::RowAction &a : page->table()->actionsOf(source))
        actions << a.text;
    QCOMPARE(actions, QStringList({QStringLiteral("修改"), QStringLiteral("删除"), QStringLiteral("分配账号"),
                                   QStringLiteral("复制")}));
    // The status bar says when the cache was synced.
    QVERIFY2(window()->syncText().startsWith(QStringLiteral("上次同步：2")), qPrintable(window()->syncText()));

    // 刷新数据 at the pager, as on the portal: a role made elsewhere shows.
    QToolButton *refresh = page->table()->pager()->refreshButton();
    QVERIFY(refresh->isVisible() && refresh->isEnabled());
    QCOMPARE(refresh->text(), QStringLiteral("刷新数据"));
    const qint64 elsewhere = createRoleOnServer(QStringLiteral("别处添加的角色"), {QStringLiteral("basic.roles")});
    QVERIFY(elsewhere > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!window()->models()->workspace()->engine()->isSyncing(), 15000);
    QVERIFY(!window()->models()->role(elsewhere));
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window()->models()->role(elsewhere).has_value(), 15000);
}

void TestRolesPage::addRoleThroughTheEditor()
{
    ui::RolesPage *page = window()->rolesPage();
    QPointer<ui::RoleEditorDialog> dialog = page->addRole();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->isNew());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("添加角色"));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *remark = dialog->findChild<QPlainTextEdit *>(QStringLiteral("remarkEdit"));
    auto *count = dialog->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(name && remark && count);
    typeText(name, QStringLiteral("结算专员"));
    typeText(remark, QStringLiteral("负责结算"));
    QVERIFY(dialog->permissionModel()->setChecked(QStringLiteral("basic.roles"), true));
    QVERIFY(dialog->permissionModel()->setChecked(QStringLiteral("basic.accounts"), true));
    QCOMPARE(dialog->chosenPermissionCount(), 2);
    QCOMPARE(count->text(), QStringLiteral("已选择 2 项菜单权限"));
    // Enter in the name field presses the default button (保存).
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);

    // The server's answer is in the cache and on the page before any sync.
    const qint64 id = roleIdByName(QStringLiteral("结算专员"));
    QVERIFY(id > 0);
    QCOMPARE(window()->models()->role(id)->remark, QStringLiteral("负责结算"));
    QCOMPARE(page->table()->currentId(), id);
    QVERIFY(page->messageText().contains(QStringLiteral("结算专员")));
    const auto reply = m_server->request("GET", QStringLiteral("/roles/%1").arg(id), {}, token());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("permissions")).toArray().size(), 2);
}

void TestRolesPage::copyRoleStartsANewRoleFromIt()
{
    ui::RolesPage *page = window()->rolesPage();
    // A role of the demo data, with its menus.
    const std::optional<Role> original = window()->models()->role(roleIdByName(QStringLiteral("系统管理员")));
    QVERIFY(original);
    const QStringList menus = window()->models()->catalog().expand(original->permissions);
    QVERIFY(!menus.isEmpty());

    QPointer<ui::RoleEditorDialog> dialog = page->copyRole(original->id);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->isNew());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("复制角色“系统管理员”"));
    QCOMPARE(dialog->input().name, QStringLiteral("系统管理员（副本）"));
    QCOMPARE(dialog->input().remark, original->remark);
    QCOMPARE(dialog->input().permissions, menus);
    // Edited before it is saved: one menu less.
    QVERIFY(dialog->permissionModel()->setChecked(menus.first(), false));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    const qint64 copy = roleIdByName(QStringLiteral("系统管理员（副本）"));
    QVERIFY(copy > 0 && copy != original->id);
    QCOMPARE(window()->models()->role(copy)->permissions.size(), menus.size() - 1);
    // The original is untouched; a second copy gets the next free name.
    QCOMPARE(window()->models()->role(original->id)->permissions, original->permissions);
    QCOMPARE(page->copyName(original->name), QStringLiteral("系统管理员（副本2）"));
    // A long name is shortened so the suffix still fits in 30 characters.
    const QString longName(30, QChar(u'药'));
    QCOMPARE(page->copyName(longName), QString(26, QChar(u'药')) + QStringLiteral("（副本）"));
}

void TestRolesPage::compareRolesMarksTheDifferences()
{
    // Two roles made for it: one menu in common, one each of their own.
    const qint64 a = createRoleOnServer(QStringLiteral("对比甲"), {QStringLiteral("basic.roles"), QStringLiteral("basic.accounts")});
    const qint64 b = createRoleOnServer(QStringLiteral("对比乙"), {QStringLiteral("basic.roles"), QStringLiteral("drug.purchase.orders")});
    QVERIFY(a > 0 && b > 0);
    window()->refreshData();
    QTRY_VERIFY_WITH_TIMEOUT(window()->models()->role(a) && window()->models()->role(b), 15000);

    QPointer<ui::RoleCompareDialog> dialog = window()->rolesPage()->compareRoles(a);
    QVERIFY(dialog && dialog->isVisible());
    dialog->setRoles(a, b);
    QCOMPARE(dialog->shared(), QStringList{QStringLiteral("basic.roles")});
    QCOMPARE(dialog->onlyLeft(), QStringList{QStringLiteral("basic.accounts")});
    QCOMPARE(dialog->onlyRight(), QStringList{QStringLiteral("drug.purchase.orders")});
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("仅“对比甲”拥有 1 项菜单权限")), qPrintable(dialog->summaryText()));
    QVERIFY(dialog->shownLeaves().size() > 3);   // everything, until asked for the differences
    dialog->setDifferencesOnly(true);
    QCOMPARE(dialog->shownLeaves(), (QStringList{QStringLiteral("basic.accounts"), QStringLiteral("drug.purchase.orders")}));
    dialog->setRoles(a, a);
    QVERIFY(dialog->shownLeaves().isEmpty());
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("同一个角色")), qPrintable(dialog->summaryText()));
    dialog->close();
}

void TestRolesPage::treeFilterTicksOnlyWhatItShows()
{
    QPointer<ui::RoleEditorDialog> dialog = window()->rolesPage()->addRole();
    QVERIFY(dialog);
    auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    auto *view = dialog->findChild<QTreeView *>(QStringLiteral("permissionView"));
    QVERIFY(filter && view);
    QAbstractItemModel *shown = view->model();
    const auto rowNamed = [shown](const QString &title, const QModelIndex &parent = {}) {
        for (int r = 0; r < shown->rowCount(parent); ++r)
            if (shown->index(r, 0, parent).data().toString() == title)
                return shown->index(r, 0, parent);
        return QModelIndex();
    };
    const auto shownLeaves = [shown](const QModelIndex &under) {
        int n = 0;
        QList<QModelIndex> todo{under};
        while (!todo.isEmpty()) {
            const QModelIndex i = todo.takeLast();
            if (shown->rowCount(i) == 0)
                ++n;
            for (int r = 0; r < shown->rowCount(i); ++r)
                todo.append(shown->index(r, 0, i));
        }
        return n;
    };

    // 采购订单 shows under 药品集中采购 › 药品采购 alone: ticking 药品集中采购 ticks it only.
    typeText(filter, QStringLiteral("采购订单"));
    const QModelIndex drug = rowNamed(QStringLiteral("药品集中采购"));
    QVERIFY(drug.isValid());
    QCOMPARE(shownLeaves(drug), 1);
    QVERIFY(shown->setData(drug, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(dialog->chosenPermissionCount(), 1);
    QCOMPARE(dialog->input().permissions, QStringList{QStringLiteral("drug.purchase.orders")});
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("countLabel"))->text(), QStringLiteral("已选择 1 项菜单权限"));
    QVERIFY(shown->setData(drug, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(dialog->chosenPermissionCount(), 0);

    // A menu that matches shows everything under it, and ticking it ticks all of that.
    filter->clear();
    typeText(filter, QStringLiteral("药品采购"));
    const QModelIndex purchase = rowNamed(QStringLiteral("药品采购"), rowNamed(QStringLiteral("药品集中采购")));
    QVERIFY(purchase.isValid());
    const int under = shownLeaves(purchase);
    QVERIFY2(under >= 3, qPrintable(QString::number(under)));
    QCOMPARE(under, dialog->permissionModel()->rowCount(
                        qobject_cast<QSortFilterProxyModel *>(shown)->mapToSource(purchase)));
    QVERIFY(shown->setData(purchase, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(dialog->chosenPermissionCount(), under);

    ui::MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

void TestRolesPage::editorOffersOnlyTheMenusOfTheUnitKind()
{
    // 呼和浩特市第一医院 is a medical institution: no manufacturer's 挂网申请, but 医疗机构信息完善.
    QPointer<ui::RoleEditorDialog> dialog = window()->rolesPage()->addRole();
    QVERIFY(dialog);
    PermissionTreeModel *tree = dialog->permissionModel();
    QVERIFY(tree->indexOf(QStringLiteral("basic.institution_info")).isValid());
    QVERIFY(tree->indexOf(QStringLiteral("drug.purchase.orders")).isValid());
    QVERIFY(!tree->indexOf(QStringLiteral("drug.listing.apply")).isValid());
    QVERIFY(!tree->indexOf(QStringLiteral("drug.purchase.delivery")).isValid());
    QVERIFY(!tree->indexOf(QStringLiteral("consumable.settlement.payments")).isValid());
    // The cached catalog is the unit kind's, so offline the editor shows the same.
    QCOMPARE(window()->models()->catalog().version(),
             PermissionCatalog::builtInFor(Unit::Kind::MedicalInstitution).version());
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

void TestRolesPage::editorChecksFieldsAsThePersonTypes()
{
    ui::RolesPage *page = window()->rolesPage();
    QPointer<ui::RoleEditorDialog> dialog = page->addRole();
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *remark = dialog->findChild<QPlainTextEdit *>(QStringLiteral("remarkEdit"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(name && remark && ok);
    QVERIFY(dialog->fieldErrorText(QStringLiteral("name")).isEmpty());   // nothing typed yet: no nagging
    typeText(name, QStringLiteral("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"));
    QVERIFY(dialog->fieldErrorText(QStringLiteral("name")).contains(QStringLiteral("30")));
    name->clear();
    QTest::keyClicks(name, QStringLiteral(" "));
    QCOMPARE(dialog->fieldErrorText(QStringLiteral("name")), QStringLiteral("请输入角色名称。"));
    remark->setPlainText(QString(201, QLatin1Char('x')));
    QVERIFY(dialog->fieldErrorText(QStringLiteral("remark")).contains(QStringLiteral("200")));
    // Saving an invalid form sends nothing.
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    // Nothing typed is lost silently: closing asks first.
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    dialog->reject();
    QVERIFY(dialog->isVisible());
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("修改")));
    ui::MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

void TestRolesPage::takenRoleNameIsShownNextToTheName()
{
    ui::RolesPage *page = window()->rolesPage();
    QPointer<ui::RoleEditorDialog> dialog = page->addRole();
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    typeText(name, QStringLiteral("药品采购员"));
    dialog->accept();
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    ApiError taken;
    taken.status = 409;
    taken.code = QStringLiteral("role_name_taken");
    QCOMPARE(dialog->fieldErrorText(QStringLiteral("name")), ui::ErrorText::sentence(taken));
    QVERIFY(dialog->isVisible());
    QCOMPARE(QApplication::focusWidget(), name);
    ui::MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog->reject();
}

void TestRolesPage::staleEditOffersReloadAndReapply()
{
    const qint64 id = createRoleOnServer(QStringLiteral("冲突角色"), {QStringLiteral("basic.roles")},
                                         QStringLiteral("原备注"));
    QVERIFY(id > 0);
    syncNow(*window());
    QTRY_VERIFY(window()->models()->role(id).has_value());

    ui::RolesPage *page = window()->rolesPage();
    QPointer<ui::RoleEditorDialog> dialog = page->editRole(id);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("修改角色“冲突角色”"));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->selectAll();
    typeText(name, QStringLiteral("冲突角色-改名"));

    // A second client changes the role meanwhile.
    const QString other = m_server->loginToken(HospitalLogin, demo::Password);
    QVERIFY(!other.isEmpty());
    const auto current = m_server->request("GET", QStringLiteral("/roles/%1").arg(id), {}, other);
    QCOMPARE(current.status, 200);
    const auto changed = m_server->request(
        "PUT", QStringLiteral("/roles/%1").arg(id),
        {{QStringLiteral("name"), QStringLiteral("冲突角色")},
         {QStringLiteral("remark"), QStringLiteral("服务器备注")},
         {QStringLiteral("permissions"), QJsonArray{QStringLiteral("basic.roles"), QStringLiteral("basic.accounts")}}},
        other, {{"If-Match", current.header("ETag")}});
    QCOMPARE(changed.status, 200);

    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->conflictDialog() && dialog->conflictDialog()->isVisible(), 15000);
    QPointer<ui::VersionConflictDialog> conflict = dialog->conflictDialog();
    const QStringList server = conflict->serverChanges();
    const QStringList own = conflict->ownChanges();
    QCOMPARE(server.size(), 3);
    QCOMPARE(server.at(0), QStringLiteral("（未修改）"));
    QVERIFY2(server.at(1).contains(QStringLiteral("服务器备注")), qPrintable(server.at(1)));
    QVERIFY2(server.at(2).contains(QStringLiteral("添加")) && server.at(2).contains(QStringLiteral("账号管理")),
             qPrintable(server.at(2)));
    QVERIFY2(own.at(0).contains(QStringLiteral("冲突角色-改名")), qPrintable(own.at(0)));
    auto *reapply = conflict->findChild<QPushButton *>(QStringLiteral("reapplyButton"));
    QVERIFY(reapply && reapply->isDefault());
    QTest::mouseClick(reapply, Qt::LeftButton);
    QTRY_VERIFY(!conflict);

    // Nothing typed is lost, and the server's changes are in.
    const sync::RoleInput merged = dialog->input();
    QCOMPARE(merged.name, QStringLiteral("冲突角色-改名"));
    QCOMPARE(merged.remark, QStringLiteral("服务器备注"));
    QVERIFY(merged.permissions.contains(QStringLiteral("basic.accounts")));
    QCOMPARE(dialog->baseVersion(), QString::fromUtf8(changed.header("ETag")).remove(QLatin1Char('"')));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    const auto saved = m_server->request("GET", QStringLiteral("/roles/%1").arg(id), {}, token());
    QCOMPARE(saved.object().value(QStringLiteral("name")).toString(), QStringLiteral("冲突角色-改名"));
    QCOMPARE(saved.object().value(QStringLiteral("remark")).toString(), QStringLiteral("服务器备注"));
    QCOMPARE(window()->models()->role(id)->name, QStringLiteral("冲突角色-改名"));
}

void TestRolesPage::deleteNamesTheRoleAndHowManyAccountsLoseIt()
{
    const qint64 id = createRoleOnServer(QStringLiteral("待删除角色"), {QStringLiteral("basic.roles")});
    QVERIFY(id > 0);
    syncNow(*window());
    const qint64 wang = accountIdByLogin(QStringLiteral("13904711001"));
    QVERIFY(wang > 0);
    QCOMPARE(m_server->request("PUT", QStringLiteral("/roles/%1/accounts/%2").arg(id).arg(wang), {}, token()).status,
             204);
    syncNow(*window());
    QTRY_COMPARE(window()->models()->role(id)->accountCount, 1);

    ui::RolesPage *page = window()->rolesPage();
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    page->deleteRole(id);
    const QString asked = ui::MessageBox::lastText();
    QVERIFY2(asked.contains(QStringLiteral("待删除角色")) && asked.contains(QStringLiteral("1 个账号")), qPrintable(asked));
    QVERIFY(!page->isBusy());
    QVERIFY(window()->models()->role(id).has_value());   // declined: nothing sent

    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    page->deleteRole(id);
    QTRY_VERIFY_WITH_TIMEOUT(!window()->models()->role(id).has_value(), 15000);
    QTRY_VERIFY(!page->isBusy());
    QVERIFY(page->messageText().contains(QStringLiteral("待删除角色")));
    QCOMPARE(m_server->request("GET", QStringLiteral("/roles/%1").arg(id), {}, token()).status, 404);
    // Her account lost the role in the cache too.
    QTRY_VERIFY(!window()->models()->account(wang)->roleIds.contains(id));
}

void TestRolesPage::assignAndUnassignInTheDialog()
{
    const qint64 id = createRoleOnServer(QStringLiteral("分配测试"), {QStringLiteral("basic.roles")});
    QVERIFY(id > 0);
    syncNow(*window());
    QTRY_VERIFY(window()->models()->role(id).has_value());
    const qint64 wang = accountIdByLogin(QStringLiteral("13904711001"));
    const qint64 zhang = accountIdByLogin(QStringLiteral("15947113333"));
    QVERIFY(wang > 0 && zhang > 0);

    ui::RolesPage *page = window()->rolesPage();
    QPointer<ui::AssignAccountsDialog> dialog = page->assignAccounts(id);
    QVERIFY(dialog && dialog->isVisible());
    auto *roleLabel = dialog->findChild<QLabel *>(QStringLiteral("roleLabel"));
    QCOMPARE(roleLabel->text(), QStringLiteral("角色名称：分配测试"));
    auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QCOMPARE(tabs->currentIndex(), 1);   // nobody holds it yet: 未分配 first
    QCOMPARE(tabs->tabText(0), QStringLiteral("已分配（0）"));
    // Both handlers are offered; the unit's main account never is.
    ui::PagedTable *unassigned = dialog->unassignedTable();
    QCOMPARE(unassigned->model()->rowCount(), 2);
    QCOMPARE(unassigned->sourceRowOf(accountIdByLogin(HospitalLogin)), -1);

    // The 账号名称 filter, then tick 王芳 and press 选择.
    auto *nameFilter = dialog->findChild<QLineEdit *>(QStringLiteral("unassignedNameEdit"));
    typeText(nameFilter, QStringLiteral("王"));
    QCOMPARE(unassigned->model()->rowCount(), 1);
    QTableView *view = unassigned->view();
    QVERIFY(view->model()->setData(view->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    auto *assign = dialog->findChild<QPushButton *>(QStringLiteral("assignButton"));
    QVERIFY(assign->isEnabled());
    QCOMPARE(assign->text(), QStringLiteral("分配 1 个账号(&A)"));
    QTest::mouseClick(assign, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QTRY_COMPARE(dialog->assignedTable()->model()->rowCount(), 1);
    QCOMPARE(dialog->assignedTable()->model()->index(0, AccountTableModel::NameColumn).data().toString(),
             QStringLiteral("王芳"));
    QVERIFY2(dialog->summary().contains(QStringLiteral("已分配 1 个账号")), qPrintable(dialog->summary()));
    const auto onServer = m_server->request("GET", QStringLiteral("/roles/%1/accounts?assigned=true").arg(id), {},
                                            token());
    QCOMPARE(onServer.object().value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(window()->models()->role(id)->accountCount, 1);
    // The filter still shows only 王: the counts are the unit's, not the filtered page's.
    QCOMPARE(unassigned->model()->rowCount(), 0);
    QCOMPARE(tabs->tabText(0), QStringLiteral("已分配（1）"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("未分配（1）"));
    auto *emptyLabel = unassigned->findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QVERIFY(emptyLabel);
    QCOMPARE(emptyLabel->text(), QStringLiteral("没有符合查询条件的未分配账号。"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("unassignedResetButton")), Qt::LeftButton);
    QCOMPARE(unassigned->model()->rowCount(), 1);
    QCOMPARE(tabs->tabText(1), QStringLiteral("未分配（1）"));

    // 取消分配 on the 已分配 tab.
    tabs->setCurrentIndex(0);
    dialog->assignedTable()->pageModel()->setChecked(wang, true);
    auto *unassign = dialog->findChild<QPushButton *>(QStringLiteral("unassignButton"));
    QVERIFY(unassign->isEnabled());
    QTest::mouseClick(unassign, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QTRY_COMPARE(dialog->assignedTable()->model()->rowCount(), 0);
    QVERIFY(dialog->summary().contains(QStringLiteral("已取消分配 1 个账号")));
    QVERIFY(dialog->summaryDetails().contains(QStringLiteral("王芳")));
    const auto after = m_server->request("GET", QStringLiteral("/roles/%1/accounts?assigned=true").arg(id), {},
                                         token());
    QCOMPARE(after.object().value(QStringLiteral("total")).toInt(), 0);

    // The manual's columns, and its per-row links: 选择 on 未分配, 取消分配 on 已分配.
    QStringList headers;
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        if (!view->isColumnHidden(c))
            headers << view->model()->headerData(c, Qt::Horizontal).toString();
    }
    QCOMPARE(headers, (QStringList{QStringLiteral("序号"), QStringLiteral("登录账号"), QStringLiteral("账号名称"),
                                   QStringLiteral("联系方式"), QStringLiteral("操作")}));
    QCOMPARE(view->model()->index(0, AccountTableModel::NumberColumn).data().toInt(), 1);
    tabs->setCurrentIndex(1);
    const int zhangRow = unassigned->sourceRowOf(zhang);
    QVERIFY(zhangRow >= 0);
    const QList<ui::RowAction> choose = unassigned->actionsOf(unassigned->model()->index(zhangRow, 0));
    QCOMPARE(choose.size(), 1);
    QCOMPARE(choose.first().text, QStringLiteral("选择"));
    QVERIFY(unassigned->trigger(QStringLiteral("assign"), zhang));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QTRY_VERIFY(dialog->assignedTable()->sourceRowOf(zhang) >= 0);
    QCOMPARE(m_server->request("GET", QStringLiteral("/roles/%1/accounts?assigned=true").arg(id), {}, token())
                 .object().value(QStringLiteral("total")).toInt(),
             1);
    const int heldRow = dialog->assignedTable()->sourceRowOf(zhang);
    const QList<ui::RowAction> takeBack =
        dialog->assignedTable()->actionsOf(dialog->assignedTable()->model()->index(heldRow, 0));
    QCOMPARE(takeBack.size(), 1);
    QCOMPARE(takeBack.first().text, QStringLiteral("取消分配"));
    QVERIFY(dialog->assignedTable()->trigger(QStringLiteral("unassign"), zhang));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QTRY_COMPARE(dialog->assignedTable()->model()->rowCount(), 0);
    QCOMPARE(m_server->request("GET", QStringLiteral("/roles/%1/accounts?assigned=true").arg(id), {}, token())
                 .object().value(QStringLiteral("total")).toInt(),
             0);
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("closeButton"))->text(), QStringLiteral("返回(&B)"));

    const QString summary = dialog->summary();
    dialog->reject();
    QTRY_VERIFY(!dialog);
    QCOMPARE(page->messageText(), summary);
}

void TestRolesPage::nameFilterAndCsvExport()
{
    ui::RolesPage *page = window()->rolesPage();
    page->setNameFilter(QStringLiteral("采购"));
    QCOMPARE(page->table()->model()->rowCount(), 1);
    const QString csv = page->table()->csv();
    QVERIFY2(csv.startsWith(QStringLiteral("角色名称,关联账号数量,菜单权限,创建人,创建时间,备注\r\n药品采购员,")),
             qPrintable(csv));
    auto *reset = page->findChild<QPushButton *>(QStringLiteral("resetButton"));
    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY(page->table()->model()->rowCount() >= 2);
}

void TestRolesPage::handlerCannotChangePermissionsItDoesNotHold()
{
    // 陈静 holds 账号管理员 (basic.roles, basic.accounts) at 南京市玄武区人民医院.
    loginToMainWindow(*m_flow, *m_server, demo::PlainHandler, demo::Password);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(window()->showPage(QStringLiteral("roles")));
    QPointer<ui::RoleEditorDialog> dialog = window()->rolesPage()->addRole();
    QVERIFY(dialog);
    PermissionTreeModel *tree = dialog->permissionModel();
    QVERIFY(tree->isEnabled(QStringLiteral("basic.roles")));
    QStringList disabled;
    for (const QString &leaf : tree->catalog().leaves()) {
        if (!tree->isEnabled(leaf))
            disabled << leaf;
    }
    QVERIFY(!disabled.isEmpty());
    QVERIFY(!tree->setChecked(disabled.first(), true));   // shown, but not grantable
    QVERIFY(!(tree->flags(tree->indexOf(disabled.first())) & Qt::ItemIsEnabled));
    auto *hint = dialog->findChild<QLabel *>(QStringLiteral("heldHintLabel"));
    QVERIFY(hint->isVisibleTo(dialog));
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

void TestRolesPage::auditLogFiltersByActionActorAndDate()
{
    const qint64 id = createRoleOnServer(QStringLiteral("审计角色"), {QStringLiteral("basic.roles")});
    QVERIFY(id > 0);
    syncNow(*window());
    QVERIFY(window()->showPage(QStringLiteral("audit")));
    ui::AuditLogPage *page = window()->auditPage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->total() > 0, 15000);

    // Who can be an actor: the main account and the handlers whose roles grant
    // 账号角色管理 or 账号管理 — 张伟's 系统管理员 holds all of 基础设置 ("basic"),
    // 王芳's 药品采购员 none of it.
    auto *actors = page->findChild<QComboBox *>(QStringLiteral("actorCombo"));
    QStringList actorNames;
    for (int i = 0; i < actors->count(); ++i)
        actorNames << actors->itemText(i);
    QVERIFY2(actorNames.join(u'|').contains(QStringLiteral("张伟")), qPrintable(actorNames.join(u'|')));
    QVERIFY(!actorNames.join(u'|').contains(QStringLiteral("王芳")));
    page->setActionFilter(QStringLiteral("role.create"));
    page->setActorFilter(accountIdByLogin(HospitalLogin));
    page->search();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 15000);
    QCOMPARE(page->query().action, QStringLiteral("role.create"));
    QVERIFY(page->total() >= 1);
    ui::AuditEventTableModel *model = page->model();
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, ui::AuditEventTableModel::ActionColumn).data().toString(), QStringLiteral("添加角色"));
        found |= model->index(row, ui::AuditEventTableModel::TargetColumn).data().toString()
                 == QStringLiteral("角色“审计角色”");
    }
    QVERIFY(found);

    // From tomorrow on: nothing yet.
    auto *fromCheck = page->findChild<QCheckBox *>(QStringLiteral("fromCheck"));
    auto *fromEdit = page->findChild<QDateEdit *>(QStringLiteral("fromEdit"));
    auto *toCheck = page->findChild<QCheckBox *>(QStringLiteral("toCheck"));
    auto *toEdit = page->findChild<QDateEdit *>(QStringLiteral("toEdit"));
    fromCheck->setChecked(true);
    fromEdit->setDate(QDate::currentDate().addDays(1));
    page->search();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 15000);
    QCOMPARE(page->total(), 0);
    QCOMPARE(page->messageText(), QStringLiteral("没有符合条件的审计日志。"));
    // A range that ends before it starts is refused before asking the server.
    toCheck->setChecked(true);
    toEdit->setDate(QDate::currentDate().addDays(-1));
    page->search();
    QVERIFY(!page->isBusy());
    QCOMPARE(page->messageText(), QStringLiteral("开始日期晚于结束日期，请重新选择。"));
}

void TestRolesPage::auditLogShowsARoleBeforeAndAfterItsChange()
{
    const qint64 id = createRoleOnServer(QStringLiteral("变更甲"), {QStringLiteral("basic.roles")});
    QVERIFY(id > 0);
    const auto current = m_server->request("GET", QStringLiteral("/roles/%1").arg(id), {}, m_client->token());
    const auto put = m_server->request("PUT", QStringLiteral("/roles/%1").arg(id),
                                       {{QStringLiteral("name"), QStringLiteral("变更乙")},
                                        {QStringLiteral("permissions"), QJsonArray{QStringLiteral("basic.accounts")}}},
                                       m_client->token(), {{"If-Match", current.header("ETag")}});
    QCOMPARE(put.status, 200);
    QVERIFY(window()->showPage(QStringLiteral("audit")));
    ui::AuditLogPage *page = window()->auditPage();
    page->setActionFilter(QStringLiteral("role.update"));
    page->search();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->total() > 0, 15000);
    QCOMPARE(page->model()->events().first().targetId, id);
    auto *changeButton = page->findChild<QPushButton *>(QStringLiteral("changeButton"));
    QVERIFY(changeButton && !changeButton->isEnabled());   // nothing chosen yet
    auto *view = page->findChild<QTableView *>(QStringLiteral("eventView"));
    view->setCurrentIndex(page->model()->index(0, 0));
    QVERIFY(changeButton->isEnabled());

    // Before and after, renamed and with one menu swapped for another.
    QPointer<ui::RoleCompareDialog> dialog = page->showChange(0);
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->onlyLeft(), QStringList{QStringLiteral("basic.roles")});
    QCOMPARE(dialog->onlyRight(), QStringList{QStringLiteral("basic.accounts")});
    QVERIFY(dialog->shared().isEmpty());
    auto *heading = dialog->findChild<QLabel *>(QStringLiteral("changeHeading"));
    QVERIFY(heading);
    QVERIFY2(heading->text().contains(QStringLiteral("修改角色“变更乙”")), qPrintable(heading->text()));
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("添加 1 项菜单权限")), qPrintable(dialog->summaryText()));
    dialog->close();

    // The creation: nothing before it.
    page->setActionFilter(QStringLiteral("role.create"));
    page->search();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->total() > 0, 15000);
    QCOMPARE(page->model()->events().first().targetId, id);
    dialog = page->showChange(0);
    QVERIFY(dialog);
    QVERIFY(dialog->onlyLeft().isEmpty());
    QCOMPARE(dialog->onlyRight(), QStringList{QStringLiteral("basic.roles")});
    dialog->close();
    QVERIFY(!page->showChange(-1));

    // The cache keeps the details, for the same view offline.
    sync::AuditQuery query;
    query.action = QStringLiteral("role.update");
    const auto cached = window()->models()->workspace()->cache()->auditEvents(query);
    QVERIFY(cached.ok());
    bool withDetails = false;
    for (const AuditEvent &e : cached.value->items)
        withDetails |= e.targetId == id && e.roleBefore() && e.roleAfter();
    QVERIFY(withDetails);
}

QTEST_MAIN(TestRolesPage)
#include "tst_rolespage.moc"
