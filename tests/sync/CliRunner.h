#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace zc::test {

class TestServer;

// Runs the built zhaocai-cli ($ZC_CLI_BIN) the way a person or a script does,
// for the CLI suites that came after tst_cli: each run under an English
// locale, in the runner's HOME (a fresh one per freshHome(), so that QSettings
// start empty), inside the test's keyring session, with none of the
// ZC_TOKEN / ZC_SERVER / ZC_PROFILE_FILE of the caller unless a run sets them.
// While the program runs the test's event loop turns, so that a TestServer
// keeps reading its server's log (a full pipe would stall the server under a
// long command).
class CliRunner
{
public:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        [[nodiscard]] QJsonObject json() const;
        [[nodiscard]] QJsonArray jsonArray() const;
        // The first JSON object on stderr (an error or a notice with --json).
        [[nodiscard]] QJsonObject errJson() const;
        [[nodiscard]] QString errorCode() const;   // errJson()'s error.code
        [[nodiscard]] QByteArray describe() const;
    };

    CliRunner();
    [[nodiscard]] QString binary() const { return m_bin; }
    // False (with why()) when ZC_CLI_BIN names no file; else a fresh HOME.
    [[nodiscard]] bool init();
    [[nodiscard]] QString why() const { return m_why; }
    void setServer(TestServer *server) { m_server = server; }
    [[nodiscard]] bool freshHome();
    [[nodiscard]] QString home() const { return m_home ? m_home->path() : QString(); }
    [[nodiscard]] QString homeFile(const QString &name) const { return m_home->filePath(name); }

    // `env`: variables to set for this run (an empty value sets it empty), e.g.
    // LC_ALL for another locale. A run longer than `timeoutMs` is killed (exit -2).
    Run run(const QStringList &args, const QByteArray &input = {}, const QMap<QString, QString> &env = {},
            int timeoutMs = 300000) const;
    // --server URL --ca FILE of the test's server.
    [[nodiscard]] QStringList server() const;
    // login LOGIN --remember (with the demo password), plus `extra`; the run.
    Run signIn(const QString &login, const QStringList &extra = {}) const;

private:
    QString m_bin;
    QString m_why;
    TestServer *m_server = nullptr;
    std::unique_ptr<QTemporaryDir> m_home;
};

} // namespace zc::test
