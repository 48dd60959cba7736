#pragma once

#include "models/Account.h"

#include <QCoreApplication>

namespace zc::cli {

class CliContext;

// Finds one handler of the unit by id (its current version is what a change
// or a deletion is made against), paging through GET /handlers.
class HandlerLookup
{
    Q_DECLARE_TR_FUNCTIONS(HandlerLookup)
public:
    // ExitOk with *out set, or the code of the error it printed (not_found when there is none).
    [[nodiscard]] static int find(CliContext &ctx, qint64 id, Account *out);
};

} // namespace zc::cli
