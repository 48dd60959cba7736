#pragma once

#include "Command.h"
#include "ListFetch.h"

#include "sync/ApiTypes.h"

#include "models/Account.h"

#include <QCoreApplication>

namespace zc::cli {

// role-accounts ID: a page of the accounts assigned to a role, or (--unassigned) of
// those without it (分配账号: 已分配 / 未分配), or every page (--all); the local
// cache's when the server cannot be reached.
class RoleAccountsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RoleAccountsCommand)
public:
    RoleAccountsCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

    // --unassigned, --login and --name, which export role-accounts takes too.
    [[nodiscard]] static QList<QCommandLineOption> filterOptions();
    static void readFilter(const QCommandLineParser &parser, sync::RoleAccountsFilter *filter);
    // The role's accounts the request asks for, filtered like `filter` (its
    // page and size are the request's), from the server or, offline, the cache.
    [[nodiscard]] static int fetch(CliContext &ctx, const ListRequest &request, qint64 roleId,
                                   const sync::RoleAccountsFilter &filter, Listing<Account> *out);

private:
    qint64 m_id = 0;
    sync::RoleAccountsFilter m_filter;
    bool m_all = false;
};

} // namespace zc::cli
