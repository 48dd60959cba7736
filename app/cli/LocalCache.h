#pragma once

#include "sync/Cache.h"
#include "sync/TlsProblem.h"

#include "models/ApiError.h"
#include "models/AuditEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace zc::cli {

class CliContext;

// The signed-in account's local cache (the file `sync` fills and the desktop
// client shares, sync::Cache::defaultPath of the profile and login), as the
// list and export commands read it when the server cannot be reached: opened
// only when it exists and has been synced, never created. Also where the
// audit command keeps the events it was shown, as the desktop client does,
// so that they can be read offline.
class LocalCache
{
    Q_DECLARE_TR_FUNCTIONS(LocalCache)
public:
    // What a fallback shows, for the age it states: roles and accounts are as
    // of the last sync, audit events as of when the server last gave some.
    enum class Data { Directory, AuditLog };

    explicit LocalCache(CliContext &ctx);
    ~LocalCache();
    LocalCache(const LocalCache &) = delete;
    LocalCache &operator=(const LocalCache &) = delete;

    // The error means that the server could not be reached (no HTTP answer:
    // network, timeout, TLS, proxy), the one case a list falls back on the
    // cache; an answer such as 401, 403 or 404 never does.
    [[nodiscard]] static bool unreachable(const ApiError &error);

    // Opens the cache when this account has one here that has been synced;
    // false with *why (for a message) otherwise.
    [[nodiscard]] bool open(QString *why = nullptr);
    [[nodiscard]] bool isOpen() const { return m_cache != nullptr; }
    [[nodiscard]] const sync::Cache &cache() const { return *m_cache; }
    // When what `data` shows was last had from the server (invalid: never).
    [[nodiscard]] QDateTime asOf(Data data) const;

    // Says on stderr (as JSON with --json) that the server could not be
    // reached (`cause`) and that what follows is the cache's, with its age;
    // a refused certificate is described as when there is no cache.
    void announce(const ApiError &cause, const QList<sync::TlsProblem> &tls, Data data) const;
    // For a page printed as JSON: {"source": "cache", "as_of": …}.
    [[nodiscard]] QJsonObject sourceFields(Data data) const;

    // Keeps audit events the server showed in the cache, when there is one
    // (nothing otherwise); a failure is only warned about.
    static void keepAuditEvents(CliContext &ctx, const QList<AuditEvent> &events);

    // Why a read of the cache gave nothing, in words.
    [[nodiscard]] static QString readFailure(const sync::CacheError &error);
    // "3 minutes ago", "2 hours ago", "5 days ago".
    [[nodiscard]] static QString ageText(const QDateTime &then, const QDateTime &now);

private:
    [[nodiscard]] static QString pathFor(CliContext &ctx);

    CliContext &m_ctx;
    std::unique_ptr<sync::Cache> m_cache;
    QDateTime m_syncedAt;
};

} // namespace zc::cli
