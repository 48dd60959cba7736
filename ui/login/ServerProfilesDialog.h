#pragma once

#include "sync/ServerProfile.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>

namespace zc::sync {
class CredentialStore;
}

namespace zc::ui {

namespace Ui {
class ServerProfilesDialog;
}

// Edits the named list of servers in ServerProfileStore: add one by name,
// address and CA file, import a profile file handed out by an IT department,
// remove one (with its remembered login and token). Invalid input is
// explained inline; nothing invalid is ever saved.
class ServerProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerProfilesDialog(sync::CredentialStore *credentials, QWidget *parent = nullptr);
    ~ServerProfilesDialog() override;

    // The profile selected in the list (the one added or imported last).
    [[nodiscard]] QString selectedProfileId() const;
    [[nodiscard]] QString errorText() const;

    // What the buttons do after their file dialogs; public for tests and scripts.
    bool importFile(const QString &path);
    bool setCaFile(const QString &path);
    bool addFromForm();
    void removeSelected();

    // Adds `profile` to the store, replacing one with the same id or name
    // (keeping that one's id); gives it an id when it has none. Returns the id.
    static QString upsert(sync::ServerProfile profile);
    // A translated sentence for a ServerProfile::fromJson/fromFile reason code.
    [[nodiscard]] static QString reasonText(const QString &why);

Q_SIGNALS:
    void profilesChanged();

private:
    void reload(const QString &selectId);
    void showError(const QString &text);
    void chooseCaFile();
    void chooseImportFile();
    void clearCa();
    void updateDetails();

    QScopedPointer<Ui::ServerProfilesDialog> m_ui;
    QPointer<sync::CredentialStore> m_credentials;
    QList<sync::ServerProfile> m_profiles;
    QByteArray m_caPem;
};

} // namespace zc::ui
