#pragma once

#include "UiTestSupport.h"

#include <QObject>

#include <memory>
#include <optional>

namespace zc::sync {
class ApiClient;
class CredentialStore;
}

namespace zc::test {

// The set-up of the widget tests that sign in through the login dialog:
// private settings and keychain service, the interface language, one real
// zhaocai-server (demo seed) for the whole test case, and for each test a
// fresh ApiClient speaking Chinese and a SessionFlow on the server's profile.
// A test class derives from it: QTest runs the fixture's initTestCase, init,
// cleanup and cleanupTestCase unless the class declares its own, which then
// call the steps below themselves. Check QTest::currentTestFailed() after a
// step that waits.
class SignInFixture : public QObject
{
    Q_OBJECT
public:
    ~SignInFixture() override;

protected:
    SignInFixture();

    // initTestCase: settings, translations, the server, the keychain service.
    void setUpTestCase(const QString &language = QStringLiteral("zh_CN"));
    // init: settings emptied, the server's profile selected, a new client.
    void setUpTest();
    // A new ApiClient (zh-CN); the flow over the one before is dropped first.
    void newClient();
    // A new SessionFlow over the current client, not started.
    void newFlow();
    // A new flow, started; waits until its login dialog shows.
    void startFlow();
    // A new flow signed in as `login` until the main window shows the synced cache.
    void signIn(const QString &login, const QString &password = demo::Password, bool remember = false);
    // cleanup: the flow and the client dropped, message boxes shown again.
    void tearDownTest();
    // cleanupTestCase: the keychain service and the server.
    void tearDownTestCase();

    [[nodiscard]] ui::MainWindow *window() const;
    // Ids in the signed-in window's models (0 when absent): a role by name, an
    // account by login or phone.
    [[nodiscard]] qint64 roleIdByName(const QString &name) const;
    [[nodiscard]] qint64 accountIdByLogin(const QString &loginOrPhone) const;
    // Made over the API with the signed-in window's session (0 and a warning when refused):
    // a handler of the unit (its SMS code from the dev outbox), a role, an assignment.
    qint64 addHandlerOnServer(const QString &phone, const QString &name);
    qint64 createRoleOnServer(const QString &name, const QStringList &permissions);
    bool assignOnServer(qint64 roleId, qint64 accountId);
    [[nodiscard]] std::optional<QString> readSecret(const QString &key);
    void writeSecret(const QString &key, const QString &secret);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<sync::CredentialStore> m_credentials;
    std::unique_ptr<sync::ApiClient> m_client;
    std::unique_ptr<ui::SessionFlow> m_flow;

private Q_SLOTS:
    void initTestCase() { setUpTestCase(); }
    void init() { setUpTest(); }
    void cleanup() { tearDownTest(); }
    void cleanupTestCase() { tearDownTestCase(); }
};

} // namespace zc::test
