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

    [[nodiscard]] static std::optional<AuditEvent> fromJson(const QJsonObject &o, QString *why = nullptr);
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const AuditEvent &a, const AuditEvent &b);
};

} // namespace zc
