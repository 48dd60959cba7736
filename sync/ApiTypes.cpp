#include "ApiTypes.h"

#include "models/JsonReader.h"

#include <QJsonArray>

namespace zc::sync {

namespace {

void addPaging(QUrlQuery *q, int page, int size)
{
    q->addQueryItem(QStringLiteral("page"), QString::number(page));
    q->addQueryItem(QStringLiteral("size"), QString::number(size));
}

void addIfSet(QUrlQuery *q, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        q->addQueryItem(key, value);
}

} // namespace

QString smsPurposeToString(SmsPurpose p)
{
    switch (p) {
    case SmsPurpose::Register: return QStringLiteral("register");
    case SmsPurpose::AddHandler: return QStringLiteral("add_handler");
    case SmsPurpose::ResetPassword: return QStringLiteral("reset_password");
    }
    return {};
}

std::optional<SmsPurpose> smsPurposeFromString(const QString &s)
{
    for (SmsPurpose p : {SmsPurpose::Register, SmsPurpose::AddHandler, SmsPurpose::ResetPassword}) {
        if (s == smsPurposeToString(p))
            return p;
    }
    return std::nullopt;
}

QString RegistrationRequest::methodToString(Method m)
{
    return m == Method::ELicense ? QStringLiteral("e_license") : QStringLiteral("legal_person_db");
}

std::optional<RegistrationRequest::Method> RegistrationRequest::methodFromString(const QString &s)
{
    if (s == methodToString(Method::LegalPersonDb))
        return Method::LegalPersonDb;
    if (s == methodToString(Method::ELicense))
        return Method::ELicense;
    return std::nullopt;
}

QJsonObject RegistrationRequest::toJson() const
{
    return QJsonObject{
        {QStringLiteral("method"), methodToString(method)},
        {QStringLiteral("uscc"), uscc},
        {QStringLiteral("unit_name"), unitName},
        {QStringLiteral("legal_rep_name"), legalRepName},
        {QStringLiteral("legal_rep_id_number"), legalRepIdNumber},
        {QStringLiteral("login"), login},
        {QStringLiteral("password"), password},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("sms_code"), smsCode},
    };
}

QUrlQuery HandlerListQuery::toQuery() const
{
    QUrlQuery query;
    addPaging(&query, page, size);
    addIfSet(&query, QStringLiteral("q"), q);
    if (status)
        query.addQueryItem(QStringLiteral("status"), Account::statusToString(*status));
    return query;
}

QJsonObject HandlerPatch::toJson() const
{
    QJsonObject o;
    if (name)
        o.insert(QStringLiteral("name"), *name);
    if (status)
        o.insert(QStringLiteral("status"), Account::statusToString(*status));
    return o;
}

QJsonObject RoleInput::toJson() const
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("remark"), remark},
        {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)},
    };
}

QJsonObject ApiTokenInput::toJson() const
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)},
        {QStringLiteral("expires_in_days"), expiresInDays},
    };
}

QUrlQuery RoleAccountsFilter::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("assigned"), assigned ? QStringLiteral("true") : QStringLiteral("false"));
    addIfSet(&query, QStringLiteral("login"), login);
    addIfSet(&query, QStringLiteral("name"), name);
    addPaging(&query, page, size);
    return query;
}

QUrlQuery AuditQuery::toQuery() const
{
    QUrlQuery query;
    addPaging(&query, page, size);
    addIfSet(&query, QStringLiteral("action"), action);
    if (actorId > 0)
        query.addQueryItem(QStringLiteral("actor"), QString::number(actorId));
    if (from.isValid())
        query.addQueryItem(QStringLiteral("from"), toRfc3339(from));
    if (to.isValid())
        query.addQueryItem(QStringLiteral("to"), toRfc3339(to));
    return query;
}

} // namespace zc::sync
