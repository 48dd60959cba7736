#pragma once

#include "server/ServerOptions.h"
#include "server/WorkerContext.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace zc::server {

class WebhookSmsSender;
namespace http {
class HttpFront;
}

// Start-up wiring of zhaocai-server, on the main thread: storage and
// migrations, seed data, TLS material, the network front with its worker
// threads, and what stays on the main thread's event loop — housekeeping
// timers and the webhook SMS sender, over a database connection of its own.
class ServerApp : public QObject
{
    Q_OBJECT
public:
    explicit ServerApp(ServerOptions options, QObject *parent = nullptr);
    ~ServerApp() override;

    // Everything up to "listening on …"; false with *error when the server cannot run.
    [[nodiscard]] bool start(QString *error);
    // Stops accepting, lets requests in flight finish (within the shutdown
    // deadline) and stops every thread. Idempotent.
    void stop();

private:
    void housekeeping();

    ServerOptions m_options;
    ContextConfig m_config;
    std::unique_ptr<WorkerContext> m_main;        // the main thread's own storage and services
    std::unique_ptr<WebhookSmsSender> m_webhook;  // with --sms-webhook
    std::unique_ptr<http::HttpFront> m_front;
    QTimer m_housekeeping;
};

} // namespace zc::server
