#include "server/http/ConnectionGuard.h"

#include "server/Logging.h"
#include "server/http/Reply.h"
#include "server/Result.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>

namespace zc::server {

namespace {
constexpr qint64 MaxDiscardBytes = 16 * 1024 * 1024;
constexpr int QuietMs = 1000;
constexpr int MaxLineBytes = 4096;
} // namespace

bool ConnectionGuard::attach(QTcpSocket *socket, const std::shared_ptr<ConnectionTracker> &tracker,
                             const ConnectionLimits &limits)
{
    if (!tracker->admit()) {
        qCWarning(lcHttp) << "connection refused: already" << tracker->open() << "connections open";
        // Queued: the caller (QSslServer) still uses the socket after its signal returns.
        QTimer::singleShot(0, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        return false;
    }
    new ConnectionGuard(socket, tracker, limits);
    return true;
}

void ConnectionGuard::guard(QSslServer *server, const std::shared_ptr<ConnectionTracker> &tracker,
                            const ConnectionLimits &limits)
{
    // Emitted for each accepted socket before the handshake, so our readyRead
    // connection comes before the one the HTTP server makes once it is encrypted.
    QObject::connect(server, &QSslServer::startedEncryptionHandshake, server,
                     [tracker, limits](QSslSocket *socket) { (void)attach(socket, tracker, limits); });
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, std::shared_ptr<ConnectionTracker> tracker,
                                 const ConnectionLimits &limits)
    : QObject(socket), m_socket(socket), m_tracker(std::move(tracker)), m_limits(limits)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_limits.idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, &ConnectionGuard::idleTimeout);
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(QuietMs);
    connect(&m_quiet, &QTimer::timeout, this, [this] { m_socket->disconnectFromHost(); });
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::beforeHttpServer);
    connect(socket, &QIODevice::bytesWritten, this, &ConnectionGuard::touch);
    m_idle.start();
}

ConnectionGuard::~ConnectionGuard()
{
    m_tracker->release();
}

void ConnectionGuard::touch()
{
    m_idle.start();
}

void ConnectionGuard::idleTimeout()
{
    qCDebug(lcHttp) << "closing a connection idle for" << m_limits.idleTimeoutMs << "ms";
    const auto *ssl = qobject_cast<QSslSocket *>(m_socket);
    if (ssl && !ssl->isEncrypted()) {
        // Still in the handshake: nobody else owns it yet.
        m_socket->abort();
        m_socket->deleteLater();
        return;
    }
    m_socket->disconnectFromHost();
    // A peer that does not answer the TLS close: drop it.
    QTimer::singleShot(2000, m_socket, [s = m_socket] { s->abort(); });
}

void ConnectionGuard::beforeHttpServer()
{
    touch();
    if (m_state == State::Rejected) {
        discard();
        return;
    }
    if (!m_afterConnected) {
        // The HTTP server connected its readyRead when the socket became
        // pending (before any request data), so this one runs after it.
        connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::afterHttpServer);
        m_afterConnected = true;
    }
    const qint64 available = m_socket->bytesAvailable();
    const qint64 seen = qMin(m_unreadAfter, available);
    if (available > seen)
        feed(m_socket->peek(available).mid(seen));
}

void ConnectionGuard::afterHttpServer()
{
    if (m_state != State::Rejected)
        m_unreadAfter = m_socket->bytesAvailable();
}

void ConnectionGuard::feed(QByteArray data)
{
    qsizetype i = 0;
    while (i < data.size() && m_state != State::Rejected) {
        switch (m_state) {
        case State::Head: {
            m_buffer.append(data.constData() + i, data.size() - i);
            i = data.size();
            while (m_buffer.startsWith("\r\n"))   // empty lines between requests are allowed
                m_buffer.remove(0, 2);
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > m_limits.maxHeaderBytes)
                    reject(431, "headers_too_large");
                break;
            }
            const QByteArray head = m_buffer.left(end + 4);
            QByteArray rest = m_buffer.mid(end + 4);
            m_buffer.clear();
            if (head.size() > m_limits.maxHeaderBytes) {
                reject(431, "headers_too_large");
                break;
            }
            const char *problem = nullptr;
            const int status = parseHead(head, &problem);
            if (status != 0) {
                // The body bytes already here are read with the rest on rejection.
                if (status == 413)
                    m_discardLeft = m_contentLength - rest.size();
                reject(status, problem);
                break;
            }
            data = std::move(rest);
            i = 0;
            break;
        }
        case State::Body: {
            const qint64 take = qMin<qint64>(m_remaining, data.size() - i);
            m_remaining -= take;
            i += take;
            if (m_remaining == 0)
                m_state = State::Head;
            break;
        }
        case State::ChunkSize:
        case State::Trailer: {
            const qsizetype nl = data.indexOf('\n', i);
            const qsizetype stop = nl < 0 ? data.size() : nl + 1;
            m_buffer.append(data.constData() + i, stop - i);
            i = stop;
            if (m_buffer.size() > MaxLineBytes) {
                reject(400, "malformed_request");
                break;
            }
            if (nl < 0)
                break;
            const QByteArray line = m_buffer.trimmed();
            m_buffer.clear();
            if (m_state == State::Trailer) {
                if (line.isEmpty())
                    m_state = State::Head;
                break;
            }
            bool ok = false;
            const qint64 size = line.split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                reject(400, "malformed_request");
                break;
            }
            if (size == 0) {
                m_state = State::Trailer;
                break;
            }
            m_bodyBytes += size;
            if (m_bodyBytes > m_limits.maxBodyBytes) {
                reject(413, "payload_too_large");
                break;
            }
            m_remaining = size;
            m_state = State::ChunkData;
            break;
        }
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, data.size() - i);
            m_remaining -= take;
            i += take;
            if (m_remaining == 0) {
                m_state = State::ChunkEnd;
                m_remaining = 2;   // CRLF after the chunk
            }
            break;
        }
        case State::ChunkEnd: {
            const qint64 take = qMin<qint64>(m_remaining, data.size() - i);
            m_remaining -= take;
            i += take;
            if (m_remaining == 0)
                m_state = State::ChunkSize;
            break;
        }
        case State::Rejected:
            break;
        }
    }
}

int ConnectionGuard::parseHead(const QByteArray &head, const char **problem)
{
    const QList<QByteArray> lines = head.split('\n');
    qint64 contentLength = -1;
    bool chunked = false;
    m_language = Language::Chinese;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArray line = lines.at(n).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 v = value.toLongLong(&ok);
            if (!ok || v < 0 || (contentLength >= 0 && v != contentLength)) {
                *problem = "malformed_request";
                return 400;
            }
            contentLength = v;
        } else if (name == "transfer-encoding") {
            chunked = value.toLower().contains("chunked");
        } else if (name == "accept-language") {
            m_language = ErrorMessages::fromAcceptLanguage(value);
        }
    }
    if (chunked) {
        m_bodyBytes = 0;
        m_state = State::ChunkSize;
        return 0;
    }
    if (contentLength > m_limits.maxBodyBytes) {
        m_contentLength = contentLength;
        *problem = "payload_too_large";
        return 413;
    }
    if (contentLength > 0) {
        m_remaining = contentLength;
        m_state = State::Body;
    } else {
        m_state = State::Head;
    }
    return 0;
}

void ConnectionGuard::reject(int status, const char *code)
{
    qCInfo(lcHttp) << "refusing a request early:" << status << code;
    if (m_state != State::Head)
        m_discardLeft = MaxDiscardBytes;   // chunked: size unknown, until the client goes quiet
    m_state = State::Rejected;
    // From now on the HTTP server sees nothing more of this connection.
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::beforeHttpServer);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->write(Reply::rawErrorResponse(apiError(status, code), m_language));
    // What is here now was accounted for above.
    (void)m_socket->readAll();
    m_discardLeft = qMin(m_discardLeft, MaxDiscardBytes);
    discard();
}

void ConnectionGuard::discard()
{
    // Read and drop what the client still sends, so that it gets to read our
    // answer instead of a connection reset; close once it is done or quiet.
    const qint64 n = m_socket->bytesAvailable();
    if (n > 0)
        (void)m_socket->read(n);
    m_discardLeft -= n;
    if (m_discardLeft <= 0) {
        m_quiet.stop();
        m_socket->disconnectFromHost();
        return;
    }
    m_quiet.start();
}

} // namespace zc::server
