#include "ErrorText.h"

#include <algorithm>


namespace zc::ui {

namespace {

// Minutes to wait, rounded up, at least one.
int minutesFrom(int seconds)
{
    return seconds <= 0 ? 1 : (seconds + 59) / 60;
}

} // namespace

QString ErrorText::sentence(const ApiError &e)
{
    const QString &c = e.code;
    switch (e.kind()) {
    // Transport failures: no answer from the server.
    case ErrorCode::NetworkError:
        return tr("The server cannot be reached. Check the network connection and the server address, or try again later.");
    case ErrorCode::Timeout:
        return tr("The server did not answer in time. Check the network connection and try again.");
    case ErrorCode::TlsError:
        return tr("No secure connection could be made: the server's certificate was refused.");
    case ErrorCode::Cancelled:
        return tr("The request was cancelled.");
    case ErrorCode::BadResponse:
        return tr("The server's answer could not be understood. The server may run a different version of the system.");
    case ErrorCode::ProxyAuthRequired:
        return tr("The proxy server asks for a user name and password. Check the proxy settings.");

    // 400
    case ErrorCode::MalformedJson:
        return tr("The server could not read the request. Please update the client or contact your IT department.");
    case ErrorCode::InvalidField: {
        if (e.field.isEmpty())
            return tr("One of the values entered is not valid. Please check the form.");
        return tr("The value of “%1” is not valid. Please check it.").arg(fieldLabel(e.field));
    }
    // 401
    case ErrorCode::Unauthenticated:
        return tr("Your session has expired or was ended. Please log in again.");
    case ErrorCode::InvalidCredentials:
        return tr("The login or the password is wrong.");
    // 403
    case ErrorCode::Forbidden:
        return tr("Your account does not have the permission for this action.");
    case ErrorCode::UnitChoiceRequired:
        return tr("Please choose the unit you log in for first.");
    case ErrorCode::InstitutionChoiceRequired:
        return tr("Please choose your medical institution first.");
    case ErrorCode::PasswordChangeRequired:
        return tr("Please change your initial password first.");
    // 404
    case ErrorCode::NotFound:
        return tr("The item no longer exists. Someone may have deleted it.");
    // 409
    case ErrorCode::Conflict:
        return tr("This conflicts with the current data on the server. Refresh and try again.");
    case ErrorCode::RoleNameTaken:
        return tr("Your unit already has a role with this name.");
    case ErrorCode::TokenNameTaken:
        return tr("Your unit already has an API token with this name. Choose another name, or delete the old token first.");
    case ErrorCode::LoginTaken:
        return tr("This login or mobile phone number is already in use in your unit.");
    case ErrorCode::AlreadyRegistered:
        return tr("This unit is already registered. Log in with its main account, or reset the password.");
    case ErrorCode::InstitutionAlreadyChosen:
        return tr("A medical institution has already been chosen for this account. The choice cannot be changed.");
    case ErrorCode::NoChoicePending:
        return tr("There is nothing to choose for this login any more.");
    // 412 / 428 / 413
    case ErrorCode::VersionConflict:
        return tr("Someone else changed this item in the meantime. Reload it and apply your change again.");
    case ErrorCode::PreconditionRequired:
        return tr("The change did not say which version it was based on. Reload the item and try again.");
    case ErrorCode::PayloadTooLarge:
        return tr("The data sent is too large for the server.");
    // 422
    case ErrorCode::CaptchaInvalid:
        return tr("The captcha is wrong or has expired. Type the characters of the new image.");
    case ErrorCode::SmsCodeInvalid:
        return tr("The SMS code is wrong or has expired.");
    case ErrorCode::LegalPersonMismatch:
        return tr("The unit and legal representative details do not match the legal-person registry.");
    case ErrorCode::UnitCodeMismatch:
        return tr("The unit code does not match the medical-insurance unit registry.");
    case ErrorCode::UnknownPermission:
        return tr("A permission is not known to the server. Refresh the permission list and try again.");
    case ErrorCode::PermissionNotHeld:
        return tr("You cannot grant a permission that your own account does not hold.");
    case ErrorCode::WeakPassword: {
        if (e.reason == QLatin1String("unchanged"))
            return tr("The new password must differ from the current one.");
        if (e.reason == QLatin1String("common"))
            return tr("This password is too common or has appeared in leaked password lists, so it is easy to guess. Choose another one.");
        if (e.reason == QLatin1String("personal"))
            return tr("The password must not contain the login, the phone number, the unit name or the person's name.");
        return tr("The password is too weak: use 8 to 64 characters with at least three of lower-case letters, upper-case letters, digits and symbols.");
    }
    case ErrorCode::MainAccountImmutable:
        return tr("The unit's main account cannot be disabled, deleted or given roles.");
    case ErrorCode::WrongPassword:
        return tr("The current password is wrong.");
    // 423 / 429
    case ErrorCode::AccountLocked: {
        if (e.retryAfter < 0)
            return tr("Too many failed attempts: the account is locked. Try again later.");
        return tr("Too many failed attempts: the account is locked. Try again in %n minute(s).", nullptr,
                  minutesFrom(e.retryAfter));
    }
    case ErrorCode::RateLimited: {
        if (e.retryAfter < 0)
            return tr("Too many requests. Try again later.");
        return tr("Too many requests. Try again in %n minute(s).", nullptr, minutesFrom(e.retryAfter));
    }
    // Worded generically below: the front's own refusals (a client of this
    // build never causes them), the server's failures, and codes of a newer server.
    case ErrorCode::MalformedRequest:
    case ErrorCode::MethodNotAllowed:
    case ErrorCode::RequestTimeout:
    case ErrorCode::HeadersTooLarge:
    case ErrorCode::UnsupportedTransferCoding:
    case ErrorCode::InternalError:
    case ErrorCode::ServiceUnavailable:
    case ErrorCode::Unknown:
        break;
    }

    if (e.status >= 500)
        return tr("The server had an internal problem (error %1). Try again later or contact your IT department.")
            .arg(c.isEmpty() ? QString::number(e.status) : c);
    if (c.isEmpty())
        return tr("An unknown error occurred.");
    return tr("The server refused the request (error code: %1).").arg(c);
}

QString ErrorText::sentenceWithSeconds(const ApiError &e)
{
    if (e.retryAfter >= 0 && e.retryAfter < 120) {
        if (e.is(ErrorCode::RateLimited))
            return tr("Too many requests. Try again in %n second(s).", nullptr, std::max(1, e.retryAfter));
        if (e.is(ErrorCode::AccountLocked))
            return tr("Too many failed attempts: the account is locked. Try again in %n second(s).", nullptr,
                      std::max(1, e.retryAfter));
    }
    return sentence(e);
}

QString ErrorText::field(const ApiError &e)
{
    if (!e.field.isEmpty())
        return e.field;
    switch (e.kind()) {
    case ErrorCode::InvalidCredentials: return QStringLiteral("password");
    case ErrorCode::CaptchaInvalid: return QStringLiteral("captcha_answer");
    case ErrorCode::WrongPassword: return QStringLiteral("old_password");
    case ErrorCode::WeakPassword: return QStringLiteral("new_password");
    case ErrorCode::SmsCodeInvalid: return QStringLiteral("sms_code");
    case ErrorCode::RoleNameTaken: return QStringLiteral("name");
    case ErrorCode::TokenNameTaken: return QStringLiteral("name");
    case ErrorCode::LoginTaken: return QStringLiteral("login");
    case ErrorCode::UnitCodeMismatch: return QStringLiteral("unit_code");
    case ErrorCode::AccountLocked: return QStringLiteral("login");
    default: return {};
    }
}

QString ErrorText::fieldLabel(const QString &f)
{
    if (f == QLatin1String("login"))
        return tr("Login");
    if (f == QLatin1String("password"))
        return tr("Password");
    if (f == QLatin1String("captcha_answer") || f == QLatin1String("captcha_id"))
        return tr("Captcha");
    if (f == QLatin1String("old_password"))
        return tr("Current password");
    if (f == QLatin1String("new_password"))
        return tr("New password");
    if (f == QLatin1String("phone"))
        return tr("Mobile phone");
    if (f == QLatin1String("sms_code"))
        return tr("SMS code");
    if (f == QLatin1String("name"))
        return tr("Name");
    if (f == QLatin1String("remark"))
        return tr("Remark");
    if (f == QLatin1String("permissions"))
        return tr("Menu permissions");
    if (f == QLatin1String("uscc"))
        return tr("Unified social credit code");
    if (f == QLatin1String("unit_name"))
        return tr("Unit name");
    if (f == QLatin1String("unit_code"))
        return tr("Unit code");
    if (f == QLatin1String("unit_id"))
        return tr("Unit");
    if (f == QLatin1String("institution_id"))
        return tr("Medical institution");
    if (f == QLatin1String("legal_rep_name"))
        return tr("Legal representative");
    if (f == QLatin1String("legal_rep_id_number"))
        return tr("Legal representative's ID number");
    if (f == QLatin1String("kind"))
        return tr("Unit kind");
    if (f == QLatin1String("status"))
        return tr("Status");
    return f;
}

QStringList ErrorText::knownCodes()
{
    QStringList codes;
    for (const ErrorCode c :
         {ErrorCode::NetworkError, ErrorCode::Timeout, ErrorCode::TlsError, ErrorCode::Cancelled, ErrorCode::BadResponse,
          ErrorCode::ProxyAuthRequired, ErrorCode::MalformedJson, ErrorCode::InvalidField, ErrorCode::Unauthenticated,
          ErrorCode::InvalidCredentials, ErrorCode::Forbidden, ErrorCode::UnitChoiceRequired,
          ErrorCode::InstitutionChoiceRequired, ErrorCode::PasswordChangeRequired, ErrorCode::NotFound,
          ErrorCode::Conflict, ErrorCode::RoleNameTaken, ErrorCode::TokenNameTaken, ErrorCode::LoginTaken, ErrorCode::AlreadyRegistered,
          ErrorCode::InstitutionAlreadyChosen, ErrorCode::NoChoicePending, ErrorCode::VersionConflict,
          ErrorCode::PreconditionRequired, ErrorCode::PayloadTooLarge, ErrorCode::CaptchaInvalid,
          ErrorCode::SmsCodeInvalid, ErrorCode::LegalPersonMismatch, ErrorCode::UnitCodeMismatch,
          ErrorCode::UnknownPermission, ErrorCode::PermissionNotHeld, ErrorCode::WeakPassword,
          ErrorCode::MainAccountImmutable, ErrorCode::WrongPassword, ErrorCode::AccountLocked, ErrorCode::RateLimited}) {
        codes << errorCodeName(c);
    }
    return codes;
}

} // namespace zc::ui
