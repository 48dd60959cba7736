// zhaocai-cli's lists and exports against a real zhaocai-server (BulkServer):
// --all follows every page, the exports of role accounts and of the audit log
// (CSV neutralised, JSON), and the account's local cache shown — filtered and
// paged as the server would — when the server cannot be reached.
#include "BulkServer.h"
#include "CliRunner.h"
#include "SecretService.h"

#include "models/Csv.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using CliRun = zc::test::CliRunner::Run;
using namespace zc::test::bulk;

class TestCliLists : public QObject
{
    Q_OBJECT

private:
    CliRun cli(const QStringList &args, const QByteArray &input = {}) { return m_cli.run(args, input); }
    bool signIn(const QString &login)
    {
        const CliRun r = cli(m_bulk.args() << QStringLiteral("login") << login << QStringLiteral("--dev-captcha")
                                           << QStringLiteral("--password-stdin") << QStringLiteral("--remember"),
                             Password.toUtf8() + '\n');
        if (r.exitCode != 0)
            qWarning().noquote() << r.describe();
        return r.exitCode == 0;
    }
    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_cli.homeFile(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return path;
    }
    static QJsonArray ids(const QJsonArray &items)
    {
        QJsonArray out;
        for (const QJsonValue &v : items)
            out.append(v.toObject().value(QLatin1String("id")));
        return out;
    }

private Q_SLOTS:
    void initTestCase();
    void everyListFollowsPagesWithAll();
    void exportsRoleAccountsAndAuditLog();
    void unreachableServerShowsTheCache();

private:
    zc::test::CliRunner m_cli;
    BulkServer m_bulk;
};

void TestCliLists::initTestCase()
{
    ZC_REQUIRE_SECRET_SERVICE();
    QVERIFY2(QFile::exists(m_cli.binary()), "ZC_CLI_BIN must name the built zhaocai-cli");
    QVERIFY(m_cli.freshHome());
    QString error;
    QVERIFY2(m_bulk.start(&error), qPrintable(error));
    QVERIFY(signIn(UnitLogin));
    // More than a page of audit events, and a role held by 120 handlers.
    QByteArray csv = "role,account\n";
    for (int h = 100; h < 220; ++h)
        csv += (roleName(1) + QLatin1Char(',') + phone(h) + QLatin1Char('\n')).toUtf8();
    const CliRun r = cli(m_bulk.args() << QStringLiteral("assign") << QStringLiteral("--from")
                                       << writeFile(QStringLiteral("setup.csv"), csv));
    QVERIFY2(r.exitCode == 0, r.describe());
}

void TestCliLists::everyListFollowsPagesWithAll()
{
    const auto totalOf = [this](const QString &path, const QUrlQuery &query = {}) {
        return m_bulk.api(path, query).value(QLatin1String("total")).toInt();
    };
    struct Case
    {
        QStringList args;
        int total;
    };
    const qint64 rid = m_bulk.roleId(roleName(1));
    const QList<Case> cases{
        {{QStringLiteral("roles")}, totalOf(QStringLiteral("/roles"))},
        {{QStringLiteral("handlers")}, totalOf(QStringLiteral("/handlers"))},
        {{QStringLiteral("role-accounts"), QString::number(rid), QStringLiteral("--unassigned")},
         totalOf(QStringLiteral("/roles/%1/accounts").arg(rid), QUrlQuery{{QStringLiteral("assigned"), QStringLiteral("false")}})},
        {{QStringLiteral("audit")}, totalOf(QStringLiteral("/audit-events"))},
    };
    for (const Case &c : cases) {
        QVERIFY2(c.total > 100, qPrintable(c.args.join(QLatin1Char(' '))));
        const CliRun r = cli(m_bulk.args() << QStringLiteral("--json") << c.args << QStringLiteral("--all"));
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonArray items = r.jsonArray();
        QCOMPARE(items.size(), c.total);
        QSet<qint64> seen;
        for (const QJsonValue &v : items)
            seen.insert(v.toObject().value(QLatin1String("id")).toInteger());
        QCOMPARE(seen.size(), c.total);   // each once
    }
    // One table and the count, in words.
    const CliRun table = cli(m_bulk.args() << QStringLiteral("roles") << QStringLiteral("--all"));
    QVERIFY2(table.exitCode == 0, table.describe());
    QVERIFY(table.out.contains(roleName(1)) && table.out.contains(roleName(Roles)));
    QVERIFY2(table.out.contains(QStringLiteral("%1 in all.").arg(cases.at(0).total)), table.describe());
    // Filters still apply; --all goes with no --page or --size.
    const CliRun filtered = cli(m_bulk.args() << QStringLiteral("--json") << QStringLiteral("handlers") << QStringLiteral("--q")
                                         << QStringLiteral("李娜") << QStringLiteral("--all"));
    QCOMPARE(filtered.jsonArray().size(), 2);
    QCOMPARE(cli(m_bulk.args() << QStringLiteral("roles") << QStringLiteral("--all") << QStringLiteral("--size")
                          << QStringLiteral("5")).exitCode,
             2);
}

void TestCliLists::exportsRoleAccountsAndAuditLog()
{
    const qint64 rid = m_bulk.roleId(FormulaRole);
    QVERIFY(rid > 0);
    const CliRun assigned = cli(m_bulk.args() << QStringLiteral("assign") << FormulaRole << FormulaPhone << phone(30));
    QVERIFY2(assigned.exitCode == 0, assigned.describe());

    // Role accounts, as CSV: the role's name and the handler's name would run
    // as formulas in a spreadsheet, and are written as text.
    const QString path = m_cli.homeFile(QStringLiteral("role-accounts.csv"));
    const CliRun exported = cli(m_bulk.args() << QStringLiteral("--json") << QStringLiteral("export")
                                         << QStringLiteral("role-accounts") << QString::number(rid)
                                         << QStringLiteral("--bom") << QStringLiteral("-o") << path);
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QCOMPARE(exported.json().value(QLatin1String("exported")).toInt(), 2);
    QCOMPARE(exported.json().value(QLatin1String("source")).toString(), QStringLiteral("server"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const auto records = zc::Csv::parse(bytes);
    QVERIFY(records);
    QCOMPARE(records->size(), 3);
    const QStringList header = records->at(0).fields;
    QCOMPARE(header.mid(0, 4), (QStringList{QStringLiteral("role_id"), QStringLiteral("role_name"),
                                            QStringLiteral("assigned"), QStringLiteral("id")}));
    const qsizetype nameColumn = header.indexOf(QStringLiteral("name"));
    QStringList names;
    for (qsizetype i = 1; i < records->size(); ++i) {
        const QStringList &row = records->at(i).fields;
        QCOMPARE(row.at(0), QString::number(rid));
        QCOMPARE(row.at(1), QStringLiteral("'") + FormulaRole);   // neutralised
        QCOMPARE(row.at(2), QStringLiteral("true"));
        names << row.at(nameColumn);
    }
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("'=1+1"), handlerName(30)}));
    for (const QByteArray &line : bytes.split('\n')) {
        for (const QByteArray &cell : line.split(','))
            QVERIFY2(!cell.startsWith('=') && !cell.startsWith('+') && !cell.startsWith('@'), line.constData());
    }
    // The unassigned ones (every page), as JSON on stdout.
    const CliRun others = cli(m_bulk.args() << QStringLiteral("export") << QStringLiteral("role-accounts")
                                       << QString::number(rid) << QStringLiteral("--unassigned") << QStringLiteral("--format")
                                       << QStringLiteral("json"));
    QVERIFY2(others.exitCode == 0, others.describe());
    QCOMPARE(others.jsonArray().size(), m_bulk.api(QStringLiteral("/roles/%1/accounts").arg(rid),
                                            QUrlQuery{{QStringLiteral("assigned"), QStringLiteral("false")}})
                                            .value(QLatin1String("total")).toInt());

    // The audit log with the audit command's filters: every page, as CSV and JSON.
    const QUrlQuery assigns{{QStringLiteral("action"), QStringLiteral("role.assign")}};
    const int total = m_bulk.api(QStringLiteral("/audit-events"), assigns).value(QLatin1String("total")).toInt();
    QVERIFY(total > 100);
    const CliRun json = cli(m_bulk.args() << QStringLiteral("--json") << QStringLiteral("export") << QStringLiteral("audit")
                                     << QStringLiteral("--action") << QStringLiteral("role.assign") << QStringLiteral("--all"));
    QVERIFY2(json.exitCode == 0, json.describe());
    QCOMPARE(json.jsonArray().size(), total);
    for (const QJsonValue &v : json.jsonArray())
        QCOMPARE(v.toObject().value(QLatin1String("action")).toString(), QStringLiteral("role.assign"));
    const CliRun csv = cli(m_bulk.args() << QStringLiteral("export") << QStringLiteral("audit") << QStringLiteral("--action")
                                    << QStringLiteral("role.assign") << QStringLiteral("--from")
                                    << QDate::currentDate().addDays(-1).toString(Qt::ISODate));
    QVERIFY2(csv.exitCode == 0, csv.describe());
    const auto events = zc::Csv::parse(csv.out.toUtf8());
    QVERIFY(events);
    QCOMPARE(events->size(), total + 1);
    QCOMPARE(events->at(0).fields.mid(0, 6),
             (QStringList{QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor_id"),
                          QStringLiteral("actor_name"), QStringLiteral("actor_type"), QStringLiteral("action")}));
    QCOMPARE(events->at(1).fields.at(5), QStringLiteral("role.assign"));
    // Filters of another list do not belong.
    QCOMPARE(cli(m_bulk.args() << QStringLiteral("export") << QStringLiteral("audit") << QStringLiteral("--q")
                          << QStringLiteral("x")).exitCode,
             2);
    QCOMPARE(cli(m_bulk.args() << QStringLiteral("export") << QStringLiteral("role-accounts")).exitCode, 2);
}

void TestCliLists::unreachableServerShowsTheCache()
{
    // An account that has synced here, and one that has not.
    QVERIFY(signIn(QStringLiteral("nmg_hosp")));
    QVERIFY(signIn(UnitLogin));
    const CliRun synced = cli(m_bulk.args() << QStringLiteral("--json") << QStringLiteral("sync"));
    QVERIFY2(synced.exitCode == 0, synced.describe());
    const QString cachePath = synced.json().value(QLatin1String("cache")).toString();
    QVERIFY(QFile::exists(cachePath));

    const qint64 rid = m_bulk.roleId(roleName(1));
    const QList<QStringList> queries{
        {QStringLiteral("roles"), QStringLiteral("--name"), QStringLiteral("批量"), QStringLiteral("--page"),
         QStringLiteral("2"), QStringLiteral("--size"), QStringLiteral("5")},
        {QStringLiteral("handlers"), QStringLiteral("--q"), QStringLiteral("李娜")},
        {QStringLiteral("handlers"), QStringLiteral("--page"), QStringLiteral("3"), QStringLiteral("--size"),
         QStringLiteral("7")},
        {QStringLiteral("role-accounts"), QString::number(rid), QStringLiteral("--unassigned"), QStringLiteral("--size"),
         QStringLiteral("9"), QStringLiteral("--page"), QStringLiteral("2")},
        {QStringLiteral("role-accounts"), QString::number(rid), QStringLiteral("--login"), QStringLiteral("1350000015")},
        // Also keeps the events it shows in the cache, for the offline read below.
        {QStringLiteral("audit"), QStringLiteral("--action"), QStringLiteral("role.assign"), QStringLiteral("--size"),
         QStringLiteral("20")},
    };
    QList<QJsonObject> online;
    for (const QStringList &q : queries) {
        const CliRun r = cli(m_bulk.args() << QStringLiteral("--json") << q);
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(!r.json().value(QLatin1String("items")).toArray().isEmpty());
        QVERIFY(!r.json().contains(QLatin1String("source")));
        online << r.json();
    }
    const int roleCount = m_bulk.api(QStringLiteral("/roles")).value(QLatin1String("total")).toInt();
    // A 404 is an answer: no cache.
    const CliRun notFound = cli(m_bulk.args() << QStringLiteral("role-accounts") << QStringLiteral("999999"));
    QCOMPARE(notFound.exitCode, 1);
    QVERIFY(!notFound.err.contains(QStringLiteral("local cache")));

    // A certificate this computer does not trust: described, and the cache shown.
    const CliRun untrusted = cli({QStringLiteral("--server"), m_bulk.server().baseUrl().toString(), QStringLiteral("roles"),
                                  QStringLiteral("--all")});
    QVERIFY2(untrusted.exitCode == 0, untrusted.describe());
    QVERIFY2(untrusted.err.contains(QStringLiteral("untrusted issuer")), untrusted.describe());
    QVERIFY2(untrusted.err.contains(QStringLiteral("showing the local cache")), untrusted.describe());
    QVERIFY(untrusted.out.contains(roleName(Roles)));

    // The cache was synced seven minutes ago.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bulk-cache"));
        db.setDatabaseName(cachePath);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("UPDATE sync_state SET last_full_sync_at = ?, last_incremental_sync_at = NULL")));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch() - 7 * 60 * 1000 - 5000);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bulk-cache"));

    m_bulk.server().stop();
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const CliRun r = cli(m_bulk.args() << QStringLiteral("--json") << queries.at(i));
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonObject cached = r.json();
        // The same rows, filtered and paged as the server did.
        QCOMPARE(ids(cached.value(QLatin1String("items")).toArray()),
                 ids(online.at(i).value(QLatin1String("items")).toArray()));
        QCOMPARE(cached.value(QLatin1String("page")).toInt(), online.at(i).value(QLatin1String("page")).toInt());
        QCOMPARE(cached.value(QLatin1String("source")).toString(), QStringLiteral("cache"));
        if (queries.at(i).constFirst() != QLatin1String("audit"))   // the cache keeps only the events it was shown
            QCOMPARE(cached.value(QLatin1String("total")).toInt(), online.at(i).value(QLatin1String("total")).toInt());
        const QJsonObject notice = r.errJson().value(QLatin1String("notice")).toObject();
        QCOMPARE(notice.value(QLatin1String("code")).toString(), QStringLiteral("offline_cache"));
        QCOMPARE(notice.value(QLatin1String("cause")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("network_error"));
        if (queries.at(i).constFirst() != QLatin1String("audit"))
            QVERIFY2(notice.value(QLatin1String("age_seconds")).toInteger() >= 7 * 60, r.describe());
    }
    // In words, on stderr, with the cache's age; the rows on stdout.
    const CliRun text = cli(m_bulk.args() << QStringLiteral("roles") << QStringLiteral("--all"));
    QVERIFY2(text.exitCode == 0, text.describe());
    QVERIFY2(text.err.contains(QStringLiteral("The server cannot be reached; showing the local cache (synced 7 minute")),
             text.describe());
    QVERIFY(text.out.contains(roleName(Roles)));
    QVERIFY2(text.out.contains(QStringLiteral("%1 in all.").arg(roleCount)), text.describe());
    // Exports too.
    const CliRun exported = cli(m_bulk.args() << QStringLiteral("export") << QStringLiteral("roles"));
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QCOMPARE(zc::Csv::parse(exported.out.toUtf8())->size(), roleCount + 1);
    QVERIFY(exported.err.contains(QStringLiteral("showing the local cache")));
    // No cache of that account here: the network error, as before.
    const CliRun none = cli(m_bulk.args() << QStringLiteral("--as") << QStringLiteral("nmg_hosp") << QStringLiteral("roles"));
    QCOMPARE(none.exitCode, 3);
    QVERIFY2(none.err.contains(QStringLiteral("network_error")), none.describe());
    QVERIFY(none.out.isEmpty());
    // Writes never fall back.
    QCOMPARE(cli(m_bulk.args() << QStringLiteral("assign") << roleName(1) << phone(1)).exitCode, 3);

    QVERIFY2(m_bulk.server().restart(), qPrintable(m_bulk.server().errorString()));
    // --cache needs no session: after logout the cache is still there to export.
    QCOMPARE(cli(m_bulk.args() << QStringLiteral("logout")).exitCode, 0);
    const CliRun cachedExport = cli(m_bulk.args() << QStringLiteral("--as") << UnitLogin << QStringLiteral("export")
                                             << QStringLiteral("roles") << QStringLiteral("--cache"));
    QVERIFY2(cachedExport.exitCode == 0, cachedExport.describe());
    QCOMPARE(zc::Csv::parse(cachedExport.out.toUtf8())->size(), roleCount + 1);
    QVERIFY(cachedExport.err.isEmpty());
    QCOMPARE(cli(m_bulk.args() << QStringLiteral("--as") << UnitLogin << QStringLiteral("export") << QStringLiteral("roles"))
                 .exitCode,
             4);   // from the server it needs the session
}

QTEST_GUILESS_MAIN(TestCliLists)
#include "tst_cli_lists.moc"
