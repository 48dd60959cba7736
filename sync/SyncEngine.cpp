#include "SyncEngine.h"

#include "LocalWrites.h"
#include "SyncLog.h"

#include "models/PermissionCatalog.h"

#include <QJsonDocument>

#include <utility>

namespace zc::sync {

namespace {

constexpr int DefaultWriteDelayMs = 300;

ApiError cacheApiError(const CacheError &e)
{
    ApiError a;
    a.status = -1;
    a.code = QString::fromLatin1(SyncEngine::CacheErrorCode);
    a.message = e.message;
    return a;
}

ApiError cancelledError()
{
    ApiError a;
    a.code = errorCodeName(ErrorCode::Cancelled);
    a.message = QStringLiteral("sync cancelled");
    return a;
}

bool isTransportFailure(const ApiError &e)
{
    return e.isValid() && e.status == 0 && !e.is(ErrorCode::Cancelled);
}

} // namespace

SyncEngine::SyncEngine(ApiClient *client, const QString &cachePath, QObject *parent)
    : QObject(parent), m_client(client), m_cachePath(cachePath),
      m_worker(std::make_unique<CacheWorker>(cachePath, QStringLiteral("zc-sync-cache"))), m_probe(client)
{

    m_timer.setInterval(m_interval);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!isOffline() && !isSyncing())
            refresh();
    });
    m_timer.start();
    m_writeTimer.setSingleShot(true);
    m_writeTimer.setInterval(DefaultWriteDelayMs);
    connect(&m_writeTimer, &QTimer::timeout, this, [this] { refresh(); });
    connect(&m_probe, &ConnectivityProbe::offlineChanged, this, &SyncEngine::offlineChanged);
    connect(&m_probe, &ConnectivityProbe::reachable, this, [this] { refresh(); });

    // When the cache last finished a sync, for the status bar from the start.
    post([this](Cache &cache, const CacheError &opened) -> Back {
        QDateTime at;
        if (opened.ok()) {
            const CacheResult<SyncState> state = cache.syncState();
            if (state.ok())
                at = state.value->lastSyncAt();
        }
        return [this, at] {
            if (at.isValid() && !m_lastSyncedAt.isValid()) {
                m_lastSyncedAt = at;
                Q_EMIT lastSyncedAtChanged(at);
            }
        };
    });
}

SyncEngine::~SyncEngine()
{
    m_state = State::ShuttingDown;   // no signal: the listeners may be going away too
    m_probe.stop();
    if (m_job)
        m_job->abort();
    m_worker->stopAnswers();
    m_worker.reset();   // finishes the item in progress, closes its connection, ends its thread
}

void SyncEngine::setInterval(int ms)
{
    m_interval = qMax(0, ms);
    if (m_interval == 0) {
        m_timer.stop();
    } else {
        m_timer.setInterval(m_interval);
        m_timer.start();
    }
}

void SyncEngine::setProbeInterval(int ms)
{
    m_probe.setInterval(ms);
}

void SyncEngine::setBatchLimit(int limit)
{
    m_limit = qBound(1, limit, 5000);
}

void SyncEngine::setWriteDelay(int ms)
{
    m_writeTimer.setInterval(qMax(0, ms));
}

void SyncEngine::post(CacheWorker::Work work)
{
    // The work runs on the worker thread and must not touch this object; the
    // function it returns runs back here.
    m_worker->post(this, std::move(work));
}

// ---------------------------------------------------------------- syncing

void SyncEngine::refresh(Mode mode)
{
    if (m_state == State::ShuttingDown)
        return;
    m_writeTimer.stop();
    if (isSyncing() || m_held) {
        if (!m_next || mode == Mode::Full)
            m_next = mode;
        return;
    }
    m_mode = mode;
    m_kind = SyncKind::Incremental;
    m_retriedFull = false;
    m_outcome = Outcome::Ongoing;
    m_fetched = 0;
    m_pendingApplies = 0;
    m_batches = 0;
    m_items = 0;
    m_error = {};
    m_cursor.clear();
    setState(State::Fetching);
    Q_EMIT syncingChanged(true);
    begin();
}

void SyncEngine::hold(bool held)
{
    m_held = held;
    if (!held && m_next && !isSyncing())
        refresh(*std::exchange(m_next, std::nullopt));
}

void SyncEngine::noteWrite()
{
    if (m_state != State::ShuttingDown)
        m_writeTimer.start();
}

void SyncEngine::cancel()
{
    if (!isSyncing())
        return;
    qCInfo(lcSync) << "sync cancelled after" << m_batches << "batches";
    if (m_outcome == Outcome::Ongoing)
        m_outcome = Outcome::Cancelled;
    m_next.reset();
    if (m_state == State::WaitingForApply)
        stopFetching();
    if (m_job)
        m_job->abort();   // its callback marks the fetch done
    maybeFinish();
}

void SyncEngine::begin()
{
    post([this](Cache &cache, const CacheError &opened) -> Back {
        CacheError e = opened;
        SyncState state;
        if (e.ok()) {
            const CacheResult<SyncState> r = cache.syncState();
            if (r.ok())
                state = *r.value;
            else
                e = r.error;
        }
        return [this, e, state] {
            if (stopping()) {
                stopFetching();
                maybeFinish();
                return;
            }
            if (!e.ok()) {
                fail(cacheApiError(e));
                stopFetching();
                maybeFinish();
                return;
            }
            m_cursor = m_mode == Mode::Full ? QString() : state.cursor;
            m_catalogVersion = state.catalogVersion;
            m_kind = m_cursor.isEmpty() ? SyncKind::Full : SyncKind::Incremental;
            qCInfo(lcSync) << (m_kind == SyncKind::Full ? "full" : "incremental") << "sync started";
            Q_EMIT started(m_kind);
            fetchNext();
        };
    });
}

void SyncEngine::fetchNext()
{
    setState(State::Fetching);
    m_job = m_client->changes(m_cursor, m_limit, this, [this](const Result<ChangeBatch> &r) {
        if (m_state != State::ShuttingDown)
            onBatch(r);
    });
}

void SyncEngine::onBatch(const Result<ChangeBatch> &r)
{
    m_job = nullptr;
    if (!r.ok()) {
        if (r.error.is(ErrorCode::Cancelled)) {
            stopFetching();
            maybeFinish();
            return;
        }
        // The server no longer knows this cursor (its data was reset, or the
        // cursor is too old): start over with a full sync, once.
        if (m_kind == SyncKind::Incremental && m_fetched == 0 && !m_retriedFull && r.error.status == 400
            && r.error.field == QLatin1String("since")) {
            qCInfo(lcSync) << "the server refused the stored cursor (" << r.error.code << "); full sync";
            m_retriedFull = true;
            m_cursor.clear();
            m_kind = SyncKind::Full;
            fetchNext();
            return;
        }
        fail(r.error);
        stopFetching();
        maybeFinish();
        return;
    }
    if (stopping()) {
        stopFetching();
        maybeFinish();
        return;
    }
    ChangeBatch batch = *r.value;
    batch.kind = m_kind;
    batch.resetBefore = m_kind == SyncKind::Full && m_fetched == 0;
    batch.receivedAt = QDateTime::currentDateTimeUtc();
    ++m_fetched;
    m_cursor = batch.cursor;

    const bool newCatalog = !batch.catalogVersion.isEmpty() && batch.catalogVersion != m_catalogVersion;
    if (!newCatalog) {
        enqueueApply(std::move(batch));
        return;
    }
    // The catalog goes into the cache with the batch that announced it.
    m_job = m_client->permissions(this, [this, batch](const Result<QList<Permission>> &r) mutable {
        if (m_state == State::ShuttingDown)
            return;
        m_job = nullptr;
        if (!r.ok()) {
            if (!r.error.is(ErrorCode::Cancelled))
                fail(r.error);
            stopFetching();
            maybeFinish();
            return;
        }
        QString why;
        PermissionCatalog catalog = PermissionCatalog::fromJson(
            QJsonDocument(Permission::listToJson(*r.value)).toJson(QJsonDocument::Compact), &why);
        if (catalog.isEmpty()) {
            ApiError e;
            e.status = 200;
            e.code = errorCodeName(ErrorCode::BadResponse);
            e.message = QStringLiteral("permissions: ") + why;
            fail(e);
            stopFetching();
            maybeFinish();
            return;
        }
        batch.catalog = std::move(catalog);
        m_catalogVersion = batch.catalogVersion;
        if (stopping()) {
            stopFetching();
            maybeFinish();
            return;
        }
        enqueueApply(std::move(batch));
    });
}

void SyncEngine::enqueueApply(ChangeBatch batch)
{
    ++m_pendingApplies;
    const bool more = batch.more;
    post([this, batch](Cache &cache, const CacheError &opened) -> Back {
        CacheError e = opened;
        if (e.ok())
            e = cache.applyChanges(batch);
        return [this, batch, e] { onApplied(batch, e); };
    });
    // Fetch the next batch while the worker applies this one.
    if (!more || stopping())
        stopFetching();
    else if (m_pendingApplies < MaxPendingApplies)
        fetchNext();
    else
        setState(State::WaitingForApply);
}

void SyncEngine::onApplied(const ChangeBatch &batch, const CacheError &error)
{
    --m_pendingApplies;
    if (!error.ok()) {
        qCWarning(lcSync) << "a batch could not be applied:" << error.message;
        fail(cacheApiError(error));
        if (m_job)
            m_job->abort();   // its answer ends the fetching
        else
            stopFetching();
        maybeFinish();
        return;
    }
    ++m_batches;
    m_items += static_cast<int>(batch.roles.size() + batch.accounts.size() + batch.deleted.size());
    Q_EMIT progress(m_batches, m_items);
    CacheDelta delta;
    delta.roles = batch.roles;
    delta.accounts = batch.accounts;
    delta.deleted = batch.deleted;
    delta.reset = batch.resetBefore;
    delta.catalogChanged = batch.catalog.has_value();
    if (!delta.isEmpty())
        Q_EMIT cacheChanged(delta);
    if (!batch.more) {
        m_lastSyncedAt = batch.receivedAt;
        Q_EMIT lastSyncedAtChanged(m_lastSyncedAt);
    }
    if (m_state == State::WaitingForApply) {
        if (stopping())
            stopFetching();
        else
            fetchNext();
    }
    maybeFinish();
}

void SyncEngine::fail(const ApiError &error)
{
    if (m_outcome == Outcome::Failed)
        return;
    m_outcome = Outcome::Failed;
    m_error = error;
}

void SyncEngine::maybeFinish()
{
    if (m_state != State::Draining || m_pendingApplies > 0 || m_job)
        return;
    setState(State::Idle);
    // Done when the batch that said "no more" was applied, whatever came after.
    const bool complete = m_outcome == Outcome::Ongoing;
    const ApiError error = m_outcome == Outcome::Failed
        ? m_error
        : (m_outcome == Outcome::Cancelled ? cancelledError() : ApiError{});
    m_lastError = error;
    if (complete)
        qCInfo(lcSync) << "sync finished:" << m_batches << "batches," << m_items << "items";
    else
        qCInfo(lcSync) << "sync stopped after" << m_batches << "batches:" << error.code;

    if (isTransportFailure(error))
        m_probe.setOffline(true);
    else if (complete)
        m_probe.setOffline(false);
    Q_EMIT syncingChanged(false);
    Q_EMIT finished(complete, error);

    const std::optional<Mode> next = std::exchange(m_next, std::nullopt);
    if (next && !isOffline())
        QMetaObject::invokeMethod(this, [this, mode = *next] { refresh(mode); }, Qt::QueuedConnection);
}

void SyncEngine::setState(State state)
{
    if (m_state == state || m_state == State::ShuttingDown)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

// ---------------------------------------------------------------- online / offline

void SyncEngine::markOffline()
{
    m_probe.setOffline(true);
}

// ---------------------------------------------------------------- local write path

void SyncEngine::postLocal(std::function<CacheError(Cache &, CacheDelta *)> work, QObject *context,
                           ApplyDone done)
{
    // The callback and its context stay on this thread; the worker only
    // carries the shared holder along.
    struct Reply
    {
        QPointer<QObject> context;
        bool hasContext = false;
        ApplyDone done;
    };
    auto reply = std::make_shared<Reply>();
    reply->context = context;
    reply->hasContext = context != nullptr;
    reply->done = std::move(done);
    post([this, work = std::move(work), reply](Cache &cache, const CacheError &opened) -> Back {
        CacheDelta delta;
        delta.local = true;
        CacheError e = opened;
        if (e.ok())
            e = work(cache, &delta);
        return [this, e, delta, reply] {
            if (!e.ok())
                qCWarning(lcSync) << "a write could not be applied to the cache:" << e.message;
            else if (!delta.isEmpty())
                Q_EMIT cacheChanged(delta);
            if (reply->done && (!reply->hasContext || reply->context))
                reply->done(e);
        };
    });
}

void SyncEngine::applyRole(const Role &role, QObject *context, ApplyDone done)
{
    postLocal([role](Cache &c, CacheDelta *d) { return LocalWrites::applyRole(c, role, d); }, context,
              std::move(done));
}

void SyncEngine::applyAccount(const Account &account, QObject *context, ApplyDone done)
{
    postLocal([account](Cache &c, CacheDelta *d) { return LocalWrites::applyAccount(c, account, d); }, context,
              std::move(done));
}

void SyncEngine::removeRole(qint64 id, QObject *context, ApplyDone done)
{
    postLocal([id](Cache &c, CacheDelta *d) { return LocalWrites::removeRole(c, id, d); }, context, std::move(done));
}

void SyncEngine::removeAccount(qint64 id, QObject *context, ApplyDone done)
{
    postLocal([id](Cache &c, CacheDelta *d) { return LocalWrites::removeAccount(c, id, d); }, context,
              std::move(done));
}

void SyncEngine::applyAssignment(qint64 roleId, qint64 accountId, bool assigned, QObject *context,
                                 ApplyDone done)
{
    postLocal([roleId, accountId, assigned](
                  Cache &c, CacheDelta *d) { return LocalWrites::applyAssignment(c, roleId, accountId, assigned, d); },
              context, std::move(done));
}

} // namespace zc::sync
