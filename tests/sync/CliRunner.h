#pragma once

#include <QByteArray>
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
class CliRunner
{
public:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        [[nodiscard]] QJsonObject json() const;
        // An error with --json: on stderr, as JSON, from where the object opens.
        [[nodiscard]] QJsonObject errJson() const;
        [[nodiscard]] QString errorCode() const;   // errJson()'s error.code
        [[nodiscard]] QByteArray describe() const;
    };

    // False (with why()) when ZC_CLI_BIN names no file.
    [[nodiscard]] bool init();
    [[nodiscard]] QString why() const { return m_why; }
    void setServer(TestServer *server) { m_server = server; }
    [[nodiscard]] bool freshHome();
    [[nodiscard]] QString home() const { return m_home ? m_home->path() : QString(); }

    // `env`: variables to set for this run (an empty value sets it empty).
    Run run(const QStringList &args, const QByteArray &input = {}, const QMap<QString, QString> &env = {}) const;
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
