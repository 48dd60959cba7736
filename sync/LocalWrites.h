#pragma once

#include "Cache.h"
#include "CacheDelta.h"

#include "models/Account.h"
#include "models/Role.h"

namespace zc::sync {

// The cache side of a write this client made: the server's answer stored at
// once (before the next sync brings it), and the delta the views need — the
// rows the write changed as the cache now has them, and what went away. Each
// runs on the thread that owns the Cache (SyncEngine's worker).
namespace LocalWrites {

CacheError applyRole(Cache &cache, const Role &role, CacheDelta *delta);
CacheError applyAccount(Cache &cache, const Account &account, CacheDelta *delta);
// The accounts that held the role show one role less afterwards.
CacheError removeRole(Cache &cache, qint64 id, CacheDelta *delta);
// Its roles count one account less afterwards.
CacheError removeAccount(Cache &cache, qint64 id, CacheDelta *delta);
CacheError applyAssignment(Cache &cache, qint64 roleId, qint64 accountId, bool assigned, CacheDelta *delta);

} // namespace LocalWrites
} // namespace zc::sync
