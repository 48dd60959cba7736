#include "ApiTokenDialog.h"

#include "ui/ErrorText.h"
#include "ui/UiStyle.h"
#include "ui/widgets/BusyBar.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/PermissionFilterModel.h"

#include "models/PermissionTreeModel.h"
#include "models/Validators.h"
#include "sync/ApiClient.h"

#include <QClipboard>
#include <QDate>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace zc::ui {

ApiTokenDialog::ApiTokenDialog(sync::ApiClient *client, const PermissionCatalog &catalog, const Session &session,
                               QWidget *parent)
    : QDialog(parent), m_client(client), m_catalog(catalog)
{
    setWindowTitle(tr("Add API token"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);
    buildForm(session);
    buildSecretPage();

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    UiStyle::message(m_errorLabel, QString(), UiStyle::Message::Error);
    layout->addWidget(m_errorLabel);
    m_busyBar = new BusyBar(this);
    layout->addWidget(m_busyBar);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_okButton = new QPushButton(tr("&Add token"), this);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setDefault(true);
    UiStyle::primaryButton(m_okButton);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    buttons->addWidget(m_okButton);
    buttons->addWidget(m_cancelButton);
    layout->addLayout(buttons);

    connect(m_okButton, &QPushButton::clicked, this, &ApiTokenDialog::accept);
    connect(m_cancelButton, &QPushButton::clicked, this, &ApiTokenDialog::reject);
    connect(m_busyBar, &BusyBar::cancelled, this, [this] { setBusy(false); });

    setTabOrder(m_nameEdit, m_daysSpin);
    setTabOrder(m_daysSpin, m_filterEdit);
    setTabOrder(m_filterEdit, m_permissionView);
    setTabOrder(m_permissionView, m_okButton);
    setTabOrder(m_okButton, m_cancelButton);
    validate();
    updateCount();
    m_nameEdit->setFocus();
    resize(640, 660);
}

ApiTokenDialog::~ApiTokenDialog()
{
    m_busyBar->cancel();
}

void ApiTokenDialog::buildForm(const Session &session)
{
    auto *form = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto *intro = new QLabel(tr("An API token lets a script or another system use the platform for your unit, "
                                "without a person signing in. It can do exactly what the menus ticked below "
                                "allow, until it expires or is deleted."),
                             form);
    intro->setWordWrap(true);
    UiStyle::intro(intro);
    layout->addWidget(intro);

    auto *fields = new QFormLayout;
    fields->setHorizontalSpacing(12);
    fields->setVerticalSpacing(4);
    m_nameEdit = new QLineEdit(form);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setMaxLength(MaxNameLength * 2);   // code points are checked; room to see the excess
    m_nameEdit->setPlaceholderText(tr("For example: hospital information system"));
    m_nameEdit->setAccessibleName(tr("Token name"));
    auto *nameCaption = new QLabel(tr("Token &name:"), form);
    nameCaption->setBuddy(m_nameEdit);
    fields->addRow(nameCaption, m_nameEdit);
    m_nameError = new QLabel(form);
    fields->addRow(QString(), m_nameError);

    m_daysSpin = new QSpinBox(form);
    m_daysSpin->setObjectName(QStringLiteral("daysSpin"));
    m_daysSpin->setRange(1, MaxDays);
    m_daysSpin->setValue(DefaultDays);
    m_daysSpin->setSuffix(tr(" days"));
    m_daysSpin->setAccessibleName(tr("Valid for (days)"));
    m_expiryLabel = new QLabel(form);
    m_expiryLabel->setObjectName(QStringLiteral("expiryLabel"));
    UiStyle::textTone(m_expiryLabel, UiStyle::Tone::Hint);
    auto *daysRow = new QHBoxLayout;
    daysRow->addWidget(m_daysSpin);
    daysRow->addWidget(m_expiryLabel, 1);
    auto *daysCaption = new QLabel(tr("&Valid for:"), form);
    daysCaption->setBuddy(m_daysSpin);
    fields->addRow(daysCaption, daysRow);
    m_daysError = new QLabel(form);
    fields->addRow(QString(), m_daysError);
    layout->addLayout(fields);

    auto *group = new QGroupBox(tr("Menu permissions"), form);
    auto *groupLayout = new QVBoxLayout(group);
    m_filterEdit = new QLineEdit(group);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter menus"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter menus"));
    groupLayout->addWidget(m_filterEdit);
    m_filter = PermissionFilterModel::forGranting(m_catalog, session, this);
    m_tree = m_filter->tree();
    m_permissionView = new QTreeView(group);
    m_permissionView->setObjectName(QStringLiteral("permissionView"));
    m_permissionView->setHeaderHidden(true);
    m_permissionView->setModel(m_filter);
    m_permissionView->setAccessibleName(tr("Menu permissions"));
    m_permissionView->expandAll();
    groupLayout->addWidget(m_permissionView, 1);
    m_countLabel = new QLabel(group);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    groupLayout->addWidget(m_countLabel);
    if (!session.isMainAccount()) {
        auto *held = new QLabel(group);
        UiStyle::fieldHint(held, tr("Greyed menus: your own account does not hold them, so a token you make "
                                    "cannot have them either."));
        groupLayout->addWidget(held);
    }
    m_permissionsError = new QLabel(group);
    groupLayout->addWidget(m_permissionsError);
    layout->addWidget(group, 1);
    m_pages->addWidget(form);

    connect(m_nameEdit, &QLineEdit::textChanged, this, &ApiTokenDialog::validate);
    connect(m_daysSpin, &QSpinBox::valueChanged, this, &ApiTokenDialog::validate);
    connect(m_tree, &PermissionTreeModel::checkedLeavesChanged, this, &ApiTokenDialog::updateCount);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        m_permissionView->expandAll();
    });
}

void ApiTokenDialog::buildSecretPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_secretHeadline = new QLabel(page);
    m_secretHeadline->setObjectName(QStringLiteral("secretHeadline"));
    m_secretHeadline->setWordWrap(true);
    UiStyle::dialogHeadline(m_secretHeadline);
    layout->addWidget(m_secretHeadline);

    auto *warningFrame = new QFrame(page);
    warningFrame->setObjectName(QStringLiteral("secretWarningFrame"));
    UiStyle::warningFrame(warningFrame);
    auto *warningLayout = new QVBoxLayout(warningFrame);
    auto *warning = new QLabel(tr("Copy the token now and keep it somewhere safe, such as the other system's "
                                  "configuration. It is shown only this once: after this window closes no one "
                                  "can see it again. If it is lost, delete it and add a new one."),
                               warningFrame);
    warning->setObjectName(QStringLiteral("secretWarning"));
    warning->setWordWrap(true);
    warningLayout->addWidget(warning);
    layout->addWidget(warningFrame);

    auto *row = new QHBoxLayout;
    m_secretEdit = new QLineEdit(page);
    m_secretEdit->setObjectName(QStringLiteral("secretEdit"));
    m_secretEdit->setReadOnly(true);
    m_secretEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secretEdit->setAccessibleName(tr("API token"));
    row->addWidget(m_secretEdit, 1);
    m_copyButton = new QPushButton(tr("&Copy"), page);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    UiStyle::primaryButton(m_copyButton);
    row->addWidget(m_copyButton);
    layout->addLayout(row);
    m_copiedLabel = new QLabel(page);
    m_copiedLabel->setObjectName(QStringLiteral("copiedLabel"));
    layout->addWidget(m_copiedLabel);

    auto *use = new QLabel(tr("A script sends it in every request as the header "
                              "<code>Authorization: Bearer</code> followed by the token, or gives it to "
                              "zhaocai-cli in the environment variable <code>ZC_TOKEN</code>."),
                           page);
    use->setWordWrap(true);
    use->setTextFormat(Qt::RichText);
    UiStyle::textTone(use, UiStyle::Tone::Secondary);
    layout->addWidget(use);
    layout->addStretch(1);
    m_pages->addWidget(page);
    connect(m_copyButton, &QPushButton::clicked, this, &ApiTokenDialog::copySecret);
}

sync::ApiTokenInput ApiTokenDialog::input() const
{
    sync::ApiTokenInput in;
    in.name = m_nameEdit->text().trimmed();
    in.expiresInDays = m_daysSpin->value();
    in.permissions = m_tree->checkedLeaves();
    return in;
}

void ApiTokenDialog::setInput(const sync::ApiTokenInput &in)
{
    m_nameEdit->setText(in.name);
    m_daysSpin->setValue(in.expiresInDays);
    m_tree->setCheckedLeaves(in.permissions);
    validate();
    updateCount();
}

bool ApiTokenDialog::isShowingSecret() const
{
    return m_pages->currentIndex() == 1;
}

bool ApiTokenDialog::isBusy() const
{
    return m_busy;
}

QString ApiTokenDialog::errorText() const
{
    return m_errorLabel->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

QString ApiTokenDialog::fieldErrorText(const QString &field) const
{
    const QLabel *label = field == QLatin1String("name")              ? m_nameError
                          : field == QLatin1String("expires_in_days") ? m_daysError
                          : field == QLatin1String("permissions")     ? m_permissionsError
                                                                      : nullptr;
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

void ApiTokenDialog::setFieldError(const QString &field, const QString &text)
{
    if (field == QLatin1String("name"))
        UiStyle::fieldError(m_nameError, m_nameEdit, text);
    else if (field == QLatin1String("expires_in_days"))
        UiStyle::fieldError(m_daysError, m_daysSpin, text);
    else if (field == QLatin1String("permissions"))
        UiStyle::fieldError(m_permissionsError, m_permissionView, text);
}

void ApiTokenDialog::validate()
{
    const QString name = m_nameEdit->text().trimmed();
    const int length = validate::codePoints(name);
    QString nameError;
    if (name.isEmpty() && m_nameEdit->isModified())
        nameError = tr("Please enter the token name.");
    else if (length > MaxNameLength)
        nameError = tr("The token name can have at most %1 characters (now %2).").arg(MaxNameLength).arg(length);
    setFieldError(QStringLiteral("name"), nameError);
    const QDate until = QDate::currentDate().addDays(m_daysSpin->value());
    m_expiryLabel->setText(tr("until %1").arg(QLocale().toString(until, QLocale::ShortFormat)));
    setFieldError(QStringLiteral("expires_in_days"), QString());
    m_okButton->setEnabled(isValid() && !m_busy);
}

bool ApiTokenDialog::isValid() const
{
    const QString name = m_nameEdit->text().trimmed();
    return !name.isEmpty() && validate::codePoints(name) <= MaxNameLength && !m_tree->checkedLeaves().isEmpty();
}

void ApiTokenDialog::updateCount()
{
    const int n = static_cast<int>(m_tree->checkedLeaves().size());
    m_countLabel->setText(n == 0 ? tr("Tick at least one menu.") : tr("%n menu(s) chosen", nullptr, n));
    UiStyle::textTone(m_countLabel, n == 0 ? UiStyle::Tone::Caution : UiStyle::Tone::Secondary);
    setFieldError(QStringLiteral("permissions"), QString());
    m_okButton->setEnabled(isValid() && !m_busy);
}

void ApiTokenDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_nameEdit->setReadOnly(busy);
    m_daysSpin->setReadOnly(busy);
    m_permissionView->setEnabled(!busy);
    if (!busy)
        m_busyBar->stop();
    m_okButton->setEnabled(!busy && isValid());
}

void ApiTokenDialog::accept()
{
    if (isShowingSecret()) {
        if (!m_copied
            && MessageBox::question(this, tr("Close"),
                                    tr("The token has not been copied. Once this window closes it cannot be "
                                       "shown again. Are you sure you want to close it?"))
                   != QMessageBox::Yes)
            return;
        QDialog::accept();
        return;
    }
    if (m_busy || !m_client || !isValid())
        return;
    UiStyle::message(m_errorLabel, QString(), UiStyle::Message::Error);
    setBusy(true);
    sync::ApiJob *job = m_client->createApiToken(input(), this, [this](const sync::Result<sync::CreatedApiToken> &r) {
        setBusy(false);
        if (r.ok())
            made(*r.value);
        else
            failed(r.error);
    });
    m_busyBar->start(tr("Adding the API token…"), job);
}

void ApiTokenDialog::reject()
{
    if (m_busy) {
        m_busyBar->cancel();
        setBusy(false);
        return;
    }
    if (isShowingSecret()) {
        accept();   // the same question before an uncopied secret is lost
        return;
    }
    QDialog::reject();
}

void ApiTokenDialog::made(const sync::CreatedApiToken &created)
{
    m_created = created;
    setWindowTitle(tr("API token added"));
    m_secretHeadline->setText(tr("The API token “%1” was added. It is valid until %2.")
                                  .arg(created.token.name,
                                       QLocale().toString(created.token.expiresAt.toLocalTime(), QLocale::ShortFormat)));
    m_secretEdit->setText(created.secret);
    m_secretEdit->selectAll();
    m_pages->setCurrentIndex(1);
    m_okButton->setText(tr("&Close"));
    m_okButton->setEnabled(true);
    m_cancelButton->hide();
    m_copyButton->setFocus();
    resize(width(), 360);   // the form's permission tree is gone: no need for its height
}

void ApiTokenDialog::failed(const ApiError &error)
{
    if (error.is(ErrorCode::Cancelled))
        return;
    const QString field = ErrorText::field(error);
    const QString text = ErrorText::sentence(error);
    if (field == QLatin1String("name") || field == QLatin1String("expires_in_days")
        || field == QLatin1String("permissions")) {
        setFieldError(field, text);
        return;
    }
    if (error.is(ErrorCode::UnknownPermission) || error.is(ErrorCode::PermissionNotHeld)) {
        setFieldError(QStringLiteral("permissions"), text);
        return;
    }
    UiStyle::message(m_errorLabel, text, UiStyle::Message::Error);
}

void ApiTokenDialog::copySecret()
{
    if (!m_created)
        return;
    QGuiApplication::clipboard()->setText(m_created->secret);
    m_copied = true;
    UiStyle::message(m_copiedLabel, tr("Copied to the clipboard. Paste it where it is needed, then clear it from "
                                       "the clipboard."),
                     UiStyle::Message::Success);
}

} // namespace zc::ui
