// zhaocai-cli's remembered accounts on one server: the default account is
// chosen (the first login, login --make-default, account use), never whoever
// signed in last; --as picks another per command; whoami says which; logout
// of the default leaves none unless one account remains. The built binary
// against a real zhaocai-server, inside a private keyring session.
#include "CliRunner.h"
#include "DemoSeed.h"
#include "SecretService.h"
#include "TestServer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QTest>

#include <memory>

using zc::test::CliRunner;
namespace demo = zc::test::demo;

namespace {

const QString Hospital = demo::HospitalMain;           // nmg_hosp
const QString Distributor = QStringLiteral("js_dist");
const QString Group = demo::GroupMain;                 // js_group

} // namespace

class TestCliAccounts : public QObject
{
    Q_OBJECT

private:
    using Run = CliRunner::Run;

    // The login `me` (or whoami) acts as with these arguments; empty when it fails.
    QString meLogin(const QStringList &extra = {})
    {
        const Run r = m_cli.run(QStringList{QStringLiteral("--json")} << extra << QStringLiteral("me"));
        return r.json().value(QLatin1String("account")).toObject().value(QLatin1String("login")).toString();
    }
    QJsonObject accountList()
    {
        const Run r = m_cli.run({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("list")});
        if (r.exitCode != 0)
            qWarning().noquote() << r.describe();
        return r.json();
    }
    static QStringList logins(const QJsonObject &list)
    {
        QStringList out;
        for (const QJsonValue &v : list.value(QLatin1String("accounts")).toArray())
            out << v.toObject().value(QLatin1String("login")).toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ZC_REQUIRE_SECRET_SERVICE();
        QVERIFY2(m_cli.init(), qPrintable(m_cli.why()));
        m_server = std::make_unique<zc::test::TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_cli.setServer(m_server.get());
    }
    void init()
    {
        QVERIFY(m_cli.freshHome());
    }

    void firstLoginIsTheDefaultAndStaysIt()
    {
        const Run first = m_cli.signIn(Hospital);
        QVERIFY2(first.exitCode == 0, first.describe());
        QVERIFY2(first.err.contains(QStringLiteral("%1 is now the default account").arg(Hospital)), first.describe());
        const Run second = m_cli.signIn(Distributor);
        QVERIFY2(second.exitCode == 0, second.describe());
        QVERIFY2(second.err.contains(QStringLiteral("stays %1").arg(Hospital)), second.describe());
        QCOMPARE(meLogin(), Hospital);
        QCOMPARE(meLogin({QStringLiteral("--as"), Distributor}), Distributor);

        const QJsonObject list = accountList();
        QCOMPARE(logins(list), (QStringList{Hospital, Distributor}));
        QCOMPARE(list.value(QLatin1String("default")).toString(), Hospital);
        const Run text = m_cli.run({QStringLiteral("account"), QStringLiteral("list")});
        QVERIFY2(text.exitCode == 0, text.describe());
        const QStringList marked = text.out.split(QLatin1Char('\n')).filter(QStringLiteral("*"));
        QCOMPARE(marked.size(), 1);
        QVERIFY2(marked.constFirst().contains(Hospital), text.describe());

        // whoami: server, account, unit, and where the identity came from.
        const Run who = m_cli.run({QStringLiteral("--json"), QStringLiteral("whoami")});
        QVERIFY2(who.exitCode == 0, who.describe());
        QCOMPARE(who.json().value(QLatin1String("source")).toString(), QStringLiteral("default"));
        QCOMPARE(who.json().value(QLatin1String("server")).toString(), m_server->baseUrl().toString());
        QCOMPARE(who.json().value(QLatin1String("account")).toObject().value(QLatin1String("login")).toString(),
                 Hospital);
        QVERIFY(!who.json().value(QLatin1String("unit")).toObject().value(QLatin1String("name")).toString().isEmpty());
        const Run whoAs = m_cli.run({QStringLiteral("--json"), QStringLiteral("--as"), Distributor,
                                     QStringLiteral("whoami")});
        QCOMPARE(whoAs.json().value(QLatin1String("source")).toString(), QStringLiteral("as"));
        QCOMPARE(whoAs.json().value(QLatin1String("account")).toObject().value(QLatin1String("login")).toString(),
                 Distributor);
        const Run whoText = m_cli.run({QStringLiteral("whoami")});
        QVERIFY2(whoText.out.contains(QStringLiteral("default account")) && whoText.out.contains(Hospital)
                     && whoText.out.contains(m_server->baseUrl().toString()),
                 whoText.describe());

        // account use: the default, chosen; an unknown login changes nothing.
        const Run use = m_cli.run({QStringLiteral("account"), QStringLiteral("use"), Distributor.toUpper()});
        QVERIFY2(use.exitCode == 0, use.describe());
        QCOMPARE(meLogin(), Distributor);
        const Run unknown = m_cli.run({QStringLiteral("account"), QStringLiteral("use"), QStringLiteral("nobody")});
        QVERIFY2(unknown.exitCode == 2, unknown.describe());
        QVERIFY2(unknown.err.contains(QStringLiteral("nobody")), unknown.describe());
        QCOMPARE(accountList().value(QLatin1String("default")).toString(), Distributor);

        // login --make-default moves it; --make-default alone is a usage error.
        const Run third = m_cli.signIn(Group, {QStringLiteral("--make-default")});
        QVERIFY2(third.exitCode == 0, third.describe());
        QVERIFY2(third.err.contains(QStringLiteral("(it was %1)").arg(Distributor)), third.describe());
        QCOMPARE(meLogin(), Group);
        const Run bare = m_cli.run(m_cli.server() << QStringLiteral("login") << Hospital
                                                  << QStringLiteral("--make-default"));
        QVERIFY2(bare.exitCode == 2, bare.describe());

        for (const QString &login : {Hospital, Distributor, Group})
            QVERIFY(m_cli.run({QStringLiteral("--as"), login, QStringLiteral("logout")}).exitCode == 0);
    }

    void logoutOfTheDefaultLeavesNoDefault()
    {
        for (const QString &login : {Hospital, Distributor, Group})
            QVERIFY(m_cli.signIn(login).exitCode == 0);
        QCOMPARE(accountList().value(QLatin1String("default")).toString(), Hospital);

        const Run logout = m_cli.run({QStringLiteral("logout")});
        QVERIFY2(logout.exitCode == 0, logout.describe());
        QVERIFY2(logout.err.contains(QStringLiteral("account use")), logout.describe());
        const QJsonObject none = accountList();
        QVERIFY(none.value(QLatin1String("default")).isNull());
        QCOMPARE(logins(none), (QStringList{Distributor, Group}));
        // The next command says how to choose; --as still works.
        const Run me = m_cli.run({QStringLiteral("--json"), QStringLiteral("me")});
        QVERIFY2(me.exitCode == 4, me.describe());
        QCOMPARE(me.errorCode(), QStringLiteral("not_logged_in"));
        QVERIFY2(me.errJson().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString()
                     .contains(QStringLiteral("account use")),
                 me.describe());
        QCOMPARE(meLogin({QStringLiteral("--as"), Group}), Group);

        // With one account left, that one is the default.
        QVERIFY(m_cli.run({QStringLiteral("account"), QStringLiteral("use"), Distributor}).exitCode == 0);
        const Run last = m_cli.run({QStringLiteral("--json"), QStringLiteral("logout")});
        QVERIFY2(last.exitCode == 0, last.describe());
        QCOMPARE(last.json().value(QLatin1String("login")).toString(), Distributor);
        QCOMPARE(last.json().value(QLatin1String("default")).toString(), Group);
        QCOMPARE(meLogin(), Group);

        QVERIFY(m_cli.run({QStringLiteral("logout")}).exitCode == 0);
        QVERIFY(logins(accountList()).isEmpty());
        const Run nobody = m_cli.run({QStringLiteral("me")});
        QVERIFY2(nobody.exitCode == 4 && nobody.err.contains(QStringLiteral("login LOGIN --remember")),
                 nobody.describe());
    }

    void earlierRememberedLoginStaysTheDefault()
    {
        // Before the accounts were listed, the default was the last login
        // (the profile's remembered login, which each login set).
        QVERIFY(m_cli.signIn(Hospital).exitCode == 0);
        QVERIFY(m_cli.signIn(Distributor).exitCode == 0);
        {
            QSettings settings(QDir(m_cli.home()).filePath(QStringLiteral(".config/zhaocai/zhaocai-admin.conf")),
                               QSettings::IniFormat);
            QVERIFY(settings.childGroups().contains(QStringLiteral("cli_accounts")));
            settings.remove(QStringLiteral("cli_accounts"));
        }
        QCOMPARE(meLogin(), Distributor);
        QCOMPARE(logins(accountList()), QStringList{Distributor});
        // A session reached with --as is listed from then on.
        QCOMPARE(meLogin({QStringLiteral("--as"), Hospital}), Hospital);
        const QJsonObject list = accountList();
        QCOMPARE(logins(list), (QStringList{Distributor, Hospital}));
        QCOMPARE(list.value(QLatin1String("default")).toString(), Distributor);
        for (const QString &login : {Hospital, Distributor})
            QVERIFY(m_cli.run({QStringLiteral("--as"), login, QStringLiteral("logout")}).exitCode == 0);
    }

private:
    CliRunner m_cli;
    std::unique_ptr<zc::test::TestServer> m_server;
};

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
