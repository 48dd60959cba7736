#pragma once

#include <QString>

namespace zc::server {

// Who made a write, as the audit trail names it (AuditEvent.actor and
// actor_type): an account, in a session, or an API token (接口管理). Services
// take it from the caller (AuthSession::actor()) and never look at the kind
// of session themselves.
struct Actor
{
    enum class Type { Account, ApiToken };

    Type type = Type::Account;
    qint64 id = 0;   // the account's or the token's id; 0: none (the system)
    QString name;    // as it is named now; the event keeps it as it was

    [[nodiscard]] static Actor account(qint64 id, const QString &name) { return {Type::Account, id, name}; }
    [[nodiscard]] static Actor apiToken(qint64 id, const QString &name) { return {Type::ApiToken, id, name}; }

    [[nodiscard]] bool isApiToken() const { return type == Type::ApiToken; }
    // The wire name: "account" | "api_token".
    [[nodiscard]] QString typeName() const
    {
        return type == Type::ApiToken ? QStringLiteral("api_token") : QStringLiteral("account");
    }
};

} // namespace zc::server
