#pragma once

#include "CliContext.h"
#include "LocalCache.h"

#include "sync/ApiClient.h"
#include "sync/Cache.h"

#include <functional>
#include <limits>

namespace zc::cli {

// How the list and export commands get a list: one page or (all) every page
// of it from the server, 100 items per request (the API's largest page); or,
// when the server cannot be reached, the same filter and page read from the
// account's local cache (LocalCache), with a note on stderr. The cache
// filters and pages as the server does (sync::Cache's queries), so the
// fallback shows what the server would have, as of the cache's age.
struct ListRequest
{
    bool all = false;
    int page = 1;
    int size = 10;
    bool cacheOnly = false;                       // never ask the server (export --cache)
    LocalCache::Data data = LocalCache::Data::Directory;
};

template <typename T>
struct Listing
{
    sync::Page<T> page;   // with `all`: every item, as page 1 of one page
    bool fromCache = false;
    QJsonObject sourceFields;   // {"source": "cache", "as_of"} when fromCache
};

template <typename T>
using ServerPage =
    std::function<sync::ApiJob *(int page, int size, QObject *context, sync::ApiClient::Done<sync::Page<T>> done)>;
template <typename T>
using CachePage = std::function<sync::CacheResult<sync::Page<T>>(const sync::Cache &cache, int page, int size)>;

// The largest page the API gives.
inline constexpr int MaxPageSize = 100;

// The page, or every page, from the server; the server's error (and the
// refused certificates) when one request fails.
template <typename T>
[[nodiscard]] sync::Result<sync::Page<T>> fetchFromServer(CliContext &ctx, const ListRequest &request,
                                                          const ServerPage<T> &server)
{
    const auto one = [&](int page, int size) {
        return ctx.await<sync::Page<T>>([&](QObject *c, sync::ApiClient::Done<sync::Page<T>> done) {
            return server(page, size, c, std::move(done));
        });
    };
    if (!request.all)
        return one(request.page, request.size);
    sync::Result<sync::Page<T>> all;
    all.value = sync::Page<T>{};
    for (int page = 1;; ++page) {
        const sync::Result<sync::Page<T>> r = one(page, MaxPageSize);
        if (!r.ok())
            return r;
        all.value->items += r.value->items;
        all.value->total = r.value->total;
        if (r.value->items.isEmpty() || page * MaxPageSize >= r.value->total)
            break;
    }
    all.value->page = 1;
    all.value->size = qMax(1, static_cast<int>(all.value->items.size()));
    return all;
}

// fetchFromServer, falling back on the local cache when the server cannot be
// reached: ExitOk with *out, or the code of the error it printed (the
// network error itself when there is no cache to fall back on).
template <typename T>
[[nodiscard]] int fetchList(CliContext &ctx, const ListRequest &request, const ServerPage<T> &server,
                            const CachePage<T> &cache, Listing<T> *out)
{
    ApiError cause;
    QList<sync::TlsProblem> tls;
    if (!request.cacheOnly) {
        sync::Result<sync::Page<T>> r = fetchFromServer(ctx, request, server);
        if (r.ok()) {
            out->page = std::move(*r.value);
            return ExitOk;
        }
        if (!LocalCache::unreachable(r.error))
            return ctx.reportError(r.error, r.tlsProblems);
        cause = r.error;
        tls = r.tlsProblems;
    }
    LocalCache local(ctx);
    QString why;
    const auto noCache = [&](const QString &reason) {
        if (cause.isValid()) {
            const int rc = ctx.reportError(cause, tls);
            if (!ctx.json())
                ctx.printer().errLine(LocalCache::tr("No local cache to show instead: %1.").arg(reason));
            return rc;
        }
        ApiError e;
        e.status = -1;
        e.code = QStringLiteral("no_cache");
        e.message = reason;
        return ctx.reportError(e);
    };
    if (!local.open(&why))
        return noCache(why);
    const sync::CacheResult<sync::Page<T>> read =
        request.all ? cache(local.cache(), 1, std::numeric_limits<int>::max()) : cache(local.cache(), request.page, request.size);
    if (!read.ok())
        return noCache(LocalCache::readFailure(read.error));
    out->page = *read.value;
    if (request.all) {
        out->page.page = 1;
        out->page.size = qMax(1, static_cast<int>(out->page.items.size()));
    }
    out->fromCache = true;
    out->sourceFields = local.sourceFields(request.data);
    if (cause.isValid())
        local.announce(cause, tls, request.data);
    return ExitOk;
}

} // namespace zc::cli
