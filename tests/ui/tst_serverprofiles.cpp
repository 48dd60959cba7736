// The server list: adding by name, address and CA file, importing a profile
// file, removing; invalid input is explained inline and never saved.

#include "UiTestSupport.h"

#include "ui/login/ServerProfilesDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace zc;

class TestServerProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void addingAnHttpAddressIsRefusedInline();
    void addingWithoutNameOrAddressIsRefusedInline();
    void addingAValidServerStoresAndSelectsIt();
    void theSameServerTwiceIsRefused();
    void aFileThatIsNotACertificateIsRefused();
    void importingAProfileFileAddsAndSelectsIt();
    void importingABrokenFileExplainsWhy();
    void upsertReplacesByNameKeepingTheId();
    void removingAsksFirst();

private:
    QString writeFile(const QString &name, const QByteArray &data);
    QTemporaryDir m_dir;
};

void TestServerProfiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir);
    QVERIFY(ui::Startup::installTranslations(QStringLiteral("zh_CN")));
}

void TestServerProfiles::init()
{
    QSettings().clear();
    sync::ServerProfile p;
    p.id = QStringLiteral("neimenggu");
    p.name = QStringLiteral("内蒙古");
    p.url = QUrl(QStringLiteral("https://zc.nmg.example.cn:8443"));
    test::useProfiles({p}, p.id);
    ui::MessageBox::setNextAnswer(QMessageBox::NoButton);
}

QString TestServerProfiles::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(data);
    return path;
}

void TestServerProfiles::addingAnHttpAddressIsRefusedInline()
{
    ui::ServerProfilesDialog dialog(nullptr);
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("江苏"));   // keyClicks types Latin-1 only
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit")), QStringLiteral("http://zc.js.example.cn"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("https://")), qPrintable(dialog.errorText()));
    QCOMPARE(sync::ServerProfileStore::load().size(), 1);
}

void TestServerProfiles::addingWithoutNameOrAddressIsRefusedInline()
{
    ui::ServerProfilesDialog dialog(nullptr);
    QVERIFY(!dialog.addFromForm());
    QCOMPARE(dialog.errorText(), QStringLiteral("请输入服务器名称。"));
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("江苏"));   // keyClicks types Latin-1 only
    QVERIFY(!dialog.addFromForm());
    QVERIFY(dialog.errorText().startsWith(QStringLiteral("请输入服务器地址")));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit")), QStringLiteral("https://"));
    QVERIFY(!dialog.addFromForm());
    QVERIFY(!dialog.errorText().isEmpty());
    // Typing again hides the old complaint.
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit")), QStringLiteral("zc"));
    QVERIFY(dialog.errorText().isEmpty());
    QCOMPARE(sync::ServerProfileStore::load().size(), 1);
}

void TestServerProfiles::addingAValidServerStoresAndSelectsIt()
{
    ui::ServerProfilesDialog dialog(nullptr);
    QSignalSpy changed(&dialog, &ui::ServerProfilesDialog::profilesChanged);
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("江苏"));   // keyClicks types Latin-1 only
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit")), QStringLiteral("https://zc.js.example.cn:9443"));
    QVERIFY(dialog.addFromForm());
    QCOMPARE(changed.count(), 1);
    const auto profiles = sync::ServerProfileStore::load();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.last().name, QStringLiteral("江苏"));
    QCOMPARE(profiles.last().url, QUrl(QStringLiteral("https://zc.js.example.cn:9443")));
    QCOMPARE(dialog.selectedProfileId(), profiles.last().id);
    QVERIFY(dialog.errorText().isEmpty());
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text().isEmpty());
    QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("profileList"))->count(), 2);
}

void TestServerProfiles::theSameServerTwiceIsRefused()
{
    ui::ServerProfilesDialog dialog(nullptr);
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("内蒙古"));   // keyClicks types Latin-1 only
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit")), QStringLiteral("https://other.example.cn"));
    QVERIFY(!dialog.addFromForm());
    QVERIFY(dialog.errorText().contains(QStringLiteral("内蒙古")));
    QCOMPARE(sync::ServerProfileStore::load().size(), 1);
}

void TestServerProfiles::aFileThatIsNotACertificateIsRefused()
{
    ui::ServerProfilesDialog dialog(nullptr);
    const QString path = writeFile(QStringLiteral("notes.pem"), "this is not a certificate\n");
    QVERIFY(!dialog.setCaFile(path));
    QVERIFY(dialog.errorText().contains(QStringLiteral("不是证书文件")));
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("caEdit"))->text().isEmpty());
    QVERIFY(!dialog.setCaFile(m_dir.filePath(QStringLiteral("missing.pem"))));
    QVERIFY(dialog.errorText().contains(QStringLiteral("无法读取")));
}

void TestServerProfiles::importingAProfileFileAddsAndSelectsIt()
{
    const QJsonObject o{{QStringLiteral("name"), QStringLiteral("江苏")},
                        {QStringLiteral("url"), QStringLiteral("https://zc.js.example.cn:8443")}};
    const QString path = writeFile(QStringLiteral("jiangsu.json"), QJsonDocument(o).toJson());
    ui::ServerProfilesDialog dialog(nullptr);
    QVERIFY(dialog.importFile(path));
    const auto profiles = sync::ServerProfileStore::load();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(dialog.selectedProfileId(), profiles.last().id);
    QCOMPARE(profiles.last().name, QStringLiteral("江苏"));
}

void TestServerProfiles::importingABrokenFileExplainsWhy()
{
    ui::ServerProfilesDialog dialog(nullptr);
    QVERIFY(!dialog.importFile(writeFile(QStringLiteral("broken.json"), "{ not json")));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("不是服务器配置文件")), qPrintable(dialog.errorText()));
    const QJsonObject insecure{{QStringLiteral("name"), QStringLiteral("江苏")},
                               {QStringLiteral("url"), QStringLiteral("http://zc.js.example.cn")}};
    QVERIFY(!dialog.importFile(writeFile(QStringLiteral("insecure.json"), QJsonDocument(insecure).toJson())));
    QVERIFY(dialog.errorText().contains(QStringLiteral("https://")));
    const QJsonObject badCa{{QStringLiteral("name"), QStringLiteral("江苏")},
                            {QStringLiteral("url"), QStringLiteral("https://zc.js.example.cn")},
                            {QStringLiteral("ca_pem"), QStringLiteral("-----BEGIN CERTIFICATE-----\nxx\n")}};
    QVERIFY(!dialog.importFile(writeFile(QStringLiteral("badca.json"), QJsonDocument(badCa).toJson())));
    QVERIFY(dialog.errorText().contains(QStringLiteral("证书文件")));
    QCOMPARE(sync::ServerProfileStore::load().size(), 1);
}

void TestServerProfiles::upsertReplacesByNameKeepingTheId()
{
    sync::ServerProfile p;
    p.name = QStringLiteral("内蒙古");
    p.url = QUrl(QStringLiteral("https://zc2.nmg.example.cn"));
    QCOMPARE(ui::ServerProfilesDialog::upsert(p), QStringLiteral("neimenggu"));
    const auto profiles = sync::ServerProfileStore::load();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first().url, QUrl(QStringLiteral("https://zc2.nmg.example.cn")));
    p.name = QStringLiteral("江苏");
    const QString id = ui::ServerProfilesDialog::upsert(p);
    QVERIFY(!id.isEmpty() && id != QStringLiteral("neimenggu"));
    QCOMPARE(sync::ServerProfileStore::load().size(), 2);
}

void TestServerProfiles::removingAsksFirst()
{
    ui::ServerProfilesDialog dialog(nullptr);
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    dialog.removeSelected();
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("内蒙古")));
    QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("profileList"))->count(), 1);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.removeSelected();
    QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("profileList"))->count(),
             sync::ServerProfileStore::load().size());
    for (const auto &p : sync::ServerProfileStore::load())
        QVERIFY(p.id != QStringLiteral("neimenggu"));
}

QTEST_MAIN(TestServerProfiles)
#include "tst_serverprofiles.moc"
