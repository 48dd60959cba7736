#include "server/storage/ChangeStorage.h"

#include "server/storage/Database.h"

#include <QDateTime>

namespace zc::server {

Result<qint64> ChangeStorage::nextSeq()
{
    Q_ASSERT(m_db.inTransaction());
    const auto rows = m_db.run(
        QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'change_seq' RETURNING value"));
    if (!rows || rows->isEmpty())
        return internalError();
    return rows->scalar().toLongLong();
}

Status ChangeStorage::touchRole(qint64 roleId, qint64 seq)
{
    if (!m_db.run(QStringLiteral("UPDATE roles SET version = version + 1, change_seq = ? WHERE id = ?"), {seq, roleId}))
        return internalError();
    return Done{};
}

Status ChangeStorage::touchAccount(qint64 accountId, qint64 seq)
{
    if (!m_db.run(QStringLiteral("UPDATE accounts SET version = version + 1, change_seq = ?, updated_at = ? WHERE id = ?"),
                  {seq, QDateTime::currentMSecsSinceEpoch(), accountId}))
        return internalError();
    return Done{};
}

Status ChangeStorage::touchAccountsOfRole(qint64 roleId, qint64 seq)
{
    if (!m_db.run(QStringLiteral("UPDATE accounts SET version = version + 1, change_seq = ?, updated_at = ?"
                                 " WHERE id IN (SELECT account_id FROM account_roles WHERE role_id = ?)"),
                  {seq, QDateTime::currentMSecsSinceEpoch(), roleId}))
        return internalError();
    return Done{};
}

Status ChangeStorage::touchRolesOfAccount(qint64 accountId, qint64 seq)
{
    if (!m_db.run(QStringLiteral("UPDATE roles SET version = version + 1, change_seq = ?"
                                 " WHERE id IN (SELECT role_id FROM account_roles WHERE account_id = ?)"),
                  {seq, accountId}))
        return internalError();
    return Done{};
}

Status ChangeStorage::stampAccountsOfLogin(const QString &login, qint64 seq)
{
    if (!m_db.run(QStringLiteral("UPDATE accounts SET change_seq = ? WHERE login = ?"), {seq, login}))
        return internalError();
    return Done{};
}

Status ChangeStorage::tombstone(qint64 unitId, const QString &type, qint64 id, qint64 seq)
{
    if (!m_db.run(QStringLiteral("INSERT INTO tombstones (unit_id, target_type, target_id, change_seq, at)"
                                 " VALUES (?, ?, ?, ?, ?)"),
                  {unitId, type, id, seq, QDateTime::currentMSecsSinceEpoch()}))
        return internalError();
    return Done{};
}

} // namespace zc::server
