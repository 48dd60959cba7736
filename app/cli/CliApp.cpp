#include "CliApp.h"

#include "CaptchaArt.h"

#include "models/PermissionCatalog.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>

namespace zc::cli {

namespace {

const QStringList &commands()
{
    static const QStringList c{
        QStringLiteral("health"),      QStringLiteral("login"),
        QStringLiteral("me"),          QStringLiteral("logout"),
        QStringLiteral("choose-unit"), QStringLiteral("choose-institution"),
        QStringLiteral("change-password"), QStringLiteral("permissions")};
    return c;
}

QString tlsKindText(sync::TlsProblem::Kind k)
{
    switch (k) {
    case sync::TlsProblem::Kind::UntrustedIssuer:
        return CliApp::tr("not issued by an authority this computer trusts (untrusted issuer)");
    case sync::TlsProblem::Kind::HostNameMismatch:
        return CliApp::tr("issued for other names than the server's address (host name mismatch)");
    case sync::TlsProblem::Kind::Expired:
        return CliApp::tr("expired");
    case sync::TlsProblem::Kind::NotYetValid:
        return CliApp::tr("not valid yet");
    case sync::TlsProblem::Kind::Revoked:
        return CliApp::tr("revoked");
    case sync::TlsProblem::Kind::Other:
        break;
    }
    return CliApp::tr("refused");
}

QString tlsKindCode(sync::TlsProblem::Kind k)
{
    switch (k) {
    case sync::TlsProblem::Kind::UntrustedIssuer:
        return QStringLiteral("untrusted_issuer");
    case sync::TlsProblem::Kind::HostNameMismatch:
        return QStringLiteral("host_name_mismatch");
    case sync::TlsProblem::Kind::Expired:
        return QStringLiteral("expired");
    case sync::TlsProblem::Kind::NotYetValid:
        return QStringLiteral("not_yet_valid");
    case sync::TlsProblem::Kind::Revoked:
        return QStringLiteral("revoked");
    case sync::TlsProblem::Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

QString dateText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

bool parseId(const QString &s, qint64 *id)
{
    bool ok = false;
    *id = s.toLongLong(&ok);
    return ok && *id > 0;
}

} // namespace

struct CliApp::Options
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
};

CliApp::CliApp(QObject *parent)
    : QObject(parent), m_out(stdout, QIODevice::WriteOnly), m_err(stderr, QIODevice::WriteOnly),
      m_client(this), m_keychain(this)
{
    connect(&m_client, &sync::ApiClient::sessionExpired, this, [this] { m_sessionExpired = true; });
}

CliApp::~CliApp() = default;

bool CliApp::english() const
{
    return m_language == QLatin1String("en");
}

int CliApp::usageError(const QString &message)
{
    m_err << QStringLiteral("zhaocai-cli: ") << message << Qt::endl
          << tr("Try 'zhaocai-cli --help'.") << Qt::endl;
    return ExitUsage;
}

int CliApp::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Command-line twin of zhaocai-admin: accounts and permissions of the procurement platform.\n\n"
        "Commands:\n"
        "  health                    check that the server answers\n"
        "  login LOGIN               sign in (password prompt, captcha in the terminal)\n"
        "  me                        show the remembered session: account, unit, permissions\n"
        "  logout                    revoke the remembered session and forget it\n"
        "  choose-unit ID            pick the unit of this session (handlers of several units)\n"
        "  choose-institution ID     pick the medical institution (asked once, permanent)\n"
        "  change-password           change the password (old and new)\n"
        "  permissions               the menu-permission catalog as a tree\n\n"
        "Exit codes: 0 ok, 1 the server refused (message and code printed), 2 usage,\n"
        "3 network or TLS failure (the refused certificate is described)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOpt(QStringLiteral("server"), tr("Server base URL (https only)."), tr("URL"));
    const QCommandLineOption caOpt(QStringLiteral("ca"), tr("Also trust this CA certificate (PEM)."), tr("FILE"));
    const QCommandLineOption profileFileOpt(QStringLiteral("profile-file"),
                                            tr("Server profile file (JSON: name, url, ca_pem)."), tr("FILE"));
    const QCommandLineOption profileOpt(QStringLiteral("profile"), tr("A stored server profile, by id."), tr("ID"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), tr("Language of messages: zh-CN or en."), tr("LANG"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print JSON for scripts."));
    const QCommandLineOption asOpt(QStringLiteral("as"),
                                   tr("Use the remembered session of this login (default: the last one)."),
                                   tr("LOGIN"));
    const QCommandLineOption passwordStdinOpt(QStringLiteral("password-stdin"),
                                              tr("Read the password from standard input (change-password: old "
                                                 "and new on two lines)."));
    const QCommandLineOption devCaptchaOpt(QStringLiteral("dev-captcha"),
                                           tr("Demo and development servers only (--dev): fetch the captcha "
                                              "answer from the server."));
    const QCommandLineOption rememberOpt(QStringLiteral("remember"),
                                         tr("Keep the session token in the OS keychain for later commands."));
    const QCommandLineOption captchaFileOpt(QStringLiteral("captcha-file"),
                                            tr("Also save the captcha image to this PNG file."), tr("FILE"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"), tr("Network timeout in seconds (default 15)."),
                                        tr("SECONDS"));
    const QCommandLineOption verboseOpt(QStringLiteral("verbose"), tr("Log what happens on the network to stderr."));
    parser.addOptions({serverOpt, caOpt, profileFileOpt, profileOpt, langOpt, jsonOpt, asOpt, passwordStdinOpt,
                       devCaptchaOpt, rememberOpt, captchaFileOpt, timeoutOpt, verboseOpt});
    parser.addPositionalArgument(QStringLiteral("command"), tr("One of the commands above."));
    parser.addPositionalArgument(QStringLiteral("argument"), tr("LOGIN or ID, where the command takes one."));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    // The library's log would repeat what the CLI itself says, on the same stderr.
    QLoggingCategory::setFilterRules(parser.isSet(verboseOpt) ? QStringLiteral("zc.*=true\nzc.*.debug=false")
                                                              : QStringLiteral("zc.*=false"));
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        m_out.flush();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QStringLiteral("zhaocai-cli ") << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }

    Options o;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("no command given."));
    o.command = positional.first();
    o.args = positional.mid(1);
    if (!commands().contains(o.command))
        return usageError(tr("unknown command '%1'.").arg(o.command));
    o.server = parser.value(serverOpt);
    o.ca = parser.value(caOpt);
    o.profileFile = parser.value(profileFileOpt);
    o.profileId = parser.value(profileOpt);
    o.as = parser.value(asOpt);
    o.passwordStdin = parser.isSet(passwordStdinOpt);
    o.devCaptcha = parser.isSet(devCaptchaOpt);
    o.remember = parser.isSet(rememberOpt);
    o.captchaFile = parser.value(captchaFileOpt);
    m_json = parser.isSet(jsonOpt);

    if (parser.isSet(timeoutOpt)) {
        bool ok = false;
        o.timeoutSeconds = parser.value(timeoutOpt).toInt(&ok);
        if (!ok || o.timeoutSeconds < 1 || o.timeoutSeconds > 600)
            return usageError(tr("--timeout takes 1 to 600 seconds."));
    }
    if (parser.isSet(langOpt)) {
        const QString lang = parser.value(langOpt);
        if (lang.compare(QLatin1String("zh-CN"), Qt::CaseInsensitive) == 0 || lang == QLatin1String("zh"))
            m_language = QStringLiteral("zh-CN");
        else if (lang.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0)
            m_language = QStringLiteral("en");
        else
            return usageError(tr("--lang takes zh-CN or en."));
    } else {
        m_language = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh-CN")
                                                                      : QStringLiteral("en");
    }

    const bool takesArg = o.command == QLatin1String("login") || o.command == QLatin1String("choose-unit")
        || o.command == QLatin1String("choose-institution");
    if (takesArg && o.args.size() != 1)
        return usageError(tr("'%1' takes exactly one argument.").arg(o.command));
    if (!takesArg && !o.args.isEmpty())
        return usageError(tr("'%1' takes no argument.").arg(o.command));
    const bool loginOnly = o.command == QLatin1String("login");
    if (!loginOnly && (o.devCaptcha || o.remember || !o.captchaFile.isEmpty()))
        return usageError(tr("--dev-captcha, --remember and --captcha-file belong to 'login'."));
    if (o.passwordStdin && !loginOnly && o.command != QLatin1String("change-password"))
        return usageError(tr("--password-stdin belongs to 'login' and 'change-password'."));
    qint64 id = 0;
    if ((o.command == QLatin1String("choose-unit") || o.command == QLatin1String("choose-institution"))
        && !parseId(o.args.first(), &id))
        return usageError(tr("'%1' is not an id (a positive number).").arg(o.args.first()));

    if (const int rc = resolveProfile(o); rc != ExitOk)
        return rc;
    m_client.setProfile(m_profile);
    m_client.setLanguage(m_language);
    m_client.setTransferTimeout(o.timeoutSeconds * 1000);

    int rc = ExitOk;
    if (o.command == QLatin1String("health"))
        rc = cmdHealth();
    else if (o.command == QLatin1String("login"))
        rc = cmdLogin(o.args.first(), o);
    else if (o.command == QLatin1String("permissions"))
        rc = cmdPermissions();
    else {
        rc = openSession(o);
        if (rc == ExitOk) {
            if (o.command == QLatin1String("me"))
                rc = cmdMe();
            else if (o.command == QLatin1String("logout"))
                rc = cmdLogout();
            else if (o.command == QLatin1String("choose-unit"))
                rc = cmdChooseUnit(id);
            else if (o.command == QLatin1String("choose-institution"))
                rc = cmdChooseInstitution(id);
            else if (o.command == QLatin1String("change-password"))
                rc = cmdChangePassword(o);
        }
    }
    if (m_sessionExpired && !m_sessionLogin.isEmpty()) {
        if (!m_json)
            m_err << tr("The remembered session has expired or was revoked; it is forgotten. Log in again.")
                  << Qt::endl;
        forgetSession();
    }
    m_out.flush();
    m_err.flush();
    return rc;
}

// ---------------------------------------------------------------- profile & session

int CliApp::resolveProfile(const Options &o)
{
    int sources = 0;
    sources += o.server.isEmpty() ? 0 : 1;
    sources += o.profileFile.isEmpty() ? 0 : 1;
    sources += o.profileId.isEmpty() ? 0 : 1;
    if (sources > 1)
        return usageError(tr("give only one of --server, --profile-file and --profile."));

    QString why;
    if (!o.profileFile.isEmpty()) {
        const auto p = sync::ServerProfile::fromFile(o.profileFile, &why);
        if (!p)
            return usageError(tr("the profile file %1 is not usable: %2").arg(o.profileFile, why));
        m_profile = *p;
    } else if (!o.server.isEmpty()) {
        const QUrl url(o.server);
        const auto p = sync::ServerProfile::fromJson(
            QJsonObject{{QStringLiteral("name"), url.host().isEmpty() ? o.server : url.host()},
                        {QStringLiteral("url"), o.server}},
            &why);
        if (!p)
            return usageError(tr("the server URL %1 is not usable: %2").arg(o.server, why));
        m_profile = *p;
    } else {
        const QList<sync::ServerProfile> all = sync::ServerProfileStore::load();
        const QString wanted = o.profileId.isEmpty() ? sync::ServerProfileStore::lastProfileId() : o.profileId;
        bool found = false;
        for (const sync::ServerProfile &p : all) {
            if (p.id == wanted) {
                m_profile = p;
                found = true;
                break;
            }
        }
        if (!found && !o.profileId.isEmpty())
            return usageError(tr("no stored server profile has the id '%1'.").arg(o.profileId));
        if (!found) {
            if (all.isEmpty())
                return usageError(tr("no server: give --server URL or --profile-file FILE."));
            m_profile = all.first();
        }
    }

    if (!o.ca.isEmpty()) {
        QFile f(o.ca);
        if (!f.open(QIODevice::ReadOnly))
            return usageError(tr("cannot read the CA file %1.").arg(o.ca));
        const QByteArray pem = f.read(64 * 1024 + 1);
        if (pem.size() > 64 * 1024 || QSslCertificate::fromData(pem, QSsl::Pem).isEmpty())
            return usageError(tr("%1 holds no PEM certificate.").arg(o.ca));
        if (!m_profile.caPem.isEmpty() && !m_profile.caPem.endsWith('\n'))
            m_profile.caPem += '\n';
        m_profile.caPem += pem;
    }
    return ExitOk;
}

int CliApp::openSession(const Options &o)
{
    m_sessionLogin = o.as.isEmpty() ? sync::ServerProfileStore::rememberedLogin(m_profile.id) : o.as;
    QString error;
    std::optional<QString> token;
    if (!m_sessionLogin.isEmpty()) {
        token = keychainRead(sync::CredentialStore::tokenKey(m_profile.id, m_sessionLogin), &error);
        if (!error.isEmpty()) {
            ApiError e;
            e.code = QStringLiteral("keychain_error");
            e.message = tr("The keychain could not be read: %1").arg(error);
            e.status = -1;
            m_sessionLogin.clear();
            return reportError(e);
        }
    }
    if (!token || token->isEmpty()) {
        ApiError e;
        e.code = QStringLiteral("not_logged_in");
        e.message = tr("No remembered session for %1. Run: zhaocai-cli login LOGIN --remember")
                        .arg(m_profile.name);
        e.status = -1;
        m_sessionLogin.clear();
        return reportError(e);
    }
    m_client.setToken(*token);
    return ExitOk;
}

void CliApp::forgetSession()
{
    if (m_sessionLogin.isEmpty())
        return;
    const QString error = keychainRemove(sync::CredentialStore::tokenKey(m_profile.id, m_sessionLogin));
    if (!error.isEmpty())
        m_err << tr("The keychain entry could not be deleted: %1").arg(error) << Qt::endl;
    if (sync::ServerProfileStore::rememberedLogin(m_profile.id).compare(m_sessionLogin, Qt::CaseInsensitive) == 0)
        sync::ServerProfileStore::setRememberedLogin(m_profile.id, QString());
    m_sessionLogin.clear();
}

// ---------------------------------------------------------------- commands

int CliApp::cmdHealth()
{
    const auto r = await<QString>([this](QObject *ctx, sync::ApiClient::Done<QString> done) {
        return m_client.health(ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                              {QStringLiteral("version"), *r.value},
                              {QStringLiteral("server"), m_profile.url.toString()}});
    } else {
        m_out << tr("%1 (%2) is up, version %3.").arg(m_profile.name, m_profile.url.toString(), *r.value)
              << Qt::endl;
    }
    return ExitOk;
}

int CliApp::cmdLogin(const QString &login, const Options &o)
{
    const bool interactive = TerminalInput::isInteractive();
    bool eof = false;
    if (!o.passwordStdin && interactive) {
        m_err << tr("Password for %1 on %2: ").arg(login, m_profile.name);
        m_err.flush();
    }
    const QString password = m_in.readSecret(&eof);
    if (eof || password.isEmpty())
        return usageError(tr("no password given."));

    const auto captcha = await<sync::Captcha>([this](QObject *ctx, sync::ApiClient::Done<sync::Captcha> done) {
        return m_client.createCaptcha(ctx, std::move(done));
    });
    if (!captcha.ok())
        return reportError(captcha.error, captcha.tlsProblems);
    if (!o.captchaFile.isEmpty()) {
        QFile f(o.captchaFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(captcha.value->png) != captcha.value->png.size())
            m_err << tr("Could not save the captcha to %1.").arg(o.captchaFile) << Qt::endl;
    }

    QString answer;
    if (o.devCaptcha) {
        ApiError e;
        const QJsonDocument doc = awaitRaw(
            m_client.send("GET", QStringLiteral("/dev/captchas/") + captcha.value->id), &e);
        if (e.isValid()) {
            if (e.status == 404)
                e.message = tr("This server offers no development captcha answers (it is not in --dev mode); "
                               "log in without --dev-captcha. (%1)").arg(e.message);
            return reportError(e);
        }
        answer = doc.object().value(QLatin1String("answer")).toString();
        if (answer.isEmpty()) {
            ApiError bad;
            bad.code = QString::fromLatin1(ApiError::BadResponse);
            bad.message = tr("The development captcha answer is missing.");
            bad.status = 200;
            return reportError(bad);
        }
    } else {
        const QImage image = QImage::fromData(captcha.value->png, "PNG");
        if (image.isNull()) {
            ApiError bad;
            bad.code = QString::fromLatin1(ApiError::BadResponse);
            bad.message = tr("The captcha image is not a PNG.");
            bad.status = 201;
            return reportError(bad);
        }
        m_err << tr("Captcha (valid %n second(s)):", nullptr, captcha.value->expiresIn) << Qt::endl
              << CaptchaArt::render(image) << Qt::endl
              << tr("Characters shown above: ");
        m_err.flush();
        answer = m_in.readLine(&eof).trimmed();
        if (eof || answer.isEmpty())
            return usageError(tr("no captcha answer given."));
    }

    const auto r = await<Session>([&](QObject *ctx, sync::ApiClient::Done<Session> done) {
        return m_client.login(login, password, captcha.value->id, answer, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    const Session &session = *r.value;

    if (o.remember) {
        const QString error = keychainWrite(sync::CredentialStore::tokenKey(m_profile.id, login), session.token);
        if (!error.isEmpty()) {
            // Without a keychain the token cannot be kept: do not leave it alive on the server.
            awaitRaw(m_client.send("DELETE", QStringLiteral("/sessions/current")), nullptr);
            ApiError e;
            e.code = QStringLiteral("keychain_error");
            e.message = tr("Signed in, but the keychain could not store the session (%1); it was closed again.")
                            .arg(error);
            e.status = -1;
            return reportError(e);
        }
        // Later commands find this server and login again without flags.
        QList<sync::ServerProfile> stored = sync::ServerProfileStore::loadStored();
        bool known = false;
        for (sync::ServerProfile &p : stored) {
            if (p.id == m_profile.id) {
                p = m_profile;
                known = true;
            }
        }
        if (!known) {
            if (stored.isEmpty())
                stored = sync::ServerProfileStore::builtInProfiles();
            stored.erase(std::remove_if(stored.begin(), stored.end(),
                                        [this](const sync::ServerProfile &p) { return p.id == m_profile.id; }),
                         stored.end());
            stored.append(m_profile);
        }
        sync::ServerProfileStore::save(stored);
        sync::ServerProfileStore::setLastProfileId(m_profile.id);
        sync::ServerProfileStore::setRememberedLogin(m_profile.id, login);
    } else {
        // Nothing can use the token after this process: revoke it rather than leave it alive.
        awaitRaw(m_client.send("DELETE", QStringLiteral("/sessions/current")), nullptr);
    }

    if (m_json) {
        QJsonObject out = session.toJson(false);
        out.insert(QStringLiteral("remembered"), o.remember);
        printJson(out);
    } else {
        printSession(session, tr("Signed in to %1.").arg(m_profile.name));
        if (o.remember)
            m_out << tr("The session is kept in the keychain; 'zhaocai-cli me' uses it.") << Qt::endl;
        else
            m_out << tr("The session was closed again (use --remember to keep it for later commands).")
                  << Qt::endl;
    }
    return ExitOk;
}

int CliApp::cmdMe()
{
    const auto r = await<Session>([this](QObject *ctx, sync::ApiClient::Done<Session> done) {
        return m_client.me(ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    if (m_json)
        printJson(r.value->toJson(false));
    else
        printSession(*r.value, tr("Session on %1 (%2):").arg(m_profile.name, m_profile.url.toString()));
    return ExitOk;
}

int CliApp::cmdLogout()
{
    const auto r = await<sync::Nothing>([this](QObject *ctx, sync::ApiClient::Done<sync::Nothing> done) {
        return m_client.logout(ctx, std::move(done));
    });
    const bool alreadyGone = !r.ok() && r.error.status == 401;
    if (!r.ok() && !alreadyGone)
        return reportError(r.error, r.tlsProblems);   // keep the token: the user can try again
    m_sessionExpired = false;
    const QString login = m_sessionLogin;
    forgetSession();
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("logged_out"), true}, {QStringLiteral("login"), login}});
    else
        m_out << (alreadyGone ? tr("The session of %1 had already ended; it is forgotten here.").arg(login)
                              : tr("Logged out %1; the session is revoked and forgotten.").arg(login))
              << Qt::endl;
    return ExitOk;
}

int CliApp::cmdChooseUnit(qint64 id)
{
    const auto r = await<Session>([this, id](QObject *ctx, sync::ApiClient::Done<Session> done) {
        return m_client.chooseUnit(id, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    if (m_json)
        printJson(r.value->toJson(false));
    else
        printSession(*r.value, tr("Unit chosen."));
    return ExitOk;
}

int CliApp::cmdChooseInstitution(qint64 id)
{
    const auto r = await<Session>([this, id](QObject *ctx, sync::ApiClient::Done<Session> done) {
        return m_client.chooseInstitution(id, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    if (m_json)
        printJson(r.value->toJson(false));
    else
        printSession(*r.value, tr("Institution chosen (this choice is permanent)."));
    return ExitOk;
}

int CliApp::cmdChangePassword(const Options &o)
{
    const bool prompt = !o.passwordStdin && TerminalInput::isInteractive();
    bool eof = false;
    if (prompt) {
        m_err << tr("Current password: ");
        m_err.flush();
    }
    const QString oldPassword = m_in.readSecret(&eof);
    if (eof || oldPassword.isEmpty())
        return usageError(tr("no current password given."));
    if (prompt) {
        m_err << tr("New password: ");
        m_err.flush();
    }
    const QString newPassword = m_in.readSecret(&eof);
    if (eof || newPassword.isEmpty())
        return usageError(tr("no new password given."));
    if (prompt) {
        m_err << tr("New password again: ");
        m_err.flush();
        const QString again = m_in.readSecret(&eof);
        if (again != newPassword)
            return usageError(tr("the new passwords differ."));
    }
    const auto r = await<sync::Nothing>([&](QObject *ctx, sync::ApiClient::Done<sync::Nothing> done) {
        return m_client.changePassword(oldPassword, newPassword, ctx, std::move(done));
    });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("password_changed"), true}});
    else
        m_out << tr("Password changed; the account's other sessions were signed out.") << Qt::endl;
    return ExitOk;
}

int CliApp::cmdPermissions()
{
    // The catalog needs a session; use the remembered one when there is one.
    const QString login = sync::ServerProfileStore::rememberedLogin(m_profile.id);
    if (!login.isEmpty()) {
        QString error;
        const auto token = keychainRead(sync::CredentialStore::tokenKey(m_profile.id, login), &error);
        if (token && !token->isEmpty()) {
            m_client.setToken(*token);
            m_sessionLogin = login;
        }
    }
    const auto r = await<QList<Permission>>(
        [this](QObject *ctx, sync::ApiClient::Done<QList<Permission>> done) {
            return m_client.permissions(ctx, std::move(done));
        });
    if (!r.ok())
        return reportError(r.error, r.tlsProblems);
    if (m_json)
        printJson(Permission::listToJson(*r.value));
    else
        printPermissionTree(*r.value, 0);
    return ExitOk;
}

// ---------------------------------------------------------------- output

int CliApp::reportError(const ApiError &error, const QList<sync::TlsProblem> &tls)
{
    // status -1 marks local failures (keychain, not logged in): exit 1 like a refusal.
    const int rc = error.status == 0 ? ExitNetwork : ExitApiError;
    if (m_json) {
        QJsonObject e{{QStringLiteral("code"), error.code},
                      {QStringLiteral("message"), error.message},
                      {QStringLiteral("field"), error.field.isEmpty() ? QJsonValue() : QJsonValue(error.field)},
                      {QStringLiteral("status"), qMax(0, error.status)}};
        if (error.retryAfter >= 0)
            e.insert(QStringLiteral("retry_after"), error.retryAfter);
        QJsonObject out{{QStringLiteral("error"), e}};
        if (!tls.isEmpty()) {
            QJsonArray problems;
            for (const sync::TlsProblem &p : tls) {
                problems.append(QJsonObject{{QStringLiteral("kind"), tlsKindCode(p.kind)},
                                            {QStringLiteral("host"), p.host},
                                            {QStringLiteral("subject"), p.subject},
                                            {QStringLiteral("issuer"), p.issuer},
                                            {QStringLiteral("names"), QJsonArray::fromStringList(p.names)},
                                            {QStringLiteral("sha256"), p.sha256},
                                            {QStringLiteral("not_before"), dateText(p.notBefore)},
                                            {QStringLiteral("not_after"), dateText(p.notAfter)},
                                            {QStringLiteral("detail"), p.detail}});
            }
            out.insert(QStringLiteral("tls_problems"), problems);
        }
        printJson(out);
        return rc;
    }

    if (error.code == QLatin1String(ApiError::TlsError)) {
        m_err << tr("zhaocai-cli: the secure connection to %1 was refused: %2")
                     .arg(m_profile.url.toString(), error.message)
              << Qt::endl;
        for (const sync::TlsProblem &p : tls) {
            m_err << tr("  Certificate \"%1\" issued by \"%2\" is %3.").arg(p.subject, p.issuer, tlsKindText(p.kind))
                  << Qt::endl;
            if (!p.names.isEmpty())
                m_err << tr("    names: %1 (asked for: %2)").arg(p.names.join(QStringLiteral(", ")), p.host)
                      << Qt::endl;
            m_err << tr("    valid: %1 to %2").arg(dateText(p.notBefore), dateText(p.notAfter)) << Qt::endl
                  << tr("    SHA-256 fingerprint: %1").arg(p.sha256) << Qt::endl;
        }
        m_err << tr("  Compare the fingerprint with the one your IT department gives you; to trust the server's "
                    "CA, pass it with --ca FILE or use a profile file with ca_pem.")
              << Qt::endl;
        return rc;
    }
    if (error.status == 0) {
        m_err << tr("zhaocai-cli: no answer from %1 (%2): %3")
                     .arg(m_profile.url.toString(), error.code, error.message)
              << Qt::endl;
        return rc;
    }
    QString line = tr("zhaocai-cli: %1 [%2]").arg(error.message, error.code);
    if (!error.field.isEmpty())
        line += QLatin1Char(' ') + tr("(field: %1)").arg(error.field);
    if (error.retryAfter >= 0)
        line += QLatin1Char(' ') + tr("(try again in %n second(s))", nullptr, error.retryAfter);
    m_err << line << Qt::endl;
    return rc;
}

void CliApp::printSession(const Session &s, const QString &heading)
{
    m_out << heading << Qt::endl;
    if (s.account) {
        const Account &a = *s.account;
        m_out << tr("  Account:     %1 (%2), %3, %4")
                     .arg(a.login, a.name,
                          a.kind == Account::Kind::Unit ? tr("main account") : tr("handler"),
                          Account::statusToString(a.status))
              << Qt::endl;
        if (a.institutionId > 0)
            m_out << tr("  Institution: %1").arg(a.institutionId) << Qt::endl;
    } else {
        m_out << tr("  Account:     (not chosen yet)") << Qt::endl;
    }
    if (s.unit) {
        const Unit &u = *s.unit;
        const QString kind = u.kind == Unit::Kind::None ? tr("kind not authenticated yet") : Unit::kindToString(u.kind);
        m_out << tr("  Unit:        %1 (id %2, USCC %3, %4%5)")
                     .arg(u.name, QString::number(u.id), u.uscc, kind,
                          u.verified ? QStringLiteral(", ") + tr("verified") : QString())
              << Qt::endl;
    }
    if (s.expiresAt.isValid())
        m_out << tr("  Expires:     %1").arg(dateText(s.expiresAt)) << Qt::endl;
    m_out << tr("  Permissions: %n", nullptr, static_cast<int>(s.permissions.size())) << Qt::endl;
    for (const QString &code : s.permissions)
        m_out << QStringLiteral("    ") << code << QStringLiteral("  ") << permissionTitle(code) << Qt::endl;
    if (s.unitChoiceRequired) {
        m_out << tr("  Choose the unit for this session: zhaocai-cli choose-unit ID") << Qt::endl;
        for (const Unit &u : s.unitOptions)
            m_out << QStringLiteral("    ") << u.id << QStringLiteral("  ") << u.name << Qt::endl;
    }
    if (s.institutionChoiceRequired) {
        m_out << tr("  Choose your medical institution (permanent): zhaocai-cli choose-institution ID") << Qt::endl;
        for (const Institution &i : s.institutionOptions)
            m_out << QStringLiteral("    ") << i.id << QStringLiteral("  ") << i.name << QStringLiteral("  ")
                  << i.level << Qt::endl;
    }
    if (s.passwordChangeRequired)
        m_out << tr("  The initial password must be changed: zhaocai-cli change-password") << Qt::endl;
}

void CliApp::printPermissionTree(const QList<Permission> &nodes, int depth)
{
    for (const Permission &p : nodes) {
        const QString title = english() ? p.titleEn : p.titleZh;
        m_out << QString(depth * 2, QLatin1Char(' ')) << title << QStringLiteral("  (") << p.code
              << QLatin1Char(')') << Qt::endl;
        printPermissionTree(p.children, depth + 1);
    }
}

QString CliApp::permissionTitle(const QString &code) const
{
    const Permission *p = PermissionCatalog::builtIn().find(code);
    if (!p)
        return {};
    return english() ? p->titleEn : p->titleZh;
}

void CliApp::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

// ---------------------------------------------------------------- waiting

template <typename T>
sync::Result<T> CliApp::await(const std::function<sync::ApiJob *(QObject *, sync::ApiClient::Done<T>)> &start)
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

QJsonDocument CliApp::awaitRaw(sync::ApiJob *job, ApiError *error)
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

std::optional<QString> CliApp::keychainRead(const QString &key, QString *error)
{
    QEventLoop loop;
    std::optional<QString> value;
    bool done = false;
    m_keychain.read(key, &loop, [&](const std::optional<QString> &v, const QString &e) {
        value = v;
        *error = e;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return value;
}

QString CliApp::keychainWrite(const QString &key, const QString &secret)
{
    QEventLoop loop;
    QString error;
    bool done = false;
    m_keychain.write(key, secret, &loop, [&](const QString &e) {
        error = e;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return error;
}

QString CliApp::keychainRemove(const QString &key)
{
    QEventLoop loop;
    QString error;
    bool done = false;
    m_keychain.remove(key, &loop, [&](const QString &e) {
        error = e;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return error;
}

} // namespace zc::cli
