#pragma once

#include "Command.h"
#include "ListFetch.h"

#include "sync/ApiTypes.h"

#include "models/AuditEvent.h"

#include <QCoreApplication>

namespace zc::cli {

// audit: a page of the unit's audit log, filtered by action, actor and time,
// or every page (--all). The events shown are kept in the local cache, as
// the desktop client keeps them, and are what it shows when the server
// cannot be reached.
class AuditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
public:
    AuditCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

    // --action, --actor, --from and --to, which export audit takes too.
    [[nodiscard]] static QList<QCommandLineOption> filterOptions();
    [[nodiscard]] static int readFilter(CliContext &ctx, const QCommandLineParser &parser, sync::AuditQuery *query);
    // The events the request asks for, filtered like `query` (its page and
    // size are the request's), from the server (kept in the cache) or,
    // offline, the cache.
    [[nodiscard]] static int fetch(CliContext &ctx, const ListRequest &request, const sync::AuditQuery &query,
                                   Listing<AuditEvent> *out);

private:
    sync::AuditQuery m_query;
    bool m_all = false;
};

} // namespace zc::cli
