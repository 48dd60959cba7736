#pragma once

#include <QString>
#include <QStringList>

namespace zc::cli {

// The accounts with a session remembered by zhaocai-cli on one server
// profile, and which of them is the default (used without --as). The tokens
// themselves stay in the keychain (CliContext, through sync::RememberedLogin);
// the keychain cannot list its entries on every platform, so the logins and
// the default are kept here, in QSettings (no secret). The default changes
// only when asked (login --make-default, account use) or when there was none;
// it never follows whoever signed in last. Logins are kept trimmed and
// lower-cased, as the server compares them.
class RememberedAccounts
{
public:
    explicit RememberedAccounts(const QString &profileId);

    [[nodiscard]] QStringList logins() const { return m_logins; }
    [[nodiscard]] QString defaultLogin() const { return m_default; }   // empty: no default
    [[nodiscard]] bool contains(const QString &login) const;

    // Adds `login` (nothing when it is there); the default stays as it is.
    void add(const QString &login);
    // `login` must be one of logins().
    void setDefault(const QString &login);
    // What removing a login did to the default.
    enum class DefaultChange { None, Cleared, MovedToLastOne };
    // Removes `login`. When it was the default, there is no default any more,
    // unless exactly one account remains: that one is the default then (also
    // when there was no default before).
    DefaultChange remove(const QString &login);

    [[nodiscard]] static QString normalized(const QString &login);

private:
    void save() const;

    QString m_profileId;
    QStringList m_logins;
    QString m_default;
};

} // namespace zc::cli
