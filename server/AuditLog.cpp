#include "AuditLog.h"

#include "Database.h"

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

} // namespace zc::server
