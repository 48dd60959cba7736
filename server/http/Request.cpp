#include "server/http/Request.h"

namespace zc::server::http {

Method methodFromName(const QByteArray &name)
{
    // Methods are case-sensitive (RFC 9110): "get" is not GET.
    if (name == "GET")
        return Method::Get;
    if (name == "POST")
        return Method::Post;
    if (name == "PUT")
        return Method::Put;
    if (name == "DELETE")
        return Method::Delete;
    if (name == "PATCH")
        return Method::Patch;
    if (name == "HEAD")
        return Method::Head;
    if (name == "OPTIONS")
        return Method::Options;
    return Method::Other;
}

QByteArray methodName(Method method)
{
    switch (method) {
    case Method::Get: return QByteArrayLiteral("GET");
    case Method::Head: return QByteArrayLiteral("HEAD");
    case Method::Post: return QByteArrayLiteral("POST");
    case Method::Put: return QByteArrayLiteral("PUT");
    case Method::Patch: return QByteArrayLiteral("PATCH");
    case Method::Delete: return QByteArrayLiteral("DELETE");
    case Method::Options: return QByteArrayLiteral("OPTIONS");
    case Method::Other: break;
    }
    return QByteArrayLiteral("OTHER");
}

QByteArray Request::header(const QByteArray &name) const
{
    for (const Header &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

int Request::headerCount(const QByteArray &name) const
{
    int n = 0;
    for (const Header &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            ++n;
    }
    return n;
}

bool parseTarget(const QByteArray &target, QString *path, QUrlQuery *query)
{
    QByteArray rest = target;
    if (!rest.startsWith('/')) {
        // The absolute form a proxy may send: drop the scheme and the authority.
        qsizetype start = -1;
        if (rest.left(7).compare("http://", Qt::CaseInsensitive) == 0)
            start = 7;
        else if (rest.left(8).compare("https://", Qt::CaseInsensitive) == 0)
            start = 8;
        if (start < 0)
            return false;
        const qsizetype slash = rest.indexOf('/', start);
        const qsizetype mark = rest.indexOf('?', start);
        if (slash < 0 || (mark >= 0 && mark < slash))
            rest = "/" + (mark >= 0 ? rest.mid(mark) : QByteArray());
        else
            rest = rest.mid(slash);
    }
    const qsizetype mark = rest.indexOf('?');
    const QByteArray rawPath = mark < 0 ? rest : rest.left(mark);
    const QByteArray decoded = QByteArray::fromPercentEncoding(rawPath);
    if (decoded.contains('\0'))
        return false;
    const QString text = QString::fromUtf8(decoded);
    if (text.toUtf8() != decoded)
        return false;   // not UTF-8: no route could name it
    *path = text;
    *query = mark < 0 ? QUrlQuery() : QUrlQuery(QString::fromUtf8(rest.mid(mark + 1)));
    return true;
}

} // namespace zc::server::http
