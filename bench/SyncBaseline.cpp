#include "SyncBaseline.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QUrlQuery>
#include <QVariant>

#include <atomic>

namespace zc::bench {

namespace {

std::atomic<int> g_runs{0};

// The cache's tables (sync/CacheSchema.cpp, migration 1), so that both sides
// store the same rows in the same shape, indexes included.
const char *const Schema[] = {
    "CREATE TABLE roles (id INTEGER PRIMARY KEY CHECK (id > 0), name TEXT NOT NULL, name_fold TEXT NOT NULL,"
    " remark TEXT NOT NULL, permissions TEXT NOT NULL, account_count INTEGER NOT NULL CHECK (account_count >= 0),"
    " created_by_id INTEGER NOT NULL, created_by_name TEXT NOT NULL, created_at INTEGER, updated_at INTEGER,"
    " version TEXT NOT NULL)",
    "CREATE INDEX roles_by_name ON roles (name_fold, id)",
    "CREATE TABLE accounts (id INTEGER PRIMARY KEY CHECK (id > 0), login TEXT NOT NULL, login_fold TEXT NOT NULL,"
    " name TEXT NOT NULL, name_fold TEXT NOT NULL, phone TEXT NOT NULL,"
    " kind TEXT NOT NULL CHECK (kind IN ('unit', 'handler')),"
    " status TEXT NOT NULL CHECK (status IN ('active', 'disabled', 'locked')), institution_id INTEGER,"
    " created_at INTEGER, last_login_at INTEGER, version TEXT NOT NULL)",
    "CREATE TABLE assignments (role_id INTEGER NOT NULL, account_id INTEGER NOT NULL,"
    " PRIMARY KEY (role_id, account_id)) WITHOUT ROWID",
    "CREATE INDEX assignments_by_account ON assignments (account_id, role_id)",
    "CREATE TABLE sync_state (id INTEGER PRIMARY KEY CHECK (id = 1), cursor TEXT NOT NULL DEFAULT '',"
    " catalog_version TEXT NOT NULL DEFAULT '', last_full_sync_at INTEGER, last_incremental_sync_at INTEGER)",
    "INSERT INTO sync_state (id) VALUES (1)",
};

QVariant timeOrNull(const QJsonValue &v)
{
    if (!v.isString())
        return QVariant(QMetaType::fromType<qint64>());
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

SyncBaseline::SyncBaseline(QUrl apiBase, QList<QSslCertificate> caCertificates, QString token, int limit)
    : m_apiBase(std::move(apiBase)), m_cas(std::move(caCertificates)), m_token(std::move(token)), m_limit(limit)
{
}

BaselineRun SyncBaseline::run(const QString &sqlitePath)
{
    BaselineRun out;
    const QString connection = QStringLiteral("zc-bench-baseline-%1").arg(++g_runs);
    QElapsedTimer timer;
    timer.start();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(sqlitePath);
        QSqlQuery q(db);
        const auto sqlFailed = [&out](const QSqlQuery &query, const char *what) {
            out.error = QStringLiteral("%1: %2").arg(QLatin1String(what), query.lastError().text());
            return out;
        };
        if (!db.open())
            return sqlFailed(q, "open");
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
            return sqlFailed(q, "pragma");
        for (const char *sql : Schema) {
            if (!q.exec(QLatin1String(sql)))
                return sqlFailed(q, "schema");
        }
        if (!q.exec(QStringLiteral("BEGIN")))
            return sqlFailed(q, "begin");
        QSqlQuery insertRole(db);
        QSqlQuery insertAccount(db);
        QSqlQuery insertAssignment(db);
        if (!insertRole.prepare(QStringLiteral(
                "INSERT INTO roles (id, name, name_fold, remark, permissions, account_count, created_by_id,"
                " created_by_name, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return sqlFailed(insertRole, "prepare roles");
        if (!insertAccount.prepare(QStringLiteral(
                "INSERT INTO accounts (id, login, login_fold, name, name_fold, phone, kind, status, institution_id,"
                " created_at, last_login_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return sqlFailed(insertAccount, "prepare accounts");
        if (!insertAssignment.prepare(QStringLiteral("INSERT INTO assignments (role_id, account_id) VALUES (?, ?)")))
            return sqlFailed(insertAssignment, "prepare assignments");

        QString cursor;
        bool more = true;
        while (more) {
            QUrl url = m_apiBase;
            url.setPath(url.path() + QStringLiteral("/changes"));
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("limit"), QString::number(m_limit));
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("since"), cursor);
            url.setQuery(query);
            QNetworkRequest request(url);
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.addCaCertificates(m_cas);
            request.setSslConfiguration(ssl);
            request.setTransferTimeout(60000);
            request.setRawHeader("Accept", "application/json");
            request.setRawHeader("Accept-Language", "zh-CN");
            request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_token.toUtf8());
            QNetworkReply *reply = m_nam.get(request);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            reply->deleteLater();
            ++out.requests;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() != QNetworkReply::NoError || status != 200) {
                out.error = QStringLiteral("GET /changes: HTTP %1 %2").arg(status).arg(reply->errorString());
                return out;
            }
            const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();

            const QJsonArray roles = page.value(QLatin1String("roles")).toArray();
            for (const QJsonValue &value : roles) {
                const QJsonObject r = value.toObject();
                const QString name = r.value(QLatin1String("name")).toString();
                const QJsonObject createdBy = r.value(QLatin1String("created_by")).toObject();
                insertRole.bindValue(0, r.value(QLatin1String("id")).toInteger());
                insertRole.bindValue(1, name);
                insertRole.bindValue(2, name.toCaseFolded());
                insertRole.bindValue(3, r.value(QLatin1String("remark")).toString());
                insertRole.bindValue(4, QString::fromUtf8(QJsonDocument(r.value(QLatin1String("permissions")).toArray())
                                                              .toJson(QJsonDocument::Compact)));
                insertRole.bindValue(5, r.value(QLatin1String("account_count")).toInteger());
                insertRole.bindValue(6, createdBy.value(QLatin1String("id")).toInteger());
                insertRole.bindValue(7, createdBy.value(QLatin1String("name")).toString());
                insertRole.bindValue(8, timeOrNull(r.value(QLatin1String("created_at"))));
                insertRole.bindValue(9, timeOrNull(r.value(QLatin1String("updated_at"))));
                insertRole.bindValue(10, r.value(QLatin1String("version")).toString());
                if (!insertRole.exec())
                    return sqlFailed(insertRole, "insert role");
                ++out.roles;
            }
            const QJsonArray accounts = page.value(QLatin1String("accounts")).toArray();
            for (const QJsonValue &value : accounts) {
                const QJsonObject a = value.toObject();
                const qint64 id = a.value(QLatin1String("id")).toInteger();
                const QString login = a.value(QLatin1String("login")).toString();
                const QString name = a.value(QLatin1String("name")).toString();
                const QJsonValue institution = a.value(QLatin1String("institution_id"));
                insertAccount.bindValue(0, id);
                insertAccount.bindValue(1, login);
                insertAccount.bindValue(2, login.toCaseFolded());
                insertAccount.bindValue(3, name);
                insertAccount.bindValue(4, name.toCaseFolded());
                insertAccount.bindValue(5, a.value(QLatin1String("phone")).toString());
                insertAccount.bindValue(6, a.value(QLatin1String("kind")).toString());
                insertAccount.bindValue(7, a.value(QLatin1String("status")).toString());
                insertAccount.bindValue(8, institution.isDouble() ? QVariant(institution.toInteger())
                                                                  : QVariant(QMetaType::fromType<qint64>()));
                insertAccount.bindValue(9, timeOrNull(a.value(QLatin1String("created_at"))));
                insertAccount.bindValue(10, timeOrNull(a.value(QLatin1String("last_login_at"))));
                insertAccount.bindValue(11, a.value(QLatin1String("version")).toString());
                if (!insertAccount.exec())
                    return sqlFailed(insertAccount, "insert account");
                ++out.accounts;
                const QJsonArray roleIds = a.value(QLatin1String("role_ids")).toArray();
                for (const QJsonValue &roleId : roleIds) {
                    insertAssignment.bindValue(0, roleId.toInteger());
                    insertAssignment.bindValue(1, id);
                    if (!insertAssignment.exec())
                        return sqlFailed(insertAssignment, "insert assignment");
                    ++out.assignments;
                }
            }
            cursor = page.value(QLatin1String("cursor")).toString();
            more = page.value(QLatin1String("more")).toBool();
            if (cursor.isEmpty()) {
                out.error = QStringLiteral("GET /changes: a page without a cursor");
                return out;
            }
        }
        QSqlQuery state(db);
        if (!state.prepare(QStringLiteral("UPDATE sync_state SET cursor = ?, last_full_sync_at = ? WHERE id = 1")))
            return sqlFailed(state, "prepare sync state");
        state.bindValue(0, cursor);
        state.bindValue(1, QDateTime::currentMSecsSinceEpoch());
        if (!state.exec())
            return sqlFailed(state, "store cursor");
        if (!q.exec(QStringLiteral("COMMIT")))
            return sqlFailed(q, "commit");
        out.ms = timer.elapsed();
        out.ok = true;
    }
    QSqlDatabase::removeDatabase(connection);
    return out;
}

} // namespace zc::bench
