#include "JsonReader.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>

#include <cmath>

namespace zc {

namespace {

// Integers beyond 2^53 cannot travel through a JSON number (a double) intact.
constexpr double MaxSafeInteger = 9007199254740992.0;

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String: {
        QString s = v.toString();
        if (s.size() > 40)
            s = s.left(40) + QStringLiteral("…");
        return u'"' + s + u'"';
    }
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

std::optional<qint64> toInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > MaxSafeInteger)
        return std::nullopt;
    return v.toInteger(static_cast<qint64>(d));
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, const QString &typeName)
    : m_object(object)
    , m_type(typeName)
{
}

void JsonReader::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
}

void JsonReader::failKey(const char *key, const QString &expected)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    fail(m_type + u'.' + QLatin1String(key) + QStringLiteral(": expected ") + expected
         + QStringLiteral(", got ") + describe(v));
}

bool JsonReader::require(const char *key, QJsonValue *out)
{
    const auto it = m_object.constFind(QLatin1String(key));
    if (it == m_object.constEnd()) {
        fail(m_type + u'.' + QLatin1String(key) + QStringLiteral(": missing required field"));
        return false;
    }
    *out = it.value();
    return true;
}

QString JsonReader::string(const char *key)
{
    QJsonValue v;
    if (!require(key, &v))
        return {};
    if (!v.isString()) {
        failKey(key, QStringLiteral("string"));
        return {};
    }
    return v.toString();
}

QString JsonReader::nullableString(const char *key)
{
    QJsonValue v;
    if (!require(key, &v) || v.isNull())
        return {};
    if (!v.isString()) {
        failKey(key, QStringLiteral("string or null"));
        return {};
    }
    return v.toString();
}

QString JsonReader::optionalString(const char *key)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        failKey(key, QStringLiteral("string"));
        return {};
    }
    return v.toString();
}

qint64 JsonReader::integer(const char *key)
{
    QJsonValue v;
    if (!require(key, &v))
        return 0;
    const std::optional<qint64> i = toInteger(v);
    if (!i) {
        failKey(key, QStringLiteral("integer"));
        return 0;
    }
    return *i;
}

qint64 JsonReader::nullableInteger(const char *key)
{
    QJsonValue v;
    if (!require(key, &v) || v.isNull())
        return 0;
    const std::optional<qint64> i = toInteger(v);
    if (!i) {
        failKey(key, QStringLiteral("integer or null"));
        return 0;
    }
    return *i;
}

bool JsonReader::boolean(const char *key)
{
    QJsonValue v;
    if (!require(key, &v))
        return false;
    if (!v.isBool()) {
        failKey(key, QStringLiteral("boolean"));
        return false;
    }
    return v.toBool();
}

QDateTime JsonReader::time(const char *key)
{
    QJsonValue v;
    if (!require(key, &v))
        return {};
    const QDateTime t = v.isString() ? fromRfc3339(v.toString()) : QDateTime();
    if (!t.isValid()) {
        failKey(key, QStringLiteral("RFC 3339 time"));
        return {};
    }
    return t;
}

QDateTime JsonReader::nullableTime(const char *key)
{
    QJsonValue v;
    if (!require(key, &v) || v.isNull())
        return {};
    const QDateTime t = v.isString() ? fromRfc3339(v.toString()) : QDateTime();
    if (!t.isValid()) {
        failKey(key, QStringLiteral("RFC 3339 time or null"));
        return {};
    }
    return t;
}

QStringList JsonReader::stringList(const char *key)
{
    const QJsonArray a = array(key);
    QStringList out;
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size() && ok(); ++i) {
        const QJsonValue v = a.at(i);
        if (!v.isString()) {
            fail(m_type + u'.' + QLatin1String(key) + u'[' + QString::number(i)
                 + QStringLiteral("]: expected string, got ") + describe(v));
            return {};
        }
        out.append(v.toString());
    }
    return out;
}

QList<qint64> JsonReader::integerList(const char *key)
{
    const QJsonArray a = array(key);
    QList<qint64> out;
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size() && ok(); ++i) {
        const std::optional<qint64> n = toInteger(a.at(i));
        if (!n) {
            fail(m_type + u'.' + QLatin1String(key) + u'[' + QString::number(i)
                 + QStringLiteral("]: expected integer, got ") + describe(a.at(i)));
            return {};
        }
        out.append(*n);
    }
    return out;
}

QJsonObject JsonReader::object(const char *key)
{
    QJsonValue v;
    if (!require(key, &v))
        return {};
    if (!v.isObject()) {
        failKey(key, QStringLiteral("object"));
        return {};
    }
    return v.toObject();
}

JsonReader::IdName JsonReader::idName(const char *key)
{
    const QJsonObject o = object(key);
    if (!ok())
        return {};
    JsonReader inner(o, path(key));
    IdName result{ inner.integer("id"), inner.string("name") };
    if (!inner.ok())
        fail(inner.error());
    return result;
}

std::optional<QJsonObject> JsonReader::nullableObject(const char *key)
{
    QJsonValue v;
    if (!require(key, &v) || v.isNull())
        return std::nullopt;
    if (!v.isObject()) {
        failKey(key, QStringLiteral("object or null"));
        return std::nullopt;
    }
    return v.toObject();
}

QJsonArray JsonReader::array(const char *key)
{
    QJsonValue v;
    if (!require(key, &v))
        return {};
    if (!v.isArray()) {
        failKey(key, QStringLiteral("array"));
        return {};
    }
    return v.toArray();
}

QString JsonReader::oneOf(const char *key, const QStringList &allowed, bool nullable)
{
    QJsonValue v;
    if (!require(key, &v))
        return {};
    if (nullable && v.isNull())
        return {};
    if (v.isString() && allowed.contains(v.toString()))
        return v.toString();
    failKey(key, QStringLiteral("one of ") + allowed.join(QStringLiteral(", "))
                     + (nullable ? QStringLiteral(" or null") : QString()));
    return {};
}

QString JsonReader::path(const char *key) const
{
    return m_type + u'.' + QLatin1String(key);
}

QString toRfc3339(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QDateTime fromRfc3339(const QString &s)
{
    // RFC 3339 section 5.6: full-date "T" full-time, time-offset Z or +hh:mm.
    static const QRegularExpression re(QStringLiteral(
            "^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?"
            "(?:([Zz])|([+-])(\\d{2}):(\\d{2}))$"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return {};
    const auto num = [&m](int group) { return m.capturedView(group).toInt(); };
    const QDate date(num(1), num(2), num(3));
    int msec = 0;
    if (m.capturedLength(7) > 0)
        msec = QString(m.captured(7) + QStringLiteral("00")).left(3).toInt();
    const QTime time(num(4), num(5), num(6), msec);
    if (!date.isValid() || !time.isValid())
        return {};
    int offset = 0;
    if (m.capturedLength(8) == 0) {
        const int hours = num(10);
        const int minutes = num(11);
        if (hours > 23 || minutes > 59)
            return {};
        offset = (hours * 60 + minutes) * 60;
        if (m.capturedView(9) == QLatin1String("-"))
            offset = -offset;
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC();
}

} // namespace zc
