#include "ErrorCode.h"

#include <QHash>
#include <QString>

namespace zc {

QLatin1String errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::MalformedJson: return QLatin1String("malformed_json");
    case ErrorCode::MalformedRequest: return QLatin1String("malformed_request");
    case ErrorCode::InvalidField: return QLatin1String("invalid_field");
    case ErrorCode::NotFound: return QLatin1String("not_found");
    case ErrorCode::MethodNotAllowed: return QLatin1String("method_not_allowed");
    case ErrorCode::RequestTimeout: return QLatin1String("request_timeout");
    case ErrorCode::PayloadTooLarge: return QLatin1String("payload_too_large");
    case ErrorCode::HeadersTooLarge: return QLatin1String("headers_too_large");
    case ErrorCode::UnsupportedTransferCoding: return QLatin1String("unsupported_transfer_coding");
    case ErrorCode::Unauthenticated: return QLatin1String("unauthenticated");
    case ErrorCode::InvalidCredentials: return QLatin1String("invalid_credentials");
    case ErrorCode::Forbidden: return QLatin1String("forbidden");
    case ErrorCode::UnitChoiceRequired: return QLatin1String("unit_choice_required");
    case ErrorCode::InstitutionChoiceRequired: return QLatin1String("institution_choice_required");
    case ErrorCode::PasswordChangeRequired: return QLatin1String("password_change_required");
    case ErrorCode::Conflict: return QLatin1String("conflict");
    case ErrorCode::RoleNameTaken: return QLatin1String("role_name_taken");
    case ErrorCode::TokenNameTaken: return QLatin1String("token_name_taken");
    case ErrorCode::LoginTaken: return QLatin1String("login_taken");
    case ErrorCode::AlreadyRegistered: return QLatin1String("already_registered");
    case ErrorCode::InstitutionAlreadyChosen: return QLatin1String("institution_already_chosen");
    case ErrorCode::NoChoicePending: return QLatin1String("no_choice_pending");
    case ErrorCode::VersionConflict: return QLatin1String("version_conflict");
    case ErrorCode::PreconditionRequired: return QLatin1String("precondition_required");
    case ErrorCode::CaptchaInvalid: return QLatin1String("captcha_invalid");
    case ErrorCode::SmsCodeInvalid: return QLatin1String("sms_code_invalid");
    case ErrorCode::LegalPersonMismatch: return QLatin1String("legal_person_mismatch");
    case ErrorCode::UnitCodeMismatch: return QLatin1String("unit_code_mismatch");
    case ErrorCode::UnknownPermission: return QLatin1String("unknown_permission");
    case ErrorCode::PermissionNotHeld: return QLatin1String("permission_not_held");
    case ErrorCode::WeakPassword: return QLatin1String("weak_password");
    case ErrorCode::MainAccountImmutable: return QLatin1String("main_account_immutable");
    case ErrorCode::WrongPassword: return QLatin1String("wrong_password");
    case ErrorCode::AccountLocked: return QLatin1String("account_locked");
    case ErrorCode::RateLimited: return QLatin1String("rate_limited");
    case ErrorCode::InternalError: return QLatin1String("internal_error");
    case ErrorCode::ServiceUnavailable: return QLatin1String("service_unavailable");
    case ErrorCode::NetworkError: return QLatin1String("network_error");
    case ErrorCode::Timeout: return QLatin1String("timeout");
    case ErrorCode::TlsError: return QLatin1String("tls_error");
    case ErrorCode::Cancelled: return QLatin1String("cancelled");
    case ErrorCode::BadResponse: return QLatin1String("bad_response");
    case ErrorCode::ProxyAuthRequired: return QLatin1String("proxy_auth_required");
    case ErrorCode::Unknown: break;
    }
    return QLatin1String();
}

ErrorCode errorCodeFromName(QStringView name)
{
    static const QHash<QString, ErrorCode> byName = [] {
        QHash<QString, ErrorCode> h;
        for (int i = 0; i < int(ErrorCode::Unknown); ++i)
            h.insert(QString(errorCodeName(ErrorCode(i))), ErrorCode(i));
        return h;
    }();
    return byName.value(name.toString(), ErrorCode::Unknown);
}

} // namespace zc
