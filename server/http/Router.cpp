#include "server/http/Router.h"

#include "server/http/HttpCompat.h"
#include "server/Logging.h"
#include "server/http/Reply.h"
#include "server/auth/SessionService.h"

#include <QElapsedTimer>
#include <QHttpServer>

#include <algorithm>

namespace zc::server {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    default: return QByteArrayLiteral("OTHER");
    }
}

} // namespace

Router::Router(SessionService &sessions, qint64 maxBodyBytes) : m_sessions(sessions), m_maxBodyBytes(maxBodyBytes) {}

void Router::add(Method method, const QString &path, Guard guard, Handler handler)
{
    if (!m_routes.contains(path))
        m_paths.append(path);
    m_routes[path].append(Route{method, std::move(guard), std::move(handler)});
}

QByteArray Router::header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

Language Router::languageOf(const QHttpServerRequest &request)
{
    return ErrorMessages::fromAcceptLanguage(header(request, QByteArrayLiteral("Accept-Language")));
}

QHttpServerResponse Router::notFound(const QHttpServerRequest &request)
{
    return Reply::error(apiError(404, "not_found"), languageOf(request));
}

bool Router::install(QHttpServer &server, QString *error)
{
    for (const QString &path : std::as_const(m_paths)) {
        // Anchored, so "/sessions" never answers for "/sessions/current".
        const QString pattern = QStringLiteral("^") + QLatin1String(Prefix) + path + QStringLiteral("$");
        const int args = int(path.count(QStringLiteral("<arg>")));
        bool ok = false;
        switch (args) {
        case 0:
            ok = compat::route(server, pattern, [this, path](const QHttpServerRequest &r) {
                return dispatch(path, r, {});
            });
            break;
        case 1:
            ok = compat::route(server, pattern, [this, path](const QString &a, const QHttpServerRequest &r) {
                return dispatch(path, r, {a});
            });
            break;
        case 2:
            ok = compat::route(server, pattern,
                               [this, path](const QString &a, const QString &b, const QHttpServerRequest &r) {
                                   return dispatch(path, r, {a, b});
                               });
            break;
        default:
            break;
        }
        if (!ok) {
            *error = QStringLiteral("the HTTP server refused the route %1").arg(path);
            return false;
        }
    }
    return true;
}

QHttpServerResponse Router::dispatch(const QString &path, const QHttpServerRequest &request, QStringList args)
{
    QElapsedTimer timer;
    timer.start();
    const Language lang = languageOf(request);
    const QList<Route> &routes = m_routes[path];
    const Route *route = nullptr;
    QByteArrayList allowed;
    for (const Route &r : routes) {
        allowed.append(methodName(r.method));
        if (r.method == request.method())
            route = &r;
    }
    QHttpServerResponse response = [&] {
        if (!route) {
            QHttpServerResponse r = Reply::error(apiError(405, "method_not_allowed"), lang);
            compat::setHeader(r, QByteArrayLiteral("Allow"), allowed.join(", "));
            return r;
        }
        return run(*route, request, std::move(args), lang);
    }();
    const int status = int(response.statusCode());
    if (status >= 500)
        qCWarning(lcHttp).noquote() << methodName(request.method()) << request.url().path() << status
                                    << timer.elapsed() << "ms";
    else
        qCDebug(lcHttp).noquote() << methodName(request.method()) << request.url().path() << status
                                  << timer.elapsed() << "ms";
    return response;
}

QHttpServerResponse Router::run(const Route &route, const QHttpServerRequest &request, QStringList args, Language lang)
{
    // 1. Body size (the connection guard normally refused it already).
    if (request.body().size() > m_maxBodyBytes)
        return Reply::error(apiError(413, "payload_too_large"), lang);

    RequestContext ctx(request, lang, std::move(args));
    if (route.guard.access != Access::Public) {
        // 2. The token (401), then the gates and rights (403).
        const QByteArray auth = header(request, QByteArrayLiteral("Authorization")).trimmed();
        QString token;
        if (auth.size() > 7 && auth.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
            token = QString::fromLatin1(auth.mid(7).trimmed());
        Result<AuthSession> session = m_sessions.resolve(token);
        if (!session)
            return ctx.fail(session.error());
        if (route.guard.access != Access::AnySession) {
            if (const auto gate = session->gate())
                return ctx.fail(*gate);
            if (route.guard.access == Access::MainAccount && !session->isMainAccount())
                return ctx.fail(apiError(403, "forbidden"));
            if (route.guard.access == Access::Permission && !session->isMainAccount()
                && std::none_of(route.guard.permissions.cbegin(), route.guard.permissions.cend(),
                                [&session](const QString &code) { return session->view.hasPermission(code); }))
                return ctx.fail(apiError(403, "forbidden"));
        }
        ctx.setToken(token);
        ctx.setSession(session.take());
    }
    return route.handler(ctx);
}

} // namespace zc::server
