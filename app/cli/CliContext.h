#pragma once

#include "ExitCode.h"
#include "Printer.h"
#include "TerminalInput.h"
#include "TokenSource.h"

#include "sync/ApiClient.h"
#include "sync/CredentialStore.h"
#include "sync/ServerProfile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace zc::sync {
class SyncEngine;
class WriteThrough;
} // namespace zc::sync

namespace zc::cli {

// What every command of zhaocai-cli shares: the global options (server
// profile, language, output format, timeout, --as, --token-file), the
// ApiClient and the keychain, the remembered session (or the token of
// ZC_TOKEN / --token-file, which never touches the keychain), the terminal
// and the Printer. Calls are
// asynchronous underneath; a command waits for each answer in a local event
// loop (await), which is fine for a one-shot terminal program.
class CliContext : public QObject
{
    Q_OBJECT
public:
    explicit CliContext(QObject *parent = nullptr);
    ~CliContext() override;

    // --server, --ca, --profile-file, --profile, --lang, --json, --as, --token-file, --timeout, --verbose.
    [[nodiscard]] static QList<QCommandLineOption> globalOptions();
    [[nodiscard]] static bool isGlobalOption(const QString &name);
    // Takes the global options' values; a usage error's code when one does not fit.
    [[nodiscard]] int readGlobalOptions(const QCommandLineParser &parser);

    // The server profile: --profile-file, --server, --profile, $ZC_SERVER or the last one used, with --ca added.
    [[nodiscard]] int resolveProfile();
    // Points the ApiClient at the profile, in the chosen language, with the timeout.
    void connectClient();
    // Puts the token of ZC_TOKEN / --token-file on the client, else the
    // remembered session of --as, else that of the profile's default account.
    [[nodiscard]] int openSession();
    // The same when there is one; nothing when there is none.
    void useRememberedSession();
    // Removes the session's token from the keychain and the account from the
    // remembered ones (saying on stderr what became of the default).
    void forgetSession();
    // Forgets a remembered session the server said is gone, flushes, returns rc.
    [[nodiscard]] int finish(int rc);

    // Prints "zhaocai-cli: message" and the hint to --help; returns ExitUsage.
    [[nodiscard]] int usageError(const QString &message);
    // Prints the error (and the refused certificates) and returns its exit code.
    // A 401 while a token of ZC_TOKEN / --token-file is in use names where it came from.
    [[nodiscard]] int reportError(const ApiError &error, const QList<sync::TlsProblem> &tls = {});
    // The same for `command`, which only a signed-in session may run (/me*,
    // /sessions*, /api-tokens*): the server's 403 `forbidden` to an API token
    // is said plainly as that.
    [[nodiscard]] int reportSessionOnlyError(const QString &command, const ApiError &error,
                                             const QList<sync::TlsProblem> &tls = {});

    [[nodiscard]] Printer &printer() { return m_printer; }
    [[nodiscard]] TerminalInput &input() { return m_in; }
    [[nodiscard]] sync::ApiClient &client() { return m_client; }
    [[nodiscard]] sync::CredentialStore &keychain() { return m_keychain; }
    [[nodiscard]] const sync::ServerProfile &profile() const { return m_profile; }
    [[nodiscard]] bool json() const { return m_printer.isJson(); }
    [[nodiscard]] QString asLogin() const { return m_as; }
    [[nodiscard]] QString sessionLogin() const { return m_sessionLogin; }
    [[nodiscard]] const TokenSource &tokenSource() const { return m_token; }
    [[nodiscard]] bool usesToken() const { return m_token.isSet(); }
    // Where the credentials of this run came from (set by openSession()).
    enum class Identity { None, DefaultAccount, AsOption, Token };
    [[nodiscard]] Identity identity() const { return m_identity; }

    // Reads a password: a prompt and the same again on a terminal, else one
    // line of stdin; false when none was given (or the two differ).
    [[nodiscard]] bool readPassword(const QString &prompt, bool fromStdin, QString *password);
    // Asks "…? [y/N]" on a terminal; without one, only --yes (`yes`) says yes.
    [[nodiscard]] bool confirm(const QString &question, bool yes);

    // The write path (sync::WriteThrough) of the signed-in account: to the
    // server, and to the account's cache file when there is one here, so that
    // the desktop client and `export` see the write before the next sync. A
    // cache that cannot take it is only warned about; no sync follows (the
    // next `sync` catches up).
    [[nodiscard]] sync::WriteThrough &writes();
    // A connection name of its own for each cache this process opens.
    [[nodiscard]] static QString newCacheConnectionName();

    // Waits in a local event loop for one typed call.
    template <typename T>
    sync::Result<T> await(const std::function<sync::ApiJob *(QObject *, sync::ApiClient::Done<T>)> &start);
    // Waits for a raw job; returns its JSON, with the job's error in *error.
    QJsonDocument awaitRaw(sync::ApiJob *job, ApiError *error);

    // The sessions kept in the keychain for this profile, one per login (through
    // sync::RememberedLogin, as the desktop client keeps its one); which
    // logins have one and which is the default, in RememberedAccounts.
    // The profile's default account; empty when there is none.
    [[nodiscard]] QString rememberedLogin() const;
    std::optional<QString> readToken(const QString &login, QString *error);
    // Keeps the token of `login` and adds it to the remembered accounts
    // (the default is the caller's to choose); other logins keep theirs
    // (--as). The keychain's error, or empty.
    QString rememberToken(const QString &login, const QString &token);
    // The token of `login` deleted from the keychain. The keychain's error, or empty.
    QString forgetLogin(const QString &login);

private:
    Printer m_printer;
    TerminalInput m_in;
    sync::ApiClient m_client;
    sync::CredentialStore m_keychain;
    sync::ServerProfile m_profile;
    std::unique_ptr<sync::SyncEngine> m_engine;     // the cache's, once a command writes
    std::unique_ptr<sync::WriteThrough> m_writes;

    QString m_server;
    QString m_ca;
    QString m_profileFile;
    QString m_profileId;
    QString m_as;
    TokenSource m_token;
    Identity m_identity = Identity::None;
    QString m_language;
    int m_timeoutSeconds = 15;

    QString m_sessionLogin;          // login whose remembered token is in use
    bool m_sessionExpired = false;
};

template <typename T>
inline sync::Result<T> CliContext::await(
    const std::function<sync::ApiJob *(QObject *, sync::ApiClient::Done<T>)> &start)
{
    QEventLoop loop;
    std::optional<sync::Result<T>> out;
    start(&loop, [&out, &loop](const sync::Result<T> &r) {
        out = r;
        loop.quit();
    });
    if (!out)
        loop.exec();
    return *out;
}

} // namespace zc::cli
