#pragma once

#include "models/ApiError.h"
#include "models/Session.h"

#include <QString>

#include <optional>

namespace zc::server {

// A signed-in session as the server sees it during one request: the API's
// Session (account, unit, leaf permissions, gates) plus the ids behind it.
struct AuthSession
{
    qint64 sessionId = 0;
    qint64 credentialId = 0;
    QString loginKey;        // what failures and lockouts are counted on
    QString credentialPhone; // the phone of a handler credential; empty for a main account
    Session view;            // token left empty

    [[nodiscard]] bool isMainAccount() const { return view.isMainAccount(); }
    [[nodiscard]] qint64 accountId() const { return view.account ? view.account->id : 0; }
    [[nodiscard]] qint64 unitId() const { return view.unit ? view.unit->id : 0; }
    // The first gate still closed, in API.md's order: 403 unit_choice_required,
    // institution_choice_required, password_change_required; nullopt when ready.
    [[nodiscard]] std::optional<ApiError> gate() const;
};

} // namespace zc::server
