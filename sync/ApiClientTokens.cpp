// ApiClient's calls of 接口管理 (API tokens, API.md).
#include "ApiClient.h"

#include "ApiCodecs.h"

namespace zc::sync {

using namespace codecs;

namespace {

std::optional<CreatedApiToken> parseCreatedToken(const QJsonDocument &doc, QString *why)
{
    if (!doc.isObject()) {
        *why = QStringLiteral("ApiToken: expected a JSON object");
        return std::nullopt;
    }
    std::optional<ApiToken> token = ApiToken::fromJson(doc.object(), why);
    if (!token)
        return std::nullopt;
    JsonReader r(doc.object(), QStringLiteral("ApiToken"));
    CreatedApiToken created{ std::move(*token), r.string("token") };
    if (r.ok() && !created.secret.startsWith(QLatin1String(ApiToken::SecretPrefix)))
        r.fail(r.path("token") + QStringLiteral(": expected a secret starting with ")
               + QLatin1String(ApiToken::SecretPrefix));
    if (!r.ok()) {
        *why = r.error();
        return std::nullopt;
    }
    return created;
}

} // namespace

ApiJob *ApiClient::apiTokens(int page, int size, QObject *context, Done<Page<ApiToken>> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("size"), QString::number(size));
    return typed<Page<ApiToken>>(send("GET", QStringLiteral("/api-tokens"), query), context, std::move(done),
                                 [](const QJsonDocument &doc, QString *why) {
                                     return parsePage<ApiToken>(doc, why, QStringLiteral("ApiToken"),
                                                                &ApiToken::fromJson);
                                 });
}

ApiJob *ApiClient::createApiToken(const ApiTokenInput &input, QObject *context, Done<CreatedApiToken> done)
{
    return typed<CreatedApiToken>(send("POST", QStringLiteral("/api-tokens"), {}, QJsonDocument(input.toJson())),
                                  context, std::move(done), parseCreatedToken);
}

ApiJob *ApiClient::deleteApiToken(qint64 id, QObject *context, Done<Nothing> done)
{
    return typed<Nothing>(send("DELETE", QStringLiteral("/api-tokens/") + QString::number(id)), context,
                          std::move(done), parseNothing);
}

} // namespace zc::sync
