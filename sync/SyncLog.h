#pragma once

#include <QLoggingCategory>

namespace zc::sync {

// The zc.sync logging category, shared by the files of this library. Never
// log a token, a password or an Authorization header through it.
Q_DECLARE_LOGGING_CATEGORY(lcSync)

} // namespace zc::sync
