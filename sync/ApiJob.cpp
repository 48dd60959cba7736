#include "ApiJob.h"

#include "SyncLog.h"

#include "models/StrictJson.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QUrl>

namespace zc::sync {

namespace {

QByteArray unquoteEtag(QByteArray etag)
{
    etag = etag.trimmed();
    if (etag.startsWith("W/"))
        etag = etag.mid(2);
    if (etag.size() >= 2 && etag.startsWith('"') && etag.endsWith('"'))
        etag = etag.mid(1, etag.size() - 2);
    return etag;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(443) == b.port(443);
}

} // namespace

ApiError clientError(ErrorCode code, const QString &message, int status)
{
    ApiError e;
    e.status = status;
    e.code = errorCodeName(code);
    e.message = message;
    return e;
}

ApiJob::ApiJob(QNetworkReply *reply, QObject *parent) : QObject(parent), m_reply(reply)
{
    const QUrl origin = reply->request().url();
    connect(reply, &QNetworkReply::finished, this, &ApiJob::complete);
    connect(reply, &QNetworkReply::sslErrors, this, [this, origin](const QList<QSslError> &errors) {
        m_tlsProblems += TlsProblem::fromSslErrors(errors, origin.host());
        for (const QSslError &e : errors)
            qCWarning(lcSync) << "TLS error from" << origin.host() << ':' << e.errorString();
        // Nothing is ignored: the handshake fails and complete() reports tls_error.
    });
    // A body over the limit is cut off: at once when its length is announced,
    // else as soon as the progress (reported every 100 ms or so) passes it.
    const auto cutOffBeyond = [this](qint64 received, qint64 total) {
        if (received <= MaxBodyBytes && total <= MaxBodyBytes)
            return;
        const int status = m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
        qCWarning(lcSync) << "an answer of more than" << MaxBodyBytes << "bytes was cut off";
        m_status = status;
        fail(clientError(ErrorCode::BadResponse,
                         QStringLiteral("the answer is larger than %1 MiB").arg(MaxBodyBytes / (1024 * 1024)), status));
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, cutOffBeyond] {
        if (m_reply)
            cutOffBeyond(0, m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this, cutOffBeyond);
    // Redirects stay on the same origin (scheme, host, port): the bearer token
    // must never reach another host, and HTTPS never downgrades to HTTP.
    connect(reply, &QNetworkReply::redirected, this, [this, origin](const QUrl &target) {
        const QUrl to = origin.resolved(target);
        if (sameOrigin(origin, to)) {
            if (m_reply)
                Q_EMIT m_reply->redirectAllowed();
            return;
        }
        qCWarning(lcSync) << "refused a redirect from" << origin.host() << "to" << to.scheme() << to.host();
        const int status = m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
        m_status = status;
        fail(clientError(ErrorCode::BadResponse,
                         QStringLiteral("redirect to another origin refused: %1").arg(to.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)),
                         status));
    });
}

void ApiJob::abort()
{
    if (m_finished)
        return;
    m_cancelled = true;
    fail(clientError(ErrorCode::Cancelled, QStringLiteral("cancelled")));
}

void ApiJob::fail(const ApiError &e)
{
    if (m_finished)
        return;
    m_error = e;
    m_finished = true;
    if (QNetworkReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    Q_EMIT finished();
    deleteLater();
}

void ApiJob::complete()
{
    if (m_finished)
        return;
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    m_finished = true;
    reply->disconnect(this);
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_etag = unquoteEtag(reply->rawHeader("ETag"));
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

    if (m_status == 0) {
        const auto err = reply->error();
        const QString text = reply->errorString();
        if (m_cancelled)
            m_error = clientError(ErrorCode::Cancelled, text);
        else if (!m_tlsProblems.isEmpty() || err == QNetworkReply::SslHandshakeFailedError)
            m_error = clientError(ErrorCode::TlsError, text);
        else if (err == QNetworkReply::OperationCanceledError   // the transfer timeout aborts in 6.4
                 || err == QNetworkReply::TimeoutError || err == QNetworkReply::ProxyTimeoutError)
            m_error = clientError(ErrorCode::Timeout, text);
        else if (err == QNetworkReply::ProxyAuthenticationRequiredError)
            m_error = clientError(ErrorCode::ProxyAuthRequired, text);
        else
            m_error = clientError(ErrorCode::NetworkError, text);
        qCInfo(lcSync) << reply->operation() << reply->url().path() << "failed:" << m_error.code << text;
    } else if (m_status >= 400) {
        const std::optional<QJsonDocument> doc = StrictJson::parseDocument(body);
        QString why;
        std::optional<ApiError> parsed;
        if (doc && doc->isObject())
            parsed = ApiError::fromJson(doc->object(), m_status, &why);
        else
            why = QStringLiteral("error body is not JSON");
        if (parsed && parsed->isValid()) {
            m_error = *parsed;
            m_error.status = m_status;
            m_json = *doc;
        } else {
            m_error = clientError(ErrorCode::BadResponse,
                                  QStringLiteral("HTTP %1: %2").arg(m_status).arg(why), m_status);
        }
        qCInfo(lcSync) << reply->url().path() << "answered" << m_status << m_error.code;
    } else if (m_status >= 300) {
        m_error = clientError(ErrorCode::BadResponse,
                              QStringLiteral("unexpected HTTP %1").arg(m_status), m_status);
    } else if (!body.trimmed().isEmpty()) {
        QString why;
        if (const std::optional<QJsonDocument> doc = StrictJson::parseDocument(body, &why)) {
            m_json = *doc;
        } else {
            m_json = {};
            m_error = clientError(ErrorCode::BadResponse, QStringLiteral("body is not JSON: %1").arg(why), m_status);
        }
    }
    reply->deleteLater();
    Q_EMIT finished();
    deleteLater();
}

} // namespace zc::sync
