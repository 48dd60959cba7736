#include "HandlerPatchCommand.h"

#include "CliContext.h"
#include "HandlerLookup.h"

#include "sync/WriteThrough.h"

namespace zc::cli {

namespace {

QString commandName(HandlerPatchCommand::Change change)
{
    switch (change) {
    case HandlerPatchCommand::Change::Rename:
        return QStringLiteral("handler-rename");
    case HandlerPatchCommand::Change::Disable:
        return QStringLiteral("handler-disable");
    case HandlerPatchCommand::Change::Enable:
        break;
    }
    return QStringLiteral("handler-enable");
}

} // namespace

HandlerPatchCommand::HandlerPatchCommand(Change change)
    : Command(commandName(change), Group::Administration, Needs::Session, change == Change::Rename ? 2 : 1,
              change == Change::Rename ? 2 : 1),
      m_change(change)
{
}

QString HandlerPatchCommand::synopsis() const
{
    return m_change == Change::Rename ? tr("ID NAME") : tr("ID");
}

QString HandlerPatchCommand::description() const
{
    switch (m_change) {
    case Change::Rename:
        return tr("rename a handler");
    case Change::Disable:
        return tr("disable a handler (its sessions end at once)");
    case Change::Enable:
        break;
    }
    return tr("enable (and unlock) a handler");
}

int HandlerPatchCommand::parse(CliContext &ctx, const QCommandLineParser &, const QStringList &args)
{
    return readId(ctx, args.constFirst(), &m_id);
}

int HandlerPatchCommand::execute(CliContext &ctx, const QStringList &args)
{
    sync::HandlerPatch patch;
    if (m_change == Change::Rename)
        patch.name = args.at(1);
    else
        patch.status = m_change == Change::Disable ? Account::Status::Disabled : Account::Status::Active;

    Account current;
    if (const int rc = HandlerLookup::find(ctx, m_id, &current); rc != ExitOk)
        return rc;
    const auto r = ctx.await<Account>([&](QObject *c, sync::ApiClient::Done<Account> done) {
        return ctx.writes().updateHandler(m_id, patch, current.version, c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportError(r.error, r.tlsProblems);
    const Account updated = *r.value;
    Printer &printer = ctx.printer();
    if (ctx.json())
        printer.json(updated.toJson());
    else if (m_change == Change::Rename)
        printer.line(tr("Handler %1 renamed from %2 to %3.").arg(updated.login, current.name, updated.name));
    else if (m_change == Change::Disable)
        printer.line(tr("Handler %1 (%2) is disabled; its sessions have ended.").arg(updated.name, updated.login));
    else
        printer.line(tr("Handler %1 (%2) is active.").arg(updated.name, updated.login));
    return ExitOk;
}

} // namespace zc::cli
