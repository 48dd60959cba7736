#include "server/http/Reply.h"

#include <QJsonDocument>

namespace zc::server {

http::Response Reply::jsonBytes(QByteArray body, int status)
{
    http::Response r(status, std::move(body));
    r.headers.append(http::Header{QByteArrayLiteral("Content-Type"), QByteArray(JsonContentType)});
    return r;
}

http::Response Reply::json(const QJsonObject &body, int status)
{
    return jsonBytes(QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

http::Response Reply::json(const QJsonArray &body, int status)
{
    return jsonBytes(QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

http::Response Reply::noContent()
{
    return http::Response(204);
}

http::Response Reply::accepted()
{
    return http::Response(202);
}

http::Response Reply::versioned(const QJsonObject &body, const QString &version, int status)
{
    http::Response r = json(body, status);
    r.setHeader(QByteArrayLiteral("ETag"), '"' + version.toUtf8() + '"');
    return r;
}

QByteArray Reply::errorBody(ApiError error, Language language)
{
    if (error.message.isEmpty()) {
        const QString withReason = error.code + QLatin1Char('.') + error.reason;   // worded per reason where it has one
        error.message = ErrorMessages::message(ErrorMessages::knows(withReason) ? withReason : error.code, language);
    }
    return QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact);
}

http::Response Reply::error(ApiError error, Language language)
{
    http::Response r = jsonBytes(errorBody(error, language), error.status);
    if (error.retryAfter >= 0)
        r.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(error.retryAfter));
    if (error.status == 401)
        r.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    return r;
}

} // namespace zc::server
