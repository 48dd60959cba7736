#pragma once

#include "Command.h"
#include "ListFetch.h"

#include "sync/ApiTypes.h"

#include "models/Account.h"

#include <QCoreApplication>

namespace zc::cli {

// handlers: a page of the unit's handlers (单位经办人), filtered by text and
// status, or every page (--all); the local cache's when the server cannot be
// reached.
class HandlersCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HandlersCommand)
public:
    HandlersCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

    // --q and --status, which export handlers takes too.
    [[nodiscard]] static QList<QCommandLineOption> filterOptions();
    [[nodiscard]] static int readFilter(CliContext &ctx, const QCommandLineParser &parser,
                                        sync::HandlerListQuery *query);
    // The handlers the request asks for, filtered like `query` (its page and
    // size are the request's), from the server or, offline, the cache.
    [[nodiscard]] static int fetch(CliContext &ctx, const ListRequest &request, const sync::HandlerListQuery &query,
                                   Listing<Account> *out);

private:
    sync::HandlerListQuery m_query;
    bool m_all = false;
};

} // namespace zc::cli
