#include "server/feed/AuditLog.h"

#include "server/storage/Database.h"

#include <QDateTime>

namespace zc::server {

Status AuditLog::record(const Entry &e)
{
    Q_ASSERT(m_db.inTransaction());
    return AuditStorage(m_db).insert(e, QDateTime::currentMSecsSinceEpoch());
}

Result<ListPage<AuditEvent>> AuditLog::list(const AuthSession &caller, const Query &q)
{
    AuditStorage::Filter f;
    f.unitId = caller.unitId();
    f.allTargets = caller.isMainAccount();
    f.roleTargets = caller.view.hasPermission(QStringLiteral("basic.roles"));
    f.accountTargets = caller.view.hasPermission(QStringLiteral("basic.accounts"));
    f.action = q.action;
    f.actorId = q.actorId;
    f.fromMs = q.fromMs;
    f.toMs = q.toMs;
    return AuditStorage(m_db).page(f, q.page, q.size);
}

} // namespace zc::server
