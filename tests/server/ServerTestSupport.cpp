#include "ServerTestSupport.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace zc::test {

ServerDb::ServerDb(const QString &dataDir) : m_name(QUuid::createUuid().toString())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("zhaocai.sqlite3")));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        m_error = db.lastError().text();
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

} // namespace zc::test
