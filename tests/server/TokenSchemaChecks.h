#pragma once

// Checks of the API-token schema (migration 4) shared by tst_server_components
// (SQLite) and tst_server_postgresql, so that both engines pass the same ones:
// an older database is upgraded without losing its audit trail, and the audit
// log refuses the event of a token that is no longer live (which rolls back
// the write it belongs to). Each runs QTest checks; the caller stops when
// QTest::currentTestFailed().
#include "server/auth/Actor.h"
#include "server/feed/AuditLog.h"
#include "server/storage/ApiTokenStorage.h"
#include "server/storage/Database.h"
#include "server/storage/Migrations.h"

#include <QDateTime>
#include <QTest>

namespace zc::test {

// db: an empty database of either engine.
inline void checkTheAuditTrailSurvivesMigrationFour(zc::server::Database &db)
{
    using namespace zc::server;
    QString error;
    QVERIFY2(Migrations::runUpTo(db, 3, &error), qPrintable(error));
    const auto unit = db.run(QStringLiteral("INSERT INTO units (uscc, name, region, created_at, updated_at)"
                                            " VALUES ('91320100134887655B', '旧单位', '320100', 1, 1) RETURNING id"));
    QVERIFY(unit && !unit->isEmpty());
    const qint64 unitId = unit->scalar().toLongLong();
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(db.run(QStringLiteral("INSERT INTO audit_events (unit_id, at, actor_id, actor_name, action, target_type,"
                                      " target_id, summary) VALUES (?, ?, 7, '主账号', 'role.create', 'role', ?, '旧事件')"),
                       {unitId, qint64(i) * 1000, i}));
    }
    bool constraint = false;
    QVERIFY(!db.runAllowingConstraint(QStringLiteral("INSERT INTO audit_events (unit_id, at, actor_name, action,"
                                                     " target_type, target_id, summary) VALUES (?, 0, 'x', 'api_token.create',"
                                                     " 'api_token', 1, 'x')"),
                                      {unitId}, &constraint));
    QVERIFY(constraint);   // schema 3 knows no token targets

    QVERIFY2(Migrations::run(db, &error), qPrintable(error));
    QCOMPARE(db.run(QStringLiteral("SELECT MAX(version) FROM schema_version"))->scalar().toInt(), Migrations::latestVersion());
    // The old events, as they were, are an account's.
    QCOMPARE(db.run(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE unit_id = ? AND actor_type = 'account'"
                                   " AND actor_id = 7 AND summary = '旧事件'"),
                    {unitId})->scalar().toInt(), 3);
    const qint64 oldMax = db.run(QStringLiteral("SELECT MAX(id) FROM audit_events"))->scalar().toLongLong();
    // New events: token actors and targets are accepted and numbered after the old ones; nothing else is.
    AuditLog audit(db);
    const Status added = db.transaction<Done>([&]() -> Status {
        return audit.record({unitId, Actor::account(7, QStringLiteral("主账号")), QStringLiteral("api_token.create"),
                             QStringLiteral("api_token"), 1, QStringLiteral("新事件")});
    });
    QVERIFY(added.ok());
    // (PostgreSQL's identity may have skipped the number the refused insert drew.)
    QVERIFY(db.run(QStringLiteral("SELECT MAX(id) FROM audit_events"))->scalar().toLongLong() > oldMax);
    QCOMPARE(db.run(QStringLiteral("SELECT COUNT(*) FROM audit_events"))->scalar().toInt(), 4);
    for (const char *bad : {"INSERT INTO audit_events (unit_id, at, actor_name, actor_type, action, target_type, target_id,"
                            " summary) VALUES (?, 0, 'x', 'robot', 'role.create', 'role', 1, 'x')",
                            "INSERT INTO audit_events (unit_id, at, actor_name, actor_type, action, target_type, target_id,"
                            " summary) VALUES (?, 0, 'x', 'account', 'robot.create', 'robot', 1, 'x')"}) {
        constraint = false;
        QVERIFY(!db.runAllowingConstraint(QString::fromLatin1(bad), {unitId}, &constraint));
        QVERIFY2(constraint, bad);
    }
    // The list reads them newest first, with their actor types.
    AuditStorage::Filter f;
    f.unitId = unitId;
    f.allTargets = true;
    const auto page = AuditStorage(db).page(f, 1, 10);
    QVERIFY(page.ok());
    QCOMPARE(page->total, 4);
    QCOMPARE(page->items.constFirst().targetType, QStringLiteral("api_token"));
    QCOMPARE(page->items.constLast().actorType, QStringLiteral("account"));
    f.actorType = QStringLiteral("api_token");
    QCOMPARE(AuditStorage(db).page(f, 1, 10)->total, 0);
}

// db: a migrated database of either engine.
inline void checkAuditRefusesATokenNoLongerLive(zc::server::Database &db)
{
    using namespace zc::server;
    const auto unit = db.run(QStringLiteral("INSERT INTO units (uscc, name, region, created_at, updated_at)"
                                            " VALUES ('91320100MA1MB3Q96K', '令牌单位', '320100', 1, 1) RETURNING id"));
    QVERIFY(unit && !unit->isEmpty());
    const qint64 unitId = unit->scalar().toLongLong();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ApiTokenStorage tokens(db);
    qint64 ids[3] = {};
    for (int i = 0; i < 3; ++i) {
        const auto made = db.transaction<qint64>([&]() -> zc::server::Result<qint64> {
            // The third has run out already.
            const auto id = tokens.insert({unitId, QStringLiteral("令牌%1").arg(i), QStringLiteral("hash%1").arg(i), 7,
                                           QStringLiteral("主账号"), i == 2 ? now - 1 : now + 3600000},
                                          now - 10);
            if (!id || !id->has_value())
                return internalError();
            return id->value();
        });
        QVERIFY(made.ok());
        ids[i] = made.value();
    }
    QVERIFY(db.transaction<bool>([&] { return tokens.revoke(ids[1], now); }).ok());
    AuditLog audit(db);
    const auto write = [&](qint64 token) {
        return db.transaction<Done>([&]() -> Status {
            if (!db.run(QStringLiteral("UPDATE units SET name = ? WHERE id = ?"), {QStringLiteral("改名%1").arg(token), unitId}))
                return internalError();
            return audit.record({unitId, Actor::apiToken(token, QStringLiteral("令牌")), QStringLiteral("role.create"),
                                 QStringLiteral("role"), 1, QStringLiteral("x")});
        });
    };
    QVERIFY(write(ids[0]).ok());
    for (const qint64 dead : {ids[1], ids[2], qint64(999999)}) {
        const Status refused = write(dead);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().status, 401);
        QCOMPARE(refused.error().code, QStringLiteral("unauthenticated"));
    }
    // Only the live token's write is there: the others rolled back whole.
    QCOMPARE(db.run(QStringLiteral("SELECT name FROM units WHERE id = ?"), {unitId})->scalar().toString(),
             QStringLiteral("改名%1").arg(ids[0]));
    QCOMPARE(db.run(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE unit_id = ? AND actor_type = 'api_token'"),
                    {unitId})->scalar().toInt(), 1);
}

} // namespace zc::test
