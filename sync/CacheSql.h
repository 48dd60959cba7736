#pragma once

#include "Cache.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QDateTime>
#include <QString>
#include <QVariant>
#include <QVariantList>

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

} // namespace zc::sync::cache_sql
