#include "BulkAssignment.h"

#include "CliContext.h"

#include "sync/WriteThrough.h"

#include <QJsonObject>

namespace zc::cli {

BulkAssignment::BulkAssignment(CliContext &ctx, bool assign, bool dryRun)
    : m_ctx(ctx), m_assign(assign), m_dryRun(dryRun), m_roles(ctx), m_handlers(ctx)
{
}

void BulkAssignment::add(int row, const QString &role, const QString &account)
{
    AssignmentRow r;
    r.row = row;
    r.role = role;
    r.account = account;
    if (role.trimmed().isEmpty() || account.trimmed().isEmpty())
        fail(r, QStringLiteral("invalid_row"), tr("A role and an account are both needed."));
    m_rows.append(r);
}

void BulkAssignment::addInvalid(int row, const QString &role, const QString &account, const QString &message)
{
    AssignmentRow r;
    r.row = row;
    r.role = role;
    r.account = account;
    fail(r, QStringLiteral("invalid_row"), message);
    m_rows.append(r);
}

void BulkAssignment::fail(AssignmentRow &row, const QString &code, const QString &message)
{
    row.result = AssignmentRow::Result::Failed;
    row.error = ApiError{};
    row.error.status = -1;
    row.error.code = code;
    row.error.message = message;
}

void BulkAssignment::resolveRole(AssignmentRow &row) const
{
    const QList<Role> roles = m_roles.resolve(row.role);
    if (roles.isEmpty()) {
        fail(row, QStringLiteral("not_found"), tr("No role of this unit has the id or name '%1'.").arg(row.role.trimmed()));
        return;
    }
    if (roles.size() > 1) {
        QStringList names;
        for (const Role &r : roles) {
            names << RoleLookup::describe(r);
            row.candidateItems.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name}});
        }
        row.candidates = names;
        fail(row, QStringLiteral("ambiguous"),
             tr("'%1' names %n roles: %2. Give the id.", nullptr, static_cast<int>(roles.size()))
                 .arg(row.role.trimmed(), names.join(QStringLiteral("; "))));
        return;
    }
    row.roleId = roles.constFirst().id;
    row.roleName = roles.constFirst().name;
}

void BulkAssignment::resolveAccount(AssignmentRow &row) const
{
    const HandlerLookup::Match match = m_handlers.resolve(row.account);
    if (match.accounts.isEmpty()) {
        fail(row, QStringLiteral("not_found"),
             tr("No handler of this unit has the id, phone, login or name '%1'.").arg(row.account.trimmed()));
        return;
    }
    if (match.accounts.size() > 1) {
        QStringList names;
        for (const Account &a : match.accounts) {
            names << HandlerLookup::describe(a);
            row.candidateItems.append(QJsonObject{{QStringLiteral("id"), a.id},
                                                  {QStringLiteral("login"), a.login},
                                                  {QStringLiteral("name"), a.name}});
        }
        row.candidates = names;
        fail(row, QStringLiteral("ambiguous"),
             tr("'%1' names %n handlers: %2. Give the phone or the id.", nullptr, static_cast<int>(match.accounts.size()))
                 .arg(row.account.trimmed(), names.join(QStringLiteral("; "))));
        return;
    }
    const Account &a = match.accounts.constFirst();
    row.accountId = a.id;
    row.accountLogin = a.login;
    row.accountName = a.name;
    row.unverified = match.unverified;
}

bool BulkAssignment::resolve(ApiError *error, QList<sync::TlsProblem> *tls)
{
    const auto pending = [this] {
        QList<AssignmentRow *> out;
        for (AssignmentRow &r : m_rows) {
            if (r.result == AssignmentRow::Result::Pending)
                out << &r;
        }
        return out;
    };
    if (pending().isEmpty())
        return true;
    if (!m_roles.load(error, tls))
        return false;
    qint64 someRole = 0;
    QStringList accounts;
    for (AssignmentRow *r : pending()) {
        resolveRole(*r);
        if (r->result == AssignmentRow::Result::Pending) {
            someRole = someRole ? someRole : r->roleId;
            accounts << r->account;
        }
    }
    if (accounts.isEmpty())
        return true;
    if (!m_handlers.load(accounts, someRole, error, tls))
        return false;
    QSet<qint64> holdersNeeded;   // roles given with ids a large unit's search could not check
    for (AssignmentRow *r : pending()) {
        resolveAccount(*r);
        if (r->result == AssignmentRow::Result::Pending && r->unverified)
            holdersNeeded.insert(r->roleId);
    }
    for (qint64 roleId : std::as_const(holdersNeeded)) {
        if (!m_handlers.listRole(roleId, true, error, tls))
            return false;
    }
    if (!holdersNeeded.isEmpty()) {
        for (AssignmentRow *r : pending()) {
            if (r->unverified)
                resolveAccount(*r);   // a holder of its role is known now
        }
    }
    for (const Account &a : m_handlers.accounts()) {
        for (qint64 roleId : a.roleIds)
            m_held.insert({roleId, a.id});
    }
    return true;
}

int BulkAssignment::apply()
{
    ApiError stop;
    for (AssignmentRow &row : m_rows) {
        if (row.result != AssignmentRow::Result::Pending)
            continue;
        if (stop.isValid()) {
            row.result = AssignmentRow::Result::NotTried;
            row.error = stop;
            continue;
        }
        const QPair<qint64, qint64> pair{row.roleId, row.accountId};
        if (m_held.contains(pair) == m_assign) {
            row.result = AssignmentRow::Result::Unchanged;
            continue;
        }
        if (m_dryRun) {
            row.result = AssignmentRow::Result::WouldChange;
        } else {
            const qint64 roleId = row.roleId;
            const qint64 accountId = row.accountId;
            const auto r = m_ctx.await<sync::Nothing>([&](QObject *c, sync::ApiClient::Done<sync::Nothing> done) {
                return m_assign ? m_ctx.writes().assign(roleId, accountId, c, std::move(done))
                                : m_ctx.writes().unassign(roleId, accountId, c, std::move(done));
            });
            if (!r.ok()) {
                row.result = AssignmentRow::Result::Failed;
                row.error = r.error;
                if (r.error.isTransport() || r.error.status == 401 || r.error.status == 403) {
                    stop = r.error;
                    m_stopCode = Printer::exitCodeFor(r.error);
                }
                continue;
            }
            row.result = AssignmentRow::Result::Changed;
        }
        if (m_assign)
            m_held.insert(pair);
        else
            m_held.remove(pair);
    }
    return m_stopCode;
}

int BulkAssignment::exitCode() const
{
    if (m_stopCode != 0)
        return m_stopCode;
    for (const AssignmentRow &row : m_rows) {
        if (row.result == AssignmentRow::Result::Failed || row.result == AssignmentRow::Result::NotTried)
            return ExitPartial;
    }
    return ExitOk;
}

QString BulkAssignment::resultCode(const AssignmentRow &row) const
{
    switch (row.result) {
    case AssignmentRow::Result::Changed:
        return m_assign ? QStringLiteral("assigned") : QStringLiteral("unassigned");
    case AssignmentRow::Result::Unchanged:
        return m_assign ? QStringLiteral("already_assigned") : QStringLiteral("not_assigned");
    case AssignmentRow::Result::WouldChange:
        return m_assign ? QStringLiteral("would_assign") : QStringLiteral("would_unassign");
    case AssignmentRow::Result::NotTried:
        return QStringLiteral("not_tried");
    case AssignmentRow::Result::Pending:
    case AssignmentRow::Result::Failed:
        break;
    }
    return QStringLiteral("error");
}

QString BulkAssignment::resultText(const AssignmentRow &row) const
{
    switch (row.result) {
    case AssignmentRow::Result::Changed:
        return m_assign ? tr("assigned") : tr("unassigned");
    case AssignmentRow::Result::Unchanged:
        return m_assign ? tr("already assigned") : tr("not assigned");
    case AssignmentRow::Result::WouldChange:
        return m_assign ? tr("would assign") : tr("would unassign");
    case AssignmentRow::Result::NotTried:
        return tr("not tried");
    case AssignmentRow::Result::Pending:
    case AssignmentRow::Result::Failed:
        break;
    }
    return tr("error");
}

} // namespace zc::cli
