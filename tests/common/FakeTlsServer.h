#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>

#include <functional>

class QSslServer;
class QTcpSocket;

namespace zc::test {

// A TLS HTTP/1.1 server for what a real zhaocai-server cannot be made to do:
// answer late or never, answer with garbage or a huge body, or change its
// certificate between two connections. It records every request it read.
// Test-only; one connection answers one request and is closed.
class FakeTlsServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        [[nodiscard]] QByteArray header(const QByteArray &name) const;
    };
    struct Answer
    {
        bool silent = false;       // never answer (the connection stays open)
        QByteArray response;       // status line, headers and body, sent as is
        // Then this many more bytes of body ('x'), written as the peer takes
        // them (a body too large to send at once).
        qint64 streamBytes = 0;
    };
    using Responder = std::function<Answer(const Request &)>;

    FakeTlsServer(const QList<QSslCertificate> &chain, const QSslKey &key, Responder respond,
                  QObject *parent = nullptr);
    ~FakeTlsServer() override;

    // The certificate of connections accepted from now on.
    void setCertificate(const QList<QSslCertificate> &chain, const QSslKey &key);
    [[nodiscard]] bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    [[nodiscard]] quint16 port() const;

    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }
    [[nodiscard]] int connections() const { return m_connections; }
    [[nodiscard]] qint64 bodyBytesStreamed() const { return m_streamed; }   // of streamBytes, all answers

    // Takes one request (headers and a Content-Length body) off the front of
    // `buffer`; false while it is incomplete.
    [[nodiscard]] static bool takeRequest(QByteArray *buffer, Request *out);
    // An answer with a JSON (or any) body, its length and Connection: close.
    [[nodiscard]] static Answer json(int status, const QByteArray &body);
    // Reads a certificate chain / private key (PEM) from a file; empty when unreadable.
    [[nodiscard]] static QList<QSslCertificate> chainFromFile(const QString &path);
    [[nodiscard]] static QSslKey keyFromFile(const QString &path);

private:
    void accept();
    void serve(QTcpSocket *socket, const Answer &answer);

    QSslServer *m_server = nullptr;
    Responder m_respond;
    QList<Request> m_requests;
    int m_connections = 0;
    qint64 m_streamed = 0;
};

} // namespace zc::test
