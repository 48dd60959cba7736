#pragma once

#include "models/Role.h"

#include <QList>
#include <QSqlRecord>
#include <QString>

namespace zc::server {

// How roles are read, in one statement for any number of them (no query per
// role): the role columns with account_count, joined with the permission
// codes, folded into Roles here.
class RoleRows
{
public:
    // SELECT RoleRows::Columns FROM roles r … (then LEFT JOIN role_permissions
    // rp, selecting rp.code last, ordered so each role's rows are adjacent).
    static const QString Columns;

    struct Row
    {
        Role role;
        qint64 unitId = 0;
        qint64 changeSeq = 0;
    };
    // One Row per role, in the rows' order; permissions in catalog order.
    [[nodiscard]] static QList<Row> fromJoinedRows(const QList<QSqlRecord> &rows);
    // The same from two statements: rows of Columns (one per role) and rows of
    // (role_id, code) — codes of other roles are ignored. A page of roles is
    // read so: its rows are not repeated once per permission.
    [[nodiscard]] static QList<Row> fromRows(const QList<QSqlRecord> &roleRows, const QList<QSqlRecord> &codeRows);
};

} // namespace zc::server
