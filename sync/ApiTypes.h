#pragma once

// The request and answer shapes of API.md that have no domain type in models/:
// SMS-code answers, registration, list filters and the bodies of writes. Plain
// values; the lists' page type (Page<T>) is the cache's, so that a page read
// from the server and a page read from the cache are the same thing.

#include "AuditQuery.h"
#include "Cache.h"   // Page<T>

#include "models/AccessReviewKeys.h"
#include "models/Account.h"
#include "models/ApiToken.h"
#include "models/Unit.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace zc::sync {

// POST /sms-codes purpose.
enum class SmsPurpose { Register, AddHandler, ResetPassword };
[[nodiscard]] QString smsPurposeToString(SmsPurpose p);                       // "register" …
[[nodiscard]] std::optional<SmsPurpose> smsPurposeFromString(const QString &s);

// 202 answer of POST /sms-codes.
struct SmsCodeSent
{
    int expiresIn = 0;      // seconds the code stays valid
    int resendAfter = 0;    // seconds before the next code may be asked for this phone
};

// POST /registrations (法人注册).
struct RegistrationRequest
{
    enum class Method { LegalPersonDb, ELicense };   // 综合法人库 / 电子营业执照
    Method method = Method::LegalPersonDb;
    QString uscc;
    QString unitName;
    QString legalRepName;
    QString legalRepIdNumber;
    QString login;
    QString password;
    QString phone;
    QString smsCode;

    [[nodiscard]] static QString methodToString(Method m);                  // "legal_person_db" | "e_license"
    [[nodiscard]] static std::optional<Method> methodFromString(const QString &s);
    [[nodiscard]] QJsonObject toJson() const;
};

// GET /handlers filters (单位经办人). Empty q and no status list everything.
struct HandlerListQuery
{
    int page = 1;
    int size = 10;
    QString q;                                // login, name or phone contains (case-insensitive)
    std::optional<Account::Status> status;

    [[nodiscard]] QUrlQuery toQuery() const;
};

// PATCH /handlers/{id}: only the fields that are set are sent.
struct HandlerPatch
{
    std::optional<QString> name;
    std::optional<Account::Status> status;

    [[nodiscard]] bool isEmpty() const { return !name && !status; }
    [[nodiscard]] QJsonObject toJson() const;
};

// POST /roles and PUT /roles/{id} body (添加角色 / 修改).
struct RoleInput
{
    QString name;
    QString remark;
    QStringList permissions;                  // catalog codes; parents stand for their leaves

    [[nodiscard]] QJsonObject toJson() const;
};

// POST /api-tokens (接口管理): the new token's name, rights and lifetime.
struct ApiTokenInput
{
    QString name;
    QStringList permissions;                  // catalog codes; parents stand for their leaves
    int expiresInDays = 90;                   // 1..365

    [[nodiscard]] QJsonObject toJson() const;
};

// POST /api-tokens' answer: the token and its secret, which is shown this once.
struct CreatedApiToken
{
    ApiToken token;
    QString secret;                           // zcat_…
};

// POST /handlers/{id}/offboarding's answer (离职处理).
struct Offboarding
{
    struct RemovedRole
    {
        qint64 id = 0;
        QString name;
    };
    Account account;                          // after: disabled, no roles
    QList<RemovedRole> removedRoles;
    int revokedSessions = 0;
    bool alreadyOffboarded = false;           // nothing changed

    [[nodiscard]] static std::optional<Offboarding> fromJson(const QJsonObject &o, QString *why);
};

// The findings an access review (权限审查) counts: review::FindingKeys.
namespace review = zc::review;

// POST /access-reviews: what a completed review found.
struct AccessReviewInput
{
    int inactiveDays = 90;                    // 1..3650
    QMap<QString, int> findings;              // review::FindingKeys -> count
    QString note;                             // ≤ 500 code points

    [[nodiscard]] QJsonObject toJson() const;
};

// A recorded access review (POST's answer, GET /access-reviews' items).
struct AccessReview
{
    qint64 id = 0;                            // its audit event's id
    QDateTime completedAt;
    qint64 completedById = 0;
    QString completedByName;
    int inactiveDays = 0;
    QMap<QString, int> findings;
    QString note;

    [[nodiscard]] int total() const;
    [[nodiscard]] static std::optional<AccessReview> fromJson(const QJsonObject &o, QString *why);
};

// GET /roles/{id}/accounts (分配账号: 已分配 / 未分配 tabs).
struct RoleAccountsFilter
{
    bool assigned = true;
    QString login;
    QString name;
    int page = 1;
    int size = 10;

    [[nodiscard]] QUrlQuery toQuery() const;
};


} // namespace zc::sync
