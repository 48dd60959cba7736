#include "server/storage/RoleRows.h"

#include "server/storage/Directory.h"
#include "models/PermissionCatalog.h"

#include <QHash>

namespace zc::server {

const QString RoleRows::Columns = QStringLiteral(
    "r.id, r.unit_id, r.name, r.remark, r.created_by_id, r.created_by_name, r.created_at, r.updated_at, r.version,"
    " r.change_seq, (SELECT COUNT(*) FROM account_roles c WHERE c.role_id = r.id) AS account_count");

QList<RoleRows::Row> RoleRows::fromRows(const QList<QSqlRecord> &roleRows, const QList<QSqlRecord> &codeRows)
{
    QList<Row> out = fromJoinedRows(roleRows);   // no code column: no permissions yet
    QHash<qint64, QStringList> codes;
    for (const QSqlRecord &r : codeRows)
        codes[r.value(0).toLongLong()].append(r.value(1).toString());
    for (Row &row : out)
        row.role.permissions = PermissionCatalog::builtIn().expand(codes.value(row.role.id));
    return out;
}

QList<RoleRows::Row> RoleRows::fromJoinedRows(const QList<QSqlRecord> &rows)
{
    QList<Row> out;
    QStringList codes;
    const auto finish = [&out, &codes] {
        if (!out.isEmpty())
            out.last().role.permissions = PermissionCatalog::builtIn().expand(codes);   // catalog order
        codes.clear();
    };
    for (const QSqlRecord &r : rows) {
        const qint64 id = r.value(QStringLiteral("id")).toLongLong();
        if (out.isEmpty() || out.constLast().role.id != id) {
            finish();
            Row row;
            row.role.id = id;
            row.role.name = r.value(QStringLiteral("name")).toString();
            row.role.remark = r.value(QStringLiteral("remark")).toString();
            row.role.createdById = r.value(QStringLiteral("created_by_id")).toLongLong();
            row.role.createdByName = r.value(QStringLiteral("created_by_name")).toString();
            row.role.createdAt = Directory::timeFromMs(r.value(QStringLiteral("created_at")));
            row.role.updatedAt = Directory::timeFromMs(r.value(QStringLiteral("updated_at")));
            row.role.version = QString::number(r.value(QStringLiteral("version")).toLongLong());
            row.role.accountCount = r.value(QStringLiteral("account_count")).toInt();
            row.unitId = r.value(QStringLiteral("unit_id")).toLongLong();
            row.changeSeq = r.value(QStringLiteral("change_seq")).toLongLong();
            out.append(row);
        }
        const QVariant code = r.value(QStringLiteral("code"));
        if (!code.isNull())
            codes.append(code.toString());
    }
    finish();
    return out;
}

} // namespace zc::server
