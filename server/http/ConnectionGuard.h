#pragma once

#include "server/http/ConnectionTracker.h"
#include "server/http/ErrorMessages.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <memory>

class QSslServer;
class QSslSocket;
class QTcpSocket;

namespace zc::server {

// Watches one client socket before Qt HttpServer reads it: follows the
// HTTP/1.1 framing (Content-Length and chunked bodies) to refuse a body over
// the limit with 413 as soon as its size is known — from Content-Length in
// the request head, or while the chunks arrive — and closes the connection
// after idleTimeoutMs without traffic. Its readyRead slot is connected before
// the HTTP server's, so it sees each byte first (by peeking, not reading).
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    // Watches socket (and becomes its child); false when the connection cap is reached
    // (the socket is then closed and deleted).
    static bool attach(QTcpSocket *socket, const std::shared_ptr<ConnectionTracker> &tracker,
                       const ConnectionLimits &limits);
    // Hooks a QSslServer so that every connection it accepts is guarded.
    static void guard(QSslServer *server, const std::shared_ptr<ConnectionTracker> &tracker,
                      const ConnectionLimits &limits);

    ~ConnectionGuard() override;

private:
    ConnectionGuard(QTcpSocket *socket, std::shared_ptr<ConnectionTracker> tracker, const ConnectionLimits &limits);

    enum class State { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailer, Rejected };

    void beforeHttpServer();
    void afterHttpServer();
    void feed(QByteArray data);
    // 0, or the status to refuse the request with (*problem: the error code).
    int parseHead(const QByteArray &head, const char **problem);
    void reject(int status, const char *code);
    void discard();
    void touch();
    void idleTimeout();

    QTcpSocket *m_socket;
    std::shared_ptr<ConnectionTracker> m_tracker;
    ConnectionLimits m_limits;
    QTimer m_idle;
    QTimer m_quiet;             // after a rejection: close when the client stops sending
    State m_state = State::Head;
    QByteArray m_buffer;        // partial request head, chunk-size line or trailer line
    qint64 m_remaining = 0;     // bytes left of the body or of the current chunk
    qint64 m_bodyBytes = 0;     // chunked body bytes so far
    qint64 m_unreadAfter = 0;   // bytes the HTTP server left unread in its last readyRead
    qint64 m_discardLeft = 0;   // after a rejection: body bytes still expected
    qint64 m_contentLength = 0;
    Language m_language = Language::Chinese;
    bool m_afterConnected = false;
};

} // namespace zc::server
