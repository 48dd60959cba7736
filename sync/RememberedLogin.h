#pragma once

#include "sync/CredentialStore.h"

#include <QPointer>
#include <QString>

namespace zc::sync {

// "Remember me" for one server profile: which login is remembered (in
// QSettings through ServerProfileStore, so that the login form can be filled
// in) and that login's session token (in the keychain under
// CredentialStore::tokenKey, never in a file). The login dialog, the CLI and
// Workspace::forget keep the two in step through here. Logins do not
// distinguish case. Every answer comes later, also when no keychain work was
// needed; callbacks follow CredentialStore's rules (once, in the thread of
// `context`, not at all when `context` is gone; no context: the keychain's).
// A failure is logged here and passed on. Without a keychain only the
// remembered login changes.
class RememberedLogin
{
public:
    RememberedLogin(CredentialStore *keychain, const QString &profileId);

    // The remembered login; empty when none is.
    [[nodiscard]] QString login() const;
    [[nodiscard]] bool isRemembered(const QString &login) const;

    // The token kept for `login`: the remembered one, or another (the offline
    // copy of a login typed in the form).
    void readToken(const QString &login, QObject *context, CredentialStore::ReadDone done) const;
    // What remember() does with the token of a different login remembered
    // before: the desktop client keeps one session per server (Forget), the
    // command line one per login, chosen with --as (Keep).
    enum class Previous { Forget, Keep };
    // Keeps `token` for `login` and, once the keychain has it, remembers the
    // login. When the keychain refuses, nothing new is remembered.
    void remember(const QString &login, const QString &token, QObject *context, CredentialStore::WriteDone done,
                  Previous previous = Previous::Forget);
    // Nothing is remembered any more; the token of what was remembered is deleted.
    void forget(QObject *context = nullptr, CredentialStore::WriteDone done = {});
    // When `login` is the remembered one, its token is deleted (a logout, a
    // stale token); the login stays remembered to fill in the form.
    void dropToken(const QString &login, QObject *context = nullptr, CredentialStore::WriteDone done = {});
    // Everything of `login` goes (its data is being forgotten): its token is
    // deleted and, when it is the remembered login, nothing is remembered any more.
    void forgetLogin(const QString &login, QObject *context = nullptr, CredentialStore::WriteDone done = {});

private:
    void removeToken(const QString &login, QObject *context, CredentialStore::WriteDone done);

    QPointer<CredentialStore> m_keychain;
    QString m_profileId;
};

} // namespace zc::sync
