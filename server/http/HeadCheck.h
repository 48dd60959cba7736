#pragma once

#include "models/ErrorCode.h"
#include "server/http/ErrorMessages.h"
#include "server/http/Limits.h"
#include "server/http/Request.h"

#include <QByteArray>
#include <QList>

namespace zc::server::http {

// The strict reading of one request head (request line and header fields,
// the blank line excluded), done by the server itself before the parser of
// the network library sees it, so that no two readers of the head can
// disagree about where the request ends (request smuggling):
// - CRLF line endings only, no folded lines, no space before a colon,
//   field names are tokens, values hold no control characters;
// - at most maxHeaderFields fields (431);
// - Content-Length: one field, digits only;
// - Transfer-Encoding: one field holding exactly "chunked"; a coding it does
//   not know is 501, any other list (gzip, identity, "chunked, chunked") 400;
//   never together with Content-Length; never in HTTP/1.0;
// - Host: exactly one in HTTP/1.1, at most one in 1.0;
// - Authorization: at most one.
// Every refusal closes the connection after the answer.
class HeadCheck
{
public:
    struct Result
    {
        int status = 0;               // 0: acceptable; otherwise the answer's status
        ErrorCode code = ErrorCode::Unknown;   // the error code of that answer
        Language language = Language::Chinese;
        QByteArray method;
        QByteArray target;
        int version = 11;
        QList<Header> headers;
        bool keepAlive = true;
        qint64 contentLength = 0;     // of a Content-Length body
        bool chunked = false;
        bool expectContinue = false;
    };

    // head: the bytes before the blank line ending the head.
    [[nodiscard]] static Result inspect(const QByteArray &head, const FrontLimits &limits);
};

} // namespace zc::server::http
