#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace zc {

// One audited write, e.g. action "role.create" on target_type "role".
struct AuditEvent
{
    qint64 id = 0;
    QDateTime at;
    qint64 actorId = 0;
    QString actorName;
    QString actorType = QStringLiteral("account");   // account | api_token (actorId is then the token's id)
    QString action;
    QString targetType;   // role | account | unit | api_token
    qint64 targetId = 0;
    QString summary;
    // For programs (docs/api.md "Event details"): role.* carry the role
    // "before" and/or "after"; empty for older events and actions without.
    QJsonObject details;

    // role.create/update/delete: the role's {name, remark, permissions}
    // before or after the change, or nothing.
    [[nodiscard]] std::optional<QJsonObject> roleBefore() const;
    [[nodiscard]] std::optional<QJsonObject> roleAfter() const;

    [[nodiscard]] static std::optional<AuditEvent> fromJson(const QJsonObject &o, QString *why = nullptr);
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const AuditEvent &a, const AuditEvent &b);
};

} // namespace zc
