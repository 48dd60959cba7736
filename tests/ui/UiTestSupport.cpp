#include "UiTestSupport.h"

#include "sync/CredentialStore.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace zc::test {

void isolateSettings(const QTemporaryDir &dir)
{
    QCoreApplication::setOrganizationName(QStringLiteral("zhaocai-test"));
    QCoreApplication::setApplicationName(QStringLiteral("zhaocai-admin-ui-test"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
    // Caches and stored sessions go to a test location, emptied for each test process.
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

QString keychainService()
{
    return QStringLiteral("zhaocai-admin-uitest-%1").arg(QCoreApplication::applicationPid());
}

sync::ServerProfile profileFor(const TestServer &server, bool withCa)
{
    sync::ServerProfile p;
    p.id = withCa ? QStringLiteral("test-server") : QStringLiteral("test-server-no-ca");
    p.name = withCa ? QStringLiteral("测试服务器") : QStringLiteral("未配置 CA 的服务器");
    p.url = server.baseUrl();
    if (withCa)
        p.caPem = server.caPem();
    return p;
}

void useProfiles(const QList<sync::ServerProfile> &profiles, const QString &selected)
{
    sync::ServerProfileStore::save(profiles);
    sync::ServerProfileStore::setLastProfileId(selected);
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void typeLogin(ui::LoginDialog *dialog, TestServer &server, const QString &login, const QString &password,
               bool remember)
{
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->currentCaptchaId().isEmpty(), 15000);
    QTRY_VERIFY(!dialog->isBusy());
    auto *loginEdit = dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"));
    auto *passwordEdit = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *captchaEdit = dialog->findChild<QLineEdit *>(QStringLiteral("captchaEdit"));
    auto *rememberCheck = dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
    QVERIFY(loginEdit && passwordEdit && captchaEdit && rememberCheck);
    loginEdit->clear();
    QTest::keyClicks(loginEdit, login);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    const QString answer = server.captchaAnswer(dialog->currentCaptchaId());
    QVERIFY2(!answer.isEmpty(), "the dev endpoint gave no captcha answer");
    captchaEdit->clear();
    QTest::keyClicks(captchaEdit, answer);
    rememberCheck->setChecked(remember);
    QTest::keyClick(captchaEdit, Qt::Key_Return);
}

void waitForSync(ui::MainWindow &window)
{
    QTRY_VERIFY_WITH_TIMEOUT(window.models()->isLoaded(), 20000);
    sync::Workspace *workspace = window.models()->workspace();
    QVERIFY(workspace && workspace->engine());
    QTRY_VERIFY_WITH_TIMEOUT(!workspace->engine()->isSyncing() && workspace->engine()->lastSyncedAt().isValid(),
                             20000);
}

void loginToMainWindow(ui::SessionFlow &flow, TestServer &server, const QString &login, const QString &password,
                       bool remember)
{
    flow.start();
    QTRY_VERIFY(flow.loginDialog() && flow.loginDialog()->isVisible());
    typeLogin(flow.loginDialog(), server, login, password, remember);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(flow.mainWindow() && flow.mainWindow()->isVisible(), 20000);
    waitForSync(*flow.mainWindow());
}

void syncNow(ui::MainWindow &window)
{
    sync::SyncEngine *engine = window.models()->workspace()->engine();
    QTRY_VERIFY_WITH_TIMEOUT(!engine->isSyncing(), 20000);
    const QDateTime before = engine->lastSyncedAt();
    window.refreshData();
    QTRY_VERIFY_WITH_TIMEOUT(!engine->isSyncing() && engine->lastSyncedAt() != before, 20000);
}

std::optional<QString> readSecret(sync::CredentialStore &store, const QString &key)
{
    QObject context;
    bool done = false;
    std::optional<QString> result;
    QString failure;
    store.read(key, &context, [&](const std::optional<QString> &value, const QString &error) {
        result = value;
        failure = error;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
    if (!failure.isEmpty())
        qWarning("keychain read failed: %s", qPrintable(failure));
    return result;
}

void writeSecret(sync::CredentialStore &store, const QString &key, const QString &secret)
{
    QObject context;
    bool done = false;
    QString failure;
    store.write(key, secret, &context, [&](const QString &error) {
        failure = error;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

// Text as compared with pdftotext's: NFKC, a CJK radical read as its
// ideograph, without white space. Qt's PDF writer maps each glyph back to
// the lowest code point the font gives it, and Noto CJK draws some
// ideographs with the glyph of a radical (人 and ⼈, 页 and ⻚), so a PDF
// reader extracts the radical (the page shows the right glyph; it is the
// same bug as wkhtmltopdf's issue 4414). NFKC folds the Kangxi radicals
// back; the simplified radicals the report's wording uses are mapped here.
// pdftotext drops the narrow spaces between CJK and digits.
QString squeeze(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    out.replace(QChar(0x2EDA), QChar(0x9875));   // ⻚ → 页
    out.remove(QRegularExpression(QStringLiteral("[ \\t\\r\\n]")));
    return out;
}

// pdftotext's text of each page, squeezed.
QStringList pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("pdftotext failed: %s", p.readAllStandardError().constData());
        return {};
    }
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(u'\f', Qt::SkipEmptyParts);
    for (QString &page : pages)
        page = squeeze(page);
    pages.removeAll(QString());
    return pages;
}

QString pdfText(const QString &path)
{
    return pdfPages(path).join(u'\n');
}

QImage pdfFirstPage(const QString &pdf, const QString &stem)
{
    const QString prefix = QFileInfo(pdf).dir().filePath(stem);
    QProcess p;
    p.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                         QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                         QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, prefix});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    const QString keep = qEnvironmentVariable("ZC_REPORT_DIR");
    if (!keep.isEmpty()) {
        QDir().mkpath(keep);
        QFile::remove(QDir(keep).filePath(stem + QStringLiteral(".png")));
        QFile::remove(QDir(keep).filePath(stem + QStringLiteral(".pdf")));
        QFile::copy(prefix + QStringLiteral(".png"), QDir(keep).filePath(stem + QStringLiteral(".png")));
        QFile::copy(pdf, QDir(keep).filePath(stem + QStringLiteral(".pdf")));
    }
    return QImage(prefix + QStringLiteral(".png"));
}

} // namespace zc::test
