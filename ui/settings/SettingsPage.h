#pragma once

#include "sync/ProxySettings.h"

#include <QPointer>
#include <QScopedPointer>
#include <QWidget>

#include <functional>

namespace zc::sync {
class ApiClient;
class CredentialStore;
}

namespace zc::ui {

namespace Ui {
class SettingsPage;
}

// The 设置 page: interface language (applied at the next start), proxy
// (system / none / manual host, port, user; the proxy password goes to the
// keychain, never to a file) and the transfer timeout. Saving applies the
// network settings to the running ApiClient at once.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(sync::ApiClient *client, sync::CredentialStore *credentials, QWidget *parent = nullptr);
    ~SettingsPage() override;

    // Reloads the stored settings into the form.
    void load();
    // Validates, stores and applies; false (and an inline reason) when invalid.
    bool save();
    [[nodiscard]] QString statusText() const;

    // Applies the stored timeout and proxy (password from the keychain) to a
    // client; `done` runs once they are in place (also when the keychain fails).
    static void applyStored(sync::ApiClient *client, sync::CredentialStore *credentials, QObject *context,
                            std::function<void()> done);

Q_SIGNALS:
    void saved();
    // The saved language differs from the one before: apply it now.
    void languageChanged();

private:
    void updateEnabled();
    void showStatus(const QString &text, bool isError);
    [[nodiscard]] sync::ProxySettings formProxy() const;

    QScopedPointer<Ui::SettingsPage> m_ui;
    QPointer<sync::ApiClient> m_client;
    QPointer<sync::CredentialStore> m_credentials;
};

} // namespace zc::ui
