// CredentialStore against the real Secret Service (gnome-keyring on a private
// D-Bus session; see with-keyring.sh and CMakeLists.txt).
#include "sync/CredentialStore.h"
#include "SecretService.h"

#include <QElapsedTimer>
#include <QProcess>

#include <QEventLoop>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

using zc::sync::CredentialStore;

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    struct ReadResult
    {
        std::optional<QString> value;
        QString error;
        int calls = 0;
    };

    ReadResult read(const QString &key)
    {
        ReadResult r;
        QEventLoop loop;
        m_store->read(key, &loop, [&](const std::optional<QString> &v, const QString &e) {
            r.value = v;
            r.error = e;
            ++r.calls;
            loop.quit();
        });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        return r;
    }
    QString write(const QString &key, const QString &secret, int *calls = nullptr)
    {
        QString error = QStringLiteral("no answer");
        QEventLoop loop;
        int n = 0;
        m_store->write(key, secret, &loop, [&](const QString &e) {
            error = e;
            ++n;
            loop.quit();
        });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        if (calls)
            *calls = n;
        return error;
    }
    QString remove(const QString &key)
    {
        QString error = QStringLiteral("no answer");
        QEventLoop loop;
        m_store->remove(key, &loop, [&](const QString &e) {
            error = e;
            loop.quit();
        });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        return error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("ZC_TEST_NO_SECRET_SERVICE"))
            QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nonexistent")));
        ZC_REQUIRE_SECRET_SERVICE();
        // A service of its own, so nothing else in the keyring is touched.
        m_store = std::make_unique<CredentialStore>(
            QStringLiteral("zhaocai-tests-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(m_store->service().startsWith(QLatin1String("zhaocai-tests-")));
    }
    // Without a Secret Service a keychain test fails at once and says why,
    // instead of waiting for D-Bus timeouts until ctest gives up.
    void withoutASecretServiceTheTestsFailAtOnce()
    {
        if (qEnvironmentVariableIsSet("ZC_TEST_NO_SECRET_SERVICE"))
            QSKIP("the inner run");
        QProcess inner;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/zc-bus"));
        env.insert(QStringLiteral("ZC_TEST_NO_SECRET_SERVICE"), QStringLiteral("1"));
        inner.setProcessEnvironment(env);
        inner.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer timer;
        timer.start();
        inner.start(QCoreApplication::applicationFilePath(), {QStringLiteral("writeThenReadBack")});
        QVERIFY(inner.waitForFinished(60000));
        const QString out = QString::fromUtf8(inner.readAll());
        QVERIFY2(inner.exitCode() != 0, qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("Secret Service")) || out.contains(QLatin1String("session D-Bus")),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("scripts/test.sh")), qPrintable(out));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }
    void cleanupTestCase()
    {
        if (!m_store)   // initTestCase failed (the inner run has no Secret Service)
            return;
        for (const QString &k : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("unicode"),
                                 CredentialStore::proxyKey()})
            (void)remove(k);
    }

    void keysAreStable()
    {
        QCOMPARE(CredentialStore::tokenKey(QStringLiteral("127.0.0.1:8443"), QStringLiteral("NMG_Hosp")),
                 QStringLiteral("token:127.0.0.1:8443:nmg_hosp"));
        QCOMPARE(CredentialStore::proxyKey(), QStringLiteral("proxy"));
        QCOMPARE(CredentialStore().service(), QStringLiteral("zhaocai-admin"));
    }

    void writeThenReadBack()
    {
        int calls = 0;
        QCOMPARE(write(QStringLiteral("a"), QStringLiteral("token-one"), &calls), QString());
        QCOMPARE(calls, 1);
        const ReadResult r = read(QStringLiteral("a"));
        QCOMPARE(r.calls, 1);
        QCOMPARE(r.error, QString());
        QVERIFY(r.value);
        QCOMPARE(*r.value, QStringLiteral("token-one"));
    }

    void overwriteReplacesTheSecret()
    {
        QCOMPARE(write(QStringLiteral("a"), QStringLiteral("token-one")), QString());
        QCOMPARE(write(QStringLiteral("a"), QStringLiteral("token-two")), QString());
        const ReadResult r = read(QStringLiteral("a"));
        QVERIFY(r.value);
        QCOMPARE(*r.value, QStringLiteral("token-two"));
    }

    void deleteThenReadIsMissingWithoutError()
    {
        QCOMPARE(write(QStringLiteral("a"), QStringLiteral("x")), QString());
        QCOMPARE(remove(QStringLiteral("a")), QString());
        const ReadResult r = read(QStringLiteral("a"));
        QCOMPARE(r.calls, 1);
        QVERIFY(!r.value);
        QCOMPARE(r.error, QString());
    }

    void readNeverWrittenIsMissingWithoutError()
    {
        const ReadResult r = read(QStringLiteral("never-") + QUuid::createUuid().toString());
        QCOMPARE(r.calls, 1);
        QVERIFY(!r.value);
        QVERIFY(r.error.isEmpty());
    }

    void deletingMissingEntrySucceeds()
    {
        QCOMPARE(remove(QStringLiteral("missing-") + QUuid::createUuid().toString()), QString());
    }

    void unicodeSecretSurvives()
    {
        const QString secret = QStringLiteral("口令-密码🔑 Ünïcødé \t end");
        QCOMPARE(write(QStringLiteral("unicode"), secret), QString());
        const ReadResult r = read(QStringLiteral("unicode"));
        QVERIFY(r.value);
        QCOMPARE(*r.value, secret);
    }

    void twoKeysAreIndependent()
    {
        QCOMPARE(write(QStringLiteral("a"), QStringLiteral("alpha")), QString());
        QCOMPARE(write(QStringLiteral("b"), QStringLiteral("beta")), QString());
        QCOMPARE(*read(QStringLiteral("a")).value, QStringLiteral("alpha"));
        QCOMPARE(*read(QStringLiteral("b")).value, QStringLiteral("beta"));
        QCOMPARE(remove(QStringLiteral("a")), QString());
        QVERIFY(!read(QStringLiteral("a")).value);
        QCOMPARE(*read(QStringLiteral("b")).value, QStringLiteral("beta"));
    }

    void sameKeyInAnotherServiceIsSeparate()
    {
        QCOMPARE(write(QStringLiteral("a"), QStringLiteral("mine")), QString());
        CredentialStore other(QStringLiteral("zhaocai-tests-other-") + QUuid::createUuid().toString());
        QEventLoop loop;
        std::optional<QString> value = QStringLiteral("unset");
        QString error = QStringLiteral("unset");
        other.read(QStringLiteral("a"), &loop, [&](const std::optional<QString> &v, const QString &e) {
            value = v;
            error = e;
            loop.quit();
        });
        loop.exec();
        QVERIFY(!value);
        QVERIFY(error.isEmpty());
    }

    void callbackSkippedWhenContextIsGone()
    {
        QCOMPARE(write(QStringLiteral("a"), QStringLiteral("alpha")), QString());
        int calls = 0;
        auto context = std::make_unique<QObject>();
        m_store->read(QStringLiteral("a"), context.get(),
                      [&calls](const std::optional<QString> &, const QString &) { ++calls; });
        context.reset();
        // A later job on the same store finishes after the first one did.
        const ReadResult after = read(QStringLiteral("a"));
        QCOMPARE(after.calls, 1);
        QTest::qWait(100);
        QCOMPARE(calls, 0);
    }

private:
    std::unique_ptr<CredentialStore> m_store;
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
