#include "server/storage/RoleStorage.h"

#include "server/http/JsonWriter.h"
#include "server/storage/Database.h"
#include "server/storage/Directory.h"
#include "models/PermissionCatalog.h"

#include <QDateTime>
#include <QSqlQuery>

namespace zc::server {

Result<QByteArray> RoleStorage::pageJson(qint64 unitId, int page, int size, const QString &nameNeedle)
{
    // The stamps first, the page after: a write between them can only make the
    // cached page newer than its stamps (recomputed next time), never older.
    const std::optional<DataStamp> dataStamp = m_db.dataStamp();
    const QString key = QStringLiteral("%1/%2/%3/").arg(unitId).arg(page).arg(size) + nameNeedle;
    const auto hit = m_pages.find(key);
    if (hit != m_pages.end() && dataStamp && hit->dataStamp == dataStamp)
        return hit->json;
    qint64 roleSeq = -1;
    qint64 tombstoneSeq = -1;
    const bool stamped = m_db.each(QStringLiteral("SELECT (SELECT MAX(change_seq) FROM roles WHERE unit_id = ?),"
                                                  " (SELECT MAX(change_seq) FROM tombstones WHERE unit_id = ?)"),
                                   {unitId, unitId}, [&](const QSqlQuery &q) {
                                       roleSeq = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
                                       tombstoneSeq = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
                                   });
    if (!stamped)
        return internalError();
    if (hit != m_pages.end() && hit->roleSeq == roleSeq && hit->tombstoneSeq == tombstoneSeq) {
        hit->dataStamp = dataStamp;
        return hit->json;
    }

    // Constant SQL with or without the name filter; values are always bound.
    QString where = QStringLiteral(" WHERE r.unit_id = ?");
    QVariantList filter = {unitId};
    if (!nameNeedle.isEmpty()) {
        where += QStringLiteral(" AND r.name_key LIKE ? ESCAPE '\\'");
        filter << Directory::containsPattern(nameNeedle);
    }
    const QString sql = QStringLiteral(
        "SELECT r.id, r.name, r.remark, r.created_by_id, r.created_by_name, r.created_at, r.updated_at, r.version,"
        " (SELECT COUNT(*) FROM account_roles c WHERE c.role_id = r.id),"
        " (SELECT %1 FROM role_permissions rp WHERE rp.role_id = r.id),"
        " (SELECT COUNT(*) FROM roles r%2)"
        " FROM roles r%2 ORDER BY r.id LIMIT ? OFFSET ?")
                            .arg(m_db.engine().joinedText(QStringLiteral("rp.code")), where);
    QVariantList binds = filter;
    binds << filter << size << qint64(page - 1) * size;

    const PermissionCatalog &catalog = PermissionCatalog::builtIn();
    JsonWriter json(size * 400 + 64);
    json.beginObject().key("items").beginArray();
    qint64 total = -1;
    const bool read = m_db.each(sql, binds, [&](const QSqlQuery &q) {
        total = q.value(10).toLongLong();
        json.beginObject();
        json.key("id").value(q.value(0).toLongLong());
        json.key("name").value(q.value(1).toString());
        json.key("remark").value(q.value(2).toString());
        json.key("permissions").beginArray();
        const QString codes = q.value(9).toString();
        if (!codes.isEmpty()) {
            for (const QString &code : catalog.expand(codes.split(QLatin1Char(','))))   // catalog order
                json.value(code);
        }
        json.endArray();
        json.key("account_count").value(q.value(8).toLongLong());
        json.key("created_by").beginObject();
        json.key("id").value(q.value(3).toLongLong());
        json.key("name").value(q.value(4).toString());
        json.endObject();
        json.key("created_at").time(q.value(5).toLongLong());
        json.key("updated_at").time(q.value(6).toLongLong());
        json.key("version").value(QString::number(q.value(7).toLongLong()));
        json.endObject();
    });
    if (!read)
        return internalError();
    if (total < 0) {   // a page past the end: no row carried the total
        const auto count = m_db.run(QStringLiteral("SELECT COUNT(*) FROM roles r") + where, filter);
        if (!count)
            return internalError();
        total = count->scalar().toLongLong();
    }
    json.endArray();
    json.key("total").value(total).key("page").value(page).key("size").value(size).endObject();
    QByteArray out = json.take();

    if (m_pages.size() >= CachedPages)
        m_pages.clear();
    m_pages.insert(key, Cached{roleSeq, tombstoneSeq, dataStamp, out});
    return out;
}

Result<std::optional<RoleRows::Row>> RoleStorage::inUnit(qint64 unitId, qint64 roleId)
{
    const auto rows = m_db.run(QStringLiteral("SELECT ") + RoleRows::Columns
                                   + QStringLiteral(", rp.code FROM roles r"
                                                    " LEFT JOIN role_permissions rp ON rp.role_id = r.id"
                                                    " WHERE r.id = ? AND r.unit_id = ?"),
                               {roleId, unitId});
    if (!rows)
        return internalError();
    const QList<RoleRows::Row> roles = RoleRows::fromJoinedRows(rows->rows);
    if (roles.isEmpty())
        return std::optional<RoleRows::Row>();
    return std::optional<RoleRows::Row>(roles.constFirst());
}

Result<std::optional<qint64>> RoleStorage::insert(const NewRole &r, qint64 nowMs)
{
    bool constraint = false;
    const auto rows = m_db.runAllowingConstraint(
        QStringLiteral("INSERT INTO roles (unit_id, name, name_key, remark, created_by, created_by_id,"
                       " created_by_name, created_at, updated_at, version, change_seq)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id"),
        {r.unitId, r.name, Directory::nameKey(r.name), r.remark,
         r.createdById > 0 ? QVariant(r.createdById) : Database::nullInt(), r.createdById, r.createdByName, nowMs, nowMs,
         r.changeSeq},
        &constraint);
    if (constraint)
        return std::optional<qint64>();
    if (!rows || rows->isEmpty())
        return internalError();
    return std::optional<qint64>(rows->scalar().toLongLong());
}

Result<bool> RoleStorage::update(qint64 roleId, const QString &name, const QString &remark, qint64 seq, qint64 nowMs)
{
    bool constraint = false;
    const auto updated = m_db.runAllowingConstraint(
        QStringLiteral("UPDATE roles SET name = ?, name_key = ?, remark = ?, updated_at = ?, version = version + 1,"
                       " change_seq = ? WHERE id = ?"),
        {name, Directory::nameKey(name), remark, nowMs, seq, roleId}, &constraint);
    if (constraint)
        return false;
    if (!updated)
        return internalError();
    return true;
}

Status RoleStorage::addPermissions(qint64 roleId, const QStringList &codes)
{
    for (const QString &code : codes) {
        if (!m_db.run(QStringLiteral("INSERT INTO role_permissions (role_id, code) VALUES (?, ?)"), {roleId, code}))
            return internalError();
    }
    return Done{};
}

Status RoleStorage::removePermissions(qint64 roleId)
{
    if (!m_db.run(QStringLiteral("DELETE FROM role_permissions WHERE role_id = ?"), {roleId}))
        return internalError();
    return Done{};
}

Status RoleStorage::removePermission(qint64 roleId, const QString &code)
{
    if (!m_db.run(QStringLiteral("DELETE FROM role_permissions WHERE role_id = ? AND code = ?"), {roleId, code}))
        return internalError();
    return Done{};
}

Result<QList<RoleStorage::HeldCode>> RoleStorage::codesOfUnit(qint64 unitId)
{
    const auto rows = m_db.run(QStringLiteral("SELECT r.id, r.name, rp.code FROM roles r"
                                              " JOIN role_permissions rp ON rp.role_id = r.id"
                                              " WHERE r.unit_id = ? ORDER BY r.id"),
                               {unitId});
    if (!rows)
        return internalError();
    QList<HeldCode> out;
    out.reserve(rows->rows.size());
    for (const QSqlRecord &row : rows->rows)
        out.append({row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString()});
    return out;
}

Status RoleStorage::remove(qint64 roleId)
{
    if (!m_db.run(QStringLiteral("DELETE FROM roles WHERE id = ?"), {roleId}))
        return internalError();
    return Done{};
}

Result<bool> RoleStorage::assign(qint64 accountId, qint64 roleId, qint64 nowMs)
{
    const auto inserted = m_db.run(QStringLiteral("INSERT INTO account_roles (account_id, role_id, assigned_at)"
                                                  " VALUES (?, ?, ?) ON CONFLICT (account_id, role_id) DO NOTHING"),
                                   {accountId, roleId, nowMs});
    if (!inserted)
        return internalError();
    return inserted->rowsAffected > 0;
}

Result<bool> RoleStorage::unassign(qint64 accountId, qint64 roleId)
{
    const auto removed = m_db.run(QStringLiteral("DELETE FROM account_roles WHERE account_id = ? AND role_id = ?"),
                                  {accountId, roleId});
    if (!removed)
        return internalError();
    return removed->rowsAffected > 0;
}

Result<QList<RoleStorage::NamedRole>> RoleStorage::ofAccount(qint64 accountId)
{
    const auto rows = m_db.run(QStringLiteral("SELECT r.id, r.name FROM account_roles ar JOIN roles r ON r.id = ar.role_id"
                                              " WHERE ar.account_id = ? ORDER BY r.id"),
                               {accountId});
    if (!rows)
        return internalError();
    QList<NamedRole> out;
    out.reserve(rows->rows.size());
    for (const QSqlRecord &row : rows->rows)
        out.append({row.value(0).toLongLong(), row.value(1).toString()});
    return out;
}

Status RoleStorage::unassignAll(qint64 accountId)
{
    if (!m_db.run(QStringLiteral("DELETE FROM account_roles WHERE account_id = ?"), {accountId}))
        return internalError();
    return Done{};
}

Result<ListPage<Account>> RoleStorage::handlerPage(qint64 unitId, qint64 roleId, const AccountFilter &filter)
{
    // The WHERE is put together from constant pieces for the filters present,
    // values always bound.
    QString where = QStringLiteral(" WHERE a.unit_id = ? AND a.kind = 'handler'");
    QVariantList binds = {unitId};
    if (!filter.login.isEmpty()) {
        where += QStringLiteral(" AND a.login LIKE ? ESCAPE '\\'");
        binds << Directory::containsPattern(filter.login);
    }
    if (!filter.name.isEmpty()) {
        where += QStringLiteral(" AND COALESCE(a.name_key, lower(a.name)) LIKE ? ESCAPE '\\'");
        binds << Directory::containsPattern(filter.name);
    }
    if (filter.assigned) {
        where += *filter.assigned
            ? QStringLiteral(" AND EXISTS (SELECT 1 FROM account_roles x WHERE x.role_id = ? AND x.account_id = a.id)")
            : QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM account_roles x WHERE x.role_id = ? AND x.account_id = a.id)");
        binds << roleId;
    }
    const auto total = m_db.run(QStringLiteral("SELECT COUNT(*) FROM accounts a") + where, binds);
    QVariantList pageBinds = binds;
    pageBinds << filter.size << qint64(filter.page - 1) * filter.size;
    const auto rows = m_db.run(QStringLiteral("SELECT p.*, ar.role_id FROM (SELECT ") + Directory::AccountColumns
                                   + QStringLiteral(" FROM ") + Directory::AccountTables + where
                                   + QStringLiteral(" ORDER BY a.id LIMIT ? OFFSET ?) p"
                                                    " LEFT JOIN account_roles ar ON ar.account_id = p.id"
                                                    " ORDER BY p.id, ar.role_id"),
                               pageBinds);
    if (!total || !rows)
        return internalError();
    ListPage<Account> out;
    out.total = total->scalar().toLongLong();
    out.page = filter.page;
    out.size = filter.size;
    const QList<AccountRecord> records =
        Directory::accountsFromJoinedRows(rows->rows, QDateTime::currentMSecsSinceEpoch());
    for (const AccountRecord &r : records)
        out.items.append(r.account);
    return out;
}

Result<std::optional<qint64>> RoleStorage::idOfName(qint64 unitId, const QString &name)
{
    const auto rows = m_db.run(QStringLiteral("SELECT id FROM roles WHERE unit_id = ? AND name_key = ?"),
                               {unitId, Directory::nameKey(name)});
    if (!rows)
        return internalError();
    if (rows->isEmpty())
        return std::optional<qint64>();
    return std::optional<qint64>(rows->scalar().toLongLong());
}

} // namespace zc::server
