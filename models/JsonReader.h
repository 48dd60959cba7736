#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace zc {

// Strict reader for one JSON object: every getter records the first problem
// ("Account.status: expected one of active, disabled, locked") instead of
// defaulting silently, so a codec can reject a wrong shape with a clear reason.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, const QString &typeName);

    [[nodiscard]] QString string(const char *key);                 // required string
    [[nodiscard]] QString nullableString(const char *key);         // string or null (-> empty); key required
    [[nodiscard]] QString optionalString(const char *key);         // may be missing or null
    [[nodiscard]] qint64 integer(const char *key);                 // required integral number
    [[nodiscard]] qint64 nullableInteger(const char *key);         // integer or null (-> 0); key required
    [[nodiscard]] bool boolean(const char *key);
    [[nodiscard]] QDateTime time(const char *key);                 // required RFC 3339 UTC
    [[nodiscard]] QDateTime nullableTime(const char *key);         // RFC 3339 or null (-> invalid)
    [[nodiscard]] QStringList stringList(const char *key);         // array of strings
    [[nodiscard]] QList<qint64> integerList(const char *key);      // array of integers
    [[nodiscard]] QJsonObject object(const char *key);             // required object
    // Object or null (-> nullopt); key required. Check ok() to tell null from a wrong type.
    [[nodiscard]] std::optional<QJsonObject> nullableObject(const char *key);
    [[nodiscard]] QJsonArray array(const char *key);               // required array
    // A required {id, name} object (an actor, a creator): both fields required.
    struct IdName
    {
        qint64 id = 0;
        QString name;
    };
    [[nodiscard]] IdName idName(const char *key);
    [[nodiscard]] QJsonValue value(const char *key) const { return m_object.value(QLatin1String(key)); }
    [[nodiscard]] QString oneOf(const char *key, const QStringList &allowed, bool nullable = false);

    // Records a problem found by the caller (e.g. in a nested object).
    void fail(const QString &why);
    // "Type.key", to prefix a reason found by the caller.
    [[nodiscard]] QString path(const char *key) const;

    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    bool require(const char *key, QJsonValue *out);
    void failKey(const char *key, const QString &expected);

    QJsonObject m_object;
    QString m_type;
    QString m_error;
};

// RFC 3339 UTC with seconds, e.g. 2026-11-23T08:00:00Z.
[[nodiscard]] QString toRfc3339(const QDateTime &t);
// Parses RFC 3339 (Z or offset, optional fraction); invalid QDateTime when it is not one.
[[nodiscard]] QDateTime fromRfc3339(const QString &s);

} // namespace zc
