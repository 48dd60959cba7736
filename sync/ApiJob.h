#pragma once

#include "TlsProblem.h"

#include "models/ApiError.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace zc::sync {

// One request in flight. It is owned by the ApiClient and deletes itself
// (deleteLater) after finished(); watch it with QPointer. abort() really
// cancels: the answer is dropped and the job finishes with code "cancelled".
class ApiJob : public QObject
{
    Q_OBJECT
public:
    // The largest body the client takes (the API's biggest, a full page of
    // the change feed, is a few MiB); a longer one is cut off as bad_response
    // (at its headers when they announce it) instead of read and parsed.
    static constexpr qint64 MaxBodyBytes = 32 * 1024 * 1024;

    void abort();
    [[nodiscard]] bool isFinished() const { return m_finished; }

    // Valid after finished():
    [[nodiscard]] int status() const { return m_status; }           // 0 when no HTTP answer
    [[nodiscard]] const ApiError &error() const { return m_error; } // invalid (empty code) on success
    [[nodiscard]] const QJsonDocument &json() const { return m_json; }
    [[nodiscard]] QByteArray etag() const { return m_etag; }
    [[nodiscard]] const QList<TlsProblem> &tlsProblems() const { return m_tlsProblems; }

Q_SIGNALS:
    void finished();                  // exactly once, success or not

private:
    friend class ApiClient;
    explicit ApiJob(QNetworkReply *reply, QObject *parent);
    void complete();
    void fail(const ApiError &e);

    QPointer<QNetworkReply> m_reply;
    bool m_finished = false;
    bool m_cancelled = false;
    int m_status = 0;
    ApiError m_error;
    QJsonDocument m_json;
    QByteArray m_etag;
    QList<TlsProblem> m_tlsProblems;
};

// An error the client makes itself (no server error body): a transport code
// of ApiError (network_error, timeout, tls_error, cancelled, bad_response …).
[[nodiscard]] ApiError clientError(ErrorCode code, const QString &message, int status = 0);

} // namespace zc::sync
