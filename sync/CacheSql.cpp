#include "CacheSql.h"

#include "CacheSchema.h"

namespace zc::sync::cache_sql {

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString fold(const QString &s)
{
    return text(s.toCaseFolded());
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

CacheError makeError(CacheError::Code code, const QString &message)
{
    CacheError e;
    e.code = code;
    e.message = message;
    return e;
}

CacheError sqlError(const QSqlError &e, const char *what)
{
    const CacheError::Code code = CacheSchema::isCorruption(e.nativeErrorCode()) ? CacheError::Code::Corrupt
                                                                                : CacheError::Code::Sql;
    return makeError(code, QLatin1String(what) + QStringLiteral(": ") + e.text());
}

CacheError run(QSqlQuery &q, const QString &sql, const QVariantList &values, const char *what)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q.lastError(), what);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return sqlError(q.lastError(), what);
    return {};
}

} // namespace zc::sync::cache_sql
