#include "RequestContext.h"

#include "Reply.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>

namespace zc::server {

Result<RequestBody> RequestContext::body() const
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(m_request.body(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return apiError(400, "malformed_json");
    return RequestBody(doc.object());
}

QString RequestContext::query(const char *name) const
{
    return m_request.query().queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

QHttpServerResponse RequestContext::fail(const ApiError &error) const
{
    return Reply::error(error, m_language);
}

} // namespace zc::server
