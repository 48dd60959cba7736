#pragma once

#include <QtGlobal>

namespace zc::server {

// Limits Qt HttpServer 6.4 does not have, per connection.
struct ConnectionLimits
{
    int maxConnections = 512;
    int idleTimeoutMs = 60000;
    qint64 maxBodyBytes = 1024 * 1024;
    int maxHeaderBytes = 64 * 1024;
};

// Counts open connections across the server (one per process).
class ConnectionTracker
{
public:
    explicit ConnectionTracker(int max) : m_max(max) {}
    [[nodiscard]] bool admit();
    void release();
    [[nodiscard]] int open() const { return m_open; }

private:
    int m_max;
    int m_open = 0;
};

} // namespace zc::server
