#pragma once

#include "TerminalInput.h"

#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"
#include "sync/ServerProfile.h"

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace zc::cli {

// Exit codes of zhaocai-cli, for scripts.
enum ExitCode : int {
    ExitOk = 0,
    ExitApiError = 1,    // the server answered with an error (or a local step such as the keychain failed)
    ExitUsage = 2,       // bad command line or input
    ExitNetwork = 3,     // no HTTP answer: network, timeout, proxy, TLS
};

// The command logic of zhaocai-cli: parses one command line, resolves the
// server profile, runs the command against the API through ApiClient (and the
// keychain through CredentialStore for remembered sessions), prints a
// human-readable or JSON answer and returns the exit code. Calls are
// asynchronous underneath; each command waits for its answer in a local event
// loop, which is fine for a one-shot terminal program.
class CliApp : public QObject
{
    Q_OBJECT
public:
    explicit CliApp(QObject *parent = nullptr);
    ~CliApp() override;

    // arguments[0] is the program name, as in QCoreApplication::arguments().
    [[nodiscard]] int run(const QStringList &arguments);

private:
    struct Options;

    int usageError(const QString &message);
    int resolveProfile(const Options &o);
    int openSession(const Options &o);
    void forgetSession();

    int cmdHealth();
    int cmdLogin(const QString &login, const Options &o);
    int cmdMe();
    int cmdLogout();
    int cmdChooseUnit(qint64 id);
    int cmdChooseInstitution(qint64 id);
    int cmdChangePassword(const Options &o);
    int cmdPermissions();

    // Prints the error (and the refused certificates) and returns its exit code.
    int reportError(const ApiError &error, const QList<sync::TlsProblem> &tls = {});
    void printSession(const Session &s, const QString &heading);
    void printPermissionTree(const QList<Permission> &nodes, int depth);
    void printJson(const QJsonValue &value);
    [[nodiscard]] QString permissionTitle(const QString &code) const;
    [[nodiscard]] bool english() const;

    template <typename T>
    sync::Result<T> await(const std::function<sync::ApiJob *(QObject *, sync::ApiClient::Done<T>)> &start);
    // Waits for a raw job; returns its status (0 on transport failure) with the job's error and JSON.
    QJsonDocument awaitRaw(sync::ApiJob *job, ApiError *error);
    std::optional<QString> keychainRead(const QString &key, QString *error);
    QString keychainWrite(const QString &key, const QString &secret);
    QString keychainRemove(const QString &key);

    QTextStream m_out;
    QTextStream m_err;
    TerminalInput m_in;
    sync::ApiClient m_client;
    sync::CredentialStore m_keychain;
    sync::ServerProfile m_profile;
    bool m_json = false;
    QString m_language;
    QString m_sessionLogin;          // login whose remembered token is in use
    bool m_sessionExpired = false;
};

} // namespace zc::cli
