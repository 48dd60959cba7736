#pragma once

#include "Result.h"

#include <QString>

namespace zc::server {

class Database;

// Writes AuditEvents, always inside the transaction of the write they record.
class AuditLog
{
public:
    explicit AuditLog(Database &db) : m_db(db) {}

    struct Entry
    {
        qint64 unitId = 0;
        qint64 actorId = 0;        // 0: no account (e.g. the system)
        QString actorName;
        QString action;            // "<target_type>.<verb>"
        QString targetType;        // role | account | unit
        qint64 targetId = 0;
        QString summary;
    };

    [[nodiscard]] Status record(const Entry &entry);

private:
    Database &m_db;
};

} // namespace zc::server
