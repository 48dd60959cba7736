#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

namespace zc::cli {

class BulkAssignment;

// assign ROLE ACCOUNT..., unassign ROLE ACCOUNT...: gives a role to accounts
// or takes it from them, naming each by id, phone, login or name (the role by
// id or name), and says what really changed; or the (role, account) rows of a
// CSV file (--from), reported row by row. --dry-run says what would happen.
// The work is BulkAssignment's; this reads the input and prints the report.
class AssignCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AssignCommand)
public:
    // assign (true) or unassign (false).
    explicit AssignCommand(bool assign);

    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    [[nodiscard]] int parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args) override;
    [[nodiscard]] int execute(CliContext &ctx, const QStringList &args) override;

    // The largest file --from reads.
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

private:
    // Reads --from: ExitOk, or the code of the usage error it printed.
    [[nodiscard]] int readFile(CliContext &ctx, const QString &path);
    // The summary of ROLE ACCOUNT... (what changed, what did not, what failed).
    void printSummary(CliContext &ctx, const BulkAssignment &bulk) const;
    // The row-by-row report of --from: a table, or a JSON array.
    void printRows(CliContext &ctx, const BulkAssignment &bulk) const;

    struct Row
    {
        int line = 0;
        QString role;
        QString account;
        QString invalid;   // why the row cannot be read (empty: it can)
    };

    bool m_assign;
    bool m_dryRun = false;
    QString m_file;
    QList<Row> m_rows;
};

} // namespace zc::cli
