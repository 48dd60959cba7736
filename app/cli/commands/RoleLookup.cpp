#include "RoleLookup.h"

#include "CliContext.h"
#include "ListFetch.h"

namespace zc::cli {

RoleLookup::RoleLookup(CliContext &ctx) : m_ctx(ctx) {}

bool RoleLookup::load(ApiError *error, QList<sync::TlsProblem> *tls)
{
    m_roles.clear();
    for (int page = 1;; ++page) {
        const auto r = m_ctx.await<sync::Page<Role>>([&](QObject *c, sync::ApiClient::Done<sync::Page<Role>> done) {
            return m_ctx.client().roles(page, MaxPageSize, QString(), c, std::move(done));
        });
        if (!r.ok()) {
            *error = r.error;
            if (tls)
                *tls = r.tlsProblems;
            return false;
        }
        m_roles += r.value->items;
        if (r.value->items.isEmpty() || page * MaxPageSize >= r.value->total)
            return true;
    }
}

QList<Role> RoleLookup::resolve(const QString &argument) const
{
    const QString arg = argument.trimmed();
    QList<Role> out;
    for (const Role &role : m_roles) {
        if (QString::number(role.id) == arg || role.name.trimmed() == arg)
            out.append(role);
    }
    return out;
}

QString RoleLookup::describe(const Role &role)
{
    //: A role among several that an argument names: its name and id.
    return tr("%1 (id %2)").arg(role.name).arg(role.id);
}

} // namespace zc::cli
