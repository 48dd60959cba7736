#include "SettingsPage.h"
#include "ui_SettingsPage.h"

#include "ui/settings/AppSettings.h"
#include "ui/UiStyle.h"
#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"

#include <QIcon>
#include <QLoggingCategory>

namespace zc::ui {

namespace {
Q_LOGGING_CATEGORY(lcSettings, "zc.ui.settings", QtInfoMsg)
}

SettingsPage::SettingsPage(sync::ApiClient *client, sync::CredentialStore *credentials, QWidget *parent)
    : QWidget(parent), m_ui(new Ui::SettingsPage), m_client(client), m_credentials(credentials)
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/zc/icons/settings.svg")).pixmap(32, 32));
    QFont f = m_ui->titleLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_ui->titleLabel->setFont(f);
    for (QLabel *hint : {m_ui->languageHint, m_ui->timeoutHint})
        UiStyle::textTone(hint, UiStyle::Tone::Hint);

    m_ui->languageCombo->addItem(tr("Follow the system"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->timeoutSpin->setRange(AppSettings::MinTransferTimeoutSeconds, AppSettings::MaxTransferTimeoutSeconds);
    m_ui->timeoutSpin->setSuffix(tr(" s"));
    m_ui->portSpin->setSpecialValueText(tr("(none)"));
    m_ui->statusLabel->hide();

    connect(m_ui->manualProxyRadio, &QRadioButton::toggled, this, &SettingsPage::updateEnabled);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &SettingsPage::load);
    load();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::load()
{
    const int lang = m_ui->languageCombo->findData(AppSettings::language());
    m_ui->languageCombo->setCurrentIndex(lang < 0 ? 0 : lang);
    m_ui->timeoutSpin->setValue(AppSettings::transferTimeoutSeconds());

    const sync::ProxySettings proxy = sync::ProxySettings::load();
    switch (proxy.mode) {
    case sync::ProxySettings::Mode::System:
        m_ui->systemProxyRadio->setChecked(true);
        break;
    case sync::ProxySettings::Mode::None:
        m_ui->noProxyRadio->setChecked(true);
        break;
    case sync::ProxySettings::Mode::Manual:
        m_ui->manualProxyRadio->setChecked(true);
        break;
    }
    m_ui->hostEdit->setText(proxy.host);
    m_ui->portSpin->setValue(proxy.port);
    m_ui->userEdit->setText(proxy.user);
    m_ui->passwordEdit->clear();
    if (m_credentials && proxy.mode == sync::ProxySettings::Mode::Manual && !proxy.user.isEmpty()) {
        m_credentials->read(sync::CredentialStore::proxyKey(), this,
                            [this](const std::optional<QString> &value, const QString &error) {
                                if (value)
                                    m_ui->passwordEdit->setText(*value);
                                else if (!error.isEmpty())
                                    qCWarning(lcSettings) << "proxy password not readable:" << error;
                            });
    }
    m_ui->statusLabel->hide();
    updateEnabled();
}

sync::ProxySettings SettingsPage::formProxy() const
{
    sync::ProxySettings p;
    if (m_ui->noProxyRadio->isChecked())
        p.mode = sync::ProxySettings::Mode::None;
    else if (m_ui->manualProxyRadio->isChecked())
        p.mode = sync::ProxySettings::Mode::Manual;
    else
        p.mode = sync::ProxySettings::Mode::System;
    p.host = m_ui->hostEdit->text().trimmed();
    p.port = static_cast<quint16>(m_ui->portSpin->value());
    p.user = m_ui->userEdit->text().trimmed();
    return p;
}

bool SettingsPage::save()
{
    const sync::ProxySettings proxy = formProxy();
    if (proxy.mode == sync::ProxySettings::Mode::Manual) {
        if (proxy.host.isEmpty() || proxy.host.contains(QLatin1Char(' ')) || proxy.host.contains(QLatin1Char('/'))) {
            showStatus(tr("Please enter the proxy's host name, for example proxy.example.cn (without http://)."), true);
            m_ui->hostEdit->setFocus();
            return false;
        }
        if (proxy.port == 0) {
            showStatus(tr("Please enter the proxy's port (1 to 65535)."), true);
            m_ui->portSpin->setFocus();
            return false;
        }
    }
    const QString oldLanguage = AppSettings::language();
    const QString language = m_ui->languageCombo->currentData().toString();
    AppSettings::setLanguage(language);
    AppSettings::setTransferTimeoutSeconds(m_ui->timeoutSpin->value());
    proxy.save();

    const QString password = proxy.mode == sync::ProxySettings::Mode::Manual && !proxy.user.isEmpty()
        ? m_ui->passwordEdit->text()
        : QString();
    if (m_client) {
        m_client->setTransferTimeout(m_ui->timeoutSpin->value() * 1000);
        m_client->setProxy(proxy, password);
    }
    const QString done = tr("Settings saved.");
    const bool languageChanged = language != oldLanguage;
    if (m_credentials) {
        auto finished = [this, done, languageChanged](const QString &error) {
            if (error.isEmpty()) {
                showStatus(done, false);
            } else {
                qCWarning(lcSettings) << "keychain:" << error;
                showStatus(tr("Settings saved, but the proxy password could not be stored in this computer's "
                              "keychain."),
                           true);
            }
            Q_EMIT saved();
            if (languageChanged)
                Q_EMIT this->languageChanged();
        };
        if (password.isEmpty())
            m_credentials->remove(sync::CredentialStore::proxyKey(), this, finished);
        else
            m_credentials->write(sync::CredentialStore::proxyKey(), password, this, finished);
    } else {
        showStatus(done, false);
        Q_EMIT saved();
        if (languageChanged)
            Q_EMIT this->languageChanged();
    }
    return true;
}

QString SettingsPage::statusText() const
{
    return m_ui->statusLabel->isVisibleTo(this) ? m_ui->statusLabel->text() : QString();
}

void SettingsPage::showStatus(const QString &text, bool isError)
{
    m_ui->statusLabel->setText(text);
    UiStyle::textTone(m_ui->statusLabel, isError ? UiStyle::Tone::Bad : UiStyle::Tone::Good);
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

void SettingsPage::updateEnabled()
{
    m_ui->manualWidget->setEnabled(m_ui->manualProxyRadio->isChecked());
}

void SettingsPage::applyStored(sync::ApiClient *client, sync::CredentialStore *credentials, QObject *context,
                               std::function<void()> done)
{
    client->setTransferTimeout(AppSettings::transferTimeoutSeconds() * 1000);
    const sync::ProxySettings proxy = sync::ProxySettings::load();
    if (!credentials || proxy.mode != sync::ProxySettings::Mode::Manual || proxy.user.isEmpty()) {
        client->setProxy(proxy);
        done();
        return;
    }
    QPointer<sync::ApiClient> guard(client);
    credentials->read(sync::CredentialStore::proxyKey(), context,
                      [guard, proxy, done](const std::optional<QString> &value, const QString &error) {
                          if (!error.isEmpty())
                              qCWarning(lcSettings) << "proxy password not readable:" << error;
                          if (guard)
                              guard->setProxy(proxy, value.value_or(QString()));
                          done();
                      });
}

} // namespace zc::ui
