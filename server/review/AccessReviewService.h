#pragma once

#include "server/auth/AuthSession.h"
#include "server/Result.h"
#include "models/AuditEvent.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace zc::server {

class AuditLog;
class Database;

// Access reviews (权限审查): the client reviews handlers, roles, assignments
// and tokens from what it has; the server records that a review was done, by
// whom and with what result. A review is stored as nothing but its audit event
// (access_review.complete, target: the unit), so the audit trail and the list
// of reviews cannot disagree: GET /access-reviews reads those events back.
class AccessReviewService
{
public:
    AccessReviewService(Database &db, AuditLog &audit);

    // The finding kinds, in the order the API lists them (docs/api.md).
    [[nodiscard]] static const QStringList &findingKeys();

    struct Input
    {
        int inactiveDays = 0;        // 1..3650, checked by the route
        QMap<QString, int> findings; // keys among findingKeys(), 0..1000000; missing keys are 0
        QString note;                // ≤ 500 code points, checked by the route
    };
    // The review as answered: {id, completed_at, completed_by, inactive_days, findings, note}.
    [[nodiscard]] Result<QJsonObject> complete(const AuthSession &caller, const Input &input);
    // {items, total, page, size}: the unit's reviews, newest first.
    [[nodiscard]] Result<QJsonObject> list(const AuthSession &caller, int page, int size);

    // An access_review.complete event in the API's shape of a review.
    [[nodiscard]] static QJsonObject toJson(const AuditEvent &event);

private:
    Database &m_db;
    AuditLog &m_audit;
};

} // namespace zc::server
