#include "RoleAccountsCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"

namespace zc::cli {

RoleAccountsCommand::RoleAccountsCommand()
    : Command(QStringLiteral("role-accounts"), Group::Administration, Needs::Session, 1, 1,
              {QCommandLineOption(QStringLiteral("unassigned"), tr("role-accounts: the accounts without the role.")),
               QCommandLineOption(QStringLiteral("login"), tr("role-accounts: login contains TEXT."), tr("TEXT")),
               CommonOptions::name(), CommonOptions::page(), CommonOptions::size()})
{
}

QString RoleAccountsCommand::synopsis() const
{
    return tr("ID [--unassigned] [--login L] [--name N] [--page P] [--size N]");
}

QString RoleAccountsCommand::description() const
{
    return tr("the role's assigned (or unassigned) accounts");
}

int RoleAccountsCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args)
{
    if (const int rc = CommonOptions::readPaging(ctx, parser, &m_filter.page, &m_filter.size); rc != ExitOk)
        return rc;
    m_filter.name = parser.value(QStringLiteral("name"));
    m_filter.assigned = !parser.isSet(QStringLiteral("unassigned"));
    m_filter.login = parser.value(QStringLiteral("login"));
    return readId(ctx, args.constFirst(), &m_id);
}

int RoleAccountsCommand::execute(CliContext &ctx, const QStringList &)
{
    const auto r = ctx.await<sync::Page<Account>>([&](QObject *c, sync::ApiClient::Done<sync::Page<Account>> done) {
        return ctx.client().roleAccounts(m_id, m_filter, c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportError(r.error, r.tlsProblems);
    if (!ctx.json())
        ctx.printer().line(m_filter.assigned ? tr("Accounts assigned to role %1:").arg(m_id)
                                             : tr("Accounts not assigned to role %1:").arg(m_id));
    ctx.printer().accounts(*r.value, QJsonObject{{QStringLiteral("assigned"), m_filter.assigned}});
    return ExitOk;
}

} // namespace zc::cli
