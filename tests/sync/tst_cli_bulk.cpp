// zhaocai-cli's assign / unassign against a real zhaocai-server (BulkServer):
// accounts by id, phone, login and name, roles by id and name, ambiguous and
// unknown names, --from CSV files (and the reader behind them), --dry-run,
// idempotence, and the requests it takes to resolve them, counted in the
// server's request log.
#include "BulkServer.h"
#include "CliRunner.h"
#include "SecretService.h"

#include "models/Csv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using CliRun = zc::test::CliRunner::Run;
using namespace zc::test::bulk;

class TestCliBulk : public QObject
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

private Q_SLOTS:
    void initTestCase();
    void csvReaderFollowsRfc4180();
    void assignByPhoneLoginNameAndId();
    void oneArgumentInALargeUnitIsSearchedNotListed();
    void withoutBasicAccountsTheRoleListsStandIn();
    void ambiguousNameIsAnErrorAndAppliesNothing();
    void fromCsvReportsEachRowAndDryRunChangesNothing();
    void thousandRowsTakeAFewLookups();
    void offboardNamesTheHandlerAndItsRoles();

private:
    zc::test::CliRunner m_cli;
    BulkServer m_bulk;
};

void TestCliBulk::initTestCase()
{
    ZC_REQUIRE_SECRET_SERVICE();
    QVERIFY2(QFile::exists(m_cli.binary()), "ZC_CLI_BIN must name the built zhaocai-cli");
    QVERIFY(m_cli.freshHome());
    QString error;
    QVERIFY2(m_bulk.start(&error), qPrintable(error));
    QVERIFY(signIn(UnitLogin));
}

void TestCliBulk::csvReaderFollowsRfc4180()
{
    using zc::Csv::ParseError;
    // A byte-order mark, CRLF, a quoted comma, a doubled quote, a line break
    // inside quotes, an empty line, a last line without its line end.
    const QByteArray text = QByteArray("\xEF\xBB\xBF") + QStringLiteral("role,account\r\n\"采购,审核\",张三\r\n"
                                                                        "\r\n\"说 \"\"好\"\"\",\"两\r\n行\"\r\nx,\n"
                                                                        "last,row").toUtf8();
    ParseError error;
    const auto records = zc::Csv::parse(text, &error);
    QVERIFY(records);
    QCOMPARE(error.kind, ParseError::Kind::None);
    QCOMPARE(records->size(), 5);
    QCOMPARE(records->at(0).fields, (QStringList{QStringLiteral("role"), QStringLiteral("account")}));
    QCOMPARE(records->at(0).line, 1);
    QCOMPARE(records->at(1).fields, (QStringList{CommaRole, QStringLiteral("张三")}));
    QCOMPARE(records->at(2).fields, (QStringList{QStringLiteral("说 \"好\""), QStringLiteral("两\r\n行")}));
    QCOMPARE(records->at(2).line, 4);   // after the empty line 3
    QCOMPARE(records->at(3).fields, (QStringList{QStringLiteral("x"), QString()}));
    QCOMPARE(records->at(3).line, 6);
    QCOMPARE(records->at(4).fields, (QStringList{QStringLiteral("last"), QStringLiteral("row")}));
    QCOMPARE(records->at(4).line, 7);
    // LF only, and a lone CR, read the same; no mark is fine too.
    QCOMPARE(zc::Csv::parse("a,b\nc,d\n")->size(), 2);
    QCOMPARE(zc::Csv::parse("a,b\rc,d")->at(1).fields, (QStringList{QStringLiteral("c"), QStringLiteral("d")}));
    // What a writer of this project writes, this reads back.
    const QStringList fields{QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral(" padded "), QStringLiteral("a,b")};
    QCOMPARE(zc::Csv::parse(zc::Csv::record(fields).toUtf8())->at(0).fields,
             (QStringList{QStringLiteral("'=HYPERLINK(\"x\")"), QStringLiteral(" padded "), QStringLiteral("a,b")}));

    // Errors, with their line.
    QVERIFY(!zc::Csv::parse("a,b\n\"open,c\n", &error));
    QCOMPARE(error.kind, ParseError::Kind::UnclosedQuote);
    QCOMPARE(error.line, 2);
    QVERIFY(!zc::Csv::parse("a,b\nc,\"d\"e\n", &error));
    QCOMPARE(error.kind, ParseError::Kind::TextAfterQuote);
    QCOMPARE(error.line, 2);
    QVERIFY(!zc::Csv::parse("a,b\nc,d\"e\n", &error));
    QCOMPARE(error.kind, ParseError::Kind::QuoteInField);
    QVERIFY(!zc::Csv::parse("a,b\n\xC3\x28,x\n", &error));
    QCOMPARE(error.kind, ParseError::Kind::NotUtf8);
    QCOMPARE(error.line, 2);
    QVERIFY(zc::Csv::parse(QByteArray())->isEmpty());
}

void TestCliBulk::assignByPhoneLoginNameAndId()
{
    const QString role = roleName(101);
    const qint64 rid = m_bulk.roleId(role);
    QVERIFY(rid > 0);
    const QJsonObject byPhone = m_bulk.handler(phone(1));
    const QJsonObject byName = m_bulk.handler(phone(2));
    const QJsonObject byId = m_bulk.handler(phone(3));
    const QJsonObject byLogin = m_bulk.handler(phone(4));
    QVERIFY(!byLogin.value(QLatin1String("login")).toString().isEmpty());
    const qint64 idOf3 = byId.value(QLatin1String("id")).toInteger();

    // The role by name; the accounts by phone, name, id and login.
    const CliRun r = cli(m_bulk.args() << QStringLiteral("--json") << QStringLiteral("assign") << role << phone(1)
                                  << handlerName(2) << QString::number(idOf3)
                                  << byLogin.value(QLatin1String("login")).toString());
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().value(QLatin1String("role_id")).toInteger(), rid);
    const QSet<qint64> expected{byPhone.value(QLatin1String("id")).toInteger(),
                                byName.value(QLatin1String("id")).toInteger(), idOf3,
                                byLogin.value(QLatin1String("id")).toInteger()};
    QSet<qint64> changed;
    for (const QJsonValue &v : r.json().value(QLatin1String("changed")).toArray())
        changed.insert(v.toInteger());
    QCOMPARE(changed, expected);
    QCOMPARE(m_bulk.holders(rid), expected);

    // --dry-run: what would change, and nothing does.
    const CliRun dry = cli(m_bulk.args() << QStringLiteral("--json") << QStringLiteral("unassign") << role << phone(1)
                                    << QStringLiteral("--dry-run"));
    QVERIFY2(dry.exitCode == 0, dry.describe());
    QCOMPARE(dry.json().value(QLatin1String("dry_run")).toBool(), true);
    QCOMPARE(dry.json().value(QLatin1String("changed")).toArray(),
             QJsonArray{byPhone.value(QLatin1String("id")).toInteger()});
    QCOMPARE(m_bulk.holders(rid), expected);

    // The role by id, the account by name: taken back; again: nothing to take.
    const CliRun un = cli(m_bulk.args() << QStringLiteral("--json") << QStringLiteral("unassign") << QString::number(rid)
                                   << handlerName(2));
    QVERIFY2(un.exitCode == 0, un.describe());
    QCOMPARE(un.json().value(QLatin1String("changed")).toArray(),
             QJsonArray{byName.value(QLatin1String("id")).toInteger()});
    QVERIFY(!m_bulk.holders(rid).contains(byName.value(QLatin1String("id")).toInteger()));
    QCOMPARE(m_bulk.holders(rid).size(), 3);
    const CliRun again = cli(m_bulk.args() << QStringLiteral("unassign") << role << handlerName(2));
    QVERIFY2(again.exitCode == 0, again.describe());
    QVERIFY2(again.out.contains(QStringLiteral("did not hold it: %1").arg(byName.value(QLatin1String("id")).toInteger())),
             again.describe());

    // An unknown role is the command's error; nothing is tried.
    const CliRun unknownRole = cli(m_bulk.args() << QStringLiteral("--json") << QStringLiteral("assign")
                                            << QStringLiteral("没有这个角色") << phone(5));
    QCOMPARE(unknownRole.exitCode, 1);
    QCOMPARE(unknownRole.errJson().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("not_found"));
    // An unknown account fails alone (exit 7: some failed), the other is assigned.
    const CliRun partly = cli(m_bulk.args() << QStringLiteral("--json") << QStringLiteral("assign") << role
                                       << QStringLiteral("没有这个人") << phone(5));
    QCOMPARE(partly.exitCode, 7);
    QCOMPARE(partly.json().value(QLatin1String("changed")).toArray(),
             QJsonArray{m_bulk.handler(phone(5)).value(QLatin1String("id")).toInteger()});
    const QJsonObject failed = partly.json().value(QLatin1String("failed")).toArray().first().toObject();
    QCOMPARE(failed.value(QLatin1String("account")).toString(), QStringLiteral("没有这个人"));
    QCOMPARE(failed.value(QLatin1String("code")).toString(), QStringLiteral("not_found"));
    QVERIFY(failed.value(QLatin1String("account_id")).isNull());
}

void TestCliBulk::oneArgumentInALargeUnitIsSearchedNotListed()
{
    // More than two pages of handlers and one account named: the first page
    // and one search, not every page.
    const QString role = roleName(102);
    const qint64 rid = m_bulk.roleId(role);
    const qsizetype mark = m_bulk.mark();
    const CliRun r = cli(m_bulk.args() << QStringLiteral("--json") << QStringLiteral("assign") << role << phone(150));
    QVERIFY2(r.exitCode == 0, r.describe());
    // (Counted before the test asks the server anything itself.)
    QCOMPARE(m_bulk.requests(mark, QStringLiteral("GET"), QStringLiteral("/handlers")), 2);
    QCOMPARE(m_bulk.requests(mark, QStringLiteral("PUT"), QStringLiteral("/roles/\\d+/accounts/\\d+")), 1);
    const qint64 target = m_bulk.handler(phone(150)).value(QLatin1String("id")).toInteger();
    QCOMPARE(m_bulk.holders(rid), QSet<qint64>{target});

    // An id cannot be searched for: its role's holders tell whether it already holds it.
    const qsizetype mark2 = m_bulk.mark();
    const CliRun byId = cli(m_bulk.args() << QStringLiteral("--json") << QStringLiteral("assign") << role
                                     << QString::number(target));
    QVERIFY2(byId.exitCode == 0, byId.describe());
    QCOMPARE(byId.json().value(QLatin1String("unchanged")).toArray(), QJsonArray{target});
    QCOMPARE(m_bulk.requests(mark2, QStringLiteral("PUT"), QStringLiteral("/roles/\\d+/accounts/\\d+")), 0);
    const CliRun noSuchId = cli(m_bulk.args() << QStringLiteral("--json") << QStringLiteral("assign") << role
                                         << QStringLiteral("987654"));
    QCOMPARE(noSuchId.exitCode, 7);
    QCOMPARE(noSuchId.json().value(QLatin1String("failed")).toArray().first().toObject()
                 .value(QLatin1String("code")).toString(),
             QStringLiteral("not_found"));   // the server's answer
    QCOMPARE(m_bulk.holders(rid), QSet<qint64>{target});
}

void TestCliBulk::withoutBasicAccountsTheRoleListsStandIn()
{
    // GET /handlers is forbidden to this handler; the role's 已分配 and 未分配
    // lists (basic.roles, which assigning needs anyway) name the handlers. It
    // can only grant what it holds: its own role.
    QVERIFY(signIn(RolesOnlyPhone));
    QVERIFY(signIn(UnitLogin));   // the remembered one again; this test names its login
    const QStringList as{QStringLiteral("--as"), RolesOnlyPhone};
    const qint64 rid = m_bulk.roleId(RolesOnlyRole);
    const CliRun forbidden = cli(m_bulk.args() << as << QStringLiteral("handlers"));
    QCOMPARE(forbidden.exitCode, 5);   // a 403 is an answer: no cache, no fallback
    const qsizetype mark = m_bulk.mark();
    const CliRun r = cli(m_bulk.args() << as << QStringLiteral("--json") << QStringLiteral("assign") << RolesOnlyRole
                                  << phone(40) << handlerName(41));
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(m_bulk.requests(mark, QStringLiteral("GET"), QStringLiteral("/handlers")), 1);
    QVERIFY(m_bulk.requests(mark, QStringLiteral("GET"), QStringLiteral("/roles/\\d+/accounts")) >= 2);
    QCOMPARE(m_bulk.holders(rid), (QSet<qint64>{m_bulk.handler(RolesOnlyPhone).value(QLatin1String("id")).toInteger(),
                                         m_bulk.handler(phone(40)).value(QLatin1String("id")).toInteger(),
                                         m_bulk.handler(phone(41)).value(QLatin1String("id")).toInteger()}));
}

void TestCliBulk::ambiguousNameIsAnErrorAndAppliesNothing()
{
    const QString role = roleName(103);
    const qint64 rid = m_bulk.roleId(role);
    const CliRun r = cli(m_bulk.args() << QStringLiteral("--json") << QStringLiteral("assign") << role
                                  << QStringLiteral("李娜") << phone(10));
    QCOMPARE(r.exitCode, 7);
    const QJsonArray failed = r.json().value(QLatin1String("failed")).toArray();
    QCOMPARE(failed.size(), 1);
    const QJsonObject f = failed.first().toObject();
    QCOMPARE(f.value(QLatin1String("code")).toString(), QStringLiteral("ambiguous"));
    QStringList logins;
    for (const QJsonValue &c : f.value(QLatin1String("candidates")).toArray()) {
        logins << c.toObject().value(QLatin1String("login")).toString();
        QCOMPARE(c.toObject().value(QLatin1String("name")).toString(), QStringLiteral("李娜"));
    }
    logins.sort();
    QCOMPARE(logins, (QStringList{m_bulk.handler(TwinA).value(QLatin1String("login")).toString(),
                                  m_bulk.handler(TwinB).value(QLatin1String("login")).toString()}));
    // Neither 李娜 got it; the other account did.
    QCOMPARE(m_bulk.holders(rid), QSet<qint64>{m_bulk.handler(phone(10)).value(QLatin1String("id")).toInteger()});

    // In words: both candidates named, with login and name.
    const CliRun text = cli(m_bulk.args() << QStringLiteral("unassign") << role << QStringLiteral("李娜"));
    QCOMPARE(text.exitCode, 7);
    QVERIFY2(text.err.contains(TwinA + QStringLiteral(" 李娜")) && text.err.contains(TwinB + QStringLiteral(" 李娜")),
             text.describe());
    QVERIFY2(text.err.contains(QStringLiteral("[ambiguous]")), text.describe());
}

void TestCliBulk::fromCsvReportsEachRowAndDryRunChangesNothing()
{
    const QString role = roleName(104);
    const qint64 rid = m_bulk.roleId(role);
    const qint64 commaId = m_bulk.roleId(CommaRole);
    QVERIFY(rid > 0 && commaId > 0);
    // UTF-8 with a byte-order mark and CRLF, as Excel saves it; a quoted
    // role name with a comma; an unknown role, an ambiguous name and a row
    // of one field among good rows.
    const QByteArray csv = QByteArray("\xEF\xBB\xBF")
                           + (QStringLiteral("role,account\r\n\"%1\",%2\r\n%3,\"%4\"\r\n不存在的角色,%5\r\n"
                                             "%3,李娜\r\n%3\r\n%3,%6\r\n")
                                  .arg(CommaRole, phone(20), role, handlerName(21), phone(22),
                                       phone(23)))
                                 .toUtf8();
    const QString file = writeFile(QStringLiteral("rows.csv"), csv);
    QVERIFY(!file.isEmpty());

    const CliRun dry = cli(m_bulk.args() << QStringLiteral("--json") << QStringLiteral("assign") << QStringLiteral("--from")
                                    << file << QStringLiteral("--dry-run"));
    QCOMPARE(dry.exitCode, 7);
    const QJsonArray planned = dry.jsonArray();
    QCOMPARE(planned.size(), 6);
    QStringList results;
    for (const QJsonValue &v : planned)
        results << v.toObject().value(QLatin1String("result")).toString();
    QCOMPARE(results, (QStringList{QStringLiteral("would_assign"), QStringLiteral("would_assign"), QStringLiteral("error"),
                                   QStringLiteral("error"), QStringLiteral("error"), QStringLiteral("would_assign")}));
    QCOMPARE(planned.at(0).toObject().value(QLatin1String("row")).toInt(), 2);
    QCOMPARE(planned.at(0).toObject().value(QLatin1String("role")).toString(), CommaRole);
    QCOMPARE(planned.at(0).toObject().value(QLatin1String("role_id")).toInteger(), commaId);
    QCOMPARE(planned.at(2).toObject().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("not_found"));
    QCOMPARE(planned.at(3).toObject().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("ambiguous"));
    QCOMPARE(planned.at(3).toObject().value(QLatin1String("error")).toObject()
                 .value(QLatin1String("candidates")).toArray().size(),
             2);
    QCOMPARE(planned.at(4).toObject().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("invalid_row"));
    QCOMPARE(planned.at(5).toObject().value(QLatin1String("row")).toInt(), 7);
    // A dry run changes nothing on the server.
    QVERIFY(m_bulk.holders(rid).isEmpty());
    QVERIFY(m_bulk.holders(commaId).isEmpty());

    const CliRun run = cli(m_bulk.args() << QStringLiteral("--json") << QStringLiteral("assign") << QStringLiteral("--from")
                                    << file);
    QCOMPARE(run.exitCode, 7);   // some rows failed, the others were applied
    results.clear();
    for (const QJsonValue &v : run.jsonArray())
        results << v.toObject().value(QLatin1String("result")).toString();
    QCOMPARE(results, (QStringList{QStringLiteral("assigned"), QStringLiteral("assigned"), QStringLiteral("error"),
                                   QStringLiteral("error"), QStringLiteral("error"), QStringLiteral("assigned")}));
    QCOMPARE(m_bulk.holders(commaId), QSet<qint64>{m_bulk.handler(phone(20)).value(QLatin1String("id")).toInteger()});
    QCOMPARE(m_bulk.holders(rid), (QSet<qint64>{m_bulk.handler(phone(21)).value(QLatin1String("id")).toInteger(),
                                         m_bulk.handler(phone(23)).value(QLatin1String("id")).toInteger()}));

    // Again: idempotent, the good rows are already assigned.
    const CliRun again = cli(m_bulk.args() << QStringLiteral("assign") << QStringLiteral("--from") << file);
    QCOMPARE(again.exitCode, 7);
    QCOMPARE(again.out.count(QStringLiteral("already assigned")), 3 + 1);   // three rows and the tally
    QVERIFY2(again.out.contains(QStringLiteral("0 assigned, 3 already assigned, 3 failed.")), again.describe());
    const QString good = writeFile(QStringLiteral("good.csv"),
                                   QStringLiteral("account,role\n%1,%2\n").arg(phone(21), role).toUtf8());
    const CliRun clean = cli(m_bulk.args() << QStringLiteral("--json") << QStringLiteral("assign") << QStringLiteral("--from")
                                      << good);
    QVERIFY2(clean.exitCode == 0, clean.describe());
    QCOMPARE(clean.jsonArray().first().toObject().value(QLatin1String("result")).toString(),
             QStringLiteral("already_assigned"));

    // unassign --from takes the same file; a file that is not CSV is a usage error.
    const CliRun taken = cli(m_bulk.args() << QStringLiteral("--json") << QStringLiteral("unassign") << QStringLiteral("--from")
                                      << good);
    QVERIFY2(taken.exitCode == 0, taken.describe());
    QCOMPARE(taken.jsonArray().first().toObject().value(QLatin1String("result")).toString(), QStringLiteral("unassigned"));
    QCOMPARE(m_bulk.holders(rid), QSet<qint64>{m_bulk.handler(phone(23)).value(QLatin1String("id")).toInteger()});
    const QString broken = writeFile(QStringLiteral("broken.csv"), "role,account\n\"open,x\n");
    const CliRun bad = cli(m_bulk.args() << QStringLiteral("assign") << QStringLiteral("--from") << broken);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("line 2")), bad.describe());
    const QString headerless = writeFile(QStringLiteral("headerless.csv"), "a,b\n");
    QCOMPARE(cli(m_bulk.args() << QStringLiteral("assign") << QStringLiteral("--from") << headerless).exitCode, 2);
    QCOMPARE(cli(m_bulk.args() << QStringLiteral("assign") << role << phone(1) << QStringLiteral("--from") << good).exitCode,
             2);
}

void TestCliBulk::thousandRowsTakeAFewLookups()
{
    // 10 roles x 100 handlers, by name and phone: 1,000 rows.
    QByteArray csv = "role,account\r\n";
    for (int r = 1; r <= 10; ++r) {
        for (int h = 100; h < 200; ++h)
            csv += (roleName(r) + QLatin1Char(',') + phone(h) + QStringLiteral("\r\n")).toUtf8();
    }
    const QString file = writeFile(QStringLiteral("thousand.csv"), csv);
    const int handlerCount = m_bulk.api(QStringLiteral("/handlers")).value(QLatin1String("total")).toInt();
    QVERIFY(handlerCount > 200);
    const qsizetype mark = m_bulk.mark();
    QElapsedTimer timer;
    timer.start();
    const CliRun r = cli(m_bulk.args() << QStringLiteral("--json") << QStringLiteral("assign") << QStringLiteral("--from")
                                  << file);
    qInfo("1,000 rows assigned in %lld ms", timer.elapsed());
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonArray rows = r.jsonArray();
    QCOMPARE(rows.size(), 1000);
    for (const QJsonValue &v : rows)
        QCOMPARE(v.toObject().value(QLatin1String("result")).toString(), QStringLiteral("assigned"));
    // The lookups: every page of handlers (3) and of roles (2) once; then one write per row.
    const int handlerPages = (handlerCount + 99) / 100;
    QCOMPARE(m_bulk.requests(mark, QStringLiteral("GET"), QStringLiteral("/handlers")), handlerPages);
    QCOMPARE(m_bulk.requests(mark, QStringLiteral("GET"), QStringLiteral("/roles")), 2);
    QCOMPARE(m_bulk.requests(mark, QStringLiteral("GET"), QStringLiteral("/roles/\\d+/accounts")), 0);
    QCOMPARE(m_bulk.requests(mark, QStringLiteral("PUT"), QStringLiteral("/roles/\\d+/accounts/\\d+")), 1000);
    QCOMPARE(m_bulk.holders(m_bulk.roleId(roleName(1))).size(), 100);
    QCOMPARE(m_bulk.holders(m_bulk.roleId(roleName(10))).size(), 100);
}


// 离职处理 from the command line: the handler as for assign, a question that
// names each role, --yes for scripts, and what the server did (text and JSON).
void TestCliBulk::offboardNamesTheHandlerAndItsRoles()
{
    const QString who = phone(200);
    const qint64 id = m_bulk.handler(who).value(QLatin1String("id")).toInteger();
    const QString roleA = roleName(90);
    const QString roleB = roleName(91);
    for (const QString &role : {roleA, roleB})
        QCOMPARE(cli(m_bulk.args() << QStringLiteral("assign") << role << who).exitCode, 0);

    // Ambiguous and unknown handlers are refused before anything is asked; nothing changes.
    const CliRun twins = cli(m_bulk.args() << QStringLiteral("offboard") << QStringLiteral("李娜")
                                           << QStringLiteral("--yes"));
    QCOMPARE(twins.exitCode, 2);
    QVERIFY2(twins.err.contains(TwinA) && twins.err.contains(TwinB), twins.describe());
    QCOMPARE(m_bulk.handler(TwinA).value(QLatin1String("status")).toString(), QStringLiteral("active"));
    const CliRun unknown = cli(m_bulk.args() << QStringLiteral("--json") << QStringLiteral("offboard")
                                             << QStringLiteral("19900000000") << QStringLiteral("--yes"));
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(unknown.errorCode(), QStringLiteral("not_found"));

    // Not on a terminal and no --yes: the question names both roles, and the answer is no.
    const CliRun asked = cli(m_bulk.args() << QStringLiteral("offboard") << who);
    QCOMPARE(asked.exitCode, 2);
    QVERIFY2(asked.err.contains(roleA) && asked.err.contains(roleB) && asked.err.contains(QStringLiteral("--yes")),
             asked.describe());
    QCOMPARE(m_bulk.handler(who).value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QVERIFY(m_bulk.holders(m_bulk.roleId(roleA)).contains(id));

    const CliRun done = cli(m_bulk.args() << QStringLiteral("--json") << QStringLiteral("offboard") << who
                                          << QStringLiteral("--yes"));
    QCOMPARE(done.exitCode, 0);
    const QJsonObject o = done.json();
    QCOMPARE(o.value(QLatin1String("already_offboarded")).toBool(true), false);
    QStringList removed;
    for (const QJsonValue &v : o.value(QLatin1String("removed_roles")).toArray())
        removed << v.toObject().value(QLatin1String("name")).toString();
    removed.sort();
    QCOMPARE(removed, (QStringList{roleA, roleB}));
    QCOMPARE(o.value(QLatin1String("account")).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("disabled"));
    QCOMPARE(m_bulk.handler(who).value(QLatin1String("status")).toString(), QStringLiteral("disabled"));
    QVERIFY(!m_bulk.holders(m_bulk.roleId(roleA)).contains(id));
    QVERIFY(!m_bulk.holders(m_bulk.roleId(roleB)).contains(id));

    // Again, in words: nothing was left to do.
    const CliRun again = cli(m_bulk.args() << QStringLiteral("offboard") << who << QStringLiteral("--yes"));
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("already offboarded")), again.describe());
}

QTEST_GUILESS_MAIN(TestCliBulk)
#include "tst_cli_bulk.moc"
