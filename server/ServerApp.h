#pragma once

#include "server/ServerOptions.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QHttpServer;

namespace zc::server {

class AuditLog;
class AuthService;
class CaptchaService;
class ChangeFeed;
class ChangeLog;
class ConnectionTracker;
class Database;
class Directory;
class LoginThrottle;
class OutboxSmsSender;
class PasswordHasher;
class Router;
class SessionService;
class SmsCodeService;
class SmsSender;
class WebhookSmsSender;
class RegistrationService;
class PasswordResetService;
class UnitService;
class UnitScope;
class RoleService;
class HandlerService;

// Start-up wiring of zhaocai-server: storage and migrations, seed data, the
// services, the routes, TLS and the listening socket, housekeeping.
class ServerApp : public QObject
{
    Q_OBJECT
public:
    explicit ServerApp(ServerOptions options, QObject *parent = nullptr);
    ~ServerApp() override;

    // Everything up to "listening on …"; false with *error when the server cannot run.
    [[nodiscard]] bool start(QString *error);

private:
    bool listen(QString *error);
    void housekeeping();

    ServerOptions m_options;
    std::shared_ptr<ConnectionTracker> m_tracker;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<Directory> m_directory;
    std::unique_ptr<SessionService> m_sessions;
    std::unique_ptr<ChangeLog> m_changes;
    std::unique_ptr<LoginThrottle> m_throttle;
    std::unique_ptr<CaptchaService> m_captchas;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<OutboxSmsSender> m_sms;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<QHttpServer> m_http;
    // Issue 3 (registration, SMS codes, unit authentication, password resets):
    std::unique_ptr<WebhookSmsSender> m_webhookSms;   // with --sms-webhook
    SmsSender *m_smsSender = nullptr;                 // the sender in use: m_webhookSms or m_sms (outbox)
    std::unique_ptr<SmsCodeService> m_smsCodes;
    std::unique_ptr<RegistrationService> m_registrations;
    std::unique_ptr<PasswordResetService> m_passwordResets;
    std::unique_ptr<UnitService> m_units;
    // Issue 3 (handlers, roles, assignment, change feed, audit listing):
    std::unique_ptr<UnitScope> m_scope;
    std::unique_ptr<RoleService> m_roles;
    std::unique_ptr<HandlerService> m_handlers;
    std::unique_ptr<ChangeFeed> m_feed;
    QTimer m_housekeeping;
};

} // namespace zc::server
