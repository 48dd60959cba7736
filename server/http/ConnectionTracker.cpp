#include "server/http/ConnectionTracker.h"

namespace zc::server {

bool ConnectionTracker::admit()
{
    if (m_open >= m_max)
        return false;
    ++m_open;
    return true;
}

void ConnectionTracker::release()
{
    if (m_open > 0)
        --m_open;
}

} // namespace zc::server
