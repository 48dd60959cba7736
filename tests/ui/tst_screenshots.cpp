// Screenshots for docs/screenshots, taken the way a person sees the client:
// Chinese, the login dialog with its captcha, the institution choice and the
// main window after login. With ZC_SCREENSHOTS_DIR set they are written there
// (scripts and the lead use docs/screenshots); otherwise to a temporary
// directory. Either way each image must be a real picture, not a blank.

#include "UiTestSupport.h"

#include "ui/ChangePasswordDialog.h"
#include "ui/InstitutionChoiceDialog.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/SessionFlow.h"
#include "ui/TlsProblemDialog.h"
#include "ui/UnitChoiceDialog.h"

#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QIcon>
#include <QImage>
#include <QLineEdit>
#include <QSet>
#include <QTest>

#include <memory>

using namespace zc;
using namespace zc::test;

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void iconsRender();
    void loginDialog();
    void institutionChoice();
    void mainWindow();
    void unitChoice();
    void changePassword();
    void certificateProblem();
    void loginError();

private:
    void save(QWidget *widget, const QString &name);
    void startFlow();

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_outputTmp;
    QString m_output;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<sync::CredentialStore> m_credentials;
    std::unique_ptr<sync::ApiClient> m_client;
    std::unique_ptr<ui::SessionFlow> m_flow;
};

void TestScreenshots::initTestCase()
{
    QVERIFY(m_settingsDir.isValid() && m_outputTmp.isValid());
    isolateSettings(m_settingsDir);
    // Chinese, as the documentation shows; ZC_SCREENSHOTS_LANG=en for the English ones.
    const QString lang = qEnvironmentVariable("ZC_SCREENSHOTS_LANG", QStringLiteral("zh_CN"));
    QVERIFY(ui::Startup::installTranslations(lang));
    // A CJK-capable UI font, as a Chinese desktop has (fonts-noto-cjk on Debian).
    const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    QVERIFY2(!families.isEmpty(), "no font with Simplified Chinese glyphs is installed (fonts-noto-cjk)");
    QString family = families.first();
    for (const QString &f : families) {
        if (f.contains(QLatin1String("Noto Sans CJK SC"))) {
            family = f;
            break;
        }
    }
    QFont font(family, 10);
    QApplication::setFont(font);

    m_output = qEnvironmentVariable("ZC_SCREENSHOTS_DIR");
    if (m_output.isEmpty())
        m_output = m_outputTmp.path();
    QVERIFY(QDir().mkpath(m_output));

    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_credentials = std::make_unique<sync::CredentialStore>(keychainService());
}

void TestScreenshots::init()
{
    QSettings().clear();
    auto profile = profileFor(*m_server);
    profile.name = QStringLiteral("本机演示服务器");
    useProfiles({profile}, profile.id);
    m_client = std::make_unique<sync::ApiClient>();
    m_client->setLanguage(QStringLiteral("zh-CN"));
}

void TestScreenshots::cleanup()
{
    m_flow.reset();
    m_client.reset();
}

void TestScreenshots::startFlow()
{
    m_flow = std::make_unique<ui::SessionFlow>(m_client.get(), m_credentials.get());
    m_flow->start();
    QTRY_VERIFY(m_flow->loginDialog() && m_flow->loginDialog()->isVisible());
}

void TestScreenshots::save(QWidget *widget, const QString &name)
{
    QTest::qWait(200);   // let layouts and style polish settle
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY2(image.width() >= 300 && image.height() >= 200,
             qPrintable(QStringLiteral("%1 is only %2x%3").arg(name).arg(image.width()).arg(image.height())));
    // Not blank: a real window has many colours (text antialiasing, header, icons).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 50, qPrintable(QStringLiteral("%1 has only %2 colours").arg(name).arg(colours.size())));
    const QString path = QDir(m_output).filePath(name);
    QVERIFY2(image.save(path, "PNG"), qPrintable(path));
    QVERIFY(QFileInfo(path).size() > 5000);
    qInfo("wrote %s (%dx%d)", qPrintable(path), image.width(), image.height());
}

void TestScreenshots::iconsRender()
{
    // The SVG icons need Qt's svg plugins at run time; a missing plugin gives empty icons.
    for (const QString &name : {QStringLiteral("zhaocai-admin"), QStringLiteral("roles"), QStringLiteral("settings")}) {
        const QImage image = QIcon(QStringLiteral(":/zc/icons/%1.svg").arg(name)).pixmap(32, 32).toImage();
        QVERIFY2(!image.isNull(), qPrintable(name));
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        }
        QVERIFY2(opaque > 30, qPrintable(name));
    }
}

void TestScreenshots::loginDialog()
{
    startFlow();
    ui::LoginDialog *dialog = m_flow->loginDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->currentCaptchaId().isEmpty(), 15000);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit")), QStringLiteral("nmg_hosp"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("Demo@2026"));
    dialog->adjustSize();
    save(dialog, QStringLiteral("login.png"));
}

void TestScreenshots::institutionChoice()
{
    startFlow();
    typeLogin(m_flow->loginDialog(), *m_server, QStringLiteral("13904711001"), QStringLiteral("Demo@2026"));
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ui::InstitutionChoiceDialog *>(m_flow->gateDialog()), 15000);
    QDialog *dialog = m_flow->gateDialog();
    dialog->resize(760, 420);
    save(dialog, QStringLiteral("institution-choice.png"));
}

void TestScreenshots::mainWindow()
{
    startFlow();
    typeLogin(m_flow->loginDialog(), *m_server, QStringLiteral("nmg_hosp"), QStringLiteral("Demo@2026"));
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->mainWindow() && m_flow->mainWindow()->isVisible(), 15000);
    ui::MainWindow *window = m_flow->mainWindow();
    window->resize(1120, 720);
    QVERIFY(window->showPage(QStringLiteral("roles")));
    save(window, QStringLiteral("main-window.png"));
    QVERIFY(window->showPage(QStringLiteral("settings")));
    save(window, QStringLiteral("settings.png"));
}

void TestScreenshots::unitChoice()
{
    startFlow();
    typeLogin(m_flow->loginDialog(), *m_server, QStringLiteral("18851003711"), QStringLiteral("Demo@2026"));
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ui::UnitChoiceDialog *>(m_flow->gateDialog()), 15000);
    save(m_flow->gateDialog(), QStringLiteral("unit-choice.png"));
}

void TestScreenshots::changePassword()
{
    startFlow();
    typeLogin(m_flow->loginDialog(), *m_server, QStringLiteral("13951002222"), QStringLiteral("Demo@2026"));
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ui::ChangePasswordDialog *>(m_flow->gateDialog()), 15000);
    QDialog *dialog = m_flow->gateDialog();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("oldEdit")), QStringLiteral("Demo@2026"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newEdit")), QStringLiteral("abcdefgh"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("repeatEdit")), QStringLiteral("abcdefg"));
    save(dialog, QStringLiteral("change-password.png"));
}

void TestScreenshots::certificateProblem()
{
    auto profile = profileFor(*m_server, false);
    profile.name = QStringLiteral("江苏");
    useProfiles({profile}, profile.id);
    startFlow();
    ui::LoginDialog *dialog = m_flow->loginDialog();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->tlsProblemDialog() && dialog->tlsProblemDialog()->isVisible(), 15000);
    save(dialog->tlsProblemDialog(), QStringLiteral("certificate-problem.png"));
    save(dialog, QStringLiteral("login-certificate-error.png"));
}

void TestScreenshots::loginError()
{
    startFlow();
    typeLogin(m_flow->loginDialog(), *m_server, QStringLiteral("js_dist"), QStringLiteral("Wrong@2026"));
    ui::LoginDialog *dialog = m_flow->loginDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty() && !dialog->currentCaptchaId().isEmpty(), 15000);
    save(dialog, QStringLiteral("login-error.png"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
