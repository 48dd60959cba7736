#include "server/http/RequestContext.h"

#include "server/http/Reply.h"

#include "models/StrictJson.h"

#include <QJsonObject>

namespace zc::server {

Result<RequestBody> RequestContext::body() const
{
    const std::optional<QJsonValue> json = StrictJson::parseValue(m_request.body);
    if (!json || !json->isObject())
        return apiError(400, ErrorCode::MalformedJson);
    return RequestBody(json->toObject());
}

Status RequestContext::emptyBody() const
{
    if (m_request.body.trimmed().isEmpty())
        return Done{};
    const Result<RequestBody> json = body();
    if (!json)
        return json.error();
    if (!json->object().isEmpty())
        return apiError(400, ErrorCode::InvalidField, json->object().begin().key());
    return Done{};
}

QString RequestContext::query(const char *name) const
{
    return m_request.query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

bool RequestContext::hasQuery(const char *name) const
{
    return m_request.query.hasQueryItem(QLatin1String(name));
}

namespace {

// Digits only (no sign, no spaces), at most 15 of them; -1 otherwise.
qint64 parseCount(const QString &s)
{
    if (s.isEmpty() || s.size() > 15)
        return -1;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
    }
    return s.toLongLong();
}

} // namespace

Result<RequestContext::Paging> RequestContext::paging() const
{
    Paging p;
    if (hasQuery("page")) {
        const qint64 page = parseCount(query("page"));
        if (page < 1 || page > 1000000000)
            return apiError(400, ErrorCode::InvalidField, QStringLiteral("page"));
        p.page = int(page);
    }
    if (hasQuery("size")) {
        const qint64 size = parseCount(query("size"));
        if (size < 1 || size > 100)
            return apiError(400, ErrorCode::InvalidField, QStringLiteral("size"));
        p.size = int(size);
    }
    return p;
}

qint64 RequestContext::positiveQuery(const char *name) const
{
    if (!hasQuery(name))
        return 0;
    const qint64 v = parseCount(query(name));
    return v >= 1 ? v : -1;
}

qint64 RequestContext::idArg(int i) const
{
    const qint64 v = parseCount(m_args.value(i));
    return v >= 1 ? v : 0;
}

IfMatch RequestContext::ifMatch() const
{
    for (const http::Header &h : m_request.headers) {
        if (h.name.compare("If-Match", Qt::CaseInsensitive) == 0)
            return IfMatch::parse(h.value, true);
    }
    return IfMatch::parse({}, false);
}

http::Response RequestContext::fail(const ApiError &error) const
{
    return Reply::error(error, m_language);
}

} // namespace zc::server
