#pragma once

#include <QByteArray>
#include <QHttpServer>
#include <QHttpServerResponse>

#include <functional>
#include <utility>

namespace zc::server::compat {

// The few Qt HttpServer calls whose shape changed between 6.4 and 6.8, in
// one place so the server moves to 6.8 by editing this file only:
// - route() returns bool in 6.4 and a Rule* in 6.8;
// - response headers are set one by one in 6.4, as QHttpHeaders in 6.8;
// - afterRequest takes (QHttpServerResponse &&) -> response in 6.4 and
//   (const QHttpServerRequest &, QHttpServerResponse &) in 6.8.

template<typename... Args>
[[nodiscard]] bool route(QHttpServer &server, Args &&...args)
{
    return static_cast<bool>(server.route(std::forward<Args>(args)...));
}

void setHeader(QHttpServerResponse &response, const QByteArray &name, const QByteArray &value);
[[nodiscard]] bool hasHeader(const QHttpServerResponse &response, const QByteArray &name);

// fn edits every routed response (not the missing-handler ones) just before it is sent.
void afterRequest(QHttpServer &server, std::function<void(QHttpServerResponse &)> fn);

} // namespace zc::server::compat
