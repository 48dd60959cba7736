#include "ApiClient.h"

#include "ApiCodecs.h"
#include "SyncLog.h"

#include "models/JsonReader.h"
#include "models/StrictJson.h"

#include <QAuthenticator>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace zc::sync {

using namespace codecs;

namespace {

bool isOfflineCode(const QString &code)
{
    return code == errorCodeName(ErrorCode::NetworkError) || code == errorCodeName(ErrorCode::Timeout)
        || code == errorCodeName(ErrorCode::TlsError) || code == errorCodeName(ErrorCode::ProxyAuthRequired);
}

QJsonDocument jsonObject(std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    return QJsonDocument(QJsonObject(fields));
}


// A list answer, {"items": [...], "total", "page", "size"}, read strictly:
// every item through its codec, counts that agree with each other.

QString idPath(const char *prefix, qint64 id)
{
    return QLatin1String(prefix) + QString::number(id);
}

} // namespace

// ---------------------------------------------------------------- ApiClient

ApiClient::ApiClient(QObject *parent) : QObject(parent)
{
    m_nam.setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    connect(&m_nam, &QNetworkAccessManager::proxyAuthenticationRequired,
            this, &ApiClient::onProxyAuthenticationRequired);
    setProxy(ProxySettings{});
}

ApiClient::~ApiClient()
{
    // Pending jobs go away silently: their callbacks' owners are going away too.
    const auto jobs = findChildren<ApiJob *>(QString(), Qt::FindDirectChildrenOnly);
    for (ApiJob *job : jobs) {
        job->m_finished = true;
        if (QNetworkReply *reply = job->m_reply.data()) {
            reply->disconnect(job);
            reply->abort();
        }
    }
}

void ApiClient::setProfile(const ServerProfile &profile)
{
    m_profile = profile;
}

void ApiClient::setToken(const QString &token)
{
    m_token = token;
}

void ApiClient::setLanguage(const QString &bcp47)
{
    m_language = bcp47.isEmpty() ? QStringLiteral("zh-CN") : bcp47;
}

void ApiClient::setTransferTimeout(int ms)
{
    m_timeoutMs = ms > 0 ? ms : 15000;
}

void ApiClient::setProxy(const ProxySettings &settings, const QString &password)
{
    m_proxy = settings;
    m_proxyPassword = password;
    m_proxyAuthOffered = false;
    switch (settings.mode) {
    case ProxySettings::Mode::System:
        m_nam.setProxyFactory(new SystemProxyFactory);   // the manager owns it
        break;
    case ProxySettings::Mode::None:
    case ProxySettings::Mode::Manual:
        m_nam.setProxy(settings.toProxy(password));        // also drops any factory
        break;
    }
    m_nam.clearConnectionCache();
}

void ApiClient::onProxyAuthenticationRequired(const QNetworkProxy &proxy, QAuthenticator *authenticator)
{
    // Offer the stored credentials once; when the proxy asks again they were
    // wrong, and the request fails with proxy_auth_required.
    if (m_proxyAuthOffered || m_proxy.user.isEmpty()) {
        qCWarning(lcSync) << "proxy" << proxy.hostName() << "wants credentials; none (more) to offer";
        return;
    }
    m_proxyAuthOffered = true;
    authenticator->setUser(m_proxy.user);
    authenticator->setPassword(m_proxyPassword);
}

void ApiClient::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    qCInfo(lcSync) << (online ? "online" : "offline");
    Q_EMIT onlineChanged(online);
}

ApiJob *ApiClient::send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                        const QJsonDocument &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_profile.apiUrl(path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest req(url);

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> cas = m_profile.caCertificates();
    if (!cas.isEmpty())
        ssl.addCaCertificates(cas);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    req.setSslConfiguration(ssl);
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("Accept-Language", m_language.toLatin1());
    const bool withToken = !m_token.isEmpty();
    if (withToken)
        req.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_token.toUtf8());
    QByteArray data;
    if (!body.isNull()) {
        data = body.toJson(QJsonDocument::Compact);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);

    QNetworkReply *reply = body.isNull() ? m_nam.sendCustomRequest(req, verb)
                                         : m_nam.sendCustomRequest(req, verb, data);
    auto *job = new ApiJob(reply, this);
    // Connected first, so the state is current when the callers' handlers run.
    connect(job, &ApiJob::finished, this, [this, job, withToken] {
        if (job->status() > 0)
            setOnline(true);
        else if (isOfflineCode(job->error().code))
            setOnline(false);
        if (withToken && job->status() == 401
            && job->error().is(ErrorCode::Unauthenticated))
            Q_EMIT sessionExpired();
    });
    return job;
}

ApiJob *ApiClient::health(QObject *context, Done<QString> done)
{
    return typed<QString>(send("GET", QStringLiteral("/health")), context, std::move(done),
                          [](const QJsonDocument &doc, QString *why) -> std::optional<QString> {
                              const QJsonObject o = doc.object();
                              const QJsonValue status = o.value(QLatin1String("status"));
                              const QJsonValue version = o.value(QLatin1String("version"));
                              if (!doc.isObject() || !status.isString() || !version.isString()) {
                                  *why = QStringLiteral("health: expected {status, version} strings");
                                  return std::nullopt;
                              }
                              if (status.toString() != QLatin1String("ok")) {
                                  *why = QStringLiteral("health: status is %1").arg(status.toString());
                                  return std::nullopt;
                              }
                              return version.toString();
                          });
}

ApiJob *ApiClient::createCaptcha(QObject *context, Done<Captcha> done, int scale)
{
    const QString path = scale > 1 ? QStringLiteral("/captchas?scale=%1").arg(qMin(scale, 3)) : QStringLiteral("/captchas");
    return typed<Captcha>(send("POST", path, {}, QJsonDocument(QJsonObject())),
                          context, std::move(done),
                          [](const QJsonDocument &doc, QString *why) -> std::optional<Captcha> {
                              const QJsonObject o = doc.object();
                              const QJsonValue id = o.value(QLatin1String("captcha_id"));
                              const QJsonValue image = o.value(QLatin1String("image_png_base64"));
                              const QJsonValue expires = o.value(QLatin1String("expires_in"));
                              if (!doc.isObject() || !id.isString() || id.toString().isEmpty()
                                  || !image.isString() || !expires.isDouble()) {
                                  *why = QStringLiteral("captcha: expected {captcha_id, image_png_base64, expires_in}");
                                  return std::nullopt;
                              }
                              const auto decoded = QByteArray::fromBase64Encoding(
                                  image.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                              if (!decoded || decoded.decoded.isEmpty()) {
                                  *why = QStringLiteral("captcha: image_png_base64 is not base64");
                                  return std::nullopt;
                              }
                              Captcha c;
                              c.id = id.toString();
                              c.png = decoded.decoded;
                              c.expiresIn = expires.toInt();
                              return c;
                          });
}


ApiJob *ApiClient::login(const QString &login, const QString &password, const QString &captchaId,
                         const QString &captchaAnswer, QObject *context, Done<Session> done)
{
    ApiJob *job = send("POST", QStringLiteral("/sessions"), {},
                       jsonObject({{QStringLiteral("login"), login},
                               {QStringLiteral("password"), password},
                               {QStringLiteral("captcha_id"), captchaId},
                               {QStringLiteral("captcha_answer"), captchaAnswer}}));
    // The client keeps the new token, so the calls that follow are authenticated.
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->error().isValid())
            return;
        QString why;
        if (const auto s = parseSession(job->json(), &why); s && !s->token.isEmpty())
            m_token = s->token;
    });
    return typed<Session>(job, context, std::move(done), parseSession);
}

ApiJob *ApiClient::me(QObject *context, Done<Session> done)
{
    return typed<Session>(send("GET", QStringLiteral("/me")), context, std::move(done), parseSession);
}

ApiJob *ApiClient::logout(QObject *context, Done<Nothing> done)
{
    ApiJob *job = send("DELETE", QStringLiteral("/sessions/current"));
    // Revoked or already expired: either way this token is of no more use.
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->error().isValid() || job->status() == 401)
            m_token.clear();
    });
    return typed<Nothing>(job, context, std::move(done), parseNothing);
}

ApiJob *ApiClient::changePassword(const QString &oldPassword, const QString &newPassword,
                                  QObject *context, Done<Nothing> done)
{
    return typed<Nothing>(send("PUT", QStringLiteral("/me/password"), {},
                               jsonObject({{QStringLiteral("old_password"), oldPassword},
                                       {QStringLiteral("new_password"), newPassword}})),
                          context, std::move(done), parseNothing);
}

ApiJob *ApiClient::chooseUnit(qint64 unitId, QObject *context, Done<Session> done)
{
    return typed<Session>(send("POST", QStringLiteral("/sessions/current/unit"), {},
                               jsonObject({{QStringLiteral("unit_id"), unitId}})),
                          context, std::move(done), parseSession);
}

ApiJob *ApiClient::chooseInstitution(qint64 institutionId, QObject *context, Done<Session> done)
{
    return typed<Session>(send("POST", QStringLiteral("/sessions/current/institution"), {},
                               jsonObject({{QStringLiteral("institution_id"), institutionId}})),
                          context, std::move(done), parseSession);
}

ApiJob *ApiClient::permissions(QObject *context, Done<QList<Permission>> done)
{
    return typed<QList<Permission>>(
        send("GET", QStringLiteral("/permissions")), context, std::move(done),
        [](const QJsonDocument &doc, QString *why) -> std::optional<QList<Permission>> {
            if (!doc.isArray()) {
                *why = QStringLiteral("permissions: expected a JSON array");
                return std::nullopt;
            }
            return Permission::listFromJson(doc.array(), why);
        });
}

// ---------------------------------------------------------------- the rest of API.md


QList<QPair<QByteArray, QByteArray>> ApiClient::ifMatch(const QString &version)
{
    if (version.isEmpty())
        return {};
    return {{QByteArrayLiteral("If-Match"), '"' + version.toUtf8() + '"'}};
}

ApiJob *ApiClient::requestSmsCode(const QString &phone, SmsPurpose purpose, const QString &captchaId,
                                  const QString &captchaAnswer, QObject *context, Done<SmsCodeSent> done)
{
    return typed<SmsCodeSent>(
        send("POST", QStringLiteral("/sms-codes"), {},
             jsonObject({{QStringLiteral("phone"), phone},
                         {QStringLiteral("purpose"), smsPurposeToString(purpose)},
                         {QStringLiteral("captcha_id"), captchaId},
                         {QStringLiteral("captcha_answer"), captchaAnswer}})),
        context, std::move(done), [](const QJsonDocument &doc, QString *why) -> std::optional<SmsCodeSent> {
            if (!doc.isObject()) {
                *why = QStringLiteral("sms code: expected a JSON object");
                return std::nullopt;
            }
            JsonReader r(doc.object(), QStringLiteral("SmsCode"));
            SmsCodeSent sent;
            const qint64 expires = r.integer("expires_in");
            const qint64 resend = r.integer("resend_after");
            if (r.ok() && (expires <= 0 || resend < 0 || expires > 86400 || resend > 86400))
                r.fail(QStringLiteral("SmsCode: expires_in %1 / resend_after %2 out of range").arg(expires).arg(resend));
            if (!r.ok()) {
                *why = r.error();
                return std::nullopt;
            }
            sent.expiresIn = static_cast<int>(expires);
            sent.resendAfter = static_cast<int>(resend);
            return sent;
        });
}

ApiJob *ApiClient::registerUnit(const RegistrationRequest &request, QObject *context, Done<Account> done)
{
    return typed<Account>(send("POST", QStringLiteral("/registrations"), {}, QJsonDocument(request.toJson())),
                          context, std::move(done), parseAccount);
}

ApiJob *ApiClient::resetPassword(const QString &phone, const QString &smsCode, const QString &newPassword,
                                 const QString &login, QObject *context, Done<Nothing> done)
{
    QJsonObject body{{QStringLiteral("phone"), phone},
                     {QStringLiteral("sms_code"), smsCode},
                     {QStringLiteral("new_password"), newPassword}};
    if (!login.isEmpty())
        body.insert(QStringLiteral("login"), login);
    return typed<Nothing>(send("POST", QStringLiteral("/password-resets"), {}, QJsonDocument(body)),
                          context, std::move(done), parseNothing);
}

ApiJob *ApiClient::authenticateUnit(Unit::Kind kind, const QString &unitCode, QObject *context, Done<Unit> done)
{
    return typed<Unit>(send("POST", QStringLiteral("/unit/authentication"), {},
                            jsonObject({{QStringLiteral("kind"), Unit::kindToString(kind)},
                                        {QStringLiteral("unit_code"), unitCode}})),
                       context, std::move(done), parseUnit);
}

ApiJob *ApiClient::institutions(QObject *context, Done<QList<Institution>> done)
{
    return typed<QList<Institution>>(send("GET", QStringLiteral("/unit/institutions")), context, std::move(done),
                                     parseInstitutions);
}

ApiJob *ApiClient::handlers(const HandlerListQuery &query, QObject *context, Done<Page<Account>> done)
{
    return typed<Page<Account>>(send("GET", QStringLiteral("/handlers"), query.toQuery()), context,
                                std::move(done), parseAccountPage);
}

ApiJob *ApiClient::addHandler(const QString &phone, const QString &name, const QString &smsCode,
                              QObject *context, Done<Account> done)
{
    return typed<Account>(send("POST", QStringLiteral("/handlers"), {},
                               jsonObject({{QStringLiteral("phone"), phone},
                                           {QStringLiteral("name"), name},
                                           {QStringLiteral("sms_code"), smsCode}})),
                          context, std::move(done), parseAccount);
}

ApiJob *ApiClient::updateHandler(qint64 id, const HandlerPatch &patch, const QString &version,
                                 QObject *context, Done<Account> done)
{
    return typed<Account>(send("PATCH", idPath("/handlers/", id), {}, QJsonDocument(patch.toJson()),
                               ifMatch(version)),
                          context, std::move(done), parseAccount);
}

ApiJob *ApiClient::resetHandlerPassword(qint64 id, QObject *context, Done<Nothing> done)
{
    return typed<Nothing>(send("POST", idPath("/handlers/", id) + QStringLiteral("/password-reset"), {},
                               QJsonDocument(QJsonObject())),
                          context, std::move(done), parseNothing);
}

ApiJob *ApiClient::deleteHandler(qint64 id, const QString &version, QObject *context, Done<Nothing> done)
{
    return typed<Nothing>(send("DELETE", idPath("/handlers/", id), {}, {}, ifMatch(version)), context,
                          std::move(done), parseNothing);
}

ApiJob *ApiClient::roles(int page, int size, const QString &name, QObject *context, Done<Page<Role>> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("size"), QString::number(size));
    if (!name.isEmpty())
        query.addQueryItem(QStringLiteral("name"), name);
    return typed<Page<Role>>(send("GET", QStringLiteral("/roles"), query), context, std::move(done),
                             [](const QJsonDocument &doc, QString *why) {
                                 return parsePage<Role>(doc, why, QStringLiteral("Role"), &Role::fromJson);
                             });
}

ApiJob *ApiClient::role(qint64 id, QObject *context, Done<Role> done)
{
    return typed<Role>(send("GET", idPath("/roles/", id)), context, std::move(done), parseRole);
}

ApiJob *ApiClient::createRole(const RoleInput &input, QObject *context, Done<Role> done)
{
    return typed<Role>(send("POST", QStringLiteral("/roles"), {}, QJsonDocument(input.toJson())), context,
                       std::move(done), parseRole);
}

ApiJob *ApiClient::updateRole(qint64 id, const RoleInput &input, const QString &version, QObject *context,
                              Done<Role> done)
{
    return typed<Role>(send("PUT", idPath("/roles/", id), {}, QJsonDocument(input.toJson()), ifMatch(version)),
                       context, std::move(done), parseRole);
}

ApiJob *ApiClient::deleteRole(qint64 id, const QString &version, QObject *context, Done<Nothing> done)
{
    return typed<Nothing>(send("DELETE", idPath("/roles/", id), {}, {}, ifMatch(version)), context,
                          std::move(done), parseNothing);
}

ApiJob *ApiClient::roleAccounts(qint64 roleId, const RoleAccountsFilter &filter, QObject *context,
                                Done<Page<Account>> done)
{
    return typed<Page<Account>>(send("GET", idPath("/roles/", roleId) + QStringLiteral("/accounts"),
                                     filter.toQuery()),
                                context, std::move(done), parseAccountPage);
}

ApiJob *ApiClient::assign(qint64 roleId, qint64 accountId, QObject *context, Done<Nothing> done)
{
    return typed<Nothing>(send("PUT", idPath("/roles/", roleId) + idPath("/accounts/", accountId)), context,
                          std::move(done), parseNothing);
}

ApiJob *ApiClient::unassign(qint64 roleId, qint64 accountId, QObject *context, Done<Nothing> done)
{
    return typed<Nothing>(send("DELETE", idPath("/roles/", roleId) + idPath("/accounts/", accountId)), context,
                          std::move(done), parseNothing);
}

ApiJob *ApiClient::changes(const QString &since, int limit, QObject *context, Done<ChangeBatch> done)
{
    QUrlQuery query;
    if (!since.isEmpty())
        query.addQueryItem(QStringLiteral("since"), since);
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return typed<ChangeBatch>(send("GET", QStringLiteral("/changes"), query), context, std::move(done),
                              [](const QJsonDocument &doc, QString *why) -> std::optional<ChangeBatch> {
                                  if (!doc.isObject()) {
                                      *why = QStringLiteral("changes: expected a JSON object");
                                      return std::nullopt;
                                  }
                                  return ChangeBatch::fromJson(doc.object(), why);
                              });
}

ApiJob *ApiClient::auditEvents(const AuditQuery &query, QObject *context, Done<Page<AuditEvent>> done)
{
    return typed<Page<AuditEvent>>(send("GET", QStringLiteral("/audit-events"), query.toQuery()), context,
                                   std::move(done), [](const QJsonDocument &doc, QString *why) {
                                       return parsePage<AuditEvent>(doc, why, QStringLiteral("AuditEvent"),
                                                                    &AuditEvent::fromJson);
                                   });
}

} // namespace zc::sync
