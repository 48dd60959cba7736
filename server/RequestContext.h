#pragma once

#include "AuthSession.h"
#include "ErrorMessages.h"
#include "RequestBody.h"
#include "Result.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QStringList>

#include <optional>

namespace zc::server {

// What a route gets: the request, its language, path arguments and — for
// routes behind a session — the caller's resolved session (set by Router).
class RequestContext
{
public:
    RequestContext(const QHttpServerRequest &request, Language language, QStringList args)
        : m_request(request), m_language(language), m_args(std::move(args))
    {
    }

    [[nodiscard]] const QHttpServerRequest &request() const { return m_request; }
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
    // A query parameter (decoded), empty when absent.
    [[nodiscard]] QString query(const char *name) const;

    [[nodiscard]] QHttpServerResponse fail(const ApiError &error) const;

private:
    const QHttpServerRequest &m_request;
    Language m_language;
    QStringList m_args;
    std::optional<AuthSession> m_session;
    QString m_token;
};

} // namespace zc::server
