#include "TokensCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"

namespace zc::cli {

TokensCommand::TokensCommand()
    : Command(QStringLiteral("tokens"), Group::Administration, Needs::Session, 0, 0,
              {CommonOptions::page(), CommonOptions::size()})
{
}

QString TokensCommand::synopsis() const
{
    return tr("[--page P] [--size N]");
}

QString TokensCommand::description() const
{
    return tr("list the unit's API tokens (接口管理; never their secrets)");
}

int TokensCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &)
{
    return CommonOptions::readPaging(ctx, parser, &m_page, &m_size);
}

int TokensCommand::execute(CliContext &ctx, const QStringList &)
{
    const auto r = ctx.await<sync::Page<ApiToken>>([&](QObject *c, sync::ApiClient::Done<sync::Page<ApiToken>> done) {
        return ctx.client().apiTokens(m_page, m_size, c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportSessionOnlyError(name(), r.error, r.tlsProblems);
    QList<QStringList> rows;
    QJsonArray items;
    for (const ApiToken &token : r.value->items) {
        rows.append({QString::number(token.id), token.name, QString::number(token.permissions.size()),
                     token.createdByName, Printer::humanTime(token.createdAt), Printer::humanTime(token.expiresAt),
                     token.lastUsedAt.isValid() ? Printer::humanTime(token.lastUsedAt) : tr("never"),
                     token.revoked ? tr("yes") : tr("no")});
        items.append(token.toJson());
    }
    ctx.printer().page(tr("API tokens"),
                       {tr("ID"), tr("Name"), tr("Permissions"), tr("Created by"), tr("Created"), tr("Expires"),
                        tr("Last used"), tr("Revoked")},
                       rows, items, Printer::pageInfo(*r.value));
    return ExitOk;
}

} // namespace zc::cli
