#pragma once

#include "server/Result.h"
#include "models/Account.h"
#include "models/Institution.h"
#include "models/Unit.h"

#include <QList>
#include <QSqlRecord>
#include <QStringList>

#include <optional>

namespace zc::server {

class Database;

// An account with the ids the API's Account does not carry.
struct AccountRecord
{
    Account account;
    qint64 unitId = 0;
    qint64 credentialId = 0;
    qint64 changeSeq = 0;
};

// Read side of units, accounts and institutions in the API's shapes, shared
// by the services (one query per question, never one per row).
class Directory
{
public:
    explicit Directory(Database &db) : m_db(db) {}

    [[nodiscard]] Result<std::optional<Unit>> unit(qint64 id);
    // Units in which this phone is an active handler, by unit id.
    [[nodiscard]] Result<QList<Unit>> activeHandlerUnits(const QString &phone);
    [[nodiscard]] Result<std::optional<AccountRecord>> account(qint64 id);
    [[nodiscard]] Result<QList<Institution>> institutionsOfUscc(const QString &uscc);
    // Leaf permissions, in catalog order: every leaf for a main account, the
    // union of its roles' permissions for a handler.
    [[nodiscard]] Result<QStringList> permissions(const Account &account);

    // Account rows: SELECT AccountColumns FROM AccountTables [WHERE …]. The lock
    // of the login (a handler's phone) is joined: status reads "locked" while it
    // lasts, and the version carries it (the JSON changed, so the version does).
    static const QString AccountColumns;
    static const QString AccountTables;
    [[nodiscard]] static AccountRecord accountFromRecord(const QSqlRecord &r, qint64 nowMs);
    // Rows of AccountColumns plus a trailing role_id column (NULL for none),
    // ordered so that each account's rows are adjacent: one record per account,
    // in the rows' order, with its role ids.
    [[nodiscard]] static QList<AccountRecord> accountsFromJoinedRows(const QList<QSqlRecord> &rows, qint64 nowMs);
    [[nodiscard]] static QString accountVersion(qint64 version, const QVariant &lockedUntil, qint64 nowMs);

    // How names are compared: trimmed and lower-cased by the server (not by
    // the database, whose lower() differs between engines).
    [[nodiscard]] static QString nameKey(const QString &name);
    // A LIKE pattern (with ESCAPE '\') for a case-insensitive substring match.
    [[nodiscard]] static QString containsPattern(const QString &needle);

    [[nodiscard]] static Unit unitFromRecord(const QSqlRecord &r);
    [[nodiscard]] static Institution institutionFromRecord(const QSqlRecord &r);
    [[nodiscard]] static QDateTime timeFromMs(const QVariant &ms);   // invalid for NULL

    static const QString UnitColumns;         // for SELECT … FROM units u
    static const QString InstitutionColumns;  // for SELECT … FROM institutions i

private:
    Database &m_db;
};

} // namespace zc::server
