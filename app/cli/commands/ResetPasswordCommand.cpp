#include "ResetPasswordCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"

namespace zc::cli {

ResetPasswordCommand::ResetPasswordCommand()
    : Command(QStringLiteral("reset-password"), Group::Registration, Needs::Server, 1, 1,
              {CommonOptions::smsCode(),
               QCommandLineOption(QStringLiteral("main-login"),
                                  tr("reset-password: the main account whose registered phone it is."),
                                  tr("LOGIN")),
               CommonOptions::passwordStdin()})
{
}

QString ResetPasswordCommand::synopsis() const
{
    return tr("PHONE --sms-code C [--main-login LOGIN]");
}

QString ResetPasswordCommand::description() const
{
    return tr("set a new password with an SMS code");
}

int ResetPasswordCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &)
{
    m_passwordStdin = parser.isSet(QStringLiteral("password-stdin"));
    m_mainLogin = parser.value(QStringLiteral("main-login")).trimmed();
    return CommonOptions::readSmsCode(ctx, parser, name(), &m_smsCode);
}

int ResetPasswordCommand::execute(CliContext &ctx, const QStringList &args)
{
    const QString phone = args.constFirst();
    QString password;
    if (!ctx.readPassword(tr("New password: "), m_passwordStdin, &password))
        return ctx.usageError(tr("no new password given (or the two differ)."));
    const auto r = ctx.await<sync::Nothing>([&](QObject *c, sync::ApiClient::Done<sync::Nothing> done) {
        return ctx.client().resetPassword(phone, m_smsCode, password, m_mainLogin, c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportError(r.error, r.tlsProblems);
    if (ctx.json())
        ctx.printer().json(QJsonObject{{QStringLiteral("password_reset"), true}, {QStringLiteral("phone"), phone}});
    else
        ctx.printer().line(m_mainLogin.isEmpty()
                               ? tr("The password of the handler credentials of %1 was reset.").arg(phone)
                               : tr("The password of the main account %1 was reset.").arg(m_mainLogin));
    return ExitOk;
}

} // namespace zc::cli
