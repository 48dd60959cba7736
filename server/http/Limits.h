#pragma once

#include <QtGlobal>

namespace zc::server::http {

// The network front's limits and deadlines, one per stage of a connection
// (docs/api.md, "The network front"); every one is a command-line option.
struct FrontLimits
{
    // Connections in all. At the cap a new connection is still accepted: the
    // oldest idle one (waiting for its next request) is closed for it, else
    // the slowest one (in its handshake, head or body the longest). Async
    // sockets are cheap: thousands.
    int maxConnections = 4096;
    int maxConnectionsPerAddress = 0;   // 0: no cap per client address (behind a proxy all share one)
    int handshakeTimeoutMs = 10000;     // TCP accepted → TLS handshake done
    int headTimeoutMs = 10000;          // first byte of a request → its whole head (not reset per byte)
    int idleTimeoutMs = 60000;          // keep-alive: an answer sent → the next request's first byte
    int minBodyBytesPerSecond = 8192;   // a body must keep arriving at least this fast …
    int bodyGraceMs = 5000;             // … after this grace
    int writeTimeoutMs = 30000;         // an answer must be taken by the client within this
    int maxHeaderBytes = 16 * 1024;     // request line and header fields (431 beyond)
    int maxHeaderFields = 100;          // header fields (431 beyond)
    qint64 maxBodyBytes = 1024 * 1024;  // enforced while reading (413), never buffered beyond
    int lingerMs = 1000;                // after an error answer: what the client still sends is read and dropped
    int shutdownTimeoutMs = 10000;      // SIGTERM: in-flight requests get this long to finish
};

} // namespace zc::server::http
