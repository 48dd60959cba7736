// ApiClient's calls of 离职处理 (offboarding) and 权限审查 (access reviews).
#include "ApiClient.h"

#include "ApiCodecs.h"

namespace zc::sync {

using namespace codecs;

ApiJob *ApiClient::offboardHandler(qint64 id, QObject *context, Done<Offboarding> done)
{
    return typed<Offboarding>(send("POST", QStringLiteral("/handlers/%1/offboarding").arg(id), {},
                                   QJsonDocument(QJsonObject())),
                              context, std::move(done), [](const QJsonDocument &doc, QString *why) {
                                  return parseObject<Offboarding>(doc, why, &Offboarding::fromJson);
                              });
}

ApiJob *ApiClient::completeAccessReview(const AccessReviewInput &input, QObject *context, Done<AccessReview> done)
{
    return typed<AccessReview>(send("POST", QStringLiteral("/access-reviews"), {}, QJsonDocument(input.toJson())),
                               context, std::move(done), [](const QJsonDocument &doc, QString *why) {
                                   return parseObject<AccessReview>(doc, why, &AccessReview::fromJson);
                               });
}

ApiJob *ApiClient::accessReviews(int page, int size, QObject *context, Done<Page<AccessReview>> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("size"), QString::number(size));
    return typed<Page<AccessReview>>(send("GET", QStringLiteral("/access-reviews"), query), context,
                                     std::move(done), [](const QJsonDocument &doc, QString *why) {
                                         return parsePage<AccessReview>(doc, why, QStringLiteral("AccessReview"),
                                                                        &AccessReview::fromJson);
                                     });
}

} // namespace zc::sync
