#include "server/storage/Directory.h"

#include "server/storage/Database.h"
#include "models/PermissionCatalog.h"

#include <QDateTime>

namespace zc::server {

const QString Directory::UnitColumns = QStringLiteral(
    "u.id, u.uscc, u.name, u.kind, u.unit_code, u.verified, u.region");
const QString Directory::InstitutionColumns = QStringLiteral(
    "i.id, i.code, i.name, i.uscc, i.level, i.address");

const QString Directory::AccountColumns = QStringLiteral(
    "a.id, a.unit_id, a.credential_id, a.kind, a.login, a.name, a.phone, a.status, a.institution_id, a.created_at,"
    " a.last_login_at, a.version, a.change_seq, l.locked_until");
const QString Directory::AccountTables = QStringLiteral(
    "accounts a LEFT JOIN lockouts l ON l.login_key = a.login");

QString Directory::accountVersion(qint64 version, const QVariant &lockedUntil, qint64 nowMs)
{
    if (!lockedUntil.isNull() && lockedUntil.toLongLong() > nowMs)
        return QStringLiteral("%1.L%2").arg(version).arg(lockedUntil.toLongLong());
    return QString::number(version);
}

AccountRecord Directory::accountFromRecord(const QSqlRecord &r, qint64 nowMs)
{
    Account a;
    a.id = r.value(QStringLiteral("id")).toLongLong();
    a.kind = r.value(QStringLiteral("kind")).toString() == QLatin1String("unit") ? Account::Kind::Unit
                                                                                 : Account::Kind::Handler;
    a.login = r.value(QStringLiteral("login")).toString();
    a.name = r.value(QStringLiteral("name")).toString();
    a.phone = r.value(QStringLiteral("phone")).toString();
    const QVariant lockedUntil = r.value(QStringLiteral("locked_until"));
    const bool disabled = r.value(QStringLiteral("status")).toString() == QLatin1String("disabled");
    if (disabled)
        a.status = Account::Status::Disabled;
    else if (!lockedUntil.isNull() && lockedUntil.toLongLong() > nowMs)
        a.status = Account::Status::Locked;
    else
        a.status = Account::Status::Active;
    a.institutionId = r.value(QStringLiteral("institution_id")).isNull()
        ? 0 : r.value(QStringLiteral("institution_id")).toLongLong();
    a.createdAt = timeFromMs(r.value(QStringLiteral("created_at")));
    a.lastLoginAt = timeFromMs(r.value(QStringLiteral("last_login_at")));
    a.version = accountVersion(r.value(QStringLiteral("version")).toLongLong(), disabled ? QVariant() : lockedUntil,
                               nowMs);
    AccountRecord record;
    record.account = a;
    record.unitId = r.value(QStringLiteral("unit_id")).toLongLong();
    record.credentialId = r.value(QStringLiteral("credential_id")).toLongLong();
    record.changeSeq = r.value(QStringLiteral("change_seq")).toLongLong();
    return record;
}

QList<AccountRecord> Directory::accountsFromJoinedRows(const QList<QSqlRecord> &rows, qint64 nowMs)
{
    QList<AccountRecord> out;
    for (const QSqlRecord &r : rows) {
        const qint64 id = r.value(QStringLiteral("id")).toLongLong();
        if (out.isEmpty() || out.constLast().account.id != id)
            out.append(accountFromRecord(r, nowMs));
        const QVariant role = r.value(QStringLiteral("role_id"));
        if (!role.isNull())
            out.last().account.roleIds.append(role.toLongLong());
    }
    return out;
}

QString Directory::nameKey(const QString &name)
{
    return name.trimmed().toLower();
}

QString Directory::containsPattern(const QString &needle)
{
    QString escaped;
    const QString lower = needle.toLower();
    escaped.reserve(lower.size() + 2);
    escaped.append(QLatin1Char('%'));
    for (const QChar c : lower) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped.append(QLatin1Char('\\'));
        escaped.append(c);
    }
    escaped.append(QLatin1Char('%'));
    return escaped;
}

QDateTime Directory::timeFromMs(const QVariant &ms)
{
    if (ms.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

Unit Directory::unitFromRecord(const QSqlRecord &r)
{
    Unit u;
    u.id = r.value(QStringLiteral("id")).toLongLong();
    u.uscc = r.value(QStringLiteral("uscc")).toString();
    u.name = r.value(QStringLiteral("name")).toString();
    u.kind = Unit::kindFromString(r.value(QStringLiteral("kind")).toString()).value_or(Unit::Kind::None);
    u.unitCode = r.value(QStringLiteral("unit_code")).toString();
    u.verified = r.value(QStringLiteral("verified")).toInt() != 0;
    u.region = r.value(QStringLiteral("region")).toString();
    return u;
}

Institution Directory::institutionFromRecord(const QSqlRecord &r)
{
    Institution i;
    i.id = r.value(QStringLiteral("id")).toLongLong();
    i.code = r.value(QStringLiteral("code")).toString();
    i.name = r.value(QStringLiteral("name")).toString();
    i.uscc = r.value(QStringLiteral("uscc")).toString();
    i.level = r.value(QStringLiteral("level")).toString();
    i.address = r.value(QStringLiteral("address")).toString();
    return i;
}

Result<std::optional<Unit>> Directory::unit(qint64 id)
{
    const auto rows = m_db.run(QStringLiteral("SELECT ") + UnitColumns + QStringLiteral(" FROM units u WHERE u.id = ?"),
                               {id});
    if (!rows)
        return internalError();
    if (rows->isEmpty())
        return std::optional<Unit>();
    return std::optional<Unit>(unitFromRecord(rows->first()));
}

Result<QList<Unit>> Directory::activeHandlerUnits(const QString &phone)
{
    const auto rows = m_db.run(QStringLiteral("SELECT ") + UnitColumns
                                   + QStringLiteral(" FROM accounts a JOIN units u ON u.id = a.unit_id"
                                                    " WHERE a.kind = 'handler' AND a.login = ? AND a.status = 'active'"
                                                    " ORDER BY u.id"),
                               {phone});
    if (!rows)
        return internalError();
    QList<Unit> units;
    units.reserve(rows->rows.size());
    for (const QSqlRecord &r : std::as_const(rows->rows))
        units.append(unitFromRecord(r));
    return units;
}

Result<std::optional<AccountRecord>> Directory::account(qint64 id)
{
    const auto rows = m_db.run(QStringLiteral("SELECT ") + AccountColumns + QStringLiteral(", ar.role_id FROM ")
                                   + AccountTables
                                   + QStringLiteral(" LEFT JOIN account_roles ar ON ar.account_id = a.id"
                                                    " WHERE a.id = ? ORDER BY ar.role_id"),
                               {id});
    if (!rows)
        return internalError();
    const QList<AccountRecord> records = accountsFromJoinedRows(rows->rows, QDateTime::currentMSecsSinceEpoch());
    if (records.isEmpty())
        return std::optional<AccountRecord>();
    return std::optional<AccountRecord>(records.constFirst());
}

Result<QList<Institution>> Directory::institutionsOfUscc(const QString &uscc)
{
    const auto rows = m_db.run(QStringLiteral("SELECT ") + InstitutionColumns
                                   + QStringLiteral(" FROM institutions i WHERE i.uscc = ? ORDER BY i.id"),
                               {uscc});
    if (!rows)
        return internalError();
    QList<Institution> list;
    list.reserve(rows->rows.size());
    for (const QSqlRecord &r : std::as_const(rows->rows))
        list.append(institutionFromRecord(r));
    return list;
}

Result<QStringList> Directory::permissions(const Account &account)
{
    const PermissionCatalog &catalog = PermissionCatalog::builtIn();
    if (account.kind == Account::Kind::Unit)
        return catalog.leaves();
    const auto rows = m_db.run(QStringLiteral("SELECT DISTINCT rp.code FROM account_roles ar"
                                              " JOIN role_permissions rp ON rp.role_id = ar.role_id"
                                              " WHERE ar.account_id = ?"),
                               {account.id});
    if (!rows)
        return internalError();
    QStringList codes;
    codes.reserve(rows->rows.size());
    for (const QSqlRecord &r : std::as_const(rows->rows))
        codes.append(r.value(0).toString());
    // Expanding drops codes the catalog no longer has and sorts in tree order.
    return catalog.expand(codes);
}

} // namespace zc::server
