#include "ExportCommand.h"

#include "AuditCommand.h"
#include "CliContext.h"
#include "CommonOptions.h"
#include "HandlersCommand.h"
#include "ListFetch.h"
#include "RoleAccountsCommand.h"
#include "RolesCommand.h"

#include "models/JsonReader.h"

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

QStringList accountHeader()
{
    return {QStringLiteral("id"), QStringLiteral("login"), QStringLiteral("name"), QStringLiteral("phone"),
            QStringLiteral("status"), QStringLiteral("roles"), QStringLiteral("role_ids"), QStringLiteral("created_at"),
            QStringLiteral("last_login_at")};
}

// The columns of accountHeader(), and the account's JSON with its role names.
QStringList accountRow(const Account &a, const QHash<qint64, QString> &names, QJsonObject *item)
{
    QStringList roleNames;
    QStringList ids;
    for (qint64 id : a.roleIds) {
        roleNames << names.value(id, QString::number(id));
        ids << QString::number(id);
    }
    *item = a.toJson();
    item->insert(QStringLiteral("role_names"), QJsonArray::fromStringList(roleNames));
    return {QString::number(a.id), a.login, a.name, a.phone, Account::statusToString(a.status),
            roleNames.join(QLatin1Char(';')), ids.join(QLatin1Char(';')), Printer::timeText(a.createdAt),
            Printer::timeText(a.lastLoginAt)};
}

// Which filter options belong to which export.
const QHash<QString, QStringList> &filtersOf()
{
    static const QHash<QString, QStringList> filters{
        {QStringLiteral("roles"), {QStringLiteral("name")}},
        {QStringLiteral("handlers"), {QStringLiteral("q"), QStringLiteral("status")}},
        {QStringLiteral("role-accounts"), {QStringLiteral("unassigned"), QStringLiteral("login"), QStringLiteral("name")}},
        {QStringLiteral("audit"),
         {QStringLiteral("action"), QStringLiteral("actor"), QStringLiteral("from"), QStringLiteral("to")}}};
    return filters;
}

} // namespace

ExportCommand::ExportCommand()
    : Command(QStringLiteral("export"), Group::Administration, Needs::Server, 1, 2,
              QList<QCommandLineOption>{
                  QCommandLineOption(QStringLiteral("format"), tr("export: csv (default) or json."), tr("FORMAT")),
                  QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                     tr("export: write to FILE instead of standard output."), tr("FILE")),
                  QCommandLineOption(QStringLiteral("bom"),
                                     tr("export: start the CSV with a UTF-8 byte-order mark (for Excel).")),
                  QCommandLineOption(QStringLiteral("cache"),
                                     tr("export: from the local cache only (as of the last sync), without asking "
                                        "the server.")),
                  CommonOptions::all()}
                  + HandlersCommand::filterOptions() + RoleAccountsCommand::filterOptions()
                  + AuditCommand::filterOptions())
{
}

QString ExportCommand::synopsis() const
{
    return tr("roles [--name N] | handlers [--q T] [--status S] |\n"
              "role-accounts ID [--unassigned] [--login L] [--name N] |\n"
              "audit [--action A] [--actor ID] [--from T] [--to T]\n"
              "[--format csv|json] [-o FILE] [--bom] [--cache]");
}

QString ExportCommand::description() const
{
    return tr("export every item of a list (all pages) as CSV or JSON; --bom for Excel\n"
              "offline, or with --cache, from the local cache (run sync first)");
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
    m_cacheOnly = parser.isSet(QStringLiteral("cache"));

    m_whatName = args.constFirst();
    if (!filtersOf().contains(m_whatName))
        return ctx.usageError(tr("'export' takes roles, handlers, role-accounts ID or audit."));
    const bool roleAccounts = m_whatName == QLatin1String("role-accounts");
    if (roleAccounts != (args.size() == 2))
        return ctx.usageError(roleAccounts ? tr("'export role-accounts' takes the role's id.")
                                           : tr("'export %1' takes no further argument.").arg(m_whatName));
    // Each export takes the filters of its list, and no other list's.
    QStringList allFilters;
    for (const QStringList &names : filtersOf())
        allFilters += names;
    for (const QString &option : parser.optionNames()) {
        const QString name = option == QLatin1String("o") ? QStringLiteral("output") : option;
        if (allFilters.contains(name) && !filtersOf().value(m_whatName).contains(name))
            return ctx.usageError(tr("--%1 does not belong to 'export %2'.").arg(name, m_whatName));
    }

    if (m_whatName == QLatin1String("roles")) {
        m_what = What::Roles;
        m_roleName = parser.value(QStringLiteral("name"));
    } else if (m_whatName == QLatin1String("handlers")) {
        m_what = What::Handlers;
        return HandlersCommand::readFilter(ctx, parser, &m_handlers);
    } else if (roleAccounts) {
        m_what = What::RoleAccounts;
        RoleAccountsCommand::readFilter(parser, &m_roleAccounts);
        return readId(ctx, args.at(1), &m_roleId);
    } else {
        m_what = What::Audit;
        return AuditCommand::readFilter(ctx, parser, &m_audit);
    }
    return ExitOk;
}

int ExportCommand::roles(CliContext &ctx, Records *out) const
{
    ListRequest request;
    request.all = true;
    request.cacheOnly = m_cacheOnly;
    Listing<Role> listing;
    if (const int rc = RolesCommand::fetch(ctx, request, m_roleName, &listing); rc != ExitOk)
        return rc;
    out->fromCache = listing.fromCache;
    out->sourceFields = listing.sourceFields;
    out->header = QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("remark"),
                              QStringLiteral("permissions"), QStringLiteral("account_count"),
                              QStringLiteral("created_by"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
    for (const Role &r : std::as_const(listing.page.items)) {
        out->rows.append({QString::number(r.id), r.name, r.remark, r.permissions.join(QLatin1Char(';')),
                          QString::number(r.accountCount), r.createdByName, Printer::timeText(r.createdAt),
                          Printer::timeText(r.updatedAt)});
        out->items.append(r.toJson());
    }
    return ExitOk;
}

QHash<qint64, QString> ExportCommand::roleNames(CliContext &ctx, bool fromCache) const
{
    QHash<qint64, QString> names;
    if (fromCache) {
        LocalCache local(ctx);
        if (local.open()) {
            const auto cached = local.cache().roleNames();
            if (cached.ok())
                names = *cached.value;
        }
        return names;
    }
    ListRequest request;
    request.all = true;
    // Without basic.roles the ids stand in for the names.
    const auto r = fetchFromServer<Role>(ctx, request,
                                         [&ctx](int page, int size, QObject *c,
                                                sync::ApiClient::Done<sync::Page<Role>> done) {
                                             return ctx.client().roles(page, size, QString(), c, std::move(done));
                                         });
    if (r.ok()) {
        for (const Role &role : r.value->items)
            names.insert(role.id, role.name);
    }
    return names;
}

int ExportCommand::handlers(CliContext &ctx, Records *out) const
{
    ListRequest request;
    request.all = true;
    request.cacheOnly = m_cacheOnly;
    Listing<Account> listing;
    if (const int rc = HandlersCommand::fetch(ctx, request, m_handlers, &listing); rc != ExitOk)
        return rc;
    out->fromCache = listing.fromCache;
    out->sourceFields = listing.sourceFields;
    const QHash<qint64, QString> names = roleNames(ctx, listing.fromCache);
    out->header = accountHeader();
    for (const Account &a : std::as_const(listing.page.items)) {
        QJsonObject item;
        out->rows.append(accountRow(a, names, &item));
        out->items.append(item);
    }
    return ExitOk;
}

int ExportCommand::roleAccounts(CliContext &ctx, Records *out) const
{
    ListRequest request;
    request.all = true;
    request.cacheOnly = m_cacheOnly;
    Listing<Account> listing;
    if (const int rc = RoleAccountsCommand::fetch(ctx, request, m_roleId, m_roleAccounts, &listing); rc != ExitOk)
        return rc;
    out->fromCache = listing.fromCache;
    out->sourceFields = listing.sourceFields;
    const QHash<qint64, QString> names = roleNames(ctx, listing.fromCache);
    out->header = QStringList{QStringLiteral("role_id"), QStringLiteral("role_name"), QStringLiteral("assigned")}
                  + accountHeader();
    const QString assigned = m_roleAccounts.assigned ? QStringLiteral("true") : QStringLiteral("false");
    for (const Account &a : std::as_const(listing.page.items)) {
        QJsonObject item;
        out->rows.append(QStringList{QString::number(m_roleId), names.value(m_roleId), assigned}
                         + accountRow(a, names, &item));
        item.insert(QStringLiteral("role_id"), m_roleId);
        item.insert(QStringLiteral("assigned"), m_roleAccounts.assigned);
        out->items.append(item);
    }
    return ExitOk;
}

int ExportCommand::audit(CliContext &ctx, Records *out) const
{
    ListRequest request;
    request.all = true;
    request.cacheOnly = m_cacheOnly;
    Listing<AuditEvent> listing;
    if (const int rc = AuditCommand::fetch(ctx, request, m_audit, &listing); rc != ExitOk)
        return rc;
    out->fromCache = listing.fromCache;
    out->sourceFields = listing.sourceFields;
    out->header = QStringList{QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor_id"),
                              QStringLiteral("actor_name"), QStringLiteral("actor_type"), QStringLiteral("action"),
                              QStringLiteral("target_type"), QStringLiteral("target_id"), QStringLiteral("summary")};
    for (const AuditEvent &e : std::as_const(listing.page.items)) {
        out->rows.append({QString::number(e.id), Printer::timeText(e.at), QString::number(e.actorId), e.actorName,
                          e.actorType, e.action, e.targetType, QString::number(e.targetId), e.summary});
        out->items.append(e.toJson());
    }
    return ExitOk;
}

int ExportCommand::execute(CliContext &ctx, const QStringList &)
{
    // --cache needs no session: the cache of --as (or the remembered login) is read.
    if (!m_cacheOnly) {
        if (const int rc = ctx.openSession(); rc != ExitOk)
            return rc;
    }
    Records records;
    int rc = ExitOk;
    switch (m_what) {
    case What::Roles: rc = roles(ctx, &records); break;
    case What::Handlers: rc = handlers(ctx, &records); break;
    case What::RoleAccounts: rc = roleAccounts(ctx, &records); break;
    case What::Audit: rc = audit(ctx, &records); break;
    }
    return rc == ExitOk ? write(ctx, records) : rc;
}

int ExportCommand::write(CliContext &ctx, const Records &records) const
{
    const int count = static_cast<int>(records.rows.size());
    const QByteArray data = Printer::records(m_format, records.header, records.rows, records.items, m_bom);
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
    const QString asOf = records.sourceFields.value(QStringLiteral("as_of")).toString();
    if (ctx.json()) {
        QJsonObject report{
            {QStringLiteral("exported"), count},
            {QStringLiteral("what"), m_whatName},
            {QStringLiteral("format"),
             m_format == Printer::DataFormat::Json ? QStringLiteral("json") : QStringLiteral("csv")},
            {QStringLiteral("file"), m_output},
            {QStringLiteral("source"), records.fromCache ? QStringLiteral("cache") : QStringLiteral("server")}};
        if (records.fromCache)
            report.insert(QStringLiteral("last_synced_at"), asOf);
        printer.json(report);
    } else if (records.fromCache) {
        printer.line(tr("Exported %n item(s) to %1 (as of the last sync, %2).", nullptr, count)
                         .arg(m_output, Printer::humanTime(fromRfc3339(asOf))));
    } else {
        printer.line(tr("Exported %n item(s) to %1.", nullptr, count).arg(m_output));
    }
    return ExitOk;
}

} // namespace zc::cli
