#include "BenchServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

namespace zc::bench {

BenchServer::BenchServer(QString binary, QString dataDir, QString logPath, QStringList extraArgs)
    : m_binary(std::move(binary)), m_dataDir(std::move(dataDir)), m_logPath(std::move(logPath)),
      m_extraArgs(std::move(extraArgs))
{
}

BenchServer::~BenchServer()
{
    stop();
}

QString BenchServer::caPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("tls/ca.pem"));
}

bool BenchServer::start(QString *error, int timeoutMs)
{
    QFile::remove(m_logPath);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES"));   // its "listening on" line is an info message
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_logPath, QIODevice::Truncate);
    m_process.start(m_binary, QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                          QStringLiteral("--data"), m_dataDir, QStringLiteral("--dev")}
                                  + m_extraArgs);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(m_binary, m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (https://[0-9.]+:[0-9]+)"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QFile log(m_logPath);
        if (log.open(QIODevice::ReadOnly)) {
            const QRegularExpressionMatch m = listening.match(QString::fromUtf8(log.readAll()));
            if (m.hasMatch()) {
                m_baseUrl = QUrl(m.captured(1));
                return true;
            }
        }
        if (m_process.waitForFinished(20)) {
            *error = QStringLiteral("zhaocai-server exited (code %1) before listening; see %2")
                         .arg(m_process.exitCode())
                         .arg(m_logPath);
            return false;
        }
    }
    *error = QStringLiteral("zhaocai-server did not listen within %1 s; see %2").arg(timeoutMs / 1000).arg(m_logPath);
    stop();
    return false;
}

void BenchServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace zc::bench
