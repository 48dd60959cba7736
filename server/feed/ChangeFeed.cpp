#include "server/feed/ChangeFeed.h"

#include "server/storage/ChangeFeedStorage.h"
#include "models/PermissionCatalog.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <limits>
#include <optional>
#include <tuple>
#include <vector>

namespace zc::server {

namespace {

// Order of the kinds inside one change_seq; End: the whole seq was seen.
enum Rank { RoleRank = 0, AccountRank = 1, TombstoneRank = 2, EndRank = 3 };
// What the caller sees: roles and accounts, accounts only, its own account
// only, nothing (an API token has no account of its own).
enum Visibility { SeesAll = 0, SeesAccounts = 1, SeesSelf = 2, SeesNothing = 3 };

constexpr char CursorTag[] = "c1";

struct Cursor
{
    qint64 unitId = 0;
    qint64 accountId = 0;
    int visibility = SeesSelf;
    qint64 floor = 0;   // tombstones at or below it are older than the full sync
    qint64 seq = -1;    // position reached: (seq, rank, id)
    int rank = EndRank;
    qint64 id = 0;
};

QString encode(const Cursor &c)
{
    const QByteArray raw = QByteArray(CursorTag) + ':' + QByteArray::number(c.unitId) + ':'
        + QByteArray::number(c.accountId) + ':' + QByteArray::number(c.visibility) + ':' + QByteArray::number(c.floor)
        + ':' + QByteArray::number(c.seq) + ':' + QByteArray::number(c.rank) + ':' + QByteArray::number(c.id);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Cursor> decode(const QString &text)
{
    if (text.size() > 200)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || text.contains(QLatin1Char('=')))
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 8 || parts.at(0) != CursorTag)
        return std::nullopt;
    qint64 v[7] = {};
    for (int i = 1; i < 8; ++i) {
        const QByteArray &p = parts.at(i);
        bool ok = !p.isEmpty() && p.size() <= 19;
        for (const char ch : p)
            ok = ok && ch >= '0' && ch <= '9';
        v[i - 1] = ok ? p.toLongLong(&ok) : 0;
        if (!ok)
            return std::nullopt;
    }
    Cursor c{v[0], v[1], int(v[2]), v[3], v[4], int(v[5]), v[6]};
    if (c.visibility > SeesNothing || c.rank > EndRank)
        return std::nullopt;
    return c;
}

ApiError badCursor()
{
    return apiError(400, ErrorCode::InvalidField, QStringLiteral("since"));
}

// The id bound of a kind's rows inside the cursor's seq: after the position.
qint64 idAfter(const Cursor &c, int rank)
{
    if (rank < c.rank)
        return std::numeric_limits<qint64>::max();   // this seq's rows of the kind were sent
    if (rank == c.rank)
        return c.id;
    return 0;                                        // none of them yet
}

struct Item
{
    qint64 seq;
    int rank;
    qint64 id;
    int index;   // into the kind's list
};

} // namespace

const PermissionCatalog &ChangeFeed::catalogFor(const AuthSession &caller)
{
    return PermissionCatalog::builtInFor(caller.view.unit ? caller.view.unit->kind : Unit::Kind::None);
}

Result<QJsonObject> ChangeFeed::read(const AuthSession &caller, const QString &since, int limit)
{
    const QStringList &perms = caller.view.permissions;
    const int visibility = caller.isMainAccount() || perms.contains(QStringLiteral("basic.roles")) ? SeesAll
        : perms.contains(QStringLiteral("basic.accounts"))                                       ? SeesAccounts
        : caller.isApiToken()                                                                    ? SeesNothing
                                                                                                  : SeesSelf;
    const Result<qint64> newest = ChangeFeedStorage(m_db).newestSeq();
    if (!newest)
        return newest.error();
    const qint64 maxSeq = newest.value();

    Cursor from;
    from.unitId = caller.unitId();
    from.accountId = caller.accountId();
    from.visibility = visibility;
    if (since.isEmpty()) {
        from.floor = maxSeq;   // a full sync: deletions before it do not concern the client
        from.seq = -1;
        from.rank = EndRank;
    } else {
        const std::optional<Cursor> c = decode(since);
        if (!c || c->unitId != from.unitId || c->accountId != from.accountId || c->visibility != visibility
            || c->seq > maxSeq || c->floor > maxSeq)
            return badCursor();
        from = *c;
    }

    // Each kind: at most limit + 1 rows after the position, up to maxSeq.
    ChangeFeedStorage storage(m_db);
    const auto after = [&](int rank) {
        return ChangeFeedStorage::After{from.unitId, from.seq, idAfter(from, rank), maxSeq, limit + 1};
    };
    QList<RoleRows::Row> roles;
    if (visibility == SeesAll) {
        Result<QList<RoleRows::Row>> rows = storage.rolesAfter(after(RoleRank));
        if (!rows)
            return rows.error();
        roles = rows.take();
    }
    QList<AccountRecord> accounts;
    if (visibility != SeesNothing) {
        const qint64 onlyAccount = visibility == SeesSelf ? from.accountId : 0;
        Result<QList<AccountRecord>> accountRows =
            storage.accountsAfter(after(AccountRank), onlyAccount, QDateTime::currentMSecsSinceEpoch());
        if (!accountRows)
            return accountRows.error();
        accounts = accountRows.take();
    }

    QList<ChangeFeedStorage::Tombstone> tombstones;
    if (visibility == SeesAll || visibility == SeesAccounts) {
        Result<QList<ChangeFeedStorage::Tombstone>> rows =
            storage.tombstonesAfter(after(TombstoneRank), from.floor, visibility != SeesAll);
        if (!rows)
            return rows.error();
        tombstones = rows.take();
    }

    std::vector<Item> items;
    items.reserve(size_t(roles.size() + accounts.size() + tombstones.size()));
    for (int i = 0; i < roles.size(); ++i)
        items.push_back({roles.at(i).changeSeq, RoleRank, roles.at(i).role.id, i});
    for (int i = 0; i < accounts.size(); ++i)
        items.push_back({accounts.at(i).changeSeq, AccountRank, accounts.at(i).account.id, i});
    for (int i = 0; i < tombstones.size(); ++i)
        items.push_back({tombstones.at(i).changeSeq, TombstoneRank, tombstones.at(i).id, i});
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return std::tie(a.seq, a.rank, a.id) < std::tie(b.seq, b.rank, b.id);
    });
    const bool more = int(items.size()) > limit;
    if (more)
        items.resize(size_t(limit));

    QJsonArray roleJson;
    QJsonArray accountJson;
    QJsonArray deleted;
    for (const Item &item : items) {
        switch (item.rank) {
        case RoleRank:
            roleJson.append(roles.at(item.index).role.toJson());
            break;
        case AccountRank:
            accountJson.append(accounts.at(item.index).account.toJson());
            break;
        default: {
            const ChangeFeedStorage::Tombstone &t = tombstones.at(item.index);
            deleted.append(QJsonObject{{QStringLiteral("type"), t.targetType},
                                       {QStringLiteral("id"), t.targetId}});
            break;
        }
        }
    }

    Cursor next = from;
    if (more) {
        const Item &last = items.back();
        next.seq = last.seq;
        next.rank = last.rank;
        next.id = last.id;
    } else {
        next.seq = maxSeq;   // everything up to maxSeq was seen
        next.rank = EndRank;
        next.id = 0;
    }
    return QJsonObject{{QStringLiteral("cursor"), encode(next)},
                       {QStringLiteral("more"), more},
                       {QStringLiteral("roles"), roleJson},
                       {QStringLiteral("accounts"), accountJson},
                       {QStringLiteral("deleted"), deleted},
                       {QStringLiteral("catalog_version"), catalogFor(caller).version()}};
}

} // namespace zc::server
