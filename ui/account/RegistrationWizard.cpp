#include "RegistrationWizard.h"
#include "ui_RegistrationWizard.h"

#include "ui/account/LegalPersonWording.h"
#include "ui/account/NewPasswordFields.h"
#include "ui/account/SmsVerification.h"
#include "ui/ErrorText.h"
#include "ui/UiStyle.h"

#include "models/AccountTableModel.h"
#include "models/Validators.h"
#include "sync/ApiClient.h"

#include <QAbstractButton>
#include <QIcon>
#include <QLoggingCategory>

namespace zc::ui {

namespace {
Q_LOGGING_CATEGORY(lcRegister, "zc.ui.register", QtInfoMsg)

const QString Uscc = QStringLiteral("uscc");
const QString UnitName = QStringLiteral("unit_name");
const QString LegalRepName = QStringLiteral("legal_rep_name");
const QString LegalRepId = QStringLiteral("legal_rep_id_number");
const QString Login = QStringLiteral("login");
const QString Password = QStringLiteral("password");
const QString Repeat = QStringLiteral("repeat");


bool isLegalPersonField(const QString &f)
{
    return f == Uscc || f == UnitName || f == LegalRepName || f == LegalRepId;
}
} // namespace

RegistrationWizard::RegistrationWizard(sync::ApiClient *client, SmsCooldowns *cooldowns, QWidget *parent)
    : QWizard(parent), m_ui(new Ui::RegistrationWizard), m_client(client)
{
    m_ui->setupUi(this);
    Q_ASSERT(page(MethodPage) == m_ui->methodPage && page(DonePage) == m_ui->donePage);
    const QString server = m_client ? m_client->profile().name : QString();
    setWindowTitle(server.isEmpty() ? tr("Register a unit") : tr("Register a unit — %1").arg(server));
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/zc/icons/building.svg")).pixmap(48, 48));
    setButtonText(QWizard::CommitButton, tr("&Register"));
    m_ui->accountPage->setCommitPage(true);
    m_ui->legalPersonDbRadio->setChecked(true);
    for (QLabel *l : {m_ui->legalPersonDbLabel, m_ui->eLicenseLabel, m_ui->alreadyLabel})
        UiStyle::intro(l);
    QFont bold = m_ui->legalPersonDbRadio->font();
    bold.setBold(true);
    m_ui->legalPersonDbRadio->setFont(bold);
    m_ui->eLicenseRadio->setFont(bold);

    for (QLabel *l : {m_ui->usccErrorLabel, m_ui->unitNameErrorLabel, m_ui->legalRepNameErrorLabel,
                      m_ui->legalRepIdErrorLabel, m_ui->loginErrorLabel})
        UiStyle::fieldError(l, nullptr, QString());
    UiStyle::message(m_ui->legalPersonMessageLabel, QString(), UiStyle::Message::Error);
    UiStyle::message(m_ui->accountMessageLabel, QString(), UiStyle::Message::Error);
    m_password = new NewPasswordFields({m_ui->passwordEdit, m_ui->strengthLabel, m_ui->repeatEdit, m_ui->matchLabel},
                                       NewPasswordFields::Wording::Password, this);

    m_sms = new SmsVerification(client, cooldowns, sync::SmsPurpose::Register,
                                {m_ui->phoneEdit, m_ui->phoneErrorLabel, m_ui->captchaEdit, m_ui->captchaButton,
                                 m_ui->captchaErrorLabel, m_ui->smsEdit, m_ui->sendButton, m_ui->smsErrorLabel,
                                 m_ui->phoneBusyBar},
                                this);

    // Legal person: each field is checked once the person has finished it (or
    // typed all 18 characters of a code), and from then on as they type.
    const QList<std::pair<QLineEdit *, QString>> legal{{m_ui->usccEdit, Uscc},
                                                       {m_ui->unitNameEdit, UnitName},
                                                       {m_ui->legalRepNameEdit, LegalRepName},
                                                       {m_ui->legalRepIdEdit, LegalRepId}};
    for (const auto &[edit, name] : legal) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit = edit, name = name] {
            if (edit->maxLength() == 18 && edit->text().trimmed().size() >= 18)
                m_touched.insert(name);
            if (name == Uscc)
                m_usccServerError.clear();
            setRegistryMismatch(QString());
            showLegalPersonErrors();
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, edit = edit, name = name] {
            if (!edit->text().trimmed().isEmpty())
                m_touched.insert(name);
            showLegalPersonErrors();
        });
    }
    connect(m_ui->loginEdit, &QLineEdit::textEdited, this, [this] {
        m_loginServerError.clear();
        showAccountHints();
    });
    connect(m_ui->loginEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_ui->loginEdit->text().trimmed().isEmpty())
            m_touched.insert(Login);
        showAccountHints();
    });
    connect(m_ui->accountBusyBar, &BusyBar::cancelled, this, [this] { setSubmitting(false); });
    connect(this, &QWizard::currentIdChanged, this, &RegistrationWizard::pageChanged);

    showLegalPersonErrors();
    showAccountHints();
}

RegistrationWizard::~RegistrationWizard()
{
    m_closing = true;   // the aborted job's callback must not touch the pages any more
    if (m_job)
        m_job->abort();
}

QString RegistrationWizard::registeredLogin() const
{
    return m_account ? m_account->login : QString();
}

bool RegistrationWizard::fillLoginRequested() const
{
    return m_account && m_ui->fillLoginCheck->isChecked();
}

RegistrationWizard::Field RegistrationWizard::field(const QString &name) const
{
    if (name == Uscc)
        return {m_ui->usccEdit, m_ui->usccErrorLabel};
    if (name == UnitName)
        return {m_ui->unitNameEdit, m_ui->unitNameErrorLabel};
    if (name == LegalRepName)
        return {m_ui->legalRepNameEdit, m_ui->legalRepNameErrorLabel};
    if (name == LegalRepId)
        return {m_ui->legalRepIdEdit, m_ui->legalRepIdErrorLabel};
    if (name == QLatin1String("phone"))
        return {m_ui->phoneEdit, m_ui->phoneErrorLabel};
    if (name == QLatin1String("captcha_answer"))
        return {m_ui->captchaEdit, m_ui->captchaErrorLabel};
    if (name == QLatin1String("sms_code"))
        return {m_ui->smsEdit, m_ui->smsErrorLabel};
    if (name == Login)
        return {m_ui->loginEdit, m_ui->loginErrorLabel};
    if (name == Password)
        return {m_ui->passwordEdit, m_ui->strengthLabel};
    if (name == Repeat)
        return {m_ui->repeatEdit, m_ui->matchLabel};
    return {};
}

QString RegistrationWizard::fieldErrorText(const QString &name) const
{
    const Field f = field(name);
    if (!f.label || !f.label->isVisibleTo(f.label->window()) || f.label->text().isEmpty())
        return {};
    if (name == Password)
        return m_password->passwordProblem();
    if (name == Repeat)
        return m_password->repeatProblem();
    if ((name == Login || name == QLatin1String("sms_code")) && !f.edit->property("zcError").toBool())
        return {};   // a hint in grey (the login rule) or a notice (“a code was sent to …”), not an error
    return f.label->text();
}

QString RegistrationWizard::legalPersonMessage() const
{
    return m_registryMismatch;
}

QString RegistrationWizard::accountMessage() const
{
    return m_ui->accountMessageLabel->text();
}

QString RegistrationWizard::legalPersonError(const QString &name) const
{
    return LegalPersonWording::problem(name, field(name).edit->text());
}

void RegistrationWizard::showLegalPersonErrors()
{
    for (const QString &name : {Uscc, UnitName, LegalRepName, LegalRepId}) {
        const Field f = field(name);
        QString text = m_touched.contains(name) ? legalPersonError(name) : QString();
        if (name == Uscc && text.isEmpty())
            text = m_usccServerError;
        UiStyle::fieldError(f.label, f.edit, text);
        // A registry mismatch concerns all four together: each is marked, the sentence is said once.
        if (text.isEmpty() && !m_registryMismatch.isEmpty())
            UiStyle::errorBorder(f.edit);
    }
}

void RegistrationWizard::setRegistryMismatch(const QString &text)
{
    if (m_registryMismatch == text)
        return;
    m_registryMismatch = text;
    UiStyle::message(m_ui->legalPersonMessageLabel, text, UiStyle::Message::Error);
    showLegalPersonErrors();
}

QString RegistrationWizard::loginError() const
{
    switch (validate::mainLogin(m_ui->loginEdit->text())) {
    case ValidationError::None: return {};
    case ValidationError::Empty: return tr("Please choose a login name.");
    case ValidationError::TooShort:
    case ValidationError::TooLong: return tr("The login name has 4 to 32 characters.");
    case ValidationError::BadFormat:
        return tr("The login name must start with a letter: a phone number cannot be a main account's login.");
    default: return tr("Use only the letters a–z, digits and . _ - in the login name.");
    }
}

void RegistrationWizard::showAccountHints()
{
    const QString typed = m_ui->loginEdit->text().trimmed();
    // A character that is never allowed is said at once; the rest once the field is finished.
    const bool badCharacter = !typed.isEmpty() && validate::mainLogin(typed) == ValidationError::BadCharacter;
    const QString error = !m_loginServerError.isEmpty()                ? m_loginServerError
                          : m_touched.contains(Login) || badCharacter ? loginError()
                                                                      : QString();
    if (!error.isEmpty()) {
        UiStyle::fieldError(m_ui->loginErrorLabel, m_ui->loginEdit, error);
    } else {
        UiStyle::fieldError(m_ui->loginErrorLabel, m_ui->loginEdit, QString());
        const QString normalized = validate::normalizeLogin(typed);
        UiStyle::fieldHint(m_ui->loginErrorLabel,
                           !typed.isEmpty() && normalized != typed
                               ? tr("Saved as “%1”: login names do not distinguish capital letters.").arg(normalized)
                               : tr("4 to 32 of the letters a–z, digits and . _ -, starting with a letter. The main "
                                    "account logs in with this name; handlers log in with their phone number, so "
                                    "the name cannot be one."));
    }
}

bool RegistrationWizard::checkLegalPerson()
{
    m_touched.unite({Uscc, UnitName, LegalRepName, LegalRepId});
    showLegalPersonErrors();
    for (const QString &name : {Uscc, UnitName, LegalRepName, LegalRepId}) {
        if (!legalPersonError(name).isEmpty() || (name == Uscc && !m_usccServerError.isEmpty())) {
            field(name).edit->setFocus();
            return false;
        }
    }
    return true;
}

bool RegistrationWizard::checkAccount()
{
    m_touched.insert(Login);
    showAccountHints();
    if (!loginError().isEmpty() || !m_loginServerError.isEmpty()) {
        m_ui->loginEdit->setFocus();
        return false;
    }
    return m_password->check();
}

bool RegistrationWizard::validateCurrentPage()
{
    if (m_job)
        return false;
    switch (currentId()) {
    case LegalPersonPage:
        return checkLegalPerson();
    case PhonePage:
        return !m_sms->isBusy() && m_sms->check();
    case AccountPage:
        if (m_account)
            return true;
        if (checkAccount())
            submit();
        return false;   // the answer moves on (or shows what is wrong)
    default:
        return true;
    }
}

void RegistrationWizard::pageChanged(int id)
{
    switch (id) {
    case LegalPersonPage:
        m_ui->usccEdit->setFocus();
        break;
    case PhonePage:
        if (m_sms->currentCaptchaId().isEmpty())
            m_sms->refreshCaptcha();
        m_ui->phoneEdit->setFocus();
        break;
    case AccountPage:
        UiStyle::message(m_ui->accountMessageLabel, QString(), UiStyle::Message::Error);
        m_ui->loginEdit->setFocus();
        break;
    case DonePage:
        fillDonePage();
        break;
    default:
        break;
    }
}

void RegistrationWizard::submit()
{
    if (!m_client || m_job)
        return;
    sync::RegistrationRequest r;
    r.method = m_ui->eLicenseRadio->isChecked() ? sync::RegistrationRequest::Method::ELicense
                                                : sync::RegistrationRequest::Method::LegalPersonDb;
    r.uscc = validate::normalizeCode(m_ui->usccEdit->text());
    r.unitName = m_ui->unitNameEdit->text().trimmed();
    r.legalRepName = m_ui->legalRepNameEdit->text().trimmed();
    r.legalRepIdNumber = validate::normalizeCode(m_ui->legalRepIdEdit->text());
    r.login = validate::normalizeLogin(m_ui->loginEdit->text());
    r.password = m_password->password();
    r.phone = m_sms->phone();
    r.smsCode = m_sms->code();
    UiStyle::message(m_ui->accountMessageLabel, QString(), UiStyle::Message::Error);
    m_job = m_client->registerUnit(r, this, [this](const sync::Result<Account> &result) {
        if (m_closing)
            return;
        m_job.clear();
        if (result.ok()) {
            m_account = *result.value;
            m_sms->codeUsed();
            qCInfo(lcRegister) << "unit registered; main account" << m_account->id;
            setSubmitting(false);
            next();
            return;
        }
        submitFinished(result.error);
    });
    setSubmitting(true);
}

void RegistrationWizard::submitFinished(const ApiError &error)
{
    setSubmitting(false);
    qCInfo(lcRegister) << "registration refused:" << error.status << error.code << error.field;
    if (error.is(ErrorCode::Cancelled)) {
        UiStyle::message(m_ui->accountMessageLabel,
                         tr("Stopped waiting for the server. If it registered the unit anyway, registering again "
                            "says so: then log in with the main account."),
                         UiStyle::Message::Info);
        return;
    }
    showSubmitError(error);
}

void RegistrationWizard::showSubmitError(const ApiError &error)
{
    const QString name = ErrorText::field(error);
    if (error.is(ErrorCode::LegalPersonMismatch)) {
        goToPage(LegalPersonPage);
        setRegistryMismatch(ErrorText::sentence(error) + QLatin1Char(' ')
                            + tr("Compare all four details with the business licence: the registry must match each "
                                 "of them exactly."));
        m_ui->usccEdit->setFocus();
        return;
    }
    if (isLegalPersonField(name)) {
        goToPage(LegalPersonPage);
        if (name == Uscc && !error.is(ErrorCode::InvalidField))
            m_usccServerError = ErrorText::sentence(error);   // already_registered
        m_touched.insert(name);
        showLegalPersonErrors();
        const Field f = field(name);
        if (!f.label->isVisibleTo(this) || f.label->text().isEmpty())
            UiStyle::fieldError(f.label, f.edit, ErrorText::sentence(error));
        f.edit->setFocus();
        return;
    }
    if (name == QLatin1String("phone") || name == QLatin1String("sms_code") || name == QLatin1String("captcha_answer")
        || error.is(ErrorCode::RateLimited)) {
        goToPage(PhonePage);
        if (m_sms->showServerError(error))
            return;
    }
    if (name == Login) {
        m_loginServerError = error.is(ErrorCode::LoginTaken)
            // ErrorText words login_taken for a unit's handlers; here it is the whole platform's main accounts.
            ? tr("This login name is already taken. Please choose another one.")
            : ErrorText::sentence(error);
        showAccountHints();
        m_ui->loginEdit->selectAll();
        m_ui->loginEdit->setFocus();
        return;
    }
    if (name == Password) {
        UiStyle::message(m_ui->accountMessageLabel, ErrorText::sentence(error), UiStyle::Message::Error);
        m_password->retypePassword();
        return;
    }
    UiStyle::message(m_ui->accountMessageLabel, ErrorText::sentenceWithSeconds(error), UiStyle::Message::Error);
}

void RegistrationWizard::goToPage(int id)
{
    while (currentId() > id && currentId() != DonePage) {
        const int before = currentId();
        back();
        if (currentId() == before)
            break;
    }
}

void RegistrationWizard::setSubmitting(bool submitting)
{
    m_ui->accountBusyBar->setBusy(submitting, tr("Registering the unit…"), m_job);
    m_ui->loginEdit->setEnabled(!submitting);
    m_password->setEnabled(!submitting);
    for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::CommitButton}) {
        if (QAbstractButton *button = this->button(b))
            button->setEnabled(!submitting);
    }
}

void RegistrationWizard::fillDonePage()
{
    if (!m_account)
        return;
    const QString unitName = m_ui->unitNameEdit->text().trimmed();
    UiStyle::message(m_ui->summaryLabel,
                     tr("%1 is registered (unified social credit code %2). Its main account is “%3”, with the "
                        "registered phone %4.")
                         .arg(unitName, validate::normalizeCode(m_ui->usccEdit->text()), m_account->login,
                              AccountTableModel::maskPhone(m_account->phone)),
                     UiStyle::Message::Success);
    m_ui->nextStepsLabel->setText(
        tr("<p><b>What happens next</b></p>"
           "<ol style=\"margin-left: 0px; -qt-list-indent: 1;\">"
           "<li>Log in with the main account <b>%1</b> and your password.</li>"
           "<li>Complete the <b>role authentication</b>: choose whether the unit is a medical institution, a "
           "manufacturer or a distributor, and verify its unit code from the medical-insurance agency system.</li>"
           "<li>Add handler accounts for the staff who do the daily work, and give them roles.</li></ol>")
            .arg(m_account->login.toHtmlEscaped()));
}

void RegistrationWizard::reject()
{
    if (m_job) {
        m_ui->accountBusyBar->cancel();
        return;
    }
    if (m_sms->isBusy()) {
        m_ui->phoneBusyBar->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace zc::ui
