#include "TestServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace zc::test {

namespace {

// In the data directory: the URL of its PostgreSQL database (PostgreSQL mode).
const QString DatabaseUrlFile = QStringLiteral("test-database-url");

bool connectPostgres(const QString &connectionName, const QUrl &url, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName(QUrl::FullyDecoded));
    if (!url.password().isEmpty())
        db.setPassword(url.password(QUrl::FullyDecoded));   // else libpq reads PGPASSWORD
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!db.open()) {
        *error = QStringLiteral("cannot connect to PostgreSQL at %1:%2: %3")
                     .arg(url.host()).arg(url.port(5432)).arg(db.lastError().text());
        return false;
    }
    return true;
}

// Runs one statement on a short-lived connection to the server of ZC_TEST_PG_URL.
bool adminExec(const QString &statement, QString *error)
{
    const QUrl admin(qEnvironmentVariable("ZC_TEST_PG_URL"));
    const QString name = QStringLiteral("zc-test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        if (connectPostgres(name, admin, error)) {
            QSqlQuery q(QSqlDatabase::database(name, false));
            ok = q.exec(statement);
            if (!ok)
                *error = q.lastError().text();
        }
        QSqlDatabase::database(name, false).close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool TestServer::usingPostgres()
{
    return qEnvironmentVariable("ZC_TEST_DATABASE") == QLatin1String("postgresql");
}

bool TestServer::openDatabase(const QString &connectionName, const QString &dataDir, QString *error)
{
    QFile marker(QDir(dataDir).filePath(DatabaseUrlFile));
    if (marker.open(QIODevice::ReadOnly))
        return connectPostgres(connectionName, QUrl(QString::fromUtf8(marker.readAll().trimmed())), error);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("zhaocai.sqlite3")));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

bool TestServer::prepareDatabase()
{
    if (!usingPostgres() || !m_databaseUrl.isEmpty())
        return true;
    QFile marker(QDir(dataDir()).filePath(DatabaseUrlFile));
    if (marker.open(QIODevice::ReadOnly)) {   // another TestServer on this data directory made it
        m_databaseUrl = QString::fromUtf8(marker.readAll().trimmed());
        return true;
    }
    const QString adminUrl = qEnvironmentVariable("ZC_TEST_PG_URL");
    if (adminUrl.isEmpty()) {
        m_error = QStringLiteral("ZC_TEST_DATABASE=postgresql needs ZC_TEST_PG_URL=postgresql://user@host:port/db"
                                 " (scripts/test.sh starts a PostgreSQL server and sets it)");
        return false;
    }
    // A fresh database per data directory. Its name is made here of [a-z0-9_]
    // only: identifiers cannot be bound parameters.
    const QString name = QStringLiteral("zc_test_") + QUuid::createUuid().toString(QUuid::Id128);
    QString why;
    if (!adminExec(QStringLiteral("CREATE DATABASE ") + name, &why)) {
        m_error = QStringLiteral("cannot create the test database: %1").arg(why);
        return false;
    }
    m_ownedDatabase = name;
    QUrl url(adminUrl);
    url.setPath(QLatin1Char('/') + name);
    m_databaseUrl = url.toString();
    if (!marker.open(QIODevice::WriteOnly) || marker.write(m_databaseUrl.toUtf8()) <= 0) {
        m_error = QStringLiteral("cannot write %1").arg(marker.fileName());
        return false;
    }
    return true;
}

void TestServer::dropDatabase()
{
    if (m_ownedDatabase.isEmpty())
        return;
    QString why;
    // WITH (FORCE): other processes still connected (a second server) are cut off.
    if (!adminExec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_ownedDatabase + QStringLiteral(" WITH (FORCE)"), &why))
        qWarning("TestServer: cannot drop the test database %s: %s", qPrintable(m_ownedDatabase), qPrintable(why));
    m_ownedDatabase.clear();
}

TestServer::TestServer() : TestServer(Options{}) {}

TestServer::TestServer(const Options &options) : m_options(options)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    // A test that crashes takes its server with it: an orphaned server would keep
    // the port, the test's inherited descriptors (ctest's output pipe, a build
    // lock) and its temporary directory.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    QObject::connect(&m_process, &QProcess::readyRead, &m_nam, [this] {
        m_log += m_process.readAll();
    });
}

TestServer::~TestServer()
{
    stop();
    dropDatabase();
}

QString TestServer::dataDir() const
{
    if (!m_options.dataDir.isEmpty())
        return m_options.dataDir;
    return m_tmp ? m_tmp->path() : QString();
}

QString TestServer::caPath() const
{
    return QDir(dataDir()).filePath(QStringLiteral("tls/ca.pem"));
}

QByteArray TestServer::caPem() const
{
    QFile f(caPath());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QSslCertificate> TestServer::caCertificates() const
{
    return QSslCertificate::fromData(caPem(), QSsl::Pem);
}

bool TestServer::start(int timeoutMs)
{
    const auto env = QProcessEnvironment::systemEnvironment();
    // ZC_TEST_SERVER_BIN, when set, names another build of the server (scripts/test.sh
    // --sanitize runs the server suites against its ThreadSanitizer build with it).
    const QString bin = env.value(QStringLiteral("ZC_TEST_SERVER_BIN"), env.value(QStringLiteral("ZC_SERVER_BIN")));
    if (bin.isEmpty()) {
        m_error = QStringLiteral("ZC_SERVER_BIN is not set");
        return false;
    }
    if (m_options.dataDir.isEmpty() && !m_tmp) {
        m_tmp = std::make_unique<QTemporaryDir>();
        if (!m_tmp->isValid()) {
            m_error = QStringLiteral("cannot create a temporary directory");
            return false;
        }
    }
    if (!prepareDatabase())
        return false;
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--data"), dataDir()};
    if (!m_databaseUrl.isEmpty())
        args << QStringLiteral("--database") << m_databaseUrl;
    QString seed = m_options.seedFile;
    if (seed.isEmpty())
        seed = env.value(QStringLiteral("ZC_SOURCE_DIR")) + QStringLiteral("/server/seed/demo.json");
    if (seed != QLatin1String("-"))
        args << QStringLiteral("--seed") << seed;
    if (m_options.dev)
        args << QStringLiteral("--dev");
    args << m_options.extraArgs;

    m_log.clear();
    m_baseUrl.clear();
    m_process.start(bin, args);
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(bin, m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (https?://[^\\s]+)"));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(50);
        m_log += m_process.readAll();
        const auto match = listening.match(QString::fromUtf8(m_log));
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            return true;
        }
        if (m_process.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("server exited (%1): %2")
                          .arg(m_process.exitCode())
                          .arg(QString::fromUtf8(m_log));
            return false;
        }
    }
    m_error = QStringLiteral("no 'listening on' line within %1 ms: %2")
                  .arg(timeoutMs)
                  .arg(QString::fromUtf8(m_log));
    stop();
    return false;
}

bool TestServer::restart(int timeoutMs)
{
    stop();
    const QUrl before = m_baseUrl.isValid() ? m_baseUrl : m_lastBaseUrl;
    if (!before.isValid()) {
        m_error = QStringLiteral("restart() needs a server that was started before");
        return false;
    }
    const Options original = m_options;
    // The last --listen wins, so the port it had is taken again.
    m_options.extraArgs << QStringLiteral("--listen")
                        << QStringLiteral("%1:%2").arg(before.host()).arg(before.port());
    const bool ok = start(timeoutMs);
    m_options = original;
    if (ok && m_baseUrl.port() != before.port()) {
        m_error = QStringLiteral("restarted on port %1 instead of %2").arg(m_baseUrl.port()).arg(before.port());
        return false;
    }
    return ok;
}

void TestServer::stop()
{
    if (m_baseUrl.isValid())
        m_lastBaseUrl = m_baseUrl;
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    m_log += m_process.readAll();
}

bool TestServer::waitForExit(int timeoutMs)
{
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(timeoutMs))
        return false;
    m_log += m_process.readAll();
    return true;
}

bool TestServer::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QString TestServer::Reply::errorCode() const
{
    return json.object().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QByteArray TestServer::Reply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

TestServer::Reply TestServer::request(const QByteArray &verb, const QString &path, const QJsonObject &body,
                                      const QString &token, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const QByteArray raw = body.isEmpty() && (verb == "GET" || verb == "DELETE")
        ? QByteArray()
        : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return requestRaw(verb, path, raw, token, headers);
}

TestServer::Reply TestServer::requestRaw(const QByteArray &verb, const QString &path, const QByteArray &rawBody,
                                         const QString &token, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_baseUrl;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(QStringLiteral("/api/v1") + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest req(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(caCertificates());
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    req.setSslConfiguration(ssl);
    req.setTransferTimeout(20000);
    if (!rawBody.isNull())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);

    QNetworkReply *reply = rawBody.isNull() ? m_nam.sendCustomRequest(req, verb)
                                            : m_nam.sendCustomRequest(req, verb, rawBody);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body);
    r.headers = reply->rawHeaderPairs();
    if (r.status == 0)
        r.networkError = reply->errorString();
    reply->deleteLater();
    return r;
}

QString TestServer::captchaAnswer(const QString &captchaId)
{
    return request("GET", QStringLiteral("/dev/captchas/") + captchaId)
        .object().value(QLatin1String("answer")).toString();
}

TestServer::NewCaptcha TestServer::solvedCaptcha()
{
    const Reply r = request("POST", QStringLiteral("/captchas"));
    NewCaptcha c;
    c.id = r.object().value(QLatin1String("captcha_id")).toString();
    if (!c.id.isEmpty())
        c.answer = captchaAnswer(c.id);
    return c;
}

TestServer::Reply TestServer::login(const QString &login, const QString &password)
{
    const NewCaptcha c = solvedCaptcha();
    return request("POST", QStringLiteral("/sessions"),
                   QJsonObject{{QStringLiteral("login"), login},
                               {QStringLiteral("password"), password},
                               {QStringLiteral("captcha_id"), c.id},
                               {QStringLiteral("captcha_answer"), c.answer}});
}

QString TestServer::loginToken(const QString &login, const QString &password)
{
    const Reply r = this->login(login, password);
    return r.status == 201 ? r.object().value(QLatin1String("token")).toString() : QString();
}

QJsonArray TestServer::smsMessages(const QString &phone)
{
    return request("GET", QStringLiteral("/dev/sms?phone=") + phone)
        .object().value(QLatin1String("messages")).toArray();
}

} // namespace zc::test
