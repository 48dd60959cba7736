#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace zc::test {

// One real zhaocai-server process for a test: its own temporary data
// directory, --listen 127.0.0.1:0, --dev, the demo seed by default, real TLS
// with the CA it creates. The binary comes from $ZC_SERVER_BIN (set by CTest).
//
// Storage: SQLite in the data directory, or — when ZC_TEST_DATABASE=postgresql
// (the ctest entries labelled postgresql) — a fresh PostgreSQL database per
// data directory, created in the server named by ZC_TEST_PG_URL
// (postgresql://user@host:port/db, password from the URL or PGPASSWORD; see
// scripts/test.sh) and passed as --database. Its URL is kept in the data
// directory, so a second TestServer on the same dataDir (a restart, or two
// processes on one database) uses the same database; the TestServer that
// created it drops it when it is destroyed.
class TestServer
{
public:
    struct Options
    {
        QString seedFile;          // default: $ZC_SOURCE_DIR/server/seed/demo.json; "-" for none
        bool dev = true;
        QStringList extraArgs;
        QString dataDir;           // reuse a directory (restart); default: a fresh temporary one
    };

    TestServer();
    explicit TestServer(const Options &options);
    ~TestServer();                 // stops the process

    // Starts and waits for "listening on https://HOST:PORT"; false (and a
    // message in errorString()) when it does not come within the timeout.
    [[nodiscard]] bool start(int timeoutMs = 20000);
    void stop();
    // Starts the stopped server again on the same address, port and data (a
    // server that went away and came back); false with errorString() when
    // the port is taken meanwhile or it does not come up.
    [[nodiscard]] bool restart(int timeoutMs = 20000);
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] qint64 processId() const { return m_process.processId(); }
    // Sends SIGTERM (the graceful stop) without waiting.
    void terminate() { m_process.terminate(); }
    // Waits for the process to end; false when it is still running after timeoutMs.
    [[nodiscard]] bool waitForExit(int timeoutMs);
    [[nodiscard]] int exitCode() const { return m_process.exitCode(); }
    [[nodiscard]] bool exitedNormally() const { return m_process.exitStatus() == QProcess::NormalExit; }

    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }         // https://127.0.0.1:PORT
    [[nodiscard]] QString caPath() const;                            // DIR/tls/ca.pem
    [[nodiscard]] QByteArray caPem() const;
    [[nodiscard]] QList<QSslCertificate> caCertificates() const;
    [[nodiscard]] QString dataDir() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QByteArray log() const { return m_log; }           // everything it printed so far

    // PostgreSQL mode (ZC_TEST_DATABASE=postgresql): the URL of this server's
    // database once start() made or found it; empty with SQLite.
    [[nodiscard]] QString databaseUrl() const { return m_databaseUrl; }
    [[nodiscard]] static bool usingPostgres();
    // Opens a QSqlDatabase connection named connectionName to the database of the
    // server whose data directory is dataDir (its SQLite file, or its PostgreSQL
    // database). False with *error.
    [[nodiscard]] static bool openDatabase(const QString &connectionName, const QString &dataDir, QString *error);

    struct Reply
    {
        int status = 0;                     // 0: no HTTP answer (see networkError)
        QJsonDocument json;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString networkError;
        [[nodiscard]] QJsonObject object() const { return json.object(); }
        [[nodiscard]] QString errorCode() const;           // error.code or empty
        [[nodiscard]] QByteArray header(const QByteArray &name) const;
    };

    // Synchronous request over TLS that trusts only the server's CA. path is
    // below /api/v1. body: a JSON document, or raw bytes via rawBody.
    Reply request(const QByteArray &verb, const QString &path, const QJsonObject &body = {},
                  const QString &token = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply requestRaw(const QByteArray &verb, const QString &path, const QByteArray &rawBody,
                     const QString &token = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});

    // Flows the dev endpoints make possible.
    [[nodiscard]] QString captchaAnswer(const QString &captchaId);          // GET /dev/captchas/{id}
    struct NewCaptcha { QString id; QString answer; };
    NewCaptcha solvedCaptcha();                                             // POST /captchas + dev answer
    // POST /sessions with a solved captcha; returns the reply (201 with a Session on success).
    Reply login(const QString &login, const QString &password);
    QString loginToken(const QString &login, const QString &password);     // token, or empty
    QJsonArray smsMessages(const QString &phone);                          // GET /dev/sms?phone=

private:
    bool prepareDatabase();
    void dropDatabase();

    Options m_options;
    QString m_databaseUrl;
    QString m_ownedDatabase;       // the PostgreSQL database this TestServer created (dropped at the end)
    std::unique_ptr<QTemporaryDir> m_tmp;
    QProcess m_process;
    QUrl m_baseUrl;
    QUrl m_lastBaseUrl;            // where it listened before stop(), for restart()
    QString m_error;
    QByteArray m_log;
    QNetworkAccessManager m_nam;
};

} // namespace zc::test
