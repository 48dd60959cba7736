// zhaocai-cli, the built binary ($ZC_CLI_BIN), against a real zhaocai-server.
// Runs inside a private keyring session (with-keyring.sh) for --remember; each
// run of the CLI gets a fresh HOME so its QSettings start empty.
#include "TestServer.h"

#include "CaptchaArt.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString DemoPassword = QStringLiteral("Demo@2026");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
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
    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral(".config")));
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
    void freshHome()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }

private Q_SLOTS:
    void initTestCase()
    {
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

        const Run logout = cli({QStringLiteral("logout")});
        QVERIFY2(logout.exitCode == 0, logout.describe());

        const Run after = cli({QStringLiteral("--json"), QStringLiteral("me")});
        QVERIFY2(after.exitCode == 1, after.describe());
        QCOMPARE(after.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
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
        QCOMPARE(weak.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
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
        QCOMPARE(change(DemoPassword, temporary), 204);
        QCOMPARE(change(temporary, DemoPassword), 204);

        const Run expired = cli({QStringLiteral("--json"), QStringLiteral("me")});
        QVERIFY2(expired.exitCode == 1, expired.describe());
        QCOMPARE(expired.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("unauthenticated"));
        const Run after = cli({QStringLiteral("--json"), QStringLiteral("me")});
        QVERIFY2(after.exitCode == 1, after.describe());
        QCOMPARE(after.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
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
        QCOMPARE(r.exitCode, 1);
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
        QCOMPARE(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
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
        QCOMPARE(j.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("tls_error"));
        const QJsonArray problems = j.json().value(QLatin1String("tls_problems")).toArray();
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
