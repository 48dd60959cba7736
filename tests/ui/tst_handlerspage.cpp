// 单位经办人 against a real zhaocai-server: the handlers page over the synced
// cache (masked phones, the "no role" flag), adding a handler through the
// 新增经办人 dialog with the SMS code taken from the dev outbox (and the
// server's answers next to their fields, the 60 s countdown surviving a
// reopened dialog), and 启用 / 禁用, 重置密码, 删除 — each asked first, naming
// the handler.

#include "SignInFixture.h"

#include "ui/account/SmsCooldowns.h"
#include "ui/ErrorText.h"
#include "ui/handlers/AddHandlerDialog.h"
#include "ui/handlers/HandlerRolesDialog.h"
#include "ui/handlers/HandlersPage.h"
#include "ui/handlers/OffboardingDialog.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/PagedTable.h"
#include "ui/widgets/PageProxyModel.h"

#include "models/AccountTableModel.h"
#include "models/RoleTableModel.h"
#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPrinter>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace zc;
using namespace zc::test;

namespace {
const QString &HospitalLogin = demo::HospitalMain;
}

class TestHandlersPage : public SignInFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void phonesAreMaskedUntilRevealed();
    void addHandlerWithTheSmsCodeFromTheOutbox();
    void formChecksFieldsAsThePersonTypes();
    void wrongSmsCodeIsShownNextToTheCode();
    void phoneAlreadyAHandlerIsShownNextToThePhone();
    void rateLimitShowsTheSecondsLeft();
    void handlerWithoutRoleIsFlaggedAndGetsOneInOneClick();
    void disableEnableResetAndDeleteAskFirst();
    void offboardingNamesTheRolesAndReportsWhatWasDone();
    void offboardingRefusedStaysInTheDialog();

private:
    QString latestSmsCode(const QString &phone);
    // Fills phone (and name) and presses 获取验证码 with the captcha's real answer.
    void requestCode(ui::AddHandlerDialog *dialog, const QString &phone);
};

void TestHandlersPage::init()
{
    setUpTest();
    signIn(HospitalLogin);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(window()->showPage(QStringLiteral("handlers")));
}

QString TestHandlersPage::latestSmsCode(const QString &phone)
{
    for (const QJsonValue &v : m_server->smsMessages(phone)) {
        const QJsonObject m = v.toObject();
        if (m.value(QStringLiteral("kind")).toString() == QLatin1String("sms_code"))
            return m.value(QStringLiteral("code")).toString();
    }
    return {};
}

void TestHandlersPage::requestCode(ui::AddHandlerDialog *dialog, const QString &phone)
{
    auto *phoneEdit = dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
    auto *captchaEdit = dialog->findChild<QLineEdit *>(QStringLiteral("captchaEdit"));
    auto *send = dialog->findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(phoneEdit && captchaEdit && send);
    phoneEdit->clear();
    QTest::keyClicks(phoneEdit, phone);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->currentCaptchaId().isEmpty(), 15000);
    captchaEdit->clear();
    QTest::keyClicks(captchaEdit, m_server->captchaAnswer(dialog->currentCaptchaId()));
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
}

void TestHandlersPage::phonesAreMaskedUntilRevealed()
{
    ui::HandlersPage *page = window()->handlersPage();
    const qint64 wang = accountIdByLogin(QStringLiteral("13904711001"));
    QVERIFY(wang > 0);
    QVERIFY(page->table()->selectId(wang));
    const QModelIndex row = page->table()->currentSourceIndex();
    const QModelIndex phone = row.siblingAtColumn(AccountTableModel::PhoneColumn);
    QCOMPARE(phone.data().toString(), QStringLiteral("139****1001"));
    // Its login is the same number: masked with it.
    const QModelIndex login = row.siblingAtColumn(AccountTableModel::LoginColumn);
    QCOMPARE(login.data().toString(), QStringLiteral("139****1001"));
    // A hospital group (three institutions): each handler's 医疗机构 is shown.
    QTRY_COMPARE_WITH_TIMEOUT(window()->models()->institutions().size(), 3, 15000);
    QStringList headers;
    QTableView *view = page->table()->view();
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        if (!view->isColumnHidden(c))
            headers << view->model()->headerData(c, Qt::Horizontal).toString();
    }
    QCOMPARE(headers, QStringList({QStringLiteral("登录账号"), QStringLiteral("账号名称"), QStringLiteral("手机号"),
                                   QStringLiteral("状态"), QStringLiteral("角色"), QStringLiteral("创建时间"),
                                   QStringLiteral("最近登录时间"), QStringLiteral("医疗机构"), QStringLiteral("操作")}));
    // The main account is not a handler: not listed.
    QCOMPARE(page->table()->sourceRowOf(accountIdByLogin(HospitalLogin)), -1);

    auto *reveal = page->findChild<QPushButton *>(QStringLiteral("revealButton"));
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(phone.data().toString(), QStringLiteral("13904711001"));
    QCOMPARE(login.data().toString(), QStringLiteral("13904711001"));
    QCOMPARE(reveal->text(), QStringLiteral("隐藏手机号(&P)"));
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(phone.data().toString(), QStringLiteral("139****1001"));
    QCOMPARE(login.data().toString(), QStringLiteral("139****1001"));
    // The search matches the full number even while it is masked.
    page->setSearchText(QStringLiteral("13904711001"));
    QCOMPARE(page->table()->model()->rowCount(), 1);
}

void TestHandlersPage::addHandlerWithTheSmsCodeFromTheOutbox()
{
    const QString phone = QStringLiteral("13904719001");
    ui::HandlersPage *page = window()->handlersPage();
    QPointer<ui::AddHandlerDialog> dialog = page->addHandler();
    QVERIFY(dialog && dialog->isVisible());
    QSignalSpy sent(dialog.data(), &ui::AddHandlerDialog::smsCodeSent);
    requestCode(dialog, phone);
    QCOMPARE(sent.count(), 1);
    QVERIFY(dialog->errorText().contains(QStringLiteral("139****9001")));
    // The countdown: the button waits a minute for this phone.
    auto *send = dialog->findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(!send->isEnabled());
    QVERIFY(dialog->resendSecondsLeft() > 50);
    QVERIFY2(dialog->sendButtonText().contains(QStringLiteral("秒后重新获取")), qPrintable(dialog->sendButtonText()));

    // Closing and reopening the dialog keeps the phone and its countdown.
    dialog->reject();
    QTRY_VERIFY(!dialog);
    dialog = page->addHandler();
    QVERIFY(dialog);
    auto *phoneEdit = dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
    QCOMPARE(phoneEdit->text(), phone);
    QVERIFY(dialog->resendSecondsLeft() > 45);
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());

    const QString code = latestSmsCode(phone);
    QCOMPARE(code.size(), 6);
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("赵丽"));
    auto *smsEdit = dialog->findChild<QLineEdit *>(QStringLiteral("smsEdit"));
    QTest::keyClicks(smsEdit, code);
    QTest::keyClick(smsEdit, Qt::Key_Return);   // the default button: 确定
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);

    // In the cache and on the page at once, selected, flagged as holding no role.
    const qint64 id = accountIdByLogin(phone);
    QVERIFY(id > 0);
    QCOMPARE(window()->models()->account(id)->name, QStringLiteral("赵丽"));
    QCOMPARE(page->table()->currentId(), id);
    QVERIFY(page->messageText().contains(QStringLiteral("赵丽")));
    QVERIFY(page->table()->currentSourceIndex().data(AccountTableModel::NoRoleRole).toBool());
    // The server sent the new handler its initial password.
    bool initialPassword = false;
    for (const QJsonValue &v : m_server->smsMessages(phone))
        initialPassword |= v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("initial_password");
    QVERIFY(initialPassword);
    QVERIFY(window()->smsCooldowns()->pendingPhone().isEmpty());
}

void TestHandlersPage::formChecksFieldsAsThePersonTypes()
{
    QPointer<ui::AddHandlerDialog> dialog = window()->handlersPage()->addHandler();
    QVERIFY(dialog);
    auto *phoneEdit = dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *smsEdit = dialog->findChild<QLineEdit *>(QStringLiteral("smsEdit"));
    phoneEdit->clear();
    QTest::keyClicks(phoneEdit, QStringLiteral("1390471"));
    QVERIFY(dialog->fieldErrorText(QStringLiteral("phone")).isEmpty());   // still typing
    QTest::keyClicks(phoneEdit, QStringLiteral("0000"));
    QVERIFY(dialog->fieldErrorText(QStringLiteral("phone")).isEmpty());   // 11 valid digits
    phoneEdit->clear();
    QTest::keyClicks(phoneEdit, QStringLiteral("12904710000"));
    QCOMPARE(dialog->fieldErrorText(QStringLiteral("phone")), QStringLiteral("手机号为 11 位数字，以 13 至 19 开头。"));
    QTest::keyClicks(nameEdit, QStringLiteral("x"));
    nameEdit->clear();
    QCOMPARE(dialog->fieldErrorText(QStringLiteral("name")), QStringLiteral("请输入账号名称（经办人的真实姓名）。"));
    QTest::keyClicks(smsEdit, QStringLiteral("12a456"));
    QCOMPARE(dialog->fieldErrorText(QStringLiteral("sms_code")), QStringLiteral("短信验证码为 6 位数字。"));
    // 获取验证码 without the captcha: said next to the captcha, nothing sent.
    phoneEdit->clear();
    QTest::keyClicks(phoneEdit, QStringLiteral("13904719002"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
    QVERIFY(!dialog->isBusy());
    QVERIFY(!dialog->fieldErrorText(QStringLiteral("captcha_answer")).isEmpty());
    QVERIFY(m_server->smsMessages(QStringLiteral("13904719002")).isEmpty());
    dialog->reject();
}

void TestHandlersPage::wrongSmsCodeIsShownNextToTheCode()
{
    const QString phone = QStringLiteral("13904719003");
    QPointer<ui::AddHandlerDialog> dialog = window()->handlersPage()->addHandler();
    QVERIFY(dialog);
    requestCode(dialog, phone);
    const QString code = latestSmsCode(phone);
    QCOMPARE(code.size(), 6);
    const QString wrong = code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("钱七"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("smsEdit")), wrong);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    ApiError invalid;
    invalid.status = 422;
    invalid.code = QStringLiteral("sms_code_invalid");
    QCOMPARE(dialog->fieldErrorText(QStringLiteral("sms_code")), ui::ErrorText::sentence(invalid));
    QVERIFY(dialog->isVisible());
    QCOMPARE(accountIdByLogin(phone), 0);
    dialog->reject();
}

void TestHandlersPage::phoneAlreadyAHandlerIsShownNextToThePhone()
{
    const QString phone = QStringLiteral("13904711001");   // 王芳, a handler here already
    QPointer<ui::AddHandlerDialog> dialog = window()->handlersPage()->addHandler();
    QVERIFY(dialog);
    requestCode(dialog, phone);
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("王芳"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("smsEdit")), latestSmsCode(phone));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    ApiError taken;
    taken.status = 409;
    taken.code = QStringLiteral("login_taken");
    QCOMPARE(dialog->fieldErrorText(QStringLiteral("phone")), ui::ErrorText::sentence(taken));
    dialog->reject();
}

void TestHandlersPage::rateLimitShowsTheSecondsLeft()
{
    const QString phone = QStringLiteral("13904719004");
    // Another client asked for a code for this phone a moment ago.
    const TestServer::NewCaptcha captcha = m_server->solvedCaptcha();
    QCOMPARE(m_server->request("POST", QStringLiteral("/sms-codes"),
                               {{QStringLiteral("phone"), phone},
                                {QStringLiteral("purpose"), QStringLiteral("add_handler")},
                                {QStringLiteral("captcha_id"), captcha.id},
                                {QStringLiteral("captcha_answer"), captcha.answer}})
                 .status,
             202);
    QPointer<ui::AddHandlerDialog> dialog = window()->handlersPage()->addHandler();
    QVERIFY(dialog);
    requestCode(dialog, phone);
    const QString text = dialog->fieldErrorText(QStringLiteral("sms_code"));
    QVERIFY2(text.contains(QStringLiteral("秒后再试")), qPrintable(text));
    // The countdown follows the server's retry_after.
    QVERIFY(dialog->resendSecondsLeft() > 30);
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    dialog->reject();
}

void TestHandlersPage::handlerWithoutRoleIsFlaggedAndGetsOneInOneClick()
{
    const qint64 id = addHandlerOnServer(QStringLiteral("13904719005"), QStringLiteral("孙八"));
    QVERIFY(id > 0);
    syncNow(*window());
    ui::HandlersPage *page = window()->handlersPage();
    QTRY_VERIFY(window()->models()->account(id).has_value());
    const int before = page->noRoleCount();
    QVERIFY(before >= 1);
    QVERIFY2(page->noRoleText().contains(QStringLiteral("对应角色为空")), qPrintable(page->noRoleText()));
    // The one-click fix in the 操作 column.
    const int row = page->table()->sourceRowOf(id);
    const QList<ui::RowAction> actions = page->table()->actionsOf(page->table()->model()->index(row, 0));
    QCOMPARE(actions.first().text, QStringLiteral("分配角色"));
    QVERIFY(page->table()->trigger(QStringLiteral("roles"), id));
    QPointer<ui::HandlerRolesDialog> dialog = page->rolesDialog();
    QVERIFY(dialog && dialog->isVisible());
    qint64 buyer = 0;
    for (const Role &r : window()->models()->roles()->roles()) {
        if (r.name == QStringLiteral("药品采购员"))
            buyer = r.id;
    }
    QVERIFY(buyer > 0);
    QVERIFY(dialog->checkedRoles().isEmpty());
    dialog->setRoleChecked(buyer, true);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
    QTRY_VERIFY(window()->models()->account(id)->roleIds.contains(buyer));
    QCOMPARE(page->noRoleCount(), before - 1);
    QVERIFY(page->messageText().contains(QStringLiteral("药品采购员")));
    const auto onServer = m_server->request("GET", QStringLiteral("/roles/%1/accounts?assigned=true").arg(buyer), {},
                                            m_client->token());
    bool found = false;
    for (const QJsonValue &v : onServer.object().value(QStringLiteral("items")).toArray())
        found |= v.toObject().value(QStringLiteral("id")).toInteger() == id;
    QVERIFY(found);
}

void TestHandlersPage::disableEnableResetAndDeleteAskFirst()
{
    const QString phone = QStringLiteral("13904719006");
    const qint64 id = addHandlerOnServer(phone, QStringLiteral("周九"));
    QVERIFY(id > 0);
    syncNow(*window());
    QTRY_VERIFY(window()->models()->account(id).has_value());
    ui::HandlersPage *page = window()->handlersPage();
    const auto status = [this, id] { return window()->models()->account(id)->status; };

    // 禁用, declined: nothing happens.
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    page->setHandlerEnabled(id, false);
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("周九")));
    QVERIFY(!page->isBusy());
    QCOMPARE(status(), Account::Status::Active);
    // 禁用, confirmed.
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    page->setHandlerEnabled(id, false);
    QTRY_COMPARE_WITH_TIMEOUT(status(), Account::Status::Disabled, 15000);
    QTRY_VERIFY(!page->isBusy());
    QVERIFY(page->messageText().contains(QStringLiteral("已禁用")));
    const int row = page->table()->sourceRowOf(id);
    QCOMPARE(page->table()->actionsOf(page->table()->model()->index(row, 0)).at(1).text, QStringLiteral("启用"));
    // 启用.
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    page->setHandlerEnabled(id, true);
    QTRY_COMPARE_WITH_TIMEOUT(status(), Account::Status::Active, 15000);
    QTRY_VERIFY(!page->isBusy());

    // 重置密码: the new password goes to the phone.
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    page->resetPassword(id);
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("139****9006")));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 15000);
    QVERIFY2(page->messageText().contains(QStringLiteral("周九")), qPrintable(page->messageText()));
    bool reset = false;
    for (const QJsonValue &v : m_server->smsMessages(phone))
        reset |= v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("password_reset");
    QVERIFY(reset);

    // 删除 names the handler; the row goes from the cache and the server.
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    page->deleteHandler(id);
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("周九")));
    QTRY_VERIFY_WITH_TIMEOUT(!window()->models()->account(id).has_value(), 15000);
    QTRY_VERIFY(!page->isBusy());
    const auto list = m_server->request("GET", QStringLiteral("/handlers?q=") + phone, {}, m_client->token());
    QCOMPARE(list.object().value(QStringLiteral("total")).toInt(), 0);
}

void TestHandlersPage::offboardingNamesTheRolesAndReportsWhatWasDone()
{
    const QString phone = QStringLiteral("13904719007");
    const qint64 id = addHandlerOnServer(phone, QStringLiteral("吴十"));
    QVERIFY(id > 0);
    // Two roles, and a session of the handler's own (its initial password came by SMS).
    QList<Role> roles = window()->models()->roles()->roles();
    QVERIFY(roles.size() >= 2);
    std::sort(roles.begin(), roles.end(), [](const Role &a, const Role &b) { return a.id < b.id; });
    const Role first = roles.at(0);
    const Role second = roles.at(1);
    for (const Role &r : {first, second}) {
        const auto put = m_server->request("PUT", QStringLiteral("/roles/%1/accounts/%2").arg(r.id).arg(id), {},
                                           m_client->token());
        QCOMPARE(put.status, 204);
    }
    QString initial;
    for (const QJsonValue &v : m_server->smsMessages(phone)) {
        if (v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("initial_password"))
            initial = v.toObject().value(QStringLiteral("password")).toString();
    }
    QVERIFY(!initial.isEmpty());
    const QString handlerToken = m_server->loginToken(phone, initial);
    QVERIFY(!handlerToken.isEmpty());
    syncNow(*window());
    QTRY_COMPARE(window()->models()->account(id)->roleIds.size(), 2);

    ui::HandlersPage *page = window()->handlersPage();
    const int row = page->table()->sourceRowOf(id);
    QStringList actionTexts;
    for (const ui::RowAction &a : page->table()->actionsOf(page->table()->model()->index(row, 0)))
        actionTexts << a.text;
    QVERIFY2(actionTexts.contains(QStringLiteral("离职处理")), qPrintable(actionTexts.join(u',')));
    QVERIFY(page->table()->trigger(QStringLiteral("offboard"), id));
    QPointer<ui::OffboardingDialog> dialog = page->offboardingDialog();
    QVERIFY(dialog && dialog->isVisible());
    // The plan names the handler and each role that goes; nothing has happened yet.
    const QString plan = dialog->plan();
    for (const QString &part : {QStringLiteral("吴十"), QStringLiteral("禁用"), QStringLiteral("“%1”").arg(first.name),
                                QStringLiteral("“%1”").arg(second.name)})
        QVERIFY2(plan.contains(part), qPrintable(plan));
    QCOMPARE(window()->models()->account(id)->status, Account::Status::Active);

    QSignalSpy done(dialog.data(), &ui::OffboardingDialog::offboarded);
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY(confirm && confirm->isVisible());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 15000);
    QVERIFY(dialog->result());
    QCOMPARE(dialog->result()->removedRoles.size(), 2);
    QCOMPARE(dialog->result()->revokedSessions, 1);
    QVERIFY(!dialog->result()->alreadyOffboarded);

    // The cache follows at once: disabled, no roles; the handler's session has ended.
    QTRY_COMPARE(window()->models()->account(id)->status, Account::Status::Disabled);
    QVERIFY(window()->models()->account(id)->roleIds.isEmpty());
    QCOMPARE(m_server->request("GET", QStringLiteral("/me"), {}, handlerToken).status, 401);
    QVERIFY2(page->messageText().contains(QStringLiteral("吴十")), qPrintable(page->messageText()));

    // The summary: what the server did, to copy or print.
    const QString summary = dialog->summary();
    for (const QString &part : {QStringLiteral("吴十"), QStringLiteral("“%1”").arg(first.name),
                                QStringLiteral("“%1”").arg(second.name), QStringLiteral("已禁用")})
        QVERIFY2(summary.contains(part), qPrintable(summary));
    QVERIFY(!confirm->isVisible());
    auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyButton"));
    QVERIFY(copy && copy->isVisible());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), summary);
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("offboarding.pdf")));
    QVERIFY(dialog->printTo(&printer));
    const QString printed = pdfText(printer.outputFileName());
    QVERIFY2(printed.contains(squeeze(first.name)) && printed.contains(squeeze(second.name)), qPrintable(printed));

    // One audit event names both roles.
    const auto events = m_server->request("GET", QStringLiteral("/audit-events?action=account.offboard"), {},
                                          m_client->token());
    QCOMPARE(events.status, 200);
    int mine = 0;
    for (const QJsonValue &v : events.object().value(QStringLiteral("items")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("target_id")).toInteger() != id)
            continue;
        ++mine;
        QVERIFY(e.value(QStringLiteral("summary")).toString().contains(first.name));
        QVERIFY(e.value(QStringLiteral("summary")).toString().contains(second.name));
    }
    QCOMPARE(mine, 1);
    dialog->reject();
    QTRY_VERIFY(!dialog);

    // Again: nothing is left to do, and the summary says so; no second event.
    dialog = page->offboard(id);
    QVERIFY(dialog);
    QVERIFY(dialog->plan().contains(QStringLiteral("禁用")));
    QSignalSpy again(dialog.data(), &ui::OffboardingDialog::offboarded);
    dialog->confirm();
    QTRY_COMPARE_WITH_TIMEOUT(again.size(), 1, 15000);
    QVERIFY(dialog->result()->alreadyOffboarded);
    QVERIFY(dialog->result()->removedRoles.isEmpty());
    QVERIFY2(dialog->summary().contains(QStringLiteral("无需")), qPrintable(dialog->summary()));
    dialog->reject();
}

void TestHandlersPage::offboardingRefusedStaysInTheDialog()
{
    const qint64 id = addHandlerOnServer(QStringLiteral("13904719008"), QStringLiteral("郑十一"));
    QVERIFY(id > 0);
    syncNow(*window());
    QTRY_VERIFY(window()->models()->account(id).has_value());
    ui::HandlersPage *page = window()->handlersPage();
    QPointer<ui::OffboardingDialog> dialog = page->offboard(id);
    QVERIFY(dialog);
    // Someone else deletes the handler meanwhile: the server says so, the dialog stays with the reason.
    QCOMPARE(m_server->request("DELETE", QStringLiteral("/handlers/%1").arg(id), {}, m_client->token()).status, 204);
    QSignalSpy done(dialog.data(), &ui::OffboardingDialog::offboarded);
    dialog->confirm();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && !dialog->errorText().isEmpty(), 15000);
    QCOMPARE(done.size(), 0);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->summary().isEmpty());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"))->isEnabled());
    // The 404 makes the cache catch up: the row goes.
    QTRY_VERIFY_WITH_TIMEOUT(!window()->models()->account(id).has_value(), 15000);
    dialog->reject();
}

QTEST_MAIN(TestHandlersPage)
#include "tst_handlerspage.moc"
