#include "ServerTestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QUrl>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace zc::test {

ServerDb::ServerDb(const QString &dataDir) : m_name(QUuid::createUuid().toString())
{
    // The server's SQLite file, or its PostgreSQL database (ZC_TEST_DATABASE=postgresql).
    (void)TestServer::openDatabase(m_name, dataDir, &m_error);
}

ServerDb::~ServerDb()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool ServerDb::isOpen() const
{
    return QSqlDatabase::database(m_name, false).isOpen();
}

QVariant ServerDb::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    q.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return {};
    }
    return q.next() ? q.value(0) : QVariant();
}

bool ServerDb::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    q.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

QStringList ServerDb::tableCounts()
{
    QStringList out;
    const QStringList tables = QSqlDatabase::database(m_name, false).tables(QSql::Tables);
    for (const QString &t : tables) {
        if (t.startsWith(QLatin1String("sqlite_")))
            continue;
        // Table names come from the database itself, not from input.
        out << t + QLatin1Char(':') + scalar(QStringLiteral("SELECT COUNT(*) FROM ") + t).toString();
    }
    out.sort();
    return out;
}

QJsonObject loginBody(const QString &login, const QString &password, const QString &captchaId,
                      const QString &captchaAnswer)
{
    return QJsonObject{{QStringLiteral("login"), login},
                       {QStringLiteral("password"), password},
                       {QStringLiteral("captcha_id"), captchaId},
                       {QStringLiteral("captcha_answer"), captchaAnswer}};
}

namespace admin {

QString filler(int i)
{
    return QStringLiteral("1320000%1").arg(i, 4, 10, QLatin1Char('0'));
}

TestServer::Options serverOptions()
{
    TestServer::Options o;
    o.seedFile = qEnvironmentVariable("ZC_SOURCE_DIR") + QStringLiteral("/tests/server/data/admin-seed.json");
    o.extraArgs = {QStringLiteral("--argon2-memory-kib"), QStringLiteral("256"), QStringLiteral("--argon2-ops"),
                   QStringLiteral("1")};
    return o;
}

} // namespace admin

QString Api::token(const QString &login, const QString &password)
{
    const auto it = m_tokens.constFind(login);
    if (it != m_tokens.constEnd())
        return it.value();
    const QString t = m_server.loginToken(login, password);
    if (!t.isEmpty())
        m_tokens.insert(login, t);
    return t;
}

TestServer::Reply Api::get(const QString &login, const QString &path)
{
    return m_server.request("GET", path, {}, login.isEmpty() ? QString() : token(login));
}

TestServer::Reply Api::send(const QString &login, const QByteArray &verb, const QString &path, const QJsonObject &body,
                            const QString &ifMatch)
{
    return m_server.request(verb, path, body, login.isEmpty() ? QString() : token(login),
                            ifMatch.isEmpty() ? QList<QPair<QByteArray, QByteArray>>() : ifMatchHeader(ifMatch));
}

qint64 Api::accountId(const QString &login, const QString &asLogin)
{
    // The main account is not a handler: its id comes from the change feed.
    const TestServer::Reply r = get(asLogin, QStringLiteral("/changes?limit=5000"));
    const QJsonArray accounts = r.object().value(QLatin1String("accounts")).toArray();
    for (const QJsonValue &v : accounts) {
        if (v.toObject().value(QLatin1String("login")).toString() == login)
            return v.toObject().value(QLatin1String("id")).toInteger();
    }
    return 0;
}

qint64 Api::roleId(const QString &name, const QString &asLogin)
{
    const TestServer::Reply r = get(asLogin, QStringLiteral("/roles?size=100&name=") + QString::fromLatin1(QUrl::toPercentEncoding(name)));
    const QJsonArray items = r.object().value(QLatin1String("items")).toArray();
    for (const QJsonValue &v : items) {
        if (v.toObject().value(QLatin1String("name")).toString() == name)
            return v.toObject().value(QLatin1String("id")).toInteger();
    }
    return 0;
}

QString Api::smsCode(const QString &phone, const QString &purpose)
{
    const TestServer::NewCaptcha c = m_server.solvedCaptcha();
    const TestServer::Reply r = m_server.request("POST", QStringLiteral("/sms-codes"),
                                                 QJsonObject{{QStringLiteral("phone"), phone},
                                                             {QStringLiteral("purpose"), purpose},
                                                             {QStringLiteral("captcha_id"), c.id},
                                                             {QStringLiteral("captcha_answer"), c.answer}});
    if (r.status != 202)
        return {};
    const QJsonObject m = lastSms(phone);
    return m.value(QLatin1String("kind")).toString() == QLatin1String("sms_code") ? m.value(QLatin1String("code")).toString()
                                                                                 : QString();
}

QJsonObject Api::lastSms(const QString &phone)
{
    return m_server.smsMessages(phone).first().toObject();
}

qint64 Api::auditCount(const QString &asLogin)
{
    return get(asLogin, QStringLiteral("/audit-events?size=1")).object().value(QLatin1String("total")).toInteger();
}

QString etag(const TestServer::Reply &reply)
{
    QByteArray v = reply.header("ETag");
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    return QString::fromLatin1(v);
}

QList<QPair<QByteArray, QByteArray>> ifMatchHeader(const QString &version)
{
    return {{QByteArrayLiteral("If-Match"), '"' + version.toUtf8() + '"'}};
}

} // namespace zc::test
