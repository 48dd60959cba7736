#pragma once

#include "server/http/ErrorMessages.h"
#include "server/http/Response.h"
#include "models/ApiError.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace zc::server {

// Builds the server's HTTP answers: JSON with its charset and the error body
// of API.md worded in the request's language. (Cache-Control, nosniff and
// HSTS are added by the front to every answer, these included.)
class Reply
{
public:
    [[nodiscard]] static http::Response json(const QJsonObject &body, int status = 200);
    [[nodiscard]] static http::Response json(const QJsonArray &body, int status = 200);
    // A body already serialised as JSON (written straight to a buffer, or cached).
    [[nodiscard]] static http::Response jsonBytes(QByteArray body, int status = 200);
    [[nodiscard]] static http::Response noContent();
    // 202 without a body (the work, e.g. a text message, is under way).
    [[nodiscard]] static http::Response accepted();
    // A versioned resource (role, account) with its ETag: "<version>".
    [[nodiscard]] static http::Response versioned(const QJsonObject &body, const QString &version, int status = 200);
    [[nodiscard]] static http::Response error(ApiError error, Language language);

    // The error body bytes.
    [[nodiscard]] static QByteArray errorBody(ApiError error, Language language);

    static constexpr char JsonContentType[] = "application/json; charset=utf-8";
};

} // namespace zc::server
