#include "server/http/ConnectionTable.h"

#include "server/Logging.h"

#include <chrono>
#include <vector>

namespace zc::server::http {

qint64 ConnectionSlot::nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

void ConnectionSlot::setStage(Stage stage)
{
    m_since.store(nowMs(), std::memory_order_relaxed);
    m_stage.store(int(stage), std::memory_order_relaxed);
}

ConnectionTable::ConnectionTable(const FrontLimits &limits) : m_limits(limits) {}

int ConnectionTable::open() const
{
    std::lock_guard lock(m_mutex);
    return int(m_slots.size());
}

std::shared_ptr<ConnectionSlot> ConnectionTable::victimLocked()
{
    // Lower rank first, then the longest in its stage.
    const auto rank = [](Stage s) {
        switch (s) {
        case Stage::Closing: return 0;
        case Stage::Idle: return 1;
        case Stage::Handshake:
        case Stage::Head:
        case Stage::Body: return 2;
        case Stage::Busy: break;
        }
        return 3;
    };
    std::shared_ptr<ConnectionSlot> best;
    int bestRank = 3;
    qint64 bestSince = 0;
    for (const auto &entry : m_slots) {
        const std::shared_ptr<ConnectionSlot> &slot = entry.second;
        if (slot->m_evicted)
            continue;
        const int r = rank(slot->stage());
        if (r >= 3)
            continue;
        const qint64 since = slot->sinceMs();
        if (!best || r < bestRank || (r == bestRank && since < bestSince)) {
            best = slot;
            bestRank = r;
            bestSince = since;
        }
    }
    return best;
}

ConnectionTable::Admission ConnectionTable::admit(const std::shared_ptr<ConnectionSlot> &slot)
{
    std::shared_ptr<ConnectionSlot> victim;
    Admission admission = Admission::Admitted;
    {
        std::lock_guard lock(m_mutex);
        const int open = int(m_slots.size());
        const int margin = qMax(16, m_limits.maxConnections / 8);
        if (open >= m_limits.maxConnections + margin)
            return Admission::Refused;
        int &fromAddress = m_perAddress[slot->address()];
        if (m_limits.maxConnectionsPerAddress > 0 && fromAddress >= m_limits.maxConnectionsPerAddress) {
            admission = Admission::Overloaded;
        } else {
            if (open - m_ended >= m_limits.maxConnections) {
                victim = victimLocked();
                if (victim) {
                    victim->m_evicted = true;
                    ++m_ended;
                } else
                    admission = Admission::Overloaded;
            }
        }
        ++fromAddress;
        m_slots.emplace(slot.get(), slot);
    }
    if (victim) {
        qCDebug(lcHttp) << "connection cap reached: ending the connection in stage" << int(victim->stage());
        victim->end(Ending::Now);
    }
    return admission;
}

void ConnectionTable::release(const ConnectionSlot *slot)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_slots.find(slot);
    if (it != m_slots.end()) {
        auto count = m_perAddress.find(slot->address());
        if (count != m_perAddress.end() && --count.value() <= 0)
            m_perAddress.erase(count);
        if (slot->m_evicted)
            --m_ended;
        m_slots.erase(it);
    }
    if (m_slots.empty())
        m_emptied.notify_all();
}

void ConnectionTable::endAll(Ending how)
{
    std::vector<std::shared_ptr<ConnectionSlot>> all;
    {
        std::lock_guard lock(m_mutex);
        for (const auto &entry : m_slots)
            all.push_back(entry.second);
    }
    for (const auto &slot : all)
        slot->end(how);
}

bool ConnectionTable::waitUntilEmpty(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    return m_emptied.wait_for(lock, std::chrono::milliseconds(timeoutMs), [this] { return m_slots.empty(); });
}

} // namespace zc::server::http
