#include "LocalCache.h"

#include "CliContext.h"

#include <QFile>
#include <QJsonDocument>

namespace zc::cli {

LocalCache::LocalCache(CliContext &ctx) : m_ctx(ctx) {}

LocalCache::~LocalCache() = default;

bool LocalCache::unreachable(const ApiError &error)
{
    // As sync::ApiClient counts itself offline (the desktop client's rule).
    return error.isTransport()
           && (error.is(ErrorCode::NetworkError) || error.is(ErrorCode::Timeout) || error.is(ErrorCode::TlsError)
               || error.is(ErrorCode::ProxyAuthRequired));
}

QString LocalCache::pathFor(CliContext &ctx)
{
    QString login = ctx.sessionLogin();
    if (login.isEmpty())
        login = ctx.asLogin().isEmpty() ? ctx.rememberedLogin() : ctx.asLogin();
    return login.isEmpty() ? QString() : sync::Cache::defaultPath(ctx.profile().id, login);
}

bool LocalCache::open(QString *why)
{
    if (m_cache)
        return true;
    const QString path = pathFor(m_ctx);
    if (path.isEmpty() || !QFile::exists(path)) {
        if (why)
            *why = tr("there is no local cache of this account here (run 'zhaocai-cli sync' while online)");
        return false;
    }
    auto cache = std::make_unique<sync::Cache>(path, CliContext::newCacheConnectionName());
    if (const sync::CacheError e = cache->open(); !e.ok()) {
        if (why)
            *why = tr("the local cache cannot be opened: %1").arg(e.message);
        return false;
    }
    const auto state = cache->syncState();
    if (!state.ok() || state.value->cursor.isEmpty()) {
        if (why)
            *why = tr("the local cache of this account has never been synced");
        return false;
    }
    m_syncedAt = state.value->lastSyncAt();
    m_cache = std::move(cache);
    return true;
}

QDateTime LocalCache::asOf(Data data) const
{
    if (!m_cache)
        return {};
    if (data == Data::Directory)
        return m_syncedAt;
    const auto state = m_cache->auditState();
    return state.ok() ? state.value->lastSeenAt : QDateTime();
}

QString LocalCache::readFailure(const sync::CacheError &error)
{
    if (error.code == sync::CacheError::Code::NotFound)
        return tr("the local cache does not hold it");
    return tr("the local cache cannot be read: %1").arg(error.message);
}

QString LocalCache::ageText(const QDateTime &then, const QDateTime &now)
{
    const qint64 minutes = qMax<qint64>(0, then.secsTo(now) / 60);
    if (minutes < 120)
        return tr("%n minute(s) ago", nullptr, static_cast<int>(minutes));
    if (minutes < 48 * 60)
        return tr("%n hour(s) ago", nullptr, static_cast<int>(minutes / 60));
    return tr("%n day(s) ago", nullptr, static_cast<int>(minutes / (24 * 60)));
}

void LocalCache::announce(const ApiError &cause, const QList<sync::TlsProblem> &tls, Data data) const
{
    const QDateTime at = asOf(data);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString message;
    if (data == Data::Directory)
        message = tr("The server cannot be reached; showing the local cache (synced %1, %2).")
                      .arg(ageText(at, now), Printer::humanTime(at));
    else if (at.isValid())
        message = tr("The server cannot be reached; showing the audit events kept locally (last read from the "
                     "server %1, %2). Older and newer events are only on the server.")
                      .arg(ageText(at, now), Printer::humanTime(at));
    else
        message = tr("The server cannot be reached, and no audit events have been kept here yet.");
    Printer &printer = m_ctx.printer();
    if (m_ctx.json()) {
        QJsonObject notice{{QStringLiteral("code"), QStringLiteral("offline_cache")},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("cause"), QJsonObject{{QStringLiteral("code"), cause.code},
                                                                 {QStringLiteral("message"), cause.message}}},
                           {QStringLiteral("as_of"), at.isValid() ? QJsonValue(Printer::timeText(at)) : QJsonValue()}};
        if (at.isValid())
            notice.insert(QStringLiteral("age_seconds"), qMax<qint64>(0, at.secsTo(now)));
        printer.err() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("notice"), notice}}).toJson(QJsonDocument::Indented));
        printer.err().flush();
        return;
    }
    if (cause.is(ErrorCode::TlsError)) {
        (void)m_ctx.reportError(cause, tls);   // the certificate, for the person to check
        printer.errLine(tr("zhaocai-cli: %1").arg(message));
        return;
    }
    printer.errLine(tr("zhaocai-cli: %1 (%2: %3)").arg(message, cause.code, cause.message));
}

QJsonObject LocalCache::sourceFields(Data data) const
{
    const QDateTime at = asOf(data);
    return {{QStringLiteral("source"), QStringLiteral("cache")},
            {QStringLiteral("as_of"), at.isValid() ? QJsonValue(Printer::timeText(at)) : QJsonValue()}};
}

void LocalCache::keepAuditEvents(CliContext &ctx, const QList<AuditEvent> &events)
{
    if (events.isEmpty())
        return;
    LocalCache local(ctx);
    if (!local.open())
        return;
    // The read connection writes too: one short transaction, as the desktop's audit page does.
    if (const sync::CacheError e = local.m_cache->applyAuditEvents(events); !e.ok() && !ctx.json())
        ctx.printer().errLine(tr("Warning: the audit events could not be kept in the local cache (%1).").arg(e.message));
}

} // namespace zc::cli
