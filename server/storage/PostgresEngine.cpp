#include "server/storage/PostgresEngine.h"

#include "server/Logging.h"

#include <QHostAddress>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace zc::server {

namespace {

bool isLocalHost(const QString &host)
{
    if (host.startsWith(QLatin1Char('/')))
        return true;   // a Unix socket directory
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// A libpq connection option value, quoted as conninfo wants it.
QString conninfoValue(const QString &value)
{
    QString v = value;
    v.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    v.replace(QLatin1String("'"), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace

bool PostgresEngine::isPostgresUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

QString PostgresEngine::Settings::displayUrl() const
{
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(user);
    if (host.startsWith(QLatin1Char('/'))) {
        u.setHost(QStringLiteral("localhost"));
        u.setQuery(QStringLiteral("host=") + host);
    } else {
        u.setHost(host);
        u.setPort(port);
    }
    u.setPath(QLatin1Char('/') + database);
    return u.toString();
}

std::optional<PostgresEngine::Settings> PostgresEngine::parseUrl(const QString &text, QString *error)
{
    const QString usage = QStringLiteral("--database expects postgresql://user@host:port/database");
    if (!isPostgresUrl(text)) {
        *error = usage;
        return std::nullopt;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = QStringLiteral("%1 (%2)").arg(usage, url.errorString());
        return std::nullopt;
    }
    Settings s;
    s.user = url.userName(QUrl::FullyDecoded);
    s.password = url.password(QUrl::FullyDecoded);
    if (!url.host().isEmpty())
        s.host = url.host(QUrl::FullyDecoded);
    s.port = url.port(5432);
    s.database = url.path(QUrl::FullyDecoded).mid(1);
    if (s.database.isEmpty() || s.database.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("%1: the URL names no database").arg(usage);
        return std::nullopt;
    }
    if (s.user.isEmpty()) {
        *error = QStringLiteral("%1: the URL names no user").arg(usage);
        return std::nullopt;
    }
    const QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first == QLatin1String("sslmode")) {
            s.sslMode = item.second;
        } else if (item.first == QLatin1String("sslrootcert")) {
            s.sslRootCert = item.second;
        } else if (item.first == QLatin1String("host")) {
            s.host = item.second;
        } else if (item.first == QLatin1String("connect_timeout")) {
            bool ok = false;
            s.connectTimeoutSeconds = item.second.toInt(&ok);
            if (!ok || s.connectTimeoutSeconds < 1 || s.connectTimeoutSeconds > 600) {
                *error = QStringLiteral("--database: connect_timeout expects 1..600 seconds");
                return std::nullopt;
            }
        } else {
            *error = QStringLiteral("--database: unknown URL parameter %1 (known: sslmode, sslrootcert, host,"
                                    " connect_timeout)")
                         .arg(item.first);
            return std::nullopt;
        }
    }
    static const QStringList modes = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                      QStringLiteral("require"), QStringLiteral("verify-ca"),
                                      QStringLiteral("verify-full")};
    if (!s.sslMode.isEmpty() && !modes.contains(s.sslMode)) {
        *error = QStringLiteral("--database: unknown sslmode %1").arg(s.sslMode);
        return std::nullopt;
    }
    if (!isLocalHost(s.host)) {
        // Off this machine the database must prove who it is.
        if (s.sslMode.isEmpty())
            s.sslMode = QStringLiteral("verify-full");
        if (s.sslMode != QLatin1String("verify-full")) {
            *error = QStringLiteral("--database: a database on another host needs sslmode=verify-full (got %1)")
                         .arg(s.sslMode);
            return std::nullopt;
        }
    }
    return s;
}

bool PostgresEngine::open(const QString &connectionName, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QStringLiteral("the Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(m_settings.host);
    db.setPort(m_settings.port);
    db.setDatabaseName(m_settings.database);
    db.setUserName(m_settings.user);
    if (!m_settings.password.isEmpty())
        db.setPassword(m_settings.password);
    QStringList options{QStringLiteral("connect_timeout=%1").arg(m_settings.connectTimeoutSeconds),
                        QStringLiteral("application_name=zhaocai-server")};
    if (!m_settings.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + m_settings.sslMode;
    if (!m_settings.sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") + conninfoValue(m_settings.sslRootCert);
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        *error = QStringLiteral("cannot connect to %1: %2").arg(m_settings.displayUrl(), db.lastError().text());
        return false;
    }

    const char *const settings[] = {
        "SET TIME ZONE 'UTC'",
        "SET standard_conforming_strings = on",
        // A crashed client must not hold the write lock for long.
        "SET idle_in_transaction_session_timeout = '60s'",
    };
    for (const char *statement : settings) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(statement))) {
            *error = QStringLiteral("%1 failed: %2").arg(QString::fromLatin1(statement), q.lastError().text());
            return false;
        }
    }

    // Several processes may start at once on an empty database: create the
    // version table under the write lock, so that "IF NOT EXISTS" cannot race
    // (Migrations then finds it; its own CREATE … IF NOT EXISTS is a no-op).
    const QString versionTable = QStringLiteral(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY,"
        " description TEXT NOT NULL,"
        " applied_at BIGINT NOT NULL)");
    for (const QString &statement : {beginSql(), versionTable, QStringLiteral("COMMIT")}) {
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            *error = QStringLiteral("cannot prepare the schema: %1").arg(q.lastError().text());
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    QSqlQuery version(db);
    if (version.exec(QStringLiteral("SHOW server_version")) && version.next())
        qCInfo(lcDb).noquote() << "PostgreSQL" << version.value(0).toString() << "at" << m_settings.displayUrl();
    return true;
}

QString PostgresEngine::beginSql() const
{
    // One simple-query round trip: the transaction and the write lock.
    static_assert(WriteLockKey == 8820407001241708849LL, "the lock key below is WriteLockKey");
    return QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED; SELECT pg_advisory_xact_lock(8820407001241708849)");
}

QString PostgresEngine::ddl(const QString &portable) const
{
    QString s = portable;
    s.replace(QLatin1String("{{id}}"), QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    return s;
}

bool PostgresEngine::isConstraintViolation(const QSqlError &error) const
{
    // SQLSTATE class 23: integrity constraint violation (23505 unique_violation …).
    return error.nativeErrorCode().startsWith(QLatin1String("23"));
}

bool PostgresEngine::isConnectionLost(const QSqlError &error) const
{
    if (error.type() == QSqlError::ConnectionError)
        return true;
    const QString state = error.nativeErrorCode();
    return state.isEmpty() || state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"));
}

} // namespace zc::server
