#pragma once

#include "models/Account.h"
#include "models/Role.h"

#include <QDateTime>
#include <QStringList>

#include <initializer_list>

// Sample values of the client's models for the tests that build them by hand
// (the table models, the permission catalog, the cache).
namespace zc::test {

inline QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out.append(QString::fromUtf8(s));
    return out;
}

// A moment in November 2026 (UTC).
inline QDateTime at(int day, int hour = 8)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
}

inline Role makeRole(qint64 id, const QString &name, const QStringList &permissions = {}, int accounts = 0)
{
    Role r;
    r.id = id;
    r.name = name;
    r.remark = QStringLiteral("备注 ") + QString::number(id);
    r.permissions = permissions;
    r.accountCount = accounts;
    r.createdById = 1;
    r.createdByName = QStringLiteral("主账号");
    r.createdAt = at(static_cast<int>(id % 28) + 1);
    r.updatedAt = at(static_cast<int>(id % 28) + 1, 9);
    r.version = QStringLiteral("v") + QString::number(id);
    return r;
}

inline Account makeAccount(qint64 id, const QString &login, const QString &name, const QString &phone,
                           QList<qint64> roleIds = {}, Account::Kind kind = Account::Kind::Handler,
                           Account::Status status = Account::Status::Active)
{
    Account a;
    a.id = id;
    a.login = login;
    a.name = name;
    a.phone = phone;
    a.kind = kind;
    a.status = status;
    a.roleIds = roleIds;
    a.institutionId = id % 2 ? 0 : 700 + id;
    a.createdAt = at(static_cast<int>(id % 28) + 1);
    a.lastLoginAt = id % 3 ? QDateTime() : at(27, 10);
    a.version = QStringLiteral("a") + QString::number(id);
    return a;
}

// A permission catalog of five codes over three levels (a, a.x, a.y, a.y.one, a.y.two, b).
inline constexpr char SmallCatalog[] = R"([
  {"code": "a", "title_zh": "甲", "title_en": "A", "children": [
    {"code": "a.x", "title_zh": "甲x", "title_en": "A x", "children": []},
    {"code": "a.y", "title_zh": "甲y", "title_en": "A y", "children": [
      {"code": "a.y.one", "title_zh": "一", "title_en": "One", "children": []},
      {"code": "a.y.two", "title_zh": "二", "title_en": "Two", "children": []}]}]},
  {"code": "b", "title_zh": "乙", "title_en": "B", "children": []}
])";

} // namespace zc::test
