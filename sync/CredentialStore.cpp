#include "CredentialStore.h"

#include "SyncLog.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

namespace zc::sync {

namespace {

// Runs `fn` in the thread of `context`, unless `context` has gone.
template <typename Fn>
void deliver(const QPointer<QObject> &context, Fn fn)
{
    if (!context)
        return;
    QMetaObject::invokeMethod(context.data(), std::move(fn), Qt::AutoConnection);
}

QString describe(const QKeychain::Job *job)
{
    const QString s = job->errorString();
    return s.isEmpty() ? QStringLiteral("keychain error %1").arg(static_cast<int>(job->error())) : s;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(QStringLiteral("zhaocai-admin"), parent)
{
}

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{
}

QString CredentialStore::tokenKey(const QString &profileId, const QString &login)
{
    return QStringLiteral("token:") + profileId + QLatin1Char(':') + login.trimmed().toLower();
}

QString CredentialStore::proxyKey()
{
    return QStringLiteral("proxy");
}

void CredentialStore::write(const QString &key, const QString &secret, QObject *context, WriteDone done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    const QPointer<QObject> ctx(context ? context : this);
    connect(job, &QKeychain::Job::finished, this, [ctx, done, key](QKeychain::Job *j) {
        const QString error = j->error() == QKeychain::NoError ? QString() : describe(j);
        if (!error.isEmpty())
            qCWarning(lcSync) << "keychain write failed for" << key << ':' << error;
        deliver(ctx, [done, error] { done(error); });
    });
    job->start();
}

void CredentialStore::read(const QString &key, QObject *context, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    const QPointer<QObject> ctx(context ? context : this);
    connect(job, &QKeychain::Job::finished, this, [ctx, done, key](QKeychain::Job *j) {
        std::optional<QString> value;
        QString error;
        if (j->error() == QKeychain::NoError)
            value = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        else if (j->error() != QKeychain::EntryNotFound) {
            error = describe(j);
            qCWarning(lcSync) << "keychain read failed for" << key << ':' << error;
        }
        deliver(ctx, [done, value, error] { done(value, error); });
    });
    job->start();
}

void CredentialStore::remove(const QString &key, QObject *context, WriteDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    const QPointer<QObject> ctx(context ? context : this);
    connect(job, &QKeychain::Job::finished, this, [ctx, done, key](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        const QString error = ok ? QString() : describe(j);
        if (!error.isEmpty())
            qCWarning(lcSync) << "keychain delete failed for" << key << ':' << error;
        deliver(ctx, [done, error] { done(error); });
    });
    job->start();
}

} // namespace zc::sync
