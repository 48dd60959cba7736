#include "ErrorText.h"

#include <QHash>

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
    // Transport failures: no answer from the server.
    if (c == QLatin1String(ApiError::NetworkError))
        return tr("The server cannot be reached. Check the network connection and the server address, or try again later.");
    if (c == QLatin1String(ApiError::Timeout))
        return tr("The server did not answer in time. Check the network connection and try again.");
    if (c == QLatin1String(ApiError::TlsError))
        return tr("No secure connection could be made: the server's certificate was refused.");
    if (c == QLatin1String(ApiError::Cancelled))
        return tr("The request was cancelled.");
    if (c == QLatin1String(ApiError::BadResponse))
        return tr("The server's answer could not be understood. The server may run a different version of the system.");
    if (c == QLatin1String(ApiError::ProxyAuthRequired))
        return tr("The proxy server asks for a user name and password. Check the proxy settings.");

    // 400
    if (c == QLatin1String("malformed_json"))
        return tr("The server could not read the request. Please update the client or contact your IT department.");
    if (c == QLatin1String("invalid_field")) {
        if (e.field.isEmpty())
            return tr("One of the values entered is not valid. Please check the form.");
        return tr("The value of “%1” is not valid. Please check it.").arg(fieldLabel(e.field));
    }
    // 401
    if (c == QLatin1String("unauthenticated"))
        return tr("Your session has expired or was ended. Please log in again.");
    if (c == QLatin1String("invalid_credentials"))
        return tr("The login or the password is wrong.");
    // 403
    if (c == QLatin1String("forbidden"))
        return tr("Your account does not have the permission for this action.");
    if (c == QLatin1String("unit_choice_required"))
        return tr("Please choose the unit you log in for first.");
    if (c == QLatin1String("institution_choice_required"))
        return tr("Please choose your medical institution first.");
    if (c == QLatin1String("password_change_required"))
        return tr("Please change your initial password first.");
    // 404
    if (c == QLatin1String("not_found"))
        return tr("The item no longer exists. Someone may have deleted it.");
    // 409
    if (c == QLatin1String("conflict"))
        return tr("This conflicts with the current data on the server. Refresh and try again.");
    if (c == QLatin1String("role_name_taken"))
        return tr("Your unit already has a role with this name.");
    if (c == QLatin1String("login_taken"))
        return tr("This login or mobile phone number is already in use in your unit.");
    if (c == QLatin1String("already_registered"))
        return tr("This unit is already registered. Log in with its main account, or reset the password.");
    if (c == QLatin1String("institution_already_chosen"))
        return tr("A medical institution has already been chosen for this account. The choice cannot be changed.");
    if (c == QLatin1String("no_choice_pending"))
        return tr("There is nothing to choose for this login any more.");
    // 412 / 428 / 413
    if (c == QLatin1String("version_conflict"))
        return tr("Someone else changed this item in the meantime. Reload it and apply your change again.");
    if (c == QLatin1String("precondition_required"))
        return tr("The change did not say which version it was based on. Reload the item and try again.");
    if (c == QLatin1String("payload_too_large"))
        return tr("The data sent is too large for the server.");
    // 422
    if (c == QLatin1String("captcha_invalid"))
        return tr("The captcha is wrong or has expired. Type the characters of the new image.");
    if (c == QLatin1String("sms_code_invalid"))
        return tr("The SMS code is wrong or has expired.");
    if (c == QLatin1String("legal_person_mismatch"))
        return tr("The unit and legal representative details do not match the legal-person registry.");
    if (c == QLatin1String("unit_code_mismatch"))
        return tr("The unit code does not match the medical-insurance unit registry.");
    if (c == QLatin1String("unknown_permission"))
        return tr("A permission is not known to the server. Refresh the permission list and try again.");
    if (c == QLatin1String("permission_not_held"))
        return tr("You cannot grant a permission that your own account does not hold.");
    if (c == QLatin1String("weak_password")) {
        if (e.reason == QLatin1String("unchanged"))
            return tr("The new password must differ from the current one.");
        if (e.reason == QLatin1String("common"))
            return tr("This password is too common or has appeared in leaked password lists, so it is easy to guess. Choose another one.");
        if (e.reason == QLatin1String("personal"))
            return tr("The password must not contain the login, the phone number, the unit name or the person's name.");
        return tr("The password is too weak: use 8 to 64 characters with at least three of lower-case letters, upper-case letters, digits and symbols.");
    }
    if (c == QLatin1String("main_account_immutable"))
        return tr("The unit's main account cannot be disabled, deleted or given roles.");
    if (c == QLatin1String("wrong_password"))
        return tr("The current password is wrong.");
    // 423 / 429
    if (c == QLatin1String("account_locked")) {
        if (e.retryAfter < 0)
            return tr("Too many failed attempts: the account is locked. Try again later.");
        return tr("Too many failed attempts: the account is locked. Try again in %n minute(s).", nullptr,
                  minutesFrom(e.retryAfter));
    }
    if (c == QLatin1String("rate_limited")) {
        if (e.retryAfter < 0)
            return tr("Too many requests. Try again later.");
        return tr("Too many requests. Try again in %n minute(s).", nullptr, minutesFrom(e.retryAfter));
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
        if (e.code == QLatin1String("rate_limited"))
            return tr("Too many requests. Try again in %n second(s).", nullptr, std::max(1, e.retryAfter));
        if (e.code == QLatin1String("account_locked"))
            return tr("Too many failed attempts: the account is locked. Try again in %n second(s).", nullptr,
                      std::max(1, e.retryAfter));
    }
    return sentence(e);
}

QString ErrorText::field(const ApiError &e)
{
    if (!e.field.isEmpty())
        return e.field;
    static const QHash<QString, QString> implied{
        {QStringLiteral("invalid_credentials"), QStringLiteral("password")},
        {QStringLiteral("captcha_invalid"), QStringLiteral("captcha_answer")},
        {QStringLiteral("wrong_password"), QStringLiteral("old_password")},
        {QStringLiteral("weak_password"), QStringLiteral("new_password")},
        {QStringLiteral("sms_code_invalid"), QStringLiteral("sms_code")},
        {QStringLiteral("role_name_taken"), QStringLiteral("name")},
        {QStringLiteral("login_taken"), QStringLiteral("login")},
        {QStringLiteral("unit_code_mismatch"), QStringLiteral("unit_code")},
        {QStringLiteral("account_locked"), QStringLiteral("login")},
    };
    return implied.value(e.code);
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
    return {
        QLatin1String(ApiError::NetworkError), QLatin1String(ApiError::Timeout),
        QLatin1String(ApiError::TlsError), QLatin1String(ApiError::Cancelled),
        QLatin1String(ApiError::BadResponse), QLatin1String(ApiError::ProxyAuthRequired),
        QStringLiteral("malformed_json"), QStringLiteral("invalid_field"),
        QStringLiteral("unauthenticated"), QStringLiteral("invalid_credentials"),
        QStringLiteral("forbidden"), QStringLiteral("unit_choice_required"),
        QStringLiteral("institution_choice_required"), QStringLiteral("password_change_required"),
        QStringLiteral("not_found"), QStringLiteral("conflict"), QStringLiteral("role_name_taken"),
        QStringLiteral("login_taken"), QStringLiteral("already_registered"),
        QStringLiteral("institution_already_chosen"), QStringLiteral("no_choice_pending"),
        QStringLiteral("version_conflict"), QStringLiteral("precondition_required"),
        QStringLiteral("payload_too_large"), QStringLiteral("captcha_invalid"),
        QStringLiteral("sms_code_invalid"), QStringLiteral("legal_person_mismatch"),
        QStringLiteral("unit_code_mismatch"), QStringLiteral("unknown_permission"),
        QStringLiteral("permission_not_held"), QStringLiteral("weak_password"),
        QStringLiteral("main_account_immutable"), QStringLiteral("wrong_password"),
        QStringLiteral("account_locked"), QStringLiteral("rate_limited"),
    };
}

} // namespace zc::ui
