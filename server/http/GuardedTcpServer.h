#pragma once

#include "server/http/ConnectionTracker.h"

#include <QTcpServer>

#include <memory>

namespace zc::server {

// A plain-TCP server (--insecure-http) whose connections are guarded too.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(std::shared_ptr<ConnectionTracker> tracker, const ConnectionLimits &limits,
                     QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    std::shared_ptr<ConnectionTracker> m_tracker;
    ConnectionLimits m_limits;
};

} // namespace zc::server
