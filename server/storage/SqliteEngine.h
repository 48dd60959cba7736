#pragma once

#include "server/storage/SqlEngine.h"

namespace zc::server {

// SQLite in the data directory: WAL, synchronous=NORMAL, a busy timeout so
// several processes on one file wait for each other, foreign keys on.
class SqliteEngine final : public SqlEngine
{
public:
    explicit SqliteEngine(QString filePath);

    [[nodiscard]] QString name() const override { return QStringLiteral("sqlite"); }
    [[nodiscard]] bool open(const QString &connectionName, QString *error) override;
    [[nodiscard]] QString beginSql() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    [[nodiscard]] QString ddl(const QString &portable) const override;
    [[nodiscard]] bool isConstraintViolation(const QSqlError &error) const override;

    static constexpr int BusyTimeoutMs = 10000;

private:
    QString m_path;
};

} // namespace zc::server
