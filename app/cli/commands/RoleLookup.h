#pragma once

#include "sync/TlsProblem.h"

#include "models/ApiError.h"
#include "models/Role.h"

#include <QCoreApplication>
#include <QList>

namespace zc::cli {

class CliContext;

// The unit's roles, listed once (GET /roles, every page), to find a role by
// its id or its exact name (assign, unassign).
class RoleLookup
{
    Q_DECLARE_TR_FUNCTIONS(RoleLookup)
public:
    explicit RoleLookup(CliContext &ctx);

    // Lists the roles; false with the API error (not printed).
    [[nodiscard]] bool load(ApiError *error, QList<sync::TlsProblem> *tls = nullptr);
    // The roles `arg` names: by id when it is a number, by exact name (after
    // trimming) either way; none, one, or several (a number that is one
    // role's id and another's name).
    [[nodiscard]] QList<Role> resolve(const QString &arg) const;

    // "采购员 (id 5)", for messages naming candidates.
    [[nodiscard]] static QString describe(const Role &role);

private:
    CliContext &m_ctx;
    QList<Role> m_roles;
};

} // namespace zc::cli
