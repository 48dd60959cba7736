#pragma once

#include "sync/TlsProblem.h"

#include "models/Account.h"
#include "models/ApiError.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace zc::cli {

class CliContext;

// Finds the unit's handlers: one by id (find(), for a change or a deletion,
// made against its current version), or many by what a person types
// (assign / unassign: an id, a phone, a login or a name), listed in as few
// requests as it takes — every page of GET /handlers once, or, in a large
// unit, one search (?q=) per argument when that is fewer requests. Without
// basic.accounts (GET /handlers answers 403) a role's 已分配 and 未分配 lists
// stand in for it.
class HandlerLookup
{
    Q_DECLARE_TR_FUNCTIONS(HandlerLookup)
public:
    // ExitOk with *out set, or the code of the error it printed (not_found when there is none).
    [[nodiscard]] static int find(CliContext &ctx, qint64 id, Account *out);

    // What an argument names: an id (a number that is not a phone number),
    // a phone (which is also a handler's login), or a login or name.
    enum class ArgKind { Id, Phone, Text };
    [[nodiscard]] static ArgKind kindOf(const QString &arg);

    struct Match
    {
        QList<Account> accounts;   // one: found; none: unknown; several: ambiguous
        // An id not seen in the listings of a large unit: taken as it is
        // (accounts holds it with only its id), the server says whether it is one.
        bool unverified = false;
    };

    explicit HandlerLookup(CliContext &ctx);

    // Lists what resolving `args` needs; `roleId` is a role whose lists
    // stand in when GET /handlers is forbidden (0: none). False with the
    // API error in *error (not printed) when a listing fails.
    [[nodiscard]] bool load(const QStringList &args, qint64 roleId, ApiError *error,
                            QList<sync::TlsProblem> *tls = nullptr);
    [[nodiscard]] Match resolve(const QString &arg) const;
    // Every account seen, by id (with its role ids).
    [[nodiscard]] const QHash<qint64, Account> &accounts() const { return m_accounts; }
    // True when every handler of the unit was listed (else: searched).
    [[nodiscard]] bool isComplete() const { return m_complete; }

    // Lists the role's holders (已分配, every page) or the handlers without it,
    // adding them to accounts(); false with the API error.
    [[nodiscard]] bool listRole(qint64 roleId, bool assigned, ApiError *error, QList<sync::TlsProblem> *tls = nullptr);

    // "13800000001 张三 (id 7)", for messages naming candidates.
    [[nodiscard]] static QString describe(const Account &account);

private:
    [[nodiscard]] bool listAll(const QString &q, int firstPage, ApiError *error, QList<sync::TlsProblem> *tls);
    void add(const QList<Account> &accounts);
    [[nodiscard]] static bool matches(const Account &account, ArgKind kind, const QString &arg);

    CliContext &m_ctx;
    QHash<qint64, Account> m_accounts;
    bool m_complete = false;
};

} // namespace zc::cli
