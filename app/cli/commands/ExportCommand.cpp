#include "ExportCommand.h"

#include "CliContext.h"

#include "sync/SyncEngine.h"

#include <QFile>
#include <QSaveFile>

namespace zc::cli {

namespace {

ApiError localError(const char *code, const QString &message)
{
    ApiError e;
    e.status = -1;
    e.code = QString::fromLatin1(code);
    e.message = message;
    return e;
}

} // namespace

ExportCommand::ExportCommand()
    : Command(QStringLiteral("export"), Group::Administration, Needs::Profile, 1, 1,
              {QCommandLineOption(QStringLiteral("format"), tr("export: csv (default) or json."), tr("FORMAT")),
               QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                  tr("export: write to FILE instead of standard output."), tr("FILE")),
               QCommandLineOption(QStringLiteral("bom"),
                                  tr("export: start the CSV with a UTF-8 byte-order mark (for Excel)."))})
{
}

QString ExportCommand::synopsis() const
{
    return tr("roles|handlers [--format csv|json] [-o FILE] [--bom]");
}

QString ExportCommand::description() const
{
    return tr("export from the local cache (run sync first); --bom for Excel");
}

int ExportCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args)
{
    if (parser.isSet(QStringLiteral("format"))) {
        const QString format = parser.value(QStringLiteral("format")).toLower();
        if (format != QLatin1String("csv") && format != QLatin1String("json"))
            return ctx.usageError(tr("--format takes csv or json."));
        m_format = format == QLatin1String("json") ? Printer::DataFormat::Json : Printer::DataFormat::Csv;
    }
    m_output = parser.value(QStringLiteral("output"));
    // --json asks for JSON on standard output: the data itself, when that is
    // where it goes (with -o, --json is the report and --format the file).
    if (!parser.isSet(QStringLiteral("format")) && ctx.json() && m_output.isEmpty())
        m_format = Printer::DataFormat::Json;
    m_bom = parser.isSet(QStringLiteral("bom"));
    if (m_bom && m_format != Printer::DataFormat::Csv)
        return ctx.usageError(tr("--bom belongs to CSV output."));
    if (args.constFirst() != QLatin1String("roles") && args.constFirst() != QLatin1String("handlers"))
        return ctx.usageError(tr("'export' takes roles or handlers."));
    return ExitOk;
}

int ExportCommand::execute(CliContext &ctx, const QStringList &args)
{
    const QString what = args.constFirst();
    const sync::ServerProfile &profile = ctx.profile();
    const QString login = ctx.asLogin().isEmpty() ? ctx.rememberedLogin() : ctx.asLogin();
    if (login.isEmpty())
        return ctx.reportError(localError("not_logged_in", tr("No account to export for: give --as LOGIN, or log in "
                                                              "with --remember and run 'zhaocai-cli sync'.")));
    const QString path = sync::Cache::defaultPath(profile.id, login);
    const ApiError noCache = localError(
        "no_cache", tr("No local data of %1 on %2 yet: run 'zhaocai-cli sync' first.").arg(login, profile.name));
    if (!QFile::exists(path))
        return ctx.reportError(noCache);
    sync::Cache cache(path, CliContext::newCacheConnectionName());
    if (const sync::CacheError e = cache.open(); !e.ok())
        return ctx.reportError(localError(sync::SyncEngine::CacheErrorCode, e.message));
    const auto state = cache.syncState();
    if (!state.ok() || state.value->cursor.isEmpty())
        return ctx.reportError(noCache);

    QStringList header;
    QList<QStringList> rows;
    QJsonArray items;
    if (what == QLatin1String("roles")) {
        const auto roles = cache.allRoles();
        if (!roles.ok())
            return ctx.reportError(localError(sync::SyncEngine::CacheErrorCode, roles.error.message));
        header = QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("remark"),
                             QStringLiteral("permissions"), QStringLiteral("account_count"),
                             QStringLiteral("created_by"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
        for (const Role &r : std::as_const(*roles.value)) {
            rows.append({QString::number(r.id), r.name, r.remark, r.permissions.join(QLatin1Char(';')),
                         QString::number(r.accountCount), r.createdByName, Printer::timeText(r.createdAt),
                         Printer::timeText(r.updatedAt)});
            items.append(r.toJson());
        }
    } else {
        const auto accounts = cache.allAccounts();
        const auto names = cache.roleNames();
        if (!accounts.ok() || !names.ok())
            return ctx.reportError(localError(sync::SyncEngine::CacheErrorCode,
                                              accounts.ok() ? names.error.message : accounts.error.message));
        header = QStringList{QStringLiteral("id"), QStringLiteral("login"), QStringLiteral("name"),
                             QStringLiteral("phone"), QStringLiteral("status"), QStringLiteral("roles"),
                             QStringLiteral("role_ids"), QStringLiteral("created_at"), QStringLiteral("last_login_at")};
        for (const Account &a : std::as_const(*accounts.value)) {
            if (a.kind != Account::Kind::Handler)
                continue;
            QStringList roleNames;
            QStringList ids;
            for (qint64 id : a.roleIds) {
                roleNames << names.value->value(id, QString::number(id));
                ids << QString::number(id);
            }
            rows.append({QString::number(a.id), a.login, a.name, a.phone, Account::statusToString(a.status),
                         roleNames.join(QLatin1Char(';')), ids.join(QLatin1Char(';')), Printer::timeText(a.createdAt),
                         Printer::timeText(a.lastLoginAt)});
            QJsonObject item = a.toJson();
            item.insert(QStringLiteral("role_names"), QJsonArray::fromStringList(roleNames));
            items.append(item);
        }
    }
    const int count = static_cast<int>(rows.size());
    const QByteArray data = Printer::records(m_format, header, rows, items, m_bom);

    Printer &printer = ctx.printer();
    if (m_output.isEmpty()) {
        printer.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size())
            return ctx.reportError(
                localError("write_error", tr("The export could not be written to standard output.")));
        out.flush();
        return ExitOk;
    }
    QSaveFile file(m_output);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return ctx.reportError(localError(
            "write_error", tr("The export could not be written to %1: %2").arg(m_output, file.errorString())));
    if (ctx.json())
        printer.json(QJsonObject{
            {QStringLiteral("exported"), count},
            {QStringLiteral("what"), what},
            {QStringLiteral("format"),
             m_format == Printer::DataFormat::Json ? QStringLiteral("json") : QStringLiteral("csv")},
            {QStringLiteral("file"), m_output},
            {QStringLiteral("last_synced_at"), Printer::timeText(state.value->lastSyncAt())}});
    else
        printer.line(tr("Exported %n item(s) to %1 (as of the last sync, %2).", nullptr, count)
                         .arg(m_output, Printer::humanTime(state.value->lastSyncAt())));
    return ExitOk;
}

} // namespace zc::cli
