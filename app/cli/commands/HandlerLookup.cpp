#include "HandlerLookup.h"

#include "CliContext.h"
#include "ListFetch.h"

#include "models/Validators.h"

#include <algorithm>

namespace zc::cli {

int HandlerLookup::find(CliContext &ctx, qint64 id, Account *out)
{
    sync::HandlerListQuery query;
    query.size = MaxPageSize;
    for (query.page = 1;; ++query.page) {
        const auto r = ctx.await<sync::Page<Account>>([&](QObject *c, sync::ApiClient::Done<sync::Page<Account>> done) {
            return ctx.client().handlers(query, c, std::move(done));
        });
        if (!r.ok())
            return ctx.reportError(r.error, r.tlsProblems);
        for (const Account &a : r.value->items) {
            if (a.id == id) {
                *out = a;
                return ExitOk;
            }
        }
        if (r.value->items.isEmpty() || query.page * query.size >= r.value->total)
            break;
    }
    ApiError e;
    e.status = 404;
    e.code = errorCodeName(ErrorCode::NotFound);
    e.message = tr("This unit has no handler with the id %1.").arg(id);
    return ctx.reportError(e);
}

HandlerLookup::HandlerLookup(CliContext &ctx) : m_ctx(ctx) {}

HandlerLookup::ArgKind HandlerLookup::kindOf(const QString &arg)
{
    const QString s = arg.trimmed();
    bool digits = !s.isEmpty();
    for (const QChar c : s)
        digits = digits && c.isDigit() && c.unicode() < 128;
    if (!digits)
        return ArgKind::Text;
    return validate::phone(s) == ValidationError::None ? ArgKind::Phone : ArgKind::Id;
}

bool HandlerLookup::matches(const Account &a, ArgKind kind, const QString &arg)
{
    switch (kind) {
    case ArgKind::Id:
        return QString::number(a.id) == arg;
    case ArgKind::Phone:
        return a.phone == arg || a.login == arg;
    case ArgKind::Text:
        return a.login.compare(arg, Qt::CaseInsensitive) == 0 || a.name.trimmed() == arg;
    }
    return false;
}

QString HandlerLookup::describe(const Account &a)
{
    //: A handler among several that an argument names: login, name and id.
    return tr("%1 %2 (id %3)").arg(a.login, a.name).arg(a.id);
}

void HandlerLookup::add(const QList<Account> &accounts)
{
    for (const Account &a : accounts)
        m_accounts.insert(a.id, a);
}

bool HandlerLookup::listAll(const QString &q, int firstPage, ApiError *error, QList<sync::TlsProblem> *tls)
{
    sync::HandlerListQuery query;
    query.q = q;
    query.size = MaxPageSize;
    for (query.page = firstPage;; ++query.page) {
        const auto r = m_ctx.await<sync::Page<Account>>(
            [&](QObject *c, sync::ApiClient::Done<sync::Page<Account>> done) {
                return m_ctx.client().handlers(query, c, std::move(done));
            });
        if (!r.ok()) {
            *error = r.error;
            if (tls)
                *tls = r.tlsProblems;
            return false;
        }
        add(r.value->items);
        if (r.value->items.isEmpty() || query.page * query.size >= r.value->total)
            return true;
    }
}

bool HandlerLookup::listRole(qint64 roleId, bool assigned, ApiError *error, QList<sync::TlsProblem> *tls)
{
    sync::RoleAccountsFilter filter;
    filter.assigned = assigned;
    filter.size = MaxPageSize;
    for (filter.page = 1;; ++filter.page) {
        const auto r = m_ctx.await<sync::Page<Account>>(
            [&](QObject *c, sync::ApiClient::Done<sync::Page<Account>> done) {
                return m_ctx.client().roleAccounts(roleId, filter, c, std::move(done));
            });
        if (!r.ok()) {
            *error = r.error;
            if (tls)
                *tls = r.tlsProblems;
            return false;
        }
        add(r.value->items);
        if (r.value->items.isEmpty() || filter.page * filter.size >= r.value->total)
            return true;
    }
}

bool HandlerLookup::load(const QStringList &args, qint64 roleId, ApiError *error, QList<sync::TlsProblem> *tls)
{
    QSet<QString> searches;   // the phones, logins and names asked for
    bool ids = false;
    for (const QString &arg : args) {
        const ArgKind kind = kindOf(arg);
        if (kind == ArgKind::Id)
            ids = true;
        else
            searches.insert(arg.trimmed());
    }
    // The first page tells how many handlers there are.
    sync::HandlerListQuery first;
    first.size = MaxPageSize;
    const auto r = m_ctx.await<sync::Page<Account>>([&](QObject *c, sync::ApiClient::Done<sync::Page<Account>> done) {
        return m_ctx.client().handlers(first, c, std::move(done));
    });
    if (!r.ok()) {
        if (r.error.is(ErrorCode::Forbidden) && roleId > 0) {
            // basic.roles without basic.accounts: a role's two lists are every handler.
            m_complete = listRole(roleId, true, error, tls) && listRole(roleId, false, error, tls);
            return m_complete;
        }
        *error = r.error;
        if (tls)
            *tls = r.tlsProblems;
        return false;
    }
    add(r.value->items);
    const int total = r.value->total;
    const int pagesLeft = (total + MaxPageSize - 1) / MaxPageSize - 1;
    // An id cannot be searched for: it costs the listing of its role's holders instead.
    const int searchCost = static_cast<int>(searches.size()) + (ids ? 1 : 0);
    if (pagesLeft <= searchCost) {
        m_complete = pagesLeft <= 0 || listAll(QString(), 2, error, tls);
        return m_complete;
    }
    for (const QString &s : std::as_const(searches)) {
        if (!listAll(s, 1, error, tls))
            return false;
    }
    return true;
}

HandlerLookup::Match HandlerLookup::resolve(const QString &argument) const
{
    const QString arg = argument.trimmed();
    const ArgKind kind = kindOf(arg);
    Match m;
    for (const Account &a : m_accounts) {
        if (matches(a, kind, arg))
            m.accounts.append(a);
    }
    std::sort(m.accounts.begin(), m.accounts.end(), [](const Account &a, const Account &b) { return a.id < b.id; });
    if (m.accounts.isEmpty() && kind == ArgKind::Id && !m_complete) {
        Account unknown;
        unknown.id = arg.toLongLong();
        m.accounts.append(unknown);
        m.unverified = true;
    }
    return m;
}

} // namespace zc::cli
