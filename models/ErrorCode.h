#pragma once

#include <QLatin1String>
#include <QStringView>

namespace zc {

// Every error code of the API (API.md, "Errors") and the client's own codes
// for failures without an answer, each with its wire name (errorCodeName):
// the server answers with them, ApiClient reads them, and ui/ErrorText — the
// only place that words them for people — switches over them, so a code
// added here without its sentence is a compiler warning.
enum class ErrorCode {
    // 400, 404, 405, 408, 413, 431, 501
    MalformedJson,
    MalformedRequest,
    InvalidField,
    NotFound,
    MethodNotAllowed,
    RequestTimeout,
    PayloadTooLarge,
    HeadersTooLarge,
    UnsupportedTransferCoding,
    // 401, 403
    Unauthenticated,
    InvalidCredentials,
    Forbidden,
    UnitChoiceRequired,
    InstitutionChoiceRequired,
    PasswordChangeRequired,
    // 409, 412, 428
    Conflict,
    RoleNameTaken,
    TokenNameTaken,
    LoginTaken,
    AlreadyRegistered,
    InstitutionAlreadyChosen,
    NoChoicePending,
    VersionConflict,
    PreconditionRequired,
    // 422, 423, 429
    CaptchaInvalid,
    SmsCodeInvalid,
    LegalPersonMismatch,
    UnitCodeMismatch,
    UnknownPermission,
    PermissionNotHeld,
    WeakPassword,
    MainAccountImmutable,
    WrongPassword,
    AccountLocked,
    RateLimited,
    // 500, 503
    InternalError,
    ServiceUnavailable,
    // The client's own: no HTTP answer, or one it cannot read (status 0).
    NetworkError,
    Timeout,
    TlsError,
    Cancelled,
    BadResponse,
    ProxyAuthRequired,
    // A code this build does not know (a newer server): worded generically.
    Unknown,
};

// The wire name ("malformed_json" …); empty for Unknown.
[[nodiscard]] QLatin1String errorCodeName(ErrorCode code);
// The code of a wire name; Unknown for anything else.
[[nodiscard]] ErrorCode errorCodeFromName(QStringView name);

} // namespace zc
