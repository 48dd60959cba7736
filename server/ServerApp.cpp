#include "server/ServerApp.h"

#include "server/Logging.h"
#include "server/auth/CaptchaRenderer.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/PasswordScreen.h"
#include "server/http/HttpFront.h"
#include "server/http/TlsMaterial.h"
#include "server/seed/Seeder.h"
#include "server/sms/WebhookSmsSender.h"
#include "server/storage/Database.h"
#include "server/storage/Migrations.h"
#include "server/storage/PostgresEngine.h"
#include "server/storage/SqliteEngine.h"

#include <QDir>
#include <QFile>

#include <mutex>

namespace zc::server {

namespace {
constexpr int HousekeepingMs = 5 * 60 * 1000;
} // namespace

ServerApp::ServerApp(ServerOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    m_housekeeping.setInterval(HousekeepingMs);
    connect(&m_housekeeping, &QTimer::timeout, this, &ServerApp::housekeeping);
}

ServerApp::~ServerApp()
{
    stop();
    // The front's threads use the webhook sender (to wake it); it goes after them.
    m_front.reset();
    m_webhook.reset();
    m_main.reset();
}

bool ServerApp::start(QString *error)
{
    // New passwords are screened against cracklib's dictionary: without it the
    // server would accept what it promises to refuse.
    if (QString why; !PasswordScreen::dictionaryAvailable(&why)) {
        *error = why;
        return false;
    }
    if (!QDir().mkpath(m_options.dataDir)) {
        *error = QStringLiteral("cannot create the data directory %1").arg(m_options.dataDir);
        return false;
    }
    QFile::setPermissions(m_options.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QDir data(m_options.dataDir);

    m_config.options = m_options;
    m_config.outboxPath = data.filePath(QStringLiteral("sms-outbox.jsonl"));
    m_config.maxBodyBytes = m_options.limits.maxBodyBytes;
    QString storage;
    if (PostgresEngine::isPostgresUrl(m_options.database)) {
        const auto pg = PostgresEngine::parseUrl(m_options.database, error);   // checked by ServerOptions
        if (!pg)
            return false;
        storage = QStringLiteral("PostgreSQL ") + pg->displayUrl();
        m_config.engine = [settings = *pg] { return std::make_unique<PostgresEngine>(settings); };
    } else {
        const QString path = data.filePath(QStringLiteral("zhaocai.sqlite3"));
        storage = QStringLiteral("SQLite ") + path;
        auto writeMutex = std::make_shared<std::mutex>();
        m_config.engine = [path, writeMutex] { return std::make_unique<SqliteEngine>(path, writeMutex); };
    }
    m_config.hasher = std::make_shared<const PasswordHasher>(m_options.argon2MemoryKib, m_options.argon2Ops);

    // The main thread's context first: it migrates the schema before any worker opens it.
    m_main = WorkerContext::create(m_config, error);
    if (!m_main || !Migrations::run(m_main->database(), error))
        return false;
    qCInfo(lcDb).noquote() << "storage:" << storage << "schema version" << Migrations::latestVersion();
    qCInfo(lcAuth) << "Argon2id parameters:" << m_options.argon2MemoryKib << "KiB," << m_options.argon2Ops
                   << "iterations";
    if (!m_options.seedFile.isEmpty()) {
        Seeder seeder(m_main->database(), *m_config.hasher);
        if (!seeder.load(m_options.seedFile, error))
            return false;
    }
    qCInfo(lcCaptcha).noquote() << "captcha font:" << CaptchaRenderer::fontFamily();

    if (!m_options.smsWebhook.isEmpty()) {
        WebhookSmsSender::Settings webhook;
        webhook.url = QUrl(m_options.smsWebhook, QUrl::StrictMode);
        webhook.caFile = m_options.smsWebhookCa;
        webhook.bearerToken = qgetenv("ZC_SMS_WEBHOOK_TOKEN");
        webhook.timeoutMs = m_options.smsWebhookTimeoutMs;
        webhook.maxAttempts = m_options.smsWebhookAttempts;
        webhook.initialBackoffMs = m_options.smsWebhookBackoffMs;
        m_webhook = std::make_unique<WebhookSmsSender>(m_main->database(), webhook);
        if (!m_webhook->start(error))
            return false;
        m_config.webhookQueued = [sender = m_webhook.get()] { sender->deliverSoon(); };
        qCInfo(lcSms).noquote() << "SMS sender: webhook" << webhook.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)
                                << "timeout" << webhook.timeoutMs << "ms," << webhook.maxAttempts << "attempts";
    } else {
        qCInfo(lcSms).noquote() << "SMS sender: outbox" << m_config.outboxPath;
    }
    qCInfo(lcServer) << "dev mode:" << (m_options.dev ? "on (GET /api/v1/dev/sms and /api/v1/dev/captchas/{id} are served)"
                                                      : "off");

    http::HttpFront::Settings front;
    front.limits = m_options.limits;
    front.workers = m_options.workers;
    front.slowWorkers = m_options.slowWorkers;
    front.contexts = m_config;
    QString scheme = QStringLiteral("https");
    if (m_options.insecureHttp) {
        qCWarning(lcServer) << "serving plain HTTP on loopback (--insecure-http): for local load tests only";
        scheme = QStringLiteral("http");
    } else {
        TlsMaterial material;
        const bool ok = m_options.tlsCert.isEmpty()
            ? TlsMaterial::loadOrCreateDev(data.filePath(QStringLiteral("tls")), &material, error)
            : TlsMaterial::loadFiles(m_options.tlsCert, m_options.tlsKey, &material, error);
        if (!ok)
            return false;
        if (!material.caPath().isEmpty())
            qCInfo(lcTls).noquote() << "clients must trust the CA certificate" << material.caPath();
        front.tls = material;
    }
    m_front = std::make_unique<http::HttpFront>(std::move(front));
    if (!m_front->start(m_options.listenAddress, m_options.listenPort, error))
        return false;
    const QString host = m_options.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(m_options.listenAddress.toString())
        : m_options.listenAddress.toString();
    qCInfo(lcServer).noquote() << "listening on" << QStringLiteral("%1://%2:%3").arg(scheme, host).arg(m_front->port());
    m_housekeeping.start();
    return true;
}

void ServerApp::stop()
{
    m_housekeeping.stop();
    if (m_front)
        m_front->stop();
}

void ServerApp::housekeeping()
{
    m_main->housekeeping();
}

} // namespace zc::server
