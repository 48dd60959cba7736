#pragma once

// The server of tests/sync's bulk CLI suites (tst_cli_bulk, tst_cli_lists): a
// real zhaocai-server with the demo seed and, for nmg_dist, more handlers and
// roles than one page holds, two handlers of one name, a name and a role name
// a spreadsheet would run, a role name with a comma, and a handler with
// basic.roles only; its request log on (zc.server.http at debug), so that a
// test can count the requests a command made; and the server's own view
// through the API, for checking what a command did.

#include "DemoSeed.h"
#include "TestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace zc::test::bulk {

inline const QString &Password = demo::Password;
// 内蒙古草原医药配送有限公司 (nmg_dist) of the demo seed gets the bulk data.
inline const QString UnitUscc = QStringLiteral("91150100MA0N2K4176");
inline const QString UnitLogin = QStringLiteral("nmg_dist");
constexpr int Handlers = 230;   // more than two pages of 100
constexpr int Roles = 105;      // more than one page

inline QString phone(int i)
{
    return QStringLiteral("135%1").arg(i, 8, 10, QLatin1Char('0'));
}
inline QString handlerName(int i)
{
    return QStringLiteral("批量经办人%1").arg(i, 3, 10, QLatin1Char('0'));
}
inline QString roleName(int i)
{
    return QStringLiteral("批量角色%1").arg(i, 3, 10, QLatin1Char('0'));
}
inline const QString TwinA = QStringLiteral("13600000001");   // both named 李娜
inline const QString TwinB = QStringLiteral("13600000002");
inline const QString FormulaPhone = QStringLiteral("13600000003");   // named =1+1
inline const QString CommaRole = QStringLiteral("采购,审核");
inline const QString FormulaRole = QStringLiteral("=SUM(1+1)");
// A handler whose one role gives basic.roles but not basic.accounts.
inline const QString RolesOnlyPhone = QStringLiteral("13600000004");
inline const QString RolesOnlyRole = QStringLiteral("只管角色");

class BulkServer
{
public:
    // Writes the seed and starts the server; false with *error.
    bool start(QString *error)
    {
        QFile demo(qEnvironmentVariable("ZC_SOURCE_DIR") + QStringLiteral("/server/seed/demo.json"));
        if (!demo.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the demo seed");
            return false;
        }
        QJsonObject seed = QJsonDocument::fromJson(demo.readAll()).object();
        QJsonArray handlers = seed.value(QLatin1String("handlers")).toArray();
        const auto addHandler = [&](const QString &phone, const QString &name, const QJsonArray &roles = {}) {
            handlers.append(QJsonObject{{QStringLiteral("unit_uscc"), UnitUscc}, {QStringLiteral("phone"), phone},
                                        {QStringLiteral("name"), name}, {QStringLiteral("password"), Password},
                                        {QStringLiteral("roles"), roles}});
        };
        for (int i = 0; i < Handlers; ++i)
            addHandler(bulk::phone(i), handlerName(i));
        addHandler(TwinA, QStringLiteral("李娜"));
        addHandler(TwinB, QStringLiteral("李娜"));
        addHandler(FormulaPhone, QStringLiteral("=1+1"));
        addHandler(RolesOnlyPhone, QStringLiteral("角色管理员"), QJsonArray{RolesOnlyRole});
        seed.insert(QStringLiteral("handlers"), handlers);
        QJsonArray roles = seed.value(QLatin1String("roles")).toArray();
        const auto addRole = [&](const QString &name, const QString &permission) {
            roles.append(QJsonObject{{QStringLiteral("unit_uscc"), UnitUscc}, {QStringLiteral("name"), name},
                                     {QStringLiteral("permissions"), QJsonArray{permission}}});
        };
        for (int i = 1; i <= Roles; ++i)
            addRole(roleName(i), QStringLiteral("drug.purchase.delivery"));
        addRole(CommaRole, QStringLiteral("drug.purchase.delivery"));
        addRole(FormulaRole, QStringLiteral("drug.purchase.delivery"));
        addRole(RolesOnlyRole, QStringLiteral("basic.roles"));
        seed.insert(QStringLiteral("roles"), roles);
        const QString seedPath = m_seedDir.filePath(QStringLiteral("bulk-seed.json"));
        QFile out(seedPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(seed).toJson()) <= 0) {
            *error = QStringLiteral("cannot write the seed");
            return false;
        }
        out.close();

        TestServer::Options options;
        options.seedFile = seedPath;
        // Cheap password hashing: the seed hashes some 240 passwords.
        options.extraArgs = {QStringLiteral("--argon2-memory-kib"), QStringLiteral("8"),
                             QStringLiteral("--argon2-ops"), QStringLiteral("1")};
        m_server = std::make_unique<TestServer>(options);
        // Every request in the server's log (the server process inherits this).
        qputenv("QT_LOGGING_RULES", "zc.server.http.debug=true");
        const bool started = m_server->start(60000);
        qunsetenv("QT_LOGGING_RULES");
        if (!started) {
            *error = m_server->errorString();
            return false;
        }
        m_token = m_server->loginToken(UnitLogin, Password);
        if (m_token.isEmpty()) {
            *error = QStringLiteral("the unit's main account cannot sign in");
            return false;
        }
        return true;
    }

    [[nodiscard]] TestServer &server() { return *m_server; }
    // --server and --ca for the CLI.
    [[nodiscard]] QStringList args() const
    {
        return {QStringLiteral("--server"), m_server->baseUrl().toString(), QStringLiteral("--ca"),
                m_server->caPath()};
    }

    // GET path?query with a session of the unit's main account.
    QJsonObject api(const QString &path, const QUrlQuery &query = {})
    {
        const QString target = query.isEmpty() ? path : path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
        return m_server->request("GET", target, {}, m_token).object();
    }
    int total(const QString &path, const QUrlQuery &query = {})
    {
        return api(path, query).value(QLatin1String("total")).toInt();
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
    qint64 handlerId(const QString &phone) { return handler(phone).value(QLatin1String("id")).toInteger(); }
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

    // Where the log stands now, for requests().
    // Where the log stands, once the lines of the requests made so far (api())
    // have come through the server's pipe: a line arriving after the mark
    // would be counted as the command's.
    [[nodiscard]] qsizetype mark() const
    {
        QTest::qWait(300);
        return m_server->log().size();
    }
    // Requests the server logged since `mark` whose method and path match,
    // e.g. ("GET", "/handlers"). Count before asking the server anything
    // through api(): those requests are logged too.
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

private:
    QTemporaryDir m_seedDir;
    std::unique_ptr<TestServer> m_server;
    QString m_token;
};

} // namespace zc::test::bulk
