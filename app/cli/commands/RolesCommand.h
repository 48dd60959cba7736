#pragma once

#include "Command.h"
#include "ListFetch.h"

#include "models/Role.h"

#include <QCoreApplication>
#include <QString>

namespace zc::cli {

// roles: a page of the unit's roles (账号角色管理), filtered by name, or
// every page (--all); the local cache's when the server cannot be reached.
class RolesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RolesCommand)
public:
    RolesCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

    // The roles the request asks for, named like `name` (empty: all), from
    // the server or, offline, the cache (export roles shares it).
    [[nodiscard]] static int fetch(CliContext &ctx, const ListRequest &request, const QString &name,
                                   Listing<Role> *out);

private:
    bool m_all = false;
    int m_page = 1;
    int m_size = 10;
    QString m_name;
};

} // namespace zc::cli
