#pragma once

#include "server/auth/AuthSession.h"
#include "server/http/ErrorMessages.h"
#include "server/http/IfMatch.h"
#include "server/http/RequestBody.h"
#include "server/Result.h"

#include "server/http/Request.h"
#include "server/http/Response.h"

#include <QStringList>

#include <optional>

namespace zc::server {

// What a route gets: the request, its language, path arguments and — for
// routes behind a session — the caller's resolved session (set by Router).
class RequestContext
{
public:
    RequestContext(const http::Request &request, Language language, QStringList args)
        : m_request(request), m_language(language), m_args(std::move(args))
    {
    }

    [[nodiscard]] const http::Request &request() const { return m_request; }
    [[nodiscard]] Language language() const { return m_language; }
    [[nodiscard]] const QStringList &args() const { return m_args; }
    [[nodiscard]] QString arg(int i) const { return m_args.value(i); }

    [[nodiscard]] bool hasSession() const { return m_session.has_value(); }
    [[nodiscard]] const AuthSession &session() const { return *m_session; }
    void setSession(AuthSession s) { m_session = std::move(s); }
    [[nodiscard]] const QString &token() const { return m_token; }
    void setToken(QString t) { m_token = std::move(t); }

    // The body as a JSON object; 400 malformed_json when it is not one.
    [[nodiscard]] Result<RequestBody> body() const;
    // For POSTs that take no body: nothing (or only whitespace) or `{}` pass;
    // anything else is 400 — malformed_json when it is no JSON object,
    // invalid_field naming the first member of one that has members.
    [[nodiscard]] Status emptyBody() const;
    // A query parameter (decoded), empty when absent.
    [[nodiscard]] QString query(const char *name) const;
    [[nodiscard]] bool hasQuery(const char *name) const;

    // ?page&size of API.md's lists: page >= 1 (default 1), size 1..100
    // (default 10); otherwise 400 invalid_field naming the parameter.
    struct Paging
    {
        int page = 1;
        int size = 10;
        [[nodiscard]] qint64 offset() const { return qint64(page - 1) * size; }
    };
    [[nodiscard]] Result<Paging> paging() const;
    // A query parameter that must be a positive integer when present: 0 when
    // absent, -1 when present but not one (the route answers invalid_field).
    [[nodiscard]] qint64 positiveQuery(const char *name) const;

    // Path argument i as a resource id; 0 when it is not a positive integer
    // (the route answers 404: such an id names nothing).
    [[nodiscard]] qint64 idArg(int i) const;
    // The If-Match header of the request.
    [[nodiscard]] IfMatch ifMatch() const;

    [[nodiscard]] http::Response fail(const ApiError &error) const;

private:
    const http::Request &m_request;
    Language m_language;
    QStringList m_args;
    std::optional<AuthSession> m_session;
    QString m_token;
};

} // namespace zc::server
