#pragma once

#include "server/Result.h"
#include "server/storage/Directory.h"
#include "models/Unit.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace zc::server {

class Database;

// Every statement on the sessions table. A session is read with its
// credential, its account (with the lock of its login) and the account's
// unit in one statement: what every request needs before its route runs. A
// view over a thread's Database: cheap to make where it is needed.
class SessionStorage
{
public:
    explicit SessionStorage(Database &db) : m_db(db) {}

    struct Row
    {
        qint64 id = 0;
        qint64 credentialId = 0;
        qint64 accountId = 0;        // 0: not chosen yet
        QString loginKey;
        QString tokenHash;
        qint64 lastSeen = 0;
        qint64 idleExpires = 0;
        qint64 expires = 0;
        QString credentialPhone;
        bool passwordChangeRequired = false;
        bool accountFound = false;
        AccountRecord account;       // status and version as of nowMs (the lock counts)
        qint64 lockedUntil = 0;      // when the account's sign-in lock runs out; 0: none in force at nowMs
        bool unitFound = false;
        Unit unit;
    };

    [[nodiscard]] Result<std::optional<Row>> byTokenHash(const QString &tokenHash, qint64 nowMs);
    [[nodiscard]] Result<std::optional<Row>> byId(qint64 id, qint64 nowMs);

    [[nodiscard]] Status insert(const QString &tokenHash, qint64 credentialId, qint64 accountId,
                                const QString &loginKey, qint64 nowMs, qint64 idleExpiresMs, qint64 expiresMs);
    [[nodiscard]] Status touch(qint64 id, qint64 nowMs, qint64 idleExpiresMs);
    // The unit chosen by a session that had none; false when it had one meanwhile.
    [[nodiscard]] Result<bool> chooseAccount(qint64 id, qint64 accountId);
    [[nodiscard]] Status remove(qint64 id);
    // Each returns how many sessions went.
    [[nodiscard]] Result<int> removeOthersOfCredential(qint64 credentialId, qint64 keepId);
    [[nodiscard]] Result<int> removeOfAccount(qint64 accountId);
    [[nodiscard]] Result<int> removeOfCredential(qint64 credentialId);
    void purgeExpired(qint64 nowMs);

    // A handler's role ids (ascending) and their permission codes as stored
    // (not expanded), in one statement: what a session needs besides its row.
    [[nodiscard]] Status rolesOfAccount(qint64 accountId, QList<qint64> *roleIds, QStringList *codes);

private:
    Result<std::optional<Row>> read(const QString &where, const QVariant &key, qint64 nowMs);
    Result<int> removed(const QString &sql, const QVariantList &binds);

    Database &m_db;
};

} // namespace zc::server
