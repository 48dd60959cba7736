#pragma once

#include "server/storage/SqlEngine.h"

#include <memory>
#include <mutex>

namespace zc::server {

// SQLite in the data directory: WAL, synchronous=NORMAL, a busy timeout so
// several processes on one file wait for each other, foreign keys on. The
// connections of one process share a write mutex: SQLite lets one writer in
// at a time anyway, and a thread waiting on the mutex is woken as soon as the
// writer commits, where the busy timeout would make it sleep and poll.
class SqliteEngine final : public SqlEngine
{
public:
    explicit SqliteEngine(QString filePath, std::shared_ptr<std::mutex> writeMutex = {});

    [[nodiscard]] QString name() const override { return QStringLiteral("sqlite"); }
    [[nodiscard]] bool open(const QString &connectionName, QString *error) override;
    [[nodiscard]] QString beginSql() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    [[nodiscard]] QString dataVersionSql() const override { return QStringLiteral("PRAGMA data_version"); }
    [[nodiscard]] QByteArray commitMark() override;
    [[nodiscard]] QString ddl(const QString &portable) const override;
    [[nodiscard]] bool isConstraintViolation(const QSqlError &error) const override;
    [[nodiscard]] QString joinedText(const QString &column) const override
    {
        return QStringLiteral("group_concat(%1, ',')").arg(column);
    }
    void lockWrites() override;
    void unlockWrites() override;

    static constexpr int BusyTimeoutMs = 10000;

private:
    QString m_path;
    QString m_connectionName;
    // SQLite's own mapping of the WAL-index (the -shm file) for this
    // connection, found on first use (see commitMark()).
    const volatile void *m_walIndex = nullptr;
    std::shared_ptr<std::mutex> m_writeMutex;
};

} // namespace zc::server
