// zhaocai-cli with a token instead of a remembered session (ZC_TOKEN,
// --token-file) and the API token commands (tokens, token-create,
// token-delete), the built binary against a real zhaocai-server, inside a
// private keyring session (with-keyring.sh) for the remembered sessions the
// tests compare with.
#include "CliRunner.h"
#include "DemoSeed.h"
#include "SecretService.h"
#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using zc::test::CliRunner;
namespace demo = zc::test::demo;

namespace {

// Where QtKeychain finds no Secret Service at all.
const QMap<QString, QString> NoDbus{{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                     QStringLiteral("unix:path=/nonexistent")}};

QMap<QString, QString> withToken(const QString &token, QMap<QString, QString> env = {})
{
    env.insert(QStringLiteral("ZC_TOKEN"), token);
    return env;
}

constexpr QFileDevice::Permissions OpenToOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                  | QFileDevice::ReadOther | QFileDevice::WriteOther;

} // namespace

class TestCliTokens : public QObject
{
    Q_OBJECT

private:
    using Run = CliRunner::Run;

    QString writeTokenFile(const QString &name, const QByteArray &content, QFileDevice::Permissions permissions)
    {
        const QString path = QDir(m_cli.home()).filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
            return {};
        f.close();
        if (!QFile::setPermissions(path, permissions))
            return {};
        return path;
    }
    QString sessionToken(const QString &login)
    {
        return m_server->loginToken(login, demo::Password);
    }
    // token-create as the signed-in default account; the secret, or empty.
    QString createToken(const QString &name, const QStringList &permissions)
    {
        QStringList args = m_cli.server() << QStringLiteral("token-create") << name;
        for (const QString &p : permissions)
            args << QStringLiteral("--permission") << p;
        const Run r = m_cli.run(args);
        if (r.exitCode != 0) {
            qWarning().noquote() << r.describe();
            return {};
        }
        return r.out.trimmed();
    }
    // The unit's tokens as `tokens --json` lists them (first page of 100).
    QJsonArray listedTokens()
    {
        const Run r = m_cli.run(m_cli.server() << QStringLiteral("--json") << QStringLiteral("tokens")
                                               << QStringLiteral("--size") << QStringLiteral("100"));
        if (r.exitCode != 0)
            qWarning().noquote() << r.describe();
        return r.json().value(QLatin1String("items")).toArray();
    }
    static QJsonObject byName(const QJsonArray &items, const QString &name)
    {
        for (const QJsonValue &v : items) {
            if (v.toObject().value(QLatin1String("name")).toString() == name)
                return v.toObject();
        }
        return {};
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

    // ---------------------------------------------------------------- token sources (today's server)

    void tokenFileOpenToOthersIsRefused()
    {
        const QByteArray token = sessionToken(demo::HospitalMain).toUtf8();
        QVERIFY(!token.isEmpty());
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                           | QFileDevice::WriteUser;
        const QList<QFileDevice::Permissions> refused{owner | QFileDevice::ReadGroup | QFileDevice::ReadOther,   // 0644
                                                      owner | QFileDevice::ReadGroup,                           // 0640
                                                      owner | QFileDevice::WriteOther};                         // 0602
        for (const QFileDevice::Permissions permissions : refused) {
            const QString path = writeTokenFile(QStringLiteral("open.token"), token + '\n', permissions);
            QVERIFY(!path.isEmpty());
            const Run r = m_cli.run(m_cli.server() << QStringLiteral("--token-file") << path
                                                   << QStringLiteral("--json") << QStringLiteral("roles"));
            QVERIFY2(r.exitCode == 2, r.describe());
            QVERIFY2(r.out.isEmpty(), r.describe());
            QVERIFY2(r.err.contains(QStringLiteral("chmod 600 ") + path), r.describe());
        }
        // 0600 and 0400: used.
        for (const QFileDevice::Permissions permissions :
             {owner, QFileDevice::Permissions(QFileDevice::ReadOwner | QFileDevice::ReadUser)}) {
            const QString path = writeTokenFile(QStringLiteral("private%1.token").arg(permissions.toInt()),
                                                token + '\n', permissions);
            QVERIFY(!path.isEmpty());
            const Run r = m_cli.run(m_cli.server() << QStringLiteral("--token-file") << path
                                                   << QStringLiteral("--json") << QStringLiteral("roles"));
            QVERIFY2(r.exitCode == 0, r.describe());
            QVERIFY2(r.json().value(QLatin1String("total")).toInt() > 0, r.describe());
        }
    }

    void tokenFileHoldsOneTrimmedToken()
    {
        const QByteArray token = sessionToken(demo::HospitalMain).toUtf8();
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const QString padded = writeTokenFile(QStringLiteral("padded"), "\n  " + token + " \r\n\n", owner);
        const Run ok = m_cli.run(m_cli.server() << QStringLiteral("--token-file") << padded << QStringLiteral("--json")
                                                << QStringLiteral("me"));
        QVERIFY2(ok.exitCode == 0, ok.describe());
        QCOMPARE(ok.json().value(QLatin1String("account")).toObject().value(QLatin1String("login")).toString(),
                 demo::HospitalMain);

        const QString empty = writeTokenFile(QStringLiteral("empty"), " \n", owner);
        const QString twoWords = writeTokenFile(QStringLiteral("two"), token + ' ' + token, owner);
        const QString missing = QDir(m_cli.home()).filePath(QStringLiteral("missing"));
        for (const QString &path : {empty, twoWords, missing}) {
            const Run r = m_cli.run(m_cli.server() << QStringLiteral("--token-file") << path << QStringLiteral("roles"));
            QVERIFY2(r.exitCode == 2, r.describe());
            QVERIFY2(r.err.contains(path), r.describe());
        }
    }

    void environmentTokenNeedsNoKeychain()
    {
        // A remembered default account, and proof that without D-Bus its keychain is out of reach.
        QVERIFY(m_cli.signIn(demo::HospitalMain).exitCode == 0);
        const Run noKeychain = m_cli.run({QStringLiteral("--json"), QStringLiteral("roles")}, {}, NoDbus);
        QVERIFY2(noKeychain.exitCode == 6, noKeychain.describe());
        QCOMPARE(noKeychain.errorCode(), QStringLiteral("keychain_error"));

        // ZC_TOKEN (here a session of another unit: any token the server takes works) needs no keychain.
        const QString token = sessionToken(QStringLiteral("js_dist"));
        QVERIFY(!token.isEmpty());
        const Run who = m_cli.run({QStringLiteral("--json"), QStringLiteral("whoami")}, {}, withToken(token, NoDbus));
        QVERIFY2(who.exitCode == 0, who.describe());
        QCOMPARE(who.json().value(QLatin1String("source")).toString(), QStringLiteral("ZC_TOKEN"));
        QCOMPARE(who.json().value(QLatin1String("account")).toObject().value(QLatin1String("login")).toString(),
                 QStringLiteral("js_dist"));
        QCOMPARE(who.json().value(QLatin1String("server")).toString(), m_server->baseUrl().toString());
        const Run roles = m_cli.run({QStringLiteral("--json"), QStringLiteral("roles")}, {}, withToken(token, NoDbus));
        QVERIFY2(roles.exitCode == 0, roles.describe());
        QVERIFY2(roles.out.contains(QStringLiteral("配送员")), roles.describe());   // js_dist's role, not nmg_hosp's
        const Run text = m_cli.run({QStringLiteral("whoami")}, {}, withToken(token, NoDbus));
        QVERIFY2(text.exitCode == 0, text.describe());
        QVERIFY2(text.out.contains(QStringLiteral("ZC_TOKEN")) && text.out.contains(QStringLiteral("js_dist")),
                 text.describe());

        // The remembered default is untouched.
        const Run me = m_cli.run({QStringLiteral("--json"), QStringLiteral("me")});
        QVERIFY2(me.exitCode == 0, me.describe());
        QCOMPARE(me.json().value(QLatin1String("account")).toObject().value(QLatin1String("login")).toString(),
                 demo::HospitalMain);
    }

    void serverFromTheEnvironment()
    {
        const QString token = sessionToken(demo::HospitalMain);
        QMap<QString, QString> env = withToken(token);
        env.insert(QStringLiteral("ZC_SERVER"), m_server->baseUrl().toString());
        const Run r = m_cli.run({QStringLiteral("--ca"), m_server->caPath(), QStringLiteral("--json"),
                                 QStringLiteral("whoami")},
                                {}, env);
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().value(QLatin1String("server")).toString(), m_server->baseUrl().toString());
        // --server goes before ZC_SERVER.
        env.insert(QStringLiteral("ZC_SERVER"), QStringLiteral("http://not-https.example"));
        const Run flag = m_cli.run(m_cli.server() << QStringLiteral("--json") << QStringLiteral("whoami"), {}, env);
        QVERIFY2(flag.exitCode == 0, flag.describe());
    }

    void refusedTokenExitsFourNamingItsSource()
    {
        QVERIFY(m_cli.signIn(demo::HospitalMain).exitCode == 0);
        const QString wrong = QStringLiteral("zcat_") + QString(43, QLatin1Char('A'));
        const Run env = m_cli.run(m_cli.server() << QStringLiteral("roles"), {}, withToken(wrong));
        QVERIFY2(env.exitCode == 4, env.describe());
        QVERIFY2(env.err.contains(QStringLiteral("ZC_TOKEN")), env.describe());
        const Run json = m_cli.run(m_cli.server() << QStringLiteral("--json") << QStringLiteral("roles"), {},
                                   withToken(wrong));
        QVERIFY2(json.exitCode == 4, json.describe());
        QCOMPARE(json.errorCode(), QStringLiteral("unauthenticated"));
        QVERIFY2(json.errJson().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString()
                     .contains(QStringLiteral("ZC_TOKEN")),
                 json.describe());

        const QString path = writeTokenFile(QStringLiteral("wrong.token"), wrong.toUtf8(),
                                            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const Run file = m_cli.run(m_cli.server() << QStringLiteral("--token-file") << path << QStringLiteral("roles"));
        QVERIFY2(file.exitCode == 4, file.describe());
        QVERIFY2(file.err.contains(path), file.describe());

        // A refused token forgets no remembered session.
        const Run me = m_cli.run({QStringLiteral("me")});
        QVERIFY2(me.exitCode == 0, me.describe());
    }

    void loginAndLogoutRefuseAToken()
    {
        const QString token = sessionToken(demo::HospitalMain);
        const Run login = m_cli.run(m_cli.server() << QStringLiteral("login") << demo::HospitalMain
                                                   << QStringLiteral("--dev-captcha") << QStringLiteral("--password-stdin")
                                                   << QStringLiteral("--remember"),
                                    demo::Password.toUtf8() + '\n', withToken(token));
        QVERIFY2(login.exitCode == 2, login.describe());
        QVERIFY2(login.err.contains(QStringLiteral("ZC_TOKEN")), login.describe());
        const Run logout = m_cli.run(m_cli.server() << QStringLiteral("logout"), {}, withToken(token));
        QVERIFY2(logout.exitCode == 2, logout.describe());
        QVERIFY2(logout.err.contains(QStringLiteral("token-delete")), logout.describe());
        // The session behind the token is still alive: nothing was sent.
        QCOMPARE(m_server->request("GET", QStringLiteral("/me"), {}, token).status, 200);

        const QString path = writeTokenFile(QStringLiteral("t"), token.toUtf8(),
                                            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const Run fileLogin = m_cli.run(m_cli.server() << QStringLiteral("--token-file") << path
                                                       << QStringLiteral("login") << demo::HospitalMain);
        QVERIFY2(fileLogin.exitCode == 2, fileLogin.describe());
        QVERIFY2(fileLogin.err.contains(QStringLiteral("--token-file")), fileLogin.describe());

        const Run asAndToken = m_cli.run(m_cli.server() << QStringLiteral("--as") << demo::HospitalMain
                                                        << QStringLiteral("roles"),
                                         {}, withToken(token));
        QVERIFY2(asAndToken.exitCode == 2, asAndToken.describe());
        const Run empty = m_cli.run(m_cli.server() << QStringLiteral("roles"), {}, withToken(QString()));
        QVERIFY2(empty.exitCode == 2 && empty.err.contains(QStringLiteral("ZC_TOKEN")), empty.describe());
        const Run twoWords = m_cli.run(m_cli.server() << QStringLiteral("roles"), {},
                                       withToken(token + QStringLiteral(" x")));
        QVERIFY2(twoWords.exitCode == 2, twoWords.describe());
    }

    void helpExplainsTokens()
    {
        const Run help = m_cli.run({QStringLiteral("--help")});
        QVERIFY2(help.exitCode == 0, help.describe());
        QVERIFY(help.out.contains(QStringLiteral("ZC_TOKEN")));
        QVERIFY(help.out.contains(QStringLiteral("--token-file")));
        QVERIFY(help.out.contains(QStringLiteral("chmod 600")));
        QVERIFY(help.out.contains(QStringLiteral("ZC_SERVER")));
        for (const char *command : {"tokens", "token-create", "token-delete", "whoami", "account"}) {
            const Run one = m_cli.run({QStringLiteral("help"), QString::fromLatin1(command)});
            QVERIFY2(one.exitCode == 0, one.describe());
        }
        QVERIFY(m_cli.run({QStringLiteral("help"), QStringLiteral("token-create")})
                    .out.contains(QStringLiteral("--expires-in-days")));
    }

    void tokenCreateChecksItsOptionsFirst()
    {
        const QString existing = writeTokenFile(QStringLiteral("keep.txt"), "keep\n",
                                                QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QList<QStringList> bad{
            {QStringLiteral("token-create"), QStringLiteral("ci")},
            {QStringLiteral("token-create"), QStringLiteral("ci"), QStringLiteral("--permission"), QStringLiteral(" ")},
            {QStringLiteral("token-create"), QStringLiteral("ci"), QStringLiteral("--permission"),
             QStringLiteral("basic.roles"), QStringLiteral("--expires-in-days"), QStringLiteral("0")},
            {QStringLiteral("token-create"), QStringLiteral("ci"), QStringLiteral("--permission"),
             QStringLiteral("basic.roles"), QStringLiteral("--expires-in-days"), QStringLiteral("366")},
            {QStringLiteral("token-create"), QStringLiteral("ci"), QStringLiteral("--permission"),
             QStringLiteral("basic.roles"), QStringLiteral("-o"), existing},
            {QStringLiteral("token-delete"), QStringLiteral("abc")},
            {QStringLiteral("tokens"), QStringLiteral("--size"), QStringLiteral("0")},
        };
        for (const QStringList &args : bad) {
            const Run r = m_cli.run(m_cli.server() << args);
            QVERIFY2(r.exitCode == 2, r.describe());
        }
        QFile keep(existing);
        QVERIFY(keep.open(QIODevice::ReadOnly));
        QCOMPARE(keep.readAll(), QByteArray("keep\n"));
    }

    // ---------------------------------------------------------------- API tokens (the server's /api-tokens)

    void apiTokenLifecycle()
    {
        QVERIFY(m_cli.signIn(demo::HospitalMain).exitCode == 0);
        const Run created = m_cli.run(m_cli.server() << QStringLiteral("token-create") << QStringLiteral("ci-roles")
                                                     << QStringLiteral("--permission") << QStringLiteral("basic.roles")
                                                     << QStringLiteral("--expires-in-days") << QStringLiteral("30"));
        QVERIFY2(created.exitCode == 0, created.describe());
        // The secret alone on stdout, so that `> file` captures just it; the warning on stderr.
        const QString secret = created.out.trimmed();
        QVERIFY2(secret.startsWith(QStringLiteral("zcat_")) && !secret.contains(QLatin1Char('\n')), created.describe());
        QCOMPARE(created.out, secret + QLatin1Char('\n'));
        QVERIFY2(created.err.contains(QStringLiteral("only this once")), created.describe());

        // The token works for what it holds, without keychain, and nothing more.
        const Run roles = m_cli.run(m_cli.server() << QStringLiteral("--json") << QStringLiteral("roles"), {},
                                    withToken(secret, NoDbus));
        QVERIFY2(roles.exitCode == 0, roles.describe());
        QVERIFY(roles.json().value(QLatin1String("total")).toInt() > 0);
        const Run handlers = m_cli.run(m_cli.server() << QStringLiteral("handlers"), {}, withToken(secret));
        QVERIFY2(handlers.exitCode == 5, handlers.describe());

        // Session-only commands say plainly that an API token cannot do that.
        for (const QString &command : {QStringLiteral("me"), QStringLiteral("tokens"), QStringLiteral("change-password")}) {
            const Run r = m_cli.run(m_cli.server() << QStringLiteral("--json") << command
                                                   << (command == QLatin1String("change-password")
                                                           ? QStringList{QStringLiteral("--password-stdin")}
                                                           : QStringList{}),
                                    demo::Password.toUtf8() + "\nNew@Pass2027\n", withToken(secret));
            QVERIFY2(r.exitCode == 5, r.describe());
            QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
            const QString message =
                r.errJson().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
            QVERIFY2(message.contains(QStringLiteral("API token")) && message.contains(QStringLiteral("ZC_TOKEN")),
                     r.describe());
        }
        // whoami still names the server and where the token came from.
        const Run who = m_cli.run(m_cli.server() << QStringLiteral("--json") << QStringLiteral("whoami"), {},
                                  withToken(secret));
        QVERIFY2(who.exitCode == 0, who.describe());
        QCOMPARE(who.json().value(QLatin1String("source")).toString(), QStringLiteral("ZC_TOKEN"));
        QCOMPARE(who.json().value(QLatin1String("api_token")).toBool(), true);
        QVERIFY(who.json().value(QLatin1String("account")).isNull());

        // The list: the token as made, used now; never a secret.
        const QJsonArray items = listedTokens();
        const QJsonObject listed = byName(items, QStringLiteral("ci-roles"));
        QVERIFY2(!listed.isEmpty(), QJsonDocument(items).toJson());
        QCOMPARE(listed.value(QLatin1String("permissions")).toArray(), QJsonArray{QStringLiteral("basic.roles")});
        QVERIFY(!listed.value(QLatin1String("last_used_at")).isNull());
        QCOMPARE(listed.value(QLatin1String("revoked")).toBool(), false);
        QVERIFY(!QJsonDocument(items).toJson().contains("zcat_"));

        // --json gives the whole answer, the secret too; an unused token is "never" used.
        const Run json = m_cli.run(m_cli.server() << QStringLiteral("--json") << QStringLiteral("token-create")
                                                  << QStringLiteral("unused") << QStringLiteral("--permissions")
                                                  << QStringLiteral("basic.roles,basic.accounts"));
        QVERIFY2(json.exitCode == 0, json.describe());
        QVERIFY(json.json().value(QLatin1String("token")).toString().startsWith(QStringLiteral("zcat_")));
        QCOMPARE(json.json().value(QLatin1String("permissions")).toArray().size(), 2);
        const Run table = m_cli.run(m_cli.server() << QStringLiteral("tokens"));
        QVERIFY2(table.exitCode == 0, table.describe());
        const QString unusedLine = table.out.split(QLatin1Char('\n')).filter(QStringLiteral("unused")).value(0);
        QVERIFY2(unusedLine.contains(QStringLiteral("never")), table.describe());

        // token-delete asks; without a terminal only --yes answers.
        const QString id = QString::number(listed.value(QLatin1String("id")).toInteger());
        const Run unconfirmed = m_cli.run(m_cli.server() << QStringLiteral("token-delete") << id);
        QVERIFY2(unconfirmed.exitCode == 2, unconfirmed.describe());
        QVERIFY(!byName(listedTokens(), QStringLiteral("ci-roles")).isEmpty());
        const Run deleted = m_cli.run(m_cli.server() << QStringLiteral("token-delete") << id << QStringLiteral("--yes"));
        QVERIFY2(deleted.exitCode == 0, deleted.describe());
        // Gone from the list, or listed as revoked.
        const QJsonObject after = byName(listedTokens(), QStringLiteral("ci-roles"));
        QVERIFY2(after.isEmpty() || after.value(QLatin1String("revoked")).toBool(), QJsonDocument(after).toJson());
        const Run gone = m_cli.run(m_cli.server() << QStringLiteral("roles"), {}, withToken(secret));
        QVERIFY2(gone.exitCode == 4, gone.describe());
        QVERIFY2(gone.err.contains(QStringLiteral("ZC_TOKEN")), gone.describe());
        const Run unknown = m_cli.run(m_cli.server() << QStringLiteral("--json") << QStringLiteral("token-delete")
                                                     << QStringLiteral("999999") << QStringLiteral("--yes"));
        QVERIFY2(unknown.exitCode == 1, unknown.describe());
        QCOMPARE(unknown.errorCode(), QStringLiteral("not_found"));
    }

    void tokenSecretToAnOwnerOnlyFile()
    {
        QVERIFY(m_cli.signIn(demo::HospitalMain).exitCode == 0);
        const QString path = QDir(m_cli.home()).filePath(QStringLiteral("ci.token"));
        const Run created = m_cli.run(m_cli.server() << QStringLiteral("token-create") << QStringLiteral("ci-file")
                                                     << QStringLiteral("--permission") << QStringLiteral("basic.roles")
                                                     << QStringLiteral("-o") << path);
        QVERIFY2(created.exitCode == 0, created.describe());
        QVERIFY2(!created.out.contains(QStringLiteral("zcat_")) && !created.err.contains(QStringLiteral("zcat_")),
                 created.describe());
        QVERIFY2(created.out.contains(path), created.describe());
        const QFileDevice::Permissions permissions = QFile::permissions(path);
        QVERIFY(permissions & QFileDevice::ReadOwner);
        QCOMPARE(permissions & OpenToOthers, QFileDevice::Permissions());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY2(content.startsWith("zcat_") && content.endsWith('\n') && content.count('\n') == 1, content);
        f.close();

        // The file is a --token-file as it is.
        const Run roles = m_cli.run(m_cli.server() << QStringLiteral("--token-file") << path << QStringLiteral("--json")
                                                   << QStringLiteral("roles"),
                                    {}, NoDbus);
        QVERIFY2(roles.exitCode == 0, roles.describe());

        // Never overwritten, and then no token is made.
        const int before = static_cast<int>(listedTokens().size());
        const Run again = m_cli.run(m_cli.server() << QStringLiteral("token-create") << QStringLiteral("ci-file-2")
                                                   << QStringLiteral("--permission") << QStringLiteral("basic.roles")
                                                   << QStringLiteral("--output") << path);
        QVERIFY2(again.exitCode == 2, again.describe());
        QCOMPARE(static_cast<int>(listedTokens().size()), before);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }

private:
    CliRunner m_cli;
    std::unique_ptr<zc::test::TestServer> m_server;
};

QTEST_GUILESS_MAIN(TestCliTokens)
#include "tst_cli_tokens.moc"
