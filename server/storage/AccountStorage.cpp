#include "server/storage/AccountStorage.h"

#include "server/http/JsonWriter.h"
#include "server/storage/Database.h"
#include "server/storage/Directory.h"

#include <QDateTime>
#include <QSqlQuery>

namespace zc::server {

Result<QByteArray> AccountStorage::handlerPageJson(qint64 unitId, const HandlerFilter &filter)
{
    // The WHERE is put together from constant pieces for the filters present;
    // values are always bound.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString where = QStringLiteral(" WHERE a.unit_id = ? AND a.kind = 'handler'");
    QVariantList binds = {unitId};
    if (!filter.q.isEmpty()) {
        // login, name or phone contains q
        where += QStringLiteral(" AND (a.login LIKE ? ESCAPE '\\' OR COALESCE(a.name_key, lower(a.name)) LIKE ? ESCAPE '\\'"
                                " OR a.phone LIKE ? ESCAPE '\\')");
        const QString pattern = Directory::containsPattern(filter.q);
        binds << pattern << pattern << pattern;
    }
    // The status as shown: a lock counts only on an active membership.
    bool needsLock = false;
    if (filter.status) {
        switch (*filter.status) {
        case Account::Status::Disabled:
            where += QStringLiteral(" AND a.status = 'disabled'");
            break;
        case Account::Status::Locked:
            where += QStringLiteral(" AND a.status = 'active' AND l.locked_until > ?");
            binds << now;
            needsLock = true;
            break;
        case Account::Status::Active:
            where += QStringLiteral(" AND a.status = 'active' AND (l.locked_until IS NULL OR l.locked_until <= ?)");
            binds << now;
            needsLock = true;
            break;
        }
    }
    // The whole page while nothing changed (read first: whatever is read after it is at least as new).
    const std::optional<DataStamp> dataStamp = needsLock ? std::nullopt : m_db.dataStamp();
    const QString pageKey = QStringLiteral("%1/%2/%3/%4/")
                                .arg(unitId)
                                .arg(filter.page)
                                .arg(filter.size)
                                .arg(filter.status ? int(*filter.status) : -1)
                            + filter.q;
    if (const QByteArray *hit = m_pages.find(pageKey, dataStamp, now))
        return *hit;
    qint64 validUntil = StampedCache<QByteArray>::Forever;   // the first lock on the page to run out

    // The count: cached by the unit's change stamp (read first: a write between
    // the stamp and the count can only make the cached count newer than its stamp).
    qint64 total = -1;
    CachedCount stamp;
    const QString key = QString::number(unitId) + QLatin1Char('/') + filter.q;
    if (!filter.status) {
        const bool stamped = m_db.each(QStringLiteral("SELECT (SELECT MAX(change_seq) FROM accounts WHERE unit_id = ?),"
                                                      " (SELECT MAX(change_seq) FROM tombstones WHERE unit_id = ?)"),
                                       {unitId, unitId}, [&](const QSqlQuery &q) {
                                           stamp.accountSeq = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
                                           stamp.tombstoneSeq = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
                                       });
        if (!stamped)
            return internalError();
        const auto hit = m_counts.constFind(key);
        if (hit != m_counts.constEnd() && hit->accountSeq == stamp.accountSeq && hit->tombstoneSeq == stamp.tombstoneSeq)
            total = hit->total;
    }
    if (total < 0) {
        const auto counted = m_db.run(QStringLiteral("SELECT COUNT(*) FROM ")
                                          + (needsLock ? Directory::AccountTables : QStringLiteral("accounts a")) + where,
                                      binds);
        if (!counted)
            return internalError();
        total = counted->scalar().toLongLong();
        if (!filter.status) {
            if (m_counts.size() >= 1024)
                m_counts.clear();
            stamp.total = total;
            m_counts.insert(key, stamp);
        }
    }
    QVariantList pageBinds = binds;
    pageBinds << filter.size << qint64(filter.page - 1) * filter.size;
    // Columns by index: 0 id, 3 kind, 4 login, 5 name, 6 phone, 7 status, 8 institution_id,
    // 9 created_at, 10 last_login_at, 11 version, 13 locked_until, 14 role_id.
    const QString sql = QStringLiteral("SELECT p.*, ar.role_id FROM (SELECT ") + Directory::AccountColumns
        + QStringLiteral(" FROM ") + Directory::AccountTables + where
        + QStringLiteral(" ORDER BY a.id LIMIT ? OFFSET ?) p LEFT JOIN account_roles ar ON ar.account_id = p.id"
                         " ORDER BY p.id, ar.role_id");

    JsonWriter json(filter.size * 320 + 64);
    json.beginObject().key("items").beginArray();
    qint64 current = 0;
    const auto close = [&] {
        if (current != 0)
            json.endArray().endObject();   // role_ids, then the account
    };
    const bool read = m_db.each(sql, pageBinds, [&](const QSqlQuery &q) {
        const qint64 id = q.value(0).toLongLong();
        if (id != current) {
            close();
            current = id;
            const QVariant lockedUntil = q.value(13);
            const bool disabled = q.value(7).toString() == QLatin1String("disabled");
            const bool locked = !disabled && !lockedUntil.isNull() && lockedUntil.toLongLong() > now;
            if (locked)
                validUntil = qMin(validUntil, lockedUntil.toLongLong());
            json.beginObject();
            json.key("id").value(id);
            json.key("login").value(q.value(4).toString());
            json.key("name").value(q.value(5).toString());
            json.key("phone").value(q.value(6).toString());
            json.key("kind").value(q.value(3).toString() == QLatin1String("unit") ? QStringLiteral("unit")
                                                                                : QStringLiteral("handler"));
            json.key("status").value(disabled ? QStringLiteral("disabled")
                                              : (locked ? QStringLiteral("locked") : QStringLiteral("active")));
            json.key("institution_id");
            if (q.value(8).isNull())
                json.null();
            else
                json.value(q.value(8).toLongLong());
            json.key("created_at").time(q.value(9).toLongLong());
            json.key("last_login_at").timeOrNull(q.value(10).toLongLong(), q.value(10).isNull());
            json.key("version").value(Directory::accountVersion(q.value(11).toLongLong(),
                                                                disabled ? QVariant() : lockedUntil, now));
            json.key("role_ids").beginArray();
        }
        if (!q.value(14).isNull())
            json.value(q.value(14).toLongLong());
    });
    if (!read)
        return internalError();
    close();
    json.endArray();
    json.key("total").value(total).key("page").value(filter.page).key("size").value(filter.size);
    json.endObject();
    QByteArray out = json.take();
    m_pages.insert(pageKey, dataStamp, validUntil, out);
    return out;
}

Result<std::optional<qint64>> AccountStorage::idOfMainLogin(const QString &login)
{
    const auto rows = m_db.run(QStringLiteral("SELECT id FROM accounts WHERE kind = 'unit' AND login = ?"), {login});
    if (!rows)
        return internalError();
    if (rows->isEmpty())
        return std::optional<qint64>();
    return std::optional<qint64>(rows->scalar().toLongLong());
}

Result<std::optional<qint64>> AccountStorage::insert(const NewAccount &a, qint64 nowMs)
{
    bool constraint = false;
    const auto rows = m_db.runAllowingConstraint(
        QStringLiteral("INSERT INTO accounts (unit_id, kind, login, name, name_key, phone, credential_id, status,"
                       " created_at, updated_at, change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?) RETURNING id"),
        {a.unitId, a.kind, a.login, a.name, a.nameKey.isEmpty() ? Database::nullText() : QVariant(a.nameKey), a.phone,
         a.credentialId, nowMs, nowMs, a.changeSeq},
        &constraint);
    if (constraint)
        return std::optional<qint64>();
    if (!rows || rows->isEmpty())
        return internalError();
    return std::optional<qint64>(rows->scalar().toLongLong());
}

Result<QList<qint64>> AccountStorage::activeHandlerIds(const QString &phone)
{
    const auto rows = m_db.run(QStringLiteral("SELECT id FROM accounts WHERE kind = 'handler' AND login = ?"
                                              " AND status = 'active' ORDER BY unit_id"),
                               {phone});
    if (!rows)
        return internalError();
    QList<qint64> out;
    out.reserve(rows->rows.size());
    for (const QSqlRecord &r : std::as_const(rows->rows))
        out.append(r.value(0).toLongLong());
    return out;
}

Result<std::optional<qint64>> AccountStorage::activeHandlerId(qint64 unitId, const QString &phone)
{
    const auto rows = m_db.run(QStringLiteral("SELECT id FROM accounts WHERE kind = 'handler' AND login = ?"
                                              " AND unit_id = ? AND status = 'active'"),
                               {phone, unitId});
    if (!rows)
        return internalError();
    if (rows->isEmpty())
        return std::optional<qint64>();
    return std::optional<qint64>(rows->scalar().toLongLong());
}

Status AccountStorage::setLastLogin(qint64 accountId, qint64 nowMs)
{
    if (!m_db.run(QStringLiteral("UPDATE accounts SET last_login_at = ? WHERE id = ?"), {nowMs, accountId}))
        return internalError();
    return Done{};
}

Result<bool> AccountStorage::chooseInstitution(qint64 accountId, qint64 institutionId, qint64 seq, qint64 nowMs)
{
    const auto updated = m_db.run(
        QStringLiteral("UPDATE accounts SET institution_id = ?, version = version + 1, updated_at = ?,"
                       " change_seq = ? WHERE id = ? AND institution_id IS NULL"),
        {institutionId, nowMs, seq, accountId});
    if (!updated)
        return internalError();
    return updated->rowsAffected == 1;
}

Result<QList<AccountStorage::Holder>> AccountStorage::ofCredential(qint64 credentialId)
{
    const auto rows = m_db.run(QStringLiteral("SELECT id, unit_id, name FROM accounts WHERE credential_id = ?"
                                              " ORDER BY id"),
                               {credentialId});
    if (!rows)
        return internalError();
    QList<Holder> out;
    out.reserve(rows->rows.size());
    for (const QSqlRecord &r : std::as_const(rows->rows))
        out.append({r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString()});
    return out;
}

Result<std::optional<qint64>> AccountStorage::idOfHandler(qint64 unitId, const QString &phone)
{
    const auto rows = m_db.run(QStringLiteral("SELECT id FROM accounts WHERE unit_id = ? AND kind = 'handler'"
                                              " AND login = ?"),
                               {unitId, phone});
    if (!rows)
        return internalError();
    if (rows->isEmpty())
        return std::optional<qint64>();
    return std::optional<qint64>(rows->scalar().toLongLong());
}

Status AccountStorage::update(qint64 accountId, const QString &name, const QString &status, qint64 seq, qint64 nowMs)
{
    if (!m_db.run(QStringLiteral("UPDATE accounts SET name = ?, name_key = ?, status = ?, version = version + 1,"
                                 " change_seq = ?, updated_at = ? WHERE id = ?"),
                  {name, Directory::nameKey(name), status, seq, nowMs, accountId}))
        return internalError();
    return Done{};
}

Status AccountStorage::remove(qint64 accountId)
{
    if (!m_db.run(QStringLiteral("DELETE FROM accounts WHERE id = ?"), {accountId}))
        return internalError();
    return Done{};
}

Result<std::optional<qint64>> AccountStorage::idOfMain(qint64 unitId)
{
    const auto rows = m_db.run(QStringLiteral("SELECT id FROM accounts WHERE unit_id = ? AND kind = 'unit'"), {unitId});
    if (!rows)
        return internalError();
    if (rows->isEmpty())
        return std::optional<qint64>();
    return std::optional<qint64>(rows->scalar().toLongLong());
}

} // namespace zc::server
