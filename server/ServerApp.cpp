#include "server/ServerApp.h"

#include "server/feed/AuditLog.h"
#include "server/auth/AuthRoutes.h"
#include "server/auth/AuthService.h"
#include "server/auth/CaptchaRenderer.h"
#include "server/auth/CaptchaService.h"
#include "server/http/ConnectionGuard.h"
#include "server/http/GuardedTcpServer.h"
#include "server/storage/Database.h"
#include "server/DevRoutes.h"
#include "server/storage/Directory.h"
#include "server/http/HttpCompat.h"
#include "server/Logging.h"
#include "server/auth/LoginThrottle.h"
#include "server/storage/Migrations.h"
#include "server/sms/OutboxSmsSender.h"
#include "server/auth/PasswordHasher.h"
#include "server/http/Router.h"
#include "server/seed/Seeder.h"
#include "server/auth/SessionService.h"
#include "server/storage/SqliteEngine.h"
#include "server/http/TlsMaterial.h"
#include "server/storage/PostgresEngine.h"
#include "server/sms/SmsCodeService.h"
#include "server/sms/WebhookSmsSender.h"
#include "server/units/RegistrationService.h"
#include "server/auth/PasswordResetService.h"
#include "server/units/UnitService.h"
#include "server/sms/SmsRoutes.h"
#include "server/units/RegistrationRoutes.h"
#include "server/units/UnitRoutes.h"
#include "server/feed/ChangeFeed.h"
#include "server/feed/ChangeLog.h"
#include "server/feed/FeedRoutes.h"
#include "server/handlers/HandlerRoutes.h"
#include "server/handlers/HandlerService.h"
#include "server/roles/RoleRoutes.h"
#include "server/roles/RoleService.h"
#include "server/units/UnitScope.h"

#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QSslServer>

namespace zc::server {

namespace {
constexpr qint64 MaxBodyBytes = 1024 * 1024;
constexpr int HousekeepingMs = 5 * 60 * 1000;
constexpr int HandshakeTimeoutMs = 10000;
} // namespace

ServerApp::ServerApp(ServerOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    m_housekeeping.setInterval(HousekeepingMs);
    connect(&m_housekeeping, &QTimer::timeout, this, &ServerApp::housekeeping);
}

ServerApp::~ServerApp()
{
    // The HTTP server (and its sockets) before the services they call.
    m_http.reset();
}

bool ServerApp::start(QString *error)
{
    if (!QDir().mkpath(m_options.dataDir)) {
        *error = QStringLiteral("cannot create the data directory %1").arg(m_options.dataDir);
        return false;
    }
    QFile::setPermissions(m_options.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QDir data(m_options.dataDir);

    const QString dbPath = data.filePath(QStringLiteral("zhaocai.sqlite3"));
    QString storage = QStringLiteral("SQLite ") + dbPath;
    if (PostgresEngine::isPostgresUrl(m_options.database)) {
        const auto pg = PostgresEngine::parseUrl(m_options.database, error);   // checked by ServerOptions
        if (!pg)
            return false;
        storage = QStringLiteral("PostgreSQL ") + pg->displayUrl();
        m_db = std::make_unique<Database>(std::make_unique<PostgresEngine>(*pg));
    } else {
        m_db = std::make_unique<Database>(std::make_unique<SqliteEngine>(dbPath));
    }
    if (!m_db->open(error) || !Migrations::run(*m_db, error))
        return false;
    qCInfo(lcDb).noquote() << "storage:" << storage << "schema version" << Migrations::latestVersion();

    m_hasher = std::make_unique<PasswordHasher>(m_options.argon2MemoryKib, m_options.argon2Ops);
    qCInfo(lcAuth) << "Argon2id parameters:" << m_options.argon2MemoryKib << "KiB," << m_options.argon2Ops
                   << "iterations";
    if (!m_options.seedFile.isEmpty()) {
        Seeder seeder(*m_db, *m_hasher);
        if (!seeder.load(m_options.seedFile, error))
            return false;
    }

    m_directory = std::make_unique<Directory>(*m_db);
    m_sessions = std::make_unique<SessionService>(
        *m_db, *m_directory, SessionService::Lifetimes{m_options.sessionIdleSeconds, m_options.sessionTotalSeconds});
    m_changes = std::make_unique<ChangeLog>(*m_db);
    m_throttle = std::make_unique<LoginThrottle>(*m_db, *m_changes);
    m_captchas = std::make_unique<CaptchaService>(*m_db, m_options.dev);
    m_audit = std::make_unique<AuditLog>(*m_db);
    m_sms = std::make_unique<OutboxSmsSender>(*m_db, data.filePath(QStringLiteral("sms-outbox.jsonl")));
    m_auth = std::make_unique<AuthService>(*m_db, *m_directory, *m_sessions, *m_throttle, *m_captchas, *m_hasher,
                                           *m_audit, *m_changes);
    qCInfo(lcCaptcha).noquote() << "captcha font:" << CaptchaRenderer::fontFamily();
    m_smsSender = m_sms.get();
    if (!m_options.smsWebhook.isEmpty()) {
        WebhookSmsSender::Settings webhook;
        webhook.url = QUrl(m_options.smsWebhook, QUrl::StrictMode);
        webhook.caFile = m_options.smsWebhookCa;
        webhook.bearerToken = qgetenv("ZC_SMS_WEBHOOK_TOKEN");
        webhook.timeoutMs = m_options.smsWebhookTimeoutMs;
        webhook.maxAttempts = m_options.smsWebhookAttempts;
        webhook.initialBackoffMs = m_options.smsWebhookBackoffMs;
        m_webhookSms = std::make_unique<WebhookSmsSender>(*m_db, webhook);
        if (!m_webhookSms->start(error))
            return false;
        m_smsSender = m_webhookSms.get();
        qCInfo(lcSms).noquote() << "SMS sender: webhook" << webhook.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)
                                << "timeout" << webhook.timeoutMs << "ms," << webhook.maxAttempts << "attempts";
    } else {
        qCInfo(lcSms).noquote() << "SMS sender: outbox" << m_sms->path();
    }
    m_smsCodes = std::make_unique<SmsCodeService>(*m_db, *m_smsSender, *m_captchas);
    m_registrations = std::make_unique<RegistrationService>(*m_db, *m_directory, *m_smsCodes, *m_hasher, *m_audit);
    m_passwordResets = std::make_unique<PasswordResetService>(*m_db, *m_smsCodes, *m_hasher, *m_throttle, *m_audit);
    m_units = std::make_unique<UnitService>(*m_db, *m_directory, *m_audit);
    m_scope = std::make_unique<UnitScope>(*m_db, *m_directory);
    m_roles = std::make_unique<RoleService>(*m_db, *m_scope, *m_changes, *m_audit);
    m_handlers = std::make_unique<HandlerService>(*m_db, *m_scope, *m_changes, *m_audit, *m_sessions, *m_throttle,
                                                  *m_smsCodes, *m_smsSender, *m_hasher);
    m_feed = std::make_unique<ChangeFeed>(*m_db);

    m_router = std::make_unique<Router>(*m_sessions, MaxBodyBytes);
    AuthRoutes::add(*m_router, *m_auth, *m_captchas);
    SmsRoutes::add(*m_router, *m_smsCodes);
    RegistrationRoutes::add(*m_router, *m_registrations, *m_passwordResets);
    UnitRoutes::add(*m_router, *m_units);
    HandlerRoutes::add(*m_router, *m_handlers);
    RoleRoutes::add(*m_router, *m_roles);
    FeedRoutes::add(*m_router, *m_feed, *m_audit);
    if (m_options.dev)
        DevRoutes::add(*m_router, *m_captchas, m_sms->path());

    m_http = std::make_unique<QHttpServer>();
    if (!m_router->install(*m_http, error))
        return false;
    m_http->setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        Router::notFound(request).write(std::move(responder));
    });
    const bool tls = !m_options.insecureHttp;
    compat::afterRequest(*m_http, [tls](QHttpServerResponse &r) {
        compat::setHeader(r, QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
        if (tls)
            compat::setHeader(r, QByteArrayLiteral("Strict-Transport-Security"), QByteArrayLiteral("max-age=31536000"));
    });

    if (!listen(error))
        return false;
    m_housekeeping.start();
    return true;
}

bool ServerApp::listen(QString *error)
{
    ConnectionLimits limits;
    limits.maxConnections = m_options.maxConnections;
    limits.idleTimeoutMs = m_options.idleTimeoutSeconds * 1000;
    limits.maxBodyBytes = MaxBodyBytes;
    m_tracker = std::make_shared<ConnectionTracker>(limits.maxConnections);

    qCInfo(lcServer) << "dev mode:" << (m_options.dev ? "on (GET /api/v1/dev/sms and /api/v1/dev/captchas/{id} are served)"
                                                      : "off");
    QTcpServer *server = nullptr;
    QString scheme;
    if (m_options.insecureHttp) {
        qCWarning(lcServer) << "serving plain HTTP on loopback (--insecure-http): for local load tests only";
        server = new GuardedTcpServer(m_tracker, limits);
        scheme = QStringLiteral("http");
    } else {
        TlsMaterial material;
        const bool ok = m_options.tlsCert.isEmpty()
            ? TlsMaterial::loadOrCreateDev(QDir(m_options.dataDir).filePath(QStringLiteral("tls")), &material, error)
            : TlsMaterial::loadFiles(m_options.tlsCert, m_options.tlsKey, &material, error);
        if (!ok)
            return false;
        if (!material.caPath().isEmpty())
            qCInfo(lcTls).noquote() << "clients must trust the CA certificate" << material.caPath();
        auto *ssl = new QSslServer;
        ssl->setSslConfiguration(material.serverConfiguration());
        ssl->setHandshakeTimeout(HandshakeTimeoutMs);
        ConnectionGuard::guard(ssl, m_tracker, limits);
        server = ssl;
        scheme = QStringLiteral("https");
    }
    if (!server->listen(m_options.listenAddress, m_options.listenPort)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_options.listenHost).arg(m_options.listenPort).arg(server->errorString());
        delete server;
        return false;
    }
    m_http->bind(server);   // takes ownership
    const QString host = m_options.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(m_options.listenAddress.toString())
        : m_options.listenAddress.toString();
    qCInfo(lcServer).noquote() << "listening on" << QStringLiteral("%1://%2:%3").arg(scheme, host).arg(server->serverPort());
    return true;
}

void ServerApp::housekeeping()
{
    m_captchas->purgeExpired();
    m_sessions->purgeExpired();
    m_throttle->purgeExpired();
    m_smsCodes->purgeExpired();
}

} // namespace zc::server
