#include "ServerChooser.h"

#include "ui/login/ServerProfilesDialog.h"

#include "sync/CredentialStore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QIcon>

namespace zc::ui {

ServerChooser::ServerChooser(QComboBox *combo, QAbstractButton *manageButton, sync::CredentialStore *credentials,
                             QWidget *form)
    : QObject(form), m_combo(combo), m_credentials(credentials), m_form(form)
{
    manageButton->setIcon(QIcon(QStringLiteral(":/zc/icons/server.svg")));
    connect(manageButton, &QAbstractButton::clicked, this, &ServerChooser::manage);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &ServerChooser::announce);
}

sync::ServerProfile ServerChooser::profile() const
{
    const int i = m_combo->currentIndex();
    return i >= 0 && i < m_profiles.size() ? m_profiles.at(i) : sync::ServerProfile{};
}

void ServerChooser::reload(const QString &selectId)
{
    {
        const QSignalBlocker blocker(m_combo);
        m_profiles = sync::ServerProfileStore::load();
        m_combo->clear();
        int select = m_profiles.isEmpty() ? -1 : 0;
        for (int i = 0; i < m_profiles.size(); ++i) {
            const auto &p = m_profiles.at(i);
            m_combo->addItem(QIcon(QStringLiteral(":/zc/icons/server.svg")), p.name, p.id);
            m_combo->setItemData(i, p.url.toString(), Qt::ToolTipRole);
            if (p.id == selectId)
                select = i;
        }
        m_combo->setCurrentIndex(select);
    }
    announce();
}

void ServerChooser::announce()
{
    if (m_profiles.isEmpty())
        Q_EMIT noServer();
    else if (const sync::ServerProfile p = profile(); !p.id.isEmpty())
        Q_EMIT chosen(p);
}

void ServerChooser::manage()
{
    auto *dialog = new ServerProfilesDialog(m_credentials, m_form);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        const QString keep = dialog->selectedProfileId();
        reload(keep.isEmpty() ? profile().id : keep);
    });
    dialog->open();
}

} // namespace zc::ui
