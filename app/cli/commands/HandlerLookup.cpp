#include "HandlerLookup.h"

#include "CliContext.h"

namespace zc::cli {

int HandlerLookup::find(CliContext &ctx, qint64 id, Account *out)
{
    sync::HandlerListQuery query;
    query.size = 100;
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

} // namespace zc::cli
