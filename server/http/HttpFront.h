#pragma once

#include "server/WorkerContext.h"
#include "server/http/Limits.h"
#include "server/http/TlsMaterial.h"

#include <QHostAddress>
#include <QString>

#include <memory>
#include <optional>

namespace zc::server::http {

// The server's network front on Boost.Asio / Boost.Beast:
// - one listening socket, accepted on a thread of its own, each connection
//   handed to the worker thread with the fewest open connections (a
//   connection stays on its worker for its life);
// - `workers` worker threads, each running its own io_context and owning a
//   WorkerContext (its database connection, services and routes), so that no
//   two threads share a connection or a lock on the request path;
// - the slow lane (`slowWorkers` threads, each with a WorkerContext too) for
//   the routes that hash passwords or draw captchas;
// - the connection table: the global cap with eviction, the optional cap per
//   address.
// Sessions live in the database, so a token made through one worker (or one
// process) is valid on all.
class HttpFront
{
public:
    struct Settings
    {
        FrontLimits limits;
        int workers = 1;
        int slowWorkers = 1;
        std::optional<TlsMaterial> tls;   // none: plain HTTP (--insecure-http)
        ContextConfig contexts;
    };

    explicit HttpFront(Settings settings);
    ~HttpFront();
    HttpFront(const HttpFront &) = delete;
    HttpFront &operator=(const HttpFront &) = delete;

    // Builds every thread's context, binds and starts accepting; false with *error.
    [[nodiscard]] bool start(const QHostAddress &address, quint16 port, QString *error);
    [[nodiscard]] quint16 port() const;

    // Stops accepting, lets requests in flight finish (limits.shutdownTimeoutMs),
    // closes what is left and joins every thread. Idempotent.
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace zc::server::http
