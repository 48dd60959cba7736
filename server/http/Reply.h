#pragma once

#include "server/http/ErrorMessages.h"
#include "models/ApiError.h"

#include <QByteArray>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>

namespace zc::server {

// Builds the server's HTTP answers: JSON with charset, no-store, and the
// error body of API.md worded in the request's language.
class Reply
{
public:
    [[nodiscard]] static QHttpServerResponse json(const QJsonObject &body, int status = 200);
    [[nodiscard]] static QHttpServerResponse json(const QJsonArray &body, int status = 200);
    [[nodiscard]] static QHttpServerResponse noContent();
    // 202 without a body (the work, e.g. a text message, is under way).
    [[nodiscard]] static QHttpServerResponse accepted();
    // A versioned resource (role, account) with its ETag: "<version>".
    [[nodiscard]] static QHttpServerResponse versioned(const QJsonObject &body, const QString &version, int status = 200);
    [[nodiscard]] static QHttpServerResponse error(ApiError error, Language language);

    // The error body bytes (also for answers written straight to a socket).
    [[nodiscard]] static QByteArray errorBody(ApiError error, Language language);
    // A whole HTTP/1.1 response with Connection: close, for the connection guard.
    [[nodiscard]] static QByteArray rawErrorResponse(const ApiError &error, Language language);

    static constexpr char JsonContentType[] = "application/json; charset=utf-8";
};

} // namespace zc::server
