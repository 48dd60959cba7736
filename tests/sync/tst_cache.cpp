// The client's SQLite cache on real files in a temporary folder: schema
// migrations, batches and their cursor in one transaction, idempotence,
// tombstones, failures leaving the old state, the read path's paging, filters
// and sorting, file permissions, two threads on one file, no secrets.
#include "ModelSamples.h"

#include "sync/Cache.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using zc::Account;
using zc::AuditEvent;
using zc::Institution;
using zc::PermissionCatalog;
using zc::Role;
using zc::sync::AccountQuery;
using zc::sync::AccountSort;
using zc::sync::Cache;
using zc::sync::CacheError;
using zc::sync::ChangeBatch;
using zc::sync::DeletedItem;
using zc::sync::RoleAccountsQuery;
using zc::sync::RoleQuery;
using zc::sync::RoleSort;
using zc::sync::SyncKind;

using namespace zc::test;

namespace {

// One unit: the main account 1, handlers 2..5, roles 10 and 11.
ChangeBatch firstBatch()
{
    ChangeBatch b;
    b.roles = { makeRole(10, QStringLiteral("审核员"), { QStringLiteral("basic.roles") }, 2),
                makeRole(11, QStringLiteral("Viewer"),
                         { QStringLiteral("drug.listing"), QStringLiteral("basic.accounts") }, 1) };
    b.accounts = {
        makeAccount(1, QStringLiteral("unit-admin"), QStringLiteral("单位管理员"), QStringLiteral("13900000001"), {},
                    Account::Kind::Unit),
        makeAccount(2, QStringLiteral("18812343711"), QStringLiteral("张三"), QStringLiteral("18812343711"), { 10 }),
        makeAccount(3, QStringLiteral("13512345678"), QStringLiteral("Li Si"), QStringLiteral("13512345678")),
        makeAccount(4, QStringLiteral("15000000004"), QStringLiteral("WANG wu"), QStringLiteral("15000000004"),
                    { 10, 11 }, Account::Kind::Handler, Account::Status::Disabled),
        makeAccount(5, QStringLiteral("17700000005"), QStringLiteral("赵六"), QStringLiteral("17700000005"), {},
                    Account::Kind::Handler, Account::Status::Locked),
    };
    b.cursor = QStringLiteral("c-1");
    b.catalogVersion = PermissionCatalog::builtIn().version();
    b.catalog = PermissionCatalog::builtIn();
    b.kind = SyncKind::Full;
    b.resetBefore = true;
    b.receivedAt = at(28, 12);
    return b;
}

QString errorText(const CacheError &e)
{
    return QStringLiteral("code %1: %2").arg(static_cast<int>(e.code)).arg(e.message);
}

// A raw connection of the test's own, to look at the file as it is.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-") + QString::number(reinterpret_cast<quintptr>(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        m_ok = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Every row of every table, as text: equal dumps, equal contents.
    QStringList dump() const
    {
        QStringList out;
        for (const QString &table : tables()) {
            if (table == QLatin1String("schema_migrations"))
                continue;
            QSqlQuery q(db());
            // Table names come from sqlite_master of a file this test made.
            if (!q.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1, 2")))
                out.append(QStringLiteral("error ") + q.lastError().text());
            while (q.next()) {
                QStringList row{ table };
                for (int i = 0; i < q.record().count(); ++i)
                    row.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
                out.append(row.join(u'|'));
            }
        }
        return out;
    }

    QStringList tables() const
    {
        QStringList out;
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }

    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return QVariant(QStringLiteral("error: ") + q.lastError().text());
        return q.value(0);
    }

    bool exec(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }

private:
    QString m_name;
    bool m_ok = false;
};

QList<qint64> ids(const QList<Account> &accounts)
{
    QList<qint64> out;
    for (const Account &a : accounts)
        out.append(a.id);
    return out;
}

QList<qint64> ids(const QList<Role> &roles)
{
    QList<qint64> out;
    for (const Role &r : roles)
        out.append(r.id);
    return out;
}

} // namespace

class TestCache : public QObject
{
    Q_OBJECT

private:
    QString path(const char *name = "cache.sqlite") const { return m_dir->filePath(QLatin1String(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    // ----- opening and migrations -----

    void openCreatesTheSchemaInWalModeAndRecordsTheMigration()
    {
        Cache cache(path(), QStringLiteral("main"));
        QVERIFY(!cache.isOpen());
        const CacheError e = cache.open();
        QVERIFY2(e.ok(), qPrintable(errorText(e)));
        QVERIFY(cache.isOpen());
        QCOMPARE(cache.schemaVersion(), Cache::latestSchemaVersion());
        QVERIFY(Cache::latestSchemaVersion() >= 1);

        RawDb raw(path());
        QVERIFY(raw.ok());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT max(version) FROM schema_migrations")).toInt(),
                 Cache::latestSchemaVersion());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(),
                 Cache::latestSchemaVersion());
        const QStringList tables = raw.tables();
        for (const char *t : { "accounts", "assignments", "audit_events", "catalog", "institutions", "roles",
                                 "schema_migrations", "sync_state" })
            QVERIFY2(tables.contains(QLatin1String(t)), t);
        const zc::sync::CacheResult<zc::sync::SyncState> state = cache.syncState();
        QVERIFY(state.ok());
        QVERIFY(state.value->cursor.isEmpty());
        QVERIFY(!state.value->lastSyncAt().isValid());
        QCOMPARE(cache.catalog().error.code, CacheError::Code::NotFound);
    }

    void reopeningKeepsDataAndDoesNotMigrateAgain()
    {
        {
            Cache cache(path(), QStringLiteral("first"));
            QVERIFY(cache.open().ok());
            QVERIFY(cache.applyChanges(firstBatch()).ok());
        }
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("first")));   // the destructor closed it
        Cache cache(path(), QStringLiteral("second"));
        QVERIFY(cache.open().ok());
        QCOMPARE(cache.counts().value->accounts, 5);
        QCOMPARE(cache.syncState().value->cursor, QStringLiteral("c-1"));
        RawDb raw(path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(),
                 Cache::latestSchemaVersion());
    }

    void aNewerSchemaIsRefusedAndLeftUntouched()
    {
        {
            Cache cache(path(), QStringLiteral("c"));
            QVERIFY(cache.open().ok());
            QVERIFY(cache.applyChanges(firstBatch()).ok());
        }
        {
            RawDb raw(path());
            QVERIFY(raw.exec(QStringLiteral(
                    "INSERT INTO schema_migrations (version, description, applied_at) VALUES (99, 'future', 0)")));
        }
        Cache cache(path(), QStringLiteral("c"));
        const CacheError e = cache.open();
        QCOMPARE(e.code, CacheError::Code::NewerSchema);
        QVERIFY(e.message.contains(QLatin1String("99")));
        QVERIFY(!cache.isOpen());
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("c")));
        QCOMPARE(cache.counts().error.code, CacheError::Code::NotOpen);
        RawDb raw(path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM accounts")).toInt(), 5);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT max(version) FROM schema_migrations")).toInt(), 99);
    }

    void aFileThatIsNotADatabaseIsReportedAsCorrupt()
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray junk;
        for (int i = 0; i < 64; ++i)
            junk.append("this is not an SQLite database, just text ");
        file.write(junk);
        file.close();
        Cache cache(path(), QStringLiteral("c"));
        const CacheError e = cache.open();
        QCOMPARE(e.code, CacheError::Code::Corrupt);
        QVERIFY(!cache.isOpen());
        // Untouched, so that it can be looked at; deleting it gives a fresh start.
        QFile again(path());
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), junk);
        again.close();
        QVERIFY(Cache::removeFiles(path()));
        QVERIFY(cache.open().ok());
    }

    void aDamagedPageThatOpenDoesNotReadIsFoundByVerify()
    {
        {
            Cache cache(path(), QStringLiteral("c"));
            QVERIFY(cache.open().ok());
            for (int i = 1; i <= 400; ++i)
                QVERIFY(cache.applyRole(makeRole(i, QStringLiteral("role %1 with a long enough name").arg(i))).ok());
            QVERIFY(cache.verify().ok());
        }   // closed: the WAL is checkpointed into the file
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() >= 16 * 4096);
        QVERIFY(file.seek(file.size() - 4096));   // the last page: table data, not the schema
        file.write(QByteArray(4096, '\xff'));
        file.close();
        Cache cache(path(), QStringLiteral("c2"));
        QVERIFY(cache.open().ok());   // the schema and its version are still readable
        const CacheError e = cache.verify();
        QCOMPARE(e.code, CacheError::Code::Corrupt);
        QVERIFY(!e.message.isEmpty());
    }

    void badArgumentsAndMisuseAreErrorsNotCrashes()
    {
        Cache closed(path(), QStringLiteral("c"));
        QCOMPARE(closed.applyRole(makeRole(1, QStringLiteral("r"))).code, CacheError::Code::NotOpen);
        QCOMPARE(closed.roles({}).error.code, CacheError::Code::NotOpen);
        Cache cache(path(), QStringLiteral("c"));
        QVERIFY(cache.open().ok());
        Cache sameName(path(), QStringLiteral("c"));
        QCOMPARE(sameName.open().code, CacheError::Code::InvalidArgument);
        Cache noName(path(), QString());
        QCOMPARE(noName.open().code, CacheError::Code::InvalidArgument);
        Cache noFolder(QStringLiteral("/proc/no/such/place/cache.sqlite"), QStringLiteral("x"));
        QCOMPARE(noFolder.open().code, CacheError::Code::CannotOpen);
        RoleQuery badPage;
        badPage.page = 0;
        QCOMPARE(cache.roles(badPage).error.code, CacheError::Code::InvalidArgument);
        AccountQuery badSize;
        badSize.size = 0;
        QCOMPARE(cache.accounts(badSize).error.code, CacheError::Code::InvalidArgument);
        QCOMPARE(cache.role(42).error.code, CacheError::Code::NotFound);
        QCOMPARE(cache.account(42).error.code, CacheError::Code::NotFound);
        RoleAccountsQuery unknownRole;
        unknownRole.roleId = 42;
        QCOMPARE(cache.roleAccounts(unknownRole).error.code, CacheError::Code::NotFound);
        QCOMPARE(cache.applyCatalog(PermissionCatalog()).code, CacheError::Code::InvalidArgument);
    }

    // ----- write path -----

    void aBatchStoresEverythingWithItsCursor()
    {
        Cache cache(path(), QStringLiteral("c"));
        QVERIFY(cache.open().ok());
        const ChangeBatch batch = firstBatch();
        const CacheError e = cache.applyChanges(batch);
        QVERIFY2(e.ok(), qPrintable(errorText(e)));

        const auto roles = cache.allRoles();
        QVERIFY(roles.ok());
        QCOMPARE(*roles.value, batch.roles);
        const auto accounts = cache.allAccounts();
        QVERIFY(accounts.ok());
        QCOMPARE(*accounts.value, batch.accounts);   // every field, role ids and nulls included
        QCOMPARE(*cache.role(11).value, batch.roles.at(1));
        QCOMPARE(*cache.account(4).value, batch.accounts.at(3));

        const auto counts = cache.counts();
        QCOMPARE(counts.value->roles, 2);
        QCOMPARE(counts.value->accounts, 5);
        QCOMPARE(counts.value->handlers, 4);
        QCOMPARE(counts.value->assignments, 3);

        const auto state = cache.syncState();
        QCOMPARE(state.value->cursor, QStringLiteral("c-1"));
        QCOMPARE(state.value->catalogVersion, PermissionCatalog::builtIn().version());
        QCOMPARE(state.value->lastFullSyncAt, batch.receivedAt);
        QVERIFY(!state.value->lastIncrementalSyncAt.isValid());
        QCOMPARE(state.value->lastSyncAt(), batch.receivedAt);

        const auto catalog = cache.catalog();
        QVERIFY(catalog.ok());
        QCOMPARE(catalog.value->version(), PermissionCatalog::builtIn().version());
        QCOMPARE(catalog.value->tree(), PermissionCatalog::builtIn().tree());
        QCOMPARE(cache.roleNames().value->value(10), QStringLiteral("审核员"));
    }

    void aBatchWithMoreToComeDoesNotFinishTheSync()
    {
        Cache cache(path(), QStringLiteral("c"));
        QVERIFY(cache.open().ok());
        ChangeBatch first = firstBatch();
        first.more = true;
        QVERIFY(cache.applyChanges(first).ok());
        QCOMPARE(cache.syncState().value->cursor, QStringLiteral("c-1"));
        QVERIFY(!cache.syncState().value->lastFullSyncAt.isValid());

        ChangeBatch incremental;
        incremental.cursor = QStringLiteral("c-2");
        incremental.kind = SyncKind::Incremental;
        incremental.receivedAt = at(28, 13);
        QVERIFY(cache.applyChanges(incremental).ok());
        const auto state = cache.syncState();
        QCOMPARE(state.value->cursor, QStringLiteral("c-2"));
        QVERIFY(!state.value->lastFullSyncAt.isValid());
        QCOMPARE(state.value->lastIncrementalSyncAt, at(28, 13));
        // An empty catalog version keeps the one announced before.
        QCOMPARE(state.value->catalogVersion, PermissionCatalog::builtIn().version());
        QCOMPARE(cache.counts().value->roles, 2);
    }

    void applyingTheSameBatchTwiceChangesNothing()
    {
        Cache cache(path(), QStringLiteral("c"));
        QVERIFY(cache.open().ok());
        ChangeBatch batch = firstBatch();
        batch.deleted = { { DeletedItem::Type::Account, 77 } };   // a tombstone of something never seen
        QVERIFY(cache.applyChanges(batch).ok());
        RawDb raw(path());
        const QStringList once = raw.dump();
        QVERIFY(once.size() > 10);
        QVERIFY(cache.applyChanges(batch).ok());
        QCOMPARE(raw.dump(), once);

        ChangeBatch second;
        second.roles = { makeRole(12, QStringLiteral("new role")) };
        second.accounts = { makeAccount(3, QStringLiteral("13512345678"), QStringLiteral("Li Si"),
                                        QStringLiteral("13512345678"), { 12, 10 }) };
        second.cursor = QStringLiteral("c-2");
        second.receivedAt = at(28, 14);
        QVERIFY(cache.applyChanges(second).ok());
        const QStringList twice = raw.dump();
        QVERIFY(twice != once);
        QVERIFY(cache.applyChanges(second).ok());
        QCOMPARE(raw.dump(), twice);
        QCOMPARE(cache.account(3).value->roleIds, (QList<qint64>{ 10, 12 }));
    }

    void anIdTwiceInOneBatchKeepsItsLastValue()
    {
        Cache cache(path(), QStringLiteral("c"));
        QVERIFY(cache.open().ok());
        ChangeBatch batch = firstBatch();
        batch.accounts.append(makeAccount(2, QStringLiteral("18812343711"), QStringLiteral("张三 (new)"),
                                          QStringLiteral("18812343711"), { 11 }));
        batch.roles.append(makeRole(10, QStringLiteral("审核员 (new)")));
        QVERIFY(cache.applyChanges(batch).ok());
        QCOMPARE(cache.account(2).value->name, QStringLiteral("张三 (new)"));
        QCOMPARE(cache.account(2).value->roleIds, (QList<qint64>{ 11 }));   // not the union with { 10 }
        QCOMPARE(cache.role(10).value->name, QStringLiteral("审核员 (new)"));
        QCOMPARE(cache.counts().value->accounts, 5);
    }

    void tombstonesRemoveRowsAndTheirAssignments()
    {
        Cache cache(path(), QStringLiteral("c"));
        QVERIFY(cache.open().ok());
        QVERIFY(cache.applyChanges(firstBatch()).ok());
        ChangeBatch batch;
        batch.deleted = { { DeletedItem::Type::Role, 10 }, { DeletedItem::Type::Account, 2 } };
        batch.roles = { makeRole(11, QStringLiteral("Viewer"), {}, 1) };
        batch.cursor = QStringLiteral("c-2");
        QVERIFY(cache.applyChanges(batch).ok());
        QCOMPARE(cache.role(10).error.code, CacheError::Code::NotFound);
        QCOMPARE(cache.account(2).error.code, CacheError::Code::NotFound);
        QCOMPARE(cache.account(4).value->roleIds, (QList<qint64>{ 11 }));   // role 10 gone from it
        RawDb raw(path());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM assignments WHERE role_id = 10 OR account_id = 2"))
                         .toInt(),
                 0);
        QCOMPARE(cache.counts().value->assignments, 1);
        // A tombstone and a new row under the same id in one batch: the row wins.
        ChangeBatch reused;
        reused.deleted = { { DeletedItem::Type::Role, 11 } };
        reused.roles = { makeRole(11, QStringLiteral("Reborn")) };
        reused.cursor = QStringLiteral("c-3");
        QVERIFY(cache.applyChanges(reused).ok());
        QCOMPARE(cache.role(11).value->name, QStringLiteral("Reborn"));
        QVERIFY(cache.account(4).value->roleIds.isEmpty());
    }

    void aFullSyncResetDropsRowsTheServerNoLongerHas()
    {
        Cache cache(path(), QStringLiteral("c"));
        QVERIFY(cache.open().ok());
        QVERIFY(cache.applyChanges(firstBatch()).ok());
        ChangeBatch full;
        full.roles = { makeRole(11, QStringLiteral("Viewer")) };
        full.accounts = { makeAccount(1, QStringLiteral("unit-admin"), QStringLiteral("单位管理员"),
                                      QStringLiteral("13900000001"), {}, Account::Kind::Unit) };
        full.cursor = QStringLiteral("c-9");
        full.kind = SyncKind::Full;
        full.resetBefore = true;
        QVERIFY(cache.applyChanges(full).ok());
        QCOMPARE(ids(*cache.allRoles().value), (QList<qint64>{ 11 }));
        QCOMPARE(ids(*cache.allAccounts().value), (QList<qint64>{ 1 }));
        QCOMPARE(cache.counts().value->assignments, 0);
        QVERIFY(cache.catalog().ok());   // the catalog is not part of the reset
    }

    void aBatchThatFailsMidwayLeavesTheOldStateAndCursor()
    {
        Cache cache(path(), QStringLiteral("c"));
        QVERIFY(cache.open().ok());
        QVERIFY(cache.applyChanges(firstBatch()).ok());
        RawDb raw(path());
        const QStringList before = raw.dump();

        // A row the schema refuses, after good rows and a tombstone were written.
        ChangeBatch bad;
        bad.deleted = { { DeletedItem::Type::Account, 5 } };
        bad.roles = { makeRole(10, QStringLiteral("renamed")), makeRole(20, QStringLiteral("new")) };
        bad.accounts = { makeAccount(6, QStringLiteral("6"), QStringLiteral("six"), QStringLiteral("1"), { 20 }),
                         makeAccount(0, QStringLiteral("zero"), QStringLiteral("bad id"), QStringLiteral("1")) };
        bad.cursor = QStringLiteral("c-bad");
        const CacheError e = cache.applyChanges(bad);
        QCOMPARE(e.code, CacheError::Code::Sql);
        QCOMPARE(raw.dump(), before);
        QCOMPARE(cache.syncState().value->cursor, QStringLiteral("c-1"));

        // A failure forced by the database itself, half way through the accounts.
        QVERIFY(raw.exec(QStringLiteral("CREATE TRIGGER forced_failure BEFORE INSERT ON accounts"
                                        " WHEN NEW.id = 666 BEGIN SELECT RAISE(ABORT, 'forced'); END")));
        const QStringList withTrigger = raw.dump();
        ChangeBatch forced;
        forced.roles = { makeRole(21, QStringLiteral("twenty-one")) };
        forced.accounts = { makeAccount(7, QStringLiteral("7"), QStringLiteral("seven"), QStringLiteral("1"), { 21 }),
                            makeAccount(666, QStringLiteral("666"), QStringLiteral("boom"), QStringLiteral("1")),
                            makeAccount(8, QStringLiteral("8"), QStringLiteral("eight"), QStringLiteral("1")) };
        forced.cursor = QStringLiteral("c-forced");
        forced.catalogVersion = QStringLiteral("other");
        const CacheError f = cache.applyChanges(forced);
        QCOMPARE(f.code, CacheError::Code::Sql);
        QVERIFY2(f.message.contains(QLatin1String("forced")), qPrintable(f.message));
        QCOMPARE(raw.dump(), withTrigger);
        QCOMPARE(cache.syncState().value->cursor, QStringLiteral("c-1"));
        QCOMPARE(cache.syncState().value->catalogVersion, PermissionCatalog::builtIn().version());

        // The cache is still usable: the same batch goes in once the cause is gone.
        QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER forced_failure")));
        QVERIFY(cache.applyChanges(forced).ok());
        QCOMPARE(cache.syncState().value->cursor, QStringLiteral("c-forced"));
        QCOMPARE(cache.counts().value->accounts, 8);
    }

    void writesOfTheClientAreAppliedAtOnce()
    {
        Cache cache(path(), QStringLiteral("c"));
        QVERIFY(cache.open().ok());
        QVERIFY(cache.applyChanges(firstBatch()).ok());
        const QString cursor = cache.syncState().value->cursor;

        Role created = makeRole(30, QStringLiteral("新角色"), { QStringLiteral("basic.roles") });
        QVERIFY(cache.applyRole(created).ok());
        QCOMPARE(*cache.role(30).value, created);
        created.name = QStringLiteral("改名");
        created.version = QStringLiteral("v30b");
        QVERIFY(cache.applyRole(created).ok());
        QCOMPARE(cache.role(30).value->name, QStringLiteral("改名"));

        // Assignments answered 204: the pair and the role's count follow, idempotently.
        QVERIFY(cache.applyAssignment(30, 3, true).ok());
        QVERIFY(cache.applyAssignment(30, 3, true).ok());
        QCOMPARE(cache.role(30).value->accountCount, 1);
        QCOMPARE(cache.account(3).value->roleIds, (QList<qint64>{ 30 }));
        QVERIFY(cache.applyAssignment(30, 3, false).ok());
        QVERIFY(cache.applyAssignment(30, 3, false).ok());
        QCOMPARE(cache.role(30).value->accountCount, 0);
        QVERIFY(cache.account(3).value->roleIds.isEmpty());

        Account edited = *cache.account(2).value;
        edited.status = Account::Status::Disabled;
        edited.roleIds = { 11 };
        QVERIFY(cache.applyAccount(edited).ok());
        QCOMPARE(*cache.account(2).value, edited);

        // Deleting handler 4 (roles 10 and 11) counts both roles down.
        QCOMPARE(cache.role(10).value->accountCount, 2);
        QVERIFY(cache.removeAccount(4).ok());
        QCOMPARE(cache.role(10).value->accountCount, 1);
        QCOMPARE(cache.role(11).value->accountCount, 0);
        QCOMPARE(cache.account(4).error.code, CacheError::Code::NotFound);
        QVERIFY(cache.removeRole(11).ok());
        QVERIFY(cache.account(2).value->roleIds.isEmpty());
        QVERIFY(cache.removeRole(11).ok());   // already gone: fine

        QVERIFY(cache.applyCatalog(PermissionCatalog::builtIn()).ok());
        QCOMPARE(cache.syncState().value->cursor, cursor);   // writes leave the cursor to the feed
    }

    void clearForgetsEverythingAndDeleteFilesRemovesThem()
    {
        Cache cache(path(), QStringLiteral("c"));
        QVERIFY(cache.open().ok());
        QVERIFY(cache.applyChanges(firstBatch()).ok());
        QVERIFY(cache.clear().ok());
        const auto counts = cache.counts();
        QCOMPARE(counts.value->roles + counts.value->accounts + counts.value->assignments, 0);
        QVERIFY(cache.syncState().value->cursor.isEmpty());
        QVERIFY(!cache.syncState().value->lastSyncAt().isValid());
        QCOMPARE(cache.catalog().error.code, CacheError::Code::NotFound);

        QVERIFY(cache.applyChanges(firstBatch()).ok());
        QVERIFY(QFile::exists(path()));
        QVERIFY(cache.deleteFiles().ok());
        QVERIFY(!cache.isOpen());
        for (const char *suffix : { "", "-wal", "-shm", "-journal" })
            QVERIFY2(!QFile::exists(path() + QLatin1String(suffix)), suffix);
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("c")));
        // Opening again starts from nothing.
        QVERIFY(cache.open().ok());
        QCOMPARE(cache.counts().value->accounts, 0);
    }

    // ----- read path -----

    void rolesArePagedFilteredAndSorted()
    {
        Cache cache(path(), QStringLiteral("c"));
        QVERIFY(cache.open().ok());
        ChangeBatch batch;
        for (int i = 1; i <= 25; ++i) {
            const QString name = i % 3 == 0 ? QStringLiteral("Admin %1").arg(i)
                               : i % 3 == 1 ? QStringLiteral("审核员%1").arg(i)
                                            : QStringLiteral("ADMIN helper %1").arg(i);
            batch.roles.append(makeRole(i, name, {}, 30 - i));
        }
        batch.roles.append(makeRole(26, QStringLiteral("50% off_sale")));
        batch.cursor = QStringLiteral("c");
        QVERIFY(cache.applyChanges(batch).ok());

        RoleQuery q;
        auto page = cache.roles(q);
        QVERIFY(page.ok());
        QCOMPARE(page.value->total, 26);
        QCOMPARE(ids(page.value->items), (QList<qint64>{ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }));
        q.page = 3;
        page = cache.roles(q);
        QCOMPARE(ids(page.value->items), (QList<qint64>{ 21, 22, 23, 24, 25, 26 }));
        QCOMPARE(page.value->page, 3);
        q.page = 4;   // past the end: no items, the total still says how many
        page = cache.roles(q);
        QVERIFY(page.value->items.isEmpty());
        QCOMPARE(page.value->total, 26);

        q = RoleQuery();
        q.name = QStringLiteral("  admin ");   // trimmed, case-insensitive
        q.size = 100;
        page = cache.roles(q);
        QCOMPARE(page.value->total, 16);   // 8 "Admin" + 8 "ADMIN helper"
        q.name = QStringLiteral("审核");
        QCOMPARE(cache.roles(q).value->total, 9);
        // Wildcards of LIKE mean nothing here.
        q.name = QStringLiteral("%");
        QCOMPARE(ids(cache.roles(q).value->items), (QList<qint64>{ 26 }));
        q.name = QStringLiteral("_");
        QCOMPARE(ids(cache.roles(q).value->items), (QList<qint64>{ 26 }));
        q.name = QStringLiteral("'; DROP TABLE roles; --");
        QCOMPARE(cache.roles(q).value->total, 0);
        QCOMPARE(cache.counts().value->roles, 26);

        q = RoleQuery();
        q.sort = RoleSort::AccountCount;
        q.order = Qt::DescendingOrder;
        q.size = 3;
        QCOMPARE(ids(cache.roles(q).value->items), (QList<qint64>{ 1, 2, 3 }));   // 29, 28, 27 accounts
        q.order = Qt::AscendingOrder;
        QCOMPARE(ids(cache.roles(q).value->items), (QList<qint64>{ 26, 25, 24 }));   // 0, 5, 6
        q.sort = RoleSort::Name;
        q.name = QStringLiteral("admin");
        q.size = 2;
        QCOMPARE(ids(cache.roles(q).value->items), (QList<qint64>{ 12, 15 }));   // "admin 12" < "admin 15"
    }

    void accountsMatchLoginNameOrPhoneWithStatusAndKind()
    {
        Cache cache(path(), QStringLiteral("c"));
        QVERIFY(cache.open().ok());
        QVERIFY(cache.applyChanges(firstBatch()).ok());
        const auto found = [&](const AccountQuery &q) { return ids(cache.accounts(q).value->items); };
        AccountQuery q;
        QCOMPARE(found(q), (QList<qint64>{ 2, 3, 4, 5 }));   // handlers by default
        q.kind = std::nullopt;
        QCOMPARE(found(q), (QList<qint64>{ 1, 2, 3, 4, 5 }));
        q.q = QStringLiteral("wang WU");
        QCOMPARE(found(q), (QList<qint64>{ 4 }));
        q.q = QStringLiteral("3711");
        QCOMPARE(found(q), (QList<qint64>{ 2 }));
        q.q = QStringLiteral("ADMIN");
        QCOMPARE(found(q), (QList<qint64>{ 1 }));
        q.q = QStringLiteral("张");
        QCOMPARE(found(q), (QList<qint64>{ 2 }));
        q.q = QStringLiteral("0000");
        QCOMPARE(found(q), (QList<qint64>{ 1, 4, 5 }));
        q.status = Account::Status::Locked;
        QCOMPARE(found(q), (QList<qint64>{ 5 }));
        q = AccountQuery();
        q.status = Account::Status::Active;
        QCOMPARE(found(q), (QList<qint64>{ 2, 3 }));
        q = AccountQuery();
        q.sort = AccountSort::Name;
        QCOMPARE(found(q), (QList<qint64>{ 3, 4, 2, 5 }));   // li si, wang wu, 张, 赵
        q.sort = AccountSort::LastLoginAt;
        q.order = Qt::DescendingOrder;
        QCOMPARE(found(q).first(), 3);   // the only one that logged in
        q = AccountQuery();
        q.size = 3;
        q.page = 2;
        const auto page = cache.accounts(q);
        QCOMPARE(page.value->total, 4);
        QCOMPARE(ids(page.value->items), (QList<qint64>{ 5 }));
    }

    void assignedAndUnassignedAccountsOfARole()
    {
        Cache cache(path(), QStringLiteral("c"));
        QVERIFY(cache.open().ok());
        QVERIFY(cache.applyChanges(firstBatch()).ok());
        const auto found = [&](const RoleAccountsQuery &q) {
            const auto r = cache.roleAccounts(q);
            return r.ok() ? ids(r.value->items) : QList<qint64>{ -1 };
        };
        RoleAccountsQuery q;
        q.roleId = 10;
        q.assigned = true;
        QCOMPARE(found(q), (QList<qint64>{ 2, 4 }));
        q.assigned = false;
        QCOMPARE(found(q), (QList<qint64>{ 3, 5 }));   // never the main account 1
        q.roleId = 11;
        QCOMPARE(found(q), (QList<qint64>{ 2, 3, 5 }));
        q.name = QStringLiteral("LI");
        QCOMPARE(found(q), (QList<qint64>{ 3 }));
        q.name.clear();
        q.login = QStringLiteral("177");
        QCOMPARE(found(q), (QList<qint64>{ 5 }));
        q.login.clear();
        q.assigned = true;
        q.roleId = 10;
        q.sort = AccountSort::Login;
        q.order = Qt::DescendingOrder;
        QCOMPARE(found(q), (QList<qint64>{ 2, 4 }));   // 188… before 150…
        // A role without accounts.
        QVERIFY(cache.applyRole(makeRole(12, QStringLiteral("empty"))).ok());
        q.roleId = 12;
        QCOMPARE(found(q), QList<qint64>{});
        q.assigned = false;
        QCOMPARE(found(q), (QList<qint64>{ 2, 5, 4, 3 }));   // still by login, descending
    }

    // ----- files, threads, secrets -----

    void theFilesAreReadableOnlyByTheirOwner()
    {
        const QString nested = m_dir->filePath(QStringLiteral("app/cache/x.sqlite"));
        Cache cache(nested, QStringLiteral("c"));
        QVERIFY(cache.open().ok());
        QVERIFY(cache.applyChanges(firstBatch()).ok());
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                          | QFile::WriteOther | QFile::ExeOther;
        for (const char *suffix : { "", "-wal", "-shm" }) {
            const QString file = nested + QLatin1String(suffix);
            QVERIFY2(QFile::exists(file), suffix);
            const QFile::Permissions p = QFileInfo(file).permissions();
            QVERIFY2(!(p & others), qPrintable(file + QStringLiteral(": ") + QString::number(int(p), 16)));
            QVERIFY(p & QFile::ReadOwner);
            QVERIFY(p & QFile::WriteOwner);
        }
        const QFile::Permissions dir = QFileInfo(QFileInfo(nested).absolutePath()).permissions();
        QVERIFY(!(dir & others));
        // An existing file with loose permissions is tightened on open.
        cache.close();
        QVERIFY(QFile::setPermissions(nested, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        QVERIFY(cache.open().ok());
        QVERIFY(!(QFileInfo(nested).permissions() & others));
    }

    void defaultPathIsPerProfileAndLoginWithSafeNames()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        const QString a = Cache::defaultPath(QStringLiteral("127.0.0.1:8443"), QStringLiteral("Unit-Admin"));
        QVERIFY2(a.startsWith(base + QStringLiteral("/cache/")), qPrintable(a));
        QVERIFY(a.endsWith(QLatin1String(".sqlite")));
        const QString fileName = QFileInfo(a).fileName();
        static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._-]+-[0-9a-f]{16}\\.sqlite$"));
        QVERIFY2(safe.match(fileName).hasMatch(), qPrintable(fileName));
        QVERIFY(!fileName.contains(QLatin1String("admin"), Qt::CaseInsensitive));   // the login is hashed
        QCOMPARE(Cache::defaultPath(QStringLiteral("127.0.0.1:8443"), QStringLiteral(" unit-admin ")), a);
        QVERIFY(Cache::defaultPath(QStringLiteral("127.0.0.1:8443"), QStringLiteral("other")) != a);
        QVERIFY(Cache::defaultPath(QStringLiteral("127.0.0.1_8443"), QStringLiteral("unit-admin")) != a);
        const QString hostile = Cache::defaultPath(QStringLiteral("../../etc/x"), QStringLiteral("l"));
        QVERIFY2(QFileInfo(hostile).absolutePath() == base + QStringLiteral("/cache"), qPrintable(hostile));
        QVERIFY(QFileInfo(Cache::defaultPath(QString(), QStringLiteral("l"))).fileName().startsWith(
                QLatin1String("profile")));
        QStandardPaths::setTestModeEnabled(false);
    }

    void twoCachesOnTwoThreadsShareOneFile()
    {
        Cache reader(path(), QStringLiteral("gui"));
        QVERIFY(reader.open().ok());
        QVERIFY(reader.applyChanges(firstBatch()).ok());

        std::atomic<bool> done{ false };
        std::atomic<int> failures{ 0 };
        QString workerError;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            Cache writer(path(), QStringLiteral("worker"));
            const CacheError opened = writer.open();
            if (!opened.ok()) {
                workerError = errorText(opened);
                ++failures;
                done = true;
                return;
            }
            for (int batchNo = 0; batchNo < 40; ++batchNo) {
                ChangeBatch b;
                for (int i = 0; i < 50; ++i) {
                    const int id = 100 + batchNo * 50 + i;
                    b.accounts.append(makeAccount(id, QString::number(id), QStringLiteral("worker %1").arg(id),
                                                  QStringLiteral("1") + QString::number(id), { 10 }));
                }
                b.cursor = QStringLiteral("w-") + QString::number(batchNo);
                const CacheError e = writer.applyChanges(b);
                if (!e.ok()) {
                    workerError = errorText(e);
                    ++failures;
                }
            }
            done = true;
        }));
        worker->start();
        // Meanwhile the GUI connection reads (and writes) on its own.
        int reads = 0;
        int lastSeen = 0;
        while (!done) {
            const auto counts = reader.counts();
            QVERIFY2(counts.ok(), qPrintable(errorText(counts.error)));
            QVERIFY(counts.value->accounts >= lastSeen);   // batches appear whole, never shrink
            QCOMPARE((counts.value->accounts - 5) % 50, 0);
            lastSeen = counts.value->accounts;
            if (reads % 10 == 0)
                QVERIFY(reader.applyRole(makeRole(10, QStringLiteral("审核员"), {}, reads)).ok());
            ++reads;
        }
        QVERIFY(worker->wait(60000));
        QVERIFY2(failures == 0, qPrintable(workerError));
        QCOMPARE(reader.counts().value->accounts, 5 + 40 * 50);
        QCOMPARE(reader.syncState().value->cursor, QStringLiteral("w-39"));
        QVERIFY(reads > 0);
    }

    void twoConnectionsOpeningANewFileAtOnceMigrateItOnce()
    {
        for (int round = 0; round < 5; ++round) {
            const QString file = m_dir->filePath(QStringLiteral("race-%1.sqlite").arg(round));
            std::atomic<int> ready{ 0 };
            CacheError results[2];
            std::unique_ptr<QThread> threads[2];
            for (int i = 0; i < 2; ++i) {
                threads[i].reset(QThread::create([&, i] {
                    Cache cache(file, QStringLiteral("race-%1-%2").arg(round).arg(i));
                    ++ready;
                    while (ready < 2) {
                    }
                    results[i] = cache.open();
                }));
                threads[i]->start();
            }
            for (auto &t : threads)
                QVERIFY(t->wait(30000));
            for (const CacheError &e : results)
                QVERIFY2(e.ok(), qPrintable(errorText(e)));
            RawDb raw(file);
            QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(),
                     Cache::latestSchemaVersion());
            QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sync_state")).toInt(), 1);
        }
    }

    void aCacheRefusesCallsFromAnotherThread()
    {
        Cache cache(path(), QStringLiteral("c"));
        QVERIFY(cache.open().ok());
        CacheError fromOther;
        std::unique_ptr<QThread> other(
                QThread::create([&] { fromOther = cache.applyRole(makeRole(1, QStringLiteral("x"))); }));
        other->start();
        QVERIFY(other->wait(10000));
        QCOMPARE(fromOther.code, CacheError::Code::WrongThread);
        QCOMPARE(cache.counts().value->roles, 0);
    }

    void aFileOfTheFirstSchemaIsMigratedKeepingItsRows()
    {
        {
            Cache cache(path(), QStringLiteral("c"));
            QVERIFY(cache.open().ok());
            QVERIFY(cache.applyChanges(firstBatch()).ok());
        }
        {
            // What a client of schema 1 left behind.
            RawDb raw(path());
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE institutions")));
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE audit_events")));
            QVERIFY(raw.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version > 1")));
        }
        Cache cache(path(), QStringLiteral("c"));
        QVERIFY(cache.open().ok());
        QCOMPARE(cache.schemaVersion(), Cache::latestSchemaVersion());
        QCOMPARE(cache.counts().value->accounts, 5);
        QCOMPARE(cache.institutions().value->size(), 0);
        QCOMPARE(cache.auditState().value->events, 0);
    }

    void institutionsAreReplacedInTheServersOrder()
    {
        Cache cache(path(), QStringLiteral("c"));
        QVERIFY(cache.open().ok());
        const auto institution = [](qint64 id, const QString &name) {
            Institution in;
            in.id = id;
            in.code = QStringLiteral("H%1").arg(id);
            in.name = name;
            in.uscc = QStringLiteral("12150100460037189N");
            in.level = QStringLiteral("三级甲等");
            in.address = QStringLiteral("新城区");
            return in;
        };
        QVERIFY(cache.applyInstitutions({institution(9, QStringLiteral("本部")), institution(3, QStringLiteral("东院区"))}).ok());
        QList<Institution> got = *cache.institutions().value;
        QCOMPARE(got.size(), 2);
        QCOMPARE(got.at(0).id, 9);   // not by id: as the server listed them
        QCOMPARE(got.at(0), institution(9, QStringLiteral("本部")));
        QVERIFY(cache.applyInstitutions({institution(4, QStringLiteral("西院区"))}).ok());
        got = *cache.institutions().value;
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.at(0).name, QStringLiteral("西院区"));
        QVERIFY(cache.clear().ok());
        QCOMPARE(cache.institutions().value->size(), 0);
    }

    void seenAuditEventsAreKeptFilteredAndBounded()
    {
        Cache cache(path(), QStringLiteral("c"));
        QVERIFY(cache.open().ok());
        const QDateTime t0 = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        const auto event = [&t0](qint64 id, int minutes, qint64 actor, const QString &action) {
            AuditEvent e;
            e.id = id;
            e.at = t0.addSecs(60 * minutes);
            e.actorId = actor;
            e.actorName = QStringLiteral("经办人%1").arg(actor);
            e.action = action;
            e.targetType = action.section(u'.', 0, 0);
            e.targetId = id * 10;
            e.summary = QStringLiteral("事件 %1").arg(id);
            return e;
        };
        QCOMPARE(cache.auditState().value->events, 0);
        QVERIFY(!cache.auditState().value->lastSeenAt.isValid());
        QList<AuditEvent> events;
        for (int i = 1; i <= 30; ++i)
            events << event(i, i, i % 3 + 1, i % 2 ? QStringLiteral("role.create") : QStringLiteral("account.disable"));
        QVERIFY(cache.applyAuditEvents(events).ok());
        // Seen again (an overlapping page): updated, not doubled.
        AuditEvent changed = event(30, 30, 1, QStringLiteral("account.disable"));
        changed.summary = QStringLiteral("改过的摘要");
        QVERIFY(cache.applyAuditEvents({changed, event(29, 29, 3, QStringLiteral("role.create"))}).ok());

        const auto state = cache.auditState();
        QVERIFY(state.ok());
        QCOMPARE(state.value->events, 30);
        QCOMPARE(state.value->oldest, t0.addSecs(60));
        QVERIFY(qAbs(state.value->lastSeenAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        zc::sync::AuditQuery q;
        q.size = 10;
        auto page = cache.auditEvents(q);
        QVERIFY2(page.ok(), qPrintable(errorText(page.error)));
        QCOMPARE(page.value->total, 30);
        QCOMPARE(page.value->items.size(), 10);
        QCOMPARE(page.value->items.first().id, 30);   // newest first
        QCOMPARE(page.value->items.first().summary, QStringLiteral("改过的摘要"));
        QCOMPARE(page.value->items.first(), changed);
        q.page = 3;
        QCOMPARE(cache.auditEvents(q).value->items.last().id, 1);

        q = {};
        q.size = 100;
        q.action = QStringLiteral("role.create");
        QCOMPARE(cache.auditEvents(q).value->total, 15);
        q.actorId = 2;   // ids 1, 7, 13, 19, 25 (i % 3 == 1, odd)
        QCOMPARE(cache.auditEvents(q).value->total, 5);
        q.from = t0.addSecs(60 * 7);
        q.to = t0.addSecs(60 * 19);
        page = cache.auditEvents(q);
        QCOMPARE(page.value->total, 3);
        QCOMPARE(page.value->items.first().id, 19);   // both ends inclusive
        QCOMPARE(page.value->items.last().id, 7);
        q = {};
        q.page = 0;
        QCOMPARE(cache.auditEvents(q).error.code, CacheError::Code::InvalidArgument);

        // Bounded: the oldest go first.
        QList<AuditEvent> many;
        for (int i = 0; i < Cache::MaxAuditEvents; ++i)
            many << event(1000 + i, 100 + i, 1, QStringLiteral("role.update"));
        QVERIFY(cache.applyAuditEvents(many).ok());
        QCOMPARE(cache.auditState().value->events, Cache::MaxAuditEvents);
        QCOMPARE(cache.auditState().value->oldest, t0.addSecs(60 * 100));
    }

    void theFileHasNoPlaceForSecrets()
    {
        Cache cache(path(), QStringLiteral("c"));
        QVERIFY(cache.open().ok());
        QVERIFY(cache.applyChanges(firstBatch()).ok());
        RawDb raw(path());
        static const QRegularExpression secret(QStringLiteral("password|passwd|token|secret|sms|credential|hash"),
                                               QRegularExpression::CaseInsensitiveOption);
        int columns = 0;
        for (const QString &table : raw.tables()) {
            QVERIFY2(!secret.match(table).hasMatch(), qPrintable(table));
            const QSqlRecord record = raw.db().record(table);
            for (int i = 0; i < record.count(); ++i) {
                QVERIFY2(!secret.match(record.fieldName(i)).hasMatch(), qPrintable(table + u'.' + record.fieldName(i)));
                ++columns;
            }
        }
        QVERIFY(columns > 30);
    }

    // ----- the change feed's shape -----

    void changeBatchParsesTheFeedAndRejectsWrongShapes()
    {
        ChangeBatch b = firstBatch();
        b.catalog.reset();
        b.deleted = { { DeletedItem::Type::Role, 3 }, { DeletedItem::Type::Account, 4 } };
        b.more = true;
        QString why;
        const std::optional<ChangeBatch> parsed = ChangeBatch::fromJson(b.toJson(), &why);
        QVERIFY2(parsed, qPrintable(why));
        QCOMPARE(parsed->roles, b.roles);
        QCOMPARE(parsed->accounts, b.accounts);
        QCOMPARE(parsed->deleted, b.deleted);
        QCOMPARE(parsed->cursor, b.cursor);
        QCOMPARE(parsed->more, true);
        QCOMPARE(parsed->catalogVersion, b.catalogVersion);
        QVERIFY(!parsed->catalog);

        const auto rejects = [](QJsonObject o, const char *expected) {
            QString reason;
            const bool rejected = !ChangeBatch::fromJson(o, &reason);
            if (!rejected || !reason.contains(QLatin1String(expected)))
                qWarning() << "expected" << expected << "got" << reason;
            return rejected && reason.contains(QLatin1String(expected));
        };
        QJsonObject o = b.toJson();
        o.remove(QStringLiteral("cursor"));
        QVERIFY(rejects(o, "cursor"));
        o = b.toJson();
        o.insert(QStringLiteral("cursor"), QString());
        QVERIFY(rejects(o, "cursor"));
        o = b.toJson();
        o.insert(QStringLiteral("more"), QStringLiteral("yes"));
        QVERIFY(rejects(o, "more"));
        o = b.toJson();
        o.insert(QStringLiteral("deleted"), QJsonArray{ QJsonObject{ { QStringLiteral("type"), QStringLiteral("unit") },
                                                                     { QStringLiteral("id"), 3 } } });
        QVERIFY(rejects(o, "deleted[0]"));
        o.insert(QStringLiteral("deleted"), QJsonArray{ QJsonObject{ { QStringLiteral("type"), QStringLiteral("role") },
                                                                     { QStringLiteral("id"), -3 } } });
        QVERIFY(rejects(o, "id"));
        o = b.toJson();
        QJsonArray roles = o.value(QStringLiteral("roles")).toArray();
        QJsonObject role = roles.at(1).toObject();
        role.remove(QStringLiteral("version"));
        roles.replace(1, role);
        o.insert(QStringLiteral("roles"), roles);
        QVERIFY(rejects(o, "roles[1]"));
        o = b.toJson();
        o.insert(QStringLiteral("accounts"), QJsonArray{ 5 });
        QVERIFY(rejects(o, "accounts[0]"));
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
