#include "server/http/HttpFront.h"

#include "server/Logging.h"
#include "server/http/Connection.h"
#include "server/http/ConnectionTable.h"
#include "server/http/Router.h"
#include "server/http/SlowLane.h"
#include "server/http/TlsPolicy.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <future>
#include <thread>
#include <vector>

namespace zc::server::http {

namespace {

namespace net = boost::asio;
using boost::system::error_code;
using WorkGuard = net::executor_work_guard<net::io_context::executor_type>;

struct Worker
{
    net::io_context io{1};
    std::optional<WorkGuard> guard;
    std::thread thread;
    WorkerPort port;
};

// io_context::run() until it is stopped; an exception escaping a handler is
// logged and the loop goes on (one bad connection must not end a worker).
void runLoop(net::io_context &io, const char *what)
{
    for (;;) {
        try {
            io.run();
            return;
        } catch (const std::exception &e) {
            qCCritical(lcHttp) << what << "caught:" << e.what();
        }
    }
}

} // namespace

struct HttpFront::Impl
{
    explicit Impl(Settings s)
        : settings(std::move(s)), table(settings.limits), slow(settings.slowWorkers, settings.contexts)
    {
    }

    void accept();
    Worker &pick();
    void stopThreads();

    Settings settings;
    ConnectionTable table;
    std::atomic<bool> draining{false};
    std::unique_ptr<net::ssl::context> ssl;
    SlowLane slow;
    std::vector<std::unique_ptr<Worker>> workers;
    net::io_context acceptIo{1};
    net::ip::tcp::acceptor acceptor{acceptIo};
    net::steady_timer retry{acceptIo};
    std::thread acceptThread;
    size_t next = 0;
    quint16 port = 0;
    bool started = false;
    bool stopped = false;
    qint64 lastAcceptWarningMs = 0;
};

Worker &HttpFront::Impl::pick()
{
    // The worker with the fewest open connections; ties go round.
    const size_t n = workers.size();
    size_t best = next % n;
    for (size_t i = 1; i < n; ++i) {
        const size_t k = (next + i) % n;
        if (workers[k]->port.connections.load() < workers[best]->port.connections.load())
            best = k;
    }
    next = best + 1;
    return *workers[best];
}

void HttpFront::Impl::accept()
{
    Worker &worker = pick();
    acceptor.async_accept(worker.io, [this, &worker](error_code ec, net::ip::tcp::socket socket) {
        if (ec == net::error::operation_aborted || !acceptor.is_open())
            return;
        if (ec) {
            // Out of file descriptors, most likely: wait a moment instead of spinning.
            const qint64 now = ConnectionSlot::nowMs();
            if (now - lastAcceptWarningMs > 1000) {
                lastAcceptWarningMs = now;
                qCWarning(lcHttp).noquote() << "cannot accept a connection:" << QString::fromStdString(ec.message())
                                            << "(" << table.open() << "open)";
            }
            retry.expires_after(std::chrono::milliseconds(50));
            retry.async_wait([this](error_code e) {
                if (!e)
                    accept();
            });
            return;
        }
        qCDebug(lcHttp) << "connection accepted on worker" << worker.port.index;
        serveConnection(std::move(socket), worker.port);
        accept();
    });
}

void HttpFront::Impl::stopThreads()
{
    slow.stop();
    for (auto &w : workers) {
        w->guard.reset();
        w->io.stop();
    }
    for (auto &w : workers) {
        if (w->thread.joinable())
            w->thread.join();
    }
    acceptIo.stop();
    if (acceptThread.joinable())
        acceptThread.join();
}

HttpFront::HttpFront(Settings settings) : d(std::make_unique<Impl>(std::move(settings))) {}

HttpFront::~HttpFront()
{
    stop();
}

quint16 HttpFront::port() const
{
    return d->port;
}

bool HttpFront::start(const QHostAddress &address, quint16 port, QString *error)
{
    if (d->settings.tls) {
        d->ssl = std::make_unique<net::ssl::context>(net::ssl::context::tls_server);
        if (!TlsPolicy::configure(*d->ssl, *d->settings.tls, error))
            return false;
    }
    if (!d->slow.start(error))
        return false;

    std::vector<std::promise<QString>> ready(static_cast<size_t>(d->settings.workers));
    for (int i = 0; i < d->settings.workers; ++i) {
        auto worker = std::make_unique<Worker>();
        Worker &w = *worker;
        w.port.limits = &d->settings.limits;
        w.port.table = &d->table;
        w.port.slowLane = &d->slow;
        w.port.tls = d->ssl.get();
        w.port.draining = &d->draining;
        w.port.index = i;
        w.guard.emplace(net::make_work_guard(w.io));
        d->workers.push_back(std::move(worker));
        w.thread = std::thread([&w, config = d->settings.contexts, promise = &ready[size_t(i)]] {
            QString why;
            std::unique_ptr<WorkerContext> context = WorkerContext::create(config, &why);
            if (!context) {
                promise->set_value(why.isEmpty() ? QStringLiteral("cannot open the storage") : why);
                return;
            }
            w.port.router = &context->router();
            promise->set_value(QString());
            runLoop(w.io, "worker");
            w.port.router = nullptr;
            context.reset();   // closed in the thread that opened it
        });
    }
    QString failure;
    for (auto &r : ready) {
        const QString why = r.get_future().get();
        if (!why.isEmpty() && failure.isEmpty())
            failure = why;
    }
    if (!failure.isEmpty()) {
        d->stopThreads();
        *error = failure;
        return false;
    }

    error_code ec;
    const auto ip = net::ip::make_address(address.toString().toStdString(), ec);
    const net::ip::tcp::endpoint endpoint(ip, port);
    if (!ec)
        d->acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        d->acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        d->acceptor.bind(endpoint, ec);
    if (!ec)
        d->acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
        d->stopThreads();
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(address.toString()).arg(port).arg(QString::fromStdString(ec.message()));
        return false;
    }
    d->port = d->acceptor.local_endpoint(ec).port();
    d->accept();
    d->acceptThread = std::thread([this] { runLoop(d->acceptIo, "listener"); });
    d->started = true;
    qCInfo(lcHttp) << "front:" << d->settings.workers << "worker thread(s)," << d->settings.slowWorkers
                   << "slow-lane thread(s), at most" << d->settings.limits.maxConnections << "connections";
    return true;
}

void HttpFront::stop()
{
    if (!d->started || d->stopped)
        return;
    d->stopped = true;
    // No new connections; idle ones end now, requests in flight get their answer.
    net::post(d->acceptIo, [this] {
        error_code ec;
        d->acceptor.close(ec);
        d->retry.cancel();
    });
    d->draining = true;
    d->table.endAll(Ending::AfterRequest);
    if (!d->table.waitUntilEmpty(d->settings.limits.shutdownTimeoutMs)) {
        qCWarning(lcHttp) << "shutdown deadline passed:" << d->table.open() << "connection(s) closed unanswered";
        d->table.endAll(Ending::Now);
        (void)d->table.waitUntilEmpty(2000);
    }
    d->stopThreads();
}

} // namespace zc::server::http
