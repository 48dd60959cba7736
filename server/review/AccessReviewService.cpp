#include "server/review/AccessReviewService.h"

#include "server/feed/AuditLog.h"
#include "server/storage/AuditStorage.h"
#include "server/storage/Database.h"
#include "server/Logging.h"
#include "models/AccessReviewKeys.h"
#include "models/JsonReader.h"


namespace zc::server {

namespace {

const QString Action = QStringLiteral("access_review.complete");

// The summary's words for each kind (server summaries are Chinese text for people).
QString findingTitle(const QString &key, int inactiveDays)
{
    if (key == QLatin1String("never_signed_in"))
        return QStringLiteral("从未登录");
    if (key == QLatin1String("inactive"))
        return QStringLiteral("%1 天未登录").arg(inactiveDays);
    if (key == QLatin1String("disabled_with_roles"))
        return QStringLiteral("已禁用仍有角色");
    if (key == QLatin1String("admin_rights"))
        return QStringLiteral("持有管理权限");
    if (key == QLatin1String("roles_without_accounts"))
        return QStringLiteral("未分配账号的角色");
    if (key == QLatin1String("roles_without_permissions"))
        return QStringLiteral("无菜单权限的角色");
    if (key == QLatin1String("tokens_expiring"))
        return QStringLiteral("即将到期的接口令牌");
    return QStringLiteral("未使用的接口令牌");   // tokens_unused
}

// Every kind, missing ones 0, in the API's order.
QJsonObject allFindings(const QJsonObject &given)
{
    QJsonObject out;
    for (const QString &key : AccessReviewService::findingKeys())
        out.insert(key, given.value(key).toInt(0));
    return out;
}

QString summary(const AccessReviewService::Input &input)
{
    int total = 0;
    QStringList parts;
    for (const QString &key : AccessReviewService::findingKeys()) {
        const int n = input.findings.value(key);
        total += n;
        if (n > 0)
            parts << QStringLiteral("%1 %2").arg(findingTitle(key, input.inactiveDays)).arg(n);
    }
    if (total == 0)
        return QStringLiteral("完成权限审查：未发现待关注项");
    return QStringLiteral("完成权限审查：待关注 %1 项（%2）").arg(total).arg(parts.join(QStringLiteral("，")));
}

// A page item of GET /access-reviews.
struct ReviewItem
{
    AuditEvent event;
    [[nodiscard]] QJsonObject toJson() const { return AccessReviewService::toJson(event); }
};

} // namespace

AccessReviewService::AccessReviewService(Database &db, AuditLog &audit) : m_db(db), m_audit(audit) {}

const QStringList &AccessReviewService::findingKeys()
{
    static const QStringList keys = [] {
        QStringList list;
        for (const char *key : review::FindingKeys)
            list << QLatin1String(key);
        return list;
    }();
    return keys;
}

QJsonObject AccessReviewService::toJson(const AuditEvent &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("completed_at"), toRfc3339(e.at)},
            {QStringLiteral("completed_by"),
             QJsonObject{{QStringLiteral("id"), e.actorId}, {QStringLiteral("name"), e.actorName}}},
            {QStringLiteral("inactive_days"), e.details.value(QLatin1String("inactive_days")).toInt()},
            {QStringLiteral("findings"), allFindings(e.details.value(QLatin1String("findings")).toObject())},
            {QStringLiteral("note"), e.details.value(QLatin1String("note")).toString()}};
}

Result<QJsonObject> AccessReviewService::complete(const AuthSession &caller, const Input &input)
{
    QJsonObject findings;
    for (const QString &key : findingKeys())
        findings.insert(key, input.findings.value(key));
    const QJsonObject details{{QStringLiteral("inactive_days"), input.inactiveDays},
                              {QStringLiteral("findings"), findings},
                              {QStringLiteral("note"), input.note}};
    const Result<AuditEvent> written = m_db.transaction<AuditEvent>([&]() -> Result<AuditEvent> {
        return m_audit.recordEvent({caller.unitId(), caller.actor(), Action, QStringLiteral("unit"), caller.unitId(),
                                    summary(input)},
                                   details);
    });
    if (!written)
        return written.error();
    qCInfo(lcAdmin) << "access review" << written->id << "completed in unit" << caller.unitId() << "by account"
                    << caller.accountId();
    return toJson(written.value());
}

Result<QJsonObject> AccessReviewService::list(const AuthSession &caller, int page, int size)
{
    // The route lets only holders of both rights in; they see every review of the unit.
    AuditStorage::Filter f;
    f.unitId = caller.unitId();
    f.allTargets = true;
    f.action = Action;
    const Result<ListPage<AuditEvent>> events = AuditStorage(m_db).page(f, page, size);
    if (!events)
        return events.error();
    ListPage<ReviewItem> reviews;
    reviews.total = events->total;
    reviews.page = events->page;
    reviews.size = events->size;
    for (const AuditEvent &e : events->items)
        reviews.items.append({e});
    return reviews.toJson();
}

} // namespace zc::server
