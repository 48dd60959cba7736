// Server profiles (validation of what a person enters or imports, files, the
// QSettings store and its built-in default) and proxy settings.
#include "FixtureCert.h"

#include "sync/ProxySettings.h"
#include "sync/ServerProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using zc::sync::ProxySettings;
using zc::sync::ServerProfile;
using zc::sync::ServerProfileStore;

class TestServerProfile : public QObject
{
    Q_OBJECT

private:
    static QJsonObject valid()
    {
        return QJsonObject{{QStringLiteral("name"), QStringLiteral("江苏")},
                           {QStringLiteral("url"), QStringLiteral("https://zc.example.cn:8443")},
                           {QStringLiteral("ca_pem"), QString::fromLatin1(fixtureCertPem())}};
    }
    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("zhaocai-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_serverprofile"));
        qunsetenv("ZC_PROFILE_FILE");
        QVERIFY(m_demo.isValid());
        qputenv("ZC_DEMO_DIR", m_demo.path().toLocal8Bit());
    }
    void init()
    {
        QSettings().clear();
        qunsetenv("ZC_PROFILE_FILE");
    }
    void cleanupTestCase()
    {
        const QString file = QSettings().fileName();
        QSettings().clear();
        QFile::remove(file);
    }

    void fromJsonAcceptsHttpsProfileWithCa()
    {
        QString why = QStringLiteral("stale");
        const auto p = ServerProfile::fromJson(valid(), &why);
        QVERIFY2(p, qPrintable(why));
        QVERIFY(why.isEmpty());
        QCOMPARE(p->name, QStringLiteral("江苏"));
        QCOMPARE(p->url, QUrl(QStringLiteral("https://zc.example.cn:8443")));
        QCOMPARE(p->id, QStringLiteral("zc.example.cn:8443"));
        QCOMPARE(p->caCertificates().size(), 1);
        QCOMPARE(p->caCertificates().first().subjectInfo(QSslCertificate::CommonName).value(0),
                 QStringLiteral("zc test fixture CA"));
        QCOMPARE(p->apiUrl(QStringLiteral("/roles/3")),
                 QUrl(QStringLiteral("https://zc.example.cn:8443/api/v1/roles/3")));
    }

    void fromJsonKeepsGivenIdAndPathPrefix()
    {
        QJsonObject o = valid();
        o.insert(QStringLiteral("id"), QStringLiteral("jiangsu"));
        o.insert(QStringLiteral("url"), QStringLiteral("https://Gateway.Example.cn/zc/"));
        o.remove(QStringLiteral("ca_pem"));
        const auto p = ServerProfile::fromJson(o);
        QVERIFY(p);
        QCOMPARE(p->id, QStringLiteral("jiangsu"));
        QVERIFY(p->caPem.isEmpty());
        QVERIFY(p->caCertificates().isEmpty());
        QCOMPARE(p->apiUrl(QStringLiteral("/health")),
                 QUrl(QStringLiteral("https://gateway.example.cn/zc/api/v1/health")));
        QCOMPARE(ServerProfile::defaultIdFor(p->url), QStringLiteral("gateway.example.cn:443"));
    }

    void fromJsonRejects_data()
    {
        QTest::addColumn<QJsonObject>("profile");
        QTest::addColumn<QString>("why");
        auto with = [](const char *key, const QJsonValue &v) {
            QJsonObject o = valid();
            if (v.isUndefined())
                o.remove(QLatin1String(key));
            else
                o.insert(QLatin1String(key), v);
            return o;
        };
        QTest::newRow("http refused") << with("url", QStringLiteral("http://zc.example.cn:8443")) << "not_https";
        QTest::newRow("ftp refused") << with("url", QStringLiteral("ftp://zc.example.cn")) << "not_https";
        QTest::newRow("no host") << with("url", QStringLiteral("https:///api")) << "no_host";
        QTest::newRow("relative url") << with("url", QStringLiteral("zc.example.cn:8443")) << "not_https";
        QTest::newRow("missing url") << with("url", QJsonValue::Undefined) << "no_url";
        QTest::newRow("url not a string") << with("url", 8443) << "no_url";
        QTest::newRow("credentials in url") << with("url", QStringLiteral("https://u:p@zc.example.cn")) << "bad_url";
        QTest::newRow("query in url") << with("url", QStringLiteral("https://zc.example.cn/?x=1")) << "bad_url";
        QTest::newRow("missing name") << with("name", QJsonValue::Undefined) << "no_name";
        QTest::newRow("blank name") << with("name", QStringLiteral("   ")) << "no_name";
        QTest::newRow("ca not pem") << with("ca_pem", QStringLiteral("-----BEGIN CERTIFICATE-----\nnope\n"
                                                                     "-----END CERTIFICATE-----\n"))
                                    << "bad_ca";
        QTest::newRow("ca garbage") << with("ca_pem", QStringLiteral("hello")) << "bad_ca";
        QTest::newRow("ca not a string") << with("ca_pem", 42) << "bad_ca";
        QTest::newRow("ca too large")
            << with("ca_pem", QString::fromLatin1(fixtureCertPem().repeated(100))) << "ca_too_large";
        QTest::newRow("id not a string") << with("id", 7) << "bad_id";
    }
    void fromJsonRejects()
    {
        QFETCH(QJsonObject, profile);
        QFETCH(QString, why);
        QString actual;
        QVERIFY(!ServerProfile::fromJson(profile, &actual));
        QCOMPARE(actual, why);
    }

    void toJsonRoundTrips()
    {
        const auto p = ServerProfile::fromJson(valid());
        QVERIFY(p);
        const auto back = ServerProfile::fromJson(p->toJson());
        QVERIFY(back);
        QCOMPARE(back->id, p->id);
        QCOMPARE(back->name, p->name);
        QCOMPARE(back->url, p->url);
        QCOMPARE(back->caPem, p->caPem);
    }

    void fromFileReadsAProfileFile()
    {
        QTemporaryDir dir;
        // The shape scripts/demo.sh writes: no id, CA inline.
        const QString path = writeFile(dir, QStringLiteral("p.json"), QJsonDocument(valid()).toJson());
        QString why;
        const auto p = ServerProfile::fromFile(path, &why);
        QVERIFY2(p, qPrintable(why));
        QCOMPARE(p->name, QStringLiteral("江苏"));
        QCOMPARE(p->caCertificates().size(), 1);
    }

    // A CA file as a person picks it: PEM kept, DER (a Windows .cer) turned
    // into PEM, anything else refused with why; then a profile from the form.
    void caFilesAndFormsMakeProfiles()
    {
        QTemporaryDir dir;
        using Problem = ServerProfile::CaFileProblem;
        Problem problem = Problem::Unreadable;
        const QString pemPath = writeFile(dir, QStringLiteral("ca.pem"), fixtureCertPem());
        QCOMPARE(ServerProfile::readCaFile(pemPath, &problem), fixtureCertPem());
        QCOMPARE(problem, Problem::None);
        const QByteArray der = QSslCertificate(fixtureCertPem(), QSsl::Pem).toDer();
        const QString derPath = writeFile(dir, QStringLiteral("ca.cer"), der);
        const QByteArray fromDer = ServerProfile::readCaFile(derPath, &problem);
        QCOMPARE(problem, Problem::None);
        QCOMPARE(QSslCertificate(fromDer, QSsl::Pem).toDer(), der);
        QVERIFY(ServerProfile::readCaFile(writeFile(dir, QStringLiteral("x.pem"), "not a certificate"), &problem).isEmpty());
        QCOMPARE(problem, Problem::NotACertificate);
        const QByteArray huge = fixtureCertPem() + QByteArray(ServerProfile::MaxCaFileBytes, '\n');
        QVERIFY(ServerProfile::readCaFile(writeFile(dir, QStringLiteral("big.pem"), huge), &problem).isEmpty());
        QCOMPARE(problem, Problem::NotACertificate);
        QVERIFY(ServerProfile::readCaFile(dir.filePath(QStringLiteral("missing.pem")), &problem).isEmpty());
        QCOMPARE(problem, Problem::Unreadable);

        QString why;
        const auto p = ServerProfile::fromForm(QStringLiteral("江苏"), QStringLiteral("https://zc.example.cn:8443"), fromDer, &why);
        QVERIFY2(p, qPrintable(why));
        QCOMPARE(p->caName(), QStringLiteral("zc test fixture CA"));
        QCOMPARE(p->id, ServerProfile::defaultIdFor(QUrl(QStringLiteral("https://zc.example.cn:8443"))));
        const auto plain = ServerProfile::fromForm(QStringLiteral("内蒙古"), QStringLiteral("https://zc.example.cn"), {}, &why);
        QVERIFY(plain);
        QVERIFY(plain->caName().isEmpty());
        QVERIFY(!ServerProfile::fromForm(QStringLiteral("x"), QStringLiteral("http://zc.example.cn"), {}, &why));
        QVERIFY(!why.isEmpty());
    }

    void fromFileRejectsBadFiles()
    {
        QTemporaryDir dir;
        QString why;
        QVERIFY(!ServerProfile::fromFile(dir.filePath(QStringLiteral("missing.json")), &why));
        QCOMPARE(why, QStringLiteral("cannot_read"));

        QVERIFY(!ServerProfile::fromFile(writeFile(dir, QStringLiteral("a.json"), "{not json"), &why));
        QCOMPARE(why, QStringLiteral("bad_json"));

        QVERIFY(!ServerProfile::fromFile(writeFile(dir, QStringLiteral("b.json"), "[1,2]"), &why));
        QCOMPARE(why, QStringLiteral("bad_json"));

        QJsonObject http = valid();
        http.insert(QStringLiteral("url"), QStringLiteral("http://127.0.0.1:8443"));
        QVERIFY(!ServerProfile::fromFile(writeFile(dir, QStringLiteral("c.json"), QJsonDocument(http).toJson()), &why));
        QCOMPARE(why, QStringLiteral("not_https"));

        QVERIFY(!ServerProfile::fromFile(
            writeFile(dir, QStringLiteral("d.json"), QByteArray(200 * 1024, ' ') + "{}"), &why));
        QCOMPARE(why, QStringLiteral("too_large"));
    }

    void storeStartsWithTheLocalDemoServer()
    {
        QVERIFY(ServerProfileStore::loadStored().isEmpty());
        QList<ServerProfile> list = ServerProfileStore::load();
        QCOMPARE(list.size(), 1);
        QVERIFY(list.first().name.contains(QStringLiteral("本机演示服务器")));
        QCOMPARE(list.first().url, QUrl(QStringLiteral("https://127.0.0.1:8443")));
        QCOMPARE(list.first().id, QStringLiteral("127.0.0.1:8443"));
        QVERIFY(list.first().caPem.isEmpty());   // the demo has not run yet

        // Once the demo server made its CA, the default profile trusts it.
        QVERIFY(QDir(m_demo.path()).mkpath(QStringLiteral("tls")));
        QCOMPARE(ServerProfileStore::demoCaPath(), m_demo.filePath(QStringLiteral("tls/ca.pem")));
        QVERIFY(!writeFile(m_demo, QStringLiteral("tls/ca.pem"), fixtureCertPem()).isEmpty());
        list = ServerProfileStore::load();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().caPem, fixtureCertPem());
        QVERIFY(QFile::remove(m_demo.filePath(QStringLiteral("tls/ca.pem"))));
    }

    void storeRoundTripsProfiles()
    {
        QJsonObject second = valid();
        second.insert(QStringLiteral("id"), QStringLiteral("nmg/prod"));
        second.insert(QStringLiteral("name"), QStringLiteral("内蒙古"));
        second.remove(QStringLiteral("ca_pem"));
        const QList<ServerProfile> saved{*ServerProfile::fromJson(valid()), *ServerProfile::fromJson(second)};
        ServerProfileStore::save(saved);

        const QList<ServerProfile> loaded = ServerProfileStore::load();
        QCOMPARE(loaded.size(), 2);   // no built-in default once something is stored
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(loaded.at(i).id, saved.at(i).id);
            QCOMPARE(loaded.at(i).name, saved.at(i).name);
            QCOMPARE(loaded.at(i).url, saved.at(i).url);
            QCOMPARE(loaded.at(i).caPem, saved.at(i).caPem);
        }

        // Saving fewer drops the rest.
        ServerProfileStore::save({saved.at(1)});
        QCOMPARE(ServerProfileStore::loadStored().size(), 1);
        QCOMPARE(ServerProfileStore::loadStored().first().id, QStringLiteral("nmg/prod"));
    }

    void storeKeepsNoSecrets()
    {
        ServerProfileStore::save({*ServerProfile::fromJson(valid())});
        ServerProfileStore::setRememberedLogin(QStringLiteral("zc.example.cn:8443"), QStringLiteral("nmg_hosp"));
        QSettings s;
        const QStringList keys = s.allKeys();
        QVERIFY(!keys.isEmpty());
        for (const QString &k : keys) {
            QVERIFY2(!k.contains(QLatin1String("token"), Qt::CaseInsensitive), qPrintable(k));
            QVERIFY2(!k.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(k));
        }
    }

    void storeRemembersLastProfileAndLogins()
    {
        QVERIFY(ServerProfileStore::lastProfileId().isEmpty());
        ServerProfileStore::setLastProfileId(QStringLiteral("jiangsu"));
        QCOMPARE(ServerProfileStore::lastProfileId(), QStringLiteral("jiangsu"));

        const QString odd = QStringLiteral("gw.example.cn:443/zc\\x");   // separators must not make groups
        QVERIFY(ServerProfileStore::rememberedLogin(odd).isEmpty());
        ServerProfileStore::setRememberedLogin(odd, QStringLiteral("js_group"));
        ServerProfileStore::setRememberedLogin(QStringLiteral("gw.example.cn:443"), QStringLiteral("13800000001"));
        QCOMPARE(ServerProfileStore::rememberedLogin(odd), QStringLiteral("js_group"));
        QCOMPARE(ServerProfileStore::rememberedLogin(QStringLiteral("gw.example.cn:443")),
                 QStringLiteral("13800000001"));
        ServerProfileStore::setRememberedLogin(odd, QString());
        QVERIFY(ServerProfileStore::rememberedLogin(odd).isEmpty());
        QCOMPARE(ServerProfileStore::rememberedLogin(QStringLiteral("gw.example.cn:443")),
                 QStringLiteral("13800000001"));
    }

    void environmentProfileFileComesFirstOrReplaces()
    {
        QTemporaryDir dir;
        QJsonObject file = valid();
        file.insert(QStringLiteral("name"), QStringLiteral("来自文件"));
        qputenv("ZC_PROFILE_FILE", writeFile(dir, QStringLiteral("p.json"), QJsonDocument(file).toJson()).toLocal8Bit());

        // Nothing stored: built-in demo profile plus the file's, the file's first.
        QList<ServerProfile> list = ServerProfileStore::load();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().name, QStringLiteral("来自文件"));

        // Same id stored: replaced, not duplicated.
        QJsonObject stored = valid();
        stored.insert(QStringLiteral("name"), QStringLiteral("旧名"));
        ServerProfileStore::save({*ServerProfile::fromJson(stored)});
        list = ServerProfileStore::load();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().name, QStringLiteral("来自文件"));

        // An invalid file is ignored.
        QJsonObject http = valid();
        http.insert(QStringLiteral("url"), QStringLiteral("http://zc.example.cn"));
        qputenv("ZC_PROFILE_FILE", writeFile(dir, QStringLiteral("bad.json"), QJsonDocument(http).toJson()).toLocal8Bit());
        QString why;
        QVERIFY(!ServerProfileStore::environmentProfile(&why));
        QCOMPARE(why, QStringLiteral("not_https"));
        list = ServerProfileStore::load();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().name, QStringLiteral("旧名"));
    }

    void proxySettingsRoundTripWithoutPassword()
    {
        ProxySettings defaults = ProxySettings::load();
        QCOMPARE(defaults.mode, ProxySettings::Mode::System);

        ProxySettings p;
        p.mode = ProxySettings::Mode::Manual;
        p.host = QStringLiteral("proxy.hospital.local");
        p.port = 3128;
        p.user = QStringLiteral("wang");
        p.save();
        const ProxySettings back = ProxySettings::load();
        QCOMPARE(back.mode, ProxySettings::Mode::Manual);
        QCOMPARE(back.host, p.host);
        QCOMPARE(back.port, p.port);
        QCOMPARE(back.user, p.user);

        QSettings s;
        s.beginGroup(QStringLiteral("network/proxy"));
        QCOMPARE(s.childKeys().size(), 4);
        QVERIFY(!s.childKeys().contains(QStringLiteral("password")));
        s.endGroup();

        const QNetworkProxy proxy = back.toProxy(QStringLiteral("s3cret"));
        QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(proxy.hostName(), p.host);
        QCOMPARE(proxy.port(), quint16(3128));
        QCOMPARE(proxy.user(), QStringLiteral("wang"));
        QCOMPARE(proxy.password(), QStringLiteral("s3cret"));
    }

    void proxySettingsModes()
    {
        ProxySettings p;
        p.mode = ProxySettings::Mode::None;
        p.save();
        QCOMPARE(ProxySettings::load().mode, ProxySettings::Mode::None);
        QCOMPARE(p.toProxy({}).type(), QNetworkProxy::NoProxy);
        p.mode = ProxySettings::Mode::System;
        QCOMPARE(p.toProxy({}).type(), QNetworkProxy::DefaultProxy);

        // A manual proxy without host or port cannot work: it loads as System.
        ProxySettings broken;
        broken.mode = ProxySettings::Mode::Manual;
        broken.host = QStringLiteral("proxy.local");
        broken.port = 0;
        broken.save();
        QCOMPARE(ProxySettings::load().mode, ProxySettings::Mode::System);
    }

private:
    QTemporaryDir m_demo;
};

QTEST_GUILESS_MAIN(TestServerProfile)
#include "tst_serverprofile.moc"
