// The 设置 page: language for the next start, proxy (its password only in the
// keychain), transfer timeout; invalid proxy input is refused inline.

#include "UiTestSupport.h"

#include "ui/settings/AppSettings.h"
#include "ui/settings/SettingsPage.h"

#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"
#include "sync/ProxySettings.h"

#include <QComboBox>
#include <QFile>
#include <QDirIterator>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QApplication>
#include <QTest>

using namespace zc;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void manualProxyWithoutHostIsRefused();
    void manualProxyWithoutPortIsRefused();
    void savingStoresSettingsAndKeepsThePasswordOnlyInTheKeychain();
    void languageChangeIsAskedToApplyAtOnce();
    void chineseUnlessTheSystemAsksForEnglish();
    void englishTakesLatinPunctuationFromALatinFont();
    void storedSettingsAreAppliedAtStart();

private:
    std::optional<QString> readSecret(const QString &key) { return test::readSecret(*m_credentials, key); }

    QTemporaryDir m_dir;
    std::unique_ptr<sync::CredentialStore> m_credentials;
};

void TestSettingsPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir);
    QVERIFY(ui::Startup::installTranslations(QStringLiteral("zh_CN")));
    m_credentials = std::make_unique<sync::CredentialStore>(test::keychainService());
}

void TestSettingsPage::init()
{
    QSettings().clear();
}

void TestSettingsPage::manualProxyWithoutHostIsRefused()
{
    sync::ApiClient client;
    ui::SettingsPage page(&client, m_credentials.get());
    page.findChild<QRadioButton *>(QStringLiteral("manualProxyRadio"))->setChecked(true);
    page.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(3128);
    QVERIFY(!page.save());
    QVERIFY2(page.statusText().contains(QStringLiteral("主机名")), qPrintable(page.statusText()));
    QCOMPARE(sync::ProxySettings::load().mode, sync::ProxySettings::Mode::System);
    QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("hostEdit")), QStringLiteral("http://proxy/"));
    QVERIFY(!page.save());
    QCOMPARE(sync::ProxySettings::load().mode, sync::ProxySettings::Mode::System);
}

void TestSettingsPage::manualProxyWithoutPortIsRefused()
{
    ui::SettingsPage page(nullptr, m_credentials.get());
    page.findChild<QRadioButton *>(QStringLiteral("manualProxyRadio"))->setChecked(true);
    QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("hostEdit")), QStringLiteral("proxy.example.cn"));
    page.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(0);
    QVERIFY(!page.save());
    QVERIFY(page.statusText().contains(QStringLiteral("端口")));
}

void TestSettingsPage::savingStoresSettingsAndKeepsThePasswordOnlyInTheKeychain()
{
    sync::ApiClient client;
    ui::SettingsPage page(&client, m_credentials.get());
    QSignalSpy saved(&page, &ui::SettingsPage::saved);
    page.findChild<QRadioButton *>(QStringLiteral("manualProxyRadio"))->setChecked(true);
    QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("hostEdit")), QStringLiteral("proxy.example.cn"));
    page.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(3128);
    QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("userEdit")), QStringLiteral("clerk"));
    const QString secret = QStringLiteral("Pr0xy-secret-%1").arg(QCoreApplication::applicationPid());
    QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("passwordEdit")), secret);
    page.findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->setValue(40);
    QVERIFY(page.save());
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QCOMPARE(page.statusText(), QStringLiteral("设置已保存。"));

    const sync::ProxySettings stored = sync::ProxySettings::load();
    QCOMPARE(stored.mode, sync::ProxySettings::Mode::Manual);
    QCOMPARE(stored.host, QStringLiteral("proxy.example.cn"));
    QCOMPARE(stored.port, quint16(3128));
    QCOMPARE(stored.user, QStringLiteral("clerk"));
    QCOMPARE(ui::AppSettings::transferTimeoutSeconds(), 40);
    QCOMPARE(readSecret(sync::CredentialStore::proxyKey()), std::optional<QString>(secret));
    // Nothing under the settings directory holds the password.
    QSettings().sync();
    QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files > 0);

    // A fresh page shows what was stored, the password read back from the keychain.
    ui::SettingsPage again(nullptr, m_credentials.get());
    QVERIFY(again.findChild<QRadioButton *>(QStringLiteral("manualProxyRadio"))->isChecked());
    QTRY_COMPARE_WITH_TIMEOUT(again.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text(), secret, 10000);

    // Back to no proxy: the password leaves the keychain.
    again.findChild<QRadioButton *>(QStringLiteral("noProxyRadio"))->setChecked(true);
    QSignalSpy savedAgain(&again, &ui::SettingsPage::saved);
    QVERIFY(again.save());
    QTRY_COMPARE_WITH_TIMEOUT(savedAgain.count(), 1, 10000);
    QCOMPARE(sync::ProxySettings::load().mode, sync::ProxySettings::Mode::None);
    QVERIFY(!readSecret(sync::CredentialStore::proxyKey()).has_value());
}

void TestSettingsPage::languageChangeIsAskedToApplyAtOnce()
{
    ui::SettingsPage page(nullptr, nullptr);
    auto *combo = page.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    QSignalSpy changed(&page, &ui::SettingsPage::languageChanged);
    QVERIFY(page.save());
    QCOMPARE(ui::AppSettings::language(), QStringLiteral("en"));
    QCOMPARE(changed.count(), 1);   // the flow applies it now (tst_logindialog): no restart
    QCOMPARE(page.statusText(), QStringLiteral("设置已保存。"));
    QVERIFY(page.save());           // saved again unchanged: nothing to apply
    QCOMPARE(changed.count(), 1);
    QCOMPARE(ui::Startup::resolveLanguage(), QStringLiteral("en"));
    QCOMPARE(ui::Startup::resolveLanguage(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(ui::Startup::resolveLanguage(QStringLiteral("fr")), QStringLiteral("en"));
}

void TestSettingsPage::chineseUnlessTheSystemAsksForEnglish()
{
    // A C/POSIX locale names no language: the users are Chinese.
    QCOMPARE(ui::Startup::languageFor(QLocale::c()), QStringLiteral("zh_CN"));
    QCOMPARE(ui::Startup::languageFor(QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("zh_CN"));
    QCOMPARE(ui::Startup::languageFor(QLocale(QLocale::Chinese, QLocale::Taiwan)), QStringLiteral("zh_CN"));
    QCOMPARE(ui::Startup::languageFor(QLocale(QLocale::French, QLocale::France)), QStringLiteral("zh_CN"));
    QCOMPARE(ui::Startup::languageFor(QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("en"));
    QCOMPARE(ui::Startup::languageFor(QLocale(QLocale::English, QLocale::UnitedKingdom)), QStringLiteral("en"));
}

void TestSettingsPage::englishTakesLatinPunctuationFromALatinFont()
{
    // As on a Chinese desktop, whose default font is a CJK one (full-width ’ “ ”).
    const QFont before = QApplication::font();
    const QString cjk = QStringLiteral("Noto Sans CJK SC");
    QVERIFY2(QFontDatabase::families().contains(cjk), "fonts-noto-cjk is installed by scripts/install-deps.sh");
    QApplication::setFont(QFont(cjk));
    const auto apostropheShare = [] {
        const QFontMetricsF fm(QApplication::font());
        return fm.horizontalAdvance(QStringLiteral("’")) / fm.horizontalAdvance(QStringLiteral("中"));
    };
    QVERIFY(ui::Startup::installTranslations(QStringLiteral("zh_CN")));
    QCOMPARE(QApplication::font().families().value(0), cjk);
    QVERIFY(ui::Startup::installTranslations(QStringLiteral("en")));
    QVERIFY2(apostropheShare() < 0.5, qPrintable(QString::number(apostropheShare())));
    QVERIFY(QApplication::font().families().contains(cjk));   // Chinese names still drawn
    // Back to Chinese: the desktop's font again.
    QVERIFY(ui::Startup::installTranslations(QStringLiteral("zh_CN")));
    QCOMPARE(QApplication::font().families().value(0), cjk);
    QApplication::setFont(before);
}

void TestSettingsPage::storedSettingsAreAppliedAtStart()
{
    sync::ProxySettings none;
    none.mode = sync::ProxySettings::Mode::None;
    none.save();
    ui::AppSettings::setTransferTimeoutSeconds(3);   // below the floor: clamped
    QCOMPARE(ui::AppSettings::transferTimeoutSeconds(), ui::AppSettings::MinTransferTimeoutSeconds);
    sync::ApiClient client;
    bool applied = false;
    ui::SettingsPage::applyStored(&client, m_credentials.get(), this, [&] { applied = true; });
    QTRY_VERIFY(applied);
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
