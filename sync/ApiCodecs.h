#pragma once

#include "ApiClient.h"
#include "ApiJob.h"

#include "models/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <optional>

// The answers' codecs of ApiClient (internal to the sync library): a JSON
// document to one typed value or one Page, with the reason of a wrong shape.
namespace zc::sync::codecs {

template <typename T>
std::optional<T> parseObject(const QJsonDocument &doc, QString *why,
                             std::optional<T> (*codec)(const QJsonObject &, QString *))
{
    if (!doc.isObject()) {
        *why = QStringLiteral("expected a JSON object");
        return std::nullopt;
    }
    return codec(doc.object(), why);
}

template <typename T>
std::optional<Page<T>> parsePage(const QJsonDocument &doc, QString *why, const QString &typeName,
                                 std::optional<T> (*codec)(const QJsonObject &, QString *))
{
    if (!doc.isObject()) {
        *why = QStringLiteral("list of %1: expected a JSON object").arg(typeName);
        return std::nullopt;
    }
    JsonReader r(doc.object(), QStringLiteral("Page<%1>").arg(typeName));
    Page<T> page;
    const QJsonArray items = r.array("items");
    const qint64 total = r.integer("total");
    const qint64 number = r.integer("page");
    const qint64 size = r.integer("size");
    if (r.ok() && (total < 0 || number < 1 || size < 1 || size > 1000))
        r.fail(QStringLiteral("Page<%1>: total %2, page %3, size %4 out of range")
                   .arg(typeName).arg(total).arg(number).arg(size));
    if (r.ok() && (items.size() > size || items.size() > total))
        r.fail(QStringLiteral("Page<%1>: %2 items do not fit size %3 and total %4")
                   .arg(typeName).arg(items.size()).arg(size).arg(total));
    page.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && r.ok(); ++i) {
        QString itemWhy;
        std::optional<T> item = items.at(i).isObject() ? codec(items.at(i).toObject(), &itemWhy) : std::nullopt;
        if (!item)
            r.fail(r.path("items") + u'[' + QString::number(i) + QStringLiteral("]: ")
                   + (itemWhy.isEmpty() ? QStringLiteral("expected object") : itemWhy));
        else
            page.items.append(std::move(*item));
    }
    if (!r.ok()) {
        *why = r.error();
        return std::nullopt;
    }
    page.total = static_cast<int>(total);
    page.page = static_cast<int>(number);
    page.size = static_cast<int>(size);
    return page;
}

inline std::optional<Session> parseSession(const QJsonDocument &doc, QString *why)
{
    return parseObject<Session>(doc, why, &Session::fromJson);
}
inline std::optional<Nothing> parseNothing(const QJsonDocument &, QString *)
{
    return Nothing{};
}

inline std::optional<Account> parseAccount(const QJsonDocument &doc, QString *why)
{
    return parseObject<Account>(doc, why, &Account::fromJson);
}
inline std::optional<Role> parseRole(const QJsonDocument &doc, QString *why)
{
    return parseObject<Role>(doc, why, &Role::fromJson);
}
inline std::optional<Unit> parseUnit(const QJsonDocument &doc, QString *why)
{
    return parseObject<Unit>(doc, why, &Unit::fromJson);
}
// {"items": [Institution]}: GET /unit/institutions (not paged).
inline std::optional<QList<Institution>> parseInstitutions(const QJsonDocument &doc, QString *why)
{
    if (!doc.isObject()) {
        *why = QStringLiteral("institutions: expected a JSON object");
        return std::nullopt;
    }
    JsonReader r(doc.object(), QStringLiteral("Institutions"));
    const QJsonArray items = r.array("items");
    QList<Institution> list;
    for (qsizetype i = 0; i < items.size() && r.ok(); ++i) {
        QString itemWhy;
        std::optional<Institution> item =
            items.at(i).isObject() ? Institution::fromJson(items.at(i).toObject(), &itemWhy) : std::nullopt;
        if (!item)
            r.fail(r.path("items") + u'[' + QString::number(i) + QStringLiteral("]: ")
                   + (itemWhy.isEmpty() ? QStringLiteral("expected object") : itemWhy));
        else
            list.append(std::move(*item));
    }
    if (!r.ok()) {
        *why = r.error();
        return std::nullopt;
    }
    return list;
}

inline std::optional<Page<Account>> parseAccountPage(const QJsonDocument &doc, QString *why)
{
    return parsePage<Account>(doc, why, QStringLiteral("Account"), &Account::fromJson);
}

} // namespace zc::sync::codecs

namespace zc::sync {

// One answer of `job` to `done` as a typed Result, on `context`'s thread (the
// client itself when none); nothing when the context is gone. Here so that the
// endpoints of one feature can have their own file (ApiClientTokens.cpp).
template <typename T>
ApiJob *ApiClient::typed(ApiJob *job, QObject *context, Done<T> done,
                         std::function<std::optional<T>(const QJsonDocument &, QString *)> parse)
{
    const QPointer<QObject> ctx(context ? context : this);
    connect(job, &ApiJob::finished, job, [job, ctx, done, parse] {
        Result<T> r;
        r.error = job->error();
        r.tlsProblems = job->tlsProblems();
        r.etag = job->etag();
        if (!r.error.isValid()) {
            QString why;
            std::optional<T> value = parse(job->json(), &why);
            if (value)
                r.value = std::move(value);
            else
                r.error = clientError(ErrorCode::BadResponse, why, job->status());
        }
        if (!ctx)
            return;
        QMetaObject::invokeMethod(ctx.data(), [done, r] { done(r); }, Qt::AutoConnection);
    });
    return job;
}

} // namespace zc::sync

