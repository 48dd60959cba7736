#include "server/storage/CredentialStorage.h"

#include "server/storage/Database.h"

namespace zc::server {

Result<std::optional<CredentialStorage::Found>> CredentialStorage::ofPhone(const QString &phone)
{
    const auto rows = m_db.run(QStringLiteral("SELECT id, password_hash FROM credentials WHERE phone = ?"), {phone});
    if (!rows)
        return internalError();
    if (rows->isEmpty())
        return std::optional<Found>();
    return std::optional<Found>(Found{rows->first().value(0).toLongLong(), rows->first().value(1).toString()});
}

Result<std::optional<qint64>> CredentialStorage::idOfPhone(const QString &phone)
{
    const auto found = ofPhone(phone);
    if (!found)
        return found.error();
    return found->has_value() ? std::optional<qint64>(found->value().id) : std::optional<qint64>();
}

Result<std::optional<QString>> CredentialStorage::passwordHash(qint64 id)
{
    const auto rows = m_db.run(QStringLiteral("SELECT password_hash FROM credentials WHERE id = ?"), {id});
    if (!rows)
        return internalError();
    if (rows->isEmpty())
        return std::optional<QString>();
    return std::optional<QString>(rows->scalar().toString());
}

Result<std::optional<CredentialStorage::MainFound>> CredentialStorage::ofMainLogin(const QString &login)
{
    const auto rows = m_db.run(QStringLiteral("SELECT a.id, a.status, c.id, c.password_hash FROM accounts a"
                                              " JOIN credentials c ON c.id = a.credential_id"
                                              " WHERE a.kind = 'unit' AND a.login = ?"),
                               {login});
    if (!rows)
        return internalError();
    if (rows->isEmpty())
        return std::optional<MainFound>();
    const QSqlRecord &r = rows->first();
    return std::optional<MainFound>(MainFound{r.value(0).toLongLong(), r.value(1).toString() == QLatin1String("active"),
                                              Found{r.value(2).toLongLong(), r.value(3).toString()}});
}

Result<std::optional<qint64>> CredentialStorage::idOfMainLogin(const QString &login, const QString &phone)
{
    const auto rows = m_db.run(QStringLiteral("SELECT credential_id FROM accounts WHERE kind = 'unit' AND login = ?"
                                              " AND phone = ?"),
                               {login, phone});
    if (!rows)
        return internalError();
    if (rows->isEmpty())
        return std::optional<qint64>();
    return std::optional<qint64>(rows->scalar().toLongLong());
}

Result<qint64> CredentialStorage::insert(const QString &phone, const QString &passwordHash, bool changeRequired,
                                         qint64 nowMs)
{
    const auto rows = m_db.run(
        QStringLiteral("INSERT INTO credentials (phone, password_hash, password_change_required, created_at,"
                       " updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {phone.isEmpty() ? Database::nullText() : QVariant(phone), passwordHash, changeRequired ? 1 : 0, nowMs, nowMs});
    if (!rows || rows->isEmpty())
        return internalError();
    return rows->scalar().toLongLong();
}

Status CredentialStorage::setPassword(qint64 id, const QString &passwordHash, std::optional<bool> changeRequired,
                                      qint64 nowMs)
{
    const bool ok = changeRequired
        ? m_db.run(QStringLiteral("UPDATE credentials SET password_hash = ?, password_change_required = ?,"
                                  " updated_at = ? WHERE id = ?"),
                   {passwordHash, *changeRequired ? 1 : 0, nowMs, id})
              .has_value()
        : m_db.run(QStringLiteral("UPDATE credentials SET password_hash = ?, updated_at = ? WHERE id = ?"),
                   {passwordHash, nowMs, id})
              .has_value();
    if (!ok)
        return internalError();
    return Done{};
}

Status CredentialStorage::removeIfUnused(qint64 id)
{
    if (!m_db.run(QStringLiteral("DELETE FROM credentials WHERE id = ? AND phone IS NOT NULL"
                                 " AND NOT EXISTS (SELECT 1 FROM accounts x WHERE x.credential_id = ?)"),
                  {id, id}))
        return internalError();
    return Done{};
}

} // namespace zc::server
