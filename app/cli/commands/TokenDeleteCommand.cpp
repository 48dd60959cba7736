#include "TokenDeleteCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"

namespace zc::cli {

namespace {

constexpr int LookupPageSize = 100;

} // namespace

TokenDeleteCommand::TokenDeleteCommand()
    : Command(QStringLiteral("token-delete"), Group::Administration, Needs::Session, 1, 1, {CommonOptions::yes()})
{
}

QString TokenDeleteCommand::synopsis() const
{
    return tr("ID [--yes]");
}

QString TokenDeleteCommand::description() const
{
    return tr("delete an API token (scripts using it stop working at once)");
}

int TokenDeleteCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args)
{
    m_yes = parser.isSet(QStringLiteral("yes"));
    return readId(ctx, args.constFirst(), &m_id);
}

int TokenDeleteCommand::find(CliContext &ctx, ApiToken *out) const
{
    for (int page = 1;; ++page) {
        const auto r = ctx.await<sync::Page<ApiToken>>(
            [&](QObject *c, sync::ApiClient::Done<sync::Page<ApiToken>> done) {
                return ctx.client().apiTokens(page, LookupPageSize, c, std::move(done));
            });
        if (!r.ok())
            return ctx.reportSessionOnlyError(name(), r.error, r.tlsProblems);
        for (const ApiToken &token : r.value->items) {
            if (token.id == m_id) {
                *out = token;
                return ExitOk;
            }
        }
        if (r.value->items.isEmpty() || page * LookupPageSize >= r.value->total)
            break;
    }
    ApiError e;
    e.status = 404;
    e.code = errorCodeName(ErrorCode::NotFound);
    e.message = tr("This unit has no API token with the id %1.").arg(m_id);
    return ctx.reportError(e);
}

int TokenDeleteCommand::execute(CliContext &ctx, const QStringList &)
{
    ApiToken token;
    if (const int rc = find(ctx, &token); rc != ExitOk)
        return rc;
    const QString question = tr("Delete the API token %1 (id %2)? Scripts that use it stop working at once.")
                                 .arg(token.name, QString::number(token.id));
    if (!ctx.confirm(question, m_yes))
        return ctx.usageError(m_yes || TerminalInput::isInteractive()
                                  ? tr("not deleted.")
                                  : tr("not deleted: add --yes to confirm when not on a terminal."));
    const auto r = ctx.await<sync::Nothing>([&](QObject *c, sync::ApiClient::Done<sync::Nothing> done) {
        return ctx.client().deleteApiToken(token.id, c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportSessionOnlyError(name(), r.error, r.tlsProblems);
    if (ctx.json())
        ctx.printer().json(QJsonObject{{QStringLiteral("deleted"), true},
                                       {QStringLiteral("id"), token.id},
                                       {QStringLiteral("name"), token.name}});
    else
        ctx.printer().line(tr("API token %1 (id %2) deleted; it no longer works.")
                               .arg(token.name, QString::number(token.id)));
    return ExitOk;
}

} // namespace zc::cli
