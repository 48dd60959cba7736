#pragma once

#include "server/http/Request.h"

#include <QByteArray>
#include <QList>

#include <string>

namespace zc::server::http {

// One HTTP answer before the front frames it: status, the route's own header
// fields and the body. The front adds Content-Length, Connection and the
// security fields every answer carries (docs/api.md, "The network front").
struct Response
{
    int status = 200;
    QList<Header> headers;
    QByteArray body;              // implicitly shared: a cached page is not copied

    Response() = default;
    explicit Response(int s, QByteArray b = {}) : status(s), body(std::move(b)) {}

    // Replaces a field of that name (case-insensitive) or adds it.
    void setHeader(const QByteArray &name, const QByteArray &value);
    [[nodiscard]] bool hasHeader(const QByteArray &name) const;
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

// The reason phrase of a status ("Not Found"); "Unknown" for codes it does not name.
[[nodiscard]] const char *reasonPhrase(int status);

// The status line and header fields of an answer, blank line included: the
// response's own fields, Content-Length (not for 1xx and 204), the security
// fields every answer carries (Cache-Control: no-store unless set,
// X-Content-Type-Options: nosniff, HSTS over TLS), Connection and Date.
[[nodiscard]] std::string frameHead(const Response &response, bool keepAlive, bool http10, bool tls);

} // namespace zc::server::http
