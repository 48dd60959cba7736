#pragma once

#include "server/auth/Actor.h"
#include "models/ApiError.h"
#include "models/Session.h"

#include <QString>

#include <optional>

namespace zc::server {

// A signed-in session as the server sees it during one request: the API's
// Session (account, unit, leaf permissions, gates) plus the ids behind it.
// An API token (接口管理) is a caller of this shape too: no session, no
// account, no gates — its unit, its token's leaves, and its id and name.
struct AuthSession
{
    qint64 sessionId = 0;
    qint64 credentialId = 0;
    QString loginKey;        // what failures and lockouts are counted on
    QString credentialPhone; // the phone of a handler credential; empty for a main account
    Session view;            // token left empty; for an API token, account is null
    qint64 apiTokenId = 0;   // > 0: the caller is that API token
    QString apiTokenName;

    [[nodiscard]] bool isApiToken() const { return apiTokenId > 0; }
    [[nodiscard]] bool isMainAccount() const { return !isApiToken() && view.isMainAccount(); }
    [[nodiscard]] qint64 accountId() const { return view.account ? view.account->id : 0; }
    [[nodiscard]] qint64 unitId() const { return view.unit ? view.unit->id : 0; }
    // Who the audit trail names for the caller's writes: the token, or the account.
    [[nodiscard]] Actor actor() const;
    // The first gate still closed, in API.md's order: 403 unit_choice_required,
    // institution_choice_required, password_change_required; nullopt when ready.
    [[nodiscard]] std::optional<ApiError> gate() const;
};

} // namespace zc::server
