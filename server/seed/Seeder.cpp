#include "server/seed/Seeder.h"

#include "server/Logging.h"
#include "server/auth/PasswordHasher.h"
#include "server/seed/SeedFile.h"
#include "server/storage/AccountStorage.h"
#include "server/storage/ChangeStorage.h"
#include "server/storage/CredentialStorage.h"
#include "server/storage/Database.h"
#include "server/storage/Directory.h"
#include "server/storage/RegistryStorage.h"
#include "server/storage/RoleStorage.h"
#include "server/storage/UnitStorage.h"

#include <QDateTime>
#include <QHash>

namespace zc::server {

namespace {

// Inserts what a checked seed file holds and the database does not, inside
// the caller's transaction, through the storage classes of the entities.
class SeedWriter
{
public:
    SeedWriter(Database &db, const PasswordHasher &hasher, qint64 nowMs)
        : m_db(db), m_hasher(hasher), m_now(nowMs), m_accounts(db), m_roles(db)
    {
    }

    Status write(const SeedData &d);

    int added = 0;
    int present = 0;
    QString why;   // what went wrong, when it was not a database error

private:
    // A failed insert: the database's error, or a row it refused.
    template<typename T>
    bool inserted(const Result<T> &r, const char *table)
    {
        if (!r) {
            why = QStringLiteral("cannot insert into %1").arg(QLatin1String(table));
            return false;
        }
        ++added;
        return true;
    }
    bool insertedRow(const Result<std::optional<qint64>> &r, const char *table, qint64 *id)
    {
        if (!r || !r->has_value()) {
            why = QStringLiteral("cannot insert into %1").arg(QLatin1String(table));
            return false;
        }
        *id = r->value();
        ++added;
        return true;
    }

    Status registries(const SeedData &d);
    Status units(const SeedData &d, qint64 seq);
    Status roles(const SeedData &d, qint64 seq);
    Status handlers(const SeedData &d, qint64 seq);
    bool unitIdOf(const QString &uscc, qint64 *id);
    bool credentialFor(const SeedData::Handler &h, qint64 *id);

    Database &m_db;
    const PasswordHasher &m_hasher;
    const qint64 m_now;
    AccountStorage m_accounts;
    RoleStorage m_roles;
    QHash<QString, qint64> m_unitIds;            // by USCC
    QHash<QString, qint64> m_mainAccountIds;     // by USCC
    QHash<QString, QString> m_mainAccountNames;  // by USCC
    QHash<QString, qint64> m_roleIds;            // "uscc/name"
    QHash<QString, qint64> m_credentialOfPhone;  // new or existing credential ids
};

Status SeedWriter::write(const SeedData &d)
{
    // What the seed adds is a change like any other: clients that follow the
    // change feed see it.
    const Result<qint64> seq = ChangeStorage(m_db).nextSeq();
    if (!seq)
        return seq.error();
    if (Status st = registries(d); !st)
        return st;
    if (Status st = units(d, seq.value()); !st)
        return st;
    if (Status st = roles(d, seq.value()); !st)
        return st;
    return handlers(d, seq.value());
}

Status SeedWriter::registries(const SeedData &d)
{
    RegistryStorage registry(m_db);
    for (const auto &p : d.legalPersons) {
        const auto id = registry.idOfLegalPerson(p.uscc);
        if (!id)
            return id.error();
        if (id->has_value()) { ++present; continue; }
        if (!inserted(registry.insertLegalPerson(p.uscc, {p.name, p.repName, p.repId}), "legal_persons"))
            return internalError();
    }
    for (const auto &u : d.insuranceUnits) {
        const auto id = registry.idOfInsuranceUnit(u.unitCode);
        if (!id)
            return id.error();
        if (id->has_value()) { ++present; continue; }
        if (!inserted(registry.insertInsuranceUnit(u.unitCode, u.uscc, u.kind), "insurance_units"))
            return internalError();
    }
    for (const auto &i : d.institutions) {
        const auto id = registry.idOfInstitution(i.code);
        if (!id)
            return id.error();
        if (id->has_value()) { ++present; continue; }
        if (!inserted(registry.insertInstitution({i.code, i.name, i.uscc, i.level, i.address}), "institutions"))
            return internalError();
    }
    return Done{};
}

Status SeedWriter::units(const SeedData &d, qint64 seq)
{
    UnitStorage unitStorage(m_db);
    CredentialStorage credentials(m_db);
    for (const auto &u : d.units) {
        const auto existing = unitStorage.idOfUscc(u.uscc);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            ++present;
            const qint64 unitId = existing->value();
            const auto mainId = m_accounts.idOfMain(unitId);
            if (!mainId)
                return mainId.error();
            m_unitIds.insert(u.uscc, unitId);
            m_mainAccountIds.insert(u.uscc, mainId->value_or(0));
            m_mainAccountNames.insert(u.uscc, u.name);
            continue;
        }
        const auto taken = m_accounts.idOfMainLogin(u.login);
        if (!taken)
            return taken.error();
        if (taken->has_value()) {
            why = QStringLiteral("units: login %1 already belongs to another unit").arg(u.login);
            return internalError();
        }
        qint64 unitId = 0;
        if (!insertedRow(unitStorage.insert({u.uscc, u.name, u.kind, u.unitCode, u.uscc.mid(2, 6),
                                             QStringLiteral("seed")},
                                            m_now),
                         "units", &unitId))
            return internalError();
        const QString hash = m_hasher.hash(u.password);
        if (hash.isEmpty())
            return internalError();
        const Result<qint64> credentialId = credentials.insert(QString(), hash, u.changeRequired, m_now);
        if (!inserted(credentialId, "credentials"))
            return internalError();
        qint64 accountId = 0;
        if (!insertedRow(m_accounts.insert({unitId, QStringLiteral("unit"), u.login, u.name, Directory::nameKey(u.name),
                                            u.phone, credentialId.value(), seq},
                                           m_now),
                         "accounts", &accountId))
            return internalError();
        m_unitIds.insert(u.uscc, unitId);
        m_mainAccountIds.insert(u.uscc, accountId);
        m_mainAccountNames.insert(u.uscc, u.name);
    }
    return Done{};
}

bool SeedWriter::unitIdOf(const QString &uscc, qint64 *id)
{
    const auto known = m_unitIds.constFind(uscc);
    if (known != m_unitIds.constEnd()) {
        *id = known.value();
        return true;
    }
    const auto found = UnitStorage(m_db).idOfUscc(uscc);
    if (!found)
        return false;
    *id = found->value_or(0);
    if (*id == 0)
        why = QStringLiteral("unit %1 is neither in the seed's units nor in the database").arg(uscc);
    m_unitIds.insert(uscc, *id);
    return *id != 0;
}

Status SeedWriter::roles(const SeedData &d, qint64 seq)
{
    for (const auto &r : d.roles) {
        qint64 unitId = 0;
        if (!unitIdOf(r.unitUscc, &unitId))
            return internalError();
        const auto existing = m_roles.idOfName(unitId, r.name);
        if (!existing)
            return existing.error();
        qint64 roleId = existing->value_or(0);
        if (!roleId) {
            if (!insertedRow(m_roles.insert({unitId, r.name, r.remark, m_mainAccountIds.value(r.unitUscc),
                                             m_mainAccountNames.value(r.unitUscc), seq},
                                            m_now),
                             "roles", &roleId))
                return internalError();
            if (Status st = m_roles.addPermissions(roleId, r.permissions); !st)
                return st;
        } else {
            ++present;
        }
        m_roleIds.insert(r.unitUscc + QLatin1Char('/') + r.name, roleId);
    }
    return Done{};
}

bool SeedWriter::credentialFor(const SeedData::Handler &h, qint64 *id)
{
    const auto known = m_credentialOfPhone.constFind(h.phone);
    if (known != m_credentialOfPhone.constEnd()) {
        *id = known.value();
        return true;
    }
    CredentialStorage credentials(m_db);
    const auto existing = credentials.idOfPhone(h.phone);
    if (!existing)
        return false;
    if (existing->has_value()) {
        *id = existing->value();
        ++present;
    } else {
        const QString hash = m_hasher.hash(h.password);
        if (hash.isEmpty())
            return false;
        const Result<qint64> inserted = credentials.insert(h.phone, hash, h.changeRequired, m_now);
        if (!this->inserted(inserted, "credentials"))
            return false;
        *id = inserted.value();
    }
    m_credentialOfPhone.insert(h.phone, *id);
    return true;
}

Status SeedWriter::handlers(const SeedData &d, qint64 seq)
{
    for (const auto &h : d.handlers) {
        qint64 unitId = 0;
        if (!unitIdOf(h.unitUscc, &unitId))
            return internalError();
        qint64 credentialId = 0;
        if (!credentialFor(h, &credentialId))
            return internalError();
        const auto existing = m_accounts.idOfHandler(unitId, h.phone);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            ++present;   // left as it is, roles included
            continue;
        }
        qint64 accountId = 0;
        if (!insertedRow(m_accounts.insert({unitId, QStringLiteral("handler"), h.phone, h.name,
                                            Directory::nameKey(h.name), h.phone, credentialId, seq},
                                           m_now),
                         "accounts", &accountId))
            return internalError();
        for (const QString &role : h.roles) {
            const Result<bool> assigned =
                m_roles.assign(accountId, m_roleIds.value(h.unitUscc + QLatin1Char('/') + role), m_now);
            if (!assigned)
                return assigned.error();
            if (!assigned.value()) {
                why = QStringLiteral("handlers: phone %1 names role %2 twice").arg(h.phone, role);
                return internalError();
            }
        }
    }
    return Done{};
}

} // namespace

bool Seeder::load(const QString &path, QString *error)
{
    SeedData d;
    if (!SeedFile::read(path, &d, error))
        return false;

    SeedWriter writer(m_db, m_hasher, QDateTime::currentMSecsSinceEpoch());
    const Status result = m_db.transaction<Done>([&]() -> Status { return writer.write(d); });
    if (!result.ok()) {
        *error = QStringLiteral("%1: %2").arg(path, writer.why.isEmpty() ? QStringLiteral("database error (see log)")
                                                                         : writer.why);
        return false;
    }
    qCInfo(lcSeed).noquote() << "seed" << path << "loaded:" << writer.added << "rows added," << writer.present
                             << "already present";
    return true;
}

} // namespace zc::server
