#include "AuditEvent.h"

#include "JsonReader.h"

namespace zc {

std::optional<AuditEvent> AuditEvent::fromJson(const QJsonObject &o, QString *why)
{
    JsonReader r(o, QStringLiteral("AuditEvent"));
    AuditEvent e;
    e.id = r.integer("id");
    e.at = r.time("at");
    const JsonReader::IdName actor = r.idName("actor");
    e.actorId = actor.id;
    e.actorName = actor.name;
    // Missing on events cached before API tokens (schema 2): those were all sessions'.
    if (r.value("actor_type").isUndefined())
        e.actorType = QStringLiteral("account");
    else
        e.actorType = r.oneOf("actor_type", { QStringLiteral("account"), QStringLiteral("api_token") });
    e.action = r.string("action");
    if (r.ok() && e.action.isEmpty())
        r.fail(r.path("action") + QStringLiteral(": expected a non-empty string"));
    e.targetType = r.oneOf("target_type",
                           { QStringLiteral("role"), QStringLiteral("account"), QStringLiteral("unit"),
                             QStringLiteral("api_token") });
    e.targetId = r.integer("target_id");
    e.summary = r.string("summary");
    // Missing on servers and cached events from before details existed.
    if (!r.value("details").isUndefined() && !r.value("details").isNull()) {
        if (std::optional<QJsonObject> d = r.nullableObject("details"))
            e.details = *d;
    }
    if (!r.ok()) {
        if (why)
            *why = r.error();
        return std::nullopt;
    }
    return e;
}

QJsonObject AuditEvent::toJson() const
{
    return QJsonObject{
        { QStringLiteral("id"), id },
        { QStringLiteral("at"), toRfc3339(at) },
        { QStringLiteral("actor"),
          QJsonObject{ { QStringLiteral("id"), actorId }, { QStringLiteral("name"), actorName } } },
        { QStringLiteral("actor_type"), actorType },
        { QStringLiteral("action"), action },
        { QStringLiteral("target_type"), targetType },
        { QStringLiteral("target_id"), targetId },
        { QStringLiteral("summary"), summary },
        { QStringLiteral("details"), details.isEmpty() ? QJsonValue() : QJsonValue(details) },
    };
}

namespace {

std::optional<QJsonObject> roleState(const AuditEvent &e, QLatin1String key)
{
    if (e.targetType != QLatin1String("role"))
        return std::nullopt;
    const QJsonValue v = e.details.value(key);
    if (!v.isObject())
        return std::nullopt;
    return v.toObject();
}

} // namespace

std::optional<QJsonObject> AuditEvent::roleBefore() const
{
    return roleState(*this, QLatin1String("before"));
}

std::optional<QJsonObject> AuditEvent::roleAfter() const
{
    return roleState(*this, QLatin1String("after"));
}

bool operator==(const AuditEvent &a, const AuditEvent &b)
{
    return a.id == b.id && a.at == b.at && a.actorId == b.actorId && a.actorName == b.actorName
           && a.actorType == b.actorType
           && a.action == b.action && a.targetType == b.targetType && a.targetId == b.targetId
           && a.summary == b.summary && a.details == b.details;
}

} // namespace zc
