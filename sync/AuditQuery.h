#pragma once

#include <QDateTime>
#include <QString>
#include <QUrlQuery>

namespace zc::sync {

// Filters of the audit log, for GET /audit-events and for the events the
// cache keeps (Cache::auditEvents); empty / 0 / invalid fields filter nothing.
struct AuditQuery
{
    int page = 1;
    int size = 10;
    QString action;                           // e.g. "role.create"
    qint64 actorId = 0;
    QDateTime from;                           // inclusive
    QDateTime to;                             // inclusive

    // The query string of GET /audit-events (ApiTypes.cpp).
    [[nodiscard]] QUrlQuery toQuery() const;
};

} // namespace zc::sync
