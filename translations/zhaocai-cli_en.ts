<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <translation>the accounts remembered on this server, the default one marked;
&apos;use&apos; makes LOGIN the default (commands without --as use it)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;account list&apos; takes no argument.</source>
        <translation>&apos;account list&apos; takes no argument.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;account use&apos; takes the LOGIN of a remembered account.</source>
        <translation>&apos;account use&apos; takes the LOGIN of a remembered account.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;account&apos; takes list or use LOGIN.</source>
        <translation>&apos;account&apos; takes list or use LOGIN.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No account is remembered on %1. Run: zhaocai-cli login LOGIN --remember</source>
        <translation>No account is remembered on %1. Run: zhaocai-cli login LOGIN --remember</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accounts remembered on %1 (%2):</source>
        <translation>Accounts remembered on %1 (%2):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No default account: choose one with &apos;zhaocai-cli account use LOGIN&apos;.</source>
        <translation>No default account: choose one with &apos;zhaocai-cli account use LOGIN&apos;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The keychain could not be read: %1</source>
        <translation>The system&apos;s credential store could not be read: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no session of %1 is remembered on %2; sign in first: zhaocai-cli login %1 --remember</source>
        <translation>no session of %1 is remembered on %2; log in first: zhaocai-cli login %1 --remember</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no session of %1 is remembered on %2 (remembered: %3); sign in first: zhaocai-cli login %1 --remember</source>
        <translation>no session of %1 is remembered on %2 (remembered: %3); log in first: zhaocai-cli login %1 --remember</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is now the default account on %2.</source>
        <translation>%1 is now the default account on %2.</translation>
    </message>
</context>
<context>
    <name>AssignCommand</name>
    <message>
        <location filename="../app/cli/commands/AssignCommand.cpp" line="+18"/>
        <source>line %1 is not UTF-8 text (save the file as UTF-8).</source>
        <translation>line %1 is not UTF-8 text (save the file as UTF-8).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quoted field that starts on line %1 is never closed.</source>
        <translation>the quoted field that starts on line %1 is never closed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1 has text after a closing quote.</source>
        <translation>line %1 has text after a closing quote.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1 has a quote inside an unquoted field.</source>
        <translation>line %1 has a quote inside an unquoted field.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>assign, unassign: the (role, account) rows of a CSV file whose first line is role,account.</source>
        <translation>assign, unassign: the (role, account) rows of a CSV file whose first line is role,account.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assign, unassign: say what would be done, change nothing.</source>
        <translation>assign, unassign: say what would be done, change nothing.</translation>
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
        <translation>assign the role to accounts (summary of what changed)
ROLE: id or name; ACCOUNT: id, phone, login or name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>take the role from accounts
ROLE: id or name; ACCOUNT: id, phone, login or name</source>
        <translation>take the role from accounts
ROLE: id or name; ACCOUNT: id, phone, login or name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; takes either ROLE ACCOUNT... or --from FILE, not both.</source>
        <translation>&apos;%1&apos; takes either ROLE ACCOUNT... or --from FILE, not both.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; takes a role and at least one account (or --from FILE).</source>
        <translation>&apos;%1&apos; takes a role and at least one account (or --from FILE).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an account argument is empty.</source>
        <translation>an account argument is empty.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the role argument is empty.</source>
        <translation>the role argument is empty.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 is larger than %2 MiB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a CSV file that can be read: %2</source>
        <translation>%1 is not a CSV file that can be read: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is empty: its first line must be role,account.</source>
        <translation>%1 is empty: its first line must be role,account.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the first line of %1 must be the header role,account (it is: %2).</source>
        <translation>the first line of %1 must be the header role,account (it is: %2).</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>A row has two fields, the role and the account; this one has %n.</source>
        <translation>
            <numerusform>A row has two fields, the role and the account; this one has %n.</numerusform>
            <numerusform>A row has two fields, the role and the account; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no rows after its header.</source>
        <translation>%1 has no rows after its header.</translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>Role %1: would be assigned to %n account(s)</source>
        <translation>
            <numerusform>Role %1: would be assigned to %n account</numerusform>
            <numerusform>Role %1: would be assigned to %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Role %1: would be taken from %n account(s)</source>
        <translation>
            <numerusform>Role %1: would be taken from %n account</numerusform>
            <numerusform>Role %1: would be taken from %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Role %1: assigned to %n account(s)</source>
        <translation>
            <numerusform>Role %1: assigned to %n account</numerusform>
            <numerusform>Role %1: assigned to %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Role %1: taken from %n account(s)</source>
        <translation>
            <numerusform>Role %1: taken from %n account</numerusform>
            <numerusform>Role %1: taken from %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <extracomment>A summary and the ids it is about, e.g. &quot;Role 5: assigned to 2 accounts (7, 9)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  already held it: %1</source>
        <translation>  already held it: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  did not hold it: %1</source>
        <translation>  did not hold it: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 would be assigned, %2 already assigned, %3 failed.</source>
        <translation>%1 would be assigned, %2 already assigned, %3 failed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 would be unassigned, %2 not assigned, %3 failed.</source>
        <translation>%1 would be unassigned, %2 not assigned, %3 failed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 assigned, %2 already assigned, %3 failed.</source>
        <translation>%1 assigned, %2 already assigned, %3 failed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 unassigned, %2 not assigned, %3 failed.</source>
        <translation>%1 unassigned, %2 not assigned, %3 failed.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) of %1: %2</source>
        <translation>
            <numerusform>%n row of %1: %2</numerusform>
            <numerusform>%n rows of %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="-104"/>
        <source>  account %1 failed: %2 [%3]</source>
        <extracomment>One account of assign/unassign that failed: the argument, the message, the error code.</extracomment>
        <translation>  account %1 failed: %2 [%3]</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <location filename="../app/cli/commands/AuditCommand.cpp" line="+44"/>
        <source>audit: e.g. role.create.</source>
        <translation>audit: e.g. role.create.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit: the acting account&apos;s id.</source>
        <translation>audit: the acting account&apos;s id.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit: from this time on.</source>
        <translation>audit: from this time on.</translation>
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
        <translation>audit: up to this time.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>[--action A] [--actor ID] [--from T] [--to T] [--page P] [--size N | --all]</source>
        <translation>[--action A] [--actor ID] [--from T] [--to T] [--page P] [--size N | --all]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the unit&apos;s audit log (T: RFC 3339 time or YYYY-MM-DD)</source>
        <translation>the unit&apos;s audit log (T: RFC 3339 time or YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--actor takes an account id (a positive number).</source>
        <translation>--actor takes an account id (a positive number).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--from takes an RFC 3339 time or a date (YYYY-MM-DD).</source>
        <translation>--from takes an RFC 3339 time or a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--to takes an RFC 3339 time or a date (YYYY-MM-DD).</source>
        <translation>--to takes an RFC 3339 time or a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--from is after --to.</source>
        <translation>--from is after --to.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>BulkAssignment</name>
    <message>
        <location filename="../app/cli/commands/BulkAssignment.cpp" line="+23"/>
        <source>A role and an account are both needed.</source>
        <translation>A role and an account are both needed.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No role of this unit has the id or name &apos;%1&apos;.</source>
        <translation>No role of this unit has the id or name &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>&apos;%1&apos; names %n roles: %2. Give the id.</source>
        <translation>
            <numerusform>&apos;%1&apos; names %n roles: %2. Give the id.</numerusform>
            <numerusform>&apos;%1&apos; names %n roles: %2. Give the id.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No handler of this unit has the id, phone, login or name &apos;%1&apos;.</source>
        <translation>No handler of this unit has the id, phone, login or name &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>&apos;%1&apos; names %n handlers: %2. Give the phone or the id.</source>
        <translation>
            <numerusform>&apos;%1&apos; names %n handlers: %2. Give the phone or the id.</numerusform>
            <numerusform>&apos;%1&apos; names %n handlers: %2. Give the phone or the id.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+138"/>
        <source>assigned</source>
        <translation>assigned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unassigned</source>
        <translation>unassigned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already assigned</source>
        <translation>already assigned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>would assign</source>
        <translation>would assign</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>would unassign</source>
        <translation>would unassign</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not tried</source>
        <translation>not tried</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>error</source>
        <translation>error</translation>
    </message>
</context>
<context>
    <name>CaptchaPrompt</name>
    <message>
        <location filename="../app/cli/CaptchaPrompt.cpp" line="+22"/>
        <source>Could not save the captcha to %1.</source>
        <translation>Could not save the captcha to %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This server offers no development captcha answers (it is not in --dev mode); log in without --dev-captcha. (%1)</source>
        <translation>This server offers no development captcha answers (it is not in --dev mode); log in without --dev-captcha. (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The development captcha answer is missing.</source>
        <translation>The development captcha answer is missing.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The captcha image is not a PNG.</source>
        <translation>The captcha image is not a PNG.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Captcha (valid %n second(s)):</source>
        <translation>
            <numerusform>Captcha (valid %n second):</numerusform>
            <numerusform>Captcha (valid %n seconds):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Characters shown above: </source>
        <translation>Captcha: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no captcha answer given.</source>
        <translation>no captcha answer given.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordCommand</name>
    <message>
        <location filename="../app/cli/commands/ChangePasswordCommand.cpp" line="+21"/>
        <source>change the password (old and new)</source>
        <translation>change the password (old and new)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Current password: </source>
        <translation>Current password: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no current password given.</source>
        <translation>no current password given.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no new password given.</source>
        <translation>no new password given.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password again: </source>
        <translation>New password again: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new passwords differ.</source>
        <translation>the new passwords differ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password changed; the account&apos;s other sessions were signed out.</source>
        <translation>Password changed; the account&apos;s other sessions were logged out.</translation>
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
        <translation>pick the medical institution (asked once, permanent)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Institution chosen (this choice is permanent).</source>
        <translation>Institution chosen (this choice is permanent).</translation>
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
        <translation>pick the unit of this session (handlers of several units)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unit chosen.</source>
        <translation>Unit chosen.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+83"/>
        <source>One of the commands above.</source>
        <translation>One of the commands above.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the command takes (LOGIN, ID, …).</source>
        <translation>What the command takes (LOGIN, ID, …).</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+14"/>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unknown command &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>no command given.</source>
        <translation>no command given.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&apos;%1&apos; takes no argument.</source>
        <translation>&apos;%1&apos; takes no argument.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; takes exactly one argument.</source>
        <translation>&apos;%1&apos; takes exactly one argument.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; takes exactly %2 arguments.</source>
        <translation>&apos;%1&apos; takes exactly %2 arguments.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; takes at least %2 arguments.</source>
        <translation>&apos;%1&apos; takes at least %2 arguments.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 does not belong to &apos;%2&apos;.</source>
        <translation>--%1 does not belong to &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Command-line twin of zhaocai-admin: accounts and permissions of the procurement platform.</source>
        <translation>Command-line twin of zhaocai-admin: accounts and permissions of the procurement platform.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration and passwords (no session needed):</source>
        <translation>Registration and passwords (no session needed):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit administration (remembered session):</source>
        <translation>Unit administration (remembered session):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shell completion and manual page (no server needed):</source>
        <translation>Shell completion and manual page (no server needed):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;zhaocai-cli help COMMAND&apos; (or COMMAND --help) shows one command with its options.</source>
        <translation>&apos;zhaocai-cli help COMMAND&apos; (or COMMAND --help) shows one command with its options.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit codes: 0 ok, 1 the server refused (message and code printed), 2 usage,
3 network or TLS failure (the refused certificate is described), 4 not signed in
(no remembered session, expired, or the credentials refused), 5 forbidden,
6 the system&apos;s credential store failed. Errors go to stderr, as JSON with --json.</source>
        <translation>Exit codes: 0 ok, 1 the server refused (message and code printed), 2 usage,
3 network or TLS failure (the refused certificate is described), 4 not logged in
(no remembered session, expired, or the credentials refused), 5 forbidden,
6 the system&apos;s credential store failed. Errors go to stderr, as JSON with --json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>7 assign / unassign: some rows failed (each is reported), the others were done.
Lists and exports show the local cache when the server cannot be reached (said on
stderr, exit 0).</source>
        <translation>7 assign / unassign: some rows failed (each is reported), the others were done.
Lists and exports show the local cache when the server cannot be reached (said on
stderr, exit 0).</translation>
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
        <translation>Credentials and environment:
  Commands that need a session use the server&apos;s default account (&apos;account list&apos;,
  &apos;account use LOGIN&apos;), or --as LOGIN; &apos;whoami&apos; says which. For scripts, without
  the system&apos;s credential store or captcha:
  ZC_TOKEN            a token used instead of a remembered session: usually an API
                      token (zcat_…) made with &apos;token-create&apos;
  --token-file FILE   the same, read from FILE, which must be readable by you alone
                      (chmod 600 FILE); it goes before ZC_TOKEN
  ZC_SERVER           the server URL when no --server, --profile-file or --profile
                      is given (add --ca FILE for a private CA)
  An API token cannot log in or out, nor use me, change-password, choose-unit,
  choose-institution or the token commands: those need a logged-in session.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage: zhaocai-cli [options] %1</source>
        <translation>Usage: zhaocai-cli [options] %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Global options (see &apos;zhaocai-cli --help&apos;): %1.</source>
        <translation>Global options (see &apos;zhaocai-cli --help&apos;): %1.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../app/cli/Command.cpp" line="+39"/>
        <source>&apos;%1&apos; is not an id (a positive number).</source>
        <translation>&apos;%1&apos; is not an id (a positive number).</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <location filename="../app/cli/CommonOptions.cpp" line="+10"/>
        <source>Read the password from standard input (change-password: old and new on two lines).</source>
        <translation>Read the password from standard input (change-password: old and new on two lines).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo and development servers only (--dev): fetch the captcha answer from the server.</source>
        <translation>Demo and development servers only (--dev): fetch the captcha answer from the server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also save the captcha image to this PNG file.</source>
        <translation>Also save the captcha image to this PNG file.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page of a list (default 1).</source>
        <translation>Page of a list (default 1).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Items per page, 1 to 100 (default 10).</source>
        <translation>Items per page, 1 to 100 (default 10).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A name, or a name filter.</source>
        <translation>A name, or a name filter.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Menu-permission codes, comma-separated (see &apos;permissions&apos;).</source>
        <translation>Menu-permission codes, comma-separated (see &apos;permissions&apos;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A role&apos;s remark.</source>
        <translation>A role&apos;s remark.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SMS code received.</source>
        <translation>The SMS code received.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not ask for confirmation.</source>
        <translation>Do not ask for confirmation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every page (100 items per request), as one table or one JSON array.</source>
        <translation>Every page (100 items per request), as one table or one JSON array.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--all takes every page: give no --page or --size with it.</source>
        <translation>--all takes every page: give no --page or --size with it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--page takes a number from 1 on.</source>
        <translation>--page takes a number from 1 on.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--size takes 1 to 100.</source>
        <translation>--size takes 1 to 100.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; needs --sms-code CODE (send one with &apos;sms-code&apos;).</source>
        <translation>&apos;%1&apos; needs --sms-code CODE (send one with &apos;sms-code&apos;).</translation>
    </message>
</context>
<context>
    <name>CompletionCommand</name>
    <message>
        <location filename="../app/cli/commands/CompletionCommand.cpp" line="+89"/>
        <source>print the shell completion script for bash or zsh</source>
        <translation>print the shell completion script for bash or zsh</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;completion&apos; takes bash or zsh.</source>
        <translation>&apos;completion&apos; takes bash or zsh.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Displays the overview and the help of every command.</source>
        <translation>Displays the overview and the help of every command.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>show the help of a command</source>
        <translation>show the help of a command</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/commands/ExportCommand.cpp" line="+69"/>
        <source>export: csv (default) or json.</source>
        <translation>export: csv (default) or json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: write to FILE instead of standard output.</source>
        <translation>export: write to FILE instead of standard output.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: start the CSV with a UTF-8 byte-order mark (for Excel).</source>
        <translation>export: start the CSV with a UTF-8 byte-order mark (for Excel).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: from the local cache only (as of the last sync), without asking the server.</source>
        <translation>export: from the local cache only (as of the last sync), without asking the server.</translation>
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
        <translation>export every item of a list (all pages) as CSV or JSON; --bom for Excel
offline, or with --cache, from the local cache (run sync first)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;export&apos; takes roles, handlers, role-accounts ID or audit.</source>
        <translation>&apos;export&apos; takes roles, handlers, role-accounts ID or audit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;export role-accounts&apos; takes the role&apos;s id.</source>
        <translation>&apos;export role-accounts&apos; takes the role&apos;s id.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;export %1&apos; takes no further argument.</source>
        <translation>&apos;export %1&apos; takes no further argument.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 does not belong to &apos;export %2&apos;.</source>
        <translation>--%1 does not belong to &apos;export %2&apos;.</translation>
    </message>
    <message numerus="yes">
        <location line="+187"/>
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>Exported %n item to %1.</numerusform>
            <numerusform>Exported %n items to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-214"/>
        <source>--format takes csv or json.</source>
        <translation>--format takes csv or json.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--bom belongs to CSV output.</source>
        <translation>--bom belongs to CSV output.</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>The export could not be written to standard output.</source>
        <translation>The export could not be written to standard output.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The export could not be written to %1: %2</source>
        <translation>The export could not be written to %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Exported %n item(s) to %1 (as of the last sync, %2).</source>
        <translation>
            <numerusform>Exported %n item to %1 (as of the last sync, %2).</numerusform>
            <numerusform>Exported %n items to %1 (as of the last sync, %2).</numerusform>
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
        <translation>add a handler (code sent with: sms-code PHONE --purpose add_handler)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Handler %1 (%2) added with id %3. A phone new to the platform gets its initial password by SMS; it must be changed at the first login.</source>
        <translation>Handler %1 (%2) added with id %3. A phone new to the platform gets its initial password by SMS; it must be changed at the first login.</translation>
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
        <translation>delete a handler and its assignments</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete the handler %1 (%2) and its role assignments?</source>
        <translation>Delete the handler %1 (%2) and its role assignments?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not deleted.</source>
        <translation>not deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not deleted: add --yes to confirm when not on a terminal.</source>
        <translation>not deleted: add --yes to confirm when not on a terminal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handler %1 (%2) deleted.</source>
        <translation>Handler %1 (%2) deleted.</translation>
    </message>
</context>
<context>
    <name>HandlerLookup</name>
    <message>
        <location filename="../app/cli/commands/HandlerLookup.cpp" line="+34"/>
        <source>This unit has no handler with the id %1.</source>
        <translation>This unit has no handler with the id %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 %2 (id %3)</source>
        <extracomment>A handler among several that an argument names: login, name and id.</extracomment>
        <translation>%1 %2 (id %3)</translation>
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
        <translation>rename a handler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disable a handler (its sessions end at once)</source>
        <translation>disable a handler (its sessions end at once)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>enable (and unlock) a handler</source>
        <translation>enable (and unlock) a handler</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Handler %1 renamed from %2 to %3.</source>
        <translation>Handler %1 renamed from %2 to %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handler %1 (%2) is disabled; its sessions have ended.</source>
        <translation>Handler %1 (%2) is disabled; its sessions have ended.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handler %1 (%2) is active.</source>
        <translation>Handler %1 (%2) is active.</translation>
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
        <translation>send the handler a new password by SMS</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A new password was sent to the handler&apos;s phone by SMS; it must be changed at the next login.</source>
        <translation>A new password was sent to the handler&apos;s phone by SMS; it must be changed at the next login.</translation>
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
        <translation>handlers: login, name or phone contains TEXT.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handlers: active, disabled or locked.</source>
        <translation>handlers: active, disabled or locked.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>list the unit&apos;s handlers</source>
        <translation>list the unit&apos;s handlers</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--status takes active, disabled or locked.</source>
        <translation>--status takes active, disabled or locked.</translation>
    </message>
</context>
<context>
    <name>HealthCommand</name>
    <message>
        <location filename="../app/cli/commands/HealthCommand.cpp" line="+16"/>
        <source>check that the server answers</source>
        <translation>check that the server answers</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2) is up, version %3.</source>
        <translation>%1 (%2) is up, version %3.</translation>
    </message>
</context>
<context>
    <name>LocalCache</name>
    <message>
        <location filename="../app/cli/ListFetch.h" line="+101"/>
        <source>No local cache to show instead: %1.</source>
        <translation>No local cache to show instead: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalCache.cpp" line="+37"/>
        <source>there is no local cache of this account here (run &apos;zhaocai-cli sync&apos; while online)</source>
        <translation>there is no local cache of this account here (run &apos;zhaocai-cli sync&apos; while online)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the local cache cannot be opened: %1</source>
        <translation>the local cache cannot be opened: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the local cache of this account has never been synced</source>
        <translation>the local cache of this account has never been synced</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the local cache does not hold it</source>
        <translation>the local cache does not hold it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the local cache cannot be read: %1</source>
        <translation>the local cache cannot be read: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server cannot be reached; showing the local cache (synced %1, %2).</source>
        <translation>The server cannot be reached; showing the local cache (synced %1, %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached; showing the audit events kept locally (last read from the server %1, %2). Older and newer events are only on the server.</source>
        <translation>The server cannot be reached; showing the audit events kept locally (last read from the server %1, %2). Older and newer events are only on the server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server cannot be reached, and no audit events have been kept here yet.</source>
        <translation>The server cannot be reached, and no audit events have been kept here yet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>zhaocai-cli: %1</source>
        <translation>zhaocai-cli: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>zhaocai-cli: %1 (%2: %3)</source>
        <translation>zhaocai-cli: %1 (%2: %3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Warning: the audit events could not be kept in the local cache (%1).</source>
        <translation>Warning: the audit events could not be kept in the local cache (%1).</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <location filename="../app/cli/commands/LoginCommand.cpp" line="+66"/>
        <source>Keep the session token in the OS keychain for later commands.</source>
        <translation>Keep the session token in the system&apos;s credential store for later commands.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 is now the default account on %2 (there was none).</source>
        <translation>%1 is now the default account on %2 (there was none).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is now the default account on %2 (it was %3).</source>
        <translation>%1 is now the default account on %2 (it was %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The default account on %1 stays %2: use --as %3, or make it the default with &apos;zhaocai-cli account use %3&apos;.</source>
        <translation>The default account on %1 stays %2: use --as %3, or make it the default with &apos;zhaocai-cli account use %3&apos;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>With --remember: make this account the default one of the server (used without --as).</source>
        <translation>With --remember: make this account the default one of the server (used without --as).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>LOGIN [--remember [--make-default]]</source>
        <translation>LOGIN [--remember [--make-default]]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sign in (password prompt, captcha in the terminal)</source>
        <translation>log in (password prompt, captcha in the terminal)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;login&apos; signs in with a password; it is not used with a token (%1). Unset ZC_TOKEN or leave out --token-file.</source>
        <translation>&apos;login&apos; logs in with a password; it is not used with a token (%1). Unset ZC_TOKEN or leave out --token-file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--make-default goes with --remember.</source>
        <translation>--make-default goes with --remember.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password for %1 on %2: </source>
        <translation>Password for %1 on %2: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no password given.</source>
        <translation>no password given.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Signed in, but the keychain could not store the session (%1); it was closed again.</source>
        <translation>Logged in, but the system&apos;s credential store could not keep the session (%1); it was closed again.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signed in to %1.</source>
        <translation>Logged in to %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session is kept in the keychain; &apos;zhaocai-cli me&apos; uses it.</source>
        <translation>The session is kept in the system&apos;s credential store; &apos;zhaocai-cli me&apos; uses it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session is kept in the keychain; &apos;zhaocai-cli --as %1 me&apos; uses it.</source>
        <translation>The session is kept in the system&apos;s credential store; &apos;zhaocai-cli --as %1 me&apos; uses it.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The session was closed again (use --remember to keep it for later commands).</source>
        <translation>The session was closed again (use --remember to keep it for later commands).</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <location filename="../app/cli/commands/LogoutCommand.cpp" line="+17"/>
        <source>revoke the remembered session and forget it
(of the default account, or of --as LOGIN)</source>
        <translation>revoke the remembered session and forget it
(of the default account, or of --as LOGIN)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;logout&apos; ends a remembered session; a token (%1) is not logged out. An API token stops working when it is deleted (&apos;zhaocai-cli token-delete ID&apos;).</source>
        <translation>&apos;logout&apos; ends a remembered session; a token (%1) is not logged out. An API token stops working when it is deleted (&apos;zhaocai-cli token-delete ID&apos;).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The session of %1 had already ended; it is forgotten here.</source>
        <translation>The session of %1 had already ended; it is forgotten here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged out %1; the session is revoked and forgotten.</source>
        <translation>Logged out %1; the session is revoked and forgotten.</translation>
    </message>
</context>
<context>
    <name>ManPageCommand</name>
    <message>
        <location filename="../app/cli/commands/ManPageCommand.cpp" line="+110"/>
        <source>print this manual page (roff; read it with: zhaocai-cli man | man -l -)</source>
        <translation>print this manual page (roff; read it with: zhaocai-cli man | man -l -)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accounts and permissions of a procurement platform from the command line</source>
        <translation>accounts and permissions of a procurement platform from the command line</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SYNOPSIS</source>
        <translation>SYNOPSIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>command</source>
        <translation>command</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zhaocai-cli is the command-line twin of the desktop client zhaocai-admin: it signs in to a zhaocai server over verified TLS and manages the unit&apos;s handler accounts, roles and their permissions from a terminal or a script.</source>
        <translation>zhaocai-cli is the command-line twin of the desktop client zhaocai-admin: it logs in to a zhaocai server over verified TLS and manages the unit&apos;s handler accounts, roles and their permissions from a terminal or a script.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server comes from --server URL (with --ca FILE for a private certificate authority), from --profile-file FILE or --profile ID, or else from the server profile used last, which the desktop client shares. &apos;login --remember&apos; keeps the session token in the system&apos;s keychain for the commands that follow.</source>
        <translation>The server comes from --server URL (with --ca FILE for a private certificate authority), from --profile-file FILE or --profile ID, or else from the server profile used last, which the desktop client shares. &apos;login --remember&apos; keeps the session token in the system&apos;s credential store for the commands that follow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Results go to standard output and errors to standard error; with --json both are JSON. Messages are in Chinese unless --lang or the system&apos;s language asks for English.</source>
        <translation>Results go to standard output and errors to standard error; with --json both are JSON. Messages are in Chinese unless --lang or the system&apos;s language asks for English.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GLOBAL OPTIONS</source>
        <translation>GLOBAL OPTIONS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These go before or after the command.</source>
        <translation>These go before or after the command.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>COMMANDS</source>
        <translation>COMMANDS</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>EXIT STATUS</source>
        <translation>EXIT STATUS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused (its message and code are printed), or a local step failed.</source>
        <translation>The server refused (its message and code are printed), or a local step failed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bad command line or input.</source>
        <translation>A bad command line or input.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer: network, timeout, proxy or TLS (a refused certificate is described).</source>
        <translation>No answer: network, timeout, proxy or TLS (a refused certificate is described).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in: no remembered session, the session expired, or the credentials were refused (HTTP 401).</source>
        <translation>Not logged in: no remembered session, the login expired, or the credentials were refused (HTTP 401).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forbidden: the account may not do that (HTTP 403).</source>
        <translation>Forbidden: the account may not do that (HTTP 403).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s credential store could not be used.</source>
        <translation>The system&apos;s credential store could not be used.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONMENT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of messages when --lang is not given: English when the locale asks for English, else Chinese.</source>
        <translation>The language of messages when --lang is not given: English when the locale asks for English, else Chinese.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy for the server&apos;s connections, as the system&apos;s proxy settings give it (a server on the loopback address is reached directly).</source>
        <translation>The proxy for the server&apos;s connections, as the system&apos;s proxy settings give it (a server on the loopback address is reached directly).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the server profiles and the remembered login are kept (default: ~/.config).</source>
        <translation>Where the server profiles and the remembered login are kept (default: ~/.config).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the local caches are kept (default: ~/.local/share).</source>
        <translation>Where the local caches are kept (default: ~/.local/share).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILES</source>
        <translation>FILES</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server profiles, and the profile and login used last, shared with zhaocai-admin. Session tokens are not kept in files but in the system&apos;s keychain (the Secret Service).</source>
        <translation>The server profiles, and the profile and login used last, shared with zhaocai-admin. Session tokens are not kept in files but in the system&apos;s credential store (the Secret Service).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The local cache of each account (SQLite), written by sync and by the desktop client, read by export and by the desktop client when offline.</source>
        <translation>The local cache of each account (SQLite), written by sync and by the desktop client, read by export and by the desktop client when offline.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EXAMPLES</source>
        <translation>EXAMPLES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server, then sign in and keep the session:</source>
        <translation>Check the server, then log in and keep the session:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the roles as JSON, for a script:</source>
        <translation>List the roles as JSON, for a script:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the local cache up to date and export the handlers for Excel:</source>
        <translation>Bring the local cache up to date and export the handlers for Excel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete commands and options in the running bash:</source>
        <translation>Complete commands and options in the running bash:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SEE ALSO</source>
        <translation>SEE ALSO</translation>
    </message>
</context>
<context>
    <name>MeCommand</name>
    <message>
        <location filename="../app/cli/commands/MeCommand.cpp" line="+16"/>
        <source>show the remembered session: account, unit, permissions</source>
        <translation>show the remembered session: account, unit, permissions</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Session on %1 (%2):</source>
        <translation>Session on %1 (%2):</translation>
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
        <translation>HANDLER [--yes]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>offboard a handler: disable it, remove its roles, end its sessions</source>
        <translation>offboard a handler: disable it, remove its roles, end its sessions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>name the handler by its id, phone, login or name.</source>
        <translation>name the handler by its id, phone, login or name.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No handler of this unit has the id, phone, login or name &apos;%1&apos;.</source>
        <translation>No handler of this unit has the id, phone, login or name &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>&apos;%1&apos; names %n handlers: %2. Give the phone or the id.</source>
        <translation>
            <numerusform>&apos;%1&apos; names %n handlers: %2. Give the phone or the id.</numerusform>
            <numerusform>&apos;%1&apos; names %n handlers: %2. Give the phone or the id.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>role %1</source>
        <translation>role %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offboard %1: disable it and end its sessions (it holds no role)?</source>
        <translation>Offboard %1: disable it and end its sessions (it holds no role)?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Offboard %1: disable it, remove its %n role(s) %2 and end its sessions?</source>
        <translation>
            <numerusform>Offboard %1: disable it, remove its %n role %2 and end its sessions?</numerusform>
            <numerusform>Offboard %1: disable it, remove its %n roles %2 and end its sessions?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not offboarded.</source>
        <translation>not offboarded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not offboarded: add --yes to confirm when not on a terminal.</source>
        <translation>not offboarded: add --yes to confirm when not on a terminal.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 was already offboarded: disabled, without roles or sessions. Nothing was changed.</source>
        <translation>%1 was already offboarded: disabled, without roles or sessions. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was offboarded.</source>
        <translation>%1 was offboarded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account: disabled</source>
        <translation>Account: disabled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles removed: none</source>
        <translation>Roles removed: none</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Roles removed (%n): %1</source>
        <translation>
            <numerusform>Roles removed (%n): %1</numerusform>
            <numerusform>Roles removed (%n): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sessions ended: %n</source>
        <translation>
            <numerusform>Sessions ended: %n</numerusform>
            <numerusform>Sessions ended: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PermissionsCommand</name>
    <message>
        <location filename="../app/cli/commands/PermissionsCommand.cpp" line="+19"/>
        <source>the menu-permission catalog as a tree</source>
        <translation>the menu-permission catalog as a tree</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../app/cli/Printer.cpp" line="+23"/>
        <source>not issued by an authority this computer trusts (untrusted issuer)</source>
        <translation>not issued by an authority this computer trusts (untrusted issuer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>issued for other names than the server&apos;s address (host name mismatch)</source>
        <translation>issued for other names than the server&apos;s address (host name mismatch)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid yet</source>
        <translation>not valid yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>No %1.</source>
        <translation>No %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n in all.</source>
        <translation>
            <numerusform>%n in all.</numerusform>
            <numerusform>%n in all.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No %1 on this page.</source>
        <translation>No %1 on this page.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in all, page %1 of %2 (%3 per page).</source>
        <translation>
            <numerusform>%n in all, page %1 of %2 (%3 per page).</numerusform>
            <numerusform>%n in all, page %1 of %2 (%3 per page).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>medical institution</source>
        <translation>medical institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manufacturer</source>
        <translation>manufacturer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distributor</source>
        <translation>distributor</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+32"/>
        <source>main account</source>
        <translation>unit main account</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+32"/>
        <source>handler</source>
        <translation>handler</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accounts</source>
        <translation>accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role %1: %2</source>
        <translation>Role %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Remark:      %1</source>
        <translation>  Remark:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Accounts:    %1</source>
        <translation>  Accounts:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Created by:  %1, %2</source>
        <translation>  Created by:  %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Updated:     %1</source>
        <translation>  Updated:     %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+29"/>
        <source>  Permissions: %n</source>
        <translation>
            <numerusform>  Permissions: %n</numerusform>
            <numerusform>  Permissions: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="-19"/>
        <source>  Account:     %1 (%2), %3, %4</source>
        <translation>  Account:     %1 (%2), %3, %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  Institution: %1</source>
        <translation>  Institution: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Account:     (not chosen yet)</source>
        <translation>  Account:     (not chosen yet)</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+51"/>
        <source>kind not authenticated yet</source>
        <translation>role authentication not completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Unit:        %1 (id %2, USCC %3, %4%5)</source>
        <translation>  Unit:        %1 (id %2, USCC %3, %4%5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Expires:     %1</source>
        <translation>  Expires:     %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  Choose the unit for this session: zhaocai-cli choose-unit ID</source>
        <translation>  Choose the unit for this session: zhaocai-cli choose-unit ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  Choose your medical institution (permanent): zhaocai-cli choose-institution ID</source>
        <translation>  Choose your medical institution (permanent): zhaocai-cli choose-institution ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  The initial password must be changed: zhaocai-cli change-password</source>
        <translation>  The initial password must be changed: zhaocai-cli change-password</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>zhaocai-cli: the secure connection to %1 was refused: %2</source>
        <translation>zhaocai-cli: the secure connection to %1 was refused: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Certificate &quot;%1&quot; issued by &quot;%2&quot; is %3.</source>
        <translation>  Certificate &quot;%1&quot; issued by &quot;%2&quot; is %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>    names: %1 (asked for: %2)</source>
        <translation>    names: %1 (asked for: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    valid: %1 to %2</source>
        <translation>    valid: %1 to %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    SHA-256 fingerprint: %1</source>
        <translation>    SHA-256 fingerprint: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Compare the fingerprint with the one your IT department gives you; to trust the server&apos;s CA, pass it with --ca FILE or use a profile file with ca_pem.</source>
        <translation>  Compare the fingerprint with the one your unit&apos;s IT staff (system administrator) gives you; to trust the server&apos;s certificate, pass its certificate file with --ca FILE or use a profile file with ca_pem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>zhaocai-cli: no answer from %1 (%2): %3</source>
        <translation>zhaocai-cli: no answer from %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>zhaocai-cli: %1 [%2]</source>
        <translation>zhaocai-cli: %1 [%2]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(field: %1)</source>
        <translation>(field: %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(try again in %n second(s))</source>
        <translation>
            <numerusform>(try again in %n second)</numerusform>
            <numerusform>(try again in %n seconds)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterCommand</name>
    <message>
        <location filename="../app/cli/commands/RegisterCommand.cpp" line="+10"/>
        <source>register: legal_person_db or e_license.</source>
        <translation>register: legal_person_db or e_license.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register: unified social credit code.</source>
        <translation>register: unified social credit code.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USCC</source>
        <translation>USCC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register: the unit&apos;s name.</source>
        <translation>register: the unit&apos;s name.</translation>
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
        <translation>register: the legal representative&apos;s name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>register: the legal representative&apos;s resident ID number.</source>
        <translation>register: the legal representative&apos;s resident ID number.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register: the main account&apos;s phone.</source>
        <translation>register: the unit main account&apos;s registered phone.</translation>
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
        <translation>legal-person registration (password prompt or --password-stdin)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--method takes legal_person_db or e_license.</source>
        <translation>--method takes legal_person_db or e_license.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;register&apos; needs --method, --uscc, --unit-name, --legal-rep-name, --legal-rep-id and --phone.</source>
        <translation>&apos;register&apos; needs --method, --uscc, --unit-name, --legal-rep-name, --legal-rep-id and --phone.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password for the main account %1: </source>
        <translation>Password for the unit main account %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no password given (or the two differ).</source>
        <translation>no password given (or the two differ).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registered %1: main account %2 (id %3). Log in with: zhaocai-cli login %2</source>
        <translation>Registered %1: unit main account %2 (id %3). Log in with: zhaocai-cli login %2</translation>
    </message>
</context>
<context>
    <name>ResetPasswordCommand</name>
    <message>
        <location filename="../app/cli/commands/ResetPasswordCommand.cpp" line="+12"/>
        <source>reset-password: the main account whose registered phone it is.</source>
        <translation>reset-password: the login of the unit main account whose registered phone it is.</translation>
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
        <translation>set a new password with an SMS code</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New password: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no new password given (or the two differ).</source>
        <translation>no new password given (or the two differ).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password of the handler credentials of %1 was reset.</source>
        <translation>The password of the handler credentials of %1 was reset.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of the main account %1 was reset.</source>
        <translation>The password of the unit main account %1 was reset.</translation>
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
        <translation>role-accounts: the accounts without the role.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role-accounts: login contains TEXT.</source>
        <translation>role-accounts: login contains TEXT.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>the role&apos;s assigned (or unassigned) accounts</source>
        <translation>the role&apos;s assigned (or unassigned) accounts</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Accounts assigned to role %1:</source>
        <translation>Accounts assigned to role %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts not assigned to role %1:</source>
        <translation>Accounts not assigned to role %1:</translation>
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
        <translation>add a role with these menu permissions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;role-create&apos; needs --permissions CODES (see &apos;permissions&apos;).</source>
        <translation>&apos;role-create&apos; needs --permissions CODES (see &apos;permissions&apos;).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Role created.</source>
        <translation>Role added.</translation>
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
        <translation>delete a role (its accounts lose it)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Delete the role %1? %n account(s) lose it.</source>
        <translation>
            <numerusform>Delete the role %1? %n account lose it.</numerusform>
            <numerusform>Delete the role %1? %n accounts lose it.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not deleted.</source>
        <translation>not deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not deleted: add --yes to confirm when not on a terminal.</source>
        <translation>not deleted: add --yes to confirm when not on a terminal.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Role %1 deleted; %n account(s) no longer hold it.</source>
        <translation>
            <numerusform>Role %1 deleted; %n account no longer hold it.</numerusform>
            <numerusform>Role %1 deleted; %n accounts no longer hold it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleLookup</name>
    <message>
        <location filename="../app/cli/commands/RoleLookup.cpp" line="+43"/>
        <source>%1 (id %2)</source>
        <extracomment>A role among several that an argument names: its name and id.</extracomment>
        <translation>%1 (id %2)</translation>
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
        <translation>one role with its permissions</translation>
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
        <translation>change a role&apos;s name, permissions or remark</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;role-update&apos; needs --name, --permissions or --remark.</source>
        <translation>&apos;role-update&apos; needs --name, --permissions or --remark.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Role updated.</source>
        <translation>Role updated.</translation>
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
        <translation>list the unit&apos;s roles</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role name</source>
        <translation>Role name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
</context>
<context>
    <name>SmsCodeCommand</name>
    <message>
        <location filename="../app/cli/commands/SmsCodeCommand.cpp" line="+11"/>
        <source>sms-code: register, add_handler or reset_password.</source>
        <translation>sms-code: register, add_handler or reset_password.</translation>
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
        <translation>send an SMS code to PHONE (captcha as for login)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--purpose takes register, add_handler or reset_password.</source>
        <translation>--purpose takes register, add_handler or reset_password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;sms-code&apos; needs --purpose register, add_handler or reset_password.</source>
        <translation>&apos;sms-code&apos; needs --purpose register, add_handler or reset_password.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>An SMS code was sent to %1; it is valid for %n second(s).</source>
        <translation>
            <numerusform>An SMS code was sent to %1; it is valid for %n second.</numerusform>
            <numerusform>An SMS code was sent to %1; it is valid for %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Another code can be asked for in %n second(s).</source>
        <translation>
            <numerusform>Another code can be asked for in %n second.</numerusform>
            <numerusform>Another code can be asked for in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <location filename="../app/cli/commands/SyncCommand.cpp" line="+12"/>
        <source>sync: fetch everything again.</source>
        <translation>sync: fetch everything again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[--full]</source>
        <translation>[--full]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bring the local cache up to date (the desktop client&apos;s cache)</source>
        <translation>bring the local cache up to date (the desktop client&apos;s cache)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation>The local cache %1 cannot be opened: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>  batch %1: %n item(s) so far</source>
        <translation>
            <numerusform>  batch %1: %n item so far</numerusform>
            <numerusform>  batch %1: %n items so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Full sync done: %n item(s) received.</source>
        <translation>
            <numerusform>Full sync done: %n item received.</numerusform>
            <numerusform>Full sync done: %n items received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Incremental sync done: %n change(s) received.</source>
        <translation>
            <numerusform>Incremental sync done: %n change received.</numerusform>
            <numerusform>Incremental sync done: %n changes received.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache holds %1 roles, %2 handlers (%3 accounts) and %4 assignments.</source>
        <translation>The cache holds %1 roles, %2 handlers (%3 accounts) and %4 assignments.</translation>
    </message>
</context>
<context>
    <name>TokenCreateCommand</name>
    <message>
        <location filename="../app/cli/commands/TokenCreateCommand.cpp" line="+29"/>
        <source>token-create: a menu-permission code the token holds (repeat the option for more; see &apos;permissions&apos;).</source>
        <translation>token-create: a menu-permission code the token holds (repeat the option for more; see &apos;permissions&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>token-create: the token stops working after N days, 1 to 365 (default 90).</source>
        <translation>token-create: the token stops working after N days, 1 to 365 (default 90).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>token-create: write the secret to FILE (new, readable by you alone) instead of standard output.</source>
        <translation>token-create: write the secret to FILE (new, readable by you alone) instead of standard output.</translation>
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
        <translation>add an API token for scripts; its secret is shown only this once,
alone on standard output (or in FILE with -o)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;token-create&apos; needs a NAME.</source>
        <translation>&apos;token-create&apos; needs a NAME.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;token-create&apos; needs --permission CODE, once per code (see &apos;permissions&apos;).</source>
        <translation>&apos;token-create&apos; needs --permission CODE, once per code (see &apos;permissions&apos;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--expires-in-days takes 1 to %1.</source>
        <translation>--expires-in-days takes 1 to %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists; the secret is written only to a new file.</source>
        <translation>%1 exists; the secret is written only to a new file.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot write %1 (%2); the new token was deleted again.</source>
        <translation>Cannot write %1 (%2); the new token was deleted again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1 (%2), and the new token %3 (id %4) could not be deleted: delete it with &apos;zhaocai-cli token-delete %4&apos;.</source>
        <translation>Cannot write %1 (%2), and the new token %3 (id %4) could not be deleted: delete it with &apos;zhaocai-cli token-delete %4&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API token %1 (id %2) created, valid until %3; its secret is in %4, readable by you alone. It is shown nowhere else.</source>
        <translation>API token %1 (id %2) created, valid until %3; its secret is in %4, readable by you alone. It is shown nowhere else.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>API token %1 (id %2) created with %n permission(s), valid until %3.</source>
        <translation>
            <numerusform>API token %1 (id %2) created with %n permission, valid until %3.</numerusform>
            <numerusform>API token %1 (id %2) created with %n permissions, valid until %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its secret is on standard output and is shown only this once: store it now in a file readable by you alone (chmod 600), or use -o FILE next time.</source>
        <translation>Its secret is on standard output and is shown only this once: store it now in a file readable by you alone (chmod 600), or use -o FILE next time.</translation>
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
        <translation>delete an API token (scripts using it stop working at once)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This unit has no API token with the id %1.</source>
        <translation>This unit has no API token with the id %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the API token %1 (id %2)? Scripts that use it stop working at once.</source>
        <translation>Delete the API token %1 (id %2)? Scripts that use it stop working at once.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not deleted.</source>
        <translation>not deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not deleted: add --yes to confirm when not on a terminal.</source>
        <translation>not deleted: add --yes to confirm when not on a terminal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>API token %1 (id %2) deleted; it no longer works.</source>
        <translation>API token %1 (id %2) deleted; it no longer works.</translation>
    </message>
</context>
<context>
    <name>TokenSource</name>
    <message>
        <location filename="../app/cli/TokenSource.cpp" line="+47"/>
        <source>ZC_TOKEN is set but empty; unset it to use a remembered session.</source>
        <translation>ZC_TOKEN is set but empty; unset it to use a remembered session.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ZC_TOKEN does not hold a token (one word of printable characters).</source>
        <translation>ZC_TOKEN does not hold a token (one word of printable characters).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the token file %1 does not exist.</source>
        <translation>the token file %1 does not exist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the token file %1 can be read or written by others than you; it is not used. Run: chmod 600 %1</source>
        <translation>the token file %1 can be read or written by others than you; it is not used. Run: chmod 600 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the token file %1.</source>
        <translation>cannot read the token file %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the token file %1 is too large to hold a token.</source>
        <translation>the token file %1 is too large to hold a token.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the token file %1 is empty.</source>
        <translation>the token file %1 is empty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the token file %1 does not hold a token (one word of printable characters).</source>
        <translation>the token file %1 does not hold a token (one word of printable characters).</translation>
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
        <translation>list the unit&apos;s API tokens (Interface management; never their secrets)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API tokens</source>
        <translation>API tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>Revoked</translation>
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
        <translation>authenticate the unit (medical_institution, manufacturer,
distributor) with its unit code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the unit kind is medical_institution, manufacturer or distributor.</source>
        <translation>the unit type is medical_institution, manufacturer or distributor.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is authenticated as %2 with the unit code %3.</source>
        <translation>%1 has completed role authentication: %2, unit code %3.</translation>
    </message>
</context>
<context>
    <name>WhoamiCommand</name>
    <message>
        <location filename="../app/cli/commands/WhoamiCommand.cpp" line="+30"/>
        <source>the default account of this server (%1)</source>
        <translation>the default account of this server (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--as %1</source>
        <translation>--as %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the token of %1</source>
        <translation>the token of %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>who commands act as: server, account, unit, and whether it is
the default account, --as, ZC_TOKEN or --token-file</source>
        <translation>who commands act as: server, account, unit, and whether it is
the default account, --as, ZC_TOKEN or --token-file</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Server:   %1 (%2)</source>
        <translation>Server:   %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity: %1</source>
        <translation>Identity: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account:  none: an API token acts for its unit with its own permissions, and the server shows it no account.</source>
        <translation>Account:  none: an API token acts for its unit with its own permissions, and the server shows it no account.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account:  %1 (%2), %3</source>
        <translation>Account:  %1 (%2), %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>main account</source>
        <translation>unit main account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>handler</source>
        <translation>handler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account:  (not chosen yet: zhaocai-cli choose-unit ID)</source>
        <translation>Account:  (not chosen yet: zhaocai-cli choose-unit ID)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit:     %1 (id %2)</source>
        <translation>Unit:     %1 (id %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit:     (not chosen yet)</source>
        <translation>Unit:     (not chosen yet)</translation>
    </message>
</context>
<context>
    <name>zc::AccountTableModel</name>
    <message>
        <location filename="../models/AccountTableModel.cpp" line="+89"/>
        <source>Institution %1</source>
        <translation>Institution %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Main account (all permissions)</source>
        <translation>Unit main account (all permissions)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No role</source>
        <translation>No role</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role %1</source>
        <translation>Role %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, </source>
        <extracomment>Separator between the items of a list shown in one cell (Chinese: 、).</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This handler holds no role, so it cannot open any menu until a role is assigned.</source>
        <translation>This handler holds no role, so it cannot open any menu until a role is assigned.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Medical institution</source>
        <translation>Medical institution</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at</source>
        <translation>Created at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
</context>
<context>
    <name>zc::PermissionTreeModel</name>
    <message>
        <location filename="../models/PermissionTreeModel.cpp" line="+255"/>
        <source>You do not hold this permission, so you cannot grant or remove it.</source>
        <translation>You do not hold this permission, so you cannot grant or remove it.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Menu permissions</source>
        <translation>Menu permissions</translation>
    </message>
</context>
<context>
    <name>zc::RoleTableModel</name>
    <message>
        <location filename="../models/RoleTableModel.cpp" line="+92"/>
        <source>, </source>
        <extracomment>Separator between the items of a list shown in one cell (Chinese: 、).</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role name</source>
        <translation>Role name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu permissions</source>
        <translation>Menu permissions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at</source>
        <translation>Created at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
</context>
<context>
    <name>zc::cli::CliContext</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+38"/>
        <source>Server base URL (https only).</source>
        <translation>Server base URL (https only).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also trust this CA certificate (PEM).</source>
        <translation>Also trust the certificate in this certificate file (PEM).</translation>
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
        <translation>Server profile file (JSON: name, url, ca_pem).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stored server profile, by id.</source>
        <translation>A stored server profile, by id.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of messages: zh-CN or en (default: the system&apos;s; Chinese unless it asks for English).</source>
        <translation>Language of messages: zh-CN or en (default: the system&apos;s; Chinese unless it asks for English).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON for scripts.</source>
        <translation>Print JSON for scripts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the API token in this file (readable by you alone) instead of a remembered session; see ZC_TOKEN in --help.</source>
        <translation>Use the API token in this file (readable by you alone) instead of a remembered session; see ZC_TOKEN in --help.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network timeout in seconds (default 15).</source>
        <translation>Network timeout in seconds (default 15).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log what happens on the network to stderr.</source>
        <translation>Log what happens on the network to stderr.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--timeout takes 1 to 600 seconds.</source>
        <translation>--timeout takes 1 to 600 seconds.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--lang takes zh-CN or en.</source>
        <translation>--lang takes zh-CN or en.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--as picks a remembered session; it cannot be combined with %1.</source>
        <translation>--as picks a remembered session; it cannot be combined with %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>give only one of --server, --profile-file and --profile.</source>
        <translation>give only one of --server, --profile-file and --profile.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the profile file %1 is not usable: %2</source>
        <translation>the profile file %1 is not usable: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server URL %1 is not usable: %2</source>
        <translation>the server URL %1 is not usable: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no stored server profile has the id &apos;%1&apos;.</source>
        <translation>no stored server profile has the id &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no server: give --server URL or --profile-file FILE.</source>
        <translation>no server: give --server URL or --profile-file FILE.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the CA file %1.</source>
        <translation>cannot read the CA file %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 holds no PEM certificate.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No default account on %1: choose one with &apos;zhaocai-cli account use LOGIN&apos;, or give --as LOGIN (remembered: %2).</source>
        <translation>No default account on %1: choose one with &apos;zhaocai-cli account use LOGIN&apos;, or give --as LOGIN (remembered: %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain could not be read: %1</source>
        <translation>The system&apos;s credential store could not be read: %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>No remembered session for %1. Run: zhaocai-cli login LOGIN --remember</source>
        <translation>No remembered session for %1. Run: zhaocai-cli login LOGIN --remember</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Use the remembered session of this login (default: the default account, see &apos;account&apos;).</source>
        <translation>Use the remembered session of this login (default: the default account, see &apos;account&apos;).</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>No remembered session of %1 on %2. Run: zhaocai-cli login %1 --remember</source>
        <translation>No remembered session of %1 on %2. Run: zhaocai-cli login %1 --remember</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The keychain entry could not be deleted: %1</source>
        <translation>The session kept in the system&apos;s credential store could not be deleted: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was the default account; there is none now. Choose one with &apos;zhaocai-cli account use LOGIN&apos; (remembered: %2).</source>
        <translation>%1 was the default account; there is none now. Choose one with &apos;zhaocai-cli account use LOGIN&apos; (remembered: %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, the only account remembered here, is the default account now.</source>
        <translation>%1, the only account remembered here, is the default account now.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The remembered session has expired or was revoked; it is forgotten. Log in again.</source>
        <translation>Your login has expired. Please log in again. The remembered session is forgotten here.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Try &apos;zhaocai-cli --help&apos;.</source>
        <translation>Try &apos;zhaocai-cli --help&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token of %1 was refused (expired, deleted, or not one of this server&apos;s): %2</source>
        <translation>The token of %1 was refused (expired, deleted, or not one of this server&apos;s): %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; needs a signed-in session: an API token (here from %2) cannot do that. Sign in with &apos;zhaocai-cli login LOGIN --remember&apos; and run it without a token.</source>
        <translation>&apos;%1&apos; needs a logged-in session: an API token (here from %2) cannot do that. Log in with &apos;zhaocai-cli login LOGIN --remember&apos; and run it without a token.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Again: </source>
        <translation>Again: </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Warning: the local cache could not be updated (%1); &apos;zhaocai-cli sync&apos; will catch up.</source>
        <translation>Warning: the local cache could not be updated (%1); &apos;zhaocai-cli sync&apos; will catch up.</translation>
    </message>
</context>
</TS>
