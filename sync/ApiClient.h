#pragma once

#include "ApiJob.h"
#include "ApiTypes.h"
#include "ChangeBatch.h"
#include "ProxySettings.h"
#include "ServerProfile.h"
#include "TlsProblem.h"

#include "models/Account.h"
#include "models/ApiError.h"
#include "models/AuditEvent.h"
#include "models/Institution.h"
#include "models/Permission.h"
#include "models/Role.h"
#include "models/Session.h"
#include "models/Unit.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QAuthenticator;
class QNetworkReply;

namespace zc::sync {

// The outcome of one typed call: a value, or an ApiError (from the server's
// error body, or a client-side transport code such as tls_error / timeout /
// cancelled), plus the refused certificates when the code is tls_error.
template <typename T>
struct Result
{
    std::optional<T> value;
    ApiError error;
    QList<TlsProblem> tlsProblems;
    QByteArray etag;                 // ETag of the answer, without quotes

    [[nodiscard]] bool ok() const { return value.has_value(); }
};
struct Nothing {};                   // value type of calls that answer 204/202

struct Captcha
{
    QString id;
    QByteArray png;                  // decoded image bytes
    int expiresIn = 0;               // seconds
};

// Asynchronous HTTPS client of the API (one QNetworkAccessManager). Adds the
// profile's CA to the TLS configuration (verification always on; errors are
// reported, never ignored), sets transfer timeouts, Accept-Language, the
// bearer token, and the proxy. Typed calls parse with the models codecs and
// report a wrong shape as bad_response.
class ApiClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged)
public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setProfile(const ServerProfile &profile);
    [[nodiscard]] const ServerProfile &profile() const { return m_profile; }
    void setToken(const QString &token);           // empty: anonymous
    [[nodiscard]] QString token() const { return m_token; }
    void setLanguage(const QString &bcp47);        // "zh-CN" (default) or "en"
    [[nodiscard]] QString language() const { return m_language; }
    void setTransferTimeout(int ms);               // default 15000
    void setProxy(const ProxySettings &settings, const QString &password = {});

    // Last transport state: false after a network/timeout failure, true after any HTTP answer.
    [[nodiscard]] bool isOnline() const { return m_online; }

    template <typename T> using Done = std::function<void(const Result<T> &)>;

    // Raw call; path is below /api/v1 (e.g. "/roles/3"). body may be null.
    ApiJob *send(const QByteArray &verb, const QString &path, const QUrlQuery &query = {},
                 const QJsonDocument &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});

    // Typed calls. `done` runs once in `context`'s thread, and never if `context` is gone.
    ApiJob *health(QObject *context, Done<QString> done);                       // -> version
    // scale: the image drawn for a screen of that device pixel ratio (1..3).
    ApiJob *createCaptcha(QObject *context, Done<Captcha> done, int scale = 1);
    ApiJob *login(const QString &login, const QString &password, const QString &captchaId,
                  const QString &captchaAnswer, QObject *context, Done<Session> done);
    ApiJob *me(QObject *context, Done<Session> done);
    ApiJob *logout(QObject *context, Done<Nothing> done);
    ApiJob *changePassword(const QString &oldPassword, const QString &newPassword,
                           QObject *context, Done<Nothing> done);
    ApiJob *chooseUnit(qint64 unitId, QObject *context, Done<Session> done);
    ApiJob *chooseInstitution(qint64 institutionId, QObject *context, Done<Session> done);
    ApiJob *permissions(QObject *context, Done<QList<Permission>> done);

    // --- Public flows (no token needed) ---
    // POST /sms-codes: a code for `purpose` sent to `phone`, guarded by a solved captcha.
    ApiJob *requestSmsCode(const QString &phone, SmsPurpose purpose, const QString &captchaId,
                           const QString &captchaAnswer, QObject *context, Done<SmsCodeSent> done);
    // POST /registrations (法人注册) -> the new unit's main Account.
    ApiJob *registerUnit(const RegistrationRequest &request, QObject *context, Done<Account> done);
    // POST /password-resets; `login` empty: the phone's handler credentials,
    // else the main account whose registered phone it is.
    ApiJob *resetPassword(const QString &phone, const QString &smsCode, const QString &newPassword,
                          const QString &login, QObject *context, Done<Nothing> done);

    // --- Unit administration ---
    // POST /unit/authentication (角色认证).
    ApiJob *authenticateUnit(Unit::Kind kind, const QString &unitCode, QObject *context, Done<Unit> done);
    // GET /unit/institutions: the unit's medical institutions (docs/api.md).
    ApiJob *institutions(QObject *context, Done<QList<Institution>> done);

    // Handlers (单位经办人). Versioned writes send If-Match with `version`
    // (the resource's version, as in Result::etag or Account::version); an
    // empty version on delete sends none.
    ApiJob *handlers(const HandlerListQuery &query, QObject *context, Done<Page<Account>> done);
    ApiJob *addHandler(const QString &phone, const QString &name, const QString &smsCode,
                       QObject *context, Done<Account> done);
    ApiJob *updateHandler(qint64 id, const HandlerPatch &patch, const QString &version,
                          QObject *context, Done<Account> done);
    ApiJob *resetHandlerPassword(qint64 id, QObject *context, Done<Nothing> done);
    ApiJob *deleteHandler(qint64 id, const QString &version, QObject *context, Done<Nothing> done);

    // Roles (账号角色管理).
    ApiJob *roles(int page, int size, const QString &name, QObject *context, Done<Page<Role>> done);
    ApiJob *role(qint64 id, QObject *context, Done<Role> done);
    ApiJob *createRole(const RoleInput &input, QObject *context, Done<Role> done);
    ApiJob *updateRole(qint64 id, const RoleInput &input, const QString &version,
                       QObject *context, Done<Role> done);
    ApiJob *deleteRole(qint64 id, const QString &version, QObject *context, Done<Nothing> done);

    // Assignment (分配账号). assign / unassign are idempotent (204 either way).
    ApiJob *roleAccounts(qint64 roleId, const RoleAccountsFilter &filter, QObject *context,
                         Done<Page<Account>> done);
    ApiJob *assign(qint64 roleId, qint64 accountId, QObject *context, Done<Nothing> done);
    ApiJob *unassign(qint64 roleId, qint64 accountId, QObject *context, Done<Nothing> done);

    // GET /changes: one batch of the change feed after `since` (empty: from
    // the start); limit 1..5000, 0 for the server's default (500). Only the
    // feed's fields of the batch are set (see ChangeBatch).
    ApiJob *changes(const QString &since, int limit, QObject *context, Done<ChangeBatch> done);

    // GET /audit-events.
    ApiJob *auditEvents(const AuditQuery &query, QObject *context, Done<Page<AuditEvent>> done);

    // API tokens (接口管理, ApiClientTokens.cpp): the list never carries a
    // secret; creating one answers it once.
    ApiJob *apiTokens(int page, int size, QObject *context, Done<Page<ApiToken>> done);
    ApiJob *createApiToken(const ApiTokenInput &input, QObject *context, Done<CreatedApiToken> done);
    ApiJob *deleteApiToken(qint64 id, QObject *context, Done<Nothing> done);

    // 离职处理 and 权限审查 (ApiClientReview.cpp, docs/api.md).
    ApiJob *offboardHandler(qint64 id, QObject *context, Done<Offboarding> done);
    ApiJob *completeAccessReview(const AccessReviewInput &input, QObject *context, Done<AccessReview> done);
    ApiJob *accessReviews(int page, int size, QObject *context, Done<Page<AccessReview>> done);

Q_SIGNALS:
    void onlineChanged(bool online);
    // An authenticated call answered 401 unauthenticated: the token expired or was revoked.
    void sessionExpired();

private:
    static QList<QPair<QByteArray, QByteArray>> ifMatch(const QString &version);

    // Defined in ApiCodecs.h, which every file of ApiClient's endpoints includes.
    template <typename T>
    ApiJob *typed(ApiJob *job, QObject *context, Done<T> done,
                  std::function<std::optional<T>(const QJsonDocument &, QString *)> parse);
    void setOnline(bool online);
    void onProxyAuthenticationRequired(const QNetworkProxy &proxy, QAuthenticator *authenticator);

    QNetworkAccessManager m_nam;
    ProxySettings m_proxy;
    QString m_proxyPassword;
    bool m_proxyAuthOffered = false;   // stored proxy credentials are offered once
    ServerProfile m_profile;
    QString m_token;
    QString m_language = QStringLiteral("zh-CN");
    int m_timeoutMs = 15000;
    bool m_online = true;
};

} // namespace zc::sync
