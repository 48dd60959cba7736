#include "Workspace.h"

#include "RememberedLogin.h"
#include "SyncEngine.h"
#include "SyncLog.h"
#include "models/StrictJson.h"
#include "WriteThrough.h"

#include "models/JsonReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThread>

#include <atomic>
#include <utility>
#include <memory>

namespace zc::sync {

namespace {

constexpr QFile::Permissions OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
constexpr qint64 MaxSessionFileBytes = 1024 * 1024;
std::atomic<int> g_readerCounter{0};

CacheError makeError(CacheError::Code code, const QString &message)
{
    CacheError e;
    e.code = code;
    e.message = message;
    return e;
}

} // namespace

Workspace::Workspace(ApiClient *client, const ServerProfile &profile, const QString &login,
                     CredentialStore *keychain, QObject *parent)
    : QObject(parent), m_client(client), m_profile(profile), m_login(login.trimmed()),
      m_cachePath(cachePathFor(profile.id, login)), m_keychain(keychain)
{
    if (!m_keychain)
        m_keychain = new CredentialStore(this);
}

Workspace::~Workspace()
{
    close();
}

QString Workspace::cachePathFor(const QString &profileId, const QString &login)
{
    return Cache::defaultPath(profileId, login);
}

QString Workspace::sessionPathFor(const QString &cachePath)
{
    return cachePath + QStringLiteral(".session.json");
}

bool Workspace::hasOfflineData(const QString &profileId, const QString &login)
{
    const QString path = cachePathFor(profileId, login);
    return QFile::exists(path) && QFile::exists(sessionPathFor(path));
}

std::optional<Session> Workspace::storedSession(const QString &cachePath, QDateTime *savedAt, QString *why)
{
    QFile file(sessionPathFor(cachePath));
    if (!file.open(QIODevice::ReadOnly)) {
        if (why)
            *why = QStringLiteral("no stored session: ") + file.errorString();
        return std::nullopt;
    }
    const QByteArray data = file.read(MaxSessionFileBytes + 1);
    const std::optional<QJsonDocument> doc = StrictJson::parseDocument(data);
    if (data.size() > MaxSessionFileBytes || !doc || !doc->isObject()) {
        if (why)
            *why = QStringLiteral("the stored session is not a JSON object");
        return std::nullopt;
    }
    JsonReader r(doc->object(), QStringLiteral("StoredSession"));
    const QJsonObject sessionObject = r.object("session");
    const QDateTime at = r.time("saved_at");
    if (!r.ok()) {
        if (why)
            *why = r.error();
        return std::nullopt;
    }
    QString sessionWhy;
    std::optional<Session> session = Session::fromJson(sessionObject, &sessionWhy);
    if (!session) {
        if (why)
            *why = sessionWhy;
        return std::nullopt;
    }
    session->token.clear();
    if (savedAt)
        *savedAt = at;
    return session;
}

CacheError Workspace::storeSession(const Session &session)
{
    if (!m_cache)
        return makeError(CacheError::Code::NotOpen, QStringLiteral("the workspace is not open"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject o{{QStringLiteral("session"), session.toJson(false)},
                        {QStringLiteral("saved_at"), toRfc3339(now)}};
    // The cache's folder is owner-only already (Cache::open); the file is made so too.
    QSaveFile file(sessionPathFor(m_cachePath));
    if (!file.open(QIODevice::WriteOnly))
        return makeError(CacheError::Code::CannotOpen, file.errorString());
    file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return makeError(CacheError::Code::CannotOpen, file.errorString());
    QFile::setPermissions(sessionPathFor(m_cachePath), OwnerOnly);
    m_session = session;
    m_session->token.clear();
    m_sessionSavedAt = now;
    return {};
}

CacheError Workspace::openCacheAndEngine()
{
    if (m_cache)
        return {};
    auto cache = std::make_unique<Cache>(
        m_cachePath, QStringLiteral("zc-workspace-%1").arg(++g_readerCounter));
    CacheError e = cache->open();
    if (e.ok() && !m_verifyInBackground)
        e = cache->verify();
    if (!e.ok())
        return e;
    m_cache = std::move(cache);
    m_engine = std::make_unique<SyncEngine>(m_client, m_cachePath);
    m_damage = {};
    m_verified = !m_verifyInBackground;
    if (m_verifyInBackground) {
        m_engine->hold(true);
        startVerify();
    }
    m_writes = std::make_unique<WriteThrough>(m_client, m_engine.get());
    connect(m_engine.get(), &SyncEngine::offlineChanged, this, &Workspace::readOnlyChanged);
    connect(m_engine.get(), &SyncEngine::offlineChanged, this, [this](bool offline) {
        if (!offline)
            refreshInstitutions();   // back online after an offline start
    });
    return {};
}

void Workspace::startVerify()
{
    stopVerify();
    auto result = std::make_shared<CacheError>();
    const QString path = m_cachePath;
    const QString name = QStringLiteral("zc-verify-%1").arg(++g_readerCounter);
    m_verifier = QThread::create([result, path, name] {
        Cache cache(path, name);
        CacheError e = cache.open();
        if (e.ok())
            e = cache.verify();
        *result = e;
    });
    m_verifier->setObjectName(QStringLiteral("zc-cache-verify"));
    QThread *thread = m_verifier;
    connect(thread, &QThread::finished, this, [this, thread, result] {
        if (thread != m_verifier)
            return;   // stopped meanwhile
        m_verifier = nullptr;
        thread->deleteLater();
        if (!m_cache)
            return;
        if (result->ok()) {
            m_verified = true;
            m_engine->hold(false);   // the sync asked for meanwhile runs now
            refreshInstitutions();
            return;
        }
        qCWarning(lcSync) << "the cache failed its check:" << result->message;
        m_damage = *result;
        Q_EMIT damaged();
    });
    // Idle priority: the check yields to the window and to the threads
    // that read the cache into it (on Linux: SCHED_IDLE).
    m_verifier->start(QThread::IdlePriority);
}

void Workspace::stopVerify()
{
    if (!m_verifier)
        return;
    QThread *thread = std::exchange(m_verifier, nullptr);
    thread->wait();
    delete thread;
}

CacheError Workspace::replaceDamagedCache()
{
    const CacheError damage = m_damage;
    close();
    QString why;
    const QString aside = setAside(m_cachePath, &why);
    if (aside.isEmpty()) {
        qCWarning(lcSync) << "an unusable cache could not be set aside:" << why;
        return damage;
    }
    qCWarning(lcSync) << "the cache was set aside (" << damage.message << "); a new one is made";
    m_setAsidePath = aside;
    m_setAsideReason = damage.code;
    const CacheError e = openCacheAndEngine();
    if (!e.ok())
        return e;
    if (m_session) {
        const CacheError stored = storeSession(*m_session);
        if (!stored.ok())
            qCWarning(lcSync) << "the session could not be stored for offline use:" << stored.message;
    }
    m_engine->refresh(SyncEngine::Mode::Full);
    return {};
}

QString Workspace::setAside(const QString &cachePath, QString *why)
{
    const QString target =
        cachePath + QStringLiteral(".set-aside-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
    for (const QLatin1String suffix : { QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm"),
                                        QLatin1String("-journal") }) {
        QFile file(cachePath + suffix);
        if (file.exists() && !file.rename(target + suffix)) {
            if (why)
                *why = file.fileName() + QStringLiteral(": ") + file.errorString();
            return {};
        }
    }
    return target;
}

CacheError Workspace::openOnline(const Session &session, bool syncNow)
{
    CacheError e = openCacheAndEngine();
    if (e.code == CacheError::Code::Corrupt || e.code == CacheError::Code::NewerSchema) {
        QString why;
        const QString aside = setAside(m_cachePath, &why);
        if (aside.isEmpty()) {
            qCWarning(lcSync) << "an unusable cache could not be set aside:" << why;
            return e;
        }
        qCWarning(lcSync) << "the cache was set aside (" << e.message << "); a new one is made";
        m_setAsidePath = aside;
        m_setAsideReason = e.code;
        e = openCacheAndEngine();
    }
    if (!e.ok())
        return e;
    e = storeSession(session);
    if (!e.ok())
        qCWarning(lcSync) << "the session could not be stored for offline use:" << e.message;
    if (syncNow)
        m_engine->refresh();
    refreshInstitutions();
    return {};
}

void Workspace::refreshInstitutions()
{
    if (!m_cache || !m_client || isReadOnly() || !m_verified)
        return;   // (unverified: done once the check passes)
    m_client->institutions(this, [this](const Result<QList<Institution>> &r) {
        if (!r.ok()) {
            // Not fatal: the names stay as cached; an expired session says so elsewhere.
            qCInfo(lcSync) << "the unit's institutions were not refreshed:" << r.error.code;
            return;
        }
        if (!m_cache)
            return;
        const CacheError e = m_cache->applyInstitutions(*r.value);
        if (!e.ok()) {
            qCWarning(lcSync) << "the unit's institutions could not be cached:" << e.message;
            return;
        }
        Q_EMIT institutionsChanged();
    });
}

QList<Institution> Workspace::institutions() const
{
    if (!m_cache)
        return {};
    CacheResult<QList<Institution>> r = m_cache->institutions();
    return r.ok() ? *r.value : QList<Institution>{};
}

CacheError Workspace::openOffline()
{
    QDateTime savedAt;
    QString why;
    if (!QFile::exists(m_cachePath))
        return makeError(CacheError::Code::NotFound, QStringLiteral("no cache for this account here"));
    std::optional<Session> session = storedSession(m_cachePath, &savedAt, &why);
    if (!session)
        return makeError(CacheError::Code::NotFound, why);
    const CacheError e = openCacheAndEngine();
    if (!e.ok())
        return e;
    m_session = std::move(session);
    m_sessionSavedAt = savedAt;
    m_engine->markOffline();
    return {};
}

void Workspace::close()
{
    stopVerify();
    const bool wasOpen = m_cache != nullptr;
    m_writes.reset();
    m_engine.reset();   // waits for the worker's step and closes its connection
    m_cache.reset();
    if (wasOpen)
        Q_EMIT readOnlyChanged(true);
}

bool Workspace::isReadOnly() const
{
    return !m_engine || m_engine->isOffline();
}

void Workspace::forget(QObject *context, std::function<void(const QString &error)> done)
{
    if (!m_client->token().isEmpty()) {
        // Best effort: offline, the token simply expires on the server.
        m_client->logout(m_client, [](const Result<Nothing> &) {});
    }
    close();
    m_session.reset();
    QStringList problems;
    QString why;
    if (!Cache::removeFiles(m_cachePath, &why))
        problems << why;
    QFile session(sessionPathFor(m_cachePath));
    if (session.exists() && !session.remove())
        problems << session.fileName() + QStringLiteral(": ") + session.errorString();

    const QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    RememberedLogin(m_keychain, m_profile.id)
        .forgetLogin(m_login, this, [this, problems, ctx, hasContext, done](const QString &error) mutable {
            if (!error.isEmpty())
                problems << error;
            const QString all = problems.join(QStringLiteral("; "));
            if (all.isEmpty())
                qCInfo(lcSync) << "local data of the account forgotten";
            else
                qCWarning(lcSync) << "forgetting the account left something behind:" << all;
            Q_EMIT forgotten();
            if (done && (!hasContext || ctx))
                done(all);
        });
}

} // namespace zc::sync
