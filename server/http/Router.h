#pragma once

#include "server/http/RequestContext.h"

#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QHttpServer;

namespace zc::server {

class SessionService;

// Every route passes through here: the body limit, the token, the session's
// gates, the main-account and permission checks, in API.md's order, before
// the route's handler runs. Handlers stay thin: parse, one service call, reply.
class Router
{
public:
    enum class Access {
        Public,        // no token
        AnySession,    // a valid token; gates may still be open (/me, logout, choices, password)
        Ready,         // gates passed
        MainAccount,   // gates passed, the unit's main account
        Permission,    // gates passed, a main account or a handler holding one of `permissions`
    };
    struct Guard
    {
        Access access = Access::Public;
        QStringList permissions;

        static Guard open() { return {Access::Public, {}}; }
        static Guard session() { return {Access::AnySession, {}}; }
        static Guard ready() { return {Access::Ready, {}}; }
        static Guard mainAccount() { return {Access::MainAccount, {}}; }
        static Guard permissionTo(const QString &code) { return {Access::Permission, {code}}; }
        static Guard anyPermissionOf(const QStringList &codes) { return {Access::Permission, codes}; }
    };
    using Handler = std::function<QHttpServerResponse(RequestContext &)>;
    using Method = QHttpServerRequest::Method;

    static constexpr char Prefix[] = "/api/v1";

    Router(SessionService &sessions, qint64 maxBodyBytes);

    // path below /api/v1; "<arg>" stands for one path segment (up to two).
    void add(Method method, const QString &path, Guard guard, Handler handler);
    // Registers every path with the HTTP server; false (with *error) when it refuses one.
    [[nodiscard]] bool install(QHttpServer &server, QString *error);

    // The answer for paths no route has (404 not_found, worded per request).
    [[nodiscard]] static QHttpServerResponse notFound(const QHttpServerRequest &request);
    [[nodiscard]] static Language languageOf(const QHttpServerRequest &request);
    [[nodiscard]] static QByteArray header(const QHttpServerRequest &request, const QByteArray &name);

private:
    struct Route
    {
        Method method;
        Guard guard;
        Handler handler;
    };

    QHttpServerResponse dispatch(const QString &path, const QHttpServerRequest &request, QStringList args);
    QHttpServerResponse run(const Route &route, const QHttpServerRequest &request, QStringList args, Language lang);

    SessionService &m_sessions;
    qint64 m_maxBodyBytes;
    QStringList m_paths;                     // in registration order
    QHash<QString, QList<Route>> m_routes;   // by path
};

} // namespace zc::server
