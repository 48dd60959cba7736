#include "ReviewFindings.h"

#include "ui/handlers/HandlersPage.h"
#include "ui/interfaces/ApiTokenTableModel.h"

#include "sync/ApiTypes.h"

#include <QHash>

#include <algorithm>
#include <iterator>

namespace zc::ui {

namespace {
using Kind = ReviewFinding::Kind;
using Subject = ReviewFinding::Subject;

static_assert(std::size(sync::review::FindingKeys) == ReviewFinding::KindCount, "a kind for each key");

QString dateText(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
}

// “采购员”, “对账员”
QString quotedNames(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << ReviewFindings::tr("“%1”").arg(name);
    return quoted.join(ReviewFindings::tr(", "));
}
} // namespace

QStringList ReviewFindings::adminRights()
{
    return {QStringLiteral("basic.roles"), QStringLiteral("basic.accounts"), QStringLiteral("basic.interfaces")};
}

QString ReviewFindings::key(Kind kind)
{
    return QString::fromLatin1(sync::review::FindingKeys[static_cast<int>(kind)]);
}

bool ReviewFindings::isTokenKind(Kind kind)
{
    return kind == Kind::TokensExpiring || kind == Kind::TokensUnused;
}

// In Chinese as the server's summary names them: 从未登录, N 天未登录, 已禁用仍有角色,
// 持有管理权限, 未分配账号的角色, 无菜单权限的角色, 即将到期的接口令牌, 未使用的接口令牌.
QString ReviewFindings::kindTitle(Kind kind, int inactiveDays)
{
    switch (kind) {
    case Kind::NeverSignedIn: return tr("Never logged in");
    case Kind::Inactive: return tr("Not logged in for %n day(s)", nullptr, inactiveDays);
    case Kind::DisabledWithRoles: return tr("Disabled but holding roles");
    case Kind::AdminRights: return tr("Holding administration rights");
    case Kind::RolesWithoutAccounts: return tr("Roles without accounts");
    case Kind::RolesWithoutPermissions: return tr("Roles without permissions");
    case Kind::TokensExpiring: return tr("API tokens expiring soon");
    case Kind::TokensUnused: return tr("API tokens not in use");
    }
    return {};
}

QMap<QString, int> ReviewFindings::counts(const QList<ReviewFinding> &findings)
{
    QMap<QString, int> counts;
    for (const char *k : sync::review::FindingKeys)
        counts.insert(QString::fromLatin1(k), 0);
    for (const ReviewFinding &f : findings)
        ++counts[key(f.kind)];
    return counts;
}

QList<ReviewFinding> ReviewFindings::find(const Source &source)
{
    const QDateTime now = source.now.isValid() ? source.now : QDateTime::currentDateTimeUtc();
    const QDateTime inactiveBefore = now.addDays(-source.inactiveDays);
    QHash<qint64, const Role *> roles;
    for (const Role &r : source.roles)
        roles.insert(r.id, &r);
    const auto roleName = [&roles](qint64 id) {
        const Role *r = roles.value(id);
        return r ? r->name : tr("role %1").arg(id);
    };
    const QStringList admin = adminRights();
    const auto title = [&source](const QString &code) {
        const Permission *p = source.catalog.find(code);
        return !p ? code : source.english ? p->titleEn : p->titleZh;
    };

    QList<ReviewFinding> found;
    const auto add = [&found](Kind kind, Subject subject, qint64 id, const QString &text, const QString &detail,
                              const QString &suggestion, const QList<qint64> &roleIds = {}) {
        found.append(ReviewFinding{kind, subject, id, text, detail, suggestion, roleIds});
    };

    for (const Account &a : source.accounts) {
        if (a.kind != Account::Kind::Handler)
            continue;
        const QString who = HandlersPage::describe(a);
        const bool disabled = a.status == Account::Status::Disabled;
        if (!disabled && !a.lastLoginAt.isValid()) {
            add(Kind::NeverSignedIn, Subject::Account, a.id, who,
                tr("Added %1; has never logged in.").arg(dateText(a.createdAt)),
                tr("Offboard it if the person does not need the account."));
        } else if (!disabled && a.lastLoginAt < inactiveBefore) {
            add(Kind::Inactive, Subject::Account, a.id, who,
                tr("Last logged in %1 (%n day(s) ago).", nullptr, static_cast<int>(a.lastLoginAt.daysTo(now)))
                    .arg(dateText(a.lastLoginAt)),
                tr("Offboard it if the person has left or changed jobs."));
        }
        QStringList names;
        for (const qint64 id : a.roleIds)
            names << roleName(id);
        if (disabled && !a.roleIds.isEmpty()) {
            add(Kind::DisabledWithRoles, Subject::Account, a.id, who,
                tr("Disabled, still holding %1.").arg(quotedNames(names)),
                tr("Remove its roles (offboarding removes them all)."), a.roleIds);
        }
        // The administration rights it holds, and through which roles.
        QStringList rights;
        QList<qint64> granting;
        QStringList grantingNames;
        for (const qint64 id : a.roleIds) {
            const Role *r = roles.value(id);
            if (!r)
                continue;
            const QStringList leaves = source.catalog.expand(r->permissions);
            bool grants = false;
            for (const QString &code : admin) {
                if (leaves.contains(code)) {
                    grants = true;
                    if (!rights.contains(title(code)))
                        rights << title(code);
                }
            }
            if (grants) {
                granting << id;
                grantingNames << r->name;
            }
        }
        if (!granting.isEmpty()) {
            //: %1: menus such as 账号角色管理, 经办人管理; %2: the roles that give them.
            add(Kind::AdminRights, Subject::Account, a.id, who,
                tr("%1 through %2.").arg(rights.join(tr(", ")), quotedNames(grantingNames)),
                tr("Make sure the person should administer the unit; otherwise remove the role."), granting);
        }
    }

    for (const Role &r : source.roles) {
        if (r.accountCount == 0) {
            add(Kind::RolesWithoutAccounts, Subject::Role, r.id, r.name,
                tr("No account holds it (created %1).").arg(dateText(r.createdAt)),
                tr("Assign it to accounts, or delete it if it is not needed."));
        }
        if (source.catalog.expand(r.permissions).isEmpty()) {
            add(Kind::RolesWithoutPermissions, Subject::Role, r.id, r.name,
                r.accountCount > 0 ? tr("Grants no menu, yet %n account(s) hold it.", nullptr, r.accountCount)
                                   : tr("Grants no menu."),
                tr("Delete it, or give it the menus it was meant for."));
        }
    }

    if (source.tokens) {
        for (const ApiToken &t : *source.tokens) {
            const ApiTokenTableModel::State state = ApiTokenTableModel::stateAt(t, now);
            if (state == ApiTokenTableModel::State::Revoked || state == ApiTokenTableModel::State::Expired)
                continue;
            if (state == ApiTokenTableModel::State::ExpiringSoon) {
                add(Kind::TokensExpiring, Subject::Token, t.id, t.name,
                    tr("Expires %1 (made by %2).").arg(dateText(t.expiresAt), t.createdByName),
                    tr("Make a new token for its script and delete this one, or let it expire."));
            }
            if (!t.lastUsedAt.isValid() && t.createdAt < now.addDays(-TokenGraceDays)) {
                add(Kind::TokensUnused, Subject::Token, t.id, t.name,
                    tr("Never used since it was made on %1 by %2.").arg(dateText(t.createdAt), t.createdByName),
                    tr("Delete it if no script needs it."));
            } else if (t.lastUsedAt.isValid() && t.lastUsedAt < inactiveBefore) {
                add(Kind::TokensUnused, Subject::Token, t.id, t.name,
                    tr("Last used %1 (made by %2).").arg(dateText(t.lastUsedAt), t.createdByName),
                    tr("Delete it if no script needs it."));
            }
        }
    }

    std::stable_sort(found.begin(), found.end(), [](const ReviewFinding &x, const ReviewFinding &y) {
        if (x.kind != y.kind)
            return x.kind < y.kind;
        return x.subjectText.localeAwareCompare(y.subjectText) < 0;
    });
    return found;
}

} // namespace zc::ui
