#pragma once

#include <QString>

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

namespace zc::server {

class Database;

// The HTTP webhook SMS sender (--sms-webhook URL), on the main thread's event
// loop: each message is POSTed as JSON to the URL. A request never waits for
// the webhook: the worker threads only queue messages (WebhookQueue, in the
// table sms_webhook_queue), and this object delivers due messages
// asynchronously, woken by deliverSoon() or its timer:
// - each POST has a timeout; a 2xx answer is delivered, anything else (an
//   error status, a redirect, a timeout, a TLS or network failure) is retried
//   with exponential backoff (1 s, 2 s, 4 s … at most 5 min) up to
//   maxAttempts, then dropped with an error in the log;
// - a message is claimed with a lease before it is posted, so several server
//   processes on one database share the queue and post each message once
//   (a process that dies mid-post leaves it to be retried after the lease);
// - every POST carries Idempotency-Key, the same for all attempts of a message;
// - TLS verification is always on; extra CA certificates come from caFile;
//   plain http is allowed for loopback URLs only;
// - the queued row (which holds the code or password until delivered) is
//   deleted once delivered or dropped; sms_messages records what was sent.
class WebhookSmsSender final : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QUrl url;
        QString caFile;              // PEM CA certificates trusted besides the system's
        QByteArray bearerToken;      // Authorization: Bearer … (from ZC_SMS_WEBHOOK_TOKEN); empty: none
        int timeoutMs = 10000;
        int maxAttempts = 6;
        int initialBackoffMs = 1000; // doubled after every failed attempt
        int maxBackoffMs = 5 * 60 * 1000;
        int pollIntervalMs = 1000;   // how often the queue is looked at (other processes' messages, retries)
        int maxInFlight = 8;
    };

    // https://…, or http://… on a loopback address; false with *error otherwise.
    [[nodiscard]] static bool checkUrl(const QUrl &url, QString *error);

    WebhookSmsSender(Database &db, Settings settings, QObject *parent = nullptr);
    ~WebhookSmsSender() override;

    // Loads the CA file and starts the delivery timer; false with *error.
    [[nodiscard]] bool start(QString *error);

    // Looks at the queue at once (after a worker queued a message). Thread-safe:
    // it only posts to the object's thread.
    void deliverSoon();
    [[nodiscard]] const Settings &settings() const { return m_settings; }

    // Delay before attempt n+1 after n failed attempts (n >= 1).
    [[nodiscard]] static qint64 backoffMs(const Settings &settings, int failedAttempts);

private:
    void deliverDue();
    void post(qint64 id, const QByteArray &payload, const QString &phone, const QString &kind, int attempt);
    void finished(qint64 id, const QString &phone, const QString &kind, int attempt, int status,
                  const QString &problem);
    void scheduleSoon();
    static QString name() { return QStringLiteral("webhook"); }

    Database &m_db;
    Settings m_settings;
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_nam;
    QTimer m_poll;
    bool m_scheduled = false;
    int m_inFlight = 0;
};

} // namespace zc::server
