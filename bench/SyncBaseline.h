#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace zc::bench {

// What one baseline run did.
struct BaselineRun
{
    bool ok = false;
    QString error;
    qint64 ms = 0;            // first request to commit
    int requests = 0;         // GET /changes pages
    qint64 roles = 0;
    qint64 accounts = 0;
    qint64 assignments = 0;
};

// The full-sync baseline: the same GET /changes requests (same
// limit, following the cursor while `more`) with a plain
// QNetworkAccessManager, each page parsed with QJsonDocument, and the same
// rows inserted into a fresh SQLite file of the cache's table shape with raw
// prepared statements, all in one transaction. Sequential and single-threaded:
// the simplest correct way to download and store the data.
class SyncBaseline
{
public:
    // apiBase: https://HOST:PORT/api/v1
    SyncBaseline(QUrl apiBase, QList<QSslCertificate> caCertificates, QString token, int limit);

    [[nodiscard]] BaselineRun run(const QString &sqlitePath);

private:
    QUrl m_apiBase;
    QList<QSslCertificate> m_cas;
    QString m_token;
    int m_limit;
    QNetworkAccessManager m_nam;
};

} // namespace zc::bench
