#include "server/feed/AuditLog.h"

#include "server/storage/ApiTokenStorage.h"
#include "server/storage/Database.h"

#include <QDateTime>

namespace zc::server {

Status AuditLog::record(const Entry &e, const QJsonObject &details)
{
    const Result<AuditEvent> written = recordEvent(e, details);
    if (!written)
        return written.error();
    return Done{};
}

Result<AuditEvent> AuditLog::recordEvent(const Entry &e, const QJsonObject &details)
{
    Q_ASSERT(m_db.inTransaction());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (e.actor.isApiToken()) {
        const Result<bool> live = ApiTokenStorage(m_db).isLive(e.actor.id, now);
        if (!live)
            return live.error();
        if (!live.value())
            return apiError(401, ErrorCode::Unauthenticated);
    }
    const Result<qint64> id = AuditStorage(m_db).insert(e, now, details);
    if (!id)
        return id.error();
    AuditEvent event;
    event.id = id.value();
    event.at = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    event.actorId = e.actor.id;
    event.actorName = e.actor.name;
    event.actorType = e.actor.typeName();
    event.action = e.action;
    event.targetType = e.targetType;
    event.targetId = e.targetId;
    event.summary = e.summary;
    event.details = details;
    return event;
}

Result<ListPage<AuditEvent>> AuditLog::list(const AuthSession &caller, const Query &q)
{
    AuditStorage::Filter f;
    f.unitId = caller.unitId();
    f.allTargets = caller.isMainAccount();
    f.roleTargets = caller.view.hasPermission(QStringLiteral("basic.roles"));
    f.accountTargets = caller.view.hasPermission(QStringLiteral("basic.accounts"));
    f.tokenTargets = caller.view.hasPermission(QStringLiteral("basic.interfaces"));
    f.reviews = f.roleTargets && f.accountTargets;
    f.action = q.action;
    // `actor` alone is an account id (API.md); with actor_type=api_token, a token's.
    f.actorType = q.actorType.isEmpty() && q.actorId > 0 ? QStringLiteral("account") : q.actorType;
    f.actorId = q.actorId;
    f.fromMs = q.fromMs;
    f.toMs = q.toMs;
    return AuditStorage(m_db).page(f, q.page, q.size);
}

} // namespace zc::server
