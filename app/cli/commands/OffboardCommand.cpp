#include "OffboardCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "HandlerLookup.h"
#include "RoleLookup.h"

#include "models/ErrorCode.h"
#include "sync/WriteThrough.h"

#include <QJsonArray>

namespace zc::cli {

namespace {

QString quoted(const QStringList &names)
{
    QStringList q;
    for (const QString &n : names)
        q << OffboardCommand::tr("“%1”").arg(n);
    return q.join(OffboardCommand::tr("、"));
}

} // namespace

OffboardCommand::OffboardCommand()
    : Command(QStringLiteral("offboard"), Group::Administration, Needs::Session, 1, 1, {CommonOptions::yes()})
{
}

QString OffboardCommand::synopsis() const
{
    return tr("HANDLER [--yes]");
}

QString OffboardCommand::description() const
{
    return tr("offboard a handler: disable it, remove its roles, end its sessions");
}

int OffboardCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args)
{
    m_yes = parser.isSet(QStringLiteral("yes"));
    m_handler = args.constFirst().trimmed();
    if (m_handler.isEmpty())
        return ctx.usageError(tr("name the handler by its id, phone, login or name."));
    return ExitOk;
}

int OffboardCommand::execute(CliContext &ctx, const QStringList &)
{
    HandlerLookup handlers(ctx);
    ApiError error;
    QList<sync::TlsProblem> tls;
    if (!handlers.load({ m_handler }, 0, &error, &tls))
        return ctx.reportError(error, tls);
    const HandlerLookup::Match match = handlers.resolve(m_handler);
    if (match.accounts.isEmpty()) {
        ApiError e;
        e.status = 404;
        e.code = errorCodeName(ErrorCode::NotFound);
        e.message = tr("No handler of this unit has the id, phone, login or name '%1'.").arg(m_handler);
        return ctx.reportError(e);
    }
    if (match.accounts.size() > 1) {
        QStringList names;
        for (const Account &a : match.accounts)
            names << HandlerLookup::describe(a);
        return ctx.usageError(tr("'%1' names %n handlers: %2. Give the phone or the id.", nullptr,
                                 int(match.accounts.size()))
                                  .arg(m_handler, names.join(QStringLiteral("; "))));
    }
    Account handler = match.accounts.constFirst();
    if (match.unverified && HandlerLookup::find(ctx, handler.id, &handler) != ExitOk)
        return ExitApiError;

    // The question names each role that goes, as the desktop's does.
    QStringList roleNames;
    if (!handler.roleIds.isEmpty()) {
        RoleLookup roles(ctx);
        if (!roles.load(&error, &tls))
            return ctx.reportError(error, tls);
        for (const qint64 id : handler.roleIds) {
            const QList<Role> found = roles.resolve(QString::number(id));
            roleNames << (found.size() == 1 ? found.constFirst().name : tr("role %1").arg(id));
        }
    }
    const QString who = HandlerLookup::describe(handler);
    const QString question =
            roleNames.isEmpty()
                    ? tr("Offboard %1: disable it and end its sessions (it holds no role)?").arg(who)
                    : tr("Offboard %1: disable it, remove its %n role(s) %2 and end its sessions?", nullptr,
                         int(roleNames.size()))
                              .arg(who, quoted(roleNames));
    // Without a terminal there is no question to answer: say what --yes would do.
    if (!m_yes && !TerminalInput::isInteractive())
        ctx.printer().errLine(question);
    if (!ctx.confirm(question, m_yes))
        return ctx.usageError(m_yes || TerminalInput::isInteractive()
                                      ? tr("not offboarded.")
                                      : tr("not offboarded: add --yes to confirm when not on a terminal."));

    const qint64 id = handler.id;
    const auto r = ctx.await<sync::Offboarding>([&](QObject *c, sync::ApiClient::Done<sync::Offboarding> done) {
        return ctx.writes().offboardHandler(id, c, std::move(done));
    });
    if (!r.ok())
        return ctx.reportError(r.error, r.tlsProblems);
    const sync::Offboarding &o = *r.value;
    QStringList removed;
    QJsonArray removedJson;
    for (const sync::Offboarding::RemovedRole &role : o.removedRoles) {
        removed << role.name;
        removedJson.append(QJsonObject{ { QStringLiteral("id"), role.id }, { QStringLiteral("name"), role.name } });
    }
    if (ctx.json()) {
        ctx.printer().json(QJsonObject{
                { QStringLiteral("account"), o.account.toJson() },
                { QStringLiteral("removed_roles"), removedJson },
                { QStringLiteral("revoked_sessions"), o.revokedSessions },
                { QStringLiteral("already_offboarded"), o.alreadyOffboarded },
        });
    } else if (o.alreadyOffboarded) {
        ctx.printer().line(tr("%1 was already offboarded: disabled, without roles or sessions. Nothing was changed.")
                                   .arg(who));
    } else {
        ctx.printer().line(tr("%1 was offboarded.").arg(who));
        ctx.printer().line(tr("Account: disabled"));
        ctx.printer().line(removed.isEmpty()
                                   ? tr("Roles removed: none")
                                   : tr("Roles removed (%n): %1", nullptr, int(removed.size())).arg(quoted(removed)));
        ctx.printer().line(tr("Sessions ended: %n", nullptr, o.revokedSessions));
    }
    return ExitOk;
}

} // namespace zc::cli
