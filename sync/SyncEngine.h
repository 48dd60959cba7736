#pragma once

#include "ApiClient.h"
#include "Cache.h"
#include "CacheDelta.h"
#include "CacheWorker.h"
#include "ChangeBatch.h"
#include "ConnectivityProbe.h"

#include "models/Account.h"
#include "models/ApiError.h"
#include "models/Role.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace zc::sync {

// Keeps one cache file following the server's change feed (GET /changes).
//
// A sync reads the stored cursor, then fetches batch after batch while the
// feed says `more`; each batch is applied with Cache::applyChanges in one
// transaction together with its cursor, so a cut connection or a killed
// client leaves a consistent cache that the next sync resumes, and applying a
// batch twice changes nothing. Without a cursor (or with Mode::Full) the sync
// is a full one: its first batch empties the cache in the same transaction.
// A new permission catalog announced by the feed is fetched and stored with
// the batch that announced it.
//
// Threads: the network stays on the caller's thread (the ApiClient's); every
// cache write runs on a worker QThread that owns its own Cache connection on
// the same file. Each parsed batch is handed to the worker with a queued
// call; the next batch is fetched while the worker applies this one (at most
// two batches wait), and the sync finishes when the last one is applied.
//
// Triggers: refresh() on demand (at login, F5), noteWrite() after a write
// (coalesced), a periodic timer, and coming back online. A failure without an
// HTTP answer (network, timeout, TLS) makes the engine offline; while offline
// its ConnectivityProbe asks the server (GET /health) periodically and, once
// it answers, the engine is online again and syncs by itself.
//
// What the engine does is one State (below); whether the server is within
// reach is the probe's, apart from it: a sync may be tried while offline.
class SyncEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool syncing READ isSyncing NOTIFY syncingChanged)
    Q_PROPERTY(bool offline READ isOffline NOTIFY offlineChanged)
    Q_PROPERTY(QDateTime lastSyncedAt READ lastSyncedAt NOTIFY lastSyncedAtChanged)
public:
    enum class Mode { Incremental, Full };

    enum class State {
        Idle,             // no sync runs
        Fetching,         // a sync runs: it reads the cursor, then fetches batch after batch
                          // while the worker applies the ones before
        WaitingForApply,  // a sync runs, and its next fetch waits until the worker applied a batch
                          // (at most MaxPendingApplies wait)
        Draining,         // a sync fetches no more (the feed ended, it failed or was cancelled)
                          // and finishes once the worker applied what it has
        ShuttingDown,     // the engine is being destroyed: nothing starts, answers are dropped
    };
    Q_ENUM(State)
    static constexpr int MaxPendingApplies = 2;
    using ApplyDone = std::function<void(const CacheError &error)>;

    // Error code of finished() when the cache itself failed (status -1).
    static constexpr const char CacheErrorCode[] = "cache_error";

    // `client` must outlive the engine. The cache file is opened (and created
    // or migrated) by the worker on first use.
    SyncEngine(ApiClient *client, const QString &cachePath, QObject *parent = nullptr);
    ~SyncEngine() override;   // cancels, waits for the worker to finish its step, closes its connection

    [[nodiscard]] QString cachePath() const { return m_cachePath; }

    void setInterval(int ms);        // periodic sync; 0 turns it off (default 5 minutes)
    void setProbeInterval(int ms);   // health probe while offline (default 15 seconds)
    void setBatchLimit(int limit);   // GET /changes limit, 1..5000 (default 1000)
    void setWriteDelay(int ms);      // noteWrite() syncs after this quiet time (default 300 ms)
    [[nodiscard]] int interval() const { return m_interval; }

    // Starts a sync now; while one runs, another follows it once (Full wins).
    void refresh(Mode mode = Mode::Incremental);
    // While held (the cache is not checked yet), refresh() only remembers
    // that a sync is wanted; releasing starts it.
    void hold(bool held);
    [[nodiscard]] bool isHeld() const { return m_held; }
    // A write went to the server: sync soon (bulk writes share one sync).
    void noteWrite();
    // Aborts the running sync: the request in flight is dropped, batches
    // already applied stay; finished(false, "cancelled") follows.
    void cancel();
    // Known to be unreachable (e.g. the cache was opened offline at start-up):
    // offline, probing until the server answers.
    void markOffline();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isSyncing() const
    {
        return m_state == State::Fetching || m_state == State::WaitingForApply || m_state == State::Draining;
    }
    [[nodiscard]] bool isOffline() const { return m_probe.isOffline(); }
    [[nodiscard]] QDateTime offlineSince() const { return m_probe.offlineSince(); }
    [[nodiscard]] QDateTime lastSyncedAt() const { return m_lastSyncedAt; }
    [[nodiscard]] const ApiError &lastError() const { return m_lastError; }
    [[nodiscard]] int batchesDone() const { return m_batches; }      // of the running or last sync
    [[nodiscard]] int itemsApplied() const { return m_items; }

    // The write path: the resource the server answered with, applied to the
    // cache on the worker (in order with the feed's batches); `done` runs in
    // `context`'s thread once it is stored, after cacheChanged().
    void applyRole(const Role &role, QObject *context = nullptr, ApplyDone done = {});
    void applyAccount(const Account &account, QObject *context = nullptr, ApplyDone done = {});
    void removeRole(qint64 id, QObject *context = nullptr, ApplyDone done = {});
    void removeAccount(qint64 id, QObject *context = nullptr, ApplyDone done = {});
    void applyAssignment(qint64 roleId, qint64 accountId, bool assigned, QObject *context = nullptr,
                         ApplyDone done = {});

Q_SIGNALS:
    void stateChanged(zc::sync::SyncEngine::State state);
    void syncingChanged(bool syncing);
    void started(zc::sync::SyncKind kind);
    void progress(int batches, int items);               // after each applied batch
    void cacheChanged(const zc::sync::CacheDelta &delta);
    void finished(bool ok, const zc::ApiError &error);   // error invalid when ok
    void lastSyncedAtChanged(const QDateTime &at);
    void offlineChanged(bool offline);

private:
    using Back = CacheWorker::Back;

    // Runs `work` on the worker thread; the function it returns runs back on this thread.
    void post(CacheWorker::Work work);
    void postLocal(std::function<CacheError(Cache &, CacheDelta *)> work, QObject *context, ApplyDone done);

    void begin();
    void fetchNext();
    void onBatch(const Result<ChangeBatch> &result);
    void enqueueApply(ChangeBatch batch);
    void onApplied(const ChangeBatch &batch, const CacheError &error);
    void fail(const ApiError &error);
    void maybeFinish();
    void setState(State state);
    // The running sync fetches no more.
    void stopFetching()
    {
        if (isSyncing())
            setState(State::Draining);
    }
    [[nodiscard]] bool stopping() const { return m_outcome != Outcome::Ongoing; }

    ApiClient *m_client;
    QString m_cachePath;
    std::unique_ptr<CacheWorker> m_worker;

    ConnectivityProbe m_probe;
    QTimer m_timer;
    QTimer m_writeTimer;
    int m_interval = 5 * 60 * 1000;
    int m_limit = 1000;

    State m_state = State::Idle;

    // The running sync.
    enum class Outcome { Ongoing, Cancelled, Failed };   // Failed wins over Cancelled
    Outcome m_outcome = Outcome::Ongoing;
    std::optional<Mode> m_next;      // another sync to run after this one (refresh() while syncing or held)
    bool m_held = false;
    Mode m_mode = Mode::Incremental;
    SyncKind m_kind = SyncKind::Incremental;
    bool m_retriedFull = false;      // a refused cursor was answered with a full sync already
    int m_fetched = 0;
    int m_pendingApplies = 0;
    QString m_cursor;
    QString m_catalogVersion;
    QPointer<ApiJob> m_job;
    ApiError m_error;

    int m_batches = 0;
    int m_items = 0;
    ApiError m_lastError;
    QDateTime m_lastSyncedAt;
};

} // namespace zc::sync

