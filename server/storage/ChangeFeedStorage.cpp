#include "server/storage/ChangeFeedStorage.h"

#include "server/storage/Database.h"

namespace zc::server {

namespace {

// The rows of one kind after the position, up to maxSeq: those of the
// position's own seq with a greater id, then those of later seqs.
// select: "SELECT <columns> FROM <table> x …joins"; extra: more " AND …" filters.
// Binds: afterBinds().
QString afterPosition(const QString &select, const QString &x, const QString &extra)
{
    return QStringLiteral("SELECT * FROM (SELECT * FROM (") + select + QStringLiteral(" WHERE ") + x
        + QStringLiteral(".unit_id = ? AND ") + x + QStringLiteral(".change_seq = ? AND ") + x + QStringLiteral(".id > ?")
        + extra + QStringLiteral(" ORDER BY ") + x + QStringLiteral(".id LIMIT ?) same_seq UNION ALL SELECT * FROM (")
        + select + QStringLiteral(" WHERE ") + x + QStringLiteral(".unit_id = ? AND ") + x
        + QStringLiteral(".change_seq > ? AND ") + x + QStringLiteral(".change_seq <= ?") + extra
        + QStringLiteral(" ORDER BY ") + x + QStringLiteral(".change_seq, ") + x
        + QStringLiteral(".id LIMIT ?) later_seqs) after_position ORDER BY change_seq, id LIMIT ?");
}

// Unit, seq, id after, extra…, cap, unit, seq, maxSeq, extra…, cap, cap.
QVariantList afterBinds(const ChangeFeedStorage::After &a, const QVariantList &extra)
{
    QVariantList b{a.unitId, a.seq, a.idAfter};
    b << extra << a.cap << a.unitId << a.seq << a.maxSeq << extra << a.cap << a.cap;
    return b;
}

} // namespace

Result<qint64> ChangeFeedStorage::newestSeq()
{
    const auto newest = m_db.run(QStringLiteral("SELECT value FROM counters WHERE name = 'change_seq'"));
    if (!newest || newest->isEmpty())
        return internalError();
    return newest->scalar().toLongLong();
}

Result<QList<RoleRows::Row>> ChangeFeedStorage::rolesAfter(const After &after)
{
    const auto rows = m_db.run(
        QStringLiteral("SELECT p.*, rp.code FROM (")
            + afterPosition(QStringLiteral("SELECT ") + RoleRows::Columns + QStringLiteral(" FROM roles r"),
                            QStringLiteral("r"), QString())
            + QStringLiteral(") p LEFT JOIN role_permissions rp ON rp.role_id = p.id"
                             " ORDER BY p.change_seq, p.id, rp.code"),
        afterBinds(after, {}));
    if (!rows)
        return internalError();
    return RoleRows::fromJoinedRows(rows->rows);
}

Result<QList<AccountRecord>> ChangeFeedStorage::accountsAfter(const After &after, qint64 onlyAccountId, qint64 nowMs)
{
    const auto rows = m_db.run(
        QStringLiteral("SELECT p.*, ar.role_id FROM (")
            + afterPosition(QStringLiteral("SELECT ") + Directory::AccountColumns + QStringLiteral(" FROM ")
                                + Directory::AccountTables,
                            QStringLiteral("a"), QStringLiteral(" AND (? = 0 OR a.id = ?)"))
            + QStringLiteral(") p LEFT JOIN account_roles ar ON ar.account_id = p.id"
                             " ORDER BY p.change_seq, p.id, ar.role_id"),
        afterBinds(after, {onlyAccountId, onlyAccountId}));
    if (!rows)
        return internalError();
    return Directory::accountsFromJoinedRows(rows->rows, nowMs);
}

Result<QList<ChangeFeedStorage::Tombstone>> ChangeFeedStorage::tombstonesAfter(const After &after, qint64 floorSeq,
                                                                               bool accountsOnly)
{
    const auto rows = m_db.run(
        afterPosition(QStringLiteral("SELECT t.id, t.target_type, t.target_id, t.change_seq FROM tombstones t"),
                      QStringLiteral("t"), QStringLiteral(" AND t.change_seq > ? AND (? = 1 OR t.target_type = 'account')")),
        afterBinds(after, {floorSeq, accountsOnly ? 0 : 1}));
    if (!rows)
        return internalError();
    QList<Tombstone> out;
    out.reserve(rows->rows.size());
    for (const QSqlRecord &r : std::as_const(rows->rows))
        out.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toLongLong(), r.value(3).toLongLong()});
    return out;
}

} // namespace zc::server
