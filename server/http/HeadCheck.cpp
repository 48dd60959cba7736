#include "server/http/HeadCheck.h"

namespace zc::server::http {

namespace {

bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        if (!isTchar(c))
            return false;
    }
    return true;
}

// Visible characters, spaces and tabs (and obs-text, bytes over 0x7f).
bool isFieldValue(const QByteArray &s)
{
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return false;
    }
    return true;
}

QByteArray trimmedOws(const QByteArray &s)
{
    qsizetype b = 0;
    qsizetype e = s.size();
    while (b < e && (s.at(b) == ' ' || s.at(b) == '\t'))
        ++b;
    while (e > b && (s.at(e - 1) == ' ' || s.at(e - 1) == '\t'))
        --e;
    return s.mid(b, e - b);
}

// Transfer codings HTTP defines; any other is one this server does not implement (501).
bool isKnownCoding(const QByteArray &coding)
{
    return coding == "chunked" || coding == "gzip" || coding == "x-gzip" || coding == "deflate"
        || coding == "compress" || coding == "x-compress" || coding == "identity";
}

HeadCheck::Result refuse(HeadCheck::Result r, int status, ErrorCode code)
{
    r.status = status;
    r.code = code;
    r.keepAlive = false;
    return r;
}

} // namespace

HeadCheck::Result HeadCheck::inspect(const QByteArray &head, const FrontLimits &limits)
{
    Result r;
    const QList<QByteArray> lines = head.split('\n');
    // Every line but the last ends with CRLF (the last one's CRLF is part of the
    // blank-line terminator the caller cut off).
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const bool last = i == lines.size() - 1;
        if ((!last && !line.endsWith('\r')) || line.count('\r') > (last ? 0 : 1))
            return refuse(r, 400, ErrorCode::MalformedRequest);
    }

    // The request line: METHOD SP request-target SP HTTP/1.x
    const QByteArray requestLine = lines.constFirst().endsWith('\r') ? lines.constFirst().chopped(1)
                                                                     : lines.constFirst();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty() || !isFieldValue(parts.at(1))
        || parts.at(1).contains('\t'))
        return refuse(r, 400, ErrorCode::MalformedRequest);
    r.method = parts.at(0);
    r.target = parts.at(1);
    if (parts.at(2) == "HTTP/1.1")
        r.version = 11;
    else if (parts.at(2) == "HTTP/1.0")
        r.version = 10;
    else
        return refuse(r, 400, ErrorCode::MalformedRequest);

    int contentLengths = 0;
    int transferEncodings = 0;
    int hosts = 0;
    int authorizations = 0;
    bool connectionClose = false;
    bool connectionKeepAlive = false;
    QByteArray transferEncoding;
    QByteArray contentLength;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(' ') || line.startsWith('\t'))
            return refuse(r, 400, ErrorCode::MalformedRequest);   // obsolete line folding, or a stray blank line
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return refuse(r, 400, ErrorCode::MalformedRequest);
        const QByteArray name = line.left(colon);
        const QByteArray value = trimmedOws(line.mid(colon + 1));
        if (!isToken(name) || !isFieldValue(value))
            return refuse(r, 400, ErrorCode::MalformedRequest);
        if (r.headers.size() >= limits.maxHeaderFields)
            return refuse(r, 431, ErrorCode::HeadersTooLarge);
        r.headers.append(Header{name, value});

        const QByteArray lower = name.toLower();
        if (lower == "content-length") {
            ++contentLengths;
            contentLength = value;
        } else if (lower == "transfer-encoding") {
            ++transferEncodings;
            transferEncoding = value.toLower();
        } else if (lower == "host") {
            ++hosts;
        } else if (lower == "authorization") {
            ++authorizations;
        } else if (lower == "accept-language") {
            r.language = ErrorMessages::fromAcceptLanguage(value);
        } else if (lower == "connection") {
            for (const QByteArray &option : value.split(',')) {
                const QByteArray o = trimmedOws(option).toLower();
                connectionClose = connectionClose || o == "close";
                connectionKeepAlive = connectionKeepAlive || o == "keep-alive";
            }
        } else if (lower == "expect") {
            r.expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    // HTTP/1.1 stays open unless asked to close; HTTP/1.0 only when asked to stay.
    r.keepAlive = r.version == 11 ? !connectionClose : (connectionKeepAlive && !connectionClose);

    if (hosts > 1 || (r.version == 11 && hosts == 0) || authorizations > 1)
        return refuse(r, 400, ErrorCode::MalformedRequest);
    if (contentLengths > 1 || transferEncodings > 1 || (contentLengths > 0 && transferEncodings > 0))
        return refuse(r, 400, ErrorCode::MalformedRequest);
    if (contentLengths == 1) {
        if (contentLength.isEmpty() || contentLength.size() > 18)
            return refuse(r, 400, ErrorCode::MalformedRequest);
        for (const char c : std::as_const(contentLength)) {
            if (c < '0' || c > '9')
                return refuse(r, 400, ErrorCode::MalformedRequest);
        }
        r.contentLength = contentLength.toLongLong();
    }
    if (transferEncodings == 1) {
        if (r.version == 10)
            return refuse(r, 400, ErrorCode::MalformedRequest);
        QList<QByteArray> codings;
        for (const QByteArray &c : transferEncoding.split(','))
            codings.append(trimmedOws(c));
        for (const QByteArray &c : std::as_const(codings)) {
            if (!c.isEmpty() && !isKnownCoding(c))
                return refuse(r, 501, ErrorCode::UnsupportedTransferCoding);
        }
        if (codings.size() != 1 || codings.constFirst() != "chunked")
            return refuse(r, 400, ErrorCode::MalformedRequest);
        r.chunked = true;
    }
    return r;
}

} // namespace zc::server::http
