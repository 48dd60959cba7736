#include "CliRunner.h"

#include "DemoSeed.h"
#include "TestServer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

namespace zc::test {

QJsonObject CliRunner::Run::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

QJsonArray CliRunner::Run::jsonArray() const
{
    return QJsonDocument::fromJson(out.toUtf8()).array();
}

QJsonObject CliRunner::Run::errJson() const
{
    const qsizetype at = err.indexOf(QStringLiteral("{\n"));
    if (at < 0)
        return {};
    const qsizetype end = err.indexOf(QStringLiteral("\n}\n"), at);
    return QJsonDocument::fromJson(err.mid(at, end < 0 ? -1 : end + 2 - at).toUtf8()).object();
}

QString CliRunner::Run::errorCode() const
{
    return errJson().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QByteArray CliRunner::Run::describe() const
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3").arg(exitCode).arg(out, err).toUtf8();
}

CliRunner::CliRunner() : m_bin(QProcessEnvironment::systemEnvironment().value(QStringLiteral("ZC_CLI_BIN"))) {}

bool CliRunner::init()
{
    if (!QFile::exists(m_bin)) {
        m_why = QStringLiteral("ZC_CLI_BIN must name the built zhaocai-cli");
        return false;
    }
    return freshHome();
}

bool CliRunner::freshHome()
{
    m_home = std::make_unique<QTemporaryDir>();
    return m_home->isValid();
}

CliRunner::Run CliRunner::run(const QStringList &args, const QByteArray &input,
                              const QMap<QString, QString> &env, int timeoutMs) const
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    e.remove(QStringLiteral("LANGUAGE"));
    e.remove(QStringLiteral("QT_LOGGING_RULES"));
    e.insert(QStringLiteral("HOME"), m_home->path());
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral(".config")));
    e.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral(".local/share")));
    for (const char *name : {"ZC_PROFILE_FILE", "ZC_TOKEN", "ZC_SERVER"})
        e.remove(QString::fromLatin1(name));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(m_bin, args);
    Run r;
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

QStringList CliRunner::server() const
{
    return {QStringLiteral("--server"), m_server->baseUrl().toString(), QStringLiteral("--ca"), m_server->caPath()};
}

CliRunner::Run CliRunner::signIn(const QString &login, const QStringList &extra) const
{
    return run(server() << QStringLiteral("login") << login << QStringLiteral("--dev-captcha")
                        << QStringLiteral("--password-stdin") << QStringLiteral("--remember") << extra,
               demo::Password.toUtf8() + '\n');
}

} // namespace zc::test
