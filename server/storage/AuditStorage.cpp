#include "server/storage/AuditStorage.h"

#include "server/storage/Database.h"
#include "server/Logging.h"

#include <QDateTime>
#include <QJsonDocument>

namespace zc::server {

namespace {

// docs/api.md: details are at most 64 KiB (a role's few hundred leaves fit many times over).
constexpr qsizetype MaxDetailsBytes = 64 * 1024;

} // namespace

Result<qint64> AuditStorage::insert(const Entry &e, qint64 nowMs, const QJsonObject &details)
{
    QVariant detailsText = Database::nullText();
    if (!details.isEmpty()) {
        const QByteArray json = QJsonDocument(details).toJson(QJsonDocument::Compact);
        if (json.size() > MaxDetailsBytes) {
            qCWarning(lcDb) << "audit details of" << e.action << "too large:" << json.size() << "bytes";
            return internalError();
        }
        detailsText = QString::fromUtf8(json);
    }
    const auto inserted = m_db.run(
        QStringLiteral("INSERT INTO audit_events (unit_id, at, actor_id, actor_name, actor_type, action, target_type,"
                       " target_id, summary, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {e.unitId, nowMs, e.actor.id > 0 ? QVariant(e.actor.id) : Database::nullInt(), e.actor.name,
         e.actor.typeName(), e.action, e.targetType, e.targetId, e.summary, detailsText});
    if (!inserted || inserted->isEmpty())
        return internalError();
    return inserted->scalar().toLongLong();
}

Result<ListPage<AuditEvent>> AuditStorage::page(const Filter &f, int page, int size)
{
    static const QString Where = QStringLiteral(
        " FROM audit_events e WHERE e.unit_id = ?"
        " AND (? = 1 OR e.target_type = ? OR e.target_type = ? OR e.target_type = ? OR e.action = ?)"
        " AND (? = '' OR e.action = ?)"
        " AND (? = '' OR e.actor_type = ?)"
        " AND (? = 0 OR e.actor_id = ?)"
        " AND e.at >= ? AND e.at <= ?");
    // '-' is no target type: the comparison it stands in never holds.
    const QString roles = f.roleTargets ? QStringLiteral("role") : QStringLiteral("-");
    const QString accounts = f.accountTargets ? QStringLiteral("account") : QStringLiteral("-");
    const QString tokens = f.tokenTargets ? QStringLiteral("api_token") : QStringLiteral("-");
    const QString reviews = f.reviews ? QStringLiteral("access_review.complete") : QStringLiteral("-");
    const QString action = f.action.isEmpty() ? QStringLiteral("") : f.action;
    const QString actorType = f.actorType.isEmpty() ? QStringLiteral("") : f.actorType;
    const QVariantList binds = {f.unitId, f.allTargets ? 1 : 0, roles, accounts, tokens, reviews, action, action,
                                actorType, actorType, f.actorId, f.actorId, f.fromMs, f.toMs};
    const auto total = m_db.run(QStringLiteral("SELECT COUNT(*)") + Where, binds);
    QVariantList pageBinds = binds;
    pageBinds << size << qint64(page - 1) * size;
    const auto rows = m_db.run(QStringLiteral("SELECT e.id, e.at, e.actor_id, e.actor_name, e.action, e.target_type,"
                                              " e.target_id, e.summary, e.actor_type, e.details")
                                   + Where + QStringLiteral(" ORDER BY e.at DESC, e.id DESC LIMIT ? OFFSET ?"),
                               pageBinds);
    if (!total || !rows)
        return internalError();
    ListPage<AuditEvent> out;
    out.total = total->scalar().toLongLong();
    out.page = page;
    out.size = size;
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
        e.actorType = r.value(8).toString();
        // NULL for events written before details existed and actions without any.
        if (!r.value(9).isNull())
            e.details = QJsonDocument::fromJson(r.value(9).toString().toUtf8()).object();
        out.items.append(e);
    }
    return out;
}

} // namespace zc::server
