#include "SyncLog.h"

namespace zc::sync {

Q_LOGGING_CATEGORY(lcSync, "zc.sync", QtInfoMsg)

} // namespace zc::sync
