#pragma once

#include "Cache.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QDateTime>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <algorithm>

// Internal to Cache (Cache.cpp writes, CacheReads.cpp reads): the few SQL
// helpers both halves use. Not part of the sync library's interface.
namespace zc::sync::cache_sql {

// A bound text parameter must never be a null QString: that binds SQL NULL,
// and "? = ''" would then match nothing.
[[nodiscard]] QString text(const QString &s);
// Case-folded for the *_fold columns the filters search.
[[nodiscard]] QString fold(const QString &s);
// A time as epoch milliseconds, or SQL NULL when it is not set.
[[nodiscard]] QVariant msOrNull(const QDateTime &t);
[[nodiscard]] CacheError makeError(CacheError::Code code, const QString &message);
// A failed statement: Corrupt when SQLite says the file is damaged, else Sql.
[[nodiscard]] CacheError sqlError(const QSqlError &e, const char *what);
// Prepares sql (forward only), binds values in order and executes it.
[[nodiscard]] CacheError run(QSqlQuery &q, const QString &sql, const QVariantList &values, const char *what);

[[nodiscard]] inline CacheError checkPaging(int page, int size)
{
    if (page < 1 || size < 1)
        return makeError(CacheError::Code::InvalidArgument,
                         QStringLiteral("page must be >= 1 and size >= 1, got page %1 size %2").arg(page).arg(size));
    return {};
}

// Runs "SELECT count(*) FROM <from><filter>" and the page query with the same filter values.
template <typename T, typename Reader>
CacheResult<Page<T>> pageOf(QSqlDatabase db, const QString &columns, const QString &from, const QString &filter,
                            const QVariantList &filterValues, const QString &orderClause, int page, int size,
                            Reader read, const char *what)
{
    CacheResult<Page<T>> result;
    result.error = checkPaging(page, size);
    if (!result.error.ok())
        return result;
    Page<T> out;
    out.page = page;
    out.size = size;
    {
        QSqlQuery count(db);
        result.error = run(count, QStringLiteral("SELECT count(*) FROM ") + from + filter, filterValues, what);
        if (!result.error.ok())
            return result;
        if (!count.next()) {
            result.error = sqlError(count.lastError(), what);
            return result;
        }
        out.total = count.value(0).toInt();
    }
    const qint64 offset = static_cast<qint64>(page - 1) * size;
    if (offset < out.total) {
        QVariantList values = filterValues;
        values << size << offset;
        QSqlQuery q(db);
        result.error = run(q, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + from + filter
                                      + orderClause,
                           values, what);
        if (!result.error.ok())
            return result;
        out.items.reserve(std::min(size, out.total));
        while (q.next())
            out.items.append(read(q));
        if (q.lastError().isValid()) {
            result.error = sqlError(q.lastError(), what);
            return result;
        }
    }
    result.value = out;
    return result;
}

} // namespace zc::sync::cache_sql
