#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace zc::server {

// One page of a list endpoint: {"items": [...], "total": N, "page": P, "size": S}.
template<typename T>
struct ListPage
{
    QList<T> items;
    qint64 total = 0;
    int page = 1;
    int size = 10;

    [[nodiscard]] QJsonObject toJson() const
    {
        QJsonArray array;
        for (const T &item : items)
            array.append(item.toJson());
        return QJsonObject{{QStringLiteral("items"), array},
                           {QStringLiteral("total"), total},
                           {QStringLiteral("page"), page},
                           {QStringLiteral("size"), size}};
    }
};

} // namespace zc::server
