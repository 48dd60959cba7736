// Every window's keyboard mnemonics are unique, in both languages: Alt+letter
// must lead to one control, not cycle between a menu and a button (where a
// second press could then run a menu item no one meant, such as 退出登录).
// The test walks every window a person can open: the login dialog, 法人注册
// (each page) and 忘记密码, the main window on each of its pages with its
// menu bar, and the dialogs the pages and menus open.
#include "SignInFixture.h"

#include "ui/SessionFlow.h"
#include "ui/Startup.h"
#include "ui/account/ChangePasswordDialog.h"
#include "ui/account/ForgotPasswordDialog.h"
#include "ui/account/RegistrationWizard.h"
#include "ui/account/RoleAuthenticationDialog.h"
#include "ui/handlers/AddHandlerDialog.h"
#include "ui/handlers/HandlerRolesDialog.h"
#include "ui/handlers/HandlersPage.h"
#include "ui/login/LoginDialog.h"
#include "ui/login/ServerProfilesDialog.h"
#include "ui/roles/AssignAccountsDialog.h"
#include "ui/roles/RoleEditorDialog.h"
#include "ui/roles/RolesPage.h"
#include "ui/widgets/MessageBox.h"
#include "ui/workspace/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QWizard>

using namespace zc;
using namespace zc::test;

namespace {

// The mnemonic of a text: the character after a single '&' ("&&" is a literal '&').
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// The controls of `root` a person can reach now by Alt+letter, by mnemonic:
// buttons, labels with a buddy, checkable group boxes, tabs and the menu bar's menus.
QMap<QChar, QStringList> mnemonics(QWidget *root)
{
    QMap<QChar, QStringList> found;
    const auto add = [&found](const QString &text, const QString &what) {
        const QChar m = mnemonicOf(text);
        if (!m.isNull())
            found[m].append(QStringLiteral("%1 “%2”").arg(what, text));
    };
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) || w->window() != root->window())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            add(button->text(), QStringLiteral("button"));
        } else if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->buddy())
                add(label->text(), QStringLiteral("label"));
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            if (group->isCheckable())
                add(group->title(), QStringLiteral("group"));
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), QStringLiteral("tab"));
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *menu : bar->actions())
                if (menu->isVisible())
                    add(menu->text(), QStringLiteral("menu"));
        }
    }
    return found;
}

// "" when every mnemonic leads to one control; else the clashes, one per line.
QString clashes(QWidget *root, const QString &where)
{
    QString out;
    const QMap<QChar, QStringList> found = mnemonics(root);
    if (found.isEmpty())
        out += QStringLiteral("%1: no mnemonic seen — is the window shown?\n").arg(where);
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        if (it.value().size() > 1)
            out += QStringLiteral("%1: Alt+%2 → %3\n").arg(where, it.key(), it.value().join(QStringLiteral(", ")));
    // Inside each menu of the menu bar, each letter leads to one item.
    for (QMenuBar *bar : root->findChildren<QMenuBar *>()) {
        for (QAction *menuAction : bar->actions()) {
            if (!menuAction->menu())
                continue;
            QMap<QChar, QStringList> items;
            for (QAction *item : menuAction->menu()->actions()) {
                const QChar m = mnemonicOf(item->text());
                if (item->isVisible() && !m.isNull())
                    items[m].append(item->text());
            }
            for (auto it = items.cbegin(); it != items.cend(); ++it)
                if (it.value().size() > 1)
                    out += QStringLiteral("%1, menu “%2”: %3 → %4\n")
                               .arg(where, menuAction->text(), it.key(), it.value().join(QStringLiteral(", ")));
        }
    }
    return out;
}

} // namespace

class TestMnemonics : public SignInFixture
{
    Q_OBJECT
private Q_SLOTS:
    void loginDialogRegistrationAndForgotPassword_data() { languages(); }
    void loginDialogRegistrationAndForgotPassword();
    void mainWindowPagesAndTheirDialogs_data() { languages(); }
    void mainWindowPagesAndTheirDialogs();
    void findsAClashWhereThereIsOne();
    void loggingOutAsksOnlyWhenAFormHasChanges();

private:
    static void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }
};

void TestMnemonics::loginDialogRegistrationAndForgotPassword()
{
    QFETCH(QString, language);
    QVERIFY(ui::Startup::installTranslations(language));
    startFlow();
    ui::LoginDialog *login = m_flow->loginDialog();
    QVERIFY(login);
    QString problems = clashes(login, QStringLiteral("login dialog"));

    login->openRegistration();
    QTRY_VERIFY(login->registrationWizard() && login->registrationWizard()->isVisible());
    ui::RegistrationWizard *wizard = login->registrationWizard();
    // Each page with the wizard's buttons around it.
    for (const int id : wizard->pageIds()) {
        QMap<QChar, QStringList> found = mnemonics(wizard->page(id));
        for (const QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton}) {
            const QString text = wizard->buttonText(which);
            const QChar m = mnemonicOf(text);
            if (!m.isNull())
                found[m].append(QStringLiteral("wizard button “%1”").arg(text));
        }
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            if (it.value().size() > 1)
                problems += QStringLiteral("法人注册 page %1: Alt+%2 → %3\n")
                                .arg(id)
                                .arg(it.key())
                                .arg(it.value().join(QStringLiteral(", ")));
    }
    wizard->reject();
    QTRY_VERIFY(!login->registrationWizard());

    login->openForgotPassword();
    QTRY_VERIFY(login->forgotPasswordDialog() && login->forgotPasswordDialog()->isVisible());
    problems += clashes(login->forgotPasswordDialog(), QStringLiteral("忘记密码"));
    login->forgotPasswordDialog()->reject();

    // The server list the login dialog's ⚙ opens.
    ui::ServerProfilesDialog profiles(m_credentials.get());
    profiles.show();
    problems += clashes(&profiles, QStringLiteral("服务器设置"));
    profiles.reject();

    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestMnemonics::mainWindowPagesAndTheirDialogs()
{
    QFETCH(QString, language);
    QVERIFY(ui::Startup::installTranslations(language));
    signIn(demo::PlainHandler);   // basic.roles + basic.accounts: every page
    if (QTest::currentTestFailed())
        return;
    ui::MainWindow *main = window();
    QVERIFY(main);
    QString problems;
    const QStringList keys = main->pageKeys();
    QVERIFY2(keys.contains(QStringLiteral("roles")) && keys.contains(QStringLiteral("handlers")),
             qPrintable(keys.join(u' ')));
    for (const QString &key : keys) {
        QVERIFY(main->showPage(key));
        problems += clashes(main, QStringLiteral("main window, page %1").arg(key));
    }

    // 账号角色管理: 添加角色 and 分配账号.
    QVERIFY(main->showPage(QStringLiteral("roles")));
    ui::RoleEditorDialog *editor = main->rolesPage()->addRole();
    QVERIFY(editor);
    problems += clashes(editor, QStringLiteral("添加角色"));
    editor->reject();
    const qint64 role = roleIdByName(QStringLiteral("账号管理员"));
    QVERIFY(role > 0);
    ui::AssignAccountsDialog *assign = main->rolesPage()->assignAccounts(role);
    QVERIFY(assign);
    for (auto *tabs : assign->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            problems += clashes(assign, QStringLiteral("分配账号, tab %1").arg(i));
        }
    }
    assign->reject();

    // 单位经办人: 新增经办人 and a handler's roles.
    QVERIFY(main->showPage(QStringLiteral("handlers")));
    ui::AddHandlerDialog *add = main->handlersPage()->addHandler();
    QVERIFY(add);
    problems += clashes(add, QStringLiteral("新增经办人"));
    add->reject();
    const qint64 handler = accountIdByLogin(demo::PlainHandler);
    QVERIFY(handler > 0);
    ui::HandlerRolesDialog *roles = main->handlersPage()->assignRoles(handler);
    QVERIFY(roles);
    problems += clashes(roles, QStringLiteral("经办人角色"));
    roles->reject();

    // The 账号 menu's 修改密码.
    auto *changePassword = main->findChild<QAction *>(QStringLiteral("actionChangePassword"));
    QVERIFY(changePassword);
    changePassword->trigger();
    QTRY_VERIFY(main->findChild<ui::ChangePasswordDialog *>());
    auto *change = main->findChild<ui::ChangePasswordDialog *>();
    QTRY_VERIFY(change->isVisible());
    problems += clashes(change, QStringLiteral("修改密码"));
    change->reject();

    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestMnemonics::findsAClashWhereThereIsOne()
{
    // The check itself: two buttons on Alt+A clash, a literal "&&" is no mnemonic, hidden controls do not count.
    QWidget window;
    auto *first = new QPushButton(QStringLiteral("添加角色(&A)"), &window);
    auto *second = new QPushButton(QStringLiteral("&Account"), &window);
    auto *literal = new QPushButton(QStringLiteral("R&&D"), &window);
    auto *hidden = new QPushButton(QStringLiteral("&Refresh"), &window);
    hidden->hide();
    Q_UNUSED(first);
    Q_UNUSED(second);
    Q_UNUSED(literal);
    QCOMPARE(mnemonicOf(QStringLiteral("R&&D")), QChar());
    QCOMPARE(mnemonicOf(QStringLiteral("账号(&a)")), QChar(u'A'));
    const QString found = clashes(&window, QStringLiteral("test"));
    QVERIFY2(found.contains(QStringLiteral("Alt+A")), qPrintable(found));
    QVERIFY(!found.contains(QStringLiteral("Alt+R")));
    hidden->show();
    second->setText(QStringLiteral("&Refresh now"));
    QVERIFY(clashes(&window, QStringLiteral("test")).contains(QStringLiteral("Alt+R")));
}

void TestMnemonics::loggingOutAsksOnlyWhenAFormHasChanges()
{
    QVERIFY(ui::Startup::installTranslations(QStringLiteral("zh_CN")));
    signIn(demo::PlainHandler);
    if (QTest::currentTestFailed())
        return;
    auto *logout = window()->findChild<QAction *>(QStringLiteral("actionLogout"));
    QVERIFY(logout);

    // A new role with a name typed: 退出登录 asks before losing it; Cancel keeps both.
    QVERIFY(window()->showPage(QStringLiteral("roles")));
    QPointer<ui::RoleEditorDialog> editor = window()->rolesPage()->addRole();
    QVERIFY(editor);
    editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("未保存的角色"));
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    logout->trigger();
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("修改")), qPrintable(ui::MessageBox::lastText()));
    QVERIFY(editor && editor->isVisible());
    QVERIFY(m_flow->mainWindow());
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QStringLiteral("未保存的角色"));

    // Discard: the form closes and the session ends.
    ui::MessageBox::setNextAnswer(QMessageBox::Discard);
    logout->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->loginDialog() && m_flow->loginDialog()->isVisible(), 15000);
    QTRY_VERIFY(!m_flow->mainWindow());

    // Nothing open: one action logs out, nothing asked (a question would get Cancel).
    newClient();
    signIn(demo::PlainHandler);
    if (QTest::currentTestFailed())
        return;
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    window()->findChild<QAction *>(QStringLiteral("actionLogout"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->loginDialog() && m_flow->loginDialog()->isVisible(), 15000);
    ui::MessageBox::setNextAnswer(QMessageBox::NoButton);
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
