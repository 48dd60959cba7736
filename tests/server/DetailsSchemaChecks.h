#pragma once

// Checks of the audit details column (migration 5) shared by
// tst_server_components (SQLite) and tst_server_postgresql, so that both
// engines pass the same ones: events of an older database are kept and read
// with no details (null in the API), new events keep theirs as written. The
// caller stops when QTest::currentTestFailed().
#include "server/auth/Actor.h"
#include "server/feed/AuditLog.h"
#include "server/storage/AuditStorage.h"
#include "server/storage/Database.h"
#include "server/storage/Migrations.h"

#include <QJsonArray>
#include <QTest>

namespace zc::test {

// db: an empty database of either engine.
inline void checkOldEventsReadWithoutDetails(zc::server::Database &db)
{
    using namespace zc::server;
    QString error;
    QVERIFY2(Migrations::runUpTo(db, 4, &error), qPrintable(error));
    const auto unit = db.run(QStringLiteral("INSERT INTO units (uscc, name, region, created_at, updated_at)"
                                            " VALUES ('91320100134887655B', '旧单位', '320100', 1, 1) RETURNING id"));
    QVERIFY(unit && !unit->isEmpty());
    const qint64 unitId = unit->scalar().toLongLong();
    QVERIFY(db.run(QStringLiteral("INSERT INTO audit_events (unit_id, at, actor_id, actor_name, action, target_type,"
                                  " target_id, summary) VALUES (?, 1000, 7, '主账号', 'role.update', 'role', 3, '旧事件')"),
                   {unitId}));

    QVERIFY2(Migrations::run(db, &error), qPrintable(error));
    QCOMPARE(db.run(QStringLiteral("SELECT MAX(version) FROM schema_version"))->scalar().toInt(), Migrations::latestVersion());
    const QJsonObject details{
        {QStringLiteral("before"), QJsonObject{{QStringLiteral("name"), QStringLiteral("甲")},
                                               {QStringLiteral("remark"), QString()},
                                               {QStringLiteral("permissions"), QJsonArray{QStringLiteral("basic.roles")}}}}};
    AuditLog audit(db);
    const auto written = db.transaction<AuditEvent>([&] {
        return audit.recordEvent({unitId, Actor::account(7, QStringLiteral("主账号")), QStringLiteral("role.delete"),
                                  QStringLiteral("role"), 3, QStringLiteral("新事件")},
                                 details);
    });
    QVERIFY(written.ok());
    QCOMPARE(written->details, details);

    AuditStorage::Filter f;
    f.unitId = unitId;
    f.allTargets = true;
    const auto page = AuditStorage(db).page(f, 1, 10);
    QVERIFY(page.ok());
    QCOMPARE(page->total, 2);
    const AuditEvent &fresh = page->items.constFirst();
    QCOMPARE(fresh.id, written->id);
    QCOMPARE(fresh.details, details);
    QCOMPARE(fresh.toJson().value(QLatin1String("details")).toObject(), details);
    const AuditEvent &old = page->items.constLast();
    QCOMPARE(old.summary, QStringLiteral("旧事件"));
    QVERIFY(old.details.isEmpty());
    QVERIFY(old.toJson().value(QLatin1String("details")).isNull());
    QVERIFY(db.run(QStringLiteral("SELECT details FROM audit_events WHERE id = ?"), {old.id})->scalar().isNull());
}

} // namespace zc::test
