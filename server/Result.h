#pragma once

#include "models/ApiError.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace zc::server {

// A service result: a value or the API error to answer with. The error's
// message is left empty here; Reply words it in the caller's language.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}                  // NOLINT: implicit on purpose
    Result(ApiError error) : m_data(std::move(error)) {}           // NOLINT

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const { return std::get<T>(m_data); }
    [[nodiscard]] T &value() { return std::get<T>(m_data); }
    [[nodiscard]] T take() { return std::move(std::get<T>(m_data)); }
    [[nodiscard]] const ApiError &error() const { return std::get<ApiError>(m_data); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

private:
    std::variant<T, ApiError> m_data;
};

// Result without a value.
struct Done
{
};
using Status = Result<Done>;

// Shorthands for building errors; message stays empty (worded per request).
[[nodiscard]] inline ApiError apiError(int status, ErrorCode code, const QString &field = {})
{
    ApiError e;
    e.status = status;
    e.code = errorCodeName(code);
    e.field = field;
    return e;
}

[[nodiscard]] inline ApiError internalError()
{
    return apiError(500, ErrorCode::InternalError);
}

} // namespace zc::server
