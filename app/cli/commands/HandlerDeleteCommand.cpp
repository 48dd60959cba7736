#include "HandlerDeleteCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "HandlerLookup.h"

#include "sync/WriteThrough.h"

namespace zc::cli {

HandlerDeleteCommand::HandlerDeleteCommand()
    : Command(QStringLiteral("handler-delete"), Group::Administration, Needs::Session, 1, 1, {CommonOptions::yes()})
{
}

QString HandlerDeleteCommand::synopsis() const
{
    return tr("ID [--yes]");
}

QString HandlerDeleteCommand::description() const
{
    return tr("delete a handler and its assignments");
}

int HandlerDeleteCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args)
{
    m_yes = parser.isSet(QStringLiteral("yes"));
    return readId(ctx, args.constFirst(), &m_id);
}

int HandlerDeleteCommand::execute(CliContext &ctx, const QStringList &)
{
    const qint64 id = m_id;
    Account current;
    if (const int rc = HandlerLookup::find(ctx, id, &current); rc != ExitOk)
        return rc;
    if (!ctx.confirm(tr("Delete the handler %1 (%2) and its role assignments?").arg(current.name, current.login),
                     m_yes))
        return ctx.usageError(m_yes || TerminalInput::isInteractive()
                                  ? tr("not deleted.")
                                  : tr("not deleted: add --yes to confirm when not on a terminal."));
    const auto r = ctx.await<sync::Nothing>([&](QObject *c, sync::ApiClient::Done<sync::Nothing> done) {
        return ctx.writes().deleteHandler(id, current.version, c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportError(r.error, r.tlsProblems);
    if (ctx.json())
        ctx.printer().json(QJsonObject{{QStringLiteral("deleted"), true}, {QStringLiteral("id"), id}});
    else
        ctx.printer().line(tr("Handler %1 (%2) deleted.").arg(current.name, current.login));
    return ExitOk;
}

} // namespace zc::cli
