#include "server/http/Reply.h"

#include "server/http/HttpCompat.h"

#include <QJsonDocument>

namespace zc::server {

namespace {

QHttpServerResponse make(QByteArray body, int status)
{
    QHttpServerResponse r(QByteArray(Reply::JsonContentType), std::move(body),
                          static_cast<QHttpServerResponse::StatusCode>(status));
    compat::setHeader(r, QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400: return QByteArrayLiteral("Bad Request");
    case 413: return QByteArrayLiteral("Payload Too Large");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 503: return QByteArrayLiteral("Service Unavailable");
    default: return QByteArrayLiteral("Error");
    }
}

} // namespace

QHttpServerResponse Reply::json(const QJsonObject &body, int status)
{
    return make(QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse Reply::json(const QJsonArray &body, int status)
{
    return make(QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse Reply::noContent()
{
    QHttpServerResponse r(QHttpServerResponse::StatusCode::NoContent);
    compat::setHeader(r, QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

QHttpServerResponse Reply::accepted()
{
    QHttpServerResponse r(QHttpServerResponse::StatusCode::Accepted);
    compat::setHeader(r, QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

QHttpServerResponse Reply::versioned(const QJsonObject &body, const QString &version, int status)
{
    QHttpServerResponse r = json(body, status);
    compat::setHeader(r, QByteArrayLiteral("ETag"), '"' + version.toUtf8() + '"');
    return r;
}

QByteArray Reply::errorBody(ApiError error, Language language)
{
    if (error.message.isEmpty())
        error.message = ErrorMessages::message(error.code, language);
    return QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact);
}

QHttpServerResponse Reply::error(ApiError error, Language language)
{
    QHttpServerResponse r = make(errorBody(error, language), error.status);
    if (error.retryAfter >= 0)
        compat::setHeader(r, QByteArrayLiteral("Retry-After"), QByteArray::number(error.retryAfter));
    if (error.status == 401)
        compat::setHeader(r, QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    return r;
}

QByteArray Reply::rawErrorResponse(const ApiError &error, Language language)
{
    const QByteArray body = errorBody(error, language);
    return "HTTP/1.1 " + QByteArray::number(error.status) + ' ' + reasonPhrase(error.status) + "\r\n"
           "Content-Type: " + QByteArray(JsonContentType) + "\r\n"
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
           "Cache-Control: no-store\r\n"
           "Connection: close\r\n"
           "\r\n" + body;
}

} // namespace zc::server
