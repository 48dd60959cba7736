#pragma once

#include "server/sms/SmsSender.h"

#include <functional>

namespace zc::server {

class Database;

// The SMS sender of a worker thread when the server posts messages to a
// webhook (--sms-webhook): send() only queues the message in the table
// sms_webhook_queue, inside the caller's transaction when there is one (a
// message of a request that rolls back is never sent), and tells the main
// thread once it is committed; WebhookSmsSender there posts it.
class WebhookQueue final : public SmsSender
{
public:
    WebhookQueue(Database &db, std::function<void()> queued) : m_db(db), m_queued(std::move(queued)) {}

    [[nodiscard]] Status send(const SmsMessage &message) override;
    [[nodiscard]] QString name() const override { return QStringLiteral("webhook"); }

private:
    Database &m_db;
    std::function<void()> m_queued;
};

} // namespace zc::server
