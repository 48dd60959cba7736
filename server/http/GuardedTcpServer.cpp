#include "server/http/GuardedTcpServer.h"

#include "server/http/ConnectionGuard.h"

#include <QTcpSocket>

namespace zc::server {

GuardedTcpServer::GuardedTcpServer(std::shared_ptr<ConnectionTracker> tracker, const ConnectionLimits &limits,
                                   QObject *parent)
    : QTcpServer(parent), m_tracker(std::move(tracker)), m_limits(limits)
{
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (ConnectionGuard::attach(socket, m_tracker, m_limits))
        addPendingConnection(socket);
}

} // namespace zc::server
