#include "Permission.h"

#include "JsonReader.h"

#include <algorithm>

namespace zc {

std::optional<Permission> Permission::fromJson(const QJsonObject &o, QString *why)
{
    JsonReader r(o, QStringLiteral("Permission"));
    Permission p;
    p.code = r.string("code");
    if (r.ok() && p.code.isEmpty())
        r.fail(r.path("code") + QStringLiteral(": expected a non-empty string"));
    p.titleZh = r.string("title_zh");
    p.titleEn = r.string("title_en");
    // unit_kinds: missing or null on a leaf means every kind (a catalog from
    // before menus differed by kind); unknown kinds are refused.
    const QJsonValue kinds = o.value(QLatin1String("unit_kinds"));
    if (kinds.isArray()) {
        for (const QJsonValue &k : kinds.toArray()) {
            if (!k.isString() || !allUnitKinds().contains(k.toString())) {
                r.fail(r.path("unit_kinds") + QStringLiteral(": expected kinds of ")
                       + allUnitKinds().join(QStringLiteral(", ")));
                break;
            }
            if (!p.unitKinds.contains(k.toString()))
                p.unitKinds.append(k.toString());
        }
    } else if (!kinds.isUndefined() && !kinds.isNull()) {
        r.fail(r.path("unit_kinds") + QStringLiteral(": expected an array or null"));
    }
    const QJsonArray children = r.array("children");
    if (r.ok()) {
        QString childWhy;
        const std::optional<QList<Permission>> list = listFromJson(children, &childWhy);
        if (list)
            p.children = *list;
        else
            r.fail(r.path("children") + childWhy);
    }
    if (!r.ok()) {
        if (why)
            *why = r.error();
        return std::nullopt;
    }
    if (p.isLeaf() && p.unitKinds.isEmpty())
        p.unitKinds = allUnitKinds();
    if (!p.isLeaf())
        p.unitKinds.clear();
    // In the API's order, so that equal catalogs serialise alike.
    std::sort(p.unitKinds.begin(), p.unitKinds.end(), [](const QString &a, const QString &b) {
        return allUnitKinds().indexOf(a) < allUnitKinds().indexOf(b);
    });
    return p;
}

const QStringList &Permission::allUnitKinds()
{
    static const QStringList kinds{QStringLiteral("medical_institution"), QStringLiteral("manufacturer"),
                                   QStringLiteral("distributor")};
    return kinds;
}

QJsonObject Permission::toJson() const
{
    return QJsonObject{
        { QStringLiteral("code"), code },
        { QStringLiteral("title_zh"), titleZh },
        { QStringLiteral("title_en"), titleEn },
        { QStringLiteral("unit_kinds"), isLeaf() ? QJsonValue(QJsonArray::fromStringList(unitKinds)) : QJsonValue() },
        { QStringLiteral("children"), listToJson(children) },
    };
}

std::optional<QList<Permission>> Permission::listFromJson(const QJsonArray &a, QString *why)
{
    QList<Permission> list;
    list.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString where = u'[' + QString::number(i) + QStringLiteral("]: ");
        if (!a.at(i).isObject()) {
            if (why)
                *why = where + QStringLiteral("expected object");
            return std::nullopt;
        }
        QString itemWhy;
        std::optional<Permission> p = fromJson(a.at(i).toObject(), &itemWhy);
        if (!p) {
            if (why)
                *why = where + itemWhy;
            return std::nullopt;
        }
        list.append(std::move(*p));
    }
    return list;
}

QJsonArray Permission::listToJson(const QList<Permission> &list)
{
    QJsonArray a;
    for (const Permission &p : list)
        a.append(p.toJson());
    return a;
}

bool operator==(const Permission &a, const Permission &b)
{
    return a.code == b.code && a.titleZh == b.titleZh && a.titleEn == b.titleEn && a.unitKinds == b.unitKinds
           && a.children == b.children;
}

} // namespace zc
