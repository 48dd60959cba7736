#include "CliContext.h"

#include "RememberedAccounts.h"

#include "sync/Language.h"
#include "sync/RememberedLogin.h"
#include "sync/SyncEngine.h"
#include "sync/WriteThrough.h"

#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QSslCertificate>

#include <algorithm>
#include <atomic>

namespace zc::cli {

namespace {

std::atomic<int> g_cacheConnections{0};

} // namespace

CliContext::CliContext(QObject *parent) : QObject(parent), m_client(this), m_keychain(this)
{
    connect(&m_client, &sync::ApiClient::sessionExpired, this, [this] { m_sessionExpired = true; });
}

CliContext::~CliContext() = default;

// ---------------------------------------------------------------- global options

QList<QCommandLineOption> CliContext::globalOptions()
{
    return {
        QCommandLineOption(QStringLiteral("server"), tr("Server base URL (https only)."), tr("URL")),
        QCommandLineOption(QStringLiteral("ca"), tr("Also trust this CA certificate (PEM)."), tr("FILE")),
        QCommandLineOption(QStringLiteral("profile-file"), tr("Server profile file (JSON: name, url, ca_pem)."),
                           tr("FILE")),
        QCommandLineOption(QStringLiteral("profile"), tr("A stored server profile, by id."), tr("ID")),
        QCommandLineOption(QStringLiteral("lang"), tr("Language of messages: zh-CN or en (default: the system's; Chinese unless it asks for English)."), tr("LANG")),
        QCommandLineOption(QStringLiteral("json"), tr("Print JSON for scripts.")),
        QCommandLineOption(QStringLiteral("as"),
                           tr("Use the remembered session of this login (default: the default account, "
                              "see 'account')."),
                           tr("LOGIN")),
        QCommandLineOption(QStringLiteral("token-file"),
                           tr("Use the API token in this file (readable by you alone) instead of a remembered "
                              "session; see ZC_TOKEN in --help."),
                           tr("FILE")),
        QCommandLineOption(QStringLiteral("timeout"), tr("Network timeout in seconds (default 15)."),
                           tr("SECONDS")),
        QCommandLineOption(QStringLiteral("verbose"), tr("Log what happens on the network to stderr.")),
    };
}

bool CliContext::isGlobalOption(const QString &name)
{
    const QList<QCommandLineOption> options = globalOptions();
    return std::any_of(options.begin(), options.end(),
                       [&name](const QCommandLineOption &option) { return option.names().contains(name); });
}

int CliContext::readGlobalOptions(const QCommandLineParser &parser)
{
    m_server = parser.value(QStringLiteral("server"));
    m_ca = parser.value(QStringLiteral("ca"));
    m_profileFile = parser.value(QStringLiteral("profile-file"));
    m_profileId = parser.value(QStringLiteral("profile"));
    m_as = parser.value(QStringLiteral("as"));
    m_printer.setFormat(parser.isSet(QStringLiteral("json")) ? Printer::Format::Json : Printer::Format::Text);

    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        m_timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || m_timeoutSeconds < 1 || m_timeoutSeconds > 600)
            return usageError(tr("--timeout takes 1 to 600 seconds."));
    }
    const QString language = parser.isSet(QStringLiteral("lang"))
                                 ? sync::Language::fromName(parser.value(QStringLiteral("lang")))
                                 : sync::Language::forLocale(QLocale::system());
    if (language.isEmpty())
        return usageError(tr("--lang takes zh-CN or en."));
    m_language = sync::Language::apiName(language);
    m_printer.setEnglish(m_language == QLatin1String("en"));

    QString why;
    if (!m_token.read(parser.value(QStringLiteral("token-file")), &why))
        return usageError(why);
    if (m_token.isSet() && !m_as.isEmpty())
        return usageError(tr("--as picks a remembered session; it cannot be combined with %1.").arg(m_token.describe()));
    return ExitOk;
}

// ---------------------------------------------------------------- profile and session

int CliContext::resolveProfile()
{
    if (m_server.isEmpty() && m_profileFile.isEmpty() && m_profileId.isEmpty())
        m_server = qEnvironmentVariable("ZC_SERVER");
    int sources = 0;
    sources += m_server.isEmpty() ? 0 : 1;
    sources += m_profileFile.isEmpty() ? 0 : 1;
    sources += m_profileId.isEmpty() ? 0 : 1;
    if (sources > 1)
        return usageError(tr("give only one of --server, --profile-file and --profile."));

    QString why;
    if (!m_profileFile.isEmpty()) {
        const auto p = sync::ServerProfile::fromFile(m_profileFile, &why);
        if (!p)
            return usageError(tr("the profile file %1 is not usable: %2").arg(m_profileFile, why));
        m_profile = *p;
    } else if (!m_server.isEmpty()) {
        const QUrl url(m_server);
        const auto p = sync::ServerProfile::fromJson(
            QJsonObject{{QStringLiteral("name"), url.host().isEmpty() ? m_server : url.host()},
                        {QStringLiteral("url"), m_server}},
            &why);
        if (!p)
            return usageError(tr("the server URL %1 is not usable: %2").arg(m_server, why));
        m_profile = *p;
    } else {
        const QList<sync::ServerProfile> all = sync::ServerProfileStore::load();
        const QString wanted = m_profileId.isEmpty() ? sync::ServerProfileStore::lastProfileId() : m_profileId;
        bool found = false;
        for (const sync::ServerProfile &p : all) {
            if (p.id == wanted) {
                m_profile = p;
                found = true;
                break;
            }
        }
        if (!found && !m_profileId.isEmpty())
            return usageError(tr("no stored server profile has the id '%1'.").arg(m_profileId));
        if (!found) {
            if (all.isEmpty())
                return usageError(tr("no server: give --server URL or --profile-file FILE."));
            m_profile = all.first();
        }
    }

    if (!m_ca.isEmpty()) {
        QFile f(m_ca);
        if (!f.open(QIODevice::ReadOnly))
            return usageError(tr("cannot read the CA file %1.").arg(m_ca));
        const QByteArray pem = f.read(64 * 1024 + 1);
        if (pem.size() > 64 * 1024 || QSslCertificate::fromData(pem, QSsl::Pem).isEmpty())
            return usageError(tr("%1 holds no PEM certificate.").arg(m_ca));
        if (!m_profile.caPem.isEmpty() && !m_profile.caPem.endsWith('\n'))
            m_profile.caPem += '\n';
        m_profile.caPem += pem;
    }
    return ExitOk;
}

void CliContext::connectClient()
{
    m_client.setProfile(m_profile);
    m_client.setLanguage(m_language);
    m_client.setTransferTimeout(m_timeoutSeconds * 1000);
}

int CliContext::openSession()
{
    if (m_token.isSet()) {
        m_client.setToken(m_token.token());
        m_identity = Identity::Token;
        return ExitOk;
    }
    RememberedAccounts accounts(m_profile.id);
    m_sessionLogin = m_as.isEmpty() ? accounts.defaultLogin() : RememberedAccounts::normalized(m_as);
    if (m_sessionLogin.isEmpty()) {
        ApiError e;
        e.code = QStringLiteral("not_logged_in");
        e.status = -1;
        e.message = accounts.logins().isEmpty()
                        ? tr("No remembered session for %1. Run: zhaocai-cli login LOGIN --remember").arg(m_profile.name)
                        : tr("No default account on %1: choose one with 'zhaocai-cli account use LOGIN', or give "
                             "--as LOGIN (remembered: %2).")
                              .arg(m_profile.name, accounts.logins().join(QStringLiteral(", ")));
        return reportError(e);
    }
    QString error;
    const std::optional<QString> token = readToken(m_sessionLogin, &error);
    if (!error.isEmpty()) {
        ApiError e;
        e.code = QStringLiteral("keychain_error");
        e.message = tr("The keychain could not be read: %1").arg(error);
        e.status = -1;
        m_sessionLogin.clear();
        return reportError(e);
    }
    if (!token || token->isEmpty()) {
        // Gone from the keychain (the desktop client signed out, say): not remembered any more.
        if (accounts.contains(m_sessionLogin))
            accounts.remove(m_sessionLogin);
        ApiError e;
        e.code = QStringLiteral("not_logged_in");
        e.message = tr("No remembered session of %1 on %2. Run: zhaocai-cli login %1 --remember")
                        .arg(m_sessionLogin, m_profile.name);
        e.status = -1;
        m_sessionLogin.clear();
        return reportError(e);
    }
    // A session remembered before the accounts were listed, reached with --as.
    if (!accounts.contains(m_sessionLogin))
        accounts.add(m_sessionLogin);
    m_client.setToken(*token);
    m_identity = m_as.isEmpty() ? Identity::DefaultAccount : Identity::AsOption;
    return ExitOk;
}

void CliContext::useRememberedSession()
{
    if (m_token.isSet()) {
        m_client.setToken(m_token.token());
        m_identity = Identity::Token;
        return;
    }
    const QString login = m_as.isEmpty() ? rememberedLogin() : m_as;
    if (login.isEmpty())
        return;
    QString error;
    const auto token = readToken(login, &error);
    if (token && !token->isEmpty()) {
        m_client.setToken(*token);
        m_sessionLogin = login;
        m_identity = m_as.isEmpty() ? Identity::DefaultAccount : Identity::AsOption;
    }
}

void CliContext::forgetSession()
{
    if (m_sessionLogin.isEmpty())
        return;
    const QString error = forgetLogin(m_sessionLogin);
    if (!error.isEmpty())
        m_printer.errLine(tr("The keychain entry could not be deleted: %1").arg(error));
    RememberedAccounts accounts(m_profile.id);
    const RememberedAccounts::DefaultChange change = accounts.remove(m_sessionLogin);
    if (!json() && change == RememberedAccounts::DefaultChange::Cleared && !accounts.logins().isEmpty())
        m_printer.errLine(tr("%1 was the default account; there is none now. Choose one with "
                             "'zhaocai-cli account use LOGIN' (remembered: %2).")
                              .arg(m_sessionLogin, accounts.logins().join(QStringLiteral(", "))));
    else if (!json() && change == RememberedAccounts::DefaultChange::MovedToLastOne)
        m_printer.errLine(tr("%1, the only account remembered here, is the default account now.")
                              .arg(accounts.defaultLogin()));
    m_sessionLogin.clear();
}

int CliContext::finish(int rc)
{
    if (m_sessionExpired && !m_sessionLogin.isEmpty()) {
        if (!json())
            m_printer.errLine(tr("The remembered session has expired or was revoked; it is forgotten. Log in again."));
        forgetSession();
    }
    m_printer.flush();
    return rc;
}

// ---------------------------------------------------------------- errors and the terminal

int CliContext::usageError(const QString &message)
{
    m_printer.err() << QStringLiteral("zhaocai-cli: ") << message << Qt::endl
                    << tr("Try 'zhaocai-cli --help'.") << Qt::endl;
    return ExitUsage;
}

int CliContext::reportError(const ApiError &error, const QList<sync::TlsProblem> &tls)
{
    if (m_identity == Identity::Token && error.status == 401) {
        ApiError e = error;
        e.message = tr("The token of %1 was refused (expired, deleted, or not one of this server's): %2")
                        .arg(m_token.describe(), error.message);
        return m_printer.error(e, tls, m_profile.url.toString());
    }
    return m_printer.error(error, tls, m_profile.url.toString());
}

int CliContext::reportSessionOnlyError(const QString &command, const ApiError &error,
                                       const QList<sync::TlsProblem> &tls)
{
    if (m_identity == Identity::Token && error.status == 403 && error.code == QLatin1String("forbidden")) {
        ApiError e = error;
        e.message = tr("'%1' needs a signed-in session: an API token (here from %2) cannot do that. Sign in with "
                       "'zhaocai-cli login LOGIN --remember' and run it without a token.")
                        .arg(command, m_token.describe());
        return m_printer.error(e, tls, m_profile.url.toString());
    }
    return reportError(error, tls);
}

bool CliContext::readPassword(const QString &prompt, bool fromStdin, QString *password)
{
    const bool ask = !fromStdin && TerminalInput::isInteractive();
    if (ask)
        m_printer.prompt(prompt);
    bool eof = false;
    *password = m_in.readSecret(&eof);
    if (eof || password->isEmpty())
        return false;
    if (ask) {
        m_printer.prompt(tr("Again: "));
        if (m_in.readSecret(&eof) != *password) {
            password->clear();
            return false;
        }
    }
    return true;
}

bool CliContext::confirm(const QString &question, bool yes)
{
    if (yes)
        return true;
    if (!TerminalInput::isInteractive())
        return false;
    m_printer.prompt(question + QStringLiteral(" [y/N] "));
    bool eof = false;
    const QString answer = m_in.readLine(&eof).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == QStringLiteral("是");
}

// ---------------------------------------------------------------- the local cache

sync::WriteThrough &CliContext::writes()
{
    if (m_writes)
        return *m_writes;
    const QString path =
        m_sessionLogin.isEmpty() ? QString() : sync::Cache::defaultPath(m_profile.id, m_sessionLogin);
    if (!path.isEmpty() && QFile::exists(path)) {
        m_engine = std::make_unique<sync::SyncEngine>(&m_client, path);
        m_engine->setInterval(0);
    }
    m_writes = std::make_unique<sync::WriteThrough>(&m_client, m_engine.get());
    m_writes->setSyncAfterWrites(false);
    connect(m_writes.get(), &sync::WriteThrough::cacheWriteFailed, this, [this](const QString &message) {
        m_printer.errLine(
            tr("Warning: the local cache could not be updated (%1); 'zhaocai-cli sync' will catch up.").arg(message));
    });
    return *m_writes;
}

QString CliContext::newCacheConnectionName()
{
    return QStringLiteral("zc-cli-%1").arg(++g_cacheConnections);
}

// ---------------------------------------------------------------- waiting

QJsonDocument CliContext::awaitRaw(sync::ApiJob *job, ApiError *error)
{
    QEventLoop loop;
    QJsonDocument doc;
    bool done = false;
    connect(job, &sync::ApiJob::finished, &loop, [&] {
        doc = job->json();
        if (error)
            *error = job->error();
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return doc;
}

QString CliContext::rememberedLogin() const
{
    return RememberedAccounts(m_profile.id).defaultLogin();
}

namespace {

// Starts one keychain call, handing it a context and the function to call when
// it has answered, and waits for that in a local event loop.
void waitForKeychain(const std::function<void(QObject *, const std::function<void()> &)> &start)
{
    QEventLoop loop;
    bool done = false;
    start(&loop, [&] {
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
}

} // namespace

std::optional<QString> CliContext::readToken(const QString &login, QString *error)
{
    std::optional<QString> token;
    sync::RememberedLogin remembered(&m_keychain, m_profile.id);
    waitForKeychain([&](QObject *context, const std::function<void()> &answered) {
        remembered.readToken(login, context, [&, answered](const std::optional<QString> &t, const QString &e) {
            token = t;
            *error = e;
            answered();
        });
    });
    return token;
}

QString CliContext::rememberToken(const QString &login, const QString &token)
{
    // Read before RememberedLogin changes the profile's remembered login (the
    // desktop client's form), which a first read takes as the default.
    RememberedAccounts accounts(m_profile.id);
    QString error;
    sync::RememberedLogin remembered(&m_keychain, m_profile.id);
    waitForKeychain([&](QObject *context, const std::function<void()> &answered) {
        remembered.remember(
            login, token, context,
            [&, answered](const QString &e) {
                error = e;
                answered();
            },
            sync::RememberedLogin::Previous::Keep);
    });
    if (error.isEmpty())
        accounts.add(login);
    return error;
}

QString CliContext::forgetLogin(const QString &login)
{
    QString error;
    sync::RememberedLogin remembered(&m_keychain, m_profile.id);
    waitForKeychain([&](QObject *context, const std::function<void()> &answered) {
        remembered.forgetLogin(login, context, [&, answered](const QString &e) {
            error = e;
            answered();
        });
    });
    return error;
}

} // namespace zc::cli
