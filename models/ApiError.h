#pragma once

#include "ErrorCode.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace zc {

// The error body of the API: {"error": {"code", "message", "field", "retry_after"?}},
// plus the HTTP status it came with. Clients branch on `code`, never on `message`.
// Transport failures on the client side (no HTTP answer) use status 0 and one of
// the client-only codes below.
struct ApiError
{
    int status = 0;
    QString code;
    QString message;
    QString field;        // empty when the error concerns no single field
    int retryAfter = -1;  // seconds, for account_locked / rate_limited; -1 when absent
    QString reason;       // why, where a code has several causes (weak_password: rules, unchanged, common, personal)

    [[nodiscard]] bool isValid() const { return !code.isEmpty(); }
    // The code as this build knows it (Unknown for a code of a newer server).
    [[nodiscard]] ErrorCode kind() const { return errorCodeFromName(code); }
    [[nodiscard]] bool is(ErrorCode c) const { return kind() == c; }
    [[nodiscard]] bool isTransport() const { return status == 0; }

    // Parses a whole error body ({"error": {...}}); nullopt with *why when it is not one.
    [[nodiscard]] static std::optional<ApiError> fromJson(const QJsonObject &body, int status,
                                                          QString *why = nullptr);
    // The whole body, {"error": {...}}; field is null when empty.
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace zc
