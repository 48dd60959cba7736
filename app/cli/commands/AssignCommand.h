#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

namespace zc::cli {

// assign ROLE_ID ACCOUNT_ID..., unassign ROLE_ID ACCOUNT_ID...: gives a role to accounts
// or takes it from them, one account after the other, and says what really changed.
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

private:
    // All account ids assigned to the role now (every page).
    [[nodiscard]] static int assignedIds(CliContext &ctx, qint64 roleId, QSet<qint64> *out);

    bool m_assign;
    qint64 m_roleId = 0;
    QList<qint64> m_accountIds;
};

} // namespace zc::cli
