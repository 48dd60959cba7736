#include "server/http/RequestBody.h"

#include "server/Result.h"
#include "models/Validators.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace zc::server {

QString RequestBody::string(const char *name, int maxCodePoints, bool allowEmpty)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (!v.isString()) {
        fail(name);
        return {};
    }
    const QString s = v.toString().trimmed();
    if ((!allowEmpty && s.isEmpty()) || (maxCodePoints > 0 && validate::codePoints(s) > maxCodePoints)) {
        fail(name);
        return {};
    }
    return s;
}

QString RequestBody::rawString(const char *name, int maxCodePoints)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (!v.isString() || v.toString().isEmpty()) {
        fail(name);
        return {};
    }
    const QString s = v.toString();
    if (maxCodePoints > 0 && validate::codePoints(s) > maxCodePoints) {
        fail(name);
        return {};
    }
    return s;
}

qint64 RequestBody::id(const char *name)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (!v.isDouble()) {
        fail(name);
        return 0;
    }
    const double d = v.toDouble();
    if (!(d >= 1.0 && d <= 9007199254740991.0) || std::floor(d) != d) {
        fail(name);
        return 0;
    }
    return qint64(d);
}

qint64 RequestBody::integer(const char *name, qint64 min, qint64 max)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    const double d = v.toDouble();
    if (!v.isDouble() || !(d >= double(min) && d <= double(max)) || std::floor(d) != d) {
        fail(name);
        return 0;
    }
    return qint64(d);
}

std::optional<QString> RequestBody::optionalString(const char *name, int maxCodePoints, bool allowEmpty)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return string(name, maxCodePoints, allowEmpty);
}

QStringList RequestBody::stringList(const char *name, int maxItems, int maxItemCodePoints)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (!v.isArray() || v.toArray().size() > maxItems) {
        fail(name);
        return {};
    }
    QStringList out;
    const QJsonArray items = v.toArray();
    out.reserve(items.size());
    for (const QJsonValue &item : items) {
        const QString s = item.toString().trimmed();
        if (!item.isString() || s.isEmpty() || validate::codePoints(s) > maxItemCodePoints) {
            fail(name);
            return {};
        }
        out.append(s);
    }
    return out;
}

void RequestBody::fail(const char *name, int status, ErrorCode code)
{
    fail(QString::fromLatin1(name), status, code);
}

void RequestBody::fail(const QString &field, int status, ErrorCode code)
{
    if (!m_error)
        m_error = apiError(status, code, field);
}

} // namespace zc::server
