#include "server/sms/WebhookSmsSender.h"

#include "server/sms/SmsSender.h"
#include "server/storage/Database.h"
#include "server/storage/SmsMessageStorage.h"
#include "server/storage/WebhookQueueStorage.h"
#include "server/Logging.h"
#include "models/JsonReader.h"

#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>

namespace zc::server {

namespace {

// How long a claimed message is left to the process that posts it.
constexpr qint64 LeaseMarginMs = 30000;
constexpr int ClaimBatch = 8;

} // namespace

bool WebhookSmsSender::checkUrl(const QUrl &url, QString *error)
{
    if (!url.isValid() || url.host().isEmpty()) {
        *error = QStringLiteral("--sms-webhook expects an absolute https:// URL");
        return false;
    }
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() == QLatin1String("http")) {
        const QHostAddress address(url.host());
        if (url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
            || (!address.isNull() && address.isLoopback()))
            return true;
        *error = QStringLiteral("--sms-webhook: plain http is allowed for loopback addresses only; use https");
        return false;
    }
    *error = QStringLiteral("--sms-webhook expects an https:// URL");
    return false;
}

WebhookSmsSender::WebhookSmsSender(Database &db, Settings settings, QObject *parent)
    : QObject(parent), m_db(db), m_settings(std::move(settings))
{
    m_poll.setInterval(m_settings.pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &WebhookSmsSender::deliverDue);
}

WebhookSmsSender::~WebhookSmsSender()
{
    // Replies still in flight are aborted with the access manager; their
    // messages keep their lease and are posted again once it runs out.
    m_poll.stop();
}

bool WebhookSmsSender::start(QString *error)
{
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_settings.caFile.isEmpty()) {
        QFile f(m_settings.caFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read --sms-webhook-ca %1: %2").arg(m_settings.caFile, f.errorString());
            return false;
        }
        const QList<QSslCertificate> cas = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
        if (cas.isEmpty()) {
            *error = QStringLiteral("--sms-webhook-ca %1 holds no PEM certificate").arg(m_settings.caFile);
            return false;
        }
        m_ssl.addCaCertificates(cas);
    }
    m_poll.start();
    scheduleSoon();   // what an earlier run left in the queue
    return true;
}

qint64 WebhookSmsSender::backoffMs(const Settings &settings, int failedAttempts)
{
    qint64 delay = settings.initialBackoffMs;
    for (int i = 1; i < failedAttempts && delay < settings.maxBackoffMs; ++i)
        delay *= 2;
    return qMin<qint64>(delay, settings.maxBackoffMs);
}

void WebhookSmsSender::deliverSoon()
{
    QMetaObject::invokeMethod(this, &WebhookSmsSender::scheduleSoon, Qt::QueuedConnection);
}

void WebhookSmsSender::scheduleSoon()
{
    // After the current request (and its transaction) is done.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &WebhookSmsSender::deliverDue);
}

void WebhookSmsSender::deliverDue()
{
    m_scheduled = false;
    if (m_db.inTransaction() || m_inFlight >= m_settings.maxInFlight)
        return;
    struct Claimed
    {
        qint64 id;
        QString phone;
        QString kind;
        QByteArray payload;
        int attempt;
    };
    // A plain read first: the claim below takes the write lock, which an
    // empty queue (the usual case of the timer) need not.
    const qint64 checkedAt = QDateTime::currentMSecsSinceEpoch();
    WebhookQueueStorage queue(m_db);
    const Result<bool> anyDue = queue.anyDue(checkedAt);
    if (!anyDue || !anyDue.value())
        return;
    const int room = qMin(ClaimBatch, m_settings.maxInFlight - m_inFlight);
    const Result<QList<Claimed>> claimed = m_db.transaction<QList<Claimed>>([&]() -> Result<QList<Claimed>> {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const Result<QList<WebhookQueueStorage::Queued>> due = queue.due(now, room);
        if (!due)
            return due.error();
        QList<Claimed> list;
        for (const WebhookQueueStorage::Queued &q : due.value()) {
            Claimed c{q.id, q.phone, q.kind, q.payload.toUtf8(), q.attempts + 1};
            if (const Status leased = queue.lease(c.id, c.attempt, now + m_settings.timeoutMs + LeaseMarginMs); !leased)
                return leased.error();
            list.append(c);
        }
        return list;
    });
    if (!claimed)
        return;   // logged by Database; the poll timer tries again
    for (const Claimed &c : claimed.value())
        post(c.id, c.payload, c.phone, c.kind, c.attempt);
}

void WebhookSmsSender::post(qint64 id, const QByteArray &payload, const QString &phone, const QString &kind,
                            int attempt)
{
    QNetworkRequest request(m_settings.url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(m_settings.timeoutMs);
    // A redirect is a failure: the message (with its code) goes to the configured URL only.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("zhaocai-server/" ZC_VERSION));
    request.setRawHeader("Idempotency-Key", "zc-sms-" + QByteArray::number(id));
    if (!m_settings.bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.bearerToken);

    ++m_inFlight;
    QNetworkReply *reply = m_nam.post(request, payload);
    // The answer's body is not needed: drop it as it comes (no unbounded buffering).
    connect(reply, &QNetworkReply::readyRead, reply, [reply] { (void)reply->readAll(); });
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, phone, kind, attempt] {
        reply->deleteLater();
        --m_inFlight;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QString problem;
        if (reply->error() != QNetworkReply::NoError && status == 0)
            problem = reply->errorString();
        else if (status < 200 || status > 299)
            problem = QStringLiteral("HTTP %1").arg(status);
        finished(id, phone, kind, attempt, status, problem);
        scheduleSoon();   // more may be due
    });
}

void WebhookSmsSender::finished(qint64 id, const QString &phone, const QString &kind, int attempt, int status,
                                const QString &problem)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (problem.isEmpty()) {
        const Status done = m_db.transaction<Done>([&]() -> Status {
            if (const Status removed = WebhookQueueStorage(m_db).remove(id); !removed)
                return removed;
            return SmsMessageStorage(m_db).recordSent(now, phone, kind, name());
        });
        if (done)
            qCInfo(lcSms).noquote() << "SMS sent to" << SmsSender::maskPhone(phone) << "kind" << kind << "(webhook, HTTP"
                                    << status << "attempt" << attempt << ")";
        return;
    }
    if (attempt >= m_settings.maxAttempts) {
        (void)WebhookQueueStorage(m_db).remove(id);
        qCCritical(lcSms).noquote() << "SMS to" << SmsSender::maskPhone(phone) << "kind" << kind << "dropped after" << attempt
                                    << "attempts; last:" << problem;
        return;
    }
    const qint64 delay = backoffMs(m_settings, attempt);
    (void)WebhookQueueStorage(m_db).retryAt(id, now + delay, problem);
    qCWarning(lcSms).noquote() << "SMS to" << SmsSender::maskPhone(phone) << "kind" << kind << "attempt" << attempt
                               << "failed:" << problem << "- retry in" << delay << "ms";
}

} // namespace zc::server
