#include "AssignCommand.h"

#include "CliContext.h"

#include "sync/WriteThrough.h"

#include <QPair>

namespace zc::cli {

AssignCommand::AssignCommand(bool assign)
    : Command(assign ? QStringLiteral("assign") : QStringLiteral("unassign"), Group::Administration, Needs::Session,
              2, -1),
      m_assign(assign)
{
}

QString AssignCommand::synopsis() const
{
    return tr("ROLE_ID ACCOUNT_ID...");
}

QString AssignCommand::description() const
{
    return m_assign ? tr("assign the role to accounts (summary of what changed)") : tr("take the role from accounts");
}

int AssignCommand::parse(CliContext &ctx, const QCommandLineParser &, const QStringList &args)
{
    if (const int rc = readId(ctx, args.constFirst(), &m_roleId); rc != ExitOk)
        return rc;
    for (const QString &a : args.mid(1)) {
        qint64 accountId = 0;
        if (const int rc = readId(ctx, a, &accountId); rc != ExitOk)
            return rc;
        if (!m_accountIds.contains(accountId))
            m_accountIds << accountId;
    }
    return ExitOk;
}

int AssignCommand::assignedIds(CliContext &ctx, qint64 roleId, QSet<qint64> *out)
{
    sync::RoleAccountsFilter filter;
    filter.assigned = true;
    filter.size = 100;
    for (filter.page = 1;; ++filter.page) {
        const auto r = ctx.await<sync::Page<Account>>([&](QObject *c, sync::ApiClient::Done<sync::Page<Account>> done) {
            return ctx.client().roleAccounts(roleId, filter, c, std::move(done));
        });
        if (!r.ok())
            return ctx.reportError(r.error, r.tlsProblems);
        for (const Account &a : r.value->items)
            out->insert(a.id);
        if (r.value->items.isEmpty() || filter.page * filter.size >= r.value->total)
            break;
    }
    return ExitOk;
}

int AssignCommand::execute(CliContext &ctx, const QStringList &)
{
    const qint64 roleId = m_roleId;
    const bool assign = m_assign;
    // What holds the role now, so that the summary says what really changed
    // (the server's assign / unassign are idempotent and answer 204 either way).
    QSet<qint64> before;
    if (const int rc = assignedIds(ctx, roleId, &before); rc != ExitOk)
        return rc;
    QList<qint64> changed;
    QList<qint64> unchanged;
    QList<QPair<qint64, ApiError>> failed;
    ApiError stop;   // a transport failure: the rest is not tried
    for (qint64 accountId : std::as_const(m_accountIds)) {
        if (stop.isValid()) {
            failed.append({accountId, stop});
            continue;
        }
        if (before.contains(accountId) == assign) {
            unchanged << accountId;
            continue;
        }
        const auto r = ctx.await<sync::Nothing>([&](QObject *c, sync::ApiClient::Done<sync::Nothing> done) {
            return assign ? ctx.writes().assign(roleId, accountId, c, std::move(done))
                          : ctx.writes().unassign(roleId, accountId, c, std::move(done));
        });
        if (!r.ok()) {
            failed.append({accountId, r.error});
            if (r.error.status == 0 || r.error.status == 401)
                stop = r.error;
            continue;
        }
        changed << accountId;
    }

    int rc = ExitOk;
    for (const auto &f : std::as_const(failed))
        rc = qMax(rc, Printer::exitCodeFor(f.second));
    Printer &printer = ctx.printer();
    if (ctx.json()) {
        QJsonArray failures;
        for (const auto &f : std::as_const(failed))
            failures.append(QJsonObject{{QStringLiteral("account_id"), f.first},
                                        {QStringLiteral("code"), f.second.code},
                                        {QStringLiteral("message"), f.second.message},
                                        {QStringLiteral("status"), qMax(0, f.second.status)}});
        printer.json(QJsonObject{{QStringLiteral("role_id"), roleId},
                                 {QStringLiteral("action"), assign ? QStringLiteral("assign") : QStringLiteral("unassign")},
                                 {QStringLiteral("changed"), Printer::idArray(changed)},
                                 {QStringLiteral("unchanged"), Printer::idArray(unchanged)},
                                 {QStringLiteral("failed"), failures}});
        return rc;
    }
    const int count = static_cast<int>(changed.size());
    QString summary = assign ? tr("Role %1: assigned to %n account(s)", nullptr, count).arg(roleId)
                             : tr("Role %1: taken from %n account(s)", nullptr, count).arg(roleId);
    if (!changed.isEmpty())
        //: A summary and the ids it is about, e.g. "Role 5: assigned to 2 accounts (7, 9)".
        summary = tr("%1 (%2)").arg(summary, Printer::idList(changed));
    printer.line(summary);
    if (!unchanged.isEmpty())
        printer.line(assign ? tr("  already held it: %1").arg(Printer::idList(unchanged))
                            : tr("  did not hold it: %1").arg(Printer::idList(unchanged)));
    for (const auto &f : std::as_const(failed))
        printer.errLine(tr("  account %1 failed: %2 [%3]").arg(f.first).arg(f.second.message, f.second.code));
    return rc;
}

} // namespace zc::cli
