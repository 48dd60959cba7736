#pragma once

#include "Command.h"
#include "Printer.h"

#include "sync/ApiTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace zc::cli {

// export roles|handlers|role-accounts ID|audit: every item of a list (all its
// pages, with the list command's filters) as CSV or JSON, to stdout or a
// file. From the server; from the account's local cache when the server
// cannot be reached (said on stderr with its age), or with --cache.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    ExportCommand();

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

private:
    enum class What { Roles, Handlers, RoleAccounts, Audit };
    struct Records
    {
        QStringList header;
        QList<QStringList> rows;
        QJsonArray items;
        bool fromCache = false;
        QJsonObject sourceFields;   // {"source": "cache", "as_of"} when fromCache
    };

    [[nodiscard]] int roles(CliContext &ctx, Records *out) const;
    [[nodiscard]] int handlers(CliContext &ctx, Records *out) const;
    [[nodiscard]] int roleAccounts(CliContext &ctx, Records *out) const;
    [[nodiscard]] int audit(CliContext &ctx, Records *out) const;
    // Role names by id for the handlers' columns, from where the handlers came (best effort: ids stand in).
    [[nodiscard]] QHash<qint64, QString> roleNames(CliContext &ctx, bool fromCache) const;
    [[nodiscard]] int write(CliContext &ctx, const Records &records) const;

    What m_what = What::Roles;
    QString m_whatName;
    Printer::DataFormat m_format = Printer::DataFormat::Csv;
    QString m_output;
    bool m_bom = false;
    bool m_cacheOnly = false;
    QString m_roleName;                      // roles --name
    sync::HandlerListQuery m_handlers;       // handlers --q --status
    qint64 m_roleId = 0;                     // role-accounts ID
    sync::RoleAccountsFilter m_roleAccounts; // role-accounts --unassigned --login --name
    sync::AuditQuery m_audit;                // audit --action --actor --from --to
};

} // namespace zc::cli
