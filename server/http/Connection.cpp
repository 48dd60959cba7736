#include "server/http/Connection.h"

#include "server/Logging.h"
#include "server/http/HeadCheck.h"
#include "server/http/Reply.h"
#include "server/http/Router.h"
#include "server/http/SlowLane.h"
#include "server/Result.h"


#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <array>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>

namespace zc::server::http {

namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using boost::system::error_code;

constexpr size_t ReadChunk = 16 * 1024;
constexpr qint64 LingerMaxBytes = 8 * 1024 * 1024;   // dropped after an error answer, at most
constexpr char HeadEnd[] = "\r\n\r\n";

template<bool Tls>
class Session : public std::enable_shared_from_this<Session<Tls>>
{
public:
    using Stream = std::conditional_t<Tls, beast::ssl_stream<beast::tcp_stream>, beast::tcp_stream>;

    Session(net::ip::tcp::socket &&socket, WorkerPort &port)
        : m_stream(makeStream(std::move(socket), port)), m_port(port),
          m_buffer(size_t(port.limits->maxHeaderBytes) + ReadChunk), m_timer(m_stream.get_executor())
    {
        ++m_port.connections;
    }

    ~Session()
    {
        --m_port.connections;
        if (m_slot)
            m_port.table->release(m_slot.get());
    }

    void start(QByteArray address)
    {
        // Registered first, so that the table can end it from the start.
        std::weak_ptr<Session> weak = this->shared_from_this();
        auto executor = m_stream.get_executor();
        m_slot = std::make_shared<ConnectionSlot>(std::move(address), [weak, executor](Ending how) {
            net::post(executor, [weak, how] {
                if (auto self = weak.lock())
                    self->end(how);
            });
        });
        const ConnectionTable::Admission admission = m_port.table->admit(m_slot);
        net::post(executor, [self = this->shared_from_this(), admission] { self->begin(admission); });
    }

private:
    static Stream makeStream(net::ip::tcp::socket &&socket, WorkerPort &port)
    {
        if constexpr (Tls) {
            Stream stream(std::move(socket), *port.tls);
            // asio frees OpenSSL's record buffers whenever they empty and so
            // allocates two of 16 KiB again for every answer; a connection keeps
            // them instead (about 34 KiB per connection that has spoken).
            SSL_clear_mode(stream.native_handle(), SSL_MODE_RELEASE_BUFFERS);
            return stream;
        } else
            return Stream(std::move(socket));
    }

    beast::tcp_stream &tcp() { return beast::get_lowest_layer(m_stream); }

    void begin(ConnectionTable::Admission admission)
    {
        if (m_closed)
            return;   // ended before it began
        if (admission == ConnectionTable::Admission::Refused) {
            close();
            return;
        }
        m_overloaded = admission == ConnectionTable::Admission::Overloaded;
        error_code ec;
        tcp().socket().set_option(net::ip::tcp::no_delay(true), ec);
        m_slot->setStage(Stage::Handshake);
        arm(m_port.limits->handshakeTimeoutMs);
        if constexpr (Tls) {
            m_stream.async_handshake(net::ssl::stream_base::server,
                                     [self = this->shared_from_this()](error_code e) { self->handshaken(e); });
        } else {
            handshaken({});
        }
    }

    void handshaken(error_code ec)
    {
        disarm();
        if (ec || m_closed) {
            // Not TLS (plain HTTP on the TLS port, a port scan) or too slow: nothing to answer.
            close();
            return;
        }
        if (m_overloaded) {
            fail(503, ErrorCode::ServiceUnavailable);
            return;
        }
        waitForRequest();
    }

    // ---- deadlines: one timer per connection, for the stage it is in

    void arm(qint64 ms)
    {
        const quint64 generation = ++m_generation;
        m_timer.expires_after(std::chrono::milliseconds(qMax<qint64>(1, ms)));
        m_timer.async_wait([self = this->shared_from_this(), generation](error_code ec) {
            if (!ec && generation == self->m_generation)
                self->expired();
        });
    }

    void disarm()
    {
        ++m_generation;
        m_timer.cancel();
    }

    void expired()
    {
        switch (m_slot->stage()) {
        case Stage::Head:
        case Stage::Body:
            // Stop the read; its handler answers 408.
            m_timedOut = true;
            {
                error_code ec;
                tcp().socket().cancel(ec);
            }
            break;
        default:
            close();   // handshake, idle keep-alive, an answer not taken, lingering: just close
            break;
        }
    }

    // Ending: Now (evicted at the cap, or the shutdown deadline) or after the request in flight.
    void end(Ending how)
    {
        if (m_closed)
            return;
        if (how == Ending::Now) {
            close();
            return;
        }
        m_draining = true;
        const Stage s = m_slot->stage();
        if (s == Stage::Handshake || s == Stage::Idle)
            close();
        // Head, body, busy: the request finishes and is answered with Connection: close.
    }

    bool draining() const { return m_draining || (m_port.draining && m_port.draining->load()); }

    // ---- reading a request

    void waitForRequest()
    {
        if (m_closed)
            return;
        if (draining()) {
            close();
            return;
        }
        m_slot->setStage(Stage::Idle);
        skipBlankLines();
        if (m_buffer.size() > 0) {
            startHead();
            return;
        }
        arm(m_port.limits->idleTimeoutMs);
        m_stream.async_read_some(m_buffer.prepare(ReadChunk),
                                 [self = this->shared_from_this()](error_code ec, size_t n) {
                                     self->m_buffer.commit(n);
                                     self->idleRead(ec);
                                 });
    }

    void idleRead(error_code ec)
    {
        disarm();
        if (ec || m_closed) {
            close();   // the client left, or stayed silent too long
            return;
        }
        skipBlankLines();
        if (m_buffer.size() == 0)
            waitForRequest();
        else
            startHead();
    }

    // A client may send empty lines between requests (RFC 9112, 2.2).
    void skipBlankLines()
    {
        const auto *data = static_cast<const char *>(m_buffer.data().data());
        size_t n = 0;
        while (n < m_buffer.size() && (data[n] == '\r' || data[n] == '\n'))
            ++n;
        m_buffer.consume(n);
    }

    void startHead()
    {
        m_slot->setStage(Stage::Head);
        m_scanned = 0;
        arm(m_port.limits->headTimeoutMs);   // for the whole head, not per byte
        continueHead();
    }

    void continueHead()
    {
        const QByteArray view = QByteArray::fromRawData(static_cast<const char *>(m_buffer.data().data()),
                                                        qsizetype(m_buffer.size()));
        const qsizetype end = view.indexOf(HeadEnd, qMax<qsizetype>(0, m_scanned - 3));
        if (end >= 0 && end + 4 <= m_port.limits->maxHeaderBytes) {
            disarm();
            headArrived(size_t(end));
            return;
        }
        if (end >= 0 || view.size() >= m_port.limits->maxHeaderBytes) {
            disarm();
            fail(431, ErrorCode::HeadersTooLarge);
            return;
        }
        m_scanned = view.size();
        const size_t room = qMin<size_t>(ReadChunk, size_t(m_port.limits->maxHeaderBytes) + 4 - m_buffer.size());
        m_stream.async_read_some(m_buffer.prepare(room), [self = this->shared_from_this()](error_code ec, size_t n) {
            self->m_buffer.commit(n);
            self->headRead(ec);
        });
    }

    void headRead(error_code ec)
    {
        if (m_closed)
            return;
        if (ec || m_timedOut) {
            disarm();
            if (m_timedOut)
                fail(408, ErrorCode::RequestTimeout);
            else
                close();
            return;
        }
        continueHead();
    }

    void headArrived(size_t headBytes)
    {
        const auto *data = static_cast<const char *>(m_buffer.data().data());
        const HeadCheck::Result head = HeadCheck::inspect(QByteArray(data, qsizetype(headBytes)), *m_port.limits);
        m_language = head.language;
        if (head.status != 0) {
            qCDebug(lcHttp) << "request refused:" << head.status << errorCodeName(head.code);
            fail(head.status, head.code);
            return;
        }
        Request request;
        if (!parseTarget(head.target, &request.path, &request.query)) {
            fail(400, ErrorCode::MalformedRequest);
            return;
        }
        request.methodText = head.method;
        request.method = methodFromName(head.method);
        request.version = head.version;
        request.headers = head.headers;
        m_keepAlive = head.keepAlive;
        m_requestVersion10 = head.version == 10;
        m_headRequest = request.method == Method::Head;

        if (!head.chunked && head.contentLength > m_port.limits->maxBodyBytes) {
            fail(413, ErrorCode::PayloadTooLarge);   // known from the head: the body is never read
            return;
        }
        // The parser reads the same head (it must agree), then frames the body.
        m_parser.emplace();
        m_parser->header_limit(std::uint32_t(m_port.limits->maxHeaderBytes) + 4);
        m_parser->body_limit(std::uint64_t(m_port.limits->maxBodyBytes));
        error_code ec;
        const size_t used = m_parser->put(net::buffer(data, headBytes + 4), ec);
        if (ec || used != headBytes + 4 || !m_parser->is_header_done()) {
            fail(400, ErrorCode::MalformedRequest);
            return;
        }
        m_buffer.consume(used);
        m_request = std::move(request);
        if (m_parser->is_done()) {
            dispatch();
            return;
        }
        if (head.expectContinue && head.version == 11) {
            static const std::string Continue = "HTTP/1.1 100 Continue\r\n\r\n";
            m_slot->setStage(Stage::Body);
            arm(m_port.limits->writeTimeoutMs);
            net::async_write(m_stream, net::buffer(Continue), [self = this->shared_from_this()](error_code e, size_t) {
                self->disarm();
                if (e || self->m_closed)
                    self->close();
                else
                    self->startBody();
            });
            return;
        }
        startBody();
    }

    void startBody()
    {
        m_slot->setStage(Stage::Body);
        m_bodyStartMs = ConnectionSlot::nowMs();
        m_bodyBytes = 0;
        readBody();
    }

    void readBody()
    {
        // At least minBodyBytesPerSecond after a grace: the next bytes are due by then.
        const FrontLimits &l = *m_port.limits;
        const qint64 due = m_bodyStartMs + l.bodyGraceMs + (m_bodyBytes + 8192) * 1000 / qMax(1, l.minBodyBytesPerSecond);
        arm(due - ConnectionSlot::nowMs());
        bhttp::async_read_some(m_stream, m_buffer, *m_parser,
                               [self = this->shared_from_this()](error_code ec, size_t n) { self->bodyRead(ec, n); });
    }

    void bodyRead(error_code ec, size_t n)
    {
        disarm();
        if (m_closed)
            return;
        if (ec == bhttp::error::body_limit) {
            fail(413, ErrorCode::PayloadTooLarge);
            return;
        }
        if (ec || m_timedOut) {
            if (m_timedOut)
                fail(408, ErrorCode::RequestTimeout);
            else if (ec.category() == bhttp::make_error_code(bhttp::error::bad_chunk).category()
                     && ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message)
                fail(400, ErrorCode::MalformedRequest);
            else
                close();
            return;
        }
        m_bodyBytes += qint64(n);
        if (!m_parser->is_done()) {
            readBody();
            return;
        }
        const std::string &body = m_parser->get().body();
        m_request.body = QByteArray(body.data(), qsizetype(body.size()));
        dispatch();
    }

    // ---- answering

    void dispatch()
    {
        m_parser.reset();
        m_slot->setStage(Stage::Busy);
        if (m_port.router->laneOf(m_request) == Router::Lane::Slow) {
            // Argon2id or a captcha: on the slow lane, answered back on this thread.
            auto executor = m_stream.get_executor();
            m_port.slowLane->submit(std::move(m_request),
                                    [self = this->shared_from_this(), executor](Response response) mutable {
                                        net::post(executor, [self, r = std::move(response)]() mutable {
                                            self->send(std::move(r));
                                        });
                                    });
            m_request = Request();
            return;
        }
        Response response = m_port.router->handle(m_request);
        m_request = Request();
        send(std::move(response));
    }

    // An error of the front itself: answered, then the connection closes.
    void fail(int status, ErrorCode code)
    {
        m_parser.reset();
        m_keepAlive = false;
        m_slot->setStage(Stage::Busy);
        send(Reply::error(apiError(status, code), m_language));
    }

    void send(Response response)
    {
        if (m_closed)
            return;
        const bool keepAlive = m_keepAlive && !draining();
        m_head.clear();   // keeps its capacity for the next answer
        m_head.append(frameHead(response, keepAlive, m_requestVersion10, Tls));
        m_out = m_headRequest ? QByteArray() : std::move(response.body);   // HEAD: the fields only
        m_headRequest = false;
        m_slot->setStage(Stage::Busy);
        arm(m_port.limits->writeTimeoutMs);
        // An answer of usual size goes out as one buffer (the body copied after
        // the head): Beast's flat_stream would otherwise write a head that does
        // not fit with the body into a TLS record and a send of its own.
        if (m_out.size() <= CoalescedBodyBytes) {
            m_head.append(m_out.constData(), size_t(m_out.size()));
            m_out.clear();
        }
        // Not a std::array of two buffers: asio consumes those by leaving an empty
        // first buffer, which Beast's flat_stream (under ssl_stream) then writes
        // as zero bytes, ending the write before the body (Boost 1.81).
        const auto buffers = beast::buffers_cat(net::buffer(m_head),
                                                net::buffer(m_out.constData(), size_t(m_out.size())));
        net::async_write(m_stream, buffers, [self = this->shared_from_this(), keepAlive](error_code ec, size_t) {
            self->disarm();
            self->m_out.clear();
            if (ec)
                qCDebug(lcHttp).noquote() << "answer not delivered:" << QString::fromStdString(ec.message());
            if (ec || self->m_closed)
                self->close();
            else if (keepAlive)
                self->waitForRequest();
            else
                self->linger();
        });
    }

    // ---- ending

    // Reads and drops what the client still sends until it stops for lingerMs
    // (or sent too much), so that it reads the answer instead of a reset. Plain
    // TCP is half-closed first (the client sees the end at once); TLS is read
    // through, as a client mid-upload loses an answer that arrives with an
    // abrupt end of the TLS stream.
    void linger()
    {
        if (m_closed)
            return;
        m_slot->setStage(Stage::Closing);
        if constexpr (!Tls) {
            error_code ec;
            tcp().socket().shutdown(net::ip::tcp::socket::shutdown_send, ec);
        }
        m_buffer.consume(m_buffer.size());
        m_lingered = 0;
        m_lingerEndMs = ConnectionSlot::nowMs() + 5 * qint64(m_port.limits->lingerMs);   // a trickle cannot hold it
        drop();
    }

    void drop()
    {
        arm(qMin<qint64>(m_port.limits->lingerMs, m_lingerEndMs - ConnectionSlot::nowMs()));
        m_stream.async_read_some(net::buffer(m_discard), [self = this->shared_from_this()](error_code ec, size_t n) {
            self->disarm();
            self->m_lingered += qint64(n);
            if (ec || self->m_closed || self->m_lingered > LingerMaxBytes)
                self->close();
            else
                self->drop();
        });
    }

    void close()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_slot->setStage(Stage::Closing);
        disarm();
        error_code ec;
        tcp().socket().shutdown(net::ip::tcp::socket::shutdown_both, ec);
        tcp().socket().close(ec);
    }

    Stream m_stream;
    WorkerPort &m_port;
    beast::flat_buffer m_buffer;
    net::steady_timer m_timer;
    quint64 m_generation = 0;
    std::shared_ptr<ConnectionSlot> m_slot;
    std::optional<bhttp::request_parser<bhttp::string_body>> m_parser;
    Request m_request;
    Language m_language = Language::Chinese;
    bool m_keepAlive = true;
    bool m_requestVersion10 = false;
    bool m_headRequest = false;
    bool m_overloaded = false;
    bool m_timedOut = false;
    bool m_draining = false;
    bool m_closed = false;
    qsizetype m_scanned = 0;
    qint64 m_bodyStartMs = 0;
    qint64 m_bodyBytes = 0;
    qint64 m_lingered = 0;
    qint64 m_lingerEndMs = 0;
    static constexpr qsizetype CoalescedBodyBytes = 256 * 1024;
    std::string m_head;
    QByteArray m_out;
    std::array<char, 4096> m_discard{};
};

} // namespace

void serveConnection(net::ip::tcp::socket socket, WorkerPort &port)
{
    error_code ec;
    const auto remote = socket.remote_endpoint(ec);
    QByteArray address = ec ? QByteArray("?") : QByteArray::fromStdString(remote.address().to_string());
    if (port.tls)
        std::make_shared<Session<true>>(std::move(socket), port)->start(std::move(address));
    else
        std::make_shared<Session<false>>(std::move(socket), port)->start(std::move(address));
}

} // namespace zc::server::http
