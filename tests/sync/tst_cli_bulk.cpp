// zhaocai-cli's bulk, list and offline side against a real zhaocai-server:
// assign / unassign by id, phone, login and name, --from CSV files (and the
// reader behind them), --dry-run, --all on every list, the exports of role
// accounts and of the audit log, and the local cache read when the server
// cannot be reached. The server's request log (zc.server.http at debug)
// counts the requests a command makes.
#include "CliRunner.h"
#include "DemoSeed.h"
#include "SecretService.h"
#include "TestServer.h"

#include "models/Csv.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using zc::test::CliRun;

namespace {

const QString &Password = zc::test::demo::Password;
// 内蒙古草原医药配送有限公司 (nmg_dist) of the demo seed gets the bulk data.
const QString UnitUscc = QStringLiteral("91150100MA0N2K4176");
const QString UnitLogin = QStringLiteral("nmg_dist");
constexpr int BulkHandlers = 230;   // more than two pages of 100
constexpr int BulkRoles = 105;      // more than one page

QString bulkPhone(int i)
{
    return QStringLiteral("135%1").arg(i, 8, 10, QLatin1Char('0'));
}
QString bulkHandlerName(int i)
{
    return QStringLiteral("批量经办人%1").arg(i, 3, 10, QLatin1Char('0'));
}
QString bulkRoleName(int i)
{
    return QStringLiteral("批量角色%1").arg(i, 3, 10, QLatin1Char('0'));
}
const QString TwinA = QStringLiteral("13600000001");   // both named 李娜
const QString TwinB = QStringLiteral("13600000002");
const QString FormulaPhone = QStringLiteral("13600000003");   // named =1+1
const QString CommaRole = QStringLiteral("采购,审核");
const QString FormulaRole = QStringLiteral("=SUM(1+1)");
// A handler whose one role gives basic.roles but not basic.accounts.
const QString RolesOnlyPhone = QStringLiteral("13600000004");
const QString RolesOnlyRole = QStringLiteral("只管角色");

} // namespace

class TestCliBulk : public QObject
{
    Q_OBJECT

private:
    CliRun cli(const QStringList &args, const QByteArray &input = {}) { return m_cli.run(args, input); }
    QStringList server() const
    {
        return {QStringLiteral("--server"), m_server->baseUrl().toString(), QStringLiteral("--ca"),
                m_server->caPath()};
    }
    bool signIn(const QString &login)
    {
        const CliRun r = cli(server() << QStringLiteral("login") << login << QStringLiteral("--dev-captcha")
                                      << QStringLiteral("--password-stdin") << QStringLiteral("--remember"),
                             Password.toUtf8() + '\n');
        if (r.exitCode != 0)
            qWarning().noquote() << r.describe();
        return r.exitCode == 0;
    }
    // The server's view, through the API with a session of the unit's main account.
    QJsonObject api(const QString &path, const QUrlQuery &query = {})
    {
        const QString target = query.isEmpty() ? path : path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
        const auto reply = m_server->request("GET", target, {}, m_token);
        return reply.object();
    }
    qint64 roleId(const QString &name)
    {
        const QJsonArray items = api(QStringLiteral("/roles"), QUrlQuery{{QStringLiteral("name"), name},
                                                                         {QStringLiteral("size"), QStringLiteral("100")}})
                                     .value(QLatin1String("items")).toArray();
        for (const QJsonValue &v : items) {
            if (v.toObject().value(QLatin1String("name")).toString() == name)
                return v.toObject().value(QLatin1String("id")).toInteger();
        }
        return 0;
    }
    QJsonObject handler(const QString &phone)
    {
        const QJsonArray items = api(QStringLiteral("/handlers"), QUrlQuery{{QStringLiteral("q"), phone}})
                                     .value(QLatin1String("items")).toArray();
        for (const QJsonValue &v : items) {
            if (v.toObject().value(QLatin1String("phone")).toString() == phone)
                return v.toObject();
        }
        return {};
    }
    // The ids of the accounts that hold the role now.
    QSet<qint64> holders(qint64 role)
    {
        QSet<qint64> ids;
        for (int page = 1;; ++page) {
            const QJsonObject p = api(QStringLiteral("/roles/%1/accounts").arg(role),
                                      QUrlQuery{{QStringLiteral("assigned"), QStringLiteral("true")},
                                                {QStringLiteral("size"), QStringLiteral("100")},
                                                {QStringLiteral("page"), QString::number(page)}});
            const QJsonArray items = p.value(QLatin1String("items")).toArray();
            for (const QJsonValue &v : items)
                ids.insert(v.toObject().value(QLatin1String("id")).toInteger());
            if (items.isEmpty() || page * 100 >= p.value(QLatin1String("total")).toInt())
                return ids;
        }
    }
    // Requests the server logged since `mark` (its log's size then) whose
    // method and path match, e.g. ("GET", "/handlers").
    int requests(qsizetype mark, const QString &method, const QString &pathPattern)
    {
        QTest::qWait(300);   // the last lines of the log
        const QString log = QString::fromUtf8(m_server->log().mid(mark));
        const QRegularExpression line(QStringLiteral("\\b%1 (?:/api/v1)?%2 \\d{3}\\b").arg(method, pathPattern));
        int count = 0;
        for (QRegularExpressionMatchIterator it = line.globalMatch(log); it.hasNext(); it.next())
            ++count;
        return count;
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
    void csvReaderFollowsRfc4180();
    void assignByPhoneLoginNameAndId();
    void oneArgumentInALargeUnitIsSearchedNotListed();
    void withoutBasicAccountsTheRoleListsStandIn();
    void ambiguousNameIsAnErrorAndAppliesNothing();
    void fromCsvReportsEachRowAndDryRunChangesNothing();
    void thousandRowsTakeAFewLookups();
    void everyListFollowsPagesWithAll();
    void exportsRoleAccountsAndAuditLog();
    void unreachableServerShowsTheCache();

private:
    zc::test::CliRunner m_cli;
    std::unique_ptr<zc::test::TestServer> m_server;
    QTemporaryDir m_seedDir;
    QString m_token;
};

void TestCliBulk::initTestCase()
{
    ZC_REQUIRE_SECRET_SERVICE();
    QVERIFY2(QFile::exists(m_cli.binary()), "ZC_CLI_BIN must name the built zhaocai-cli");
    QVERIFY(m_cli.freshHome());

    // The demo seed, and for nmg_dist many handlers and roles, two handlers of
    // one name, and a name and a role name a spreadsheet would run.
    QFile demo(qEnvironmentVariable("ZC_SOURCE_DIR") + QStringLiteral("/server/seed/demo.json"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QJsonObject seed = QJsonDocument::fromJson(demo.readAll()).object();
    QJsonArray handlers = seed.value(QLatin1String("handlers")).toArray();
    const auto addHandler = [&](const QString &phone, const QString &name) {
        handlers.append(QJsonObject{{QStringLiteral("unit_uscc"), UnitUscc}, {QStringLiteral("phone"), phone},
                                    {QStringLiteral("name"), name}, {QStringLiteral("password"), Password}});
    };
    for (int i = 0; i < BulkHandlers; ++i)
        addHandler(bulkPhone(i), bulkHandlerName(i));
    addHandler(TwinA, QStringLiteral("李娜"));
    addHandler(TwinB, QStringLiteral("李娜"));
    addHandler(FormulaPhone, QStringLiteral("=1+1"));
    handlers.append(QJsonObject{{QStringLiteral("unit_uscc"), UnitUscc}, {QStringLiteral("phone"), RolesOnlyPhone},
                                {QStringLiteral("name"), QStringLiteral("角色管理员")},
                                {QStringLiteral("password"), Password},
                                {QStringLiteral("roles"), QJsonArray{RolesOnlyRole}}});
    seed.insert(QStringLiteral("handlers"), handlers);
    QJsonArray roles = seed.value(QLatin1String("roles")).toArray();
    const auto addRole = [&](const QString &name, const QString &permission = QStringLiteral("drug.purchase.delivery")) {
        roles.append(QJsonObject{{QStringLiteral("unit_uscc"), UnitUscc}, {QStringLiteral("name"), name},
                                 {QStringLiteral("permissions"), QJsonArray{permission}}});
    };
    for (int i = 1; i <= BulkRoles; ++i)
        addRole(bulkRoleName(i));
    addRole(CommaRole);
    addRole(FormulaRole);
    addRole(RolesOnlyRole, QStringLiteral("basic.roles"));
    seed.insert(QStringLiteral("roles"), roles);
    const QString seedPath = m_seedDir.filePath(QStringLiteral("bulk-seed.json"));
    QFile out(seedPath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(seed).toJson());
    out.close();

    zc::test::TestServer::Options options;
    options.seedFile = seedPath;
    // Cheap password hashing: the seed hashes some 240 passwords.
    options.extraArgs = {QStringLiteral("--argon2-memory-kib"), QStringLiteral("8"), QStringLiteral("--argon2-ops"),
                         QStringLiteral("1")};
    m_server = std::make_unique<zc::test::TestServer>(options);
    // Every request in the server's log, to count them (the server process inherits this).
    qputenv("QT_LOGGING_RULES", "zc.server.http.debug=true");
    const bool started = m_server->start(60000);
    qunsetenv("QT_LOGGING_RULES");
    QVERIFY2(started, qPrintable(m_server->errorString()));
    m_token = m_server->loginToken(UnitLogin, Password);
    QVERIFY(!m_token.isEmpty());
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
    const QString role = bulkRoleName(101);
    const qint64 rid = roleId(role);
    QVERIFY(rid > 0);
    const QJsonObject byPhone = handler(bulkPhone(1));
    const QJsonObject byName = handler(bulkPhone(2));
    const QJsonObject byId = handler(bulkPhone(3));
    const QJsonObject byLogin = handler(bulkPhone(4));
    QVERIFY(!byLogin.value(QLatin1String("login")).toString().isEmpty());
    const qint64 idOf3 = byId.value(QLatin1String("id")).toInteger();

    // The role by name; the accounts by phone, name, id and login.
    const CliRun r = cli(server() << QStringLiteral("--json") << QStringLiteral("assign") << role << bulkPhone(1)
                                  << bulkHandlerName(2) << QString::number(idOf3)
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
    QCOMPARE(holders(rid), expected);

    // --dry-run: what would change, and nothing does.
    const CliRun dry = cli(server() << QStringLiteral("--json") << QStringLiteral("unassign") << role << bulkPhone(1)
                                    << QStringLiteral("--dry-run"));
    QVERIFY2(dry.exitCode == 0, dry.describe());
    QCOMPARE(dry.json().value(QLatin1String("dry_run")).toBool(), true);
    QCOMPARE(dry.json().value(QLatin1String("changed")).toArray(),
             QJsonArray{byPhone.value(QLatin1String("id")).toInteger()});
    QCOMPARE(holders(rid), expected);

    // The role by id, the account by name: taken back; again: nothing to take.
    const CliRun un = cli(server() << QStringLiteral("--json") << QStringLiteral("unassign") << QString::number(rid)
                                   << bulkHandlerName(2));
    QVERIFY2(un.exitCode == 0, un.describe());
    QCOMPARE(un.json().value(QLatin1String("changed")).toArray(),
             QJsonArray{byName.value(QLatin1String("id")).toInteger()});
    QVERIFY(!holders(rid).contains(byName.value(QLatin1String("id")).toInteger()));
    QCOMPARE(holders(rid).size(), 3);
    const CliRun again = cli(server() << QStringLiteral("unassign") << role << bulkHandlerName(2));
    QVERIFY2(again.exitCode == 0, again.describe());
    QVERIFY2(again.out.contains(QStringLiteral("did not hold it: %1").arg(byName.value(QLatin1String("id")).toInteger())),
             again.describe());

    // An unknown role is the command's error; nothing is tried.
    const CliRun unknownRole = cli(server() << QStringLiteral("--json") << QStringLiteral("assign")
                                            << QStringLiteral("没有这个角色") << bulkPhone(5));
    QCOMPARE(unknownRole.exitCode, 1);
    QCOMPARE(unknownRole.errJson().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("not_found"));
    // An unknown account fails alone (exit 7: some failed), the other is assigned.
    const CliRun partly = cli(server() << QStringLiteral("--json") << QStringLiteral("assign") << role
                                       << QStringLiteral("没有这个人") << bulkPhone(5));
    QCOMPARE(partly.exitCode, 7);
    QCOMPARE(partly.json().value(QLatin1String("changed")).toArray(),
             QJsonArray{handler(bulkPhone(5)).value(QLatin1String("id")).toInteger()});
    const QJsonObject failed = partly.json().value(QLatin1String("failed")).toArray().first().toObject();
    QCOMPARE(failed.value(QLatin1String("account")).toString(), QStringLiteral("没有这个人"));
    QCOMPARE(failed.value(QLatin1String("code")).toString(), QStringLiteral("not_found"));
    QVERIFY(failed.value(QLatin1String("account_id")).isNull());
}

void TestCliBulk::oneArgumentInALargeUnitIsSearchedNotListed()
{
    // More than two pages of handlers and one account named: the first page
    // and one search, not every page.
    const QString role = bulkRoleName(102);
    const qint64 rid = roleId(role);
    const qsizetype mark = m_server->log().size();
    const CliRun r = cli(server() << QStringLiteral("--json") << QStringLiteral("assign") << role << bulkPhone(150));
    QVERIFY2(r.exitCode == 0, r.describe());
    // (Counted before the test asks the server anything itself.)
    QCOMPARE(requests(mark, QStringLiteral("GET"), QStringLiteral("/handlers")), 2);
    QCOMPARE(requests(mark, QStringLiteral("PUT"), QStringLiteral("/roles/\\d+/accounts/\\d+")), 1);
    const qint64 target = handler(bulkPhone(150)).value(QLatin1String("id")).toInteger();
    QCOMPARE(holders(rid), QSet<qint64>{target});

    // An id cannot be searched for: its role's holders tell whether it already holds it.
    const qsizetype mark2 = m_server->log().size();
    const CliRun byId = cli(server() << QStringLiteral("--json") << QStringLiteral("assign") << role
                                     << QString::number(target));
    QVERIFY2(byId.exitCode == 0, byId.describe());
    QCOMPARE(byId.json().value(QLatin1String("unchanged")).toArray(), QJsonArray{target});
    QCOMPARE(requests(mark2, QStringLiteral("PUT"), QStringLiteral("/roles/\\d+/accounts/\\d+")), 0);
    const CliRun noSuchId = cli(server() << QStringLiteral("--json") << QStringLiteral("assign") << role
                                         << QStringLiteral("987654"));
    QCOMPARE(noSuchId.exitCode, 7);
    QCOMPARE(noSuchId.json().value(QLatin1String("failed")).toArray().first().toObject()
                 .value(QLatin1String("code")).toString(),
             QStringLiteral("not_found"));   // the server's answer
    QCOMPARE(holders(rid), QSet<qint64>{target});
}

void TestCliBulk::withoutBasicAccountsTheRoleListsStandIn()
{
    // GET /handlers is forbidden to this handler; the role's 已分配 and 未分配
    // lists (basic.roles, which assigning needs anyway) name the handlers. It
    // can only grant what it holds: its own role.
    QVERIFY(signIn(RolesOnlyPhone));
    QVERIFY(signIn(UnitLogin));   // the remembered one again; this test names its login
    const QStringList as{QStringLiteral("--as"), RolesOnlyPhone};
    const qint64 rid = roleId(RolesOnlyRole);
    const CliRun forbidden = cli(server() << as << QStringLiteral("handlers"));
    QCOMPARE(forbidden.exitCode, 5);   // a 403 is an answer: no cache, no fallback
    const qsizetype mark = m_server->log().size();
    const CliRun r = cli(server() << as << QStringLiteral("--json") << QStringLiteral("assign") << RolesOnlyRole
                                  << bulkPhone(40) << bulkHandlerName(41));
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(requests(mark, QStringLiteral("GET"), QStringLiteral("/handlers")), 1);
    QVERIFY(requests(mark, QStringLiteral("GET"), QStringLiteral("/roles/\\d+/accounts")) >= 2);
    QCOMPARE(holders(rid), (QSet<qint64>{handler(RolesOnlyPhone).value(QLatin1String("id")).toInteger(),
                                         handler(bulkPhone(40)).value(QLatin1String("id")).toInteger(),
                                         handler(bulkPhone(41)).value(QLatin1String("id")).toInteger()}));
}

void TestCliBulk::ambiguousNameIsAnErrorAndAppliesNothing()
{
    const QString role = bulkRoleName(103);
    const qint64 rid = roleId(role);
    const CliRun r = cli(server() << QStringLiteral("--json") << QStringLiteral("assign") << role
                                  << QStringLiteral("李娜") << bulkPhone(10));
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
    QCOMPARE(logins, (QStringList{handler(TwinA).value(QLatin1String("login")).toString(),
                                  handler(TwinB).value(QLatin1String("login")).toString()}));
    // Neither 李娜 got it; the other account did.
    QCOMPARE(holders(rid), QSet<qint64>{handler(bulkPhone(10)).value(QLatin1String("id")).toInteger()});

    // In words: both candidates named, with login and name.
    const CliRun text = cli(server() << QStringLiteral("unassign") << role << QStringLiteral("李娜"));
    QCOMPARE(text.exitCode, 7);
    QVERIFY2(text.err.contains(TwinA + QStringLiteral(" 李娜")) && text.err.contains(TwinB + QStringLiteral(" 李娜")),
             text.describe());
    QVERIFY2(text.err.contains(QStringLiteral("[ambiguous]")), text.describe());
}

void TestCliBulk::fromCsvReportsEachRowAndDryRunChangesNothing()
{
    const QString role = bulkRoleName(104);
    const qint64 rid = roleId(role);
    const qint64 commaId = roleId(CommaRole);
    QVERIFY(rid > 0 && commaId > 0);
    // UTF-8 with a byte-order mark and CRLF, as Excel saves it; a quoted
    // role name with a comma; an unknown role, an ambiguous name and a row
    // of one field among good rows.
    const QByteArray csv = QByteArray("\xEF\xBB\xBF")
                           + (QStringLiteral("role,account\r\n\"%1\",%2\r\n%3,\"%4\"\r\n不存在的角色,%5\r\n"
                                             "%3,李娜\r\n%3\r\n%3,%6\r\n")
                                  .arg(CommaRole, bulkPhone(20), role, bulkHandlerName(21), bulkPhone(22),
                                       bulkPhone(23)))
                                 .toUtf8();
    const QString file = writeFile(QStringLiteral("rows.csv"), csv);
    QVERIFY(!file.isEmpty());

    const CliRun dry = cli(server() << QStringLiteral("--json") << QStringLiteral("assign") << QStringLiteral("--from")
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
    QVERIFY(holders(rid).isEmpty());
    QVERIFY(holders(commaId).isEmpty());

    const CliRun run = cli(server() << QStringLiteral("--json") << QStringLiteral("assign") << QStringLiteral("--from")
                                    << file);
    QCOMPARE(run.exitCode, 7);   // some rows failed, the others were applied
    results.clear();
    for (const QJsonValue &v : run.jsonArray())
        results << v.toObject().value(QLatin1String("result")).toString();
    QCOMPARE(results, (QStringList{QStringLiteral("assigned"), QStringLiteral("assigned"), QStringLiteral("error"),
                                   QStringLiteral("error"), QStringLiteral("error"), QStringLiteral("assigned")}));
    QCOMPARE(holders(commaId), QSet<qint64>{handler(bulkPhone(20)).value(QLatin1String("id")).toInteger()});
    QCOMPARE(holders(rid), (QSet<qint64>{handler(bulkPhone(21)).value(QLatin1String("id")).toInteger(),
                                         handler(bulkPhone(23)).value(QLatin1String("id")).toInteger()}));

    // Again: idempotent, the good rows are already assigned.
    const CliRun again = cli(server() << QStringLiteral("assign") << QStringLiteral("--from") << file);
    QCOMPARE(again.exitCode, 7);
    QCOMPARE(again.out.count(QStringLiteral("already assigned")), 3 + 1);   // three rows and the tally
    QVERIFY2(again.out.contains(QStringLiteral("0 assigned, 3 already assigned, 3 failed.")), again.describe());
    const QString good = writeFile(QStringLiteral("good.csv"),
                                   QStringLiteral("account,role\n%1,%2\n").arg(bulkPhone(21), role).toUtf8());
    const CliRun clean = cli(server() << QStringLiteral("--json") << QStringLiteral("assign") << QStringLiteral("--from")
                                      << good);
    QVERIFY2(clean.exitCode == 0, clean.describe());
    QCOMPARE(clean.jsonArray().first().toObject().value(QLatin1String("result")).toString(),
             QStringLiteral("already_assigned"));

    // unassign --from takes the same file; a file that is not CSV is a usage error.
    const CliRun taken = cli(server() << QStringLiteral("--json") << QStringLiteral("unassign") << QStringLiteral("--from")
                                      << good);
    QVERIFY2(taken.exitCode == 0, taken.describe());
    QCOMPARE(taken.jsonArray().first().toObject().value(QLatin1String("result")).toString(), QStringLiteral("unassigned"));
    QCOMPARE(holders(rid), QSet<qint64>{handler(bulkPhone(23)).value(QLatin1String("id")).toInteger()});
    const QString broken = writeFile(QStringLiteral("broken.csv"), "role,account\n\"open,x\n");
    const CliRun bad = cli(server() << QStringLiteral("assign") << QStringLiteral("--from") << broken);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("line 2")), bad.describe());
    const QString headerless = writeFile(QStringLiteral("headerless.csv"), "a,b\n");
    QCOMPARE(cli(server() << QStringLiteral("assign") << QStringLiteral("--from") << headerless).exitCode, 2);
    QCOMPARE(cli(server() << QStringLiteral("assign") << role << bulkPhone(1) << QStringLiteral("--from") << good).exitCode,
             2);
}

void TestCliBulk::thousandRowsTakeAFewLookups()
{
    // 10 roles x 100 handlers, by name and phone: 1,000 rows.
    QByteArray csv = "role,account\r\n";
    for (int r = 1; r <= 10; ++r) {
        for (int h = 100; h < 200; ++h)
            csv += (bulkRoleName(r) + QLatin1Char(',') + bulkPhone(h) + QStringLiteral("\r\n")).toUtf8();
    }
    const QString file = writeFile(QStringLiteral("thousand.csv"), csv);
    const int handlerCount = api(QStringLiteral("/handlers")).value(QLatin1String("total")).toInt();
    QVERIFY(handlerCount > 200);
    const qsizetype mark = m_server->log().size();
    QElapsedTimer timer;
    timer.start();
    const CliRun r = cli(server() << QStringLiteral("--json") << QStringLiteral("assign") << QStringLiteral("--from")
                                  << file);
    qInfo("1,000 rows assigned in %lld ms", timer.elapsed());
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonArray rows = r.jsonArray();
    QCOMPARE(rows.size(), 1000);
    for (const QJsonValue &v : rows)
        QCOMPARE(v.toObject().value(QLatin1String("result")).toString(), QStringLiteral("assigned"));
    // The lookups: every page of handlers (3) and of roles (2) once; then one write per row.
    const int handlerPages = (handlerCount + 99) / 100;
    QCOMPARE(requests(mark, QStringLiteral("GET"), QStringLiteral("/handlers")), handlerPages);
    QCOMPARE(requests(mark, QStringLiteral("GET"), QStringLiteral("/roles")), 2);
    QCOMPARE(requests(mark, QStringLiteral("GET"), QStringLiteral("/roles/\\d+/accounts")), 0);
    QCOMPARE(requests(mark, QStringLiteral("PUT"), QStringLiteral("/roles/\\d+/accounts/\\d+")), 1000);
    QCOMPARE(holders(roleId(bulkRoleName(1))).size(), 100);
    QCOMPARE(holders(roleId(bulkRoleName(10))).size(), 100);
}

void TestCliBulk::everyListFollowsPagesWithAll()
{
    const auto totalOf = [this](const QString &path, const QUrlQuery &query = {}) {
        return api(path, query).value(QLatin1String("total")).toInt();
    };
    struct Case
    {
        QStringList args;
        int total;
    };
    const qint64 rid = roleId(bulkRoleName(1));
    const QList<Case> cases{
        {{QStringLiteral("roles")}, totalOf(QStringLiteral("/roles"))},
        {{QStringLiteral("handlers")}, totalOf(QStringLiteral("/handlers"))},
        {{QStringLiteral("role-accounts"), QString::number(rid), QStringLiteral("--unassigned")},
         totalOf(QStringLiteral("/roles/%1/accounts").arg(rid), QUrlQuery{{QStringLiteral("assigned"), QStringLiteral("false")}})},
        {{QStringLiteral("audit")}, totalOf(QStringLiteral("/audit-events"))},
    };
    for (const Case &c : cases) {
        QVERIFY2(c.total > 100, qPrintable(c.args.join(QLatin1Char(' '))));
        const CliRun r = cli(server() << QStringLiteral("--json") << c.args << QStringLiteral("--all"));
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonArray items = r.jsonArray();
        QCOMPARE(items.size(), c.total);
        QSet<qint64> seen;
        for (const QJsonValue &v : items)
            seen.insert(v.toObject().value(QLatin1String("id")).toInteger());
        QCOMPARE(seen.size(), c.total);   // each once
    }
    // One table and the count, in words.
    const CliRun table = cli(server() << QStringLiteral("roles") << QStringLiteral("--all"));
    QVERIFY2(table.exitCode == 0, table.describe());
    QVERIFY(table.out.contains(bulkRoleName(1)) && table.out.contains(bulkRoleName(BulkRoles)));
    QVERIFY2(table.out.contains(QStringLiteral("%1 in all.").arg(cases.at(0).total)), table.describe());
    // Filters still apply; --all goes with no --page or --size.
    const CliRun filtered = cli(server() << QStringLiteral("--json") << QStringLiteral("handlers") << QStringLiteral("--q")
                                         << QStringLiteral("李娜") << QStringLiteral("--all"));
    QCOMPARE(filtered.jsonArray().size(), 2);
    QCOMPARE(cli(server() << QStringLiteral("roles") << QStringLiteral("--all") << QStringLiteral("--size")
                          << QStringLiteral("5")).exitCode,
             2);
}

void TestCliBulk::exportsRoleAccountsAndAuditLog()
{
    const qint64 rid = roleId(FormulaRole);
    QVERIFY(rid > 0);
    const CliRun assigned = cli(server() << QStringLiteral("assign") << FormulaRole << FormulaPhone << bulkPhone(30));
    QVERIFY2(assigned.exitCode == 0, assigned.describe());

    // Role accounts, as CSV: the role's name and the handler's name would run
    // as formulas in a spreadsheet, and are written as text.
    const QString path = m_cli.homeFile(QStringLiteral("role-accounts.csv"));
    const CliRun exported = cli(server() << QStringLiteral("--json") << QStringLiteral("export")
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
    QCOMPARE(names, (QStringList{QStringLiteral("'=1+1"), bulkHandlerName(30)}));
    for (const QByteArray &line : bytes.split('\n')) {
        for (const QByteArray &cell : line.split(','))
            QVERIFY2(!cell.startsWith('=') && !cell.startsWith('+') && !cell.startsWith('@'), line.constData());
    }
    // The unassigned ones (every page), as JSON on stdout.
    const CliRun others = cli(server() << QStringLiteral("export") << QStringLiteral("role-accounts")
                                       << QString::number(rid) << QStringLiteral("--unassigned") << QStringLiteral("--format")
                                       << QStringLiteral("json"));
    QVERIFY2(others.exitCode == 0, others.describe());
    QCOMPARE(others.jsonArray().size(), api(QStringLiteral("/roles/%1/accounts").arg(rid),
                                            QUrlQuery{{QStringLiteral("assigned"), QStringLiteral("false")}})
                                            .value(QLatin1String("total")).toInt());

    // The audit log with the audit command's filters: every page, as CSV and JSON.
    const QUrlQuery assigns{{QStringLiteral("action"), QStringLiteral("role.assign")}};
    const int total = api(QStringLiteral("/audit-events"), assigns).value(QLatin1String("total")).toInt();
    QVERIFY(total > 1000);
    const CliRun json = cli(server() << QStringLiteral("--json") << QStringLiteral("export") << QStringLiteral("audit")
                                     << QStringLiteral("--action") << QStringLiteral("role.assign") << QStringLiteral("--all"));
    QVERIFY2(json.exitCode == 0, json.describe());
    QCOMPARE(json.jsonArray().size(), total);
    for (const QJsonValue &v : json.jsonArray())
        QCOMPARE(v.toObject().value(QLatin1String("action")).toString(), QStringLiteral("role.assign"));
    const CliRun csv = cli(server() << QStringLiteral("export") << QStringLiteral("audit") << QStringLiteral("--action")
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
    QCOMPARE(cli(server() << QStringLiteral("export") << QStringLiteral("audit") << QStringLiteral("--q")
                          << QStringLiteral("x")).exitCode,
             2);
    QCOMPARE(cli(server() << QStringLiteral("export") << QStringLiteral("role-accounts")).exitCode, 2);
}

void TestCliBulk::unreachableServerShowsTheCache()
{
    // An account that has synced here, and one that has not.
    QVERIFY(signIn(QStringLiteral("nmg_hosp")));
    QVERIFY(signIn(UnitLogin));
    const CliRun synced = cli(server() << QStringLiteral("--json") << QStringLiteral("sync"));
    QVERIFY2(synced.exitCode == 0, synced.describe());
    const QString cachePath = synced.json().value(QLatin1String("cache")).toString();
    QVERIFY(QFile::exists(cachePath));

    const qint64 rid = roleId(bulkRoleName(1));
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
        const CliRun r = cli(server() << QStringLiteral("--json") << q);
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(!r.json().value(QLatin1String("items")).toArray().isEmpty());
        QVERIFY(!r.json().contains(QLatin1String("source")));
        online << r.json();
    }
    const int roleCount = api(QStringLiteral("/roles")).value(QLatin1String("total")).toInt();
    // A 404 is an answer: no cache.
    const CliRun notFound = cli(server() << QStringLiteral("role-accounts") << QStringLiteral("999999"));
    QCOMPARE(notFound.exitCode, 1);
    QVERIFY(!notFound.err.contains(QStringLiteral("local cache")));

    // A certificate this computer does not trust: described, and the cache shown.
    const CliRun untrusted = cli({QStringLiteral("--server"), m_server->baseUrl().toString(), QStringLiteral("roles"),
                                  QStringLiteral("--all")});
    QVERIFY2(untrusted.exitCode == 0, untrusted.describe());
    QVERIFY2(untrusted.err.contains(QStringLiteral("untrusted issuer")), untrusted.describe());
    QVERIFY2(untrusted.err.contains(QStringLiteral("showing the local cache")), untrusted.describe());
    QVERIFY(untrusted.out.contains(bulkRoleName(BulkRoles)));

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

    m_server->stop();
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const CliRun r = cli(server() << QStringLiteral("--json") << queries.at(i));
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
    const CliRun text = cli(server() << QStringLiteral("roles") << QStringLiteral("--all"));
    QVERIFY2(text.exitCode == 0, text.describe());
    QVERIFY2(text.err.contains(QStringLiteral("The server cannot be reached; showing the local cache (synced 7 minute")),
             text.describe());
    QVERIFY(text.out.contains(bulkRoleName(BulkRoles)));
    QVERIFY2(text.out.contains(QStringLiteral("%1 in all.").arg(roleCount)), text.describe());
    // Exports too.
    const CliRun exported = cli(server() << QStringLiteral("export") << QStringLiteral("roles"));
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QCOMPARE(zc::Csv::parse(exported.out.toUtf8())->size(), roleCount + 1);
    QVERIFY(exported.err.contains(QStringLiteral("showing the local cache")));
    // No cache of that account here: the network error, as before.
    const CliRun none = cli(server() << QStringLiteral("--as") << QStringLiteral("nmg_hosp") << QStringLiteral("roles"));
    QCOMPARE(none.exitCode, 3);
    QVERIFY2(none.err.contains(QStringLiteral("network_error")), none.describe());
    QVERIFY(none.out.isEmpty());
    // Writes never fall back.
    QCOMPARE(cli(server() << QStringLiteral("assign") << bulkRoleName(1) << bulkPhone(1)).exitCode, 3);

    QVERIFY2(m_server->restart(), qPrintable(m_server->errorString()));
    // --cache needs no session: after logout the cache is still there to export.
    QCOMPARE(cli(server() << QStringLiteral("logout")).exitCode, 0);
    const CliRun cachedExport = cli(server() << QStringLiteral("--as") << UnitLogin << QStringLiteral("export")
                                             << QStringLiteral("roles") << QStringLiteral("--cache"));
    QVERIFY2(cachedExport.exitCode == 0, cachedExport.describe());
    QCOMPARE(zc::Csv::parse(cachedExport.out.toUtf8())->size(), roleCount + 1);
    QVERIFY(cachedExport.err.isEmpty());
    QCOMPARE(cli(server() << QStringLiteral("--as") << UnitLogin << QStringLiteral("export") << QStringLiteral("roles"))
                 .exitCode,
             4);   // from the server it needs the session
}

QTEST_GUILESS_MAIN(TestCliBulk)
#include "tst_cli_bulk.moc"
