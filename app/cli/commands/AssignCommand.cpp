#include "AssignCommand.h"

#include "BulkAssignment.h"
#include "CliContext.h"

#include "models/Csv.h"

#include <QFile>

namespace zc::cli {

namespace {

QString csvProblem(const Csv::ParseError &e)
{
    switch (e.kind) {
    case Csv::ParseError::Kind::NotUtf8:
        return AssignCommand::tr("line %1 is not UTF-8 text (save the file as UTF-8).").arg(e.line);
    case Csv::ParseError::Kind::UnclosedQuote:
        return AssignCommand::tr("the quoted field that starts on line %1 is never closed.").arg(e.line);
    case Csv::ParseError::Kind::TextAfterQuote:
        return AssignCommand::tr("line %1 has text after a closing quote.").arg(e.line);
    case Csv::ParseError::Kind::QuoteInField:
        return AssignCommand::tr("line %1 has a quote inside an unquoted field.").arg(e.line);
    case Csv::ParseError::Kind::None:
        break;
    }
    return {};
}

} // namespace

AssignCommand::AssignCommand(bool assign)
    : Command(assign ? QStringLiteral("assign") : QStringLiteral("unassign"), Group::Administration, Needs::Session,
              0, -1,
              {QCommandLineOption(QStringLiteral("from"),
                                  tr("assign, unassign: the (role, account) rows of a CSV file whose first line is "
                                     "role,account."),
                                  tr("FILE")),
               QCommandLineOption(QStringLiteral("dry-run"),
                                  tr("assign, unassign: say what would be done, change nothing."))}),
      m_assign(assign)
{
}

QString AssignCommand::synopsis() const
{
    return tr("ROLE ACCOUNT... | --from FILE.csv [--dry-run]");
}

QString AssignCommand::description() const
{
    return m_assign ? tr("assign the role to accounts (summary of what changed)\n"
                         "ROLE: id or name; ACCOUNT: id, phone, login or name")
                    : tr("take the role from accounts\n"
                         "ROLE: id or name; ACCOUNT: id, phone, login or name");
}

int AssignCommand::parse(CliContext &ctx, const QCommandLineParser &parser, const QStringList &args)
{
    m_dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (parser.isSet(QStringLiteral("from"))) {
        if (!args.isEmpty())
            return ctx.usageError(tr("'%1' takes either ROLE ACCOUNT... or --from FILE, not both.").arg(name()));
        return readFile(ctx, parser.value(QStringLiteral("from")));
    }
    if (args.size() < 2)
        return ctx.usageError(tr("'%1' takes a role and at least one account (or --from FILE).").arg(name()));
    QStringList seen;
    for (const QString &account : args.mid(1)) {
        if (account.trimmed().isEmpty())
            return ctx.usageError(tr("an account argument is empty."));
        if (seen.contains(account.trimmed()))
            continue;
        seen << account.trimmed();
        m_rows.append({static_cast<int>(seen.size()), args.constFirst(), account, QString()});
    }
    if (args.constFirst().trimmed().isEmpty())
        return ctx.usageError(tr("the role argument is empty."));
    return ExitOk;
}

int AssignCommand::readFile(CliContext &ctx, const QString &path)
{
    m_file = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.usageError(tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray data = file.read(MaxFileBytes + 1);
    if (data.size() > MaxFileBytes)
        return ctx.usageError(tr("%1 is larger than %2 MiB.").arg(path).arg(MaxFileBytes / (1024 * 1024)));
    Csv::ParseError error;
    const std::optional<QList<Csv::Record>> records = Csv::parse(data, &error);
    if (!records)
        return ctx.usageError(tr("%1 is not a CSV file that can be read: %2").arg(path, csvProblem(error)));
    if (records->isEmpty())
        return ctx.usageError(tr("%1 is empty: its first line must be role,account.").arg(path));
    // The header names the columns, in either order.
    const QStringList header = records->constFirst().fields;
    qsizetype roleColumn = -1;
    qsizetype accountColumn = -1;
    bool extra = false;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).trimmed().toLower();
        if (h == QLatin1String("role") && roleColumn < 0)
            roleColumn = i;
        else if (h == QLatin1String("account") && accountColumn < 0)
            accountColumn = i;
        else
            extra = true;
    }
    if (roleColumn < 0 || accountColumn < 0 || extra)
        return ctx.usageError(tr("the first line of %1 must be the header role,account (it is: %2).")
                                  .arg(path, header.join(QLatin1Char(','))));
    for (qsizetype i = 1; i < records->size(); ++i) {
        const Csv::Record &record = records->at(i);
        Row row{record.line, record.fields.value(roleColumn), record.fields.value(accountColumn), QString()};
        // Spreadsheets add empty columns at the end of a row; anything else is a mistake.
        bool more = false;
        for (qsizetype f = 2; f < record.fields.size(); ++f)
            more = more || !record.fields.at(f).trimmed().isEmpty();
        if (record.fields.size() < 2 || more)
            row.invalid = tr("A row has two fields, the role and the account; this one has %n.", nullptr,
                             static_cast<int>(record.fields.size()));
        m_rows.append(row);
    }
    if (m_rows.isEmpty())
        return ctx.usageError(tr("%1 has no rows after its header.").arg(path));
    return ExitOk;
}

int AssignCommand::execute(CliContext &ctx, const QStringList &)
{
    BulkAssignment bulk(ctx, m_assign, m_dryRun);
    for (const Row &row : std::as_const(m_rows)) {
        if (row.invalid.isEmpty())
            bulk.add(row.line, row.role, row.account);
        else
            bulk.addInvalid(row.line, row.role, row.account, row.invalid);
    }
    ApiError error;
    QList<sync::TlsProblem> tls;
    if (!bulk.resolve(&error, &tls))
        return ctx.reportError(error, tls);   // nothing was applied
    // ROLE ACCOUNT...: a role that is unknown or ambiguous is the whole command's error.
    if (m_file.isEmpty() && !bulk.rows().isEmpty() && bulk.rows().constFirst().roleId == 0
        && bulk.rows().constFirst().result == AssignmentRow::Result::Failed) {
        ApiError e = bulk.rows().constFirst().error;
        e.field = QStringLiteral("role");
        return ctx.reportError(e);
    }
    (void)bulk.apply();
    if (m_file.isEmpty())
        printSummary(ctx, bulk);
    else
        printRows(ctx, bulk);
    return bulk.exitCode();
}

void AssignCommand::printSummary(CliContext &ctx, const BulkAssignment &bulk) const
{
    const AssignmentRow &first = bulk.rows().constFirst();
    const qint64 roleId = first.roleId;
    QList<qint64> changed;
    QList<qint64> unchanged;
    QJsonArray failures;
    QStringList failureLines;
    for (const AssignmentRow &row : bulk.rows()) {
        switch (row.result) {
        case AssignmentRow::Result::Changed:
        case AssignmentRow::Result::WouldChange:
            changed << row.accountId;
            break;
        case AssignmentRow::Result::Unchanged:
            // (Two arguments naming one account: it is listed once.)
            if (!changed.contains(row.accountId) && !unchanged.contains(row.accountId))
                unchanged << row.accountId;
            break;
        case AssignmentRow::Result::Pending:
        case AssignmentRow::Result::Failed:
        case AssignmentRow::Result::NotTried: {
            // The id of the account, or the one given when it names none.
            QJsonValue accountId = row.accountId > 0 ? QJsonValue(row.accountId) : QJsonValue();
            if (row.accountId == 0 && HandlerLookup::kindOf(row.account) == HandlerLookup::ArgKind::Id)
                accountId = row.account.trimmed().toLongLong();
            QJsonObject f{{QStringLiteral("account"), row.account},
                          {QStringLiteral("account_id"), accountId},
                          {QStringLiteral("code"), row.error.code},
                          {QStringLiteral("message"), row.error.message},
                          {QStringLiteral("status"), qMax(0, row.error.status)}};
            if (!row.candidateItems.isEmpty())
                f.insert(QStringLiteral("candidates"), row.candidateItems);
            failures.append(f);
            //: One account of assign/unassign that failed: the argument, the message, the error code.
            failureLines << tr("  account %1 failed: %2 [%3]").arg(row.account, row.error.message, row.error.code);
            break;
        }
        }
    }
    Printer &printer = ctx.printer();
    if (ctx.json()) {
        QJsonObject out{{QStringLiteral("role_id"), roleId},
                        {QStringLiteral("role_name"), first.roleName},
                        {QStringLiteral("action"), m_assign ? QStringLiteral("assign") : QStringLiteral("unassign")},
                        {QStringLiteral("changed"), Printer::idArray(changed)},
                        {QStringLiteral("unchanged"), Printer::idArray(unchanged)},
                        {QStringLiteral("failed"), failures}};
        if (m_dryRun)
            out.insert(QStringLiteral("dry_run"), true);
        printer.json(out);
        return;
    }
    const int count = static_cast<int>(changed.size());
    QString summary;
    if (m_dryRun)
        summary = m_assign ? tr("Role %1: would be assigned to %n account(s)", nullptr, count).arg(roleId)
                           : tr("Role %1: would be taken from %n account(s)", nullptr, count).arg(roleId);
    else
        summary = m_assign ? tr("Role %1: assigned to %n account(s)", nullptr, count).arg(roleId)
                           : tr("Role %1: taken from %n account(s)", nullptr, count).arg(roleId);
    if (!changed.isEmpty())
        //: A summary and the ids it is about, e.g. "Role 5: assigned to 2 accounts (7, 9)".
        summary = tr("%1 (%2)").arg(summary, Printer::idList(changed));
    printer.line(summary);
    if (!unchanged.isEmpty())
        printer.line(m_assign ? tr("  already held it: %1").arg(Printer::idList(unchanged))
                              : tr("  did not hold it: %1").arg(Printer::idList(unchanged)));
    for (const QString &line : std::as_const(failureLines))
        printer.errLine(line);
}

void AssignCommand::printRows(CliContext &ctx, const BulkAssignment &bulk) const
{
    Printer &printer = ctx.printer();
    if (ctx.json()) {
        QJsonArray out;
        for (const AssignmentRow &row : bulk.rows()) {
            QJsonObject item{{QStringLiteral("row"), row.row},
                             {QStringLiteral("role"), row.role},
                             {QStringLiteral("account"), row.account},
                             {QStringLiteral("role_id"), row.roleId > 0 ? QJsonValue(row.roleId) : QJsonValue()},
                             {QStringLiteral("account_id"), row.accountId > 0 ? QJsonValue(row.accountId) : QJsonValue()},
                             {QStringLiteral("result"), bulk.resultCode(row)},
                             {QStringLiteral("error"), QJsonValue()}};
            if (row.error.isValid()) {
                QJsonObject e{{QStringLiteral("code"), row.error.code},
                              {QStringLiteral("message"), row.error.message},
                              {QStringLiteral("status"), qMax(0, row.error.status)}};
                if (!row.candidateItems.isEmpty())
                    e.insert(QStringLiteral("candidates"), row.candidateItems);
                item.insert(QStringLiteral("error"), e);
            }
            out.append(item);
        }
        printer.json(out);
        return;
    }
    QList<QStringList> rows;
    int done = 0;
    int unchanged = 0;
    int failed = 0;
    for (const AssignmentRow &row : bulk.rows()) {
        QString role = row.role;
        if (row.roleId > 0) {
            Role r;
            r.id = row.roleId;
            r.name = row.roleName;
            role = RoleLookup::describe(r);
        }
        QString account = row.account;
        if (row.accountId > 0 && !row.accountLogin.isEmpty()) {
            Account a;
            a.id = row.accountId;
            a.login = row.accountLogin;
            a.name = row.accountName;
            account = HandlerLookup::describe(a);
        }
        rows.append({QString::number(row.row), role, account, bulk.resultText(row),
                     row.error.isValid() ? tr("%1 [%2]").arg(row.error.message, row.error.code) : QString()});
        switch (row.result) {
        case AssignmentRow::Result::Changed:
        case AssignmentRow::Result::WouldChange:
            ++done;
            break;
        case AssignmentRow::Result::Unchanged:
            ++unchanged;
            break;
        default:
            ++failed;
            break;
        }
    }
    printer.table({tr("Row"), tr("Role"), tr("Account"), tr("Result"), tr("Error")}, rows);
    const int total = static_cast<int>(rows.size());
    const QString tally = m_dryRun ? (m_assign ? tr("%1 would be assigned, %2 already assigned, %3 failed.")
                                               : tr("%1 would be unassigned, %2 not assigned, %3 failed."))
                                   : (m_assign ? tr("%1 assigned, %2 already assigned, %3 failed.")
                                               : tr("%1 unassigned, %2 not assigned, %3 failed."));
    printer.line(tr("%n row(s) of %1: %2", nullptr, total).arg(m_file, tally.arg(done).arg(unchanged).arg(failed)));
}

} // namespace zc::cli
