#include "server/auth/AuthSession.h"

#include "server/Result.h"

namespace zc::server {

std::optional<ApiError> AuthSession::gate() const
{
    if (view.unitChoiceRequired)
        return apiError(403, "unit_choice_required");
    if (view.institutionChoiceRequired)
        return apiError(403, "institution_choice_required");
    if (view.passwordChangeRequired)
        return apiError(403, "password_change_required");
    return std::nullopt;
}

} // namespace zc::server
