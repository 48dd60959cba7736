// The account dialogs of the login window and the account menu, driven with
// QTest against a real zhaocai-server (TLS on loopback, the demo seed, --dev
// for captcha answers and the SMS outbox): 法人注册 of a unit that is in the
// legal-person registry but not registered yet, then logging in with it and
// its 角色认证; the server's refusals shown next to the field they concern;
// 忘记密码 for a handler and for a main account. With ZC_SCREENSHOTS_DIR set,
// the wizard's pages and the dialogs are also saved there, in Chinese
// (ZC_EXTRA_QM may name a further .qm to load, for strings not merged into
// translations/ yet).

#include "UiTestSupport.h"

#include "ui/account/ForgotPasswordDialog.h"
#include "ui/account/PasswordStrength.h"
#include "ui/account/RegistrationWizard.h"
#include "ui/account/RoleAuthenticationDialog.h"
#include "ui/account/SmsCooldowns.h"
#include "ui/account/SmsVerification.h"
#include "ui/ErrorText.h"
#include "ui/login/LoginDialog.h"
#include "ui/widgets/CaptchaImage.h"

#include "sync/ApiClient.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFontDatabase>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace zc;
using namespace zc::test;
using zc::ui::SmsVerification;

namespace {
// demo.json: in the legal-person and unit registries, not registered.
struct LegalPerson
{
    QString uscc, name, rep, repId, unitCode;
    Unit::Kind kind;
};
const LegalPerson Zijin{QStringLiteral("91320100MA27H6W42Y"), QStringLiteral("南京紫金医疗器械有限公司"),
                        QStringLiteral("钱雨婷"), QStringLiteral("320113199003060264"),
                        QStringLiteral("SC32010000051"), Unit::Kind::Manufacturer};
const LegalPerson Qingcheng{QStringLiteral("91150100MA7P8D327J"), QStringLiteral("呼和浩特市青城医药有限公司"),
                            QStringLiteral("孙丽娜"), QStringLiteral("15010519880617236X"),
                            QStringLiteral("PS15010000041"), Unit::Kind::Distributor};
// Registered already (呼和浩特市第一医院).
const LegalPerson FirstHospital{QStringLiteral("12150100460037189N"), QStringLiteral("呼和浩特市第一医院"),
                                QStringLiteral("王建国"), QStringLiteral("150102197804120319"),
                                QStringLiteral("H15010200011"), Unit::Kind::MedicalInstitution};

const QString ErrorColour = QStringLiteral("#c5221f");

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

// Types like a person: ASCII key by key, Chinese as an input method commits it.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        QTest::keyClicks(edit, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(edit, &commit);
}

bool marked(const QWidget *field)
{
    return field->styleSheet().contains(ErrorColour);
}
} // namespace

class TestAccountDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void passwordStrengthHintFollowsTheApiRule();
    void registrationWizardRegistersUnitThenLogsInAndAuthenticates();
    void registrationChecksFieldsAsTheyAreTyped();
    void registrationShowsServerAnswersNextToTheirFields();
    void roleAuthenticationIsOnlyForTheMainAccount();
    void forgotPasswordResetsHandlerPasswordThenLogsIn();
    void forgotPasswordOfMainAccountNeedsItsRegisteredPhone();

private:
    QString latestCode(const QString &phone);
    void requestCode(SmsVerification *sms, QLineEdit *captchaEdit, QPushButton *sendButton, const QString &phone);
    void fillLegalPerson(ui::RegistrationWizard *wizard, const LegalPerson &p);
    void pressWizard(ui::RegistrationWizard *wizard, QWizard::WizardButton which);
    void logIn(ui::LoginDialog *dialog, const QString &password);
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<sync::ApiClient> m_client;
    std::unique_ptr<ui::LoginDialog> m_login;
    std::unique_ptr<QTranslator> m_extra;
    QString m_screenshots;
};

void TestAccountDialogs::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    isolateSettings(m_settingsDir);
    QVERIFY(ui::Startup::installTranslations(QStringLiteral("zh_CN")));
    const QString extra = qEnvironmentVariable("ZC_EXTRA_QM");
    if (!extra.isEmpty()) {
        m_extra = std::make_unique<QTranslator>();
        QVERIFY2(m_extra->load(extra), qPrintable(extra));
        QCoreApplication::installTranslator(m_extra.get());
    }
    m_screenshots = qEnvironmentVariable("ZC_SCREENSHOTS_DIR");
    if (!m_screenshots.isEmpty()) {
        QVERIFY(QDir().mkpath(m_screenshots));
        // A CJK-capable UI font, as a Chinese desktop has (fonts-noto-cjk).
        const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
        QVERIFY2(!families.isEmpty(), "no font with Simplified Chinese glyphs is installed (fonts-noto-cjk)");
        QString family = families.first();
        for (const QString &f : families) {
            if (f.contains(QLatin1String("Noto Sans CJK SC")))
                family = f;
        }
        QApplication::setFont(QFont(family, 10));
    }
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestAccountDialogs::init()
{
    QSettings().clear();
    auto profile = profileFor(*m_server);
    profile.name = QStringLiteral("本机演示服务器");
    useProfiles({profile}, profile.id);
    m_client = std::make_unique<sync::ApiClient>();
    m_client->setLanguage(QStringLiteral("zh-CN"));
    // No keychain: nothing here is remembered.
    m_login = std::make_unique<ui::LoginDialog>(m_client.get(), nullptr);
    m_login->show();
    QTRY_VERIFY_WITH_TIMEOUT(!m_login->currentCaptchaId().isEmpty(), 15000);
}

void TestAccountDialogs::cleanup()
{
    m_login.reset();
    m_client.reset();
}

QString TestAccountDialogs::latestCode(const QString &phone)
{
    const QJsonArray messages = m_server->smsMessages(phone);
    for (const QJsonValue &m : messages) {
        if (m.toObject().value(QLatin1String("kind")).toString() == QLatin1String("sms_code"))
            return m.toObject().value(QLatin1String("code")).toString();
    }
    return {};
}

void TestAccountDialogs::requestCode(SmsVerification *sms, QLineEdit *captchaEdit, QPushButton *sendButton,
                                     const QString &phone)
{
    QTRY_VERIFY_WITH_TIMEOUT(!sms->currentCaptchaId().isEmpty(), 15000);
    const QString before = latestCode(phone);
    const QString answer = m_server->captchaAnswer(sms->currentCaptchaId());
    QVERIFY(!answer.isEmpty());
    retype(captchaEdit, answer);
    QSignalSpy sent(sms, &SmsVerification::codeSent);
    QVERIFY(sendButton->isEnabled());
    QTest::mouseClick(sendButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 15000);
    QCOMPARE(sent.first().first().toString(), phone);
    QVERIFY(!latestCode(phone).isEmpty());
    QVERIFY(latestCode(phone) != before || before.isEmpty());
    // The 60 s countdown runs on the button.
    QVERIFY(sms->resendSecondsLeft() > 50);
    QVERIFY(!sendButton->isEnabled());
    QVERIFY(sendButton->text().contains(QString::number(sms->resendSecondsLeft()))
            || sendButton->text().contains(QString::number(sms->resendSecondsLeft() + 1)));
}

void TestAccountDialogs::fillLegalPerson(ui::RegistrationWizard *wizard, const LegalPerson &p)
{
    retype(child<QLineEdit>(wizard, "usccEdit"), p.uscc);
    retype(child<QLineEdit>(wizard, "unitNameEdit"), p.name);
    retype(child<QLineEdit>(wizard, "legalRepNameEdit"), p.rep);
    retype(child<QLineEdit>(wizard, "legalRepIdEdit"), p.repId);
}

void TestAccountDialogs::pressWizard(ui::RegistrationWizard *wizard, QWizard::WizardButton which)
{
    QAbstractButton *button = wizard->button(which);
    QVERIFY(button && button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestAccountDialogs::logIn(ui::LoginDialog *dialog, const QString &password)
{
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->currentCaptchaId().isEmpty() && !dialog->isBusy(), 15000);
    auto *passwordEdit = child<QLineEdit>(dialog, "passwordEdit");
    auto *captchaEdit = child<QLineEdit>(dialog, "captchaEdit");
    retype(passwordEdit, password);
    retype(captchaEdit, m_server->captchaAnswer(dialog->currentCaptchaId()));
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QTest::keyClick(captchaEdit, Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(accepted.size() == 1, qPrintable(dialog->errorText()), 15000);
}

void TestAccountDialogs::screenshot(QWidget *widget, const QString &name)
{
    if (m_screenshots.isEmpty())
        return;
    QTest::qWait(200);   // let layouts and style polish settle
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull() && image.width() >= 300 && image.height() >= 200);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 50, qPrintable(name));
    const QString path = QDir(m_screenshots).filePath(name);
    QVERIFY2(image.save(path, "PNG"), qPrintable(path));
    qInfo("wrote %s (%dx%d)", qPrintable(path), image.width(), image.height());
}

void TestAccountDialogs::passwordStrengthHintFollowsTheApiRule()
{
    using L = ui::PasswordStrength::Level;
    QCOMPARE(ui::PasswordStrength::level(QString()), L::Empty);
    QCOMPARE(ui::PasswordStrength::level(QStringLiteral("Ab1!")), L::Unacceptable);          // too short
    QCOMPARE(ui::PasswordStrength::level(QStringLiteral("abcdefgh12")), L::Unacceptable);    // two kinds
    QCOMPARE(ui::PasswordStrength::level(QStringLiteral("        ")), L::Unacceptable);      // spaces only
    QCOMPARE(ui::PasswordStrength::level(QString(65, QLatin1Char('a')) + QStringLiteral("A1")), L::Unacceptable);
    QCOMPARE(ui::PasswordStrength::level(QStringLiteral("Abcdefg1")), L::Fair);
    QCOMPARE(ui::PasswordStrength::level(QStringLiteral("Abcdef1!")), L::Strong);            // all four kinds
    QCOMPARE(ui::PasswordStrength::level(QStringLiteral("abcdefghij12AB")), L::Strong);      // long
    QCOMPARE(ui::PasswordStrength::characterKinds(QStringLiteral("密码Abc1")), 4);            // CJK counts as a symbol
    // The hint says why, and agrees with the server's rule.
    QVERIFY(ui::PasswordStrength::hint(QStringLiteral("abc")).contains(QLatin1Char('3')));
    QVERIFY(ui::PasswordStrength::hint(QStringLiteral("abcdefgh12")) != ui::PasswordStrength::hint(QStringLiteral("Abcdefg1")));
    QVERIFY(ui::PasswordStrength::isAcceptable(QStringLiteral("Abcdefg1")));
    QVERIFY(!ui::PasswordStrength::matches(QStringLiteral("Abcdefg1"), QString()));
    QVERIFY(!ui::PasswordStrength::matches(QStringLiteral("Abcdefg1"), QStringLiteral("Abcdefg2")));
}

void TestAccountDialogs::registrationWizardRegistersUnitThenLogsInAndAuthenticates()
{
    QTest::mouseClick(child<QPushButton>(m_login.get(), "registerButton"), Qt::LeftButton);
    QTRY_VERIFY(m_login->registrationWizard() && m_login->registrationWizard()->isVisible());
    ui::RegistrationWizard *wizard = m_login->registrationWizard();
    QCOMPARE(wizard->currentId(), int(ui::RegistrationWizard::MethodPage));
    QVERIFY(child<QRadioButton>(wizard, "legalPersonDbRadio")->isChecked());   // the recommended way
    screenshot(wizard, QStringLiteral("registration-method.png"));
    pressWizard(wizard, QWizard::NextButton);

    QCOMPARE(wizard->currentId(), int(ui::RegistrationWizard::LegalPersonPage));
    fillLegalPerson(wizard, Zijin);
    for (const char *f : {"uscc", "unit_name", "legal_rep_name", "legal_rep_id_number"})
        QVERIFY2(wizard->fieldErrorText(QLatin1String(f)).isEmpty(), f);
    screenshot(wizard, QStringLiteral("registration-legal-person.png"));
    pressWizard(wizard, QWizard::NextButton);

    QCOMPARE(wizard->currentId(), int(ui::RegistrationWizard::PhonePage));
    const QString phone = QStringLiteral("13812340001");
    retype(child<QLineEdit>(wizard, "phoneEdit"), phone);
    requestCode(wizard->smsVerification(), child<QLineEdit>(wizard, "captchaEdit"),
                child<QPushButton>(wizard, "sendButton"), phone);
    retype(child<QLineEdit>(wizard, "smsEdit"), latestCode(phone));
    screenshot(wizard, QStringLiteral("registration-phone.png"));
    pressWizard(wizard, QWizard::NextButton);

    QCOMPARE(wizard->currentId(), int(ui::RegistrationWizard::AccountPage));
    retype(child<QLineEdit>(wizard, "loginEdit"), QStringLiteral("Zijin_Admin"));
    QVERIFY(child<QLabel>(wizard, "loginErrorLabel")->text().contains(QLatin1String("zijin_admin")));
    const QString password = QStringLiteral("Zijin#2026med");
    retype(child<QLineEdit>(wizard, "passwordEdit"), password);
    QCOMPARE(child<QLabel>(wizard, "strengthLabel")->text(), ui::PasswordStrength::hint(password));
    retype(child<QLineEdit>(wizard, "repeatEdit"), password);
    QVERIFY(wizard->fieldErrorText(QStringLiteral("repeat")).isEmpty());
    screenshot(wizard, QStringLiteral("registration-account.png"));
    pressWizard(wizard, QWizard::CommitButton);

    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ui::RegistrationWizard::DonePage), 15000);
    QVERIFY(wizard->registeredAccount());
    QCOMPARE(wizard->registeredLogin(), QStringLiteral("zijin_admin"));
    QCOMPARE(wizard->registeredAccount()->kind, Account::Kind::Unit);
    QVERIFY(child<QLabel>(wizard, "summaryLabel")->text().contains(Zijin.name));
    QVERIFY(!child<QLabel>(wizard, "nextStepsLabel")->text().isEmpty());
    QVERIFY(wizard->button(QWizard::BackButton)->isHidden() || !wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(child<QCheckBox>(wizard, "fillLoginCheck")->isChecked());
    screenshot(wizard, QStringLiteral("registration-done.png"));
    pressWizard(wizard, QWizard::FinishButton);
    QTRY_VERIFY(!m_login->registrationWizard());

    // The login window has the new account filled in; logging in works.
    QCOMPARE(child<QLineEdit>(m_login.get(), "loginEdit")->text(), QStringLiteral("zijin_admin"));
    QVERIFY(m_login->errorText().contains(QLatin1String("zijin_admin")));   // the notice says what next
    screenshot(m_login.get(), QStringLiteral("registration-login.png"));
    logIn(m_login.get(), password);
    const Session session = m_login->session();
    QVERIFY(session.isMainAccount() && session.isReady());
    QVERIFY(session.unit && !session.unit->verified);
    QCOMPARE(session.unit->name, Zijin.name);

    // 角色认证 of the new unit: a wrong code, the right code with the wrong kind, then right.
    ui::RoleAuthenticationDialog auth(m_client.get(), session);
    auth.show();
    QSignalSpy verified(&auth, &ui::RoleAuthenticationDialog::unitAuthenticated);
    auto *codeEdit = child<QLineEdit>(&auth, "unitCodeEdit");
    auto *okButton = child<QPushButton>(&auth, "okButton");
    QTest::mouseClick(okButton, Qt::LeftButton);   // nothing chosen: said, nothing sent
    QVERIFY(!auth.fieldErrorText(QStringLiteral("kind")).isEmpty());
    QVERIFY(!auth.fieldErrorText(QStringLiteral("unit_code")).isEmpty());
    QVERIFY(!auth.isBusy());

    child<QRadioButton>(&auth, "manufacturerRadio")->click();
    retype(codeEdit, QStringLiteral("SC32010000011"));   // another unit's code
    screenshot(&auth, QStringLiteral("role-authentication.png"));
    QTest::mouseClick(okButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!auth.isBusy(), 15000);
    ApiError mismatch;
    mismatch.code = QStringLiteral("unit_code_mismatch");
    QVERIFY2(auth.fieldErrorText(QStringLiteral("unit_code")).startsWith(ui::ErrorText::sentence(mismatch)),
             qPrintable(auth.fieldErrorText(QStringLiteral("unit_code"))));
    QVERIFY(marked(codeEdit));
    QVERIFY(auth.resultText().isEmpty() && verified.isEmpty());
    screenshot(&auth, QStringLiteral("role-authentication-mismatch.png"));

    retype(codeEdit, Zijin.unitCode.toLower());   // normalized before it is sent
    QVERIFY(auth.fieldErrorText(QStringLiteral("unit_code")).isEmpty());   // editing clears the server's word
    child<QRadioButton>(&auth, "distributorRadio")->click();
    QTest::mouseClick(okButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!auth.isBusy(), 15000);
    QVERIFY(!auth.fieldErrorText(QStringLiteral("unit_code")).isEmpty());
    QVERIFY(verified.isEmpty());

    child<QRadioButton>(&auth, "manufacturerRadio")->click();
    QTest::keyClick(codeEdit, Qt::Key_Return);   // Enter sends, like 认证
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 15000);
    QVERIFY(auth.verifiedUnit() && auth.verifiedUnit()->verified);
    QCOMPARE(auth.verifiedUnit()->unitCode, Zijin.unitCode);
    QCOMPARE(auth.verifiedUnit()->kind, Unit::Kind::Manufacturer);
    QVERIFY(auth.resultText().contains(Zijin.unitCode));
    QVERIFY(!codeEdit->isEnabled());
    screenshot(&auth, QStringLiteral("role-authentication-done.png"));
    QSignalSpy accepted(&auth, &QDialog::accepted);
    QTest::keyClick(&auth, Qt::Key_Escape);   // closing after success counts as done
    QCOMPARE(accepted.size(), 1);

    // The server agrees.
    const QString token = m_server->loginToken(QStringLiteral("zijin_admin"), password);
    const QJsonObject unit = m_server->request("GET", QStringLiteral("/me"), {}, token).object()
                                 .value(QLatin1String("unit")).toObject();
    QCOMPARE(unit.value(QLatin1String("verified")).toBool(), true);
    QCOMPARE(unit.value(QLatin1String("kind")).toString(), QStringLiteral("manufacturer"));
}

void TestAccountDialogs::registrationChecksFieldsAsTheyAreTyped()
{
    m_login->openRegistration();
    ui::RegistrationWizard *wizard = m_login->registrationWizard();
    QVERIFY(wizard);
    pressWizard(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(ui::RegistrationWizard::LegalPersonPage));

    // Next with nothing typed: every field says what it needs, the page stays.
    pressWizard(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(ui::RegistrationWizard::LegalPersonPage));
    for (const char *f : {"uscc", "unit_name", "legal_rep_name", "legal_rep_id_number"})
        QVERIFY2(!wizard->fieldErrorText(QLatin1String(f)).isEmpty(), f);

    // A typing error in the USCC's check character is caught as soon as all 18 are typed.
    auto *uscc = child<QLineEdit>(wizard, "usccEdit");
    retype(uscc, QStringLiteral("91320100MA27H6W42"));
    const QString partial = wizard->fieldErrorText(QStringLiteral("uscc"));
    QVERIFY(partial.contains(QStringLiteral("17")));
    QTest::keyClicks(uscc, QStringLiteral("X"));
    const QString check = wizard->fieldErrorText(QStringLiteral("uscc"));
    QVERIFY(!check.isEmpty() && check != partial);
    QVERIFY(marked(uscc));
    QTest::keyClick(uscc, Qt::Key_Backspace);
    QTest::keyClicks(uscc, QStringLiteral("y"));   // lower case is fine: codes are upper-cased
    QVERIFY(wizard->fieldErrorText(QStringLiteral("uscc")).isEmpty());
    QVERIFY(!marked(uscc));

    // A resident id whose birth date cannot exist.
    retype(child<QLineEdit>(wizard, "legalRepIdEdit"), QStringLiteral("320113199002300264"));
    QVERIFY(!wizard->fieldErrorText(QStringLiteral("legal_rep_id_number")).isEmpty());
    fillLegalPerson(wizard, Zijin);
    pressWizard(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(ui::RegistrationWizard::PhonePage));
    auto *send = child<QPushButton>(wizard, "sendButton");
    auto *captchaImage = child<QPushButton>(wizard, "captchaButton");
    QCoreApplication::processEvents();
    const QRect sendBefore(send->mapTo(wizard, QPoint()), send->size());
    const QRect captchaBefore(captchaImage->mapTo(wizard, QPoint()), captchaImage->size());
    // The captcha is shown whole, at its natural size.
    QVERIFY2(captchaImage->height() >= ui::CaptchaImage::ImageSize.height(), qPrintable(QString::number(captchaImage->height())));
    QVERIFY(captchaImage->width() >= ui::CaptchaImage::ImageSize.width());

    // The phone page wants a valid phone and a 6-digit code before it moves on.
    retype(child<QLineEdit>(wizard, "phoneEdit"), QStringLiteral("12345678901"));
    retype(child<QLineEdit>(wizard, "smsEdit"), QStringLiteral("12a"));
    pressWizard(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(ui::RegistrationWizard::PhonePage));
    QVERIFY(!wizard->fieldErrorText(QStringLiteral("phone")).isEmpty());
    QVERIFY(!wizard->fieldErrorText(QStringLiteral("sms_code")).isEmpty());
    // The error lines had their space already: 获取验证码 and the image did not move.
    QCoreApplication::processEvents();
    QCOMPARE(QRect(send->mapTo(wizard, QPoint()), send->size()), sendBefore);
    QCOMPARE(QRect(captchaImage->mapTo(wizard, QPoint()), captchaImage->size()), captchaBefore);
    // 获取验证码 with a bad phone sends nothing.
    QTest::mouseClick(child<QPushButton>(wizard, "sendButton"), Qt::LeftButton);
    QVERIFY(!wizard->smsVerification()->isBusy());
    QVERIFY(m_server->smsMessages(QStringLiteral("12345678901")).isEmpty());
    retype(child<QLineEdit>(wizard, "phoneEdit"), QStringLiteral("13812340009"));
    retype(child<QLineEdit>(wizard, "smsEdit"), QStringLiteral("123456"));
    pressWizard(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(ui::RegistrationWizard::AccountPage));

    // The login rule: never a phone number, letters a-z first.
    auto *login = child<QLineEdit>(wizard, "loginEdit");
    retype(login, QStringLiteral("13812340009"));
    QTest::keyClick(login, Qt::Key_Tab);
    QVERIFY(!wizard->fieldErrorText(QStringLiteral("login")).isEmpty());
    retype(login, QStringLiteral("zi jin"));
    QVERIFY(!wizard->fieldErrorText(QStringLiteral("login")).isEmpty());
    retype(login, QStringLiteral("zijin"));
    QVERIFY(wizard->fieldErrorText(QStringLiteral("login")).isEmpty());

    // A weak password and a repeat that differs keep the registration from being sent.
    retype(child<QLineEdit>(wizard, "passwordEdit"), QStringLiteral("abcdefgh"));
    QVERIFY(!wizard->fieldErrorText(QStringLiteral("password")).isEmpty());
    pressWizard(wizard, QWizard::CommitButton);
    QVERIFY(!wizard->isBusy());
    QCOMPARE(wizard->currentId(), int(ui::RegistrationWizard::AccountPage));
    retype(child<QLineEdit>(wizard, "passwordEdit"), QStringLiteral("Abcdefg1"));
    retype(child<QLineEdit>(wizard, "repeatEdit"), QStringLiteral("Abcdefg2"));
    QVERIFY(!wizard->fieldErrorText(QStringLiteral("repeat")).isEmpty());
    pressWizard(wizard, QWizard::CommitButton);
    QVERIFY(!wizard->isBusy());
    QCOMPARE(wizard->currentId(), int(ui::RegistrationWizard::AccountPage));
    QVERIFY(!wizard->registeredAccount());

    // Back keeps what was typed.
    pressWizard(wizard, QWizard::BackButton);
    pressWizard(wizard, QWizard::BackButton);
    QCOMPARE(child<QLineEdit>(wizard, "usccEdit")->text().toUpper(), Zijin.uscc);
    wizard->reject();
    QTRY_VERIFY(!m_login->registrationWizard());
}

void TestAccountDialogs::registrationShowsServerAnswersNextToTheirFields()
{
    m_login->openRegistration();
    ui::RegistrationWizard *wizard = m_login->registrationWizard();
    QVERIFY(wizard);
    child<QRadioButton>(wizard, "eLicenseRadio")->click();
    pressWizard(wizard, QWizard::NextButton);
    LegalPerson wrong = Qingcheng;
    wrong.rep = QStringLiteral("孙丽");   // well-formed, not what the registry holds
    fillLegalPerson(wizard, wrong);
    pressWizard(wizard, QWizard::NextButton);

    const QString phone = QStringLiteral("13812340002");
    retype(child<QLineEdit>(wizard, "phoneEdit"), phone);
    requestCode(wizard->smsVerification(), child<QLineEdit>(wizard, "captchaEdit"),
                child<QPushButton>(wizard, "sendButton"), phone);
    const QString code = latestCode(phone);
    QString wrongCode = code;
    wrongCode[5] = QLatin1Char(code.at(5) == QLatin1Char('0') ? '1' : '0');
    auto *smsEdit = child<QLineEdit>(wizard, "smsEdit");
    retype(smsEdit, wrongCode);
    pressWizard(wizard, QWizard::NextButton);
    retype(child<QLineEdit>(wizard, "loginEdit"), QStringLiteral("nmg_hosp"));   // taken by 呼和浩特市第一医院
    const QString password = QStringLiteral("Green#Hill2026");
    retype(child<QLineEdit>(wizard, "passwordEdit"), password);
    retype(child<QLineEdit>(wizard, "repeatEdit"), password);

    // 1. A wrong SMS code: back on the phone page, under the code.
    pressWizard(wizard, QWizard::CommitButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ui::RegistrationWizard::PhonePage), 15000);
    QTRY_VERIFY(!wizard->isBusy());
    ApiError e;
    e.code = QStringLiteral("sms_code_invalid");
    QCOMPARE(wizard->fieldErrorText(QStringLiteral("sms_code")), ui::ErrorText::sentence(e));
    QVERIFY(marked(smsEdit));
    QCOMPARE(wizard->focusWidget(), smsEdit);

    // 2. The registry does not know these details: the four fields, one sentence.
    retype(smsEdit, code);
    QVERIFY(wizard->fieldErrorText(QStringLiteral("sms_code")).isEmpty());
    pressWizard(wizard, QWizard::NextButton);
    pressWizard(wizard, QWizard::CommitButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ui::RegistrationWizard::LegalPersonPage), 15000);
    e.code = QStringLiteral("legal_person_mismatch");
    QVERIFY2(wizard->legalPersonMessage().startsWith(ui::ErrorText::sentence(e)), qPrintable(wizard->legalPersonMessage()));
    for (const char *name : {"usccEdit", "unitNameEdit", "legalRepNameEdit", "legalRepIdEdit"})
        QVERIFY2(marked(child<QLineEdit>(wizard, name)), name);
    screenshot(wizard, QStringLiteral("registration-legal-person-mismatch.png"));

    // 3. A unit that is registered already: under the code.
    fillLegalPerson(wizard, FirstHospital);
    QVERIFY(wizard->legalPersonMessage().isEmpty());
    QVERIFY(!marked(child<QLineEdit>(wizard, "unitNameEdit")));
    pressWizard(wizard, QWizard::NextButton);
    pressWizard(wizard, QWizard::NextButton);
    pressWizard(wizard, QWizard::CommitButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ui::RegistrationWizard::LegalPersonPage), 15000);
    QTRY_VERIFY(!wizard->isBusy());
    e.code = QStringLiteral("already_registered");
    QCOMPARE(wizard->fieldErrorText(QStringLiteral("uscc")), ui::ErrorText::sentence(e));
    QVERIFY(wizard->fieldErrorText(QStringLiteral("unit_name")).isEmpty());
    // The page does not move on while the server's word stands.
    pressWizard(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(ui::RegistrationWizard::LegalPersonPage));

    // 4. A login another main account has: under the login.
    fillLegalPerson(wizard, Qingcheng);
    QVERIFY(wizard->fieldErrorText(QStringLiteral("uscc")).isEmpty());
    pressWizard(wizard, QWizard::NextButton);
    pressWizard(wizard, QWizard::NextButton);
    pressWizard(wizard, QWizard::CommitButton);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isBusy(), 15000);
    QCOMPARE(wizard->currentId(), int(ui::RegistrationWizard::AccountPage));
    const QString taken = wizard->fieldErrorText(QStringLiteral("login"));
    QVERIFY2(!taken.isEmpty(), "login_taken is not shown under the login");
    QVERIFY(marked(child<QLineEdit>(wizard, "loginEdit")));

    // 5. A free login: registered, with the electronic business licence method.
    retype(child<QLineEdit>(wizard, "loginEdit"), QStringLiteral("qingcheng"));
    QVERIFY(wizard->fieldErrorText(QStringLiteral("login")).isEmpty());
    pressWizard(wizard, QWizard::CommitButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ui::RegistrationWizard::DonePage), 15000);
    QCOMPARE(wizard->registeredLogin(), QStringLiteral("qingcheng"));
    // The SMS code was used up by the success only.
    QCOMPARE(m_server->login(QStringLiteral("qingcheng"), password).status, 201);

    // Unticked “fill in the login window”: the login form is left as it was.
    child<QCheckBox>(wizard, "fillLoginCheck")->setChecked(false);
    auto *loginEdit = child<QLineEdit>(m_login.get(), "loginEdit");
    loginEdit->setText(QStringLiteral("someone_else"));
    pressWizard(wizard, QWizard::FinishButton);
    QTRY_VERIFY(!m_login->registrationWizard());
    QCOMPARE(loginEdit->text(), QStringLiteral("someone_else"));
}

void TestAccountDialogs::roleAuthenticationIsOnlyForTheMainAccount()
{
    const TestServer::Reply reply = m_server->login(QStringLiteral("13904711001"), demo::Password);
    QCOMPARE(reply.status, 201);
    const std::optional<Session> session = Session::fromJson(reply.object());
    QVERIFY(session && session->account && !session->isMainAccount());
    m_client->setToken(session->token);
    ui::RoleAuthenticationDialog auth(m_client.get(), *session);
    auth.show();
    QVERIFY(!auth.errorText().isEmpty());
    QVERIFY(!child<QLineEdit>(&auth, "unitCodeEdit")->isEnabled());
    QVERIFY(!child<QPushButton>(&auth, "okButton")->isEnabled());
    auth.accept();
    QVERIFY(!auth.isBusy());
    // The unit shown is the handler's, already authenticated.
    QVERIFY(child<QLabel>(&auth, "unitLabel")->text().contains(FirstHospital.unitCode));
    QSignalSpy rejected(&auth, &QDialog::rejected);
    QTest::keyClick(&auth, Qt::Key_Escape);
    QCOMPARE(rejected.size(), 1);
}

void TestAccountDialogs::forgotPasswordResetsHandlerPasswordThenLogsIn()
{
    const QString phone = QStringLiteral("13904711001");   // 王芳, a handler of 呼和浩特市第一医院
    auto *loginEdit = child<QLineEdit>(m_login.get(), "loginEdit");
    retype(loginEdit, phone);
    QTest::mouseClick(child<QPushButton>(m_login.get(), "forgotButton"), Qt::LeftButton);
    QTRY_VERIFY(m_login->forgotPasswordDialog() && m_login->forgotPasswordDialog()->isVisible());
    QPointer<ui::ForgotPasswordDialog> dialog = m_login->forgotPasswordDialog();
    QVERIFY(!dialog->isMainAccount());   // a phone number: a handler
    QCOMPARE(child<QLineEdit>(dialog, "phoneEdit")->text(), phone);
    QVERIFY(!child<QLineEdit>(dialog, "loginEdit")->isEnabled());

    requestCode(dialog->smsVerification(), child<QLineEdit>(dialog, "captchaEdit"),
                child<QPushButton>(dialog, "sendButton"), phone);
    const QString code = latestCode(phone);

    // Closing and reopening keeps the phone and its countdown.
    dialog->reject();
    QTRY_VERIFY(!m_login->forgotPasswordDialog());
    loginEdit->clear();
    m_login->openForgotPassword();
    dialog = m_login->forgotPasswordDialog();
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(dialog, "phoneEdit")->text(), phone);
    QVERIFY(dialog->smsVerification()->resendSecondsLeft() > 45);
    QVERIFY(!child<QPushButton>(dialog, "sendButton")->isEnabled());

    // A weak password is refused before anything is sent.
    auto *smsEdit = child<QLineEdit>(dialog, "smsEdit");
    auto *newEdit = child<QLineEdit>(dialog, "newEdit");
    auto *repeatEdit = child<QLineEdit>(dialog, "repeatEdit");
    retype(smsEdit, code);
    retype(newEdit, QStringLiteral("wangfang"));
    retype(repeatEdit, QStringLiteral("wangfang"));
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QVERIFY(!dialog->isBusy());
    QVERIFY(!dialog->fieldErrorText(QStringLiteral("new_password")).isEmpty());
    QCOMPARE(dialog->focusWidget(), newEdit);

    // A wrong code: under the code.
    const QString password = QStringLiteral("Wangfang#2026");
    retype(newEdit, password);
    retype(repeatEdit, password);
    QVERIFY(dialog->fieldErrorText(QStringLiteral("new_password")).isEmpty());
    QVERIFY(dialog->fieldErrorText(QStringLiteral("repeat")).isEmpty());
    QString wrongCode = code;
    wrongCode[0] = QLatin1Char(code.at(0) == QLatin1Char('9') ? '8' : '9');
    retype(smsEdit, wrongCode);
    screenshot(dialog, QStringLiteral("forgot-password.png"));
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    ApiError e;
    e.code = QStringLiteral("sms_code_invalid");
    QCOMPARE(dialog->fieldErrorText(QStringLiteral("sms_code")), ui::ErrorText::sentence(e));
    QVERIFY(dialog->isVisible());

    // The right code: reset, and the login window says so with the phone filled in.
    retype(smsEdit, code);
    QTest::keyClick(repeatEdit, Qt::Key_Return);   // Enter resets, like the default button
    QTRY_VERIFY_WITH_TIMEOUT(!m_login->forgotPasswordDialog(), 15000);
    QCOMPARE(loginEdit->text(), phone);
    QVERIFY(!m_login->errorText().isEmpty());   // the notice
    QVERIFY(child<QLineEdit>(m_login.get(), "passwordEdit")->text().isEmpty());
    QCOMPARE(m_server->login(phone, demo::Password).status, 401);
    logIn(m_login.get(), password);
    QVERIFY(m_login->session().account);
    QCOMPARE(m_login->session().account->phone, phone);
}

void TestAccountDialogs::forgotPasswordOfMainAccountNeedsItsRegisteredPhone()
{
    retype(child<QLineEdit>(m_login.get(), "loginEdit"), QStringLiteral("JS_Hosp"));
    m_login->openForgotPassword();
    ui::ForgotPasswordDialog *dialog = m_login->forgotPasswordDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isMainAccount());   // a login name: a main account
    auto *login = child<QLineEdit>(dialog, "loginEdit");
    QVERIFY(login->isEnabled());
    QCOMPARE(login->text(), QStringLiteral("js_hosp"));
    QVERIFY(child<QLineEdit>(dialog, "phoneEdit")->text().isEmpty());

    // Another unit's registered phone (南京金陵制药集团's): no such main account.
    const QString otherPhone = QStringLiteral("13951000001");
    auto *phone = child<QLineEdit>(dialog, "phoneEdit");
    retype(phone, otherPhone);
    requestCode(dialog->smsVerification(), child<QLineEdit>(dialog, "captchaEdit"),
                child<QPushButton>(dialog, "sendButton"), otherPhone);
    retype(child<QLineEdit>(dialog, "smsEdit"), latestCode(otherPhone));
    const QString password = QStringLiteral("Xuanwu#Hosp2026");
    retype(child<QLineEdit>(dialog, "newEdit"), password);
    retype(child<QLineEdit>(dialog, "repeatEdit"), password);
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QVERIFY2(!dialog->fieldErrorText(QStringLiteral("login")).isEmpty(), "not_found is not shown under the login");
    QVERIFY(marked(login));

    // Its registered phone: reset, and the login window gets the login name.
    const QString registered = QStringLiteral("13951000003");
    retype(phone, registered);
    QVERIFY(dialog->fieldErrorText(QStringLiteral("login")).isEmpty());   // the phone may have been the mistake
    requestCode(dialog->smsVerification(), child<QLineEdit>(dialog, "captchaEdit"),
                child<QPushButton>(dialog, "sendButton"), registered);
    retype(child<QLineEdit>(dialog, "smsEdit"), latestCode(registered));
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_login->forgotPasswordDialog(), 15000);
    QCOMPARE(child<QLineEdit>(m_login.get(), "loginEdit")->text(), QStringLiteral("js_hosp"));
    QCOMPARE(m_server->login(QStringLiteral("js_hosp"), password).status, 201);
    // A phone's handler credentials were not touched.
    QCOMPARE(m_server->login(QStringLiteral("13770004444"), demo::Password).status, 201);
}

QTEST_MAIN(TestAccountDialogs)
#include "tst_accountdialogs.moc"
