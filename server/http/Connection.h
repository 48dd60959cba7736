#pragma once

#include "server/http/ConnectionTable.h"
#include "server/http/Limits.h"

#include <QByteArray>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>

#include <atomic>

namespace zc::server {
class Router;
}

namespace zc::server::http {

class SlowLane;

// What the connections of one worker thread share: the front's limits and
// table, the slow lane, and the worker's own Router (used on that thread only).
struct WorkerPort
{
    const FrontLimits *limits = nullptr;
    ConnectionTable *table = nullptr;
    SlowLane *slowLane = nullptr;
    Router *router = nullptr;                  // set in the worker thread before it serves
    boost::asio::ssl::context *tls = nullptr;  // nullptr: plain HTTP (--insecure-http)
    const std::atomic<bool> *draining = nullptr;
    std::atomic<int> connections{0};           // open on this worker (the listener balances on it)
    int index = 0;                             // for the log
};

// Serves one accepted socket on the worker thread its io_context runs on, for
// the connection's whole life: the TLS handshake, then requests one at a time
// (pipelined ones are read after the answer before them is sent, so answers
// stay in order), each stage under its own deadline (FrontLimits):
//   handshake → idle (waiting for a request) → head → body → busy (answering).
// The head is read up to its blank line and checked by HeadCheck before the
// parser sees it; the body is read by Beast's parser with the body limit set,
// so it is never buffered past 1 MiB. Every answer carries Cache-Control,
// nosniff and (over TLS) HSTS. After an error answer or Connection: close the
// socket is half-closed and what the client still sends is read and dropped
// for a moment, so that it gets the answer instead of a reset.
//
// Registers itself in the table (which may admit it, let it answer 503 only,
// or refuse it) and unregisters when it is gone.
void serveConnection(boost::asio::ip::tcp::socket socket, WorkerPort &port);

} // namespace zc::server::http
