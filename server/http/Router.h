#pragma once

#include "server/http/Request.h"
#include "server/http/RequestContext.h"
#include "server/http/Response.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace zc::server {

class ApiTokenService;
class Database;
class SessionService;

// Every route passes through here: the body limit, the token, the session's
// gates, the main-account and permission checks, in API.md's order, before
// the route's handler runs. Handlers stay thin: parse, one service call, reply.
//
// A bearer is a session's token or an API token's secret (ApiToken::SecretPrefix).
// An API token has no account and no gates: it passes Ready routes, Permission
// routes whose permission it holds (unless the guard is sessionsOnly()), and
// nothing else — AnySession and MainAccount routes answer it 403 forbidden.
//
// Each worker thread has a Router of its own (over its own services); the
// route table is the same in all of them. A route says which lane it runs on:
// the slow lane takes the routes that hash a password (Argon2id) or draw a
// captcha, so that such work never holds up a thread other requests wait on.
class Router
{
public:
    enum class Access {
        Public,        // no token
        AnySession,    // a valid token; gates may still be open (/me, logout, choices, password)
        Ready,         // gates passed
        MainAccount,   // gates passed, the unit's main account
        Permission,    // gates passed, a main account or a handler holding one of `permissions`
                       // (every one of them with allOf)
    };
    struct Guard
    {
        Access access = Access::Public;
        QStringList permissions;
        bool apiTokens = true;   // API tokens may pass (where the access level lets them)
        bool allOf = false;      // Permission: every one of `permissions`, not any

        static Guard open() { return {Access::Public, {}}; }
        static Guard session() { return {Access::AnySession, {}}; }
        static Guard ready() { return {Access::Ready, {}}; }
        static Guard mainAccount() { return {Access::MainAccount, {}}; }
        static Guard permissionTo(const QString &code) { return {Access::Permission, {code}}; }
        static Guard anyPermissionOf(const QStringList &codes) { return {Access::Permission, codes}; }
        static Guard allPermissionsOf(const QStringList &codes) { return {Access::Permission, codes, true, true}; }
        // The same guard, but an API token is refused (403 forbidden) whatever it holds.
        [[nodiscard]] Guard sessionsOnly() const
        {
            Guard g = *this;
            g.apiTokens = false;
            return g;
        }
    };
    enum class Lane {
        Fast,   // answered on the connection's worker thread
        Slow,   // hashes a password or draws a captcha: answered on the slow lane
    };
    using Handler = std::function<http::Response(RequestContext &)>;
    using Method = http::Method;

    static constexpr char Prefix[] = "/api/v1";

    Router(Database &db, SessionService &sessions, ApiTokenService &apiTokens, qint64 maxBodyBytes);

    // path below /api/v1; "<arg>" stands for one path segment.
    void add(Method method, const QString &path, Guard guard, Handler handler, Lane lane = Lane::Fast);

    // The answer to a request (404 for unknown paths, 405 with Allow for another method).
    [[nodiscard]] http::Response handle(const http::Request &request);
    // The lane a request goes to (Fast for unknown paths and methods).
    [[nodiscard]] Lane laneOf(const http::Request &request) const;

    struct RouteInfo
    {
        Method method;
        QString path;
        Lane lane;
    };
    [[nodiscard]] QList<RouteInfo> routes() const;

    // The answer for paths no route has (404 not_found, worded per request).
    [[nodiscard]] static http::Response notFound(Language language);
    [[nodiscard]] static Language languageOf(const http::Request &request);

private:
    struct Route
    {
        Method method;
        Guard guard;
        Handler handler;
        Lane lane;
    };
    struct Path
    {
        QString path;
        QStringList segments;   // "<arg>" for an argument
        QList<Route> routes;
    };

    // The registered path request's path matches, with its arguments; nullptr when none.
    const Path *match(const QString &path, QStringList *args) const;
    http::Response run(const Route &route, const http::Request &request, QStringList args, Language lang);

    Database &m_db;
    SessionService &m_sessions;
    ApiTokenService &m_apiTokens;
    qint64 m_maxBodyBytes;
    std::vector<Path> m_paths;   // in registration order
};

} // namespace zc::server
