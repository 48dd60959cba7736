#include "server/feed/AuditLog.h"

#include "server/storage/Database.h"

#include <QDateTime>

namespace zc::server {

Status AuditLog::record(const Entry &e)
{
    Q_ASSERT(m_db.inTransaction());
    if (!m_db.run(QStringLiteral("INSERT INTO audit_events (unit_id, at, actor_id, actor_name, action, target_type,"
                                 " target_id, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {e.unitId, QDateTime::currentMSecsSinceEpoch(),
                   e.actorId > 0 ? QVariant(e.actorId) : Database::nullInt(), e.actorName, e.action, e.targetType,
                   e.targetId, e.summary}))
        return internalError();
    return Done{};
}

Result<ListPage<AuditEvent>> AuditLog::list(const AuthSession &caller, const Query &q)
{
    static const QString Filter = QStringLiteral(
        " FROM audit_events e WHERE e.unit_id = ?"
        " AND (? = 1 OR e.target_type = ? OR e.target_type = ?)"
        " AND (? = '' OR e.action = ?)"
        " AND (? = 0 OR e.actor_id = ?)"
        " AND e.at >= ? AND e.at <= ?");
    const bool all = caller.isMainAccount();
    const QString roles = caller.view.hasPermission(QStringLiteral("basic.roles")) ? QStringLiteral("role")
                                                                                   : QStringLiteral("-");
    const QString accounts = caller.view.hasPermission(QStringLiteral("basic.accounts")) ? QStringLiteral("account")
                                                                                         : QStringLiteral("-");
    const QString action = q.action.isEmpty() ? QStringLiteral("") : q.action;
    const QVariantList binds = {caller.unitId(), all ? 1 : 0, roles, accounts, action, action, q.actorId, q.actorId,
                                q.fromMs, q.toMs};
    const auto total = m_db.run(QStringLiteral("SELECT COUNT(*)") + Filter, binds);
    QVariantList pageBinds = binds;
    pageBinds << q.size << qint64(q.page - 1) * q.size;
    const auto rows = m_db.run(QStringLiteral("SELECT e.id, e.at, e.actor_id, e.actor_name, e.action, e.target_type,"
                                              " e.target_id, e.summary")
                                   + Filter + QStringLiteral(" ORDER BY e.at DESC, e.id DESC LIMIT ? OFFSET ?"),
                               pageBinds);
    if (!total || !rows)
        return internalError();
    ListPage<AuditEvent> out;
    out.total = total->scalar().toLongLong();
    out.page = q.page;
    out.size = q.size;
    out.items.reserve(rows->rows.size());
    for (const QSqlRecord &r : std::as_const(rows->rows)) {
        AuditEvent e;
        e.id = r.value(0).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(r.value(1).toLongLong(), Qt::UTC);
        e.actorId = r.value(2).isNull() ? 0 : r.value(2).toLongLong();
        e.actorName = r.value(3).toString();
        e.action = r.value(4).toString();
        e.targetType = r.value(5).toString();
        e.targetId = r.value(6).toLongLong();
        e.summary = r.value(7).toString();
        out.items.append(e);
    }
    return out;
}

} // namespace zc::server
