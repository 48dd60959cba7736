#pragma once

#include "Account.h"
#include "Institution.h"
#include "Unit.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace zc {

// A signed-in session and the gates it still has to pass (unit choice,
// institution choice, initial password change), in the API's order.
struct Session
{
    QString token;                 // empty in GET /me answers
    QDateTime expiresAt;
    std::optional<Account> account;  // null until the unit is chosen
    std::optional<Unit> unit;
    QStringList permissions;       // leaf codes
    bool passwordChangeRequired = false;
    bool unitChoiceRequired = false;
    QList<Unit> unitOptions;
    bool institutionChoiceRequired = false;
    QList<Institution> institutionOptions;

    [[nodiscard]] bool isMainAccount() const { return account && account->kind == Account::Kind::Unit; }
    [[nodiscard]] bool hasPermission(const QString &code) const { return permissions.contains(code); }
    // True when no gate is left: the session can use the rest of the API.
    [[nodiscard]] bool isReady() const
    {
        return !unitChoiceRequired && !institutionChoiceRequired && !passwordChangeRequired;
    }

    // token may be absent (GET /me); everything else is required.
    [[nodiscard]] static std::optional<Session> fromJson(const QJsonObject &o, QString *why = nullptr);
    // The token is written only when withToken and not empty.
    [[nodiscard]] QJsonObject toJson(bool withToken = true) const;
    friend bool operator==(const Session &a, const Session &b);
};

} // namespace zc
