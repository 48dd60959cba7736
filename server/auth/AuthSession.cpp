#include "server/auth/AuthSession.h"

#include "server/Result.h"

namespace zc::server {

Actor AuthSession::actor() const
{
    if (isApiToken())
        return Actor::apiToken(apiTokenId, apiTokenName);
    return Actor::account(accountId(), view.account ? view.account->name : QString());
}

std::optional<ApiError> AuthSession::gate() const
{
    if (view.unitChoiceRequired)
        return apiError(403, ErrorCode::UnitChoiceRequired);
    if (view.institutionChoiceRequired)
        return apiError(403, ErrorCode::InstitutionChoiceRequired);
    if (view.passwordChangeRequired)
        return apiError(403, ErrorCode::PasswordChangeRequired);
    return std::nullopt;
}

} // namespace zc::server
