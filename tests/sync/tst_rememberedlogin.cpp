// RememberedLogin against the real Secret Service (gnome-keyring on a private
// D-Bus session; see with-keyring.sh): the remembered login in QSettings and
// its token in the keychain stay in step.
#include "sync/CredentialStore.h"
#include "sync/RememberedLogin.h"
#include "sync/ServerProfile.h"
#include "SecretService.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

using zc::sync::CredentialStore;
using zc::sync::RememberedLogin;
using zc::sync::ServerProfileStore;

namespace {
const QString Profile = QStringLiteral("test-profile");
}

class TestRememberedLogin : public QObject
{
    Q_OBJECT

private:
    // Runs one keychain call and waits for its answer.
    template <typename Call>
    QString wait(Call call)
    {
        QString error = QStringLiteral("no answer");
        bool answered = false;
        QEventLoop loop;
        call(&loop, [&](const QString &e) {
            error = e;
            answered = true;
            loop.quit();
        });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        if (!answered)
            loop.exec();
        return error;
    }
    std::optional<QString> token(const QString &login)
    {
        std::optional<QString> value;
        bool answered = false;
        QEventLoop loop;
        RememberedLogin(m_store.get(), Profile)
            .readToken(login, &loop, [&](const std::optional<QString> &v, const QString &) {
                value = v;
                answered = true;
                loop.quit();
            });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        if (!answered)
            loop.exec();
        return value;
    }
    QString remember(const QString &login, const QString &secret,
                     RememberedLogin::Previous previous = RememberedLogin::Previous::Forget)
    {
        return wait([&](QObject *ctx, CredentialStore::WriteDone done) {
            RememberedLogin(m_store.get(), Profile).remember(login, secret, ctx, done, previous);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        ZC_REQUIRE_SECRET_SERVICE();
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("zhaocai-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_rememberedlogin"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        m_store = std::make_unique<CredentialStore>(
            QStringLiteral("zhaocai-tests-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    void init()
    {
        QSettings().clear();
    }

    void rememberKeepsTheTokenThenTheLogin()
    {
        RememberedLogin remembered(m_store.get(), Profile);
        QVERIFY(remembered.login().isEmpty());
        QCOMPARE(remember(QStringLiteral("nmg_hosp"), QStringLiteral("token-1")), QString());
        // The same place as before, so that logins remembered by older versions stay remembered.
        QCOMPARE(ServerProfileStore::rememberedLogin(Profile), QStringLiteral("nmg_hosp"));
        QCOMPARE(remembered.login(), QStringLiteral("nmg_hosp"));
        QVERIFY(remembered.isRemembered(QStringLiteral("NMG_Hosp")));
        QCOMPARE(token(QStringLiteral("nmg_hosp")), std::optional<QString>(QStringLiteral("token-1")));
        QCOMPARE(token(QStringLiteral("NMG_HOSP")), std::optional<QString>(QStringLiteral("token-1")));
    }

    void rememberingAnotherLoginDeletesTheFirstToken()
    {
        QCOMPARE(remember(QStringLiteral("nmg_hosp"), QStringLiteral("token-1")), QString());
        QCOMPARE(remember(QStringLiteral("js_group"), QStringLiteral("token-2")), QString());
        QCOMPARE(RememberedLogin(m_store.get(), Profile).login(), QStringLiteral("js_group"));
        QTRY_VERIFY_WITH_TIMEOUT(!token(QStringLiteral("nmg_hosp")).has_value(), 10000);
        QCOMPARE(token(QStringLiteral("js_group")), std::optional<QString>(QStringLiteral("token-2")));
    }

    // The command line keeps a session per login (--as); only the remembered one moves.
    void rememberingAnotherLoginCanKeepTheFirstToken()
    {
        QCOMPARE(remember(QStringLiteral("nmg_hosp"), QStringLiteral("token-1")), QString());
        QCOMPARE(remember(QStringLiteral("js_group"), QStringLiteral("token-2"), RememberedLogin::Previous::Keep),
                 QString());
        QCOMPARE(RememberedLogin(m_store.get(), Profile).login(), QStringLiteral("js_group"));
        QCOMPARE(token(QStringLiteral("nmg_hosp")), std::optional<QString>(QStringLiteral("token-1")));
        QCOMPARE(token(QStringLiteral("js_group")), std::optional<QString>(QStringLiteral("token-2")));
    }

    void dropTokenKeepsTheLoginForTheForm()
    {
        QCOMPARE(remember(QStringLiteral("nmg_hosp"), QStringLiteral("token-1")), QString());
        // Another login's logout leaves the remembered one alone.
        QCOMPARE(wait([&](QObject *ctx, CredentialStore::WriteDone done) {
                     RememberedLogin(m_store.get(), Profile).dropToken(QStringLiteral("js_group"), ctx, done);
                 }),
                 QString());
        QCOMPARE(token(QStringLiteral("nmg_hosp")), std::optional<QString>(QStringLiteral("token-1")));
        QCOMPARE(wait([&](QObject *ctx, CredentialStore::WriteDone done) {
                     RememberedLogin(m_store.get(), Profile).dropToken(QStringLiteral("nmg_hosp"), ctx, done);
                 }),
                 QString());
        QVERIFY(!token(QStringLiteral("nmg_hosp")).has_value());
        QCOMPARE(RememberedLogin(m_store.get(), Profile).login(), QStringLiteral("nmg_hosp"));
    }

    void forgetDeletesTheLoginAndItsToken()
    {
        QCOMPARE(remember(QStringLiteral("nmg_hosp"), QStringLiteral("token-1")), QString());
        QCOMPARE(wait([&](QObject *ctx, CredentialStore::WriteDone done) {
                     RememberedLogin(m_store.get(), Profile).forget(ctx, done);
                 }),
                 QString());
        QVERIFY(RememberedLogin(m_store.get(), Profile).login().isEmpty());
        QVERIFY(!token(QStringLiteral("nmg_hosp")).has_value());
    }

    void forgetLoginOfAnotherLoginKeepsTheRememberedOne()
    {
        QCOMPARE(remember(QStringLiteral("nmg_hosp"), QStringLiteral("token-1")), QString());
        QCOMPARE(wait([&](QObject *ctx, CredentialStore::WriteDone done) {
                     m_store->write(CredentialStore::tokenKey(Profile, QStringLiteral("js_group")),
                                    QStringLiteral("token-2"), ctx, done);
                 }),
                 QString());
        QCOMPARE(wait([&](QObject *ctx, CredentialStore::WriteDone done) {
                     RememberedLogin(m_store.get(), Profile).forgetLogin(QStringLiteral("js_group"), ctx, done);
                 }),
                 QString());
        QVERIFY(!token(QStringLiteral("js_group")).has_value());
        QCOMPARE(RememberedLogin(m_store.get(), Profile).login(), QStringLiteral("nmg_hosp"));
        QCOMPARE(token(QStringLiteral("nmg_hosp")), std::optional<QString>(QStringLiteral("token-1")));

        QCOMPARE(wait([&](QObject *ctx, CredentialStore::WriteDone done) {
                     RememberedLogin(m_store.get(), Profile).forgetLogin(QStringLiteral("Nmg_Hosp"), ctx, done);
                 }),
                 QString());
        QVERIFY(RememberedLogin(m_store.get(), Profile).login().isEmpty());
        QVERIFY(!token(QStringLiteral("nmg_hosp")).has_value());
    }

    void cleanupTestCase()
    {
        for (const QString &login : {QStringLiteral("nmg_hosp"), QStringLiteral("js_group")}) {
            wait([&](QObject *ctx, CredentialStore::WriteDone done) {
                m_store->remove(CredentialStore::tokenKey(Profile, login), ctx, done);
            });
        }
    }

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<CredentialStore> m_store;
};

QTEST_GUILESS_MAIN(TestRememberedLogin)
#include "tst_rememberedlogin.moc"
