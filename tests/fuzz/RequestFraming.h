#pragma once

#include "server/http/HeadCheck.h"
#include "server/http/Limits.h"
#include "server/http/Request.h"

#include <QByteArray>

#include <boost/asio/buffer.hpp>
#include <boost/beast/http.hpp>

#include <cstdlib>
#include <optional>

// What the server's front (server/http/Connection.cpp) does with the bytes of
// one request, without a socket: the head up to its blank line within the
// limit, HeadCheck, the request target, then Beast's parser over the same
// head (with the header and body limits set) framing the body. Where the two
// readers of the head disagree on the body's framing, a request could be
// smuggled past one of them: that is a finding (abort), not a refusal.
namespace zc::fuzz {

// The request the front would hand to the Router, or nullopt where it answers
// an error (or waits for more bytes) itself.
inline std::optional<server::http::Request> frameRequest(const QByteArray &bytes,
                                                         const server::http::FrontLimits &limits)
{
    namespace http = server::http;
    namespace bhttp = boost::beast::http;
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0 || end + 4 > limits.maxHeaderBytes)
        return std::nullopt;   // 431, or still waiting for the head
    const http::HeadCheck::Result head = http::HeadCheck::inspect(bytes.left(end), limits);
    if (head.status != 0) {
        if (head.code == ErrorCode::Unknown || head.status < 400 || head.status > 599 || head.keepAlive)
            std::abort();   // a refusal without its code, or one that keeps the connection
        return std::nullopt;
    }
    http::Request request;
    if (!http::parseTarget(head.target, &request.path, &request.query))
        return std::nullopt;
    if (!request.path.startsWith(u'/'))
        std::abort();
    request.methodText = head.method;
    request.method = http::methodFromName(head.method);
    request.version = head.version;
    request.headers = head.headers;
    if (!head.chunked && head.contentLength > limits.maxBodyBytes)
        return std::nullopt;   // 413 from the head

    bhttp::request_parser<bhttp::string_body> parser;
    parser.header_limit(std::uint32_t(limits.maxHeaderBytes) + 4);
    parser.body_limit(std::uint64_t(limits.maxBodyBytes));
    boost::system::error_code ec;
    const std::size_t used = parser.put(boost::asio::buffer(bytes.constData(), std::size_t(end) + 4), ec);
    if (ec || used != std::size_t(end) + 4 || !parser.is_header_done())
        return std::nullopt;   // 400: Beast refuses a head HeadCheck let through
    // Both readers agree on how the body is framed.
    if (parser.chunked() != head.chunked)
        std::abort();
    if (!head.chunked && parser.content_length().value_or(0) != std::uint64_t(head.contentLength))
        std::abort();
    if (!head.chunked && head.contentLength == 0 && !parser.is_done())
        std::abort();

    // The rest, as the front's reads hand it over (all that arrived, again and again).
    qsizetype at = end + 4;
    while (!parser.is_done() && at < bytes.size()) {
        const std::size_t n = parser.put(
            boost::asio::buffer(bytes.constData() + at, std::size_t(bytes.size() - at)), ec);
        if (ec == bhttp::error::need_more && n > 0)
            ec = {};
        if (ec || n == 0)
            return std::nullopt;   // 400 or 413, or the rest never arrives and the body deadline ends it
        at += qsizetype(n);
    }
    if (!parser.is_done())
        return std::nullopt;
    const std::string &body = parser.get().body();
    if (!head.chunked && body.size() != std::size_t(head.contentLength))
        std::abort();
    if (body.size() > std::size_t(limits.maxBodyBytes))
        std::abort();
    request.body = QByteArray(body.data(), qsizetype(body.size()));
    return request;
}

} // namespace zc::fuzz
