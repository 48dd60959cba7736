#include "server/http/Response.h"

#include <QDateTime>
#include <QLocale>

namespace zc::server::http {

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (Header &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0) {
            h.value = value;
            return;
        }
    }
    headers.append(Header{name, value});
}

bool Response::hasHeader(const QByteArray &name) const
{
    for (const Header &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray Response::header(const QByteArray &name) const
{
    for (const Header &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

const char *reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 412: return "Precondition Failed";
    case 413: return "Content Too Large";
    case 422: return "Unprocessable Content";
    case 423: return "Locked";
    case 428: return "Precondition Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return "Unknown";
    }
}

namespace {

// "Date: …" for this second, made once a second per thread.
const std::string &dateField()
{
    thread_local qint64 second = -1;
    thread_local std::string field;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != second) {
        second = now;
        const QDateTime t = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
        field = "Date: "
            + QLocale::c().toString(t, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toStdString() + " GMT\r\n";
    }
    return field;
}

} // namespace

std::string frameHead(const Response &r, bool keepAlive, bool http10, bool tls)
{
    std::string h;
    h.reserve(320);
    h += "HTTP/1.1 ";
    h += std::to_string(r.status);
    h += ' ';
    h += reasonPhrase(r.status);
    h += "\r\n";
    for (const Header &field : r.headers) {
        h.append(field.name.constData(), size_t(field.name.size()));
        h += ": ";
        h.append(field.value.constData(), size_t(field.value.size()));
        h += "\r\n";
    }
    if (r.status != 204 && r.status >= 200) {
        h += "Content-Length: ";
        h += std::to_string(r.body.size());
        h += "\r\n";
    }
    if (!r.hasHeader(QByteArrayLiteral("Cache-Control")))
        h += "Cache-Control: no-store\r\n";
    h += "X-Content-Type-Options: nosniff\r\n";
    if (tls)
        h += "Strict-Transport-Security: max-age=31536000\r\n";
    if (!keepAlive)
        h += "Connection: close\r\n";
    else if (http10)
        h += "Connection: keep-alive\r\n";
    h += dateField();
    h += "\r\n";
    return h;
}

} // namespace zc::server::http
