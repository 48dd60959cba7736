#include "RememberedAccounts.h"

#include "sync/ServerProfile.h"

#include <QSettings>
#include <QUrl>

namespace zc::cli {

namespace {

// QSettings treats '/' and '\' in keys as group separators: keep ids opaque.
QString groupFor(const QString &profileId)
{
    return QStringLiteral("cli_accounts/") + QString::fromLatin1(QUrl::toPercentEncoding(profileId));
}

} // namespace

RememberedAccounts::RememberedAccounts(const QString &profileId) : m_profileId(profileId)
{
    QSettings s;
    s.beginGroup(groupFor(profileId));
    if (s.contains(QStringLiteral("logins"))) {
        m_logins = s.value(QStringLiteral("logins")).toStringList();
        m_default = s.value(QStringLiteral("default")).toString();
        return;
    }
    s.endGroup();
    // Before the list existed, the CLI's default was the profile's remembered
    // login (shared with the desktop client's form): that one stays the default.
    const QString before = normalized(sync::ServerProfileStore::rememberedLogin(profileId));
    if (!before.isEmpty()) {
        m_logins << before;
        m_default = before;
        save();
    }
}

QString RememberedAccounts::normalized(const QString &login)
{
    return login.trimmed().toLower();
}

bool RememberedAccounts::contains(const QString &login) const
{
    return m_logins.contains(normalized(login));
}

void RememberedAccounts::add(const QString &login)
{
    const QString l = normalized(login);
    if (m_logins.contains(l))
        return;
    m_logins << l;
    save();
}

void RememberedAccounts::setDefault(const QString &login)
{
    const QString l = normalized(login);
    if (!m_logins.contains(l))
        return;
    m_default = l;
    save();
}

RememberedAccounts::DefaultChange RememberedAccounts::remove(const QString &login)
{
    const QString l = normalized(login);
    m_logins.removeAll(l);
    DefaultChange change = DefaultChange::None;
    if (m_default == l) {
        m_default.clear();
        change = DefaultChange::Cleared;
    }
    if (m_default.isEmpty() && m_logins.size() == 1) {
        m_default = m_logins.constFirst();
        change = DefaultChange::MovedToLastOne;
    }
    save();
    return change;
}

void RememberedAccounts::save() const
{
    QSettings s;
    s.beginGroup(groupFor(m_profileId));
    s.setValue(QStringLiteral("logins"), m_logins);
    if (m_default.isEmpty())
        s.remove(QStringLiteral("default"));
    else
        s.setValue(QStringLiteral("default"), m_default);
}

} // namespace zc::cli
