// zhaocai-cli, the built binary ($ZC_CLI_BIN), against a real zhaocai-server.
// Runs inside a private keyring session (with-keyring.sh) for --remember; each
// run of the CLI gets a fresh HOME so its QSettings start empty.
#include "DemoSeed.h"
#include "TestServer.h"
#include "SecretService.h"

#include "CaptchaArt.h"
#include "Commands.h"
#include "CsvWriter.h"
#include "TextTable.h"
#include "sync/Language.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

namespace {

const QString &DemoPassword = zc::test::demo::Password;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    // An error with --json: on stderr, as JSON (stdout holds only results).
    // (From where the object opens: a prompt such as the captcha's comes before it.)
    [[nodiscard]] QJsonObject errJson() const
    {
        const qsizetype at = err.indexOf(QStringLiteral("{\n"));
        return at < 0 ? QJsonObject() : QJsonDocument::fromJson(err.mid(at).toUtf8()).object();
    }
    [[nodiscard]] QByteArray describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3").arg(exitCode).arg(out, err).toUtf8();
    }
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    // Under `locale` (LC_ALL): English unless a test asks for another.
    Run cli(const QStringList &args, const QByteArray &input = {},
            const QString &locale = QStringLiteral("en_US.UTF-8"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral(".local/share")));
        env.remove(QStringLiteral("ZC_PROFILE_FILE"));
        p.setProcessEnvironment(env);
        p.start(m_bin, args);
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QStringList server() const
    {
        return {QStringLiteral("--server"), m_server->baseUrl().toString(), QStringLiteral("--ca"),
                m_server->caPath()};
    }
    // login --remember, so that the next commands use the session.
    bool signIn(const QString &login)
    {
        const Run r = cli(server() << QStringLiteral("login") << login << QStringLiteral("--dev-captcha")
                                   << QStringLiteral("--password-stdin") << QStringLiteral("--remember"),
                          DemoPassword.toUtf8() + '\n');
        if (r.exitCode != 0)
            qWarning().noquote() << r.describe();
        return r.exitCode == 0;
    }
    QString smsCode(const QString &phone)
    {
        const QJsonArray messages = m_server->smsMessages(phone);
        for (const QJsonValue &m : messages) {
            if (m.toObject().value(QLatin1String("kind")).toString() == QLatin1String("sms_code"))
                return m.toObject().value(QLatin1String("code")).toString();
        }
        return {};
    }
    void freshHome()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }

private Q_SLOTS:
    void initTestCase()
    {
        ZC_REQUIRE_SECRET_SERVICE();
        m_bin = QProcessEnvironment::systemEnvironment().value(QStringLiteral("ZC_CLI_BIN"));
        QVERIFY2(QFile::exists(m_bin), "ZC_CLI_BIN must name the built zhaocai-cli");
        m_server = std::make_unique<zc::test::TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }
    void init()
    {
        freshHome();
    }

    void healthPrintsVersion()
    {
        const Run r = cli(server() << QStringLiteral("health"));
        QVERIFY2(r.exitCode == 0, r.describe());
        const QString version = m_server->request("GET", QStringLiteral("/health")).object()
                                    .value(QLatin1String("version")).toString();
        QVERIFY(!version.isEmpty());
        QVERIFY2(r.out.contains(version), r.describe());

        const Run j = cli(server() << QStringLiteral("--json") << QStringLiteral("health"));
        QVERIFY2(j.exitCode == 0, j.describe());
        QCOMPARE(j.json().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(j.json().value(QLatin1String("version")).toString(), version);
    }

    void profileFileWorksLikeTheDemoWritesIt()
    {
        const QString path = m_home->filePath(QStringLiteral("demo-profile.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("本机演示服务器")},
                                          {QStringLiteral("url"), m_server->baseUrl().toString()},
                                          {QStringLiteral("ca_pem"), QString::fromUtf8(m_server->caPem())}})
                    .toJson());
        f.close();
        const Run r = cli({QStringLiteral("--profile-file"), path, QStringLiteral("health")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(r.out.contains(QStringLiteral("本机演示服务器")));
    }

    void loginRememberMeLogout()
    {
        const Run login = cli(server() << QStringLiteral("--json") << QStringLiteral("login")
                                       << QStringLiteral("nmg_hosp") << QStringLiteral("--dev-captcha")
                                       << QStringLiteral("--password-stdin") << QStringLiteral("--remember"),
                              DemoPassword.toUtf8() + '\n');
        QVERIFY2(login.exitCode == 0, login.describe());
        QCOMPARE(login.json().value(QLatin1String("account")).toObject().value(QLatin1String("login")).toString(),
                 QStringLiteral("nmg_hosp"));
        QVERIFY(!login.json().contains(QLatin1String("token")));   // never printed
        QVERIFY(!login.out.contains(QLatin1String("Bearer")));

        // No server flags: the remembered profile and login are used.
        const Run me = cli({QStringLiteral("--json"), QStringLiteral("me")});
        QVERIFY2(me.exitCode == 0, me.describe());
        const QJsonObject session = me.json();
        QCOMPARE(session.value(QLatin1String("account")).toObject().value(QLatin1String("login")).toString(),
                 QStringLiteral("nmg_hosp"));
        QCOMPARE(session.value(QLatin1String("account")).toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("unit"));
        QVERIFY(session.value(QLatin1String("permissions")).toArray().contains(QStringLiteral("basic.roles")));
        QVERIFY(!session.value(QLatin1String("unit")).toObject().value(QLatin1String("name")).toString().isEmpty());

        const Run human = cli({QStringLiteral("--lang"), QStringLiteral("zh-CN"), QStringLiteral("me")});
        QVERIFY2(human.exitCode == 0, human.describe());
        QVERIFY(human.out.contains(QStringLiteral("nmg_hosp")));
        QVERIFY(human.out.contains(QStringLiteral("basic.roles")));

        const Run perms = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("permissions")});
        QVERIFY2(perms.exitCode == 0, perms.describe());
        QVERIFY(perms.out.contains(QStringLiteral("(basic.roles)")));
        QVERIFY2(perms.out.contains(QStringLiteral("\n  ")), "children are indented");
        const Run permsZh = cli({QStringLiteral("--lang"), QStringLiteral("zh-CN"), QStringLiteral("permissions")});
        QVERIFY(permsZh.out.contains(QStringLiteral("基础设置")));
        QVERIFY(permsZh.out != perms.out);

        // A second remembered login, of a distributor: --as picks whose catalog
        // (the menus of its unit's kind) permissions shows.
        const Run second = cli(server() << QStringLiteral("--json") << QStringLiteral("login")
                                        << QStringLiteral("js_dist") << QStringLiteral("--dev-captcha")
                                        << QStringLiteral("--password-stdin") << QStringLiteral("--remember"),
                               DemoPassword.toUtf8() + '\n');
        QVERIFY2(second.exitCode == 0, second.describe());
        const auto codesAs = [this](const QString &login) {
            const Run r = cli({QStringLiteral("--json"), QStringLiteral("--as"), login, QStringLiteral("permissions")});
            return QString::fromUtf8(QJsonDocument::fromJson(r.out.toUtf8()).toJson(QJsonDocument::Compact));
        };
        QVERIFY(codesAs(QStringLiteral("nmg_hosp")).contains(QStringLiteral("\"basic.institution_info\"")));
        QVERIFY(!codesAs(QStringLiteral("js_dist")).contains(QStringLiteral("\"basic.institution_info\"")));
        QVERIFY(codesAs(QStringLiteral("js_dist")).contains(QStringLiteral("\"drug.purchase.delivery\"")));
        QVERIFY(cli({QStringLiteral("--as"), QStringLiteral("js_dist"), QStringLiteral("logout")}).exitCode == 0);

        const Run logout = cli({QStringLiteral("--as"), QStringLiteral("nmg_hosp"), QStringLiteral("logout")});
        QVERIFY2(logout.exitCode == 0, logout.describe());

        const Run after = cli({QStringLiteral("--json"), QStringLiteral("me")});
        QVERIFY2(after.exitCode == 4, after.describe());
        QCOMPARE(after.errJson().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("not_logged_in"));
    }

    void changePasswordReportsServerRules()
    {
        const Run login = cli(server() << QStringLiteral("login") << QStringLiteral("js_group")
                                       << QStringLiteral("--dev-captcha") << QStringLiteral("--password-stdin")
                                       << QStringLiteral("--remember"),
                              DemoPassword.toUtf8() + '\n');
        QVERIFY2(login.exitCode == 0, login.describe());
        const Run wrongOld = cli({QStringLiteral("change-password"), QStringLiteral("--password-stdin")},
                                 "Not@The0ld1\nBrand@New2027\n");
        QVERIFY2(wrongOld.exitCode == 1, wrongOld.describe());
        QVERIFY2(wrongOld.err.contains(QStringLiteral("wrong_password")), wrongOld.describe());
        const Run weak = cli({QStringLiteral("--json"), QStringLiteral("change-password"),
                              QStringLiteral("--password-stdin")},
                             DemoPassword.toUtf8() + "\nshort\n");
        QVERIFY2(weak.exitCode == 1, weak.describe());
        QCOMPARE(weak.errJson().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("weak_password"));
        const Run missing = cli({QStringLiteral("change-password"), QStringLiteral("--password-stdin")},
                                DemoPassword.toUtf8() + '\n');
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(cli({QStringLiteral("logout")}).exitCode == 0);
    }

    void revokedRememberedSessionIsForgotten()
    {
        const Run login = cli(server() << QStringLiteral("login") << QStringLiteral("nmg_hosp")
                                       << QStringLiteral("--dev-captcha") << QStringLiteral("--password-stdin")
                                       << QStringLiteral("--remember"),
                              DemoPassword.toUtf8() + '\n');
        QVERIFY2(login.exitCode == 0, login.describe());
        // A password change from another session revokes every other session, the CLI's too.
        const QString other = m_server->loginToken(QStringLiteral("nmg_hosp"), DemoPassword);
        QVERIFY(!other.isEmpty());
        const QString temporary = QStringLiteral("Temp@Pass2027");
        auto change = [&](const QString &from, const QString &to) {
            return m_server->request("PUT", QStringLiteral("/me/password"),
                                     QJsonObject{{QStringLiteral("old_password"), from},
                                                 {QStringLiteral("new_password"), to}},
                                     other).status;
        };
        // The demo password is kept for the tests that follow: it cannot be
        // chosen again (it is printed in the README), so its hash is put back.
        const QString hashQuery = QStringLiteral("SELECT c.password_hash FROM credentials c JOIN accounts a"
                                                 " ON a.credential_id = c.id WHERE a.login = 'nmg_hosp'");
        QString demoHash;
        {
            QString error;
            QVERIFY2(zc::test::TestServer::openDatabase(QStringLiteral("cli-demo-hash"), m_server->dataDir(), &error), qPrintable(error));
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("cli-demo-hash")));
            QVERIFY(q.exec(hashQuery) && q.next());
            demoHash = q.value(0).toString();
        }
        QCOMPARE(change(DemoPassword, temporary), 204);
        QCOMPARE(change(temporary, DemoPassword), 422);   // weak_password: a published password
        {
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("cli-demo-hash")));
            QVERIFY(q.prepare(QStringLiteral("UPDATE credentials SET password_hash = ? WHERE id ="
                                             " (SELECT credential_id FROM accounts WHERE login = 'nmg_hosp')")));
            q.addBindValue(demoHash);
            QVERIFY(q.exec());
            QCOMPARE(q.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cli-demo-hash"));

        const Run expired = cli({QStringLiteral("--json"), QStringLiteral("me")});
        QVERIFY2(expired.exitCode == 4, expired.describe());   // not signed in any more
        QCOMPARE(expired.errJson().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("unauthenticated"));
        const Run after = cli({QStringLiteral("--json"), QStringLiteral("me")});
        QVERIFY2(after.exitCode == 4, after.describe());
        QCOMPARE(after.errJson().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("not_logged_in"));
    }

    void handlerChoosesUnit()
    {
        const Run login = cli(server() << QStringLiteral("--json") << QStringLiteral("login")
                                       << QStringLiteral("15947113333") << QStringLiteral("--dev-captcha")
                                       << QStringLiteral("--password-stdin") << QStringLiteral("--remember"),
                              DemoPassword.toUtf8() + '\n');
        QVERIFY2(login.exitCode == 0, login.describe());
        const QJsonObject choice = login.json().value(QLatin1String("unit_choice")).toObject();
        QVERIFY2(choice.value(QLatin1String("required")).toBool(), login.describe());
        const QJsonArray options = choice.value(QLatin1String("options")).toArray();
        QVERIFY(options.size() >= 2);
        const QString unitId = QString::number(options.at(1).toObject().value(QLatin1String("id")).toInteger());

        const Run bad = cli({QStringLiteral("choose-unit"), QStringLiteral("abc")});
        QCOMPARE(bad.exitCode, 2);
        // Refused by the server's gate (403) until the unit is chosen: exit 5, the error as JSON on stderr.
        const Run gated = cli({QStringLiteral("--json"), QStringLiteral("roles")});
        QCOMPARE(gated.exitCode, 5);
        QVERIFY2(gated.out.isEmpty(), gated.describe());
        QCOMPARE(gated.errJson().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("unit_choice_required"));

        const Run chosen = cli({QStringLiteral("--json"), QStringLiteral("choose-unit"), unitId});
        QVERIFY2(chosen.exitCode == 0, chosen.describe());
        QCOMPARE(QString::number(chosen.json().value(QLatin1String("unit")).toObject().value(QLatin1String("id")).toInteger()),
                 unitId);
        QCOMPARE(chosen.json().value(QLatin1String("account")).toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("handler"));
        QVERIFY(cli({QStringLiteral("logout")}).exitCode == 0);
    }

    void badPasswordExitsOneWithServerMessage()
    {
        const Run r = cli(server() << QStringLiteral("--lang") << QStringLiteral("en") << QStringLiteral("login")
                                   << QStringLiteral("nobody_cli") << QStringLiteral("--dev-captcha")
                                   << QStringLiteral("--password-stdin"),
                          "Wrong@Pass1\n");
        QCOMPARE(r.exitCode, 4);   // the credentials refused (401)
        QVERIFY2(r.err.contains(QStringLiteral("invalid_credentials")), r.describe());
        // The server's own (English) sentence is printed.
        const auto captcha = m_server->solvedCaptcha();
        const auto direct = m_server->request("POST", QStringLiteral("/sessions"),
                                              QJsonObject{{QStringLiteral("login"), QStringLiteral("nobody_cli2")},
                                                          {QStringLiteral("password"), QStringLiteral("Wrong@Pass1")},
                                                          {QStringLiteral("captcha_id"), captcha.id},
                                                          {QStringLiteral("captcha_answer"), captcha.answer}},
                                              {}, {{"Accept-Language", "en"}});
        const QString message = direct.object().value(QLatin1String("error")).toObject()
                                    .value(QLatin1String("message")).toString();
        QVERIFY(!message.isEmpty());
        QVERIFY2(r.err.contains(message), r.describe());
    }

    void captchaIsDrawnAndAnswerReadFromStdin()
    {
        const Run r = cli(server() << QStringLiteral("--json") << QStringLiteral("login")
                                   << QStringLiteral("nmg_hosp") << QStringLiteral("--password-stdin"),
                          DemoPassword.toUtf8() + "\nWRONG-ANSWER\n");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errJson().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("captcha_invalid"));
        const bool drawn = r.err.contains(QChar(0x2580)) || r.err.contains(QChar(0x2584)) || r.err.contains(QChar(0x2588));
        QVERIFY2(drawn, r.describe());
    }

    void untrustedServerExitsThreeWithFingerprint()
    {
        const Run r = cli({QStringLiteral("--server"), m_server->baseUrl().toString(), QStringLiteral("health")});
        QVERIFY2(r.exitCode == 3, r.describe());
        QFile f(m_server->dataDir() + QStringLiteral("/tls/server.pem"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QSslCertificate leaf = QSslCertificate::fromData(f.readAll(), QSsl::Pem).value(0);
        QVERIFY(!leaf.isNull());
        const QString fingerprint = QString::fromLatin1(leaf.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        QVERIFY2(r.err.contains(fingerprint), r.describe());
        QVERIFY2(r.err.contains(QStringLiteral("untrusted issuer")), r.describe());

        const Run j = cli({QStringLiteral("--json"), QStringLiteral("--server"), m_server->baseUrl().toString(),
                           QStringLiteral("health")});
        QCOMPARE(j.exitCode, 3);
        QCOMPARE(j.errJson().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("tls_error"));
        const QJsonArray problems = j.errJson().value(QLatin1String("tls_problems")).toArray();
        QVERIFY(!problems.isEmpty());
        bool found = false;
        for (const QJsonValue &p : problems)
            found = found || p.toObject().value(QLatin1String("sha256")).toString() == fingerprint;
        QVERIFY(found);
    }

    void unreachableServerExitsThree()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const Run r = cli({QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:%1").arg(port),
                           QStringLiteral("health")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("network_error")), r.describe());
    }

    // ------------------------------------------------------------ administration commands

    void rolesAndAssignmentFromTheCommandLine()
    {
        QVERIFY(signIn(QStringLiteral("js_hosp")));
        const Run created = cli(server() << QStringLiteral("--json") << QStringLiteral("role-create")
                                         << QStringLiteral("命令行角色") << QStringLiteral("--permissions")
                                         << QStringLiteral("basic.roles, basic.accounts") << QStringLiteral("--remark")
                                         << QStringLiteral("由 CLI 创建"));
        QVERIFY2(created.exitCode == 0, created.describe());
        const qint64 roleId = created.json().value(QLatin1String("id")).toInteger();
        QVERIFY(roleId > 0);
        QCOMPARE(created.json().value(QLatin1String("permissions")).toArray().size(), 2);

        const Run taken = cli(server() << QStringLiteral("role-create") << QStringLiteral("命令行角色")
                                       << QStringLiteral("--permissions") << QStringLiteral("basic.roles"));
        QCOMPARE(taken.exitCode, 1);
        QVERIFY2(taken.err.contains(QStringLiteral("role_name_taken")), taken.describe());

        const Run listed = cli(server() << QStringLiteral("--json") << QStringLiteral("roles") << QStringLiteral("--name")
                                        << QStringLiteral("命令行"));
        QVERIFY2(listed.exitCode == 0, listed.describe());
        QCOMPARE(listed.json().value(QLatin1String("total")).toInt(), 1);
        const Run table = cli(server() << QStringLiteral("--lang") << QStringLiteral("en") << QStringLiteral("roles"));
        QVERIFY2(table.exitCode == 0, table.describe());
        QVERIFY(table.out.contains(QStringLiteral("命令行角色")));
        QVERIFY(table.out.contains(QStringLiteral("in all")));

        const Run updated = cli(server() << QStringLiteral("--json") << QStringLiteral("role-update")
                                         << QString::number(roleId) << QStringLiteral("--remark")
                                         << QStringLiteral("改过"));
        QVERIFY2(updated.exitCode == 0, updated.describe());
        QCOMPARE(updated.json().value(QLatin1String("remark")).toString(), QStringLiteral("改过"));
        QCOMPARE(updated.json().value(QLatin1String("name")).toString(), QStringLiteral("命令行角色"));   // kept

        const Run offered = cli(server() << QStringLiteral("--json") << QStringLiteral("role-accounts")
                                         << QString::number(roleId) << QStringLiteral("--unassigned"));
        QVERIFY2(offered.exitCode == 0, offered.describe());
        const QJsonArray candidates = offered.json().value(QLatin1String("items")).toArray();
        QCOMPARE(candidates.size(), 1);
        const qint64 handlerId = candidates.first().toObject().value(QLatin1String("id")).toInteger();

        // Bulk: one new, one unknown; then again: nothing new.
        const Run assigned = cli(server() << QStringLiteral("--json") << QStringLiteral("assign")
                                          << QString::number(roleId) << QString::number(handlerId)
                                          << QStringLiteral("99999"));
        QCOMPARE(assigned.exitCode, 7);   // some failed, the others were done
        QCOMPARE(assigned.json().value(QLatin1String("changed")).toArray(), QJsonArray{handlerId});
        const QJsonArray failed = assigned.json().value(QLatin1String("failed")).toArray();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().toObject().value(QLatin1String("account_id")).toInteger(), 99999);
        QCOMPARE(failed.first().toObject().value(QLatin1String("code")).toString(), QStringLiteral("not_found"));
        const Run again = cli(server() << QStringLiteral("--lang") << QStringLiteral("en") << QStringLiteral("assign")
                                       << QString::number(roleId) << QString::number(handlerId));
        QVERIFY2(again.exitCode == 0, again.describe());
        QVERIFY2(again.out.contains(QStringLiteral("assigned to 0 account")), again.describe());
        QVERIFY(again.out.contains(QStringLiteral("already held it: %1").arg(handlerId)));

        const Run unassigned = cli(server() << QStringLiteral("--json") << QStringLiteral("unassign")
                                            << QString::number(roleId) << QString::number(handlerId));
        QVERIFY2(unassigned.exitCode == 0, unassigned.describe());
        QCOMPARE(unassigned.json().value(QLatin1String("changed")).toArray(), QJsonArray{handlerId});

        const Run audit = cli(server() << QStringLiteral("--json") << QStringLiteral("audit") << QStringLiteral("--action")
                                       << QStringLiteral("role.assign") << QStringLiteral("--from")
                                       << QDate::currentDate().addDays(-1).toString(Qt::ISODate));
        QVERIFY2(audit.exitCode == 0, audit.describe());
        QCOMPARE(audit.json().value(QLatin1String("total")).toInt(), 1);
        QCOMPARE(audit.json().value(QLatin1String("items")).toArray().first().toObject()
                     .value(QLatin1String("target_id")).toInteger(),
                 roleId);

        const Run unconfirmed = cli(server() << QStringLiteral("role-delete") << QString::number(roleId));
        QCOMPARE(unconfirmed.exitCode, 2);   // not on a terminal: --yes says it
        const Run deleted = cli(server() << QStringLiteral("--json") << QStringLiteral("role-delete")
                                         << QString::number(roleId) << QStringLiteral("--yes"));
        QVERIFY2(deleted.exitCode == 0, deleted.describe());
        const Run gone = cli(server() << QStringLiteral("role-show") << QString::number(roleId));
        QCOMPARE(gone.exitCode, 1);
        QVERIFY(gone.err.contains(QStringLiteral("not_found")));
    }

    void handlerLifecycleFromTheCommandLine()
    {
        QVERIFY(signIn(QStringLiteral("nmg_hosp")));
        const QString phone = QStringLiteral("13800138011");
        const Run sent = cli(server() << QStringLiteral("--json") << QStringLiteral("sms-code") << phone
                                      << QStringLiteral("--purpose") << QStringLiteral("add_handler")
                                      << QStringLiteral("--dev-captcha"));
        QVERIFY2(sent.exitCode == 0, sent.describe());
        QVERIFY(sent.json().value(QLatin1String("resend_after")).toInt() > 0);
        const QString code = smsCode(phone);
        QVERIFY(!code.isEmpty());

        const Run added = cli(server() << QStringLiteral("--json") << QStringLiteral("handler-add") << phone
                                       << QStringLiteral("周敏") << QStringLiteral("--sms-code") << code);
        QVERIFY2(added.exitCode == 0, added.describe());
        const QString id = QString::number(added.json().value(QLatin1String("id")).toInteger());
        QCOMPARE(added.json().value(QLatin1String("kind")).toString(), QStringLiteral("handler"));

        const Run found = cli(server() << QStringLiteral("--json") << QStringLiteral("handlers") << QStringLiteral("--q")
                                       << QStringLiteral("周敏"));
        QVERIFY2(found.exitCode == 0, found.describe());
        QCOMPARE(found.json().value(QLatin1String("total")).toInt(), 1);

        const Run renamed = cli(server() << QStringLiteral("--json") << QStringLiteral("handler-rename") << id
                                         << QStringLiteral("周敏敏"));
        QVERIFY2(renamed.exitCode == 0, renamed.describe());
        QCOMPARE(renamed.json().value(QLatin1String("name")).toString(), QStringLiteral("周敏敏"));
        const Run disabled = cli(server() << QStringLiteral("--json") << QStringLiteral("handler-disable") << id);
        QVERIFY2(disabled.exitCode == 0, disabled.describe());
        QCOMPARE(disabled.json().value(QLatin1String("status")).toString(), QStringLiteral("disabled"));
        const Run onlyDisabled = cli(server() << QStringLiteral("--json") << QStringLiteral("handlers")
                                              << QStringLiteral("--status") << QStringLiteral("disabled"));
        QCOMPARE(onlyDisabled.json().value(QLatin1String("total")).toInt(), 1);
        const Run enabled = cli(server() << QStringLiteral("--json") << QStringLiteral("handler-enable") << id);
        QCOMPARE(enabled.json().value(QLatin1String("status")).toString(), QStringLiteral("active"));
        const Run reset = cli(server() << QStringLiteral("handler-reset-password") << id);
        QVERIFY2(reset.exitCode == 0, reset.describe());

        const Run unknown = cli(server() << QStringLiteral("handler-disable") << QStringLiteral("99999"));
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("not_found")), unknown.describe());
        const Run deleted = cli(server() << QStringLiteral("handler-delete") << id << QStringLiteral("--yes"));
        QVERIFY2(deleted.exitCode == 0, deleted.describe());
        const Run none = cli(server() << QStringLiteral("--json") << QStringLiteral("handlers") << QStringLiteral("--q")
                                      << phone);
        QCOMPARE(none.json().value(QLatin1String("total")).toInt(), 0);
    }

    void syncThenExportCsvAndJson()
    {
        QVERIFY(signIn(QStringLiteral("js_group")));
        const Run noCache = cli(server() << QStringLiteral("--json") << QStringLiteral("export")
                                         << QStringLiteral("roles") << QStringLiteral("--cache"));
        QCOMPARE(noCache.exitCode, 1);
        QCOMPARE(noCache.errJson().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("no_cache"));

        // A remark that needs quoting in CSV.
        const Run created = cli(server() << QStringLiteral("--json") << QStringLiteral("role-create")
                                         << QStringLiteral("导出,角色") << QStringLiteral("--permissions")
                                         << QStringLiteral("drug.listing") << QStringLiteral("--remark")
                                         << QStringLiteral("说 \"你好\"\n第二行"));
        QVERIFY2(created.exitCode == 0, created.describe());

        const Run full = cli(server() << QStringLiteral("--json") << QStringLiteral("sync"));
        QVERIFY2(full.exitCode == 0, full.describe());
        QCOMPARE(full.json().value(QLatin1String("kind")).toString(), QStringLiteral("full"));
        const QJsonObject counts = full.json().value(QLatin1String("counts")).toObject();
        QCOMPARE(counts.value(QLatin1String("roles")).toInt(), 2);   // 挂网专员 and the new one
        QCOMPARE(counts.value(QLatin1String("handlers")).toInt(), 2);
        QVERIFY(QFile::exists(full.json().value(QLatin1String("cache")).toString()));

        const Run incremental = cli(server() << QStringLiteral("--json") << QStringLiteral("sync"));
        QVERIFY2(incremental.exitCode == 0, incremental.describe());
        QCOMPARE(incremental.json().value(QLatin1String("kind")).toString(), QStringLiteral("incremental"));
        QCOMPARE(incremental.json().value(QLatin1String("items")).toInt(), 0);

        const Run csv = cli(server() << QStringLiteral("export") << QStringLiteral("roles"));
        QVERIFY2(csv.exitCode == 0, csv.describe());
        QVERIFY(csv.out.startsWith(QStringLiteral("id,name,remark,permissions,account_count,created_by,created_at,"
                                                  "updated_at\r\n")));
        const QString quoted = QStringLiteral(",\"导出,角色\",\"说 \"\"你好\"\"\n第二行\",drug.listing.apply;");
        QVERIFY2(csv.out.contains(quoted), qPrintable(csv.out));
        QCOMPARE(csv.out.count(QStringLiteral("\r\n")), 3);   // header and two records
        QVERIFY(!csv.out.startsWith(QChar(0xFEFF)));
        // --json on its own: the data itself as JSON, not CSV.
        const Run asJson = cli(server() << QStringLiteral("--json") << QStringLiteral("export") << QStringLiteral("roles"));
        QVERIFY2(asJson.exitCode == 0, asJson.describe());
        const QJsonDocument exportedJson = QJsonDocument::fromJson(asJson.out.toUtf8());
        QVERIFY2(exportedJson.isArray() && exportedJson.array().size() == 2, asJson.describe());
        QCOMPARE(exportedJson.array().at(0).toObject().value(QLatin1String("name")).toString().isEmpty(), false);

        // A write shows in the export before the next sync.
        const Run second = cli(server() << QStringLiteral("--json") << QStringLiteral("role-create")
                                        << QStringLiteral("写后导出") << QStringLiteral("--permissions")
                                        << QStringLiteral("drug.listing"));
        QVERIFY2(second.exitCode == 0, second.describe());
        const QString file = m_home->filePath(QStringLiteral("roles.csv"));
        const Run toFile = cli(server() << QStringLiteral("--json") << QStringLiteral("export") << QStringLiteral("roles")
                                        << QStringLiteral("--bom") << QStringLiteral("-o") << file);
        QVERIFY2(toFile.exitCode == 0, toFile.describe());
        QCOMPARE(toFile.json().value(QLatin1String("exported")).toInt(), 3);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "id,name,"));
        QVERIFY(bytes.contains(QStringLiteral("写后导出").toUtf8()));

        // Spreadsheet safety: a name or remark that a spreadsheet would run
        // as a formula is written as text (a leading apostrophe, OWASP).
        const Run formula = cli(server() << QStringLiteral("--json") << QStringLiteral("role-create")
                                         << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("--permissions")
                                         << QStringLiteral("drug.listing") << QStringLiteral("--remark")
                                         << QStringLiteral("@SUM(A1)"));
        QVERIFY2(formula.exitCode == 0, formula.describe());
        const QString guarded = m_home->filePath(QStringLiteral("guarded.csv"));
        QVERIFY2(cli(server() << QStringLiteral("export") << QStringLiteral("roles") << QStringLiteral("-o") << guarded)
                         .exitCode == 0,
                 "export");
        QFile g(guarded);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(g.readAll());
        QVERIFY2(written.contains(QStringLiteral(",\"'=HYPERLINK(\"\"x\"\")\",\"'@SUM(A1)\",")), qPrintable(written));
        for (const QString &line : written.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
            for (const QString &cell : line.split(u','))
                QVERIFY2(!cell.startsWith(u'=') && !cell.startsWith(u'@') && !cell.startsWith(u'+'), qPrintable(line));
        }
        QCOMPARE(cli(server() << QStringLiteral("role-delete")
                              << QString::number(formula.json().value(QLatin1String("id")).toInteger())
                              << QStringLiteral("--yes"))
                     .exitCode,
                 0);   // the counts below are of the roles before it

        const Run handlers = cli(server() << QStringLiteral("export") << QStringLiteral("handlers")
                                          << QStringLiteral("--format") << QStringLiteral("json"));
        QVERIFY2(handlers.exitCode == 0, handlers.describe());
        const QJsonArray items = QJsonDocument::fromJson(handlers.out.toUtf8()).array();
        QCOMPARE(items.size(), 2);
        for (const QJsonValue &v : items) {
            QCOMPARE(v.toObject().value(QLatin1String("kind")).toString(), QStringLiteral("handler"));
            QVERIFY(v.toObject().value(QLatin1String("role_names")).toArray().contains(QStringLiteral("挂网专员")));
        }

        const Run again = cli(server() << QStringLiteral("--json") << QStringLiteral("sync") << QStringLiteral("--full"));
        QVERIFY2(again.exitCode == 0, again.describe());
        QCOMPARE(again.json().value(QLatin1String("kind")).toString(), QStringLiteral("full"));
        QCOMPARE(again.json().value(QLatin1String("counts")).toObject().value(QLatin1String("roles")).toInt(), 3);
    }

    void writeToABrokenCacheWarnsAndSucceeds()
    {
        QVERIFY(signIn(QStringLiteral("nmg_hosp")));
        const Run synced = cli(server() << QStringLiteral("--json") << QStringLiteral("sync"));
        QVERIFY2(synced.exitCode == 0, synced.describe());
        const QString path = synced.json().value(QLatin1String("cache")).toString();
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        QFile cache(path);
        QVERIFY(cache.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cache.write(QByteArray(8192, 'x'));
        cache.close();

        const Run created = cli(server() << QStringLiteral("--json") << QStringLiteral("role-create")
                                         << QStringLiteral("缓存坏了") << QStringLiteral("--permissions")
                                         << QStringLiteral("basic.roles"));
        QVERIFY2(created.exitCode == 0, created.describe());
        QCOMPARE(created.json().value(QLatin1String("name")).toString(), QStringLiteral("缓存坏了"));
        QVERIFY2(created.err.contains(QStringLiteral("Warning: the local cache could not be updated")),
                 created.describe());
    }

    void syncWithoutAnswerExitsThreeAndKeepsTheCache()
    {
        QVERIFY(signIn(QStringLiteral("js_dist")));
        const Run first = cli(server() << QStringLiteral("--json") << QStringLiteral("sync"));
        QVERIFY2(first.exitCode == 0, first.describe());
        // The same profile (its id keys the keychain entry and the cache) on an address where nobody answers.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 deadPort = probe.serverPort();
        probe.close();
        const QString path = m_home->filePath(QStringLiteral("dead-profile.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{
                                  {QStringLiteral("id"), QStringLiteral("127.0.0.1:%1").arg(m_server->baseUrl().port())},
                                  {QStringLiteral("name"), QStringLiteral("gone")},
                                  {QStringLiteral("url"), QStringLiteral("https://127.0.0.1:%1").arg(deadPort)},
                                  {QStringLiteral("ca_pem"), QString::fromUtf8(m_server->caPem())}})
                    .toJson());
        f.close();
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("--profile-file"), path, QStringLiteral("--as"),
                           QStringLiteral("js_dist"), QStringLiteral("sync")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errJson().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("network_error"));
        // The cache of the last sync is still there to export.
        const Run exported = cli({QStringLiteral("--profile-file"), path, QStringLiteral("--as"),
                                  QStringLiteral("js_dist"), QStringLiteral("export"), QStringLiteral("roles")});
        QVERIFY2(exported.exitCode == 0, exported.describe());
        QVERIFY(exported.out.contains(QStringLiteral("配送员")));
    }

    void registerAuthenticateAndResetFromTheCommandLine()
    {
        const QString phone = QStringLiteral("13800138021");
        const Run sent = cli(server() << QStringLiteral("sms-code") << phone << QStringLiteral("--purpose")
                                      << QStringLiteral("register") << QStringLiteral("--dev-captcha"));
        QVERIFY2(sent.exitCode == 0, sent.describe());
        const QString password = QStringLiteral("Zijin@2026cli");
        const Run registered = cli(server() << QStringLiteral("--json") << QStringLiteral("register")
                                            << QStringLiteral("zijin_cli") << QStringLiteral("--method")
                                            << QStringLiteral("e_license") << QStringLiteral("--uscc")
                                            << QStringLiteral("91320100MA27H6W42Y") << QStringLiteral("--unit-name")
                                            << QStringLiteral("南京紫金医疗器械有限公司")
                                            << QStringLiteral("--legal-rep-name") << QStringLiteral("钱雨婷")
                                            << QStringLiteral("--legal-rep-id") << QStringLiteral("320113199003060264")
                                            << QStringLiteral("--phone") << phone << QStringLiteral("--sms-code")
                                            << smsCode(phone) << QStringLiteral("--password-stdin"),
                                   password.toUtf8() + '\n');
        QVERIFY2(registered.exitCode == 0, registered.describe());
        QCOMPARE(registered.json().value(QLatin1String("kind")).toString(), QStringLiteral("unit"));

        const Run login = cli(server() << QStringLiteral("login") << QStringLiteral("zijin_cli")
                                       << QStringLiteral("--dev-captcha") << QStringLiteral("--password-stdin")
                                       << QStringLiteral("--remember"),
                              password.toUtf8() + '\n');
        QVERIFY2(login.exitCode == 0, login.describe());
        const Run mismatch = cli(server() << QStringLiteral("unit-auth") << QStringLiteral("manufacturer")
                                          << QStringLiteral("SC32010000099"));
        QCOMPARE(mismatch.exitCode, 1);
        QVERIFY2(mismatch.err.contains(QStringLiteral("unit_code_mismatch")), mismatch.describe());
        const Run authenticated = cli(server() << QStringLiteral("--json") << QStringLiteral("unit-auth")
                                               << QStringLiteral("manufacturer") << QStringLiteral("SC32010000051"));
        QVERIFY2(authenticated.exitCode == 0, authenticated.describe());
        QCOMPARE(authenticated.json().value(QLatin1String("verified")).toBool(), true);

        const Run resend = cli(server() << QStringLiteral("--json") << QStringLiteral("sms-code") << phone
                                        << QStringLiteral("--purpose") << QStringLiteral("reset_password")
                                        << QStringLiteral("--dev-captcha"));
        QCOMPARE(resend.exitCode, 1);   // one code per phone per minute
        QCOMPARE(resend.errJson().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("rate_limited"));
        QVERIFY(resend.errJson().value(QLatin1String("error")).toObject().value(QLatin1String("retry_after")).toInt() > 0);
    }

    void resetPasswordFromTheCommandLine()
    {
        const QString phone = QStringLiteral("13951002222");   // 赵敏, a handler of js_group
        const Run sent = cli(server() << QStringLiteral("sms-code") << phone << QStringLiteral("--purpose")
                                      << QStringLiteral("reset_password") << QStringLiteral("--dev-captcha"));
        QVERIFY2(sent.exitCode == 0, sent.describe());
        const QString fresh = QStringLiteral("Zhaomin@2027");
        const Run wrong = cli(server() << QStringLiteral("reset-password") << phone << QStringLiteral("--sms-code")
                                       << (smsCode(phone) == QLatin1String("123456") ? QStringLiteral("654321")
                                                                                    : QStringLiteral("123456"))
                                       << QStringLiteral("--password-stdin"),
                              fresh.toUtf8() + '\n');
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("sms_code_invalid")), wrong.describe());
        const Run reset = cli(server() << QStringLiteral("reset-password") << phone << QStringLiteral("--sms-code")
                                       << smsCode(phone) << QStringLiteral("--password-stdin"),
                              fresh.toUtf8() + '\n');
        QVERIFY2(reset.exitCode == 0, reset.describe());
        const Run login = cli(server() << QStringLiteral("login") << phone << QStringLiteral("--dev-captcha")
                                       << QStringLiteral("--password-stdin"),
                              fresh.toUtf8() + '\n');
        QVERIFY2(login.exitCode == 0, login.describe());
    }

    void csvQuotesAsRfc4180()
    {
        zc::cli::CsvWriter w;
        w.addRow({QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                  QStringLiteral("two\nlines"), QStringLiteral(" padded "), QString()});
        QCOMPARE(w.data(), QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded \",\r\n"));
        QCOMPARE(w.rows(), 1);
        zc::cli::CsvWriter bom(true);
        bom.addRow({QStringLiteral("名称")});
        QCOMPARE(bom.data(), QByteArray("\xEF\xBB\xBF") + QStringLiteral("名称\r\n").toUtf8());
    }

    void tableCountsChineseAsTwoColumns()
    {
        QCOMPARE(zc::cli::TextTable::displayWidth(QStringLiteral("陈静")), 4);
        QCOMPARE(zc::cli::TextTable::displayWidth(QStringLiteral("ab")), 2);
        zc::cli::TextTable t({QStringLiteral("Name"), QStringLiteral("X")});
        t.addRow({QStringLiteral("陈静"), QStringLiteral("1")});
        t.addRow({QStringLiteral("Li"), QStringLiteral("2")});
        const QStringList lines = t.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(2), QStringLiteral("陈静  1"));
        QCOMPARE(lines.at(3), QStringLiteral("Li    2"));
    }

    void helpComesFromTheCommandTable()
    {
        const Run overview = cli({QStringLiteral("--help")});
        QVERIFY2(overview.exitCode == 0, overview.describe());
        // The help is in English (cli() runs under en_US): it shows the English
        // catalog's wording (translations/zhaocai-cli_en.ts, which may differ from
        // the source text), so the table is read through that catalog too.
        QVERIFY(zc::sync::Language::install(QStringLiteral("zhaocai-cli"), QStringLiteral("en")));
        const auto untranslated = qScopeGuard([] {
            const auto ours = QCoreApplication::instance()->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
            for (QTranslator *translator : ours) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
        });
        const auto commands = zc::cli::createCommands();
        QStringList names;
        for (const auto &command : commands)
            names << command->name();
        for (const char *name : {"health", "login", "me", "logout", "choose-unit", "choose-institution",
                                 "change-password", "permissions", "sms-code", "register", "reset-password",
                                 "unit-auth", "handlers", "handler-add", "handler-rename", "handler-disable",
                                 "handler-enable", "handler-reset-password", "handler-delete", "roles", "role-show",
                                 "role-create", "role-update", "role-delete", "role-accounts", "assign", "unassign",
                                 "audit", "sync", "export"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        QCOMPARE(names.size(), QSet<QString>(names.begin(), names.end()).size());   // each name once
        for (const auto &command : commands) {
            const QString name = command->name();
            QVERIFY2(overview.out.contains(QStringLiteral("\n  ") + name + QLatin1Char(' '))
                         || overview.out.contains(QStringLiteral("\n  ") + name + QLatin1Char('\n')),
                     qPrintable(name));
            const Run help = cli({QStringLiteral("help"), name});
            QVERIFY2(help.exitCode == 0, help.describe());
            QVERIFY2(help.out.startsWith(QStringLiteral("Usage: zhaocai-cli [options] ") + name), help.describe());
            QVERIFY(help.out.contains(command->description().section(QLatin1Char('\n'), 0, 0)));
            for (const QCommandLineOption &option : command->options())
                QVERIFY2(help.out.contains(QStringLiteral("--") + option.names().constLast()), help.describe());
            const Run dashHelp = cli({name, QStringLiteral("--help")});
            QCOMPARE(dashHelp.exitCode, 0);
            QCOMPARE(dashHelp.out, help.out);
        }
        // --help-all: the overview and every command's help in one text.
        const Run all = cli({QStringLiteral("--help-all")});
        QCOMPARE(all.exitCode, 0);
        for (const auto &command : commands) {
            const Run one = cli({QStringLiteral("help"), command->name()});
            QVERIFY2(all.out.contains(one.out), qPrintable(command->name()));
        }
        QVERIFY(all.out.startsWith(overview.out));
        const Run unknown = cli({QStringLiteral("help"), QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("frobnicate")));
    }

    void speaksChineseUnlessTheSystemAsksForEnglish()
    {
        // A locale that names no language (C, as on a fresh Linux install): Chinese.
        const Run unknown = cli({QStringLiteral("frobnicate")}, {}, QStringLiteral("C.UTF-8"));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("未知命令“frobnicate”")), unknown.describe());
        const Run overview = cli({QStringLiteral("--help")}, {}, QStringLiteral("C.UTF-8"));
        QCOMPARE(overview.exitCode, 0);
        QVERIFY2(overview.out.startsWith(QStringLiteral("用法：")) && overview.out.contains(QStringLiteral("[选项]")),
                 overview.describe());
        QVERIFY(overview.out.contains(QStringLiteral("单位管理（使用保存的登录）：")));
        QVERIFY(overview.out.contains(QStringLiteral("--lang <LANG>")));
        const Run help = cli({QStringLiteral("help"), QStringLiteral("roles")}, {}, QStringLiteral("zh_CN.UTF-8"));
        QVERIFY2(help.out.startsWith(QStringLiteral("用法：zhaocai-cli [选项] roles")), help.describe());
        QVERIFY(help.out.contains(QStringLiteral("--page")));
        // English when the system asks for it, and --lang over the system either way.
        QVERIFY(cli({QStringLiteral("frobnicate")}).err.contains(QStringLiteral("unknown command 'frobnicate'")));
        QVERIFY(cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("frobnicate")}, {},
                    QStringLiteral("zh_CN.UTF-8"))
                    .err.contains(QStringLiteral("unknown command 'frobnicate'")));
        QVERIFY(cli({QStringLiteral("--lang=zh-CN"), QStringLiteral("frobnicate")})
                    .err.contains(QStringLiteral("未知命令“frobnicate”")));
        // A language we do not have is refused in the system's.
        const Run french = cli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("health")}, {},
                               QStringLiteral("C.UTF-8"));
        QCOMPARE(french.exitCode, 2);
        QVERIFY2(french.err.contains(QStringLiteral("--lang")) && french.err.contains(QStringLiteral("zh-CN")),
                 french.describe());
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("login without login") << QStringList{QStringLiteral("login")};
        QTest::newRow("http server") << QStringList{QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:1"),
                                                    QStringLiteral("health")};
        QTest::newRow("bad lang") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("health")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--insecure"), QStringLiteral("health")};
        QTest::newRow("missing ca file") << QStringList{QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:1"),
                                                        QStringLiteral("--ca"), QStringLiteral("/nonexistent.pem"),
                                                        QStringLiteral("health")};
        QTest::newRow("remember outside login") << QStringList{QStringLiteral("me"), QStringLiteral("--remember")};
        QTest::newRow("id not a number") << QStringList{QStringLiteral("choose-institution"), QStringLiteral("-3")};
        QTest::newRow("sms-code without purpose") << QStringList{QStringLiteral("sms-code"), QStringLiteral("13800138000")};
        QTest::newRow("unknown purpose") << QStringList{QStringLiteral("sms-code"), QStringLiteral("13800138000"),
                                                        QStringLiteral("--purpose"), QStringLiteral("spam")};
        QTest::newRow("handler-add without code") << QStringList{QStringLiteral("handler-add"), QStringLiteral("13800138000"),
                                                                 QStringLiteral("王五")};
        QTest::newRow("option of another command") << QStringList{QStringLiteral("roles"), QStringLiteral("--full")};
        QTest::newRow("bad status") << QStringList{QStringLiteral("handlers"), QStringLiteral("--status"), QStringLiteral("gone")};
        QTest::newRow("page zero") << QStringList{QStringLiteral("roles"), QStringLiteral("--page"), QStringLiteral("0")};
        QTest::newRow("assign without accounts") << QStringList{QStringLiteral("assign"), QStringLiteral("3")};
        QTest::newRow("export of something else") << QStringList{QStringLiteral("export"), QStringLiteral("units")};
        QTest::newRow("bom with json") << QStringList{QStringLiteral("export"), QStringLiteral("roles"), QStringLiteral("--format"),
                                                      QStringLiteral("json"), QStringLiteral("--bom")};
        QTest::newRow("role-update without change") << QStringList{QStringLiteral("role-update"), QStringLiteral("3")};
        QTest::newRow("bad audit time") << QStringList{QStringLiteral("audit"), QStringLiteral("--from"), QStringLiteral("yesterday")};
        QTest::newRow("unit kind") << QStringList{QStringLiteral("unit-auth"), QStringLiteral("hospital"), QStringLiteral("H1")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QVERIFY2(r.exitCode == 2, r.describe());
        QVERIFY(!r.err.isEmpty());
    }

    void loginWithoutPasswordIsUsageError()
    {
        const Run r = cli(server() << QStringLiteral("login") << QStringLiteral("nmg_hosp")
                                   << QStringLiteral("--password-stdin") << QStringLiteral("--dev-captcha"));
        QCOMPARE(r.exitCode, 2);
    }

    void captchaArtUsesHalfBlocks()
    {
        // White, with two 2x2 black squares and one lone black pixel (noise, dropped).
        QImage image(8, 4, QImage::Format_RGB32);
        image.fill(Qt::white);
        for (int y = 0; y < 2; ++y)
            for (int x = 0; x < 2; ++x) {
                image.setPixel(x, y, qRgb(0, 0, 0));
                image.setPixel(6 + x, 1 + y, qRgb(0, 0, 0));
            }
        image.setPixel(4, 3, qRgb(0, 0, 0));
        const QString art = zc::cli::CaptchaArt::render(image);
        const QStringList lines = art.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        const QChar full(0x2588), upper(0x2580), lower(0x2584);
        QCOMPARE(lines.at(0), QString(2, full) + QStringLiteral("    ") + QString(2, lower));
        QCOMPARE(lines.at(1), QStringLiteral("      ") + QString(2, upper));

        // Inverted colours give the same drawing: ink is the minority.
        image.invertPixels();
        QCOMPARE(zc::cli::CaptchaArt::render(image), art);

        // Wide images are scaled down to the column limit.
        QImage wide(300, 40, QImage::Format_RGB32);
        wide.fill(Qt::white);
        for (int x = 0; x < 300; x += 3)
            wide.setPixel(x, 20, qRgb(0, 0, 0));
        const QStringList wideLines = zc::cli::CaptchaArt::render(wide, 60).split(QLatin1Char('\n'));
        for (const QString &l : wideLines)
            QVERIFY(l.size() <= 60);
        QVERIFY(zc::cli::CaptchaArt::render(QImage()).isEmpty());
    }

private:
    QString m_bin;
    std::unique_ptr<zc::test::TestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
