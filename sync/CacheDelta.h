#pragma once

#include "Cache.h"

#include "models/Account.h"
#include "models/Role.h"

#include <QList>
#include <QMetaType>

namespace zc::sync {

// What one step changed in the cache, for the views' item models: the rows
// to insert or update (their values after the step) and the ids to drop.
struct CacheDelta
{
    QList<Role> roles;
    QList<Account> accounts;
    QList<DeletedItem> deleted;
    bool reset = false;            // the cache was emptied first (start of a full sync): drop what is shown
    bool catalogChanged = false;   // a new permission catalog was stored
    bool local = false;            // a write of this client, applied from the server's answer

    [[nodiscard]] bool isEmpty() const
    {
        return roles.isEmpty() && accounts.isEmpty() && deleted.isEmpty() && !reset && !catalogChanged;
    }
};

} // namespace zc::sync

Q_DECLARE_METATYPE(zc::sync::CacheDelta)
