#include "RememberedLogin.h"

#include "ServerProfile.h"
#include "SyncLog.h"

#include <QTimer>

namespace zc::sync {

namespace {

// An answer that needs no keychain still comes later, as the keychain's do.
void answerLater(QObject *context, QObject *keychain, std::function<void()> answer)
{
    if (QObject *ctx = context ? context : keychain)
        QTimer::singleShot(0, ctx, std::move(answer));
    else
        QTimer::singleShot(0, std::move(answer));
}

} // namespace

RememberedLogin::RememberedLogin(CredentialStore *keychain, const QString &profileId)
    : m_keychain(keychain), m_profileId(profileId)
{
}

QString RememberedLogin::login() const
{
    return m_profileId.isEmpty() ? QString() : ServerProfileStore::rememberedLogin(m_profileId);
}

bool RememberedLogin::isRemembered(const QString &login) const
{
    const QString remembered = this->login();
    return !remembered.isEmpty() && remembered.trimmed().compare(login.trimmed(), Qt::CaseInsensitive) == 0;
}

void RememberedLogin::readToken(const QString &login, QObject *context, CredentialStore::ReadDone done) const
{
    if (!m_keychain) {
        if (done)
            answerLater(context, nullptr, [done] { done(std::nullopt, QString()); });
        return;
    }
    m_keychain->read(CredentialStore::tokenKey(m_profileId, login), context,
                     [done](const std::optional<QString> &token, const QString &error) {
                         if (!error.isEmpty())
                             qCWarning(lcSync) << "could not read a remembered token:" << error;
                         if (done)
                             done(token, error);
                     });
}

void RememberedLogin::remember(const QString &login, const QString &token, QObject *context,
                               CredentialStore::WriteDone done, Previous previous)
{
    const QString before = this->login();
    if (previous == Previous::Forget && !before.isEmpty() && !isRemembered(login))
        removeToken(before, nullptr, {});
    if (!m_keychain) {
        if (done)
            answerLater(context, nullptr, [done] { done(QString()); });
        return;
    }
    m_keychain->write(CredentialStore::tokenKey(m_profileId, login), token, context,
                      [profileId = m_profileId, login, done](const QString &error) {
                          if (error.isEmpty())
                              ServerProfileStore::setRememberedLogin(profileId, login);
                          else
                              qCWarning(lcSync) << "could not keep the token in the keychain:" << error;
                          if (done)
                              done(error);
                      });
}

void RememberedLogin::forget(QObject *context, CredentialStore::WriteDone done)
{
    const QString previous = login();
    ServerProfileStore::setRememberedLogin(m_profileId, QString());
    if (previous.isEmpty()) {
        if (done)
            answerLater(context, m_keychain, [done] { done(QString()); });
        return;
    }
    removeToken(previous, context, std::move(done));
}

void RememberedLogin::dropToken(const QString &login, QObject *context, CredentialStore::WriteDone done)
{
    if (!isRemembered(login)) {
        if (done)
            answerLater(context, m_keychain, [done] { done(QString()); });
        return;
    }
    removeToken(login, context, std::move(done));
}

void RememberedLogin::forgetLogin(const QString &login, QObject *context, CredentialStore::WriteDone done)
{
    if (isRemembered(login))
        ServerProfileStore::setRememberedLogin(m_profileId, QString());
    removeToken(login, context, std::move(done));
}

void RememberedLogin::removeToken(const QString &login, QObject *context, CredentialStore::WriteDone done)
{
    if (!m_keychain) {
        if (done)
            answerLater(context, nullptr, [done] { done(QString()); });
        return;
    }
    m_keychain->remove(CredentialStore::tokenKey(m_profileId, login), context, [done](const QString &error) {
        if (!error.isEmpty())
            qCWarning(lcSync) << "could not delete a remembered token:" << error;
        if (done)
            done(error);
    });
}

} // namespace zc::sync
