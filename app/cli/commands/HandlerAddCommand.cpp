#include "HandlerAddCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"

#include "sync/WriteThrough.h"

namespace zc::cli {

HandlerAddCommand::HandlerAddCommand()
    : Command(QStringLiteral("handler-add"), Group::Administration, Needs::Session, 2, 2, {CommonOptions::smsCode()})
{
}

QString HandlerAddCommand::synopsis() const
{
    return tr("PHONE NAME --sms-code C");
}

QString HandlerAddCommand::description() const
{
    return tr("add a handler (code sent with: sms-code PHONE --purpose add_handler)");
}

int HandlerAddCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &)
{
    return CommonOptions::readSmsCode(ctx, parser, name(), &m_smsCode);
}

int HandlerAddCommand::execute(CliContext &ctx, const QStringList &args)
{
    const QString phone = args.at(0);
    const QString handlerName = args.at(1);
    const auto r = ctx.await<Account>([&](QObject *c, sync::ApiClient::Done<Account> done) {
        return ctx.writes().addHandler(phone, handlerName, m_smsCode, c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportError(r.error, r.tlsProblems);
    const Account added = *r.value;
    if (ctx.json())
        ctx.printer().json(added.toJson());
    else
        ctx.printer().line(tr("Handler %1 (%2) added with id %3. A phone new to the platform gets its initial "
                              "password by SMS; it must be changed at the first login.")
                               .arg(added.name, added.login)
                               .arg(added.id));
    return ExitOk;
}

} // namespace zc::cli
