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

std::optional<Offboarding> Offboarding::fromJson(const QJsonObject &o, QString *why)
{
    JsonReader r(o, QStringLiteral("Offboarding"));
    Offboarding result;
    const QJsonObject account = r.object("account");
    if (r.ok()) {
        QString accountWhy;
        std::optional<Account> a = Account::fromJson(account, &accountWhy);
        if (a)
            result.account = std::move(*a);
        else
            r.fail(r.path("account") + QStringLiteral(": ") + accountWhy);
    }
    const QJsonArray removed = r.array("removed_roles");
    for (qsizetype i = 0; r.ok() && i < removed.size(); ++i) {
        JsonReader role(removed.at(i).toObject(), r.path("removed_roles") + QStringLiteral("[%1]").arg(i));
        if (!removed.at(i).isObject()) {
            r.fail(r.path("removed_roles") + QStringLiteral("[%1]: expected an object").arg(i));
            break;
        }
        RemovedRole rr{ role.integer("id"), role.string("name") };
        if (!role.ok())
            r.fail(role.error());
        result.removedRoles.append(rr);
    }
    result.revokedSessions = int(r.integer("revoked_sessions"));
    result.alreadyOffboarded = r.boolean("already_offboarded");
    if (!r.ok()) {
        *why = r.error();
        return std::nullopt;
    }
    return result;
}

QJsonObject AccessReviewInput::toJson() const
{
    QJsonObject counts;
    for (auto it = findings.cbegin(); it != findings.cend(); ++it)
        counts.insert(it.key(), it.value());
    QJsonObject o{ { QStringLiteral("inactive_days"), inactiveDays },
                   { QStringLiteral("findings"), counts } };
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

int AccessReview::total() const
{
    int sum = 0;
    for (int n : findings)
        sum += n;
    return sum;
}

std::optional<AccessReview> AccessReview::fromJson(const QJsonObject &o, QString *why)
{
    JsonReader r(o, QStringLiteral("AccessReview"));
    AccessReview review;
    review.id = r.integer("id");
    review.completedAt = r.time("completed_at");
    const JsonReader::IdName by = r.idName("completed_by");
    review.completedById = by.id;
    review.completedByName = by.name;
    review.inactiveDays = int(r.integer("inactive_days"));
    const QJsonObject findings = r.object("findings");
    for (auto it = findings.constBegin(); r.ok() && it != findings.constEnd(); ++it) {
        if (!it.value().isDouble() || it.value().toDouble() < 0) {
            r.fail(r.path("findings") + QLatin1Char('.') + it.key() + QStringLiteral(": expected a count"));
            break;
        }
        review.findings.insert(it.key(), it.value().toInt());
    }
    review.note = r.optionalString("note");
    if (!r.ok()) {
        *why = r.error();
        return std::nullopt;
    }
    return review;
}

} // namespace zc::sync
