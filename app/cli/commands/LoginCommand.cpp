#include "LoginCommand.h"

#include "CaptchaPrompt.h"
#include "CliContext.h"
#include "CommonOptions.h"
#include "RememberedAccounts.h"

#include <algorithm>

namespace zc::cli {

namespace {

// Later commands find this server again without flags.
void storeProfile(const sync::ServerProfile &profile)
{
    QList<sync::ServerProfile> stored = sync::ServerProfileStore::loadStored();
    bool known = false;
    for (sync::ServerProfile &p : stored) {
        if (p.id == profile.id) {
            p = profile;
            known = true;
        }
    }
    if (!known) {
        if (stored.isEmpty())
            stored = sync::ServerProfileStore::builtInProfiles();
        stored.erase(std::remove_if(stored.begin(), stored.end(),
                                    [&profile](const sync::ServerProfile &p) { return p.id == profile.id; }),
                     stored.end());
        stored.append(profile);
    }
    sync::ServerProfileStore::save(stored);
    sync::ServerProfileStore::setLastProfileId(profile.id);
}

} // namespace

bool LoginCommand::chooseDefault(CliContext &ctx, const QString &login) const
{
    RememberedAccounts accounts(ctx.profile().id);
    const QString before = accounts.defaultLogin();
    const QString name = RememberedAccounts::normalized(login);
    if (before == name)
        return true;
    if (before.isEmpty() || m_makeDefault) {
        accounts.setDefault(name);
        // On stderr, so that it reaches a person also when stdout is a file or JSON.
        ctx.printer().errLine(before.isEmpty()
                                  ? tr("%1 is now the default account on %2 (there was none).")
                                        .arg(name, ctx.profile().name)
                                  : tr("%1 is now the default account on %2 (it was %3).")
                                        .arg(name, ctx.profile().name, before));
        return true;
    }
    ctx.printer().errLine(tr("The default account on %1 stays %2: use --as %3, or make it the default with "
                             "'zhaocai-cli account use %3'.")
                              .arg(ctx.profile().name, before, name));
    return false;
}

LoginCommand::LoginCommand()
    : Command(QStringLiteral("login"), Group::Session, Needs::Server, 1, 1,
              {CommonOptions::passwordStdin(), CommonOptions::devCaptcha(),
               QCommandLineOption(QStringLiteral("remember"),
                                  tr("Keep the session token in the OS keychain for later commands.")),
               CommonOptions::captchaFile(),
               QCommandLineOption(QStringLiteral("make-default"),
                                  tr("With --remember: make this account the default one of the server "
                                     "(used without --as)."))})
{
}

QString LoginCommand::synopsis() const
{
    return tr("LOGIN [--remember [--make-default]]");
}

QString LoginCommand::description() const
{
    return tr("sign in (password prompt, captcha in the terminal)");
}

int LoginCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &)
{
    m_passwordStdin = parser.isSet(QStringLiteral("password-stdin"));
    m_devCaptcha = parser.isSet(QStringLiteral("dev-captcha"));
    m_remember = parser.isSet(QStringLiteral("remember"));
    m_makeDefault = parser.isSet(QStringLiteral("make-default"));
    m_captchaFile = parser.value(QStringLiteral("captcha-file"));
    if (ctx.usesToken())
        return ctx.usageError(tr("'login' signs in with a password; it is not used with a token (%1). "
                                 "Unset ZC_TOKEN or leave out --token-file.")
                                  .arg(ctx.tokenSource().describe()));
    if (m_makeDefault && !m_remember)
        return ctx.usageError(tr("--make-default goes with --remember."));
    return ExitOk;
}

int LoginCommand::execute(CliContext &ctx, const QStringList &args)
{
    const QString login = args.constFirst();
    const sync::ServerProfile &profile = ctx.profile();
    Printer &printer = ctx.printer();
    bool isDefault = false;
    if (!m_passwordStdin && TerminalInput::isInteractive())
        printer.prompt(tr("Password for %1 on %2: ").arg(login, profile.name));
    bool eof = false;
    const QString password = ctx.input().readSecret(&eof);
    if (eof || password.isEmpty())
        return ctx.usageError(tr("no password given."));

    QString captchaId;
    QString answer;
    if (const int rc = CaptchaPrompt::solve(ctx, m_devCaptcha, m_captchaFile, &captchaId, &answer); rc != ExitOk)
        return rc;

    const auto r = ctx.await<Session>([&](QObject *c, sync::ApiClient::Done<Session> done) {
        return ctx.client().login(login, password, captchaId, answer, c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportError(r.error, r.tlsProblems);
    const Session &session = *r.value;

    if (m_remember) {
        const QString error = ctx.rememberToken(login, session.token);
        if (!error.isEmpty()) {
            // Without a keychain the token cannot be kept: do not leave it alive on the server.
            ctx.awaitRaw(ctx.client().send("DELETE", QStringLiteral("/sessions/current")), nullptr);
            ApiError e;
            e.code = QStringLiteral("keychain_error");
            e.message =
                tr("Signed in, but the keychain could not store the session (%1); it was closed again.").arg(error);
            e.status = -1;
            return ctx.reportError(e);
        }
        storeProfile(profile);
        isDefault = chooseDefault(ctx, login);
    } else {
        // Nothing can use the token after this process: revoke it rather than leave it alive.
        ctx.awaitRaw(ctx.client().send("DELETE", QStringLiteral("/sessions/current")), nullptr);
    }

    if (ctx.json()) {
        QJsonObject out = session.toJson(false);
        out.insert(QStringLiteral("remembered"), m_remember);
        if (m_remember)
            out.insert(QStringLiteral("default"), isDefault);
        printer.json(out);
    } else {
        printer.session(session, tr("Signed in to %1.").arg(profile.name));
        if (!m_remember)
            printer.line(tr("The session was closed again (use --remember to keep it for later commands)."));
        else if (isDefault)
            printer.line(tr("The session is kept in the keychain; 'zhaocai-cli me' uses it."));
        else
            printer.line(tr("The session is kept in the keychain; 'zhaocai-cli --as %1 me' uses it.").arg(login));
    }
    return ExitOk;
}

} // namespace zc::cli
