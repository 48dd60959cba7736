#pragma once

#include "sync/ServerProfile.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractButton;
class QComboBox;
class QWidget;

namespace zc::sync {
class CredentialStore;
}

namespace zc::ui {

// The server picker of the login form: the profiles of ServerProfileStore in
// a combo box, and 管理服务器, which edits them (ServerProfilesDialog) and
// then picks the one added or imported there. After every change it says
// which server is chosen (chosen()), or that none is set up (noServer()).
class ServerChooser : public QObject
{
    Q_OBJECT
public:
    ServerChooser(QComboBox *combo, QAbstractButton *manageButton, sync::CredentialStore *credentials, QWidget *form);

    // The chosen profile; an empty one (no id) when there is none.
    [[nodiscard]] sync::ServerProfile profile() const;
    [[nodiscard]] bool isEmpty() const { return m_profiles.isEmpty(); }
    // Reads the profiles again and chooses `selectId` (the first one when it is gone).
    void reload(const QString &selectId);
    // Opens the server list; afterwards the chosen profile is announced again (its CA may have changed).
    void manage();

Q_SIGNALS:
    void chosen(const sync::ServerProfile &profile);
    void noServer();

private:
    void announce();

    QComboBox *m_combo;
    QPointer<sync::CredentialStore> m_credentials;
    QWidget *m_form;
    QList<sync::ServerProfile> m_profiles;
};

} // namespace zc::ui
