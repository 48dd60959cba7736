#include "server/http/HttpCompat.h"

namespace zc::server::compat {

void setHeader(QHttpServerResponse &response, const QByteArray &name, const QByteArray &value)
{
    response.setHeader(name, value);
}

bool hasHeader(const QHttpServerResponse &response, const QByteArray &name)
{
    return response.hasHeader(name);
}

void afterRequest(QHttpServer &server, std::function<void(QHttpServerResponse &)> fn)
{
    server.afterRequest([fn = std::move(fn)](QHttpServerResponse &&response) {
        fn(response);
        return std::move(response);
    });
}

} // namespace zc::server::compat
