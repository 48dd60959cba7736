#include "SyncCommand.h"

#include "CliContext.h"

#include "sync/SyncEngine.h"
#include "sync/Workspace.h"

namespace zc::cli {

SyncCommand::SyncCommand()
    : Command(QStringLiteral("sync"), Group::Administration, Needs::Session, 0, 0,
              {QCommandLineOption(QStringLiteral("full"), tr("sync: fetch everything again."))})
{
}

QString SyncCommand::synopsis() const
{
    return tr("[--full]");
}

QString SyncCommand::description() const
{
    return tr("bring the local cache up to date (the desktop client's cache)");
}

int SyncCommand::parse(CliContext &, const QCommandLineParser &parser, const QStringList &)
{
    m_full = parser.isSet(QStringLiteral("full"));
    return ExitOk;
}

int SyncCommand::execute(CliContext &ctx, const QStringList &)
{
    // The session (without its token) is kept beside the cache, as the
    // desktop client does, so that it can open this cache offline.
    const auto me = ctx.await<Session>([&ctx](QObject *c, sync::ApiClient::Done<Session> done) {
        return ctx.client().me(c, std::move(done));
    });
    if (!me.ok())
        return ctx.reportSessionOnlyError(name(), me.error, me.tlsProblems);

    // A session token of ZC_TOKEN / --token-file has no remembered login: its account's.
    const QString login = ctx.sessionLogin().isEmpty() && me.value->account ? me.value->account->login
                                                                            : ctx.sessionLogin();
    sync::Workspace workspace(&ctx.client(), ctx.profile(), login, &ctx.keychain());
    const sync::CacheError opened = workspace.openOnline(*me.value, false);
    if (!opened.ok()) {
        ApiError e;
        e.status = -1;
        e.code = QString::fromLatin1(sync::SyncEngine::CacheErrorCode);
        e.message = tr("The local cache %1 cannot be opened: %2").arg(workspace.cachePath(), opened.message);
        return ctx.reportError(e);
    }
    sync::SyncEngine *engine = workspace.engine();
    engine->setInterval(0);

    Printer &printer = ctx.printer();
    QEventLoop loop;
    bool ok = false;
    ApiError error;
    sync::SyncKind kind = sync::SyncKind::Incremental;
    QObject::connect(engine, &sync::SyncEngine::started, &loop, [&kind](sync::SyncKind k) { kind = k; });
    QObject::connect(engine, &sync::SyncEngine::progress, &loop, [&](int batches, int items) {
        if (!ctx.json())
            printer.errLine(tr("  batch %1: %n item(s) so far", nullptr, items).arg(batches));
    });
    QObject::connect(engine, &sync::SyncEngine::finished, &loop, [&](bool success, const ApiError &e) {
        ok = success;
        error = e;
        loop.quit();
    });
    engine->refresh(m_full ? sync::SyncEngine::Mode::Full : sync::SyncEngine::Mode::Incremental);
    loop.exec();
    if (!ok)
        return ctx.reportError(error);

    const auto counts = workspace.cache()->counts();
    const auto state = workspace.cache()->syncState();
    const sync::CacheCounts c = counts.ok() ? *counts.value : sync::CacheCounts{};
    const QDateTime at = state.ok() ? state.value->lastSyncAt() : QDateTime();
    if (ctx.json()) {
        printer.json(QJsonObject{
            {QStringLiteral("ok"), true},
            {QStringLiteral("kind"),
             kind == sync::SyncKind::Full ? QStringLiteral("full") : QStringLiteral("incremental")},
            {QStringLiteral("batches"), engine->batchesDone()},
            {QStringLiteral("items"), engine->itemsApplied()},
            {QStringLiteral("counts"), QJsonObject{{QStringLiteral("roles"), c.roles},
                                                   {QStringLiteral("accounts"), c.accounts},
                                                   {QStringLiteral("handlers"), c.handlers},
                                                   {QStringLiteral("assignments"), c.assignments}}},
            {QStringLiteral("last_synced_at"), Printer::timeText(at)},
            {QStringLiteral("cache"), workspace.cachePath()}});
    } else {
        printer.line(kind == sync::SyncKind::Full
                         ? tr("Full sync done: %n item(s) received.", nullptr, engine->itemsApplied())
                         : tr("Incremental sync done: %n change(s) received.", nullptr, engine->itemsApplied()));
        printer.line(tr("The cache holds %1 roles, %2 handlers (%3 accounts) and %4 assignments.")
                         .arg(c.roles)
                         .arg(c.handlers)
                         .arg(c.accounts)
                         .arg(c.assignments));
    }
    return ExitOk;
}

} // namespace zc::cli
