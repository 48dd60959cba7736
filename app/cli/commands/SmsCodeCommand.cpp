#include "SmsCodeCommand.h"

#include "CaptchaPrompt.h"
#include "CliContext.h"
#include "CommonOptions.h"

namespace zc::cli {

SmsCodeCommand::SmsCodeCommand()
    : Command(QStringLiteral("sms-code"), Group::Registration, Needs::Server, 1, 1,
              {QCommandLineOption(QStringLiteral("purpose"), tr("sms-code: register, add_handler or reset_password."),
                                  tr("PURPOSE")),
               CommonOptions::devCaptcha(), CommonOptions::captchaFile()})
{
}

QString SmsCodeCommand::synopsis() const
{
    return tr("PHONE --purpose register|add_handler|reset_password");
}

QString SmsCodeCommand::description() const
{
    return tr("send an SMS code to PHONE (captcha as for login)");
}

int SmsCodeCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &)
{
    m_devCaptcha = parser.isSet(QStringLiteral("dev-captcha"));
    m_captchaFile = parser.value(QStringLiteral("captcha-file"));
    if (parser.isSet(QStringLiteral("purpose"))) {
        m_purpose = sync::smsPurposeFromString(parser.value(QStringLiteral("purpose")));
        if (!m_purpose)
            return ctx.usageError(tr("--purpose takes register, add_handler or reset_password."));
    }
    if (!m_purpose)
        return ctx.usageError(tr("'sms-code' needs --purpose register, add_handler or reset_password."));
    return ExitOk;
}

int SmsCodeCommand::execute(CliContext &ctx, const QStringList &args)
{
    const QString phone = args.constFirst();
    QString captchaId;
    QString answer;
    if (const int rc = CaptchaPrompt::solve(ctx, m_devCaptcha, m_captchaFile, &captchaId, &answer); rc != ExitOk)
        return rc;
    const sync::SmsPurpose purpose = *m_purpose;
    const auto r = ctx.await<sync::SmsCodeSent>([&](QObject *c, sync::ApiClient::Done<sync::SmsCodeSent> done) {
        return ctx.client().requestSmsCode(phone, purpose, captchaId, answer, c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportError(r.error, r.tlsProblems);
    if (ctx.json()) {
        ctx.printer().json(QJsonObject{{QStringLiteral("phone"), phone},
                                       {QStringLiteral("purpose"), sync::smsPurposeToString(purpose)},
                                       {QStringLiteral("expires_in"), r.value->expiresIn},
                                       {QStringLiteral("resend_after"), r.value->resendAfter}});
    } else {
        ctx.printer().line(
            tr("An SMS code was sent to %1; it is valid for %n second(s).", nullptr, r.value->expiresIn).arg(phone));
        ctx.printer().line(tr("Another code can be asked for in %n second(s).", nullptr, r.value->resendAfter));
    }
    return ExitOk;
}

} // namespace zc::cli
