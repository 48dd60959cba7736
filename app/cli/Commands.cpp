// The one registration table of zhaocai-cli: a new command gets its file pair
// in commands/ and one line here.
#include "Commands.h"

#include "commands/AccountCommand.h"
#include "commands/AssignCommand.h"
#include "commands/AuditCommand.h"
#include "commands/ChangePasswordCommand.h"
#include "commands/ChooseInstitutionCommand.h"
#include "commands/ChooseUnitCommand.h"
#include "commands/CompletionCommand.h"
#include "commands/ExportCommand.h"
#include "commands/HandlerAddCommand.h"
#include "commands/HandlerDeleteCommand.h"
#include "commands/OffboardCommand.h"
#include "commands/HandlerPatchCommand.h"
#include "commands/HandlerResetPasswordCommand.h"
#include "commands/HandlersCommand.h"
#include "commands/HealthCommand.h"
#include "commands/LoginCommand.h"
#include "commands/LogoutCommand.h"
#include "commands/ManPageCommand.h"
#include "commands/MeCommand.h"
#include "commands/PermissionsCommand.h"
#include "commands/RegisterCommand.h"
#include "commands/ResetPasswordCommand.h"
#include "commands/RoleAccountsCommand.h"
#include "commands/RoleCreateCommand.h"
#include "commands/RoleDeleteCommand.h"
#include "commands/RoleShowCommand.h"
#include "commands/RoleUpdateCommand.h"
#include "commands/RolesCommand.h"
#include "commands/SmsCodeCommand.h"
#include "commands/SyncCommand.h"
#include "commands/TokenCreateCommand.h"
#include "commands/TokenDeleteCommand.h"
#include "commands/TokensCommand.h"
#include "commands/UnitAuthCommand.h"
#include "commands/WhoamiCommand.h"

namespace zc::cli {

std::vector<std::unique_ptr<Command>> createCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    // Session
    commands.push_back(std::make_unique<HealthCommand>());
    commands.push_back(std::make_unique<LoginCommand>());
    commands.push_back(std::make_unique<MeCommand>());
    commands.push_back(std::make_unique<WhoamiCommand>());
    commands.push_back(std::make_unique<LogoutCommand>());
    commands.push_back(std::make_unique<AccountCommand>());
    commands.push_back(std::make_unique<ChooseUnitCommand>());
    commands.push_back(std::make_unique<ChooseInstitutionCommand>());
    commands.push_back(std::make_unique<ChangePasswordCommand>());
    commands.push_back(std::make_unique<PermissionsCommand>());
    // Registration and passwords
    commands.push_back(std::make_unique<SmsCodeCommand>());
    commands.push_back(std::make_unique<RegisterCommand>());
    commands.push_back(std::make_unique<ResetPasswordCommand>());
    // Unit administration
    commands.push_back(std::make_unique<UnitAuthCommand>());
    commands.push_back(std::make_unique<HandlersCommand>());
    commands.push_back(std::make_unique<HandlerAddCommand>());
    commands.push_back(std::make_unique<HandlerPatchCommand>(HandlerPatchCommand::Change::Rename));
    commands.push_back(std::make_unique<HandlerPatchCommand>(HandlerPatchCommand::Change::Disable));
    commands.push_back(std::make_unique<HandlerPatchCommand>(HandlerPatchCommand::Change::Enable));
    commands.push_back(std::make_unique<HandlerResetPasswordCommand>());
    commands.push_back(std::make_unique<HandlerDeleteCommand>());
    commands.push_back(std::make_unique<OffboardCommand>());
    commands.push_back(std::make_unique<RolesCommand>());
    commands.push_back(std::make_unique<RoleShowCommand>());
    commands.push_back(std::make_unique<RoleCreateCommand>());
    commands.push_back(std::make_unique<RoleUpdateCommand>());
    commands.push_back(std::make_unique<RoleDeleteCommand>());
    commands.push_back(std::make_unique<RoleAccountsCommand>());
    commands.push_back(std::make_unique<AssignCommand>(true));
    commands.push_back(std::make_unique<AssignCommand>(false));
    commands.push_back(std::make_unique<AuditCommand>());
    commands.push_back(std::make_unique<SyncCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    // API tokens (接口管理), after export: token-create's -o is export's option.
    commands.push_back(std::make_unique<TokensCommand>());
    commands.push_back(std::make_unique<TokenCreateCommand>());
    commands.push_back(std::make_unique<TokenDeleteCommand>());
    // Shell completion and manual page
    commands.push_back(std::make_unique<CompletionCommand>());
    commands.push_back(std::make_unique<ManPageCommand>());
    return commands;
}

} // namespace zc::cli
