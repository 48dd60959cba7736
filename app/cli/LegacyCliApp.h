#pragma once

#include "ExitCode.h"
#include "TerminalInput.h"

#include "sync/ApiClient.h"
#include "sync/Cache.h"
#include "sync/CredentialStore.h"
#include "sync/ServerProfile.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace zc::cli {

// The command logic of zhaocai-cli: parses one command line, resolves the
// server profile, runs the command against the API through ApiClient (and the
// keychain through CredentialStore for remembered sessions), prints a
// human-readable or JSON answer and returns the exit code. Calls are
// asynchronous underneath; each command waits for its answer in a local event
// loop, which is fine for a one-shot terminal program.
class LegacyCliApp : public QObject
{
    Q_OBJECT
public:
    explicit LegacyCliApp(QObject *parent = nullptr);
    ~LegacyCliApp() override;

    // The commands that moved to the Command table are not run here: run()
    // answers NotHandled for them.
    static constexpr int NotHandled = -1;
    // arguments[0] is the program name, as in QCoreApplication::arguments().
    [[nodiscard]] int run(const QStringList &arguments, const QStringList &movedCommands);

private:
    // One parsed command line.
    struct Options
    {
        QString command;
        QStringList args;
        QString server;
        QString ca;
        QString profileFile;
        QString profileId;
        QString as;
        bool passwordStdin = false;
        bool devCaptcha = false;
        bool remember = false;
        QString captchaFile;
        int timeoutSeconds = 15;
        // Administration commands.
        QString q;
        std::optional<Account::Status> status;
        int page = 1;
        int size = 10;
        std::optional<QString> name;
        std::optional<QStringList> permissions;
        std::optional<QString> remark;
        std::optional<sync::SmsPurpose> purpose;
        QString smsCode;
        QString mainLogin;
        bool unassigned = false;
        QString login;                // role-accounts --login filter
        QString action;
        qint64 actor = 0;
        QDateTime from;
        QDateTime to;
        bool full = false;
        QString format = QStringLiteral("csv");
        QString output;
        bool bom = false;
        bool yes = false;
        // register
        std::optional<sync::RegistrationRequest::Method> method;
        QString uscc;
        QString unitName;
        QString legalRepName;
        QString legalRepId;
        QString phone;
    };

    int usageError(const QString &message);
    // Forgets a remembered session the server said is gone, flushes, returns rc.
    int finish(int rc);
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

    // Administration commands (CliAdminCommands.cpp).
    int cmdSmsCode(const QString &phone, const Options &o);
    int cmdRegister(const QString &login, const Options &o);
    int cmdResetPassword(const QString &phone, const Options &o);
    int cmdUnitAuth(const QString &kind, const QString &unitCode);
    int cmdHandlers(const Options &o);
    int cmdHandlerAdd(const QString &phone, const QString &name, const Options &o);
    int cmdHandlerPatch(qint64 id, const sync::HandlerPatch &patch, const QString &verb);
    int cmdHandlerResetPassword(qint64 id);
    int cmdHandlerDelete(qint64 id, const Options &o);
    int cmdRoles(const Options &o);
    int cmdRoleShow(qint64 id);
    int cmdRoleCreate(const QString &name, const Options &o);
    int cmdRoleUpdate(qint64 id, const Options &o);
    int cmdRoleDelete(qint64 id, const Options &o);
    int cmdRoleAccounts(qint64 roleId, const Options &o);
    int cmdAssign(qint64 roleId, const QList<qint64> &accountIds, bool assign);
    int cmdAudit(const Options &o);
    int cmdSync(const Options &o);
    int cmdExport(const QString &what, const Options &o);

    // A solved captcha: drawn in the terminal and read from stdin, or (--dev-captcha) asked of a --dev server.
    int solveCaptcha(const Options &o, QString *id, QString *answer);
    // Reads a password (prompt on a terminal, else one line of stdin); false when none was given.
    bool readPassword(const QString &prompt, bool fromStdin, QString *password);
    // Asks "…? [y/N]" on a terminal; without one, only --yes says yes.
    bool confirm(const QString &question, const Options &o);
    // The handler's current version, found by paging through GET /handlers.
    int findHandler(qint64 id, Account *out);
    // All account ids currently assigned to the role (every page).
    int assignedIds(qint64 roleId, QSet<qint64> *out);
    // The cache file of the signed-in account, when it exists: the write is
    // applied there too, so that the desktop client and `export` see it before
    // the next sync. Problems are only warned about.
    void writeThroughCache(const std::function<sync::CacheError(sync::Cache &)> &apply);
    [[nodiscard]] QString cachePath() const;
    void printPage(const QString &what, int total, int page, int size, int shown);
    void printAccounts(const sync::Page<Account> &page);
    void printRole(const Role &role);
    [[nodiscard]] QJsonObject pageJson(const QJsonArray &items, int total, int page, int size) const;
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

// Waits in a local event loop for one typed call (a one-shot terminal program may block).
template <typename T>
inline sync::Result<T> LegacyCliApp::await(const std::function<sync::ApiJob *(QObject *, sync::ApiClient::Done<T>)> &start)
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
