#include "WhoamiCommand.h"

#include "CliContext.h"

namespace zc::cli {

namespace {

// The source as scripts see it in --json.
QString sourceCode(const CliContext &ctx)
{
    switch (ctx.identity()) {
    case CliContext::Identity::DefaultAccount:
        return QStringLiteral("default");
    case CliContext::Identity::AsOption:
        return QStringLiteral("as");
    case CliContext::Identity::Token:
        return ctx.tokenSource().kind() == TokenSource::Kind::File ? QStringLiteral("token_file")
                                                                   : QStringLiteral("ZC_TOKEN");
    case CliContext::Identity::None:
        break;
    }
    return {};
}

QString sourceText(const CliContext &ctx)
{
    switch (ctx.identity()) {
    case CliContext::Identity::DefaultAccount:
        return WhoamiCommand::tr("the default account of this server (%1)").arg(ctx.sessionLogin());
    case CliContext::Identity::AsOption:
        return WhoamiCommand::tr("--as %1").arg(ctx.sessionLogin());
    case CliContext::Identity::Token:
        return WhoamiCommand::tr("the token of %1").arg(ctx.tokenSource().describe());
    case CliContext::Identity::None:
        break;
    }
    return {};
}

} // namespace

WhoamiCommand::WhoamiCommand() : Command(QStringLiteral("whoami"), Group::Session, Needs::Session, 0, 0) {}

QString WhoamiCommand::synopsis() const
{
    return {};
}

QString WhoamiCommand::description() const
{
    return tr("who commands act as: server, account, unit, and whether it is\n"
              "the default account, --as, ZC_TOKEN or --token-file");
}

int WhoamiCommand::execute(CliContext &ctx, const QStringList &)
{
    const auto r = ctx.await<Session>([&ctx](QObject *c, sync::ApiClient::Done<Session> done) {
        return ctx.client().me(c, std::move(done));
    });
    // The server keeps /me for sessions: an API token is answered 403 forbidden.
    const bool apiToken = !r.ok() && ctx.identity() == CliContext::Identity::Token && r.error.status == 403
                          && r.error.code == QLatin1String("forbidden");
    if (!r.ok() && !apiToken)
        return ctx.reportError(r.error, r.tlsProblems);

    const sync::ServerProfile &profile = ctx.profile();
    Printer &printer = ctx.printer();
    if (ctx.json()) {
        QJsonObject out{{QStringLiteral("server"), profile.url.toString()},
                        {QStringLiteral("profile"), profile.id},
                        {QStringLiteral("source"), sourceCode(ctx)},
                        {QStringLiteral("api_token"), apiToken},
                        {QStringLiteral("account"), QJsonValue()},
                        {QStringLiteral("unit"), QJsonValue()}};
        if (ctx.tokenSource().kind() == TokenSource::Kind::File)
            out.insert(QStringLiteral("token_file"), ctx.tokenSource().file());
        if (r.ok() && r.value->account)
            out.insert(QStringLiteral("account"), r.value->account->toJson());
        if (r.ok() && r.value->unit)
            out.insert(QStringLiteral("unit"), r.value->unit->toJson());
        printer.json(out);
        return ExitOk;
    }
    printer.line(tr("Server:   %1 (%2)").arg(profile.name, profile.url.toString()));
    printer.line(tr("Identity: %1").arg(sourceText(ctx)));
    if (apiToken) {
        printer.line(tr("Account:  none: an API token acts for its unit with its own permissions, and the server "
                        "shows it no account."));
        return ExitOk;
    }
    const Session &s = *r.value;
    if (s.account)
        printer.line(tr("Account:  %1 (%2), %3")
                         .arg(s.account->login, s.account->name,
                              s.account->kind == Account::Kind::Unit ? tr("main account") : tr("handler")));
    else
        printer.line(tr("Account:  (not chosen yet: zhaocai-cli choose-unit ID)"));
    if (s.unit)
        printer.line(tr("Unit:     %1 (id %2)").arg(s.unit->name, QString::number(s.unit->id)));
    else
        printer.line(tr("Unit:     (not chosen yet)"));
    return ExitOk;
}

} // namespace zc::cli
