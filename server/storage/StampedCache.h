#pragma once

#include "server/storage/Database.h"

#include <QHash>
#include <QString>

#include <limits>
#include <optional>
#include <utility>

namespace zc::server {

// Values a thread derived from the database (a resolved session, a serialised
// page), each kept with the DataStamp read before it was derived and the time
// until which it stays exact on its own (an expiry, a lock running out). A
// value is found only under the very same stamp and before that time, so a
// change committed anywhere — another worker, another process — is seen by
// the next request. One thread's (no locks); bounded (emptied when full).
template<typename V>
class StampedCache
{
public:
    static constexpr qint64 Forever = std::numeric_limits<qint64>::max();

    explicit StampedCache(qsizetype capacity) : m_capacity(capacity) {}

    [[nodiscard]] const V *find(const QString &key, const std::optional<DataStamp> &stamp, qint64 nowMs) const
    {
        if (!stamp)
            return nullptr;
        const auto it = m_entries.constFind(key);
        if (it == m_entries.constEnd() || it->stamp != *stamp || nowMs >= it->validUntil)
            return nullptr;
        return &it->value;
    }

    // Keeps value under stamp (nothing without one) until validUntilMs.
    void insert(const QString &key, const std::optional<DataStamp> &stamp, qint64 validUntilMs, V value)
    {
        if (!stamp)
            return;
        if (m_entries.size() >= m_capacity && !m_entries.contains(key))
            m_entries.clear();
        m_entries.insert(key, Entry{*stamp, validUntilMs, std::move(value)});
    }

    void clear() { m_entries.clear(); }

private:
    struct Entry
    {
        DataStamp stamp;
        qint64 validUntil = 0;
        V value;
    };

    qsizetype m_capacity;
    QHash<QString, Entry> m_entries;
};

} // namespace zc::server
