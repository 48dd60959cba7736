<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountCommand</name>
    <message>
        <location filename="../app/cli/commands/AccountCommand.cpp" line="+12"/>
        <source>list | use LOGIN</source>
        <translation>list | use LOGIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the accounts remembered on this server, the default one marked;
&apos;use&apos; makes LOGIN the default (commands without --as use it)</source>
        <translation>列出在此服务器上保存了登录的账号，并标出默认账号；
“use”将 LOGIN 设为默认账号（未指定 --as 的命令使用它）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;account list&apos; takes no argument.</source>
        <translation>“account list”不带参数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;account use&apos; takes the LOGIN of a remembered account.</source>
        <translation>“account use”需要一个已保存登录的账号（LOGIN）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;account&apos; takes list or use LOGIN.</source>
        <translation>“account”后应为 list 或 use LOGIN。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No account is remembered on %1. Run: zhaocai-cli login LOGIN --remember</source>
        <translation>%1 上没有保存登录的账号。请运行：zhaocai-cli login LOGIN --remember</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accounts remembered on %1 (%2):</source>
        <translation>在 %1（%2）上保存了登录的账号：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>登录账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No default account: choose one with &apos;zhaocai-cli account use LOGIN&apos;.</source>
        <translation>尚未设置默认账号，请用“zhaocai-cli account use LOGIN”选择。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The keychain could not be read: %1</source>
        <translation>无法读取系统凭据存储：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no session of %1 is remembered on %2; sign in first: zhaocai-cli login %1 --remember</source>
        <translation>%2 上没有保存 %1 的登录，请先登录：zhaocai-cli login %1 --remember</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no session of %1 is remembered on %2 (remembered: %3); sign in first: zhaocai-cli login %1 --remember</source>
        <translation>%2 上没有保存 %1 的登录（已保存：%3），请先登录：zhaocai-cli login %1 --remember</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is now the default account on %2.</source>
        <translation>%1 现为 %2 上的默认账号。</translation>
    </message>
</context>
<context>
    <name>AssignCommand</name>
    <message>
        <location filename="../app/cli/commands/AssignCommand.cpp" line="+18"/>
        <source>line %1 is not UTF-8 text (save the file as UTF-8).</source>
        <translation>第 %1 行不是 UTF-8 文本（请将文件另存为 UTF-8 编码）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quoted field that starts on line %1 is never closed.</source>
        <translation>第 %1 行开始的带引号字段缺少结束引号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1 has text after a closing quote.</source>
        <translation>第 %1 行的结束引号后还有文字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1 has a quote inside an unquoted field.</source>
        <translation>第 %1 行的字段未加引号，但其中含有引号。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>assign, unassign: the (role, account) rows of a CSV file whose first line is role,account.</source>
        <translation>assign、unassign：从 CSV 文件读取（角色，账号）行，文件首行为 role,account。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assign, unassign: say what would be done, change nothing.</source>
        <translation>assign、unassign：只显示将要执行的操作，不做任何修改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ROLE ACCOUNT... | --from FILE.csv [--dry-run]</source>
        <translation>ROLE ACCOUNT... | --from FILE.csv [--dry-run]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>assign the role to accounts (summary of what changed)
ROLE: id or name; ACCOUNT: id, phone, login or name</source>
        <translation>将角色分配给账号（显示变更汇总）
ROLE：角色 ID 或名称；ACCOUNT：账号 ID、手机号、登录账号或账号名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>take the role from accounts
ROLE: id or name; ACCOUNT: id, phone, login or name</source>
        <translation>取消账号的角色分配
ROLE：角色 ID 或名称；ACCOUNT：账号 ID、手机号、登录账号或账号名称</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; takes either ROLE ACCOUNT... or --from FILE, not both.</source>
        <translation>“%1”只能使用 ROLE ACCOUNT... 或 --from FILE 其中一种。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; takes a role and at least one account (or --from FILE).</source>
        <translation>“%1”需要一个角色和至少一个账号（或 --from FILE）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an account argument is empty.</source>
        <translation>有一个账号参数为空。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the role argument is empty.</source>
        <translation>角色参数为空。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 超过 %2 MiB。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a CSV file that can be read: %2</source>
        <translation>%1 不是可读取的 CSV 文件：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is empty: its first line must be role,account.</source>
        <translation>%1 为空：首行应为 role,account。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the first line of %1 must be the header role,account (it is: %2).</source>
        <translation>%1 的首行应为表头 role,account（实际为：%2）。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>A row has two fields, the role and the account; this one has %n.</source>
        <translation>
            <numerusform>每行应有两个字段（角色和账号），此行有 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no rows after its header.</source>
        <translation>%1 在表头之后没有数据行。</translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>Role %1: would be assigned to %n account(s)</source>
        <translation>
            <numerusform>角色 %1：将分配给 %n 个账号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Role %1: would be taken from %n account(s)</source>
        <translation>
            <numerusform>角色 %1：将取消 %n 个账号的分配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Role %1: assigned to %n account(s)</source>
        <translation>
            <numerusform>角色 %1：已分配给 %n 个账号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Role %1: taken from %n account(s)</source>
        <translation>
            <numerusform>角色 %1：已取消 %n 个账号的分配</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <extracomment>A summary and the ids it is about, e.g. &quot;Role 5: assigned to 2 accounts (7, 9)&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  already held it: %1</source>
        <translation>  原已分配，未变更：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  did not hold it: %1</source>
        <translation>  原未分配，未变更：%1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 [%2]</source>
        <translation>%1［%2］</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 would be assigned, %2 already assigned, %3 failed.</source>
        <translation>将分配 %1 个，已分配 %2 个，失败 %3 个。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 would be unassigned, %2 not assigned, %3 failed.</source>
        <translation>将取消分配 %1 个，未分配 %2 个，失败 %3 个。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 assigned, %2 already assigned, %3 failed.</source>
        <translation>已分配 %1 个，原已分配 %2 个，失败 %3 个。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 unassigned, %2 not assigned, %3 failed.</source>
        <translation>已取消分配 %1 个，原未分配 %2 个，失败 %3 个。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) of %1: %2</source>
        <translation>
            <numerusform>%1 共 %n 行：%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="-104"/>
        <source>  account %1 failed: %2 [%3]</source>
        <extracomment>One account of assign/unassign that failed: the argument, the message, the error code.</extracomment>
        <translation>  账号 %1 操作失败：%2 [%3]</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <location filename="../app/cli/commands/AuditCommand.cpp" line="+44"/>
        <source>audit: e.g. role.create.</source>
        <translation>audit：按操作类型筛选，例如 role.create。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit: the acting account&apos;s id.</source>
        <translation>audit：按操作人筛选（操作人的账号 ID）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit: from this time on.</source>
        <translation>audit：起始时间（含）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>audit: up to this time.</source>
        <translation>audit：截止时间（含）。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>[--action A] [--actor ID] [--from T] [--to T] [--page P] [--size N | --all]</source>
        <translation>[--action A] [--actor ID] [--from T] [--to T] [--page P] [--size N | --all]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the unit&apos;s audit log (T: RFC 3339 time or YYYY-MM-DD)</source>
        <translation>查询本单位的审计日志（T：RFC 3339 时间或 YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--actor takes an account id (a positive number).</source>
        <translation>--actor 的值应为账号 ID（正整数）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--from takes an RFC 3339 time or a date (YYYY-MM-DD).</source>
        <translation>--from 的值应为 RFC 3339 时间或日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--to takes an RFC 3339 time or a date (YYYY-MM-DD).</source>
        <translation>--to 的值应为 RFC 3339 时间或日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--from is after --to.</source>
        <translation>--from 晚于 --to，请检查查询的时间范围。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>events</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>BulkAssignment</name>
    <message>
        <location filename="../app/cli/commands/BulkAssignment.cpp" line="+23"/>
        <source>A role and an account are both needed.</source>
        <translation>角色和账号都不能为空。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No role of this unit has the id or name &apos;%1&apos;.</source>
        <translation>本单位没有 ID 或名称为“%1”的角色。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>&apos;%1&apos; names %n roles: %2. Give the id.</source>
        <translation>
            <numerusform>“%1”对应 %n 个角色：%2。请使用角色 ID。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No handler of this unit has the id, phone, login or name &apos;%1&apos;.</source>
        <translation>本单位没有 ID、手机号、登录账号或账号名称为“%1”的经办人。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>&apos;%1&apos; names %n handlers: %2. Give the phone or the id.</source>
        <translation>
            <numerusform>“%1”对应 %n 个经办人：%2。请使用手机号或 ID。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+138"/>
        <source>assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unassigned</source>
        <translation>已取消分配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already assigned</source>
        <translation>原已分配</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not assigned</source>
        <translation>原未分配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>would assign</source>
        <translation>将分配</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>would unassign</source>
        <translation>将取消分配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not tried</source>
        <translation>未执行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>CaptchaPrompt</name>
    <message>
        <location filename="../app/cli/CaptchaPrompt.cpp" line="+22"/>
        <source>Could not save the captcha to %1.</source>
        <translation>无法将图形验证码保存到 %1，请检查路径是否可写。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This server offers no development captcha answers (it is not in --dev mode); log in without --dev-captcha. (%1)</source>
        <translation>该服务器不提供开发用图形验证码答案（未以 --dev 模式运行），请去掉 --dev-captcha 后重试。（%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The development captcha answer is missing.</source>
        <translation>服务器未返回开发用图形验证码答案。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The captcha image is not a PNG.</source>
        <translation>图形验证码图片不是 PNG 格式。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Captcha (valid %n second(s)):</source>
        <translation>
            <numerusform>图形验证码（%n 秒内有效）：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Characters shown above: </source>
        <translation>请输入上方的图形验证码：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no captcha answer given.</source>
        <translation>未输入图形验证码。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordCommand</name>
    <message>
        <location filename="../app/cli/commands/ChangePasswordCommand.cpp" line="+21"/>
        <source>change the password (old and new)</source>
        <translation>修改密码（输入原密码和新密码）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Current password: </source>
        <translation>请输入原密码：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no current password given.</source>
        <translation>未输入原密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password: </source>
        <translation>请输入新密码：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no new password given.</source>
        <translation>未输入新密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password again: </source>
        <translation>请再次输入新密码：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password changed; the account&apos;s other sessions were signed out.</source>
        <translation>密码已修改，该账号在其他地方的登录已失效。</translation>
    </message>
</context>
<context>
    <name>ChooseInstitutionCommand</name>
    <message>
        <location filename="../app/cli/commands/ChooseInstitutionCommand.cpp" line="+14"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pick the medical institution (asked once, permanent)</source>
        <translation>选择医疗机构（只需选择一次，选择后无法更改）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Institution chosen (this choice is permanent).</source>
        <translation>已选择医疗机构（选择后无法更改）。</translation>
    </message>
</context>
<context>
    <name>ChooseUnitCommand</name>
    <message>
        <location filename="../app/cli/commands/ChooseUnitCommand.cpp" line="+14"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pick the unit of this session (handlers of several units)</source>
        <translation>选择登录单位（适用于属于多个单位的经办人）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unit chosen.</source>
        <translation>已选择登录单位。</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+83"/>
        <source>One of the commands above.</source>
        <translation>上面列出的命令之一。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the command takes (LOGIN, ID, …).</source>
        <translation>命令所需的参数（LOGIN、ID 等）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+14"/>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>no command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&apos;%1&apos; takes no argument.</source>
        <translation>“%1”不接受参数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; takes exactly one argument.</source>
        <translation>“%1”需要且只需要 1 个参数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; takes exactly %2 arguments.</source>
        <translation>“%1”需要且只需要 %2 个参数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; takes at least %2 arguments.</source>
        <translation>“%1”至少需要 %2 个参数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 does not belong to &apos;%2&apos;.</source>
        <translation>--%1 不是“%2”的选项。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Command-line twin of zhaocai-admin: accounts and permissions of the procurement platform.</source>
        <translation>zhaocai-admin 的命令行版本：管理招采平台的账号与权限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session:</source>
        <translation>登录：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration and passwords (no session needed):</source>
        <translation>注册与密码（无需登录）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit administration (remembered session):</source>
        <translation>单位管理（使用保存的登录）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shell completion and manual page (no server needed):</source>
        <translation>命令补全与手册页（无需服务器）：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;zhaocai-cli help COMMAND&apos; (or COMMAND --help) shows one command with its options.</source>
        <translation>“zhaocai-cli help COMMAND”（或 COMMAND --help）显示单个命令的用法及其选项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit codes: 0 ok, 1 the server refused (message and code printed), 2 usage,
3 network or TLS failure (the refused certificate is described), 4 not signed in
(no remembered session, expired, or the credentials refused), 5 forbidden,
6 the system&apos;s credential store failed. Errors go to stderr, as JSON with --json.</source>
        <translation>退出码：0 成功；1 服务器拒绝（输出提示信息和错误代码）；2 用法错误；
3 网络或 TLS 故障（输出未通过验证的证书信息）；4 未登录（没有保存的登录、
登录已失效或账号密码被拒绝）；5 无权限；6 系统凭据存储不可用。
错误信息输出到标准错误，使用 --json 时为 JSON 格式。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>7 assign / unassign: some rows failed (each is reported), the others were done.
Lists and exports show the local cache when the server cannot be reached (said on
stderr, exit 0).</source>
        <translation>7 assign / unassign：部分行失败（逐行报告），其余已完成。
服务器无法连接时，列表和导出命令显示本地缓存（在标准错误中说明，
退出码 0）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Credentials and environment:
  Commands that need a session use the server&apos;s default account (&apos;account list&apos;,
  &apos;account use LOGIN&apos;), or --as LOGIN; &apos;whoami&apos; says which. For scripts, without
  keychain or captcha:
  ZC_TOKEN            a token used instead of a remembered session: usually an API
                      token (zcat_…) made with &apos;token-create&apos;
  --token-file FILE   the same, read from FILE, which must be readable by you alone
                      (chmod 600 FILE); it goes before ZC_TOKEN
  ZC_SERVER           the server URL when no --server, --profile-file or --profile
                      is given (add --ca FILE for a private CA)
  An API token cannot log in or out, nor use me, change-password, choose-unit,
  choose-institution or the token commands: those need a signed-in session.</source>
        <translation>登录凭据与环境变量：
  需要登录的命令使用该服务器的默认账号（“account list”、“account use LOGIN”），
  或 --as LOGIN 指定的账号；“whoami”显示当前使用哪一个。脚本无需系统凭据存储
  和图形验证码，可使用：
  ZC_TOKEN            代替已保存登录的令牌，通常是用“token-create”添加的
                      接口令牌（zcat_…）
  --token-file FILE   同上，从文件 FILE 读取，该文件只能由您本人读取
                      （chmod 600 FILE）；优先于 ZC_TOKEN
  ZC_SERVER           未指定 --server、--profile-file 或 --profile 时使用的服务器地址
                      （私有证书请加 --ca FILE）
  接口令牌不能登录或退出登录，也不能使用 me、change-password、choose-unit、
  choose-institution 和令牌管理命令：这些命令需要人员登录。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage: zhaocai-cli [options] %1</source>
        <translation>用法：zhaocai-cli [选项] %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Global options (see &apos;zhaocai-cli --help&apos;): %1.</source>
        <translation>全局选项（见“zhaocai-cli --help”）：%1。</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../app/cli/Command.cpp" line="+39"/>
        <source>&apos;%1&apos; is not an id (a positive number).</source>
        <translation>“%1”不是有效的 ID（应为正整数）。</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <location filename="../app/cli/CommonOptions.cpp" line="+10"/>
        <source>Read the password from standard input (change-password: old and new on two lines).</source>
        <translation>从标准输入读取密码（change-password：原密码和新密码各占一行）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo and development servers only (--dev): fetch the captcha answer from the server.</source>
        <translation>仅限演示和开发服务器（--dev 模式）：从服务器获取图形验证码答案。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also save the captcha image to this PNG file.</source>
        <translation>同时将图形验证码图片保存到该 PNG 文件。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page of a list (default 1).</source>
        <translation>列表页码（默认 1）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Items per page, 1 to 100 (default 10).</source>
        <translation>每页条数，1 至 100（默认 10）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A name, or a name filter.</source>
        <translation>名称，或用于筛选的名称。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Menu-permission codes, comma-separated (see &apos;permissions&apos;).</source>
        <translation>菜单权限代码，以英文逗号分隔（见“permissions”）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A role&apos;s remark.</source>
        <translation>角色备注。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SMS code received.</source>
        <translation>收到的短信验证码。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not ask for confirmation.</source>
        <translation>不再询问确认。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every page (100 items per request), as one table or one JSON array.</source>
        <translation>获取全部页（每次请求 100 条），输出为一个表格或一个 JSON 数组。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--all takes every page: give no --page or --size with it.</source>
        <translation>--all 获取全部页，不能与 --page 或 --size 同时使用。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--page takes a number from 1 on.</source>
        <translation>--page 的值应为不小于 1 的整数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--size takes 1 to 100.</source>
        <translation>--size 的值应为 1 至 100。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; needs --sms-code CODE (send one with &apos;sms-code&apos;).</source>
        <translation>“%1”需要 --sms-code CODE（短信验证码可用“sms-code”获取）。</translation>
    </message>
</context>
<context>
    <name>CompletionCommand</name>
    <message>
        <location filename="../app/cli/commands/CompletionCommand.cpp" line="+89"/>
        <source>print the shell completion script for bash or zsh</source>
        <translation>输出 bash 或 zsh 的命令补全脚本</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;completion&apos; takes bash or zsh.</source>
        <translation>“completion”的参数应为 bash 或 zsh。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Displays the overview and the help of every command.</source>
        <translation>显示命令概览及每个命令的帮助。</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>show the help of a command</source>
        <translation>显示某个命令的帮助</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/commands/ExportCommand.cpp" line="+69"/>
        <source>export: csv (default) or json.</source>
        <translation>export：导出格式，csv（默认）或 json。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: write to FILE instead of standard output.</source>
        <translation>export：写入 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: start the CSV with a UTF-8 byte-order mark (for Excel).</source>
        <translation>export：在 CSV 开头写入 UTF-8 字节顺序标记（BOM，供 Excel 使用）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: from the local cache only (as of the last sync), without asking the server.</source>
        <translation>export：只从本地缓存导出（数据截至上次同步），不访问服务器。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>roles [--name N] | handlers [--q T] [--status S] |
role-accounts ID [--unassigned] [--login L] [--name N] |
audit [--action A] [--actor ID] [--from T] [--to T]
[--format csv|json] [-o FILE] [--bom] [--cache]</source>
        <translation>roles [--name N] | handlers [--q T] [--status S] |
role-accounts ID [--unassigned] [--login L] [--name N] |
audit [--action A] [--actor ID] [--from T] [--to T]
[--format csv|json] [-o FILE] [--bom] [--cache]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>export every item of a list (all pages) as CSV or JSON; --bom for Excel
offline, or with --cache, from the local cache (run sync first)</source>
        <translation>将列表的全部数据（所有页）导出为 CSV 或 JSON；--bom 便于 Excel 打开
离线时或使用 --cache 时从本地缓存导出（请先运行 sync）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;export&apos; takes roles, handlers, role-accounts ID or audit.</source>
        <translation>“export”后应为 roles、handlers、role-accounts ID 或 audit。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;export role-accounts&apos; takes the role&apos;s id.</source>
        <translation>“export role-accounts”需要角色 ID。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;export %1&apos; takes no further argument.</source>
        <translation>“export %1”不带其他参数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 does not belong to &apos;export %2&apos;.</source>
        <translation>--%1 不适用于“export %2”。</translation>
    </message>
    <message numerus="yes">
        <location line="+187"/>
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条数据导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-214"/>
        <source>--format takes csv or json.</source>
        <translation>--format 的值应为 csv 或 json。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--bom belongs to CSV output.</source>
        <translation>--bom 仅适用于 CSV 格式。</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>The export could not be written to standard output.</source>
        <translation>无法将导出内容写入标准输出。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The export could not be written to %1: %2</source>
        <translation>无法将导出内容写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Exported %n item(s) to %1 (as of the last sync, %2).</source>
        <translation>
            <numerusform>已将 %n 条数据导出到 %1（数据截至上次同步，%2）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandlerAddCommand</name>
    <message>
        <location filename="../app/cli/commands/HandlerAddCommand.cpp" line="+17"/>
        <source>PHONE NAME --sms-code C</source>
        <translation>PHONE NAME --sms-code C</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add a handler (code sent with: sms-code PHONE --purpose add_handler)</source>
        <translation>新增经办人（短信验证码用 sms-code PHONE --purpose add_handler 获取）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Handler %1 (%2) added with id %3. A phone new to the platform gets its initial password by SMS; it must be changed at the first login.</source>
        <translation>已新增经办人“%1”（%2），ID 为 %3。首次在平台使用的手机号将通过短信收到初始密码，首次登录时须修改。</translation>
    </message>
</context>
<context>
    <name>HandlerDeleteCommand</name>
    <message>
        <location filename="../app/cli/commands/HandlerDeleteCommand.cpp" line="+18"/>
        <source>ID [--yes]</source>
        <translation>ID [--yes]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>delete a handler and its assignments</source>
        <translation>删除经办人及其角色分配</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete the handler %1 (%2) and its role assignments?</source>
        <translation>确定删除经办人“%1”（%2）及其角色分配吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not deleted.</source>
        <translation>未删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not deleted: add --yes to confirm when not on a terminal.</source>
        <translation>未删除。非终端环境下请加 --yes 确认。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handler %1 (%2) deleted.</source>
        <translation>已删除经办人“%1”（%2）。</translation>
    </message>
</context>
<context>
    <name>HandlerLookup</name>
    <message>
        <location filename="../app/cli/commands/HandlerLookup.cpp" line="+34"/>
        <source>This unit has no handler with the id %1.</source>
        <translation>本单位没有 ID 为 %1 的经办人，请用“zhaocai-cli handlers”查询经办人 ID。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 %2 (id %3)</source>
        <extracomment>A handler among several that an argument names: login, name and id.</extracomment>
        <translation>%1 %2（ID %3）</translation>
    </message>
</context>
<context>
    <name>HandlerPatchCommand</name>
    <message>
        <location filename="../app/cli/commands/HandlerPatchCommand.cpp" line="+36"/>
        <source>ID NAME</source>
        <translation>ID NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rename a handler</source>
        <translation>修改经办人的账号名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disable a handler (its sessions end at once)</source>
        <translation>禁用经办人（其登录立即失效）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>enable (and unlock) a handler</source>
        <translation>启用（并解锁）经办人</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Handler %1 renamed from %2 to %3.</source>
        <translation>经办人 %1 的账号名称已由“%2”改为“%3”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handler %1 (%2) is disabled; its sessions have ended.</source>
        <translation>已禁用经办人“%1”（%2），其登录已失效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handler %1 (%2) is active.</source>
        <translation>已启用经办人“%1”（%2）。</translation>
    </message>
</context>
<context>
    <name>HandlerResetPasswordCommand</name>
    <message>
        <location filename="../app/cli/commands/HandlerResetPasswordCommand.cpp" line="+14"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>send the handler a new password by SMS</source>
        <translation>重置经办人密码（新密码通过短信发送）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A new password was sent to the handler&apos;s phone by SMS; it must be changed at the next login.</source>
        <translation>新密码已通过短信发送到经办人的手机，下次登录时须修改。</translation>
    </message>
</context>
<context>
    <name>HandlersCommand</name>
    <message>
        <location filename="../app/cli/commands/HandlersCommand.cpp" line="+16"/>
        <source>[--q TEXT] [--status S] [--page P] [--size N | --all]</source>
        <translation>[--q TEXT] [--status S] [--page P] [--size N | --all]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>handlers: login, name or phone contains TEXT.</source>
        <translation>handlers：查询登录账号、账号名称或手机号包含 TEXT 的经办人。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handlers: active, disabled or locked.</source>
        <translation>handlers：按状态筛选，active（正常）、disabled（已禁用）或 locked（已锁定）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>list the unit&apos;s handlers</source>
        <translation>查询本单位的经办人</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--status takes active, disabled or locked.</source>
        <translation>--status 的值应为 active、disabled 或 locked。</translation>
    </message>
</context>
<context>
    <name>HealthCommand</name>
    <message>
        <location filename="../app/cli/commands/HealthCommand.cpp" line="+16"/>
        <source>check that the server answers</source>
        <translation>检查服务器能否正常响应</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2) is up, version %3.</source>
        <translation>服务器“%1”（%2）运行正常，版本 %3。</translation>
    </message>
</context>
<context>
    <name>LocalCache</name>
    <message>
        <location filename="../app/cli/ListFetch.h" line="+101"/>
        <source>No local cache to show instead: %1.</source>
        <translation>也没有可显示的本地缓存：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCache.cpp" line="+37"/>
        <source>there is no local cache of this account here (run &apos;zhaocai-cli sync&apos; while online)</source>
        <translation>本机没有该账号的本地缓存（请在联网时运行“zhaocai-cli sync”）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the local cache cannot be opened: %1</source>
        <translation>无法打开本地缓存：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the local cache of this account has never been synced</source>
        <translation>该账号的本地缓存从未同步</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the local cache does not hold it</source>
        <translation>本地缓存中没有这些数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the local cache cannot be read: %1</source>
        <translation>无法读取本地缓存：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server cannot be reached; showing the local cache (synced %1, %2).</source>
        <translation>服务器无法连接，显示本地缓存（同步于 %1，%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached; showing the audit events kept locally (last read from the server %1, %2). Older and newer events are only on the server.</source>
        <translation>服务器无法连接，显示本机保存的审计事件（最近一次从服务器读取于 %1，%2）。更早和更新的事件只在服务器上。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server cannot be reached, and no audit events have been kept here yet.</source>
        <translation>服务器无法连接，本机尚未保存任何审计事件。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>zhaocai-cli: %1</source>
        <translation>zhaocai-cli：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>zhaocai-cli: %1 (%2: %3)</source>
        <translation>zhaocai-cli：%1（%2：%3）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Warning: the audit events could not be kept in the local cache (%1).</source>
        <translation>警告：审计事件未能保存到本地缓存（%1）。</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <location filename="../app/cli/commands/LoginCommand.cpp" line="+66"/>
        <source>Keep the session token in the OS keychain for later commands.</source>
        <translation>将登录令牌保存到系统凭据存储，供后续命令使用。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 is now the default account on %2 (there was none).</source>
        <translation>%1 现为 %2 上的默认账号（此前未设置）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is now the default account on %2 (it was %3).</source>
        <translation>%1 现为 %2 上的默认账号（此前为 %3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The default account on %1 stays %2: use --as %3, or make it the default with &apos;zhaocai-cli account use %3&apos;.</source>
        <translation>%1 上的默认账号仍为 %2：请使用 --as %3，或用“zhaocai-cli account use %3”将其设为默认账号。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>With --remember: make this account the default one of the server (used without --as).</source>
        <translation>与 --remember 一起使用：将此账号设为该服务器的默认账号（未指定 --as 时使用）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>LOGIN [--remember [--make-default]]</source>
        <translation>LOGIN [--remember [--make-default]]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sign in (password prompt, captcha in the terminal)</source>
        <translation>登录（在终端中输入密码和图形验证码）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;login&apos; signs in with a password; it is not used with a token (%1). Unset ZC_TOKEN or leave out --token-file.</source>
        <translation>“login”使用密码登录，不能与令牌（%1）同时使用。请取消 ZC_TOKEN 或去掉 --token-file。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--make-default goes with --remember.</source>
        <translation>--make-default 需与 --remember 一起使用。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password for %1 on %2: </source>
        <translation>请输入 %1 的密码（服务器“%2”）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no password given.</source>
        <translation>未输入密码。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Signed in, but the keychain could not store the session (%1); it was closed again.</source>
        <translation>登录成功，但无法将登录保存到系统凭据存储（%1），已退出本次登录。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signed in to %1.</source>
        <translation>已登录服务器“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session is kept in the keychain; &apos;zhaocai-cli me&apos; uses it.</source>
        <translation>登录已保存到系统凭据存储，“zhaocai-cli me”等命令将使用该登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session is kept in the keychain; &apos;zhaocai-cli --as %1 me&apos; uses it.</source>
        <translation>登录已保存到系统凭据存储，“zhaocai-cli --as %1 me”等命令将使用该登录。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The session was closed again (use --remember to keep it for later commands).</source>
        <translation>已随即退出本次登录（如需供后续命令使用，请加 --remember）。</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <location filename="../app/cli/commands/LogoutCommand.cpp" line="+17"/>
        <source>revoke the remembered session and forget it
(of the default account, or of --as LOGIN)</source>
        <translation>退出登录并删除已保存的登录
（默认账号的，或 --as LOGIN 指定账号的）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;logout&apos; ends a remembered session; a token (%1) is not logged out. An API token stops working when it is deleted (&apos;zhaocai-cli token-delete ID&apos;).</source>
        <translation>“logout”用于结束已保存的登录，令牌（%1）无需退出登录。接口令牌删除后即失效（“zhaocai-cli token-delete ID”）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The session of %1 had already ended; it is forgotten here.</source>
        <translation>%1 的登录已失效，已从本机清除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged out %1; the session is revoked and forgotten.</source>
        <translation>%1 已退出登录，保存的登录已从本机清除。</translation>
    </message>
</context>
<context>
    <name>ManPageCommand</name>
    <message>
        <location filename="../app/cli/commands/ManPageCommand.cpp" line="+110"/>
        <source>print this manual page (roff; read it with: zhaocai-cli man | man -l -)</source>
        <translation>输出本手册页（roff 格式；阅读方法：zhaocai-cli man | man -l -）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accounts and permissions of a procurement platform from the command line</source>
        <translation>在命令行中管理招采平台的账号与权限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SYNOPSIS</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DESCRIPTION</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zhaocai-cli is the command-line twin of the desktop client zhaocai-admin: it signs in to a zhaocai server over verified TLS and manages the unit&apos;s handler accounts, roles and their permissions from a terminal or a script.</source>
        <translation>zhaocai-cli 是桌面客户端 zhaocai-admin 的命令行版本：通过经过验证的 TLS 连接登录 zhaocai 服务器，在终端或脚本中管理本单位的经办人账号、角色及其菜单权限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server comes from --server URL (with --ca FILE for a private certificate authority), from --profile-file FILE or --profile ID, or else from the server profile used last, which the desktop client shares. &apos;login --remember&apos; keeps the session token in the system&apos;s keychain for the commands that follow.</source>
        <translation>服务器由 --server URL（私有证书颁发机构用 --ca FILE 指定）、--profile-file FILE 或 --profile ID 指定；均未指定时，使用最近一次使用的服务器配置（与桌面客户端共用）。“login --remember”将登录令牌保存到系统凭据存储，供后续命令使用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Results go to standard output and errors to standard error; with --json both are JSON. Messages are in Chinese unless --lang or the system&apos;s language asks for English.</source>
        <translation>结果输出到标准输出，错误输出到标准错误；使用 --json 时两者均为 JSON。提示信息为中文，--lang 或系统语言要求英文时为英文。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GLOBAL OPTIONS</source>
        <translation>全局选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These go before or after the command.</source>
        <translation>全局选项可写在命令之前或之后。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>COMMANDS</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>EXIT STATUS</source>
        <translation>退出状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done.</source>
        <translation>成功。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused (its message and code are printed), or a local step failed.</source>
        <translation>服务器拒绝（输出提示信息和错误代码），或本机某一步骤失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bad command line or input.</source>
        <translation>命令行或输入有误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer: network, timeout, proxy or TLS (a refused certificate is described).</source>
        <translation>未收到应答：网络、超时、代理或 TLS 故障（输出未通过验证的证书信息）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in: no remembered session, the session expired, or the credentials were refused (HTTP 401).</source>
        <translation>未登录：没有保存的登录、登录已失效，或账号密码被拒绝（HTTP 401）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forbidden: the account may not do that (HTTP 403).</source>
        <translation>无权限：该账号无权执行此操作（HTTP 403）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s credential store could not be used.</source>
        <translation>无法使用系统凭据存储。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ENVIRONMENT</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of messages when --lang is not given: English when the locale asks for English, else Chinese.</source>
        <translation>未指定 --lang 时提示信息的语言：区域设置要求英文时为英文，否则为中文。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy for the server&apos;s connections, as the system&apos;s proxy settings give it (a server on the loopback address is reached directly).</source>
        <translation>连接服务器时使用的代理，取自系统代理设置（回环地址上的服务器直接连接）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the server profiles and the remembered login are kept (default: ~/.config).</source>
        <translation>服务器配置和保存的登录账号所在的目录（默认：~/.config）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the local caches are kept (default: ~/.local/share).</source>
        <translation>本机缓存所在的目录（默认：~/.local/share）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILES</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server profiles, and the profile and login used last, shared with zhaocai-admin. Session tokens are not kept in files but in the system&apos;s keychain (the Secret Service).</source>
        <translation>服务器配置，以及最近一次使用的服务器配置和登录账号，与 zhaocai-admin 共用。登录令牌不保存在文件中，而保存在系统凭据存储（Secret Service）中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The local cache of each account (SQLite), written by sync and by the desktop client, read by export and by the desktop client when offline.</source>
        <translation>每个账号的本机缓存（SQLite），由 sync 和桌面客户端写入，由 export 和离线时的桌面客户端读取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EXAMPLES</source>
        <translation>示例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server, then sign in and keep the session:</source>
        <translation>检查服务器，然后登录并保存登录：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the roles as JSON, for a script:</source>
        <translation>以 JSON 格式列出角色，供脚本使用：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the local cache up to date and export the handlers for Excel:</source>
        <translation>同步本机缓存，并导出经办人供 Excel 使用：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete commands and options in the running bash:</source>
        <translation>在当前 bash 中启用命令和选项补全：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SEE ALSO</source>
        <translation>参见</translation>
    </message>
</context>
<context>
    <name>MeCommand</name>
    <message>
        <location filename="../app/cli/commands/MeCommand.cpp" line="+16"/>
        <source>show the remembered session: account, unit, permissions</source>
        <translation>显示保存的登录信息：账号、单位、菜单权限</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Session on %1 (%2):</source>
        <translation>服务器“%1”（%2）上的登录信息：</translation>
    </message>
</context>
<context>
    <name>OffboardCommand</name>
    <message>
        <location filename="../app/cli/commands/OffboardCommand.cpp" line="+21"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>HANDLER [--yes]</source>
        <translation>经办人 [--yes]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>offboard a handler: disable it, remove its roles, end its sessions</source>
        <translation>离职处理：禁用经办人、移除其全部角色并强制其退出登录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>name the handler by its id, phone, login or name.</source>
        <translation>请用 ID、手机号、登录账号或账号名称指定经办人。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No handler of this unit has the id, phone, login or name &apos;%1&apos;.</source>
        <translation>本单位没有 ID、手机号、登录账号或账号名称为“%1”的经办人。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>&apos;%1&apos; names %n handlers: %2. Give the phone or the id.</source>
        <translation>
            <numerusform>“%1”对应 %n 个经办人：%2。请使用手机号或 ID。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>role %1</source>
        <translation>角色 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offboard %1: disable it and end its sessions (it holds no role)?</source>
        <translation>确定为经办人%1办理离职吗？将禁用账号并强制其退出登录（该账号没有角色）。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Offboard %1: disable it, remove its %n role(s) %2 and end its sessions?</source>
        <translation>
            <numerusform>确定为经办人%1办理离职吗？将禁用账号，移除其 %n 个角色%2，并强制其退出登录。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not offboarded.</source>
        <translation>未办理离职。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not offboarded: add --yes to confirm when not on a terminal.</source>
        <translation>未办理离职：不在终端中运行时，请加 --yes 确认。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 was already offboarded: disabled, without roles or sessions. Nothing was changed.</source>
        <translation>经办人%1已办理过离职：账号已禁用，没有角色，也没有登录状态。本次未作改动。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was offboarded.</source>
        <translation>经办人%1已办理离职。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account: disabled</source>
        <translation>账号状态：已禁用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles removed: none</source>
        <translation>已移除角色：无</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Roles removed (%n): %1</source>
        <translation>
            <numerusform>已移除角色（%n 个）：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sessions ended: %n</source>
        <translation>
            <numerusform>已强制退出登录：%n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PermissionsCommand</name>
    <message>
        <location filename="../app/cli/commands/PermissionsCommand.cpp" line="+19"/>
        <source>the menu-permission catalog as a tree</source>
        <translation>以树形显示菜单权限目录</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../app/cli/Printer.cpp" line="+23"/>
        <source>not issued by an authority this computer trusts (untrusted issuer)</source>
        <translation>不是由本机信任的证书颁发机构颁发的（颁发者不受信任）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>issued for other names than the server&apos;s address (host name mismatch)</source>
        <translation>适用的名称与服务器地址不符（主机名不匹配）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid yet</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revoked</source>
        <translation>已被吊销</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused</source>
        <translation>未通过验证</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>No %1.</source>
        <translation>暂无%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n in all.</source>
        <translation>
            <numerusform>共 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No %1 on this page.</source>
        <translation>本页暂无%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in all, page %1 of %2 (%3 per page).</source>
        <translation>
            <numerusform>共 %n 条，第 %1/%2 页（%3 条/页）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>medical institution</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manufacturer</source>
        <translation>生产企业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distributor</source>
        <translation>配送企业</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+32"/>
        <source>main account</source>
        <translation>单位主账号</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+32"/>
        <source>handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>登录账号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>账号名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>账号类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last login</source>
        <translation>最近登录时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role %1: %2</source>
        <translation>角色 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Remark:      %1</source>
        <translation>  备注：    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Accounts:    %1</source>
        <translation>  关联账号：%1 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Created by:  %1, %2</source>
        <translation>  创建人：  %1，%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Updated:     %1</source>
        <translation>  更新时间：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+29"/>
        <source>  Permissions: %n</source>
        <translation>
            <numerusform>  菜单权限：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="-19"/>
        <source>  Account:     %1 (%2), %3, %4</source>
        <translation>  账号：    %1（%2），%3，%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  Institution: %1</source>
        <translation>  医疗机构：ID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Account:     (not chosen yet)</source>
        <translation>  账号：    （尚未选择）</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+51"/>
        <source>kind not authenticated yet</source>
        <translation>未完成角色认证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Unit:        %1 (id %2, USCC %3, %4%5)</source>
        <translation>  单位：    %1（ID %2，统一社会信用代码 %3，%4%5）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <translation>已完成角色认证</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Expires:     %1</source>
        <translation>  有效期至：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  Choose the unit for this session: zhaocai-cli choose-unit ID</source>
        <translation>  请选择本次登录的单位：zhaocai-cli choose-unit ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  Choose your medical institution (permanent): zhaocai-cli choose-institution ID</source>
        <translation>  请选择医疗机构（选择后无法更改）：zhaocai-cli choose-institution ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  The initial password must be changed: zhaocai-cli change-password</source>
        <translation>  请先修改初始密码：zhaocai-cli change-password</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>zhaocai-cli: the secure connection to %1 was refused: %2</source>
        <translation>zhaocai-cli: 无法与 %1 建立安全连接，原因：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Certificate &quot;%1&quot; issued by &quot;%2&quot; is %3.</source>
        <translation>  证书“%1”（颁发者“%2”）%3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>    names: %1 (asked for: %2)</source>
        <translation>    适用名称：%1（连接的地址：%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    valid: %1 to %2</source>
        <translation>    有效期：%1 至 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    SHA-256 fingerprint: %1</source>
        <translation>    SHA-256 指纹：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Compare the fingerprint with the one your IT department gives you; to trust the server&apos;s CA, pass it with --ca FILE or use a profile file with ca_pem.</source>
        <translation>  请将指纹与本单位信息技术人员（系统管理员）提供的指纹核对；如需信任该服务器的证书，请用 --ca FILE 指定证书文件，或使用包含 ca_pem 的服务器配置文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>zhaocai-cli: no answer from %1 (%2): %3</source>
        <translation>zhaocai-cli: %1 无应答（%2）：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>zhaocai-cli: %1 [%2]</source>
        <translation>zhaocai-cli: %1 [%2]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(field: %1)</source>
        <translation>（字段：%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(try again in %n second(s))</source>
        <translation>
            <numerusform>（请 %n 秒后重试）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterCommand</name>
    <message>
        <location filename="../app/cli/commands/RegisterCommand.cpp" line="+10"/>
        <source>register: legal_person_db or e_license.</source>
        <translation>register：注册方式，legal_person_db（综合法人库）或 e_license（电子营业执照）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register: unified social credit code.</source>
        <translation>register：统一社会信用代码。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USCC</source>
        <translation>USCC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register: the unit&apos;s name.</source>
        <translation>register：单位名称。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>register: the legal representative&apos;s name.</source>
        <translation>register：法定代表人姓名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>register: the legal representative&apos;s resident ID number.</source>
        <translation>register：法定代表人的居民身份证号码。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register: the main account&apos;s phone.</source>
        <translation>register：单位主账号的登记手机号。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PHONE</source>
        <translation>PHONE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>LOGIN --method legal_person_db|e_license --uscc U --unit-name N
--legal-rep-name N --legal-rep-id ID --phone P --sms-code C</source>
        <translation>LOGIN --method legal_person_db|e_license --uscc U --unit-name N
--legal-rep-name N --legal-rep-id ID --phone P --sms-code C</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>register a unit (password prompt or --password-stdin)</source>
        <translation>法人注册（在终端输入密码，或使用 --password-stdin）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--method takes legal_person_db or e_license.</source>
        <translation>--method 的值应为 legal_person_db 或 e_license。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;register&apos; needs --method, --uscc, --unit-name, --legal-rep-name, --legal-rep-id and --phone.</source>
        <translation>“register”需要 --method、--uscc、--unit-name、--legal-rep-name、--legal-rep-id 和 --phone。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password for the main account %1: </source>
        <translation>请输入单位主账号 %1 的密码：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no password given (or the two differ).</source>
        <translation>未输入密码，或两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registered %1: main account %2 (id %3). Log in with: zhaocai-cli login %2</source>
        <translation>单位“%1”法人注册成功：单位主账号 %2（ID %3）。登录命令：zhaocai-cli login %2</translation>
    </message>
</context>
<context>
    <name>ResetPasswordCommand</name>
    <message>
        <location filename="../app/cli/commands/ResetPasswordCommand.cpp" line="+12"/>
        <source>reset-password: the main account whose registered phone it is.</source>
        <translation>reset-password：单位主账号的登录账号（该手机号为其登记手机号）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PHONE --sms-code C [--main-login LOGIN]</source>
        <translation>PHONE --sms-code C [--main-login LOGIN]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>set a new password with an SMS code</source>
        <translation>忘记密码：通过短信验证码重置密码</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New password: </source>
        <translation>请输入新密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no new password given (or the two differ).</source>
        <translation>未输入新密码，或两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password of the handler credentials of %1 was reset.</source>
        <translation>手机号 %1 的经办人账号密码已重置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of the main account %1 was reset.</source>
        <translation>单位主账号 %1 的密码已重置。</translation>
    </message>
</context>
<context>
    <name>RoleAccountsCommand</name>
    <message>
        <location filename="../app/cli/commands/RoleAccountsCommand.cpp" line="+16"/>
        <source>ID [--unassigned] [--login L] [--name N] [--page P] [--size N | --all]</source>
        <translation>ID [--unassigned] [--login L] [--name N] [--page P] [--size N | --all]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>role-accounts: the accounts without the role.</source>
        <translation>role-accounts：列出未分配该角色的账号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role-accounts: login contains TEXT.</source>
        <translation>role-accounts：按登录账号筛选（包含 TEXT）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>the role&apos;s assigned (or unassigned) accounts</source>
        <translation>查询角色已分配（或未分配）的账号</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Accounts assigned to role %1:</source>
        <translation>已分配角色 %1 的账号：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts not assigned to role %1:</source>
        <translation>未分配角色 %1 的账号：</translation>
    </message>
</context>
<context>
    <name>RoleCreateCommand</name>
    <message>
        <location filename="../app/cli/commands/RoleCreateCommand.cpp" line="+18"/>
        <source>NAME --permissions a,b [--remark R]</source>
        <translation>NAME --permissions a,b [--remark R]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add a role with these menu permissions</source>
        <translation>添加角色并设置其菜单权限</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;role-create&apos; needs --permissions CODES (see &apos;permissions&apos;).</source>
        <translation>“role-create”需要 --permissions CODES（菜单权限代码见“permissions”）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Role created.</source>
        <translation>已添加角色。</translation>
    </message>
</context>
<context>
    <name>RoleDeleteCommand</name>
    <message>
        <location filename="../app/cli/commands/RoleDeleteCommand.cpp" line="+17"/>
        <source>ID [--yes]</source>
        <translation>ID [--yes]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>delete a role (its accounts lose it)</source>
        <translation>删除角色（已分配的账号将失去该角色）</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Delete the role %1? %n account(s) lose it.</source>
        <translation>
            <numerusform>确定删除角色“%1”吗？%n 个账号将失去该角色。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not deleted.</source>
        <translation>未删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not deleted: add --yes to confirm when not on a terminal.</source>
        <translation>未删除。非终端环境下请加 --yes 确认。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Role %1 deleted; %n account(s) no longer hold it.</source>
        <translation>
            <numerusform>已删除角色“%1”，%n 个账号不再拥有该角色。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleLookup</name>
    <message>
        <location filename="../app/cli/commands/RoleLookup.cpp" line="+43"/>
        <source>%1 (id %2)</source>
        <extracomment>A role among several that an argument names: its name and id.</extracomment>
        <translation>%1（ID %2）</translation>
    </message>
</context>
<context>
    <name>RoleShowCommand</name>
    <message>
        <location filename="../app/cli/commands/RoleShowCommand.cpp" line="+13"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one role with its permissions</source>
        <translation>查看单个角色及其菜单权限</translation>
    </message>
</context>
<context>
    <name>RoleUpdateCommand</name>
    <message>
        <location filename="../app/cli/commands/RoleUpdateCommand.cpp" line="+18"/>
        <source>ID [--name N] [--permissions a,b] [--remark R]</source>
        <translation>ID [--name N] [--permissions a,b] [--remark R]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>change a role&apos;s name, permissions or remark</source>
        <translation>修改角色名称、菜单权限或备注</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;role-update&apos; needs --name, --permissions or --remark.</source>
        <translation>“role-update”至少需要 --name、--permissions、--remark 中的一项。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Role updated.</source>
        <translation>已修改角色。</translation>
    </message>
</context>
<context>
    <name>RolesCommand</name>
    <message>
        <location filename="../app/cli/commands/RolesCommand.cpp" line="+17"/>
        <source>[--name TEXT] [--page P] [--size N | --all]</source>
        <translation>[--name TEXT] [--page P] [--size N | --all]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list the unit&apos;s roles</source>
        <translation>查询本单位的角色</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role name</source>
        <translation>角色名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accounts</source>
        <translation>关联账号数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Permissions</source>
        <translation>菜单权限数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SmsCodeCommand</name>
    <message>
        <location filename="../app/cli/commands/SmsCodeCommand.cpp" line="+11"/>
        <source>sms-code: register, add_handler or reset_password.</source>
        <translation>sms-code：用途，register（法人注册）、add_handler（新增经办人）或 reset_password（重置密码）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PURPOSE</source>
        <translation>PURPOSE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PHONE --purpose register|add_handler|reset_password</source>
        <translation>PHONE --purpose register|add_handler|reset_password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>send an SMS code to PHONE (captcha as for login)</source>
        <translation>向 PHONE 发送短信验证码（与登录一样需输入图形验证码）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--purpose takes register, add_handler or reset_password.</source>
        <translation>--purpose 的值应为 register、add_handler 或 reset_password。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;sms-code&apos; needs --purpose register, add_handler or reset_password.</source>
        <translation>“sms-code”需要 --purpose，值为 register、add_handler 或 reset_password。</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>An SMS code was sent to %1; it is valid for %n second(s).</source>
        <translation>
            <numerusform>短信验证码已发送至 %1，%n 秒内有效。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Another code can be asked for in %n second(s).</source>
        <translation>
            <numerusform>%n 秒后可重新获取。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <location filename="../app/cli/commands/SyncCommand.cpp" line="+12"/>
        <source>sync: fetch everything again.</source>
        <translation>sync：重新获取全部数据（全量同步）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[--full]</source>
        <translation>[--full]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bring the local cache up to date (the desktop client&apos;s cache)</source>
        <translation>同步本机缓存（与桌面客户端共用）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation>无法打开本机缓存 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>  batch %1: %n item(s) so far</source>
        <translation>
            <numerusform>  第 %1 批：已接收 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Full sync done: %n item(s) received.</source>
        <translation>
            <numerusform>全量同步完成：共接收 %n 条数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Incremental sync done: %n change(s) received.</source>
        <translation>
            <numerusform>增量同步完成：共接收 %n 条变更。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache holds %1 roles, %2 handlers (%3 accounts) and %4 assignments.</source>
        <translation>本机缓存中有 %1 个角色、%2 个经办人（共 %3 个账号）和 %4 条角色分配。</translation>
    </message>
</context>
<context>
    <name>TokenCreateCommand</name>
    <message>
        <location filename="../app/cli/commands/TokenCreateCommand.cpp" line="+29"/>
        <source>token-create: a menu-permission code the token holds (repeat the option for more; see &apos;permissions&apos;).</source>
        <translation>token-create：令牌拥有的菜单权限代码（可重复使用此选项；参见“permissions”）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>token-create: the token stops working after N days, 1 to 365 (default 90).</source>
        <translation>token-create：令牌在 N 天后失效，1 至 365（默认 90）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>token-create: write the secret to FILE (new, readable by you alone) instead of standard output.</source>
        <translation>token-create：将令牌写入新文件 FILE（仅您本人可读），而不是输出到标准输出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NAME --permission CODE [--permission CODE …]
[--expires-in-days N] [-o FILE]</source>
        <translation>NAME --permission CODE [--permission CODE …]
[--expires-in-days N] [-o FILE]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add an API token for scripts; its secret is shown only this once,
alone on standard output (or in FILE with -o)</source>
        <translation>为脚本添加接口令牌；令牌只显示这一次，
单独输出到标准输出（或用 -o 写入 FILE）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;token-create&apos; needs a NAME.</source>
        <translation>“token-create”需要令牌名称（NAME）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;token-create&apos; needs --permission CODE, once per code (see &apos;permissions&apos;).</source>
        <translation>“token-create”需要 --permission CODE，每个权限代码一次（参见“permissions”）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--expires-in-days takes 1 to %1.</source>
        <translation>--expires-in-days 的取值为 1 至 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists; the secret is written only to a new file.</source>
        <translation>%1 已存在；令牌只写入新文件。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot write %1 (%2); the new token was deleted again.</source>
        <translation>无法写入 %1（%2），新令牌已删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1 (%2), and the new token %3 (id %4) could not be deleted: delete it with &apos;zhaocai-cli token-delete %4&apos;.</source>
        <translation>无法写入 %1（%2），且无法删除新令牌 %3（ID %4）：请用“zhaocai-cli token-delete %4”删除。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API token %1 (id %2) created, valid until %3; its secret is in %4, readable by you alone. It is shown nowhere else.</source>
        <translation>已添加接口令牌 %1（ID %2），有效期至 %3；令牌已写入 %4，仅您本人可读，不会在其他地方显示。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>API token %1 (id %2) created with %n permission(s), valid until %3.</source>
        <translation>
            <numerusform>已添加接口令牌 %1（ID %2），拥有 %n 项菜单权限，有效期至 %3。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its secret is on standard output and is shown only this once: store it now in a file readable by you alone (chmod 600), or use -o FILE next time.</source>
        <translation>令牌已输出到标准输出，只显示这一次：请立即保存到仅您本人可读的文件中（chmod 600），或下次使用 -o FILE。</translation>
    </message>
</context>
<context>
    <name>TokenDeleteCommand</name>
    <message>
        <location filename="../app/cli/commands/TokenDeleteCommand.cpp" line="+21"/>
        <source>ID [--yes]</source>
        <translation>ID [--yes]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>delete an API token (scripts using it stop working at once)</source>
        <translation>删除接口令牌（使用它的脚本立即无法访问）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This unit has no API token with the id %1.</source>
        <translation>本单位没有 ID 为 %1 的接口令牌。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the API token %1 (id %2)? Scripts that use it stop working at once.</source>
        <translation>确定删除接口令牌 %1（ID %2）吗？使用它的脚本将立即无法访问。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not deleted.</source>
        <translation>未删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not deleted: add --yes to confirm when not on a terminal.</source>
        <translation>未删除：不在终端中运行时，请加 --yes 确认。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>API token %1 (id %2) deleted; it no longer works.</source>
        <translation>接口令牌 %1（ID %2）已删除，已立即失效。</translation>
    </message>
</context>
<context>
    <name>TokenSource</name>
    <message>
        <location filename="../app/cli/TokenSource.cpp" line="+47"/>
        <source>ZC_TOKEN is set but empty; unset it to use a remembered session.</source>
        <translation>ZC_TOKEN 已设置但为空；如需使用已保存的登录，请取消该变量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ZC_TOKEN does not hold a token (one word of printable characters).</source>
        <translation>ZC_TOKEN 的内容不是令牌（应为一串不含空格的可打印字符）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the token file %1 does not exist.</source>
        <translation>令牌文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the token file %1 can be read or written by others than you; it is not used. Run: chmod 600 %1</source>
        <translation>令牌文件 %1 可被您以外的用户读取或写入，未使用该文件。请运行：chmod 600 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the token file %1.</source>
        <translation>无法读取令牌文件 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the token file %1 is too large to hold a token.</source>
        <translation>令牌文件 %1 过大，不是令牌文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the token file %1 is empty.</source>
        <translation>令牌文件 %1 为空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the token file %1 does not hold a token (one word of printable characters).</source>
        <translation>令牌文件 %1 的内容不是令牌（应为一串不含空格的可打印字符）。</translation>
    </message>
</context>
<context>
    <name>TokensCommand</name>
    <message>
        <location filename="../app/cli/commands/TokensCommand.cpp" line="+16"/>
        <source>[--page P] [--size N]</source>
        <translation>[--page P] [--size N]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list the unit&apos;s API tokens (接口管理; never their secrets)</source>
        <translation>列出本单位的接口令牌（接口管理；不显示令牌本身）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>never</source>
        <translation>从未使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API tokens</source>
        <translation>接口令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>令牌名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Permissions</source>
        <translation>菜单权限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last used</source>
        <translation>最近使用时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>已删除</translation>
    </message>
</context>
<context>
    <name>UnitAuthCommand</name>
    <message>
        <location filename="../app/cli/commands/UnitAuthCommand.cpp" line="+14"/>
        <source>KIND UNIT_CODE</source>
        <translation>KIND UNIT_CODE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>authenticate the unit (medical_institution, manufacturer,
distributor) with its unit code</source>
        <translation>角色认证：以单位编号认证单位类型
（medical_institution、manufacturer 或 distributor）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the unit kind is medical_institution, manufacturer or distributor.</source>
        <translation>单位类型应为 medical_institution、manufacturer 或 distributor。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is authenticated as %2 with the unit code %3.</source>
        <translation>单位“%1”已完成角色认证：%2，单位编号 %3。</translation>
    </message>
</context>
<context>
    <name>WhoamiCommand</name>
    <message>
        <location filename="../app/cli/commands/WhoamiCommand.cpp" line="+30"/>
        <source>the default account of this server (%1)</source>
        <translation>该服务器的默认账号（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--as %1</source>
        <translation>--as %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the token of %1</source>
        <translation>%1 中的令牌</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>who commands act as: server, account, unit, and whether it is
the default account, --as, ZC_TOKEN or --token-file</source>
        <translation>显示命令以谁的身份执行：服务器、账号、单位，以及身份来自
默认账号、--as、ZC_TOKEN 还是 --token-file</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Server:   %1 (%2)</source>
        <translation>服务器：%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity: %1</source>
        <translation>身份：  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account:  none: an API token acts for its unit with its own permissions, and the server shows it no account.</source>
        <translation>账号：  无。接口令牌以自身的菜单权限代表其单位，不对应任何账号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account:  %1 (%2), %3</source>
        <translation>账号：  %1（%2），%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>main account</source>
        <translation>单位主账号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account:  (not chosen yet: zhaocai-cli choose-unit ID)</source>
        <translation>账号：  （尚未选择：zhaocai-cli choose-unit ID）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit:     %1 (id %2)</source>
        <translation>单位：  %1（ID %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit:     (not chosen yet)</source>
        <translation>单位：  （尚未选择）</translation>
    </message>
</context>
<context>
    <name>zc::AccountTableModel</name>
    <message>
        <location filename="../models/AccountTableModel.cpp" line="+89"/>
        <source>Institution %1</source>
        <translation>医疗机构 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Main account (all permissions)</source>
        <translation>单位主账号（拥有全部权限）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No role</source>
        <translation>未分配角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role %1</source>
        <translation>角色 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, </source>
        <extracomment>Separator between the items of a list shown in one cell (Chinese: 、).</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This handler holds no role, so it cannot open any menu until a role is assigned.</source>
        <translation>该经办人没有任何角色，分配角色之前无法打开任何菜单（登录时提示“对应角色为空”）。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>登录账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account name</source>
        <translation>账号名称</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Medical institution</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last login</source>
        <translation>最近登录时间</translation>
    </message>
</context>
<context>
    <name>zc::PermissionTreeModel</name>
    <message>
        <location filename="../models/PermissionTreeModel.cpp" line="+255"/>
        <source>You do not hold this permission, so you cannot grant or remove it.</source>
        <translation>您本人没有该菜单权限，不能授予或取消。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Menu permissions</source>
        <translation>菜单权限</translation>
    </message>
</context>
<context>
    <name>zc::RoleTableModel</name>
    <message>
        <location filename="../models/RoleTableModel.cpp" line="+92"/>
        <source>, </source>
        <extracomment>Separator between the items of a list shown in one cell (Chinese: 、).</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role name</source>
        <translation>角色名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>关联账号数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu permissions</source>
        <translation>菜单权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>zc::cli::CliContext</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+38"/>
        <source>Server base URL (https only).</source>
        <translation>服务器地址（仅支持 https）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also trust this CA certificate (PEM).</source>
        <translation>额外信任该证书文件中的证书（PEM 格式）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+11"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Server profile file (JSON: name, url, ca_pem).</source>
        <translation>服务器配置文件（JSON：name、url、ca_pem）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stored server profile, by id.</source>
        <translation>使用已保存的服务器配置（按 ID）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of messages: zh-CN or en (default: the system&apos;s; Chinese unless it asks for English).</source>
        <translation>提示信息的语言：zh-CN 或 en（默认跟随系统：系统语言为英文时用英文，否则用中文）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON for scripts.</source>
        <translation>输出 JSON，供脚本使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the API token in this file (readable by you alone) instead of a remembered session; see ZC_TOKEN in --help.</source>
        <translation>使用此文件（仅您本人可读）中的接口令牌代替已保存的登录；参见 --help 中的 ZC_TOKEN。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network timeout in seconds (default 15).</source>
        <translation>网络超时时间，单位为秒（默认 15）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log what happens on the network to stderr.</source>
        <translation>将网络通信过程记录到标准错误输出（stderr）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--timeout takes 1 to 600 seconds.</source>
        <translation>--timeout 的值应为 1 至 600 秒。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--lang takes zh-CN or en.</source>
        <translation>--lang 的值应为 zh-CN 或 en。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--as picks a remembered session; it cannot be combined with %1.</source>
        <translation>--as 用于选择已保存的登录，不能与 %1 同时使用。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>give only one of --server, --profile-file and --profile.</source>
        <translation>--server、--profile-file 和 --profile 只能指定其中一个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the profile file %1 is not usable: %2</source>
        <translation>无法使用服务器配置文件 %1，原因：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server URL %1 is not usable: %2</source>
        <translation>无法使用服务器地址 %1，原因：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no stored server profile has the id &apos;%1&apos;.</source>
        <translation>没有 ID 为“%1”的已保存服务器配置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no server: give --server URL or --profile-file FILE.</source>
        <translation>未指定服务器，请用 --server URL 或 --profile-file FILE 指定。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the CA file %1.</source>
        <translation>无法读取证书文件 %1，请检查路径。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 中没有 PEM 格式的证书。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No default account on %1: choose one with &apos;zhaocai-cli account use LOGIN&apos;, or give --as LOGIN (remembered: %2).</source>
        <translation>%1 上未设置默认账号：请用“zhaocai-cli account use LOGIN”选择，或指定 --as LOGIN（已保存：%2）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain could not be read: %1</source>
        <translation>无法读取系统凭据存储：%1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>No remembered session for %1. Run: zhaocai-cli login LOGIN --remember</source>
        <translation>尚未保存服务器“%1”的登录。请执行：zhaocai-cli login LOGIN --remember</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Use the remembered session of this login (default: the default account, see &apos;account&apos;).</source>
        <translation>使用该登录账号保存的登录（默认：默认账号，参见“account”）。</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>No remembered session of %1 on %2. Run: zhaocai-cli login %1 --remember</source>
        <translation>%2 上没有保存 %1 的登录。请运行：zhaocai-cli login %1 --remember</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The keychain entry could not be deleted: %1</source>
        <translation>无法删除系统凭据存储中保存的登录：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was the default account; there is none now. Choose one with &apos;zhaocai-cli account use LOGIN&apos; (remembered: %2).</source>
        <translation>%1 原为默认账号，现已没有默认账号。请用“zhaocai-cli account use LOGIN”选择（已保存：%2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, the only account remembered here, is the default account now.</source>
        <translation>%1 是此处唯一保存登录的账号，现为默认账号。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The remembered session has expired or was revoked; it is forgotten. Log in again.</source>
        <translation>登录已失效，请重新登录。保存的登录已从本机清除。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Try &apos;zhaocai-cli --help&apos;.</source>
        <translation>请执行“zhaocai-cli --help”查看帮助。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token of %1 was refused (expired, deleted, or not one of this server&apos;s): %2</source>
        <translation>%1 中的令牌被拒绝（已过期、已删除或不属于此服务器）：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; needs a signed-in session: an API token (here from %2) cannot do that. Sign in with &apos;zhaocai-cli login LOGIN --remember&apos; and run it without a token.</source>
        <translation>“%1”需要人员登录，接口令牌（此处来自 %2）不能执行。请用“zhaocai-cli login LOGIN --remember”登录，并在不使用令牌的情况下运行。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Again: </source>
        <translation>请再次输入：</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Warning: the local cache could not be updated (%1); &apos;zhaocai-cli sync&apos; will catch up.</source>
        <translation>警告：无法更新本机缓存（%1），执行“zhaocai-cli sync”即可补齐。</translation>
    </message>
</context>
</TS>
