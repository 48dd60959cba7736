#include "ApiError.h"

#include "JsonReader.h"

#include <limits>

namespace zc {

std::optional<ApiError> ApiError::fromJson(const QJsonObject &body, int status, QString *why)
{
    JsonReader outer(body, QStringLiteral("ApiError"));
    const QJsonObject o = outer.object("error");
    if (!outer.ok()) {
        if (why)
            *why = outer.error();
        return std::nullopt;
    }
    JsonReader r(o, QStringLiteral("ApiError.error"));
    ApiError e;
    e.status = status;
    e.code = r.string("code");
    e.message = r.string("message");
    e.field = r.nullableString("field");
    if (r.ok() && e.code.isEmpty())
        r.fail(r.path("code") + QStringLiteral(": expected a non-empty string"));
    if (r.ok() && !r.value("retry_after").isUndefined() && !r.value("retry_after").isNull()) {
        const qint64 seconds = r.integer("retry_after");
        if (r.ok() && (seconds < 0 || seconds > std::numeric_limits<int>::max()))
            r.fail(r.path("retry_after") + QStringLiteral(": expected a non-negative number of seconds, got ")
                   + QString::number(seconds));
        e.retryAfter = static_cast<int>(seconds);
    }
    if (r.ok() && !r.value("reason").isUndefined() && !r.value("reason").isNull())
        e.reason = r.string("reason");
    if (!r.ok()) {
        if (why)
            *why = r.error();
        return std::nullopt;
    }
    return e;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject o{
        { QStringLiteral("code"), code },
        { QStringLiteral("message"), message },
        { QStringLiteral("field"), field.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(field) },
    };
    if (retryAfter >= 0)
        o.insert(QStringLiteral("retry_after"), retryAfter);
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return QJsonObject{ { QStringLiteral("error"), o } };
}

} // namespace zc
