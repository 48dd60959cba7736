#include "FakeTlsServer.h"

#include <QFile>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>

#include <memory>

namespace zc::test {

namespace {

constexpr qint64 ChunkBytes = 256 * 1024;
constexpr qint64 MaxQueuedBytes = 1024 * 1024;

QSslConfiguration serverConfiguration(const QList<QSslCertificate> &chain, const QSslKey &key)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);   // no client certificate asked
    return config;
}

} // namespace

bool FakeTlsServer::takeRequest(QByteArray *buffer, Request *out)
{
    const qsizetype end = buffer->indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buffer->left(end).split('\n');
    Request r;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    r.method = first.value(0);
    r.target = first.value(1);
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        if (line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
            length = line.mid(colon + 1).trimmed().toLongLong();
    }
    if (buffer->size() < end + 4 + length)
        return false;
    r.body = buffer->mid(end + 4, length);
    buffer->remove(0, end + 4 + length);
    *out = r;
    return true;
}

QByteArray FakeTlsServer::Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

FakeTlsServer::FakeTlsServer(const QList<QSslCertificate> &chain, const QSslKey &key, Responder respond,
                             QObject *parent)
    : QObject(parent), m_server(new QSslServer(this)), m_respond(std::move(respond))
{
    setCertificate(chain, key);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeTlsServer::accept);
}

FakeTlsServer::~FakeTlsServer() = default;

void FakeTlsServer::setCertificate(const QList<QSslCertificate> &chain, const QSslKey &key)
{
    m_server->setSslConfiguration(serverConfiguration(chain, key));
}

bool FakeTlsServer::listen(const QHostAddress &address)
{
    return m_server->listen(address, 0);
}

quint16 FakeTlsServer::port() const
{
    return m_server->serverPort();
}

FakeTlsServer::Answer FakeTlsServer::json(int status, const QByteArray &body)
{
    Answer a;
    a.response = "HTTP/1.1 " + QByteArray::number(status) + " Fake\r\nContent-Type: application/json\r\n"
                 "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    return a;
}

QList<QSslCertificate> FakeTlsServer::chainFromFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QSslCertificate::fromData(f.readAll(), QSsl::Pem) : QList<QSslCertificate>{};
}

QSslKey FakeTlsServer::keyFromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = f.readAll();
    for (QSsl::KeyAlgorithm alg : {QSsl::Ec, QSsl::Rsa}) {
        QSslKey key(pem, alg, QSsl::Pem);
        if (!key.isNull())
            return key;
    }
    return {};
}

void FakeTlsServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            Request r;
            if (!takeRequest(buffer.get(), &r))
                return;
            m_requests.append(r);
            socket->disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
            serve(socket, m_respond(r));
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FakeTlsServer::serve(QTcpSocket *socket, const Answer &answer)
{
    if (answer.silent)
        return;
    socket->write(answer.response);
    if (answer.streamBytes <= 0) {
        socket->disconnectFromHost();
        return;
    }
    auto left = std::make_shared<qint64>(answer.streamBytes);
    const QPointer<QTcpSocket> guard(socket);
    const auto more = [this, guard, left] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        while (*left > 0 && guard->bytesToWrite() < MaxQueuedBytes) {
            const qint64 n = std::min(ChunkBytes, *left);
            guard->write(QByteArray(n, 'x'));
            *left -= n;
            m_streamed += n;
        }
        if (*left == 0)
            guard->disconnectFromHost();
    };
    connect(static_cast<QSslSocket *>(socket), &QSslSocket::encryptedBytesWritten, socket, more);
    more();
}

} // namespace zc::test
