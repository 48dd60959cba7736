#pragma once

// Runs the built zhaocai-cli ($ZC_CLI_BIN) for tst_cli_bulk and tst_cli_lists: a
// fresh HOME (so its QSettings and cache start empty), a locale, stdin, and
// the exit code, stdout and stderr it left. While it runs, the test's own
// event loop turns, so that a TestServer keeps reading its server's log (a
// full pipe would stall the server under a long command).

#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace zc::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    [[nodiscard]] QJsonArray jsonArray() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }
    // The first JSON object on stderr (an error or a notice with --json).
    [[nodiscard]] QJsonObject errJson() const
    {
        const qsizetype at = err.indexOf(QStringLiteral("{\n"));
        if (at < 0)
            return {};
        const qsizetype end = err.indexOf(QStringLiteral("\n}\n"), at);
        return QJsonDocument::fromJson(err.mid(at, end < 0 ? -1 : end + 2 - at).toUtf8()).object();
    }
    [[nodiscard]] QByteArray describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3").arg(exitCode).arg(out.left(4000), err.left(4000)).toUtf8();
    }
};

class CliProcess
{
public:
    CliProcess() : m_bin(QProcessEnvironment::systemEnvironment().value(QStringLiteral("ZC_CLI_BIN"))) {}

    [[nodiscard]] QString binary() const { return m_bin; }
    // A new, empty HOME for the runs that follow; false when it cannot be made.
    bool freshHome()
    {
        m_home = std::make_unique<QTemporaryDir>();
        return m_home->isValid();
    }
    [[nodiscard]] QString homeFile(const QString &name) const { return m_home->filePath(name); }

    CliRun run(const QStringList &args, const QByteArray &input = {},
               const QString &locale = QStringLiteral("en_US.UTF-8"), int timeoutMs = 300000) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral(".local/share")));
        env.remove(QStringLiteral("ZC_PROFILE_FILE"));
        p.setProcessEnvironment(env);
        p.start(m_bin, args);
        CliRun r;
        if (!p.waitForStarted(10000))
            return r;
        p.write(input);
        p.closeWriteChannel();
        QByteArray out;
        QByteArray err;
        const QDeadlineTimer deadline(timeoutMs);
        while (p.state() != QProcess::NotRunning && !deadline.hasExpired()) {
            p.waitForFinished(20);
            out += p.readAllStandardOutput();
            err += p.readAllStandardError();
            QCoreApplication::processEvents();
        }
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(out + p.readAllStandardOutput());
        r.err = QString::fromUtf8(err + p.readAllStandardError());
        return r;
    }

private:
    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_home;
};

} // namespace zc::test
