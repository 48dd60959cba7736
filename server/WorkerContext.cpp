#include "server/WorkerContext.h"

#include "server/DevRoutes.h"
#include "server/auth/AuthRoutes.h"
#include "server/auth/AuthService.h"
#include "server/auth/CaptchaService.h"
#include "server/auth/LoginThrottle.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/PasswordResetService.h"
#include "server/auth/SessionService.h"
#include "server/feed/AuditLog.h"
#include "server/feed/ChangeFeed.h"
#include "server/storage/ChangeStorage.h"
#include "server/feed/FeedRoutes.h"
#include "server/handlers/HandlerRoutes.h"
#include "server/handlers/HandlerService.h"
#include "server/review/AccessReviewRoutes.h"
#include "server/review/AccessReviewService.h"
#include "server/http/Router.h"
#include "server/roles/RoleRoutes.h"
#include "server/roles/RoleService.h"
#include "server/sms/OutboxSmsSender.h"
#include "server/sms/SmsCodeService.h"
#include "server/sms/SmsRoutes.h"
#include "server/sms/WebhookQueue.h"
#include "server/storage/Database.h"
#include "server/storage/AccountStorage.h"
#include "server/storage/Directory.h"
#include "server/storage/RoleStorage.h"
#include "server/tokens/ApiTokenRoutes.h"
#include "server/tokens/ApiTokenService.h"
#include "server/units/RegistrationRoutes.h"
#include "server/units/RegistrationService.h"
#include "server/units/UnitRoutes.h"
#include "server/units/UnitScope.h"
#include "server/units/UnitService.h"

namespace zc::server {

WorkerContext::~WorkerContext()
{
    // Everything over the connection before the connection.
    m_router.reset();
    m_reviews.reset();
    m_apiTokens.reset();
    m_feed.reset();
    m_handlers.reset();
    m_roles.reset();
    m_scope.reset();
    m_units.reset();
    m_passwordResets.reset();
    m_registrations.reset();
    m_smsCodes.reset();
    m_auth.reset();
    m_sms.reset();
    m_audit.reset();
    m_captchas.reset();
    m_throttle.reset();
    m_changes.reset();
    m_sessions.reset();
    m_directory.reset();
    m_roleStorage.reset();
    m_accountStorage.reset();
    m_db.reset();
}

std::unique_ptr<WorkerContext> WorkerContext::create(const ContextConfig &config, QString *error)
{
    std::unique_ptr<WorkerContext> c(new WorkerContext);
    const ServerOptions &o = config.options;
    c->m_db = std::make_unique<Database>(config.engine());
    if (!c->m_db->open(error))
        return nullptr;
    const PasswordHasher &hasher = *config.hasher;
    Database &db = *c->m_db;

    // The storage classes that keep state (caches); the others are views made where needed.
    c->m_directory = std::make_unique<Directory>(db);
    c->m_roleStorage = std::make_unique<RoleStorage>(db);
    c->m_accountStorage = std::make_unique<AccountStorage>(db);
    c->m_sessions = std::make_unique<SessionService>(
        db, *c->m_directory, SessionService::Lifetimes{o.sessionIdleSeconds, o.sessionTotalSeconds});
    c->m_changes = std::make_unique<ChangeStorage>(db);
    c->m_throttle = std::make_unique<LoginThrottle>(db, *c->m_changes);
    c->m_captchas = std::make_unique<CaptchaService>(db, o.dev);
    c->m_audit = std::make_unique<AuditLog>(db);
    if (config.webhookQueued)
        c->m_sms = std::make_unique<WebhookQueue>(db, config.webhookQueued);
    else
        c->m_sms = std::make_unique<OutboxSmsSender>(db, config.outboxPath);
    c->m_auth = std::make_unique<AuthService>(db, *c->m_directory, *c->m_accountStorage, *c->m_sessions,
                                              *c->m_throttle, *c->m_captchas, hasher, *c->m_audit, *c->m_changes);
    c->m_smsCodes = std::make_unique<SmsCodeService>(db, *c->m_sms, *c->m_captchas);
    c->m_registrations = std::make_unique<RegistrationService>(db, *c->m_directory, *c->m_accountStorage,
                                                               *c->m_smsCodes, hasher, *c->m_audit);
    c->m_passwordResets = std::make_unique<PasswordResetService>(db, *c->m_accountStorage, *c->m_smsCodes, hasher,
                                                                 *c->m_throttle, *c->m_audit);
    c->m_units = std::make_unique<UnitService>(db, *c->m_directory, *c->m_audit);
    c->m_scope = std::make_unique<UnitScope>(*c->m_directory, *c->m_roleStorage);
    c->m_roles = std::make_unique<RoleService>(db, *c->m_roleStorage, *c->m_scope, *c->m_changes, *c->m_audit);
    c->m_handlers = std::make_unique<HandlerService>(db, *c->m_accountStorage, *c->m_scope, *c->m_changes,
                                                     *c->m_audit, *c->m_sessions, *c->m_throttle, *c->m_smsCodes,
                                                     *c->m_sms, hasher);
    c->m_feed = std::make_unique<ChangeFeed>(db);
    c->m_apiTokens = std::make_unique<ApiTokenService>(db, *c->m_audit, o.apiTokenDaySeconds);
    c->m_reviews = std::make_unique<AccessReviewService>(db, *c->m_audit);

    c->m_router = std::make_unique<Router>(*c->m_db, *c->m_sessions, *c->m_apiTokens, config.maxBodyBytes);
    Router &router = *c->m_router;
    AuthRoutes::add(router, *c->m_auth, *c->m_captchas);
    SmsRoutes::add(router, *c->m_smsCodes);
    RegistrationRoutes::add(router, *c->m_registrations, *c->m_passwordResets);
    UnitRoutes::add(router, *c->m_units);
    HandlerRoutes::add(router, *c->m_handlers);
    RoleRoutes::add(router, *c->m_roles);
    FeedRoutes::add(router, *c->m_feed, *c->m_audit);
    ApiTokenRoutes::add(router, *c->m_apiTokens);
    AccessReviewRoutes::add(router, *c->m_reviews);
    if (o.dev)
        DevRoutes::add(router, *c->m_captchas, config.outboxPath);
    return c;
}

void WorkerContext::housekeeping()
{
    if (!m_db->available())
        return;   // the database is away; the next round tries again
    m_captchas->purgeExpired();
    m_sessions->purgeExpired();
    m_throttle->purgeExpired();
    m_smsCodes->purgeExpired();
}

} // namespace zc::server
