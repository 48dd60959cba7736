#include "ServerTestSupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QJsonArray>
#include <QUrl>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace zc::test {

RawConnection::RawConnection(const TestServer &server, bool tls) : m_server(server), m_tls(tls)
{
    if (tls) {
        auto socket = std::make_unique<QSslSocket>();
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setCaCertificates(server.caCertificates());
        c.setPeerVerifyMode(QSslSocket::VerifyPeer);
        socket->setSslConfiguration(c);
        m_socket = std::move(socket);
    } else {
        m_socket = std::make_unique<QTcpSocket>();
    }
}

RawConnection::~RawConnection() = default;

void RawConnection::openAsync()
{
    const QString host = m_server.baseUrl().host();
    const auto port = quint16(m_server.baseUrl().port());
    if (m_tls)
        static_cast<QSslSocket *>(m_socket.get())->connectToHostEncrypted(host, port);
    else
        m_socket->connectToHost(host, port);
}

bool RawConnection::open(int timeoutMs)
{
    openAsync();
    if (!m_tls)
        return m_socket->waitForConnected(timeoutMs);
    if (!static_cast<QSslSocket *>(m_socket.get())->waitForEncrypted(timeoutMs))
        return false;
    m_socket->flush();   // the last handshake message, so that the server is done too
    return true;
}

bool RawConnection::isOpen() const
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    return !m_tls || static_cast<QSslSocket *>(m_socket.get())->isEncrypted();
}

bool RawConnection::send(const QByteArray &bytes)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    m_socket->write(bytes);
    QDeadlineTimer deadline(10000);
    const auto pending = [this] {
        qint64 n = m_socket->bytesToWrite();
        if (m_tls)
            n += static_cast<QSslSocket *>(m_socket.get())->encryptedBytesToWrite();
        return n;
    };
    while (pending() > 0 && m_socket->state() == QAbstractSocket::ConnectedState && !deadline.hasExpired())
        pump(50);
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void RawConnection::pump(int ms)
{
    // The event loop, not waitForReadyRead(): QSslSocket's blocking waits can
    // miss records already read from the network but not yet decrypted.
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(m_socket.get(), &QIODevice::readyRead, &loop, &QEventLoop::quit);
    QObject::connect(m_socket.get(), &QIODevice::bytesWritten, &loop, &QEventLoop::quit);
    QObject::connect(m_socket.get(), &QAbstractSocket::disconnected, &loop, &QEventLoop::quit);
    timer.start(ms);
    loop.exec();
}

QByteArray RawConnection::Answer::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString RawConnection::Answer::errorCode() const
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject()
        .value(QLatin1String("code")).toString();
}

std::optional<RawConnection::Answer> RawConnection::readAnswer(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        m_pending += m_socket->readAll();
        const qsizetype end = m_pending.indexOf("\r\n\r\n");
        if (end >= 0) {
            Answer a;
            const QList<QByteArray> lines = m_pending.left(end).split('\n');
            const QList<QByteArray> status = lines.constFirst().trimmed().split(' ');
            a.status = status.value(1).toInt();
            qint64 length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                const QByteArray name = lines.at(i).left(colon).trimmed();
                const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
                a.headers.append({name, value});
                if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = value.toLongLong();
            }
            if (m_pending.size() >= end + 4 + length) {
                a.body = m_pending.mid(end + 4, length);
                m_pending.remove(0, end + 4 + length);
                return a;
            }
        }
        if (deadline.hasExpired())
            return std::nullopt;
        if (m_socket->state() != QAbstractSocket::ConnectedState && m_socket->bytesAvailable() == 0)
            return std::nullopt;
        pump(int(qBound(qint64(1), deadline.remainingTime(), qint64(100))));
    }
}

bool RawConnection::waitClosed(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket->state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        pump(int(qBound(qint64(1), deadline.remainingTime(), qint64(100))));
        m_pending += m_socket->readAll();
    }
    return m_socket->state() != QAbstractSocket::ConnectedState;
}

void RawConnection::close()
{
    m_socket->abort();
}

qint64 residentKib(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

ServerDb::ServerDb(const QString &dataDir) : m_name(QUuid::createUuid().toString())
{
    // The server's SQLite file, or its PostgreSQL database (ZC_TEST_DATABASE=postgresql).
    (void)TestServer::openDatabase(m_name, dataDir, &m_error);
}

ServerDb::~ServerDb()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool ServerDb::isOpen() const
{
    return QSqlDatabase::database(m_name, false).isOpen();
}

QVariant ServerDb::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    q.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return {};
    }
    return q.next() ? q.value(0) : QVariant();
}

bool ServerDb::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    q.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

QStringList ServerDb::tableCounts()
{
    QStringList out;
    const QStringList tables = QSqlDatabase::database(m_name, false).tables(QSql::Tables);
    for (const QString &t : tables) {
        if (t.startsWith(QLatin1String("sqlite_")))
            continue;
        // Table names come from the database itself, not from input.
        out << t + QLatin1Char(':') + scalar(QStringLiteral("SELECT COUNT(*) FROM ") + t).toString();
    }
    out.sort();
    return out;
}

QJsonObject loginBody(const QString &login, const QString &password, const QString &captchaId,
                      const QString &captchaAnswer)
{
    return QJsonObject{{QStringLiteral("login"), login},
                       {QStringLiteral("password"), password},
                       {QStringLiteral("captcha_id"), captchaId},
                       {QStringLiteral("captcha_answer"), captchaAnswer}};
}

namespace admin {

QString filler(int i)
{
    return QStringLiteral("1320000%1").arg(i, 4, 10, QLatin1Char('0'));
}

TestServer::Options serverOptions()
{
    TestServer::Options o;
    o.seedFile = qEnvironmentVariable("ZC_SOURCE_DIR") + QStringLiteral("/tests/server/data/admin-seed.json");
    o.extraArgs = {QStringLiteral("--argon2-memory-kib"), QStringLiteral("256"), QStringLiteral("--argon2-ops"),
                   QStringLiteral("1")};
    return o;
}

} // namespace admin

QString Api::token(const QString &login, const QString &password)
{
    const auto it = m_tokens.constFind(login);
    if (it != m_tokens.constEnd())
        return it.value();
    const QString t = m_server.loginToken(login, password);
    if (!t.isEmpty())
        m_tokens.insert(login, t);
    return t;
}

TestServer::Reply Api::get(const QString &login, const QString &path)
{
    return m_server.request("GET", path, {}, login.isEmpty() ? QString() : token(login));
}

TestServer::Reply Api::send(const QString &login, const QByteArray &verb, const QString &path, const QJsonObject &body,
                            const QString &ifMatch)
{
    return m_server.request(verb, path, body, login.isEmpty() ? QString() : token(login),
                            ifMatch.isEmpty() ? QList<QPair<QByteArray, QByteArray>>() : ifMatchHeader(ifMatch));
}

qint64 Api::accountId(const QString &login, const QString &asLogin)
{
    // The main account is not a handler: its id comes from the change feed.
    const TestServer::Reply r = get(asLogin, QStringLiteral("/changes?limit=5000"));
    const QJsonArray accounts = r.object().value(QLatin1String("accounts")).toArray();
    for (const QJsonValue &v : accounts) {
        if (v.toObject().value(QLatin1String("login")).toString() == login)
            return v.toObject().value(QLatin1String("id")).toInteger();
    }
    return 0;
}

qint64 Api::roleId(const QString &name, const QString &asLogin)
{
    const TestServer::Reply r = get(asLogin, QStringLiteral("/roles?size=100&name=") + QString::fromLatin1(QUrl::toPercentEncoding(name)));
    const QJsonArray items = r.object().value(QLatin1String("items")).toArray();
    for (const QJsonValue &v : items) {
        if (v.toObject().value(QLatin1String("name")).toString() == name)
            return v.toObject().value(QLatin1String("id")).toInteger();
    }
    return 0;
}

QString Api::smsCode(const QString &phone, const QString &purpose)
{
    const TestServer::NewCaptcha c = m_server.solvedCaptcha();
    const TestServer::Reply r = m_server.request("POST", QStringLiteral("/sms-codes"),
                                                 QJsonObject{{QStringLiteral("phone"), phone},
                                                             {QStringLiteral("purpose"), purpose},
                                                             {QStringLiteral("captcha_id"), c.id},
                                                             {QStringLiteral("captcha_answer"), c.answer}});
    if (r.status != 202)
        return {};
    const QJsonObject m = lastSms(phone);
    return m.value(QLatin1String("kind")).toString() == QLatin1String("sms_code") ? m.value(QLatin1String("code")).toString()
                                                                                 : QString();
}

QJsonObject Api::lastSms(const QString &phone)
{
    return m_server.smsMessages(phone).first().toObject();
}

qint64 Api::auditCount(const QString &asLogin)
{
    return get(asLogin, QStringLiteral("/audit-events?size=1")).object().value(QLatin1String("total")).toInteger();
}

QString etag(const TestServer::Reply &reply)
{
    QByteArray v = reply.header("ETag");
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    return QString::fromLatin1(v);
}

QList<QPair<QByteArray, QByteArray>> ifMatchHeader(const QString &version)
{
    return {{QByteArrayLiteral("If-Match"), '"' + version.toUtf8() + '"'}};
}

} // namespace zc::test
