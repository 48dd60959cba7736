#include "RoleAuthenticationDialog.h"
#include "ui_RoleAuthenticationDialog.h"

#include "ui/ErrorText.h"
#include "ui/UiStyle.h"

#include "models/Validators.h"

#include <QIcon>
#include <QLoggingCategory>

namespace zc::ui {

namespace {
Q_LOGGING_CATEGORY(lcRoleAuth, "zc.ui.roleauth", QtInfoMsg)
}

RoleAuthenticationDialog::RoleAuthenticationDialog(sync::ApiClient *client, const Session &session, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::RoleAuthenticationDialog), m_client(client), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/zc/icons/building.svg")).pixmap(40, 40));
    UiStyle::dialogHeadline(m_ui->headlineLabel);
    UiStyle::intro(m_ui->introLabel);
    UiStyle::primaryButton(m_ui->okButton);
    UiStyle::fieldError(m_ui->kindErrorLabel, nullptr, QString());
    UiStyle::fieldError(m_ui->unitCodeErrorLabel, nullptr, QString());
    UiStyle::fieldHint(m_ui->unitCodeHintLabel,
                       tr("The unit code is the unit's number in the medical-insurance agency system. Medical "
                          "institutions find it in the Jiangsu Medical Insurance Cloud app under Insurance "
                          "information › Personal insurance information."));
    UiStyle::message(m_ui->resultLabel, QString(), UiStyle::Message::Success);
    UiStyle::valueBox(m_ui->unitLabel);
    m_ui->unitLabel->setTextFormat(Qt::RichText);
    m_ui->medicalRadio->setAccessibleName(kindTitle(Unit::Kind::MedicalInstitution));
    m_ui->manufacturerRadio->setAccessibleName(kindTitle(Unit::Kind::Manufacturer));
    m_ui->distributorRadio->setAccessibleName(kindTitle(Unit::Kind::Distributor));

    m_allowed = m_session.isMainAccount() && m_session.unit.has_value();
    m_ui->unitLabel->setVisible(m_session.unit.has_value());
    if (m_session.unit) {
        const Unit &unit = *m_session.unit;
        showUnit(unit);
        if (unit.kind != Unit::Kind::None)
            setKind(unit.kind);
        m_ui->unitCodeEdit->setText(unit.unitCode);
        if (unit.verified) {
            m_ui->introLabel->setText(tr("This unit is already authenticated. Authenticate it again only if its "
                                         "kind or its unit code has changed."));
        }
    }
    if (!m_allowed) {
        UiStyle::message(m_ui->resultLabel,
                         tr("Only the unit's main account can do the role authentication. Log in with the main "
                            "account created at registration."),
                         UiStyle::Message::Warning);
        for (QWidget *w : std::initializer_list<QWidget *>{m_ui->medicalRadio, m_ui->manufacturerRadio,
                                                           m_ui->distributorRadio, m_ui->unitCodeEdit, m_ui->okButton})
            w->setEnabled(false);
        m_ui->cancelButton->setText(tr("Close"));
    }

    for (QRadioButton *r : {m_ui->medicalRadio, m_ui->manufacturerRadio, m_ui->distributorRadio}) {
        connect(r, &QRadioButton::toggled, this, [this](bool on) {
            if (!on)
                return;
            m_codeServerError.clear();
            validateTouched();
        });
    }
    connect(m_ui->unitCodeEdit, &QLineEdit::textEdited, this, [this] {
        m_codeServerError.clear();
        validateTouched();
    });
    connect(m_ui->unitCodeEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_ui->unitCodeEdit->text().trimmed().isEmpty())
            m_touched = true;
        validateTouched();
    });
    connect(m_ui->okButton, &QPushButton::clicked, this, &RoleAuthenticationDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &RoleAuthenticationDialog::reject);
    connect(m_ui->busyBar, &BusyBar::cancelled, this, [this] { setBusy(false); });

    setTabOrder(m_ui->medicalRadio, m_ui->manufacturerRadio);
    setTabOrder(m_ui->manufacturerRadio, m_ui->distributorRadio);
    setTabOrder(m_ui->distributorRadio, m_ui->unitCodeEdit);
    setTabOrder(m_ui->unitCodeEdit, m_ui->okButton);
    setTabOrder(m_ui->okButton, m_ui->cancelButton);
    if (m_allowed) {
        if (kind() == Unit::Kind::None)
            m_ui->medicalRadio->setFocus();
        else
            m_ui->unitCodeEdit->setFocus();
    }
    // The window grows when a message appears (the layout's minimum); it starts at a comfortable width.
    resize(560, sizeHint().height());
}

RoleAuthenticationDialog::~RoleAuthenticationDialog()
{
    m_closing = true;
    if (m_job)
        m_job->abort();
}

QString RoleAuthenticationDialog::kindTitle(Unit::Kind kind)
{
    switch (kind) {
    case Unit::Kind::MedicalInstitution: return tr("medical institution");
    case Unit::Kind::Manufacturer: return tr("manufacturer");
    case Unit::Kind::Distributor: return tr("distributor");
    case Unit::Kind::None: break;
    }
    return tr("not authenticated");
}

void RoleAuthenticationDialog::setKind(Unit::Kind kind)
{
    m_ui->medicalRadio->setChecked(kind == Unit::Kind::MedicalInstitution);
    m_ui->manufacturerRadio->setChecked(kind == Unit::Kind::Manufacturer);
    m_ui->distributorRadio->setChecked(kind == Unit::Kind::Distributor);
}

Unit::Kind RoleAuthenticationDialog::kind() const
{
    if (m_ui->medicalRadio->isChecked())
        return Unit::Kind::MedicalInstitution;
    if (m_ui->manufacturerRadio->isChecked())
        return Unit::Kind::Manufacturer;
    if (m_ui->distributorRadio->isChecked())
        return Unit::Kind::Distributor;
    return Unit::Kind::None;
}

QString RoleAuthenticationDialog::fieldErrorText(const QString &field) const
{
    const QLabel *label = field == QLatin1String("kind")        ? m_ui->kindErrorLabel
                          : field == QLatin1String("unit_code") ? m_ui->unitCodeErrorLabel
                                                                : nullptr;
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

QString RoleAuthenticationDialog::resultText() const
{
    return m_verified ? m_ui->resultLabel->text() : QString();
}

QString RoleAuthenticationDialog::errorText() const
{
    return !m_verified && m_ui->resultLabel->isVisibleTo(this) ? m_ui->resultLabel->text() : QString();
}

void RoleAuthenticationDialog::showUnit(const Unit &unit)
{
    const QString state = unit.verified
        ? tr("authenticated as a %1, unit code %2").arg(kindTitle(unit.kind), unit.unitCode.toHtmlEscaped())
        : tr("not authenticated yet");
    m_ui->unitLabel->setText(tr("<b>%1</b><br>Unified social credit code: %2<br>Role authentication: %3")
                                 .arg(unit.name.toHtmlEscaped(), unit.uscc.toHtmlEscaped(), state));
}

QString RoleAuthenticationDialog::kindError() const
{
    return kind() == Unit::Kind::None ? tr("Please choose what kind of unit yours is.") : QString();
}

QString RoleAuthenticationDialog::unitCodeError() const
{
    switch (validate::unitCode(m_ui->unitCodeEdit->text())) {
    case ValidationError::None: return {};
    case ValidationError::Empty: return tr("Please enter the unit code.");
    case ValidationError::TooLong: return tr("The unit code has at most 32 characters.");
    default: return tr("The unit code has capital letters and digits only.");
    }
}

void RoleAuthenticationDialog::validateTouched()
{
    if (m_touched)
        UiStyle::fieldError(m_ui->kindErrorLabel, nullptr, kindError());
    const QString code = !m_codeServerError.isEmpty() ? m_codeServerError
                         : m_touched                  ? unitCodeError()
                                                      : QString();
    UiStyle::fieldError(m_ui->unitCodeErrorLabel, m_ui->unitCodeEdit, code);
}

void RoleAuthenticationDialog::accept()
{
    if (m_verified) {
        QDialog::accept();
        return;
    }
    if (!m_allowed || m_job || !m_client)
        return;
    m_touched = true;
    m_codeServerError.clear();
    validateTouched();
    if (!kindError().isEmpty()) {
        m_ui->medicalRadio->setFocus();
        return;
    }
    if (!unitCodeError().isEmpty()) {
        m_ui->unitCodeEdit->setFocus();
        return;
    }
    UiStyle::message(m_ui->resultLabel, QString(), UiStyle::Message::Error);
    m_job = m_client->authenticateUnit(kind(), validate::normalizeCode(m_ui->unitCodeEdit->text()), this,
                                       [this](const sync::Result<Unit> &r) {
                                           if (!m_closing)
                                               finished(r);
                                       });
    setBusy(true);
}

void RoleAuthenticationDialog::finished(const sync::Result<Unit> &r)
{
    m_job.clear();
    setBusy(false);
    if (!r.ok()) {
        qCInfo(lcRoleAuth) << "unit authentication refused:" << r.error.code;
        if (r.error.is(ErrorCode::Cancelled))
            return;
        const QString field = ErrorText::field(r.error);
        if (r.error.is(ErrorCode::UnitCodeMismatch)) {
            m_codeServerError = ErrorText::sentence(r.error) + QLatin1Char(' ')
                + tr("Check the code, and that the unit kind chosen above is the right one.");
        } else if (r.error.is(ErrorCode::Conflict) && field == QLatin1String("unit_code")) {
            m_codeServerError = tr("Another unit has already been authenticated with this unit code.");
        } else if (field == QLatin1String("unit_code")) {
            m_codeServerError = ErrorText::sentence(r.error);
        } else if (field == QLatin1String("kind")) {
            UiStyle::fieldError(m_ui->kindErrorLabel, nullptr, ErrorText::sentence(r.error));
            return;
        } else {
            UiStyle::message(m_ui->resultLabel, ErrorText::sentence(r.error), UiStyle::Message::Error);
            return;
        }
        validateTouched();
        m_ui->unitCodeEdit->selectAll();
        m_ui->unitCodeEdit->setFocus();
        return;
    }
    m_verified = *r.value;
    qCInfo(lcRoleAuth) << "unit" << m_verified->id << "authenticated";
    showUnit(*m_verified);
    UiStyle::message(m_ui->resultLabel,
                     tr("Authenticated: %1 is a %2 with the unit code %3.")
                         .arg(m_verified->name, kindTitle(m_verified->kind), m_verified->unitCode),
                     UiStyle::Message::Success);
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->medicalRadio, m_ui->manufacturerRadio,
                                                       m_ui->distributorRadio, m_ui->unitCodeEdit})
        w->setEnabled(false);
    m_ui->unitCodeEdit->setText(m_verified->unitCode);
    m_ui->unitCodeHintLabel->hide();   // found it: the hint has done its work
    m_ui->okButton->setText(tr("&Done"));
    m_ui->cancelButton->hide();
    m_ui->okButton->setFocus();
    Q_EMIT unitAuthenticated(*m_verified);
}

void RoleAuthenticationDialog::setBusy(bool busy)
{
    m_ui->busyBar->setBusy(busy, tr("Checking the unit code with the registry…"), m_job);
    const bool editable = !busy && m_allowed && !m_verified;
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->medicalRadio, m_ui->manufacturerRadio,
                                                       m_ui->distributorRadio, m_ui->unitCodeEdit})
        w->setEnabled(editable);
    m_ui->okButton->setEnabled(!busy && (m_allowed || m_verified));
}

void RoleAuthenticationDialog::reject()
{
    if (m_job) {
        m_ui->busyBar->cancel();
        return;
    }
    if (m_verified) {
        QDialog::accept();
        return;
    }
    QDialog::reject();
}

} // namespace zc::ui
