#pragma once

#include "ApiClient.h"
#include "ApiTypes.h"

#include <QObject>
#include <QPointer>

namespace zc::sync {

class SyncEngine;

// The write path of the cache: every write goes to the server
// through ApiClient; the resource the server answers with is applied to the
// cache at once (through the SyncEngine's worker, in order with the feed), the
// views hear of it by SyncEngine::cacheChanged, and a sync follows that
// confirms it. The server stays the authority: a refused write changes
// nothing locally, and a stale or missing target (404, 409, 412) makes the
// cache catch up with a sync.
//
// `done` runs once, in this object's thread, after the cache holds the
// answer (or at once when the server refused); never if `context` is gone.
class WriteThrough : public QObject
{
    Q_OBJECT
public:
    // Both must outlive this object. Without an engine (no cache here) the
    // writes only go to the server.
    WriteThrough(ApiClient *client, SyncEngine *engine, QObject *parent = nullptr);

    // Whether a write is followed by a sync (SyncEngine::noteWrite), as it is
    // by default. A one-shot program that ends right after its writes (the
    // CLI) turns it off; its next sync catches up.
    void setSyncAfterWrites(bool on) { m_syncAfterWrites = on; }

    template <typename T> using Done = ApiClient::Done<T>;

    ApiJob *createRole(const RoleInput &input, QObject *context, Done<Role> done);
    ApiJob *updateRole(qint64 id, const RoleInput &input, const QString &version, QObject *context,
                       Done<Role> done);
    ApiJob *deleteRole(qint64 id, const QString &version, QObject *context, Done<Nothing> done);

    ApiJob *addHandler(const QString &phone, const QString &name, const QString &smsCode, QObject *context,
                       Done<Account> done);
    ApiJob *updateHandler(qint64 id, const HandlerPatch &patch, const QString &version, QObject *context,
                          Done<Account> done);
    ApiJob *deleteHandler(qint64 id, const QString &version, QObject *context, Done<Nothing> done);

    ApiJob *assign(qint64 roleId, qint64 accountId, QObject *context, Done<Nothing> done);
    ApiJob *unassign(qint64 roleId, qint64 accountId, QObject *context, Done<Nothing> done);
    // 离职处理: the answer's account (disabled, no roles) replaces the cached
    // one with its assignments; the roles' new versions come with the sync.
    ApiJob *offboardHandler(qint64 id, QObject *context, Done<Offboarding> done);

Q_SIGNALS:
    // The server took a write but the cache could not store its answer (the
    // next sync brings it); emitted before `done` runs.
    void cacheWriteFailed(const QString &message);

private:
    using Applied = std::function<void(const CacheError &error)>;
    using Apply = std::function<void(Applied applied)>;

    template <typename T>
    std::function<void(const Result<T> &)> through(QObject *context, Done<T> done,
                                                   std::function<Apply(const T &)> apply);

    void noteWrite();

    ApiClient *m_client;
    SyncEngine *m_engine;
    bool m_syncAfterWrites = true;
};

} // namespace zc::sync
