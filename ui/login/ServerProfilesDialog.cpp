#include "ServerProfilesDialog.h"
#include "ui_ServerProfilesDialog.h"

#include "ui/UiStyle.h"
#include "ui/widgets/MessageBox.h"
#include "sync/CredentialStore.h"
#include "sync/RememberedLogin.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonObject>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QUuid>

namespace zc::ui {

namespace {

QString profileLabel(const sync::ServerProfile &p)
{
    const QString host = p.url.port() > 0 ? p.url.host() + QLatin1Char(':') + QString::number(p.url.port())
                                          : p.url.host();
    return host.isEmpty() ? p.name : QStringLiteral("%1  (%2)").arg(p.name, host);
}
} // namespace

ServerProfilesDialog::ServerProfilesDialog(sync::CredentialStore *credentials, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::ServerProfilesDialog), m_credentials(credentials)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setObjectName(QStringLiteral("errorLabel"));
    UiStyle::textTone(m_ui->errorLabel, UiStyle::Tone::Bad);
    m_ui->errorLabel->hide();
    UiStyle::textTone(m_ui->caHintLabel, UiStyle::Tone::Hint);

    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ServerProfilesDialog::addFromForm);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ServerProfilesDialog::chooseImportFile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ServerProfilesDialog::removeSelected);
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, &ServerProfilesDialog::chooseCaFile);
    connect(m_ui->caClearButton, &QPushButton::clicked, this, &ServerProfilesDialog::clearCa);
    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, &ServerProfilesDialog::updateDetails);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, m_ui->errorLabel, &QLabel::hide);
    connect(m_ui->urlEdit, &QLineEdit::textEdited, m_ui->errorLabel, &QLabel::hide);

    reload(sync::ServerProfileStore::lastProfileId());
}

ServerProfilesDialog::~ServerProfilesDialog() = default;

QString ServerProfilesDialog::selectedProfileId() const
{
    const int row = m_ui->profileList->currentRow();
    return row >= 0 && row < m_profiles.size() ? m_profiles.at(row).id : QString();
}

QString ServerProfilesDialog::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

void ServerProfilesDialog::reload(const QString &selectId)
{
    m_profiles = sync::ServerProfileStore::load();
    m_ui->profileList->clear();
    int select = m_profiles.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_profiles.size(); ++i) {
        const auto &p = m_profiles.at(i);
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/zc/icons/server.svg")), profileLabel(p));
        item->setToolTip(p.url.toString());
        m_ui->profileList->addItem(item);
        if (p.id == selectId)
            select = i;
    }
    m_ui->profileList->setCurrentRow(select);
    m_ui->removeButton->setEnabled(!m_profiles.isEmpty());
    updateDetails();
}

void ServerProfilesDialog::updateDetails()
{
    const int row = m_ui->profileList->currentRow();
    if (row < 0 || row >= m_profiles.size()) {
        m_ui->detailsLabel->clear();
        m_ui->removeButton->setEnabled(false);
        return;
    }
    m_ui->removeButton->setEnabled(true);
    const auto &p = m_profiles.at(row);
    const QString caName = p.caName();
    const QString ca = caName.isEmpty() ? tr("CA: the system's certificate authorities") : tr("CA: %1").arg(caName);
    m_ui->detailsLabel->setText(p.url.toString() + QLatin1Char('\n') + ca);
}

void ServerProfilesDialog::showError(const QString &text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

void ServerProfilesDialog::chooseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the CA certificate"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        setCaFile(path);
}

void ServerProfilesDialog::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a server profile"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Server profiles (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void ServerProfilesDialog::clearCa()
{
    m_caPem.clear();
    m_ui->caEdit->clear();
}

bool ServerProfilesDialog::setCaFile(const QString &path)
{
    sync::ServerProfile::CaFileProblem problem;
    const QByteArray pem = sync::ServerProfile::readCaFile(path, &problem);
    if (problem == sync::ServerProfile::CaFileProblem::Unreadable) {
        showError(tr("The file “%1” cannot be read.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (problem == sync::ServerProfile::CaFileProblem::NotACertificate) {
        showError(tr("“%1” is not a certificate file. Ask your IT department for the server's CA certificate (PEM).")
                      .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_caPem = pem;
    m_ui->caEdit->setText(QDir::toNativeSeparators(path));
    showError({});
    return true;
}

bool ServerProfilesDialog::addFromForm()
{
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Please enter a name for the server."));
        m_ui->nameEdit->setFocus();
        return false;
    }
    for (const auto &p : std::as_const(m_profiles)) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0) {
            showError(tr("There is already a server named “%1”. Choose another name, or remove that one first.")
                          .arg(name));
            m_ui->nameEdit->setFocus();
            return false;
        }
    }
    const QString url = m_ui->urlEdit->text().trimmed();
    if (url.isEmpty()) {
        showError(tr("Please enter the server's address, for example https://zc.example.cn:8443."));
        m_ui->urlEdit->setFocus();
        return false;
    }
    QString why;
    auto profile = sync::ServerProfile::fromForm(name, url, m_caPem, &why);
    if (!profile) {
        showError(reasonText(why));
        m_ui->urlEdit->setFocus();
        return false;
    }
    for (const auto &p : std::as_const(m_profiles)) {
        if (p.id == profile->id) {
            showError(tr("This server is already in the list as “%1”.").arg(p.name));
            m_ui->urlEdit->setFocus();
            return false;
        }
    }
    const QString id = upsert(*profile);
    m_ui->nameEdit->clear();
    m_ui->urlEdit->clear();
    clearCa();
    showError({});
    reload(id);
    Q_EMIT profilesChanged();
    return true;
}

bool ServerProfilesDialog::importFile(const QString &path)
{
    QString why;
    auto profile = sync::ServerProfile::fromFile(path, &why);
    if (!profile) {
        showError(tr("The profile file “%1” cannot be used: %2")
                      .arg(QDir::toNativeSeparators(path), reasonText(why)));
        return false;
    }
    for (const auto &p : std::as_const(m_profiles)) {
        if (p.name == profile->name && p.id != profile->id) {
            const auto answer = MessageBox::question(
                this, tr("Replace server"),
                tr("There is already a server named “%1”. Replace its address and certificate with the imported ones?")
                    .arg(p.name));
            if (answer != QMessageBox::Yes)
                return false;
            break;
        }
    }
    const QString id = upsert(*profile);
    showError({});
    reload(id);
    Q_EMIT profilesChanged();
    return true;
}

void ServerProfilesDialog::removeSelected()
{
    const int row = m_ui->profileList->currentRow();
    if (row < 0 || row >= m_profiles.size())
        return;
    const sync::ServerProfile p = m_profiles.at(row);
    const auto answer = MessageBox::question(
        this, tr("Remove server"),
        tr("Remove the server “%1”? A login remembered for it is forgotten too.").arg(p.name));
    if (answer != QMessageBox::Yes)
        return;

    sync::RememberedLogin(m_credentials, p.id).forget();
    m_profiles.removeAt(row);
    sync::ServerProfileStore::save(m_profiles);
    if (sync::ServerProfileStore::lastProfileId() == p.id)
        sync::ServerProfileStore::setLastProfileId(m_profiles.isEmpty() ? QString() : m_profiles.first().id);
    showError({});
    reload(sync::ServerProfileStore::lastProfileId());
    Q_EMIT profilesChanged();
}

QString ServerProfilesDialog::upsert(sync::ServerProfile profile)
{
    QList<sync::ServerProfile> profiles = sync::ServerProfileStore::load();
    int index = -1;
    for (int i = 0; i < profiles.size(); ++i) {
        if (!profile.id.isEmpty() && profiles.at(i).id == profile.id) {
            index = i;
            break;
        }
    }
    if (index < 0) {
        for (int i = 0; i < profiles.size(); ++i) {
            if (profiles.at(i).name == profile.name) {
                index = i;
                profile.id = profiles.at(i).id;
                break;
            }
        }
    }
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (index >= 0)
        profiles[index] = profile;
    else
        profiles.append(profile);
    sync::ServerProfileStore::save(profiles);
    return profile.id;
}

QString ServerProfilesDialog::reasonText(const QString &why)
{
    // The reason codes of sync::ServerProfile::fromJson / fromFile.
    if (why == QLatin1String("no_name"))
        return tr("The server needs a name.");
    if (why == QLatin1String("no_url"))
        return tr("Please enter the server's address, for example https://zc.example.cn:8443.");
    if (why == QLatin1String("not_https"))
        return tr("The address must start with https:// (the connection is always encrypted).");
    if (why == QLatin1String("no_host"))
        return tr("The address has no server name, for example https://zc.example.cn:8443.");
    if (why == QLatin1String("bad_url"))
        return tr("The address is not a valid web address, for example https://zc.example.cn:8443.");
    if (why == QLatin1String("bad_ca"))
        return tr("The CA certificate is not a valid PEM certificate.");
    if (why == QLatin1String("ca_too_large") || why == QLatin1String("too_large"))
        return tr("The file is too large to be a server profile or a CA certificate.");
    if (why == QLatin1String("cannot_read"))
        return tr("The file cannot be read.");
    if (why == QLatin1String("bad_json") || why == QLatin1String("bad_id"))
        return tr("The file is not a server profile (a JSON file with a name, an address and optionally a CA certificate).");
    return tr("The profile is not valid (%1).").arg(why);
}

} // namespace zc::ui
