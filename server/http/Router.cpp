#include "server/http/Router.h"

#include "server/Logging.h"
#include "server/auth/SessionService.h"
#include "server/http/Reply.h"
#include "server/storage/Database.h"
#include "server/tokens/ApiTokenService.h"

#include <QElapsedTimer>
#include <QScopeGuard>

#include <algorithm>

namespace zc::server {

namespace {
const QString ArgSegment = QStringLiteral("<arg>");
} // namespace

Router::Router(Database &db, SessionService &sessions, ApiTokenService &apiTokens, qint64 maxBodyBytes)
    : m_db(db), m_sessions(sessions), m_apiTokens(apiTokens), m_maxBodyBytes(maxBodyBytes)
{
}

void Router::add(Method method, const QString &path, Guard guard, Handler handler, Lane lane)
{
    auto it = std::find_if(m_paths.begin(), m_paths.end(), [&path](const Path &p) { return p.path == path; });
    if (it == m_paths.end()) {
        Path p;
        p.path = path;
        p.segments = path.split(QLatin1Char('/'));
        m_paths.push_back(p);
        it = m_paths.end() - 1;
    }
    it->routes.append(Route{method, std::move(guard), std::move(handler), lane});
}

QList<Router::RouteInfo> Router::routes() const
{
    QList<RouteInfo> out;
    for (const Path &p : m_paths) {
        for (const Route &r : p.routes)
            out.append(RouteInfo{r.method, p.path, r.lane});
    }
    return out;
}

Language Router::languageOf(const http::Request &request)
{
    return ErrorMessages::fromAcceptLanguage(request.header(QByteArrayLiteral("Accept-Language")));
}

http::Response Router::notFound(Language language)
{
    return Reply::error(apiError(404, ErrorCode::NotFound), language);
}

const Router::Path *Router::match(const QString &path, QStringList *args) const
{
    static const QString prefix = QLatin1String(Prefix);
    if (!path.startsWith(prefix) || path.size() == prefix.size() || path.at(prefix.size()) != QLatin1Char('/'))
        return nullptr;
    const QStringList segments = path.mid(prefix.size()).split(QLatin1Char('/'));
    for (const Path &p : m_paths) {
        if (p.segments.size() != segments.size())
            continue;
        QStringList found;
        bool same = true;
        for (qsizetype i = 0; i < segments.size() && same; ++i) {
            if (p.segments.at(i) == ArgSegment) {
                same = !segments.at(i).isEmpty();
                found.append(segments.at(i));
            } else {
                same = p.segments.at(i) == segments.at(i);
            }
        }
        if (same) {
            *args = found;
            return &p;
        }
    }
    return nullptr;
}

Router::Lane Router::laneOf(const http::Request &request) const
{
    QStringList args;
    const Path *p = match(request.path, &args);
    if (!p)
        return Lane::Fast;
    for (const Route &r : p->routes) {
        if (r.method == request.method)
            return r.lane;
    }
    return Lane::Fast;
}

http::Response Router::handle(const http::Request &request)
{
    QElapsedTimer timer;
    timer.start();
    m_db.beginRequest();
    const auto requestEnds = qScopeGuard([this] { m_db.endRequest(); });
    const Language lang = languageOf(request);
    // The database out of reach: 503 at once (not a wait, not a 500), and
    // again when the connection went away while the request ran.
    const auto unavailable = [lang] {
        http::Response r = Reply::error(apiError(503, ErrorCode::ServiceUnavailable), lang);
        r.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
        return r;
    };
    if (!m_db.available())
        return unavailable();
    QStringList args;
    const Path *p = match(request.path, &args);
    http::Response response;
    if (!p) {
        response = notFound(lang);
    } else {
        const Route *route = nullptr;
        QByteArrayList allowed;
        for (const Route &r : p->routes) {
            allowed.append(http::methodName(r.method));
            if (r.method == request.method)
                route = &r;
        }
        if (route) {
            response = run(*route, request, std::move(args), lang);
        } else {
            response = Reply::error(apiError(405, ErrorCode::MethodNotAllowed), lang);
            response.setHeader(QByteArrayLiteral("Allow"), allowed.join(", "));
        }
    }
    if (m_db.lostInRequest())
        response = unavailable();
    if (response.status >= 500)
        qCWarning(lcHttp).noquote() << request.methodText << request.path << response.status << timer.elapsed() << "ms";
    else
        qCDebug(lcHttp).noquote() << request.methodText << request.path << response.status << timer.elapsed() << "ms";
    return response;
}

http::Response Router::run(const Route &route, const http::Request &request, QStringList args, Language lang)
{
    // 1. Body size (the front refuses bigger bodies while reading them).
    if (request.body.size() > m_maxBodyBytes)
        return Reply::error(apiError(413, ErrorCode::PayloadTooLarge), lang);

    RequestContext ctx(request, lang, std::move(args));
    if (route.guard.access != Access::Public) {
        // 2. The token (401), then the gates and rights (403).
        const QByteArray auth = request.header(QByteArrayLiteral("Authorization")).trimmed();
        QString token;
        if (auth.size() > 7 && auth.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
            token = QString::fromLatin1(auth.mid(7).trimmed());
        Result<AuthSession> session = ApiTokenService::isApiTokenBearer(token) ? m_apiTokens.resolve(token)
                                                                               : m_sessions.resolve(token);
        if (!session)
            return ctx.fail(session.error());
        // An API token never passes the session endpoints, nor a route kept from tokens.
        if (session->isApiToken() && (route.guard.access == Access::AnySession || !route.guard.apiTokens))
            return ctx.fail(apiError(403, ErrorCode::Forbidden));
        if (route.guard.access != Access::AnySession) {
            if (const auto gate = session->gate())
                return ctx.fail(*gate);
            if (route.guard.access == Access::MainAccount && !session->isMainAccount())
                return ctx.fail(apiError(403, ErrorCode::Forbidden));
            if (route.guard.access == Access::Permission && !session->isMainAccount()) {
                const auto holds = [&session](const QString &code) { return session->view.hasPermission(code); };
                const QStringList &codes = route.guard.permissions;
                if (route.guard.allOf ? !std::all_of(codes.cbegin(), codes.cend(), holds)
                                      : std::none_of(codes.cbegin(), codes.cend(), holds))
                    return ctx.fail(apiError(403, ErrorCode::Forbidden));
            }
        }
        ctx.setToken(token);
        ctx.setSession(session.take());
    }
    return route.handler(ctx);
}

} // namespace zc::server
