#pragma once

#include "ApiClient.h"
#include "Cache.h"
#include "CredentialStore.h"
#include "ServerProfile.h"

#include "models/Session.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace zc::sync {

class SyncEngine;
class WriteThrough;

// Everything local that belongs to one signed-in (server profile, account):
// the cache file (Cache::defaultPath), a cache connection on the caller's
// thread for the views' reads, the SyncEngine that keeps it following the
// server, the write path (WriteThrough), and the last session seen (without
// its token) so that the cache can be opened offline next time. Also
// "退出并清除本机数据": forget() deletes the cache files, the stored session
// and the keychain entry of the account.
//
// The stored session is a small JSON file beside the cache
// (<cache>.session.json), in the cache's owner-only folder; it holds what GET
// /me answers (account, unit, permissions), never a token or password.
class Workspace : public QObject
{
    Q_OBJECT
public:
    // `client` must outlive the workspace; `keychain` too when given (else
    // the workspace uses its own on the default service).
    Workspace(ApiClient *client, const ServerProfile &profile, const QString &login,
              CredentialStore *keychain = nullptr, QObject *parent = nullptr);
    ~Workspace() override;

    [[nodiscard]] static QString cachePathFor(const QString &profileId, const QString &login);
    [[nodiscard]] static QString sessionPathFor(const QString &cachePath);
    // A cache and its stored session exist: openOffline() can show them.
    [[nodiscard]] static bool hasOfflineData(const QString &profileId, const QString &login);
    // The stored session of that account, or nullopt (and *why) when there is none or it is unreadable.
    [[nodiscard]] static std::optional<Session> storedSession(const QString &cachePath, QDateTime *savedAt = nullptr,
                                                              QString *why = nullptr);

    // Moves a cache that cannot be used (damaged, or written by a newer
    // client) out of the way with its -wal / -shm / -journal files: renamed
    // beside itself to <cache>.set-aside-<UTC time>, never deleted — it may
    // hold the only copy of what someone saw. The new name, or empty (and *why).
    [[nodiscard]] static QString setAside(const QString &cachePath, QString *why = nullptr);

    // Signed in: stores the session (without token) beside the cache, opens
    // the cache and the engine, and (syncNow) starts the login sync. A cache
    // that is damaged or too new is set aside (setAsidePath()) and a new one
    // is made, filled by the sync.
    [[nodiscard]] CacheError openOnline(const Session &session, bool syncNow = true);
    // Where openOnline() put the unusable cache, and why (Corrupt or
    // NewerSchema); empty / None when it did not.
    [[nodiscard]] QString setAsidePath() const { return m_setAsidePath; }
    [[nodiscard]] CacheError::Code setAsideReason() const { return m_setAsideReason; }
    // The server cannot be reached: opens the last cache of this account with
    // its stored session, read-only (isReadOnly()); the engine is offline and
    // probes, and syncs by itself once the server answers. NotFound when this
    // account has no cache or no stored session here.
    [[nodiscard]] CacheError openOffline();
    void close();

    [[nodiscard]] bool isOpen() const { return m_cache != nullptr; }
    // Editing is off while the server is unreachable (or nothing is open).
    [[nodiscard]] bool isReadOnly() const;
    [[nodiscard]] const ServerProfile &profile() const { return m_profile; }
    [[nodiscard]] QString login() const { return m_login; }
    [[nodiscard]] QString cachePath() const { return m_cachePath; }
    [[nodiscard]] const std::optional<Session> &session() const { return m_session; }
    [[nodiscard]] QDateTime sessionSavedAt() const { return m_sessionSavedAt; }
    // Updates the stored session (e.g. after GET /me or a unit choice).
    [[nodiscard]] CacheError storeSession(const Session &session);

    // Asks the server for the unit's institutions (GET /unit/institutions)
    // and keeps them in the cache (done at each openOnline()); emits
    // institutionsChanged() when stored. Offline it does nothing.
    void refreshInstitutions();
    // The cached institutions (empty when none or not open).
    [[nodiscard]] QList<Institution> institutions() const;

    // For the desktop client: the cache's full check (PRAGMA quick_check,
    // ~90 ms for 100k accounts) runs on a thread of its own instead of before
    // the window shows; until it passes no sync runs and the workspace writes
    // nothing to the cache. A failure emits damaged(): the caller closes what
    // shows the cache, then replaceDamagedCache() (online) or close().
    void setVerifyInBackground(bool background) { m_verifyInBackground = background; }
    [[nodiscard]] bool isVerified() const { return m_verified; }
    [[nodiscard]] CacheError damage() const { return m_damage; }
    // Sets the damaged cache aside (setAsidePath()) and starts a new one,
    // synced at once from the server.
    [[nodiscard]] CacheError replaceDamagedCache();

    // Valid while open; owned by the workspace.
    [[nodiscard]] Cache *cache() const { return m_cache.get(); }
    [[nodiscard]] SyncEngine *engine() const { return m_engine.get(); }
    [[nodiscard]] WriteThrough *writes() const { return m_writes.get(); }

    // 退出并清除本机数据: revokes the session on the server when there is a
    // token (best effort, not waited for), closes everything, deletes the
    // cache files and the stored session, forgets the remembered login and
    // removes the keychain's token entry. `done` gets an empty string on
    // success, else what could not be removed. Works open or closed.
    void forget(QObject *context, std::function<void(const QString &error)> done);

Q_SIGNALS:
    void readOnlyChanged(bool readOnly);
    void institutionsChanged();
    // The background check found the cache unusable (damage() says why).
    void damaged();
    void forgotten();

private:
    [[nodiscard]] CacheError openCacheAndEngine();

    ApiClient *m_client;
    ServerProfile m_profile;
    QString m_login;
    QString m_cachePath;
    QPointer<CredentialStore> m_keychain;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<WriteThrough> m_writes;
    std::optional<Session> m_session;
    QDateTime m_sessionSavedAt;
    void startVerify();
    void stopVerify();

    QThread *m_verifier = nullptr;
    bool m_verifyInBackground = false;
    bool m_verified = true;
    CacheError m_damage;
    QString m_setAsidePath;
    CacheError::Code m_setAsideReason = CacheError::Code::None;
};

} // namespace zc::sync
