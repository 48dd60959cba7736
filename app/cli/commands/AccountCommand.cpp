#include "AccountCommand.h"

#include "CliContext.h"
#include "RememberedAccounts.h"

namespace zc::cli {

AccountCommand::AccountCommand() : Command(QStringLiteral("account"), Group::Session, Needs::Profile, 1, 2) {}

QString AccountCommand::synopsis() const
{
    return tr("list | use LOGIN");
}

QString AccountCommand::description() const
{
    return tr("the accounts remembered on this server, the default one marked;\n"
              "'use' makes LOGIN the default (commands without --as use it)");
}

int AccountCommand::parse(CliContext &ctx, const QCommandLineParser &, const QStringList &args)
{
    const QString what = args.constFirst();
    if (what == QLatin1String("list")) {
        if (args.size() > 1)
            return ctx.usageError(tr("'account list' takes no argument."));
        return ExitOk;
    }
    if (what == QLatin1String("use")) {
        if (args.size() != 2 || args.at(1).trimmed().isEmpty())
            return ctx.usageError(tr("'account use' takes the LOGIN of a remembered account."));
        return ExitOk;
    }
    return ctx.usageError(tr("'account' takes list or use LOGIN."));
}

int AccountCommand::execute(CliContext &ctx, const QStringList &args)
{
    return args.constFirst() == QLatin1String("list") ? list(ctx) : use(ctx, args.at(1));
}

int AccountCommand::list(CliContext &ctx) const
{
    const RememberedAccounts accounts(ctx.profile().id);
    const QString defaultLogin = accounts.defaultLogin();
    Printer &printer = ctx.printer();
    if (ctx.json()) {
        QJsonArray items;
        for (const QString &login : accounts.logins())
            items.append(QJsonObject{{QStringLiteral("login"), login},
                                     {QStringLiteral("default"), login == defaultLogin}});
        printer.json(QJsonObject{{QStringLiteral("profile"), ctx.profile().id},
                                 {QStringLiteral("server"), ctx.profile().url.toString()},
                                 {QStringLiteral("default"),
                                  defaultLogin.isEmpty() ? QJsonValue() : QJsonValue(defaultLogin)},
                                 {QStringLiteral("accounts"), items}});
        return ExitOk;
    }
    if (accounts.logins().isEmpty()) {
        printer.line(tr("No account is remembered on %1. Run: zhaocai-cli login LOGIN --remember")
                         .arg(ctx.profile().name));
        return ExitOk;
    }
    printer.line(tr("Accounts remembered on %1 (%2):").arg(ctx.profile().name, ctx.profile().url.toString()));
    QList<QStringList> rows;
    for (const QString &login : accounts.logins())
        rows.append({login == defaultLogin ? QStringLiteral("*") : QString(), login});
    printer.table({tr("Default"), tr("Login")}, rows);
    if (defaultLogin.isEmpty())
        printer.line(tr("No default account: choose one with 'zhaocai-cli account use LOGIN'."));
    return ExitOk;
}

int AccountCommand::use(CliContext &ctx, const QString &login) const
{
    RememberedAccounts accounts(ctx.profile().id);
    const QString name = RememberedAccounts::normalized(login);
    if (!accounts.contains(name)) {
        // A session remembered before the accounts were listed is still in the keychain.
        QString error;
        const std::optional<QString> token = ctx.readToken(name, &error);
        if (!error.isEmpty()) {
            ApiError e;
            e.code = QStringLiteral("keychain_error");
            e.message = tr("The keychain could not be read: %1").arg(error);
            e.status = -1;
            return ctx.reportError(e);
        }
        if (!token || token->isEmpty()) {
            const QStringList known = accounts.logins();
            return ctx.usageError(known.isEmpty()
                                      ? tr("no session of %1 is remembered on %2; sign in first: "
                                           "zhaocai-cli login %1 --remember")
                                            .arg(name, ctx.profile().name)
                                      : tr("no session of %1 is remembered on %2 (remembered: %3); sign in first: "
                                           "zhaocai-cli login %1 --remember")
                                            .arg(name, ctx.profile().name, known.join(QStringLiteral(", "))));
        }
        accounts.add(name);
    }
    accounts.setDefault(name);
    if (ctx.json())
        ctx.printer().json(QJsonObject{{QStringLiteral("profile"), ctx.profile().id},
                                       {QStringLiteral("default"), name}});
    else
        ctx.printer().line(tr("%1 is now the default account on %2.").arg(name, ctx.profile().name));
    return ExitOk;
}

} // namespace zc::cli
