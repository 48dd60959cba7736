// The one registration table of zhaocai-cli: a new command gets its file pair
// in commands/ and one line here.
#include "Commands.h"

#include "commands/HealthCommand.h"
#include "commands/LogoutCommand.h"
#include "commands/MeCommand.h"

namespace zc::cli {

std::vector<std::unique_ptr<Command>> createCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    // Session
    commands.push_back(std::make_unique<HealthCommand>());
    commands.push_back(std::make_unique<MeCommand>());
    commands.push_back(std::make_unique<LogoutCommand>());
    return commands;
}

} // namespace zc::cli
