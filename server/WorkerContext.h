#pragma once

#include "server/ServerOptions.h"

#include <QString>

#include <functional>
#include <memory>

namespace zc::server {

class AccountStorage;
class AccessReviewService;
class ApiTokenService;
class AuditLog;
class AuthService;
class CaptchaService;
class ChangeFeed;
class ChangeStorage;
class Database;
class Directory;
class HandlerService;
class LoginThrottle;
class PasswordHasher;
class PasswordResetService;
class RegistrationService;
class RoleService;
class RoleStorage;
class Router;
class SessionService;
class SmsCodeService;
class SmsSender;
class SqlEngine;
class UnitScope;
class UnitService;

// What every WorkerContext is made from; read-only once the server runs, so
// that threads share it without locks.
struct ContextConfig
{
    ServerOptions options;
    QString outboxPath;                                   // DIR/sms-outbox.jsonl
    std::shared_ptr<const PasswordHasher> hasher;         // const, thread-safe (libsodium)
    std::function<std::unique_ptr<SqlEngine>()> engine;   // a new engine for one connection
    // With --sms-webhook: called (from any thread) after a transaction that
    // queued a message committed, so that the main thread posts it soon.
    std::function<void()> webhookQueued;
    qint64 maxBodyBytes = 1024 * 1024;
};

// One thread's own storage and services: a database connection opened in
// the thread that uses it, every service over that connection, and the
// routes over the services. Each worker thread and each slow-lane thread has
// one, and so has the main thread (housekeeping); all are built here, so
// they are the same everywhere. A context is used by its thread only.
class WorkerContext
{
public:
    // Opens the connection (in the calling thread) and builds everything;
    // nullptr with *error when the database cannot be opened.
    [[nodiscard]] static std::unique_ptr<WorkerContext> create(const ContextConfig &config, QString *error);
    ~WorkerContext();
    WorkerContext(const WorkerContext &) = delete;
    WorkerContext &operator=(const WorkerContext &) = delete;

    [[nodiscard]] Database &database() { return *m_db; }
    [[nodiscard]] Router &router() { return *m_router; }

    // Removes expired captchas, sessions, lockouts and SMS codes.
    void housekeeping();

private:
    WorkerContext() = default;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<RoleStorage> m_roleStorage;
    std::unique_ptr<AccountStorage> m_accountStorage;
    std::unique_ptr<Directory> m_directory;
    std::unique_ptr<SessionService> m_sessions;
    std::unique_ptr<ChangeStorage> m_changes;
    std::unique_ptr<LoginThrottle> m_throttle;
    std::unique_ptr<CaptchaService> m_captchas;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SmsSender> m_sms;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<SmsCodeService> m_smsCodes;
    std::unique_ptr<RegistrationService> m_registrations;
    std::unique_ptr<PasswordResetService> m_passwordResets;
    std::unique_ptr<UnitService> m_units;
    std::unique_ptr<UnitScope> m_scope;
    std::unique_ptr<RoleService> m_roles;
    std::unique_ptr<HandlerService> m_handlers;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<ApiTokenService> m_apiTokens;
    std::unique_ptr<AccessReviewService> m_reviews;
    std::unique_ptr<Router> m_router;
};

} // namespace zc::server
