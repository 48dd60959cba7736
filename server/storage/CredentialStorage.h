#pragma once

#include "server/Result.h"

#include <QString>

#include <optional>

namespace zc::server {

class Database;

// Every statement on the credentials table (one password per handler phone;
// a main account's own, without phone). A view over a thread's Database:
// cheap to make where it is needed.
class CredentialStorage
{
public:
    explicit CredentialStorage(Database &db) : m_db(db) {}

    struct Found
    {
        qint64 id = 0;
        QString passwordHash;
    };
    [[nodiscard]] Result<std::optional<Found>> ofPhone(const QString &phone);
    [[nodiscard]] Result<std::optional<qint64>> idOfPhone(const QString &phone);
    [[nodiscard]] Result<std::optional<QString>> passwordHash(qint64 id);
    // The credentials of the main account signing in with login, with the account.
    struct MainFound
    {
        qint64 accountId = 0;
        bool active = false;
        Found credential;
    };
    [[nodiscard]] Result<std::optional<MainFound>> ofMainLogin(const QString &login);
    // The credentials of the main account with this login and registered phone.
    [[nodiscard]] Result<std::optional<qint64>> idOfMainLogin(const QString &login, const QString &phone);
    // phone empty: a main account's credentials (phone NULL). Returns the id.
    [[nodiscard]] Result<qint64> insert(const QString &phone, const QString &passwordHash, bool changeRequired,
                                        qint64 nowMs);
    // A new hash; changeRequired: set or clear password_change_required, or leave it (nullopt).
    [[nodiscard]] Status setPassword(qint64 id, const QString &passwordHash, std::optional<bool> changeRequired,
                                     qint64 nowMs);
    // A handler phone's credentials once no account uses them any more.
    [[nodiscard]] Status removeIfUnused(qint64 id);

private:
    Database &m_db;
};

} // namespace zc::server
