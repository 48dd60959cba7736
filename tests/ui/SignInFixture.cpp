#include "SignInFixture.h"

#include "SecretService.h"

#include "ui/widgets/MessageBox.h"

#include "models/AccountTableModel.h"
#include "models/RoleTableModel.h"
#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace zc::test {

SignInFixture::SignInFixture() = default;
SignInFixture::~SignInFixture() = default;

void SignInFixture::setUpTestCase(const QString &language)
{
    ZC_REQUIRE_SECRET_SERVICE();
    QVERIFY(m_settingsDir.isValid());
    isolateSettings(m_settingsDir);
    QVERIFY(ui::Startup::installTranslations(language));
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_credentials = std::make_unique<sync::CredentialStore>(keychainService());
}

void SignInFixture::setUpTest()
{
    QSettings().clear();
    useProfiles({profileFor(*m_server)}, QStringLiteral("test-server"));
    newClient();
}

void SignInFixture::newClient()
{
    m_flow.reset();
    m_client = std::make_unique<sync::ApiClient>();
    m_client->setLanguage(QStringLiteral("zh-CN"));
}

void SignInFixture::newFlow()
{
    m_flow = std::make_unique<ui::SessionFlow>(m_client.get(), m_credentials.get());
}

void SignInFixture::startFlow()
{
    newFlow();
    m_flow->start();
    QTRY_VERIFY(m_flow->loginDialog() && m_flow->loginDialog()->isVisible());
}

void SignInFixture::signIn(const QString &login, const QString &password, bool remember)
{
    newFlow();
    loginToMainWindow(*m_flow, *m_server, login, password, remember);
}

void SignInFixture::tearDownTest()
{
    m_flow.reset();
    m_client.reset();
    ui::MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void SignInFixture::tearDownTestCase()
{
    m_credentials.reset();
    m_server.reset();
}

ui::MainWindow *SignInFixture::window() const
{
    return m_flow ? m_flow->mainWindow() : nullptr;
}

qint64 SignInFixture::roleIdByName(const QString &name) const
{
    for (const Role &r : window()->models()->roles()->roles()) {
        if (r.name == name)
            return r.id;
    }
    return 0;
}

qint64 SignInFixture::accountIdByLogin(const QString &loginOrPhone) const
{
    for (const Account &a : window()->models()->accounts()->accounts()) {
        if (a.login == loginOrPhone || a.phone == loginOrPhone)
            return a.id;
    }
    return 0;
}

qint64 SignInFixture::addHandlerOnServer(const QString &phone, const QString &name)
{
    const TestServer::NewCaptcha captcha = m_server->solvedCaptcha();
    const auto sent = m_server->request("POST", QStringLiteral("/sms-codes"),
                                        {{QStringLiteral("phone"), phone},
                                         {QStringLiteral("purpose"), QStringLiteral("add_handler")},
                                         {QStringLiteral("captcha_id"), captcha.id},
                                         {QStringLiteral("captcha_answer"), captcha.answer}});
    if (sent.status != 202)
        qWarning("POST /sms-codes answered %d %s", sent.status, sent.body.constData());
    QString code;
    for (const QJsonValue &v : m_server->smsMessages(phone)) {
        const QJsonObject m = v.toObject();
        if (code.isEmpty() && m.value(QStringLiteral("kind")).toString() == QLatin1String("sms_code"))
            code = m.value(QStringLiteral("code")).toString();
    }
    const auto added = m_server->request("POST", QStringLiteral("/handlers"),
                                         {{QStringLiteral("phone"), phone},
                                          {QStringLiteral("name"), name},
                                          {QStringLiteral("sms_code"), code}},
                                         m_client->token());
    if (added.status != 201)
        qWarning("POST /handlers answered %d %s", added.status, added.body.constData());
    return added.object().value(QStringLiteral("id")).toInteger();
}

qint64 SignInFixture::createRoleOnServer(const QString &name, const QStringList &permissions)
{
    const auto reply = m_server->request("POST", QStringLiteral("/roles"),
                                         {{QStringLiteral("name"), name},
                                          {QStringLiteral("remark"), QString()},
                                          {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}},
                                         m_client->token());
    if (reply.status != 201)
        qWarning("POST /roles answered %d %s", reply.status, reply.body.constData());
    return reply.object().value(QStringLiteral("id")).toInteger();
}

bool SignInFixture::assignOnServer(qint64 roleId, qint64 accountId)
{
    const auto reply = m_server->request("PUT", QStringLiteral("/roles/%1/accounts/%2").arg(roleId).arg(accountId), {},
                                         m_client->token());
    if (reply.status != 204)
        qWarning("PUT /roles/%lld/accounts/%lld answered %d %s", roleId, accountId, reply.status, reply.body.constData());
    return reply.status == 204;
}

std::optional<QString> SignInFixture::readSecret(const QString &key)
{
    return test::readSecret(*m_credentials, key);
}

void SignInFixture::writeSecret(const QString &key, const QString &secret)
{
    test::writeSecret(*m_credentials, key, secret);
}

} // namespace zc::test
