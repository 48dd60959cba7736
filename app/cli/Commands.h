#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace zc::cli {

// The table of zhaocai-cli's commands, in the order the overview lists them.
[[nodiscard]] std::vector<std::unique_ptr<Command>> createCommands();

} // namespace zc::cli
