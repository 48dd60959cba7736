#pragma once

#include "models/Account.h"
#include "models/ApiToken.h"
#include "models/PermissionCatalog.h"
#include "models/Role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace zc::ui {

// One thing an access review (权限审查) points at: a handler, a role or an
// API token, why it deserves a look, and what would settle it.
struct ReviewFinding
{
    // In the order of sync::review::FindingKeys, one kind for each key.
    enum class Kind {
        NeverSignedIn,
        Inactive,
        DisabledWithRoles,
        AdminRights,
        RolesWithoutAccounts,
        RolesWithoutPermissions,
        TokensExpiring,
        TokensUnused,
    };
    static constexpr int KindCount = 8;
    enum class Subject { Account, Role, Token };

    Kind kind = Kind::NeverSignedIn;
    Subject subject = Subject::Account;
    qint64 subjectId = 0;
    QString subjectText;    // “王芳” (139****1001), a role's or a token's name
    QString detail;         // why it is listed
    QString suggestion;     // what would settle it
    QList<qint64> roleIds;  // the roles to take away (disabled with roles; those granting admin rights)

    // Unique among a review's findings (one subject can be listed under several kinds).
    [[nodiscard]] qint64 rowId() const { return (static_cast<qint64>(kind) + 1) << 48 | subjectId; }
};

// The review itself: what deserves a look among the unit's handlers and
// roles (from the cache) and its API tokens (from the server, when it can be
// asked). The rules, one kind each:
// - never signed in: a handler, not disabled, with no sign-in at all;
// - inactive: a handler, not disabled, whose last sign-in is older than N days;
// - disabled with roles: a disabled handler still holding roles;
// - admin rights: a handler holding 账号角色管理, 经办人管理 or 接口管理 (basic.roles,
//   basic.accounts, basic.interfaces) through its roles;
// - roles without accounts / without permissions (no leaf of the catalog);
// - tokens expiring: live, not expired, expiring within 14 days;
// - tokens unused: live, not expired, never used and older than 7 days, or not used for N days.
// The main account is never listed: it holds everything by design.
class ReviewFindings
{
    Q_DECLARE_TR_FUNCTIONS(zc::ui::ReviewFindings)
public:
    static constexpr int DefaultInactiveDays = 90;
    static constexpr int MinInactiveDays = 1;
    static constexpr int MaxInactiveDays = 3650;
    static constexpr int TokenGraceDays = 7;

    struct Source
    {
        QList<Account> accounts;
        QList<Role> roles;
        PermissionCatalog catalog;
        std::optional<QList<ApiToken>> tokens;   // nullopt: not known here (offline, or no 接口管理)
        int inactiveDays = DefaultInactiveDays;
        QDateTime now;                           // invalid: the current time
        bool english = false;                    // the menus' titles
    };

    // Grouped by kind, in kind order; within a kind by subject.
    [[nodiscard]] static QList<ReviewFinding> find(const Source &source);
    // Each kind's number of findings, by sync::review::FindingKeys.
    [[nodiscard]] static QMap<QString, int> counts(const QList<ReviewFinding> &findings);

    [[nodiscard]] static QString key(ReviewFinding::Kind kind);
    [[nodiscard]] static QString kindTitle(ReviewFinding::Kind kind, int inactiveDays);
    [[nodiscard]] static bool isTokenKind(ReviewFinding::Kind kind);
    // The rights that make a handler an administrator.
    [[nodiscard]] static QStringList adminRights();
};

} // namespace zc::ui
