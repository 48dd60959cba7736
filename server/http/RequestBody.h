#pragma once

#include "models/ApiError.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace zc::server {

// Field rules over a request's JSON object: each getter checks one field and
// records the first problem as 400 invalid_field with the field's name, so a
// route reads all fields and then asks ok() once.
class RequestBody
{
public:
    explicit RequestBody(QJsonObject object) : m_object(std::move(object)) {}

    // A string, present and not null; trimmed unless raw; not empty unless allowEmpty;
    // at most maxCodePoints long (0: no limit).
    [[nodiscard]] QString string(const char *name, int maxCodePoints = 0, bool allowEmpty = false);
    // Same as string() but the value is returned exactly as sent (passwords).
    [[nodiscard]] QString rawString(const char *name, int maxCodePoints = 0);
    // A positive integral number (ids).
    [[nodiscard]] qint64 id(const char *name);
    // An integral number from min to max (a JSON number without a fraction: 30 or 30.0, never "30").
    [[nodiscard]] qint64 integer(const char *name, qint64 min, qint64 max);
    // Like string(), but absent or null is nullopt (optional fields, PATCH).
    [[nodiscard]] std::optional<QString> optionalString(const char *name, int maxCodePoints = 0,
                                                        bool allowEmpty = false);
    // An array of strings (each trimmed, not empty, at most maxItemCodePoints),
    // at most maxItems long.
    [[nodiscard]] QStringList stringList(const char *name, int maxItems, int maxItemCodePoints);

    // Records a rule failure found by the route itself (first one wins).
    void fail(const char *name, int status = 400, ErrorCode code = ErrorCode::InvalidField);
    // The same for a field named at run time (a member of a nested object: "findings.inactive").
    void fail(const QString &field, int status = 400, ErrorCode code = ErrorCode::InvalidField);

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    [[nodiscard]] const ApiError &error() const { return *m_error; }
    [[nodiscard]] const QJsonObject &object() const { return m_object; }

private:
    QJsonObject m_object;
    std::optional<ApiError> m_error;
};

} // namespace zc::server
