#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace zc::bench {

// One zhaocai-server process on a benchmark data directory: --listen
// 127.0.0.1:0 --dev, real TLS with the CA it keeps in DIR/tls. Its output
// goes to a log file (not into this process's memory, which the benchmark
// measures); start() waits for its "listening on https://HOST:PORT" line.
class BenchServer
{
public:
    BenchServer(QString binary, QString dataDir, QString logPath, QStringList extraArgs = {});
    ~BenchServer();   // stops the process
    BenchServer(const BenchServer &) = delete;
    BenchServer &operator=(const BenchServer &) = delete;

    // False with *error when it exits or does not listen within timeoutMs.
    [[nodiscard]] bool start(QString *error, int timeoutMs = 120000);
    // SIGTERM (a clean stop), then a kill after a grace period.
    void stop();
    [[nodiscard]] bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }   // https://127.0.0.1:PORT
    [[nodiscard]] QString caPath() const;

private:
    QString m_binary;
    QString m_dataDir;
    QString m_logPath;
    QStringList m_extraArgs;
    QProcess m_process;
    QUrl m_baseUrl;
};

} // namespace zc::bench
