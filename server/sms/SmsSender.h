#pragma once

#include "server/Result.h"

#include <QString>

namespace zc::server {

// One text message to a phone. kind: sms_code (with code), initial_password or
// password_reset (with password), notice.
struct SmsMessage
{
    QString phone;
    QString kind;
    QString code;
    QString password;
    QString text;
};

// Delivers text messages. Pluggable: the outbox (default, for development and
// tests) and, later, an HTTP webhook sender. Implementations never log the
// code, the password or the text.
class SmsSender
{
public:
    virtual ~SmsSender() = default;
    [[nodiscard]] virtual Status send(const SmsMessage &message) = 0;
    [[nodiscard]] virtual QString name() const = 0;

    // 188****3711: how phones appear in logs.
    [[nodiscard]] static QString maskPhone(const QString &phone)
    {
        return phone.size() >= 7 ? phone.left(3) + QStringLiteral("****") + phone.right(4) : QStringLiteral("***");
    }
};

} // namespace zc::server
