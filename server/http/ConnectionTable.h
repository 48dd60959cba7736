#pragma once

#include "server/http/Limits.h"

#include <QByteArray>
#include <QHash>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace zc::server::http {

// Where a connection is in its life; what eviction looks at.
enum class Stage { Handshake, Idle, Head, Body, Busy, Closing };

// How a connection is asked to end: at once (evicted at the cap, or the
// shutdown deadline passed), or after its request in flight (shutdown).
enum class Ending { Now, AfterRequest };

// One open connection as the table sees it. The connection updates its stage
// from its own thread; the table reads it from any thread.
class ConnectionSlot
{
public:
    // end: posts the request to end to the connection's own thread.
    ConnectionSlot(QByteArray address, std::function<void(Ending)> end)
        : m_address(std::move(address)), m_end(std::move(end))
    {
        setStage(Stage::Handshake);
    }

    void setStage(Stage stage);
    [[nodiscard]] Stage stage() const { return Stage(m_stage.load(std::memory_order_relaxed)); }
    [[nodiscard]] qint64 sinceMs() const { return m_since.load(std::memory_order_relaxed); }
    [[nodiscard]] const QByteArray &address() const { return m_address; }
    void end(Ending how) const { m_end(how); }

    [[nodiscard]] static qint64 nowMs();   // a steady clock

private:
    friend class ConnectionTable;
    const QByteArray m_address;
    const std::function<void(Ending)> m_end;
    std::atomic<int> m_stage{0};
    std::atomic<qint64> m_since{0};
    bool m_evicted = false;   // guarded by the table's mutex
};

// Every open connection of the server, across worker threads: the global cap
// and the optional cap per client address. At the cap a new connection is
// admitted and an old one ends instead — the first of: one already closing,
// the idle one that has waited longest, the one stuck longest in its
// handshake, head or body. Connections busy with a request are never chosen;
// when every connection is busy, the newcomer only gets 503. Beyond the cap
// plus a margin (connections ended but not yet gone) newcomers are closed
// unanswered.
class ConnectionTable
{
public:
    explicit ConnectionTable(const FrontLimits &limits);

    enum class Admission {
        Admitted,     // serve it
        Overloaded,   // answer 503 and close
        Refused,      // close at once
    };
    [[nodiscard]] Admission admit(const std::shared_ptr<ConnectionSlot> &slot);
    void release(const ConnectionSlot *slot);

    [[nodiscard]] int open() const;
    // Asks every connection to end.
    void endAll(Ending how);
    // Waits until no connection is left; false when timeoutMs passed first.
    [[nodiscard]] bool waitUntilEmpty(int timeoutMs);

private:
    std::shared_ptr<ConnectionSlot> victimLocked();

    const FrontLimits m_limits;
    mutable std::mutex m_mutex;
    std::condition_variable m_emptied;
    std::unordered_map<const ConnectionSlot *, std::shared_ptr<ConnectionSlot>> m_slots;
    int m_ended = 0;   // slots told to end at the cap, still open
    QHash<QByteArray, int> m_perAddress;
};

} // namespace zc::server::http
