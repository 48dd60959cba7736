#pragma once

#include "HandlerLookup.h"
#include "RoleLookup.h"

#include "sync/TlsProblem.h"

#include "models/ApiError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace zc::cli {

class CliContext;

// One (role, account) pair of assign / unassign, as given, and what became of it.
struct AssignmentRow
{
    enum class Result {
        Pending,       // resolved, not applied yet
        Changed,       // assigned (unassigned)
        Unchanged,     // already assigned (not assigned): nothing to do
        WouldChange,   // --dry-run: would be assigned (unassigned)
        Failed,        // see error; nothing applied
        NotTried,      // a failure before it stopped the run (network, session)
    };
    int row = 0;                 // its line in the file, or the account argument's place
    QString role;                // as given
    QString account;             // as given
    qint64 roleId = 0;           // 0 until resolved
    QString roleName;
    qint64 accountId = 0;        // 0 until resolved
    QString accountLogin;
    QString accountName;
    bool unverified = false;     // an id not seen in the listings: the server decides
    Result result = Result::Pending;
    ApiError error;
    QStringList candidates;      // ambiguous: each candidate described
    QJsonArray candidateItems;   // the same as JSON: {id, name[, login]}
};

// assign / unassign of many pairs: resolves every role and account named
// (RoleLookup, HandlerLookup: a few listings, not a request per row), then
// applies each pair on its own through the write path — a pair that fails
// applies nothing and the others go on; a pair already in the wanted state
// is reported as such and not written (idempotent). --dry-run resolves and
// judges without writing.
class BulkAssignment
{
    Q_DECLARE_TR_FUNCTIONS(BulkAssignment)
public:
    BulkAssignment(CliContext &ctx, bool assign, bool dryRun);

    void add(int row, const QString &role, const QString &account);
    // A row that cannot be read (e.g. a CSV line without two fields): reported, never applied.
    void addInvalid(int row, const QString &role, const QString &account, const QString &message);

    // Resolves every row. False with the error of a listing that failed
    // (nothing is applied then).
    [[nodiscard]] bool resolve(ApiError *error, QList<sync::TlsProblem> *tls);
    // Applies (or with --dry-run judges) each resolved row in order. ExitOk,
    // or the exit code of a failure that stopped the run (no answer, the
    // session refused or forbidden: the rows after it are not tried).
    [[nodiscard]] int apply();

    [[nodiscard]] const QList<AssignmentRow> &rows() const { return m_rows; }
    [[nodiscard]] bool isAssign() const { return m_assign; }
    [[nodiscard]] bool isDryRun() const { return m_dryRun; }
    // 0 when every row is done, ExitPartial when some failed, else apply()'s code.
    [[nodiscard]] int exitCode() const;

    // The result's code in JSON ("assigned", "already_assigned", …) and in words.
    [[nodiscard]] QString resultCode(const AssignmentRow &row) const;
    [[nodiscard]] QString resultText(const AssignmentRow &row) const;

private:
    static void fail(AssignmentRow &row, const QString &code, const QString &message);
    void resolveRole(AssignmentRow &row) const;
    void resolveAccount(AssignmentRow &row) const;

    CliContext &m_ctx;
    bool m_assign;
    bool m_dryRun;
    QList<AssignmentRow> m_rows;
    RoleLookup m_roles;
    HandlerLookup m_handlers;
    QSet<QPair<qint64, qint64>> m_held;   // (role, account) pairs assigned now
    int m_stopCode = 0;
};

} // namespace zc::cli
