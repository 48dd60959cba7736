<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <location line="+1"/>
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
    <message>
        <location line="+1"/>
        <source>Medical institution</source>
        <translation>Medical institution</translation>
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
    <name>zc::ui::AccessReviewPage</name>
    <message>
        <location filename="../ui/review/AccessReviewPage.cpp" line="+76"/>
        <location line="+663"/>
        <source>access-review</source>
        <translation>access-review</translation>
    </message>
    <message>
        <location line="-659"/>
        <source>this computer&apos;s copy of the unit is still loading</source>
        <translation>this computer&apos;s copy of the unit is still loading</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Access review</source>
        <translation>Access review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What in this unit deserves a look: accounts that are not used, disabled accounts that still hold roles, who can administer the unit, roles that give nothing or that nobody holds, API tokens that expire or are not used. Settle each row with its action, then complete the review: the server records it in the audit log.</source>
        <translation>What in this unit deserves a look: accounts that are not used, disabled accounts that still hold roles, who can administer the unit, roles that give nothing or that nobody holds, API tokens that expire or are not used. Settle each row with its action, then complete the review: the server records it in the audit log.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&amp;nactive after (days):</source>
        <translation>I&amp;nactive after (days):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A handler or API token not used for this many days is listed</source>
        <translation>A handler or API token not used for this many days is listed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Complete review…</source>
        <translation>&amp;Complete review…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to look at: the review found nothing.</source>
        <translation>Nothing to look at: the review found nothing.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>All findings (%1)</source>
        <translation>All findings (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+343"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-332"/>
        <location line="+254"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>%1 — %2</source>
        <extracomment>%1: 经办人 / 角色 / 接口令牌; %2: the kinds and their counts.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not reviewed</source>
        <translation>not reviewed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n finding(s) in all.</source>
        <translation>
            <numerusform>%n finding in all.</numerusform>
            <numerusform>%n findings in all.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handlers</source>
        <translation>Handlers</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <location line="+8"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>API tokens</source>
        <translation>API tokens</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline: this review is made from this computer&apos;s copy of the handlers and roles. The API tokens are kept only on the server, so they are not part of it now, and completing the review needs the server too. Both come back when the server can be reached.</source>
        <translation>Offline: this review is made from this computer&apos;s copy of the handlers and roles. The API tokens are kept only on the server, so they are not part of it now, and completing the review needs the server too. Both come back when the server can be reached.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API tokens could not be read, so they are not part of this review: %1</source>
        <translation>The API tokens could not be read, so they are not part of this review: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API tokens are not part of this review: listing them needs the API tokens permission.</source>
        <translation>The API tokens are not part of this review: listing them needs the API tokens permission.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the API tokens from the server…</source>
        <translation>Reading the API tokens from the server…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Last review: %1 by %2 (%n finding(s)).</source>
        <translation>
            <numerusform>Last review: %1 by %2 (%n finding).</numerusform>
            <numerusform>Last review: %1 by %2 (%n findings).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the last review was done could not be read: %1</source>
        <translation>When the last review was done could not be read: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No access review has been recorded for this unit yet.</source>
        <translation>No access review has been recorded for this unit yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the last review was done is known to the server only.</source>
        <translation>When the last review was done is known to the server only.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wait until the API tokens are read</source>
        <translation>Wait until the API tokens are read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record in the audit log that this review is complete</source>
        <translation>Record in the audit log that this review is complete</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove “%1”</source>
        <translation>Remove “%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Offboard</source>
        <translation>Offboard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assign accounts</source>
        <translation>Assign accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Remove role</source>
        <translation>Remove role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to remove the role “%1” from %2? The menus it gives are no longer open to the handler.</source>
        <translation>Are you sure you want to remove the role “%1” from %2? The menus it gives are no longer open to the handler.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The role “%1” was removed from %2.</source>
        <translation>The role “%1” was removed from %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removing the role “%1” from %2…</source>
        <translation>Removing the role “%1” from %2…</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Inactive after %n day(s) without logging in.</source>
        <translation>
            <numerusform>Inactive after %n day without logging in.</numerusform>
            <numerusform>Inactive after %n days without logging in.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API tokens were not reviewed (their counts are recorded as 0).</source>
        <translation>The API tokens were not reviewed (their counts are recorded as 0).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The access review was recorded at %1; it is in the audit log.</source>
        <translation>The access review was recorded at %1; it is in the audit log.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recording the access review…</source>
        <translation>Recording the access review…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Access review report</source>
        <translation>Access review report</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n finding(s) exported to %1.</source>
        <translation>
            <numerusform>%n finding exported to %1.</numerusform>
            <numerusform>%n findings exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::ui::AccessReviewReport</name>
    <message>
        <location filename="../ui/review/AccessReviewReport.cpp" line="+48"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reviewed</source>
        <translation>not reviewed</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Inactive after %n day(s) without logging in · %1 finding(s) in all</source>
        <translation>
            <numerusform>Inactive after %n day without logging in · %1 finding in all</numerusform>
            <numerusform>Inactive after %n days without logging in · %1 findings in all</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Nothing to look at: the review found nothing.</source>
        <translation>Nothing to look at: the review found nothing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account, role or token</source>
        <translation>Account, role or token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggested action</source>
        <translation>Suggested action</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
</context>
<context>
    <name>zc::ui::AddHandlerDialog</name>
    <message>
        <location filename="../ui/handlers/AddHandlerDialog.ui" line="+6"/>
        <source>Add handler</source>
        <translation>Add handler</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Add a handler account</source>
        <translation>Add a handler account</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The handler logs in with this mobile phone number. A code is sent to the phone to confirm it; a number without a password yet gets an initial password by SMS, to be changed at the first login.</source>
        <translation>The handler logs in with this mobile phone number. A code is sent to the phone to confirm it; a number without a password yet gets an initial password by SMS, to be changed at the first login.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Mobile phone:</source>
        <translation>&amp;Mobile phone:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>11-digit mobile phone number</source>
        <translation>11-digit mobile phone number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The handler’s real name</source>
        <translation>The handler’s real name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Captcha:</source>
        <translation>&amp;Captcha:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Characters in the image</source>
        <translation>Captcha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Captcha</source>
        <translation>Captcha</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Click for a new image</source>
        <translation>Click for a new image</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Captcha image, press for a new one</source>
        <translation>Captcha image, press for a new one</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;SMS code:</source>
        <translation>&amp;SMS code:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>6 digits</source>
        <translation>6 digits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS code</source>
        <translation>SMS code</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/handlers/AddHandlerDialog.cpp" line="+193"/>
        <source>&amp;Get code</source>
        <translation>&amp;Get code</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/handlers/AddHandlerDialog.cpp" line="-34"/>
        <source>Please enter the handler&apos;s mobile phone number.</source>
        <translation>Please enter the handler&apos;s mobile phone number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mobile phone number has 11 digits and starts with 13 to 19.</source>
        <translation>A mobile phone number has 11 digits and starts with 13 to 19.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please enter the handler&apos;s name.</source>
        <translation>Please enter the handler&apos;s name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name can have at most 50 characters.</source>
        <translation>The name can have at most 50 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name contains characters that are not allowed.</source>
        <translation>The name contains characters that are not allowed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please enter the 6-digit code sent to the phone.</source>
        <translation>Please enter the 6-digit code sent to the phone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SMS code has 6 digits.</source>
        <translation>The SMS code has 6 digits.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resend in %1 s</source>
        <translation>Resend in %1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One code per phone and minute: wait until the countdown ends.</source>
        <translation>One code per phone and minute: wait until the countdown ends.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a 6-digit code to this phone (type the captcha first).</source>
        <translation>Send a 6-digit code to this phone (type the captcha first).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Type the characters of the image first: they protect the SMS from abuse.</source>
        <translation>Enter the captcha first: it protects the SMS from abuse.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>A code was sent to %1. It is valid for %n minute(s).</source>
        <translation>
            <numerusform>A code was sent to %1. It is valid for %n minute.</numerusform>
            <numerusform>A code was sent to %1. It is valid for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sending the SMS code…</source>
        <translation>Sending the SMS code…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Adding the handler…</source>
        <translation>Adding the handler…</translation>
    </message>
</context>
<context>
    <name>zc::ui::ApiTokenDialog</name>
    <message>
        <location filename="../ui/interfaces/ApiTokenDialog.cpp" line="+34"/>
        <source>Add API token</source>
        <translation>Add API token</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Add token</source>
        <translation>&amp;Add token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>An API token lets a script or another system use the platform for your unit, without a person signing in. It can do exactly what the menus ticked below allow, until it expires or is deleted.</source>
        <translation>An API token lets a script or another system use the platform for your unit, without a person logging in. It can do exactly what the menus ticked below allow, until it expires or is deleted.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>For example: hospital information system</source>
        <translation>For example: hospital information system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token name</source>
        <translation>Token name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token &amp;name:</source>
        <translation>Token &amp;name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for (days)</source>
        <translation>Valid for (days)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valid for:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Menu permissions</source>
        <translation>Menu permissions</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+2"/>
        <source>Filter menus</source>
        <translation>Filter menus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Greyed menus: your own account does not hold them, so a token you make cannot have them either.</source>
        <translation>Greyed menus: your own account does not hold them, so a token you make cannot have them either.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Copy the token now and keep it somewhere safe, such as the other system&apos;s configuration. It is shown only this once: after this window closes no one can see it again. If it is lost, delete it and add a new one.</source>
        <translation>Copy the token now and keep it somewhere safe, such as the other system&apos;s configuration. It is shown only this once: after this window closes no one can see it again. If it is lost, delete it and add a new one.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>API token</source>
        <translation>API token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A script sends it in every request as the header &lt;code&gt;Authorization: Bearer&lt;/code&gt; followed by the token, or gives it to zhaocai-cli in the environment variable &lt;code&gt;ZC_TOKEN&lt;/code&gt;.</source>
        <translation>A script sends it in every request as the header &lt;code&gt;Authorization: Bearer&lt;/code&gt; followed by the token, or gives it to zhaocai-cli in the environment variable &lt;code&gt;ZC_TOKEN&lt;/code&gt;.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Please enter the token name.</source>
        <translation>Please enter the token name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token name can have at most %1 characters (now %2).</source>
        <translation>The token name can have at most %1 characters (now %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tick at least one menu.</source>
        <translation>Tick at least one menu.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n menu(s) chosen</source>
        <translation>
            <numerusform>%n menu chosen</numerusform>
            <numerusform>%n menus chosen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token has not been copied. Once this window closes it cannot be shown again. Are you sure you want to close it?</source>
        <translation>The token has not been copied. Once this window closes it cannot be shown again. Are you sure you want to close it?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Adding the API token…</source>
        <translation>Adding the API token…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>API token added</source>
        <translation>API token added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API token “%1” was added. It is valid until %2.</source>
        <translation>The API token “%1” was added. It is valid until %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Copied to the clipboard. Paste it where it is needed, then clear it from the clipboard.</source>
        <translation>Copied to the clipboard. Paste it where it is needed, then clear it from the clipboard.</translation>
    </message>
</context>
<context>
    <name>zc::ui::ApiTokenTableModel</name>
    <message>
        <location filename="../ui/interfaces/ApiTokenTableModel.cpp" line="+74"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires soon</source>
        <translation>Expires soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Never used</source>
        <translation>Never used</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n menu permission(s): %1</source>
        <translation>
            <numerusform>%n menu permission: %1</numerusform>
            <numerusform>%n menu permissions: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Token name</source>
        <translation>Token name</translation>
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
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>zc::ui::ApiTokensPage</name>
    <message>
        <location filename="../ui/interfaces/ApiTokensPage.ui" line="+24"/>
        <location line="+85"/>
        <source>API tokens</source>
        <translation>API tokens</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Scripts and other systems (a hospital information system, a supplier’s ERP) use the platform for your unit with an API token instead of a person’s login. Each token can do only what its menus allow, expires on the date set, and stops working at once when deleted.</source>
        <translation>Scripts and other systems (a hospital information system, a supplier’s ERP) use the platform for your unit with an API token instead of a person’s login. Each token can do only what its menus allow, expires on the date set, and stops working at once when deleted.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Add API token…</source>
        <translation>&amp;Add API token…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/interfaces/ApiTokensPage.cpp" line="+250"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the tokens of this page as a CSV file (never their secrets)</source>
        <translation>Save the tokens of this page as a CSV file (never their secrets)</translation>
    </message>
    <message>
        <location filename="../ui/interfaces/ApiTokensPage.cpp" line="-190"/>
        <location line="+147"/>
        <source>Delete API token</source>
        <translation>Delete API token</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Loading the API tokens was cancelled.</source>
        <translation>Loading the API tokens was cancelled.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Offline: API tokens are kept only on the server, so they cannot be listed, added or deleted now. The list returns when the server can be reached.</source>
        <translation>Offline: API tokens are kept only on the server, so they cannot be listed, added or deleted now. The list returns when the server can be reached.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No API tokens yet. Add one for each script or system that needs to use the platform.</source>
        <translation>No API tokens yet. Add one for each script or system that needs to use the platform.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the API tokens…</source>
        <translation>Loading the API tokens…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The API token “%1” was added.</source>
        <translation>The API token “%1” was added.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Are you sure you want to delete the API token “%1”? Scripts and systems using it lose access at once. This cannot be undone.</source>
        <translation>Are you sure you want to delete the API token “%1”? Scripts and systems using it lose access at once. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API token “%1” was deleted; it no longer works.</source>
        <translation>The API token “%1” was deleted; it no longer works.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleting the API token…</source>
        <translation>Deleting the API token…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add a token for a script or another system</source>
        <translation>Add a token for a script or another system</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the selected token; it stops working at once</source>
        <translation>Delete the selected token; it stops working at once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a token that has not been deleted</source>
        <translation>Select a token that has not been deleted</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>api-tokens</source>
        <translation>api-tokens</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n token(s) exported to %1.</source>
        <translation>
            <numerusform>%n token exported to %1.</numerusform>
            <numerusform>%n tokens exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::ui::AssignAccountsDialog</name>
    <message>
        <location filename="../ui/roles/AssignAccountsDialog.ui" line="+6"/>
        <source>Assign accounts</source>
        <translation>Assign accounts</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“Select” gives an account of the “Unassigned” tab the role, “Unassign” on the “Assigned” tab takes it back; ticks change several at once. Changes take effect at once.</source>
        <translation>“Select” gives an account of the “Unassigned” tab the role, “Unassign” on the “Assigned” tab takes it back; ticks change several at once. Changes take effect at once.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+138"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+138"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+138"/>
        <source>Login filter</source>
        <translation>Login filter</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+138"/>
        <source>Account na&amp;me:</source>
        <translation>Account na&amp;me:</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+138"/>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+138"/>
        <source>Account name filter</source>
        <translation>Account name filter</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+138"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+138"/>
        <source>R&amp;eset</source>
        <translation>R&amp;eset</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+138"/>
        <source>Tick this &amp;page</source>
        <translation>Tick this &amp;page</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+138"/>
        <source>Clear ticks</source>
        <translation>Clear ticks</translation>
    </message>
    <message>
        <location line="-114"/>
        <location filename="../ui/roles/AssignAccountsDialog.cpp" line="+206"/>
        <source>&amp;Unassign</source>
        <translation>&amp;Unassign</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location line="+128"/>
        <location filename="../ui/roles/AssignAccountsDialog.cpp" line="-2"/>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../ui/roles/AssignAccountsDialog.cpp" line="-13"/>
        <source>No account holds this role yet.</source>
        <translation>No account holds this role yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every account holds this role.</source>
        <translation>Every account holds this role.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Assigned accounts</source>
        <translation>Assigned accounts</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned accounts</source>
        <translation>Unassigned accounts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unassign</source>
        <translation>Unassign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select</source>
        <translation>Select</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign accounts — %1</source>
        <translation>Assign accounts — %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assigned (%1)</source>
        <translation>Assigned (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned (%1)</source>
        <translation>Unassigned (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No assigned account matches the filter.</source>
        <translation>No assigned account matches the filter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No unassigned account matches the filter.</source>
        <translation>No unassigned account matches the filter.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>&amp;Assign %n account(s)</source>
        <translation>
            <numerusform>&amp;Assign %n account</numerusform>
            <numerusform>&amp;Assign %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Unassign %n account(s)</source>
        <translation>
            <numerusform>&amp;Unassign %n account</numerusform>
            <numerusform>&amp;Unassign %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the accounts first.</source>
        <translation>Tick the accounts first.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+1"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>%n ticked</numerusform>
            <numerusform>%n ticked</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Assigning %1 (%2 of %3)…</source>
        <translation>Assigning %1 (%2 of %3)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigning %1 (%2 of %3)…</source>
        <translation>Unassigning %1 (%2 of %3)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>account #%1</source>
        <translation>account #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n account(s) assigned</source>
        <translation>
            <numerusform>%n account assigned</numerusform>
            <numerusform>%n accounts assigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n account(s) unassigned</source>
        <translation>
            <numerusform>%n account unassigned</numerusform>
            <numerusform>%n accounts unassigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role “%1”: %2.</source>
        <translation>Role “%1”: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Assigned: %1</source>
        <translation>Assigned: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassigned: %1</source>
        <translation>Unassigned: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not changed: %1</source>
        <translation>Not changed: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rest was cancelled.</source>
        <translation>The rest was cancelled.</translation>
    </message>
</context>
<context>
    <name>zc::ui::AuditEventTableModel</name>
    <message>
        <location filename="../ui/audit/AuditEventTableModel.cpp" line="+43"/>
        <source>Add role</source>
        <translation>Add role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit role</source>
        <translation>Edit role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete role</source>
        <translation>Delete role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign account</source>
        <translation>Assign account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassign account</source>
        <translation>Unassign account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add handler</source>
        <translation>Add handler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit handler</source>
        <translation>Edit handler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable handler</source>
        <translation>Disable handler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable handler</source>
        <translation>Enable handler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock handler</source>
        <translation>Unlock handler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete handler</source>
        <translation>Delete handler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose medical institution</source>
        <translation>Choose medical institution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register unit</source>
        <translation>Legal-person registration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit authentication</source>
        <translation>Unit authentication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add API token</source>
        <translation>Add API token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete API token</source>
        <translation>Delete API token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit API token</source>
        <translation>Edit API token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offboard handler</source>
        <translation>Offboard handler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete access review</source>
        <translation>Complete access review</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>API token “%1”</source>
        <translation>API token “%1”</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Role “%1”</source>
        <translation>Role “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account “%1”</source>
        <translation>Account “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit “%1”</source>
        <translation>Unit “%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role #%1</source>
        <translation>Role #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account #%1</source>
        <translation>Account #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit #%1</source>
        <translation>Unit #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API token #%1</source>
        <translation>API token #%1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done by</source>
        <translation>Done by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>zc::ui::AuditLogPage</name>
    <message>
        <location filename="../ui/audit/AuditLogPage.ui" line="+24"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every change to your unit’s roles and accounts is recorded here: who did what, and when.</source>
        <translation>Every change to your unit’s roles and accounts is recorded here: who did what, and when.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action filter</source>
        <translation>Action filter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done &amp;by:</source>
        <translation>Done &amp;by:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done-by filter</source>
        <translation>Done-by filter</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R&amp;eset</source>
        <translation>R&amp;eset</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;View change…</source>
        <translation>&amp;View change…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/audit/AuditLogPage.cpp" line="+295"/>
        <source>Compare the chosen role before and after its change</source>
        <translation>Compare the chosen role before and after its change</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the events of this page as a CSV file</source>
        <translation>Save the events of this page as a CSV file</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Audit events</source>
        <translation>Audit events</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="-230"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loading the audit log was cancelled.</source>
        <translation>Loading the audit log was cancelled.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The start date is after the end date.</source>
        <translation>The start date is after the end date.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No audit events match the filter.</source>
        <translation>No audit events match the filter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the audit log…</source>
        <translation>Loading the audit log…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline, and the audit events kept on this computer cannot be read. Try again when the server can be reached.</source>
        <translation>Offline, and the audit events kept on this computer cannot be read. Try again when the server can be reached.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline: this computer has kept no audit events yet. The log is on the server; it shows again when the server can be reached.</source>
        <translation>Offline: this computer has kept no audit events yet. The log is on the server; it shows again when the server can be reached.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Offline: %n kept event(s) match, as this computer last read them from the server %1 (%2). Older events and newer ones are only on the server.</source>
        <translation>
            <numerusform>Offline: %n kept event match, as this computer last read them from the server %1 (%2). Older events and newer ones are only on the server.</numerusform>
            <numerusform>Offline: %n kept events match, as this computer last read them from the server %1 (%2). Older events and newer ones are only on the server.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose an event that added, edited or deleted a role</source>
        <translation>Choose an event that added, edited or deleted a role</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
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
        <location line="+8"/>
        <source>audit-log</source>
        <translation>audit-log</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n event exported to %1.</numerusform>
            <numerusform>%n events exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::ui::BusyBar</name>
    <message>
        <location filename="../ui/widgets/BusyBar.cpp" line="+23"/>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the running request</source>
        <translation>Cancel the running request</translation>
    </message>
</context>
<context>
    <name>zc::ui::CaptchaImage</name>
    <message>
        <location filename="../ui/widgets/CaptchaImage.cpp" line="+31"/>
        <location line="+41"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Click to retry</source>
        <translation>Click to retry</translation>
    </message>
</context>
<context>
    <name>zc::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/account/ChangePasswordDialog.ui" line="+6"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Change your password</source>
        <translation>Change your password</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>C&amp;urrent password:</source>
        <translation>C&amp;urrent password:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Change password</source>
        <translation>&amp;Change password</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/account/ChangePasswordDialog.cpp" line="+25"/>
        <source>You logged in with an initial password. Choose your own password before you continue; your other sessions are ended.</source>
        <translation>You logged in with an initial password. Choose your own password before you continue; your other sessions are ended.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to login</source>
        <translation>Back to login</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your other sessions are ended when the password changes.</source>
        <translation>Your other sessions are ended when the password changes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the password of %1. Your other sessions are ended when the password changes; this one stays open.</source>
        <translation>Change the password of %1. Your other sessions are ended when the password changes; this one stays open.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Changing the password…</source>
        <translation>Changing the password…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Password changed. Loading your account…</source>
        <translation>Password changed. Loading your account…</translation>
    </message>
</context>
<context>
    <name>zc::ui::CompleteReviewDialog</name>
    <message>
        <location filename="../ui/review/CompleteReviewDialog.cpp" line="+22"/>
        <source>Complete the access review</source>
        <translation>Complete the access review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are you sure you want to record that this access review is complete? The server keeps it in the audit log with your name, the time and these findings:</source>
        <translation>Are you sure you want to record that this access review is complete? The server keeps it in the audit log with your name, the time and these findings:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Note (optional, at most %1 characters):</source>
        <translation>&amp;Note (optional, at most %1 characters):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was decided, what is left for later</source>
        <translation>What was decided, what is left for later</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Complete review</source>
        <translation>&amp;Complete review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The note can have at most %1 characters; it has %2.</source>
        <translation>The note can have at most %1 characters; it has %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note can hold text and line breaks only (no tabs or other control characters).</source>
        <translation>The note can hold text and line breaks only (no tabs or other control characters).</translation>
    </message>
</context>
<context>
    <name>zc::ui::ErrorText</name>
    <message>
        <location filename="../ui/ErrorText.cpp" line="+24"/>
        <source>The server cannot be reached. Check the network connection and the server address, or try again later.</source>
        <translation>The server cannot be reached. Check the network connection and the server address, or try again later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time. Check the network connection and try again.</source>
        <translation>The server did not answer in time. Check the network connection and try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secure connection could be made: the server&apos;s certificate was refused.</source>
        <translation>No secure connection could be made: the server&apos;s certificate was refused.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer could not be understood. The server may run a different version of the system.</source>
        <translation>The server&apos;s answer could not be understood. The server may run a different version of the system.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy server asks for a user name and password. Check the proxy settings.</source>
        <translation>The proxy server asks for a user name and password. Check the proxy settings.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server could not read the request. Please update the client or contact your IT department.</source>
        <translation>The server could not read the request. Please update the client or contact your unit’s IT staff (system administrator).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One of the values entered is not valid. Please check the form.</source>
        <translation>One of the values entered is not valid. Please check what you entered and submit it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value of “%1” is not valid. Please check it.</source>
        <translation>The value of “%1” is not valid. Please check it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your session has expired or was ended. Please log in again.</source>
        <translation>Your login has expired. Please log in again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login or the password is wrong.</source>
        <translation>The login or the password is wrong.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your account does not have the permission for this action.</source>
        <translation>Your account does not have the permission for this action.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose the unit you log in for first.</source>
        <translation>Please choose the unit you log in for first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose your medical institution first.</source>
        <translation>Please choose your medical institution first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please change your initial password first.</source>
        <translation>Please change your initial password first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item no longer exists. Someone may have deleted it.</source>
        <translation>The item no longer exists. Someone may have deleted it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conflicts with the current data on the server. Refresh and try again.</source>
        <translation>This conflicts with the current data on the server. Refresh and try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your unit already has a role with this name.</source>
        <translation>Your unit already has a role with this name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your unit already has an API token with this name. Choose another name, or delete the old token first.</source>
        <translation>Your unit already has an API token with this name. Choose another name, or delete the old token first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This login or mobile phone number is already in use in your unit.</source>
        <translation>This login or mobile phone number is already in use in your unit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This unit is already registered. Log in with its main account, or reset the password.</source>
        <translation>This unit is already registered. Log in with its unit main account; if the password is lost, use “Forgot password” in the login window.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A medical institution has already been chosen for this account. The choice cannot be changed.</source>
        <translation>A medical institution has already been chosen for this account. The choice cannot be changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nothing to choose for this login any more.</source>
        <translation>There is nothing to choose for this login any more.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed this item in the meantime. Reload it and apply your change again.</source>
        <translation>Someone else changed this item in the meantime. Reload it and apply your change again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change did not say which version it was based on. Reload the item and try again.</source>
        <translation>The change did not say which version it was based on. Reload the item and try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data sent is too large for the server.</source>
        <translation>The data sent is too large for the server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The captcha is wrong or has expired. Type the characters of the new image.</source>
        <translation>The captcha is wrong or has expired. Enter the new captcha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SMS code is wrong or has expired.</source>
        <translation>The SMS code is wrong or has expired.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit and legal representative details do not match the legal-person registry.</source>
        <translation>The unit and legal representative details do not match the legal-person registry.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit code does not match the medical-insurance unit registry.</source>
        <translation>The unit code does not match the medical-insurance agency system. Check the unit code and the unit type, then try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A permission is not known to the server. Refresh the permission list and try again.</source>
        <translation>A permission is not known to the server. Refresh the permission list and try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot grant a permission that your own account does not hold.</source>
        <translation>You cannot grant a permission that your own account does not hold.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This password is too common or has appeared in leaked password lists, so it is easy to guess. Choose another one.</source>
        <translation>This password is too common or has appeared in leaked password lists, so it is easy to guess. Choose another one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must not contain the login, the phone number, the unit name or the person&apos;s name.</source>
        <translation>The password must not contain the login, the phone number, the unit name or the person&apos;s name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is too weak: use 8 to 64 characters with at least three of lower-case letters, upper-case letters, digits and symbols.</source>
        <translation>The password is too weak: use 8 to 64 characters with at least three of lower-case letters, upper-case letters, digits and symbols.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The unit&apos;s main account cannot be disabled, deleted or given roles.</source>
        <translation>The unit main account cannot be disabled, deleted or given roles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many failed attempts: the account is locked. Try again later.</source>
        <translation>Too many failed attempts: the account is locked. Try again later.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Too many failed attempts: the account is locked. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed attempts: the account is locked. Try again in %n minute.</numerusform>
            <numerusform>Too many failed attempts: the account is locked. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many requests. Try again later.</source>
        <translation>Too many requests. Try again later.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Too many requests. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many requests. Try again in %n minute.</numerusform>
            <numerusform>Too many requests. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server had an internal problem (error %1). Try again later or contact your IT department.</source>
        <translation>The server had an internal problem (error %1). Try again later or contact your unit’s IT staff (system administrator).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An unknown error occurred.</source>
        <translation>An unknown error occurred.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request (error code: %1).</source>
        <translation>The server refused the request (error code: %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many requests. Try again in %n second.</numerusform>
            <numerusform>Too many requests. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too many failed attempts: the account is locked. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts: the account is locked. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts: the account is locked. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Captcha</source>
        <translation>Captcha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS code</source>
        <translation>SMS code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu permissions</source>
        <translation>Menu permissions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit code</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical institution</source>
        <translation>Medical institution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal representative&apos;s ID number</source>
        <translation>Legal representative&apos;s resident ID number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit kind</source>
        <translation>Unit type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>zc::ui::ForgotPasswordDialog</name>
    <message>
        <location filename="../ui/account/ForgotPasswordDialog.ui" line="+6"/>
        <source>Forgot password</source>
        <translation>Forgot password</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reset a forgotten password</source>
        <translation>Reset a forgotten password</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A code is sent to the account’s mobile phone. Handlers log in with their phone number; for a unit’s main account, also give its login name: the code then goes to the phone registered for it.</source>
        <translation>A code is sent to the account’s mobile phone. Handlers log in with their phone number; for a unit main account, also give its login: the code then goes to the phone registered for it.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Handler (logs in with the phone number)</source>
        <translation>&amp;Handler (logs in with the phone number)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Unit main account</source>
        <translation>&amp;Unit main account</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Main account &amp;login:</source>
        <translation>Unit main account &amp;login:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The main account’s login name</source>
        <translation>The unit main account’s login</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main account login</source>
        <translation>Unit main account login</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Mobile phone:</source>
        <translation>&amp;Mobile phone:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>11-digit mobile phone number</source>
        <translation>11-digit mobile phone number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cap&amp;tcha:</source>
        <translation>Cap&amp;tcha:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Characters in the image</source>
        <translation>Captcha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Captcha</source>
        <translation>Captcha</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Click for a new image</source>
        <translation>Click for a new image</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Captcha image, press for a new one</source>
        <translation>Captcha image, press for a new one</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;SMS code:</source>
        <translation>&amp;SMS code:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>6 digits</source>
        <translation>6 digits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS code</source>
        <translation>SMS code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Get code</source>
        <translation>&amp;Get code</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>8 to 64 characters</source>
        <translation>8 to 64 characters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The new password again</source>
        <translation>The new password again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the new password</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Reset &amp;password</source>
        <translation>Reset &amp;password</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/account/ForgotPasswordDialog.cpp" line="+27"/>
        <source>Forgot password — %1</source>
        <translation>Forgot password — %1</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Please enter the main account&apos;s login name.</source>
        <translation>Please enter the unit main account&apos;s login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A main account&apos;s login name has 4 to 32 of the letters a–z, digits and . _ -, and starts with a letter.</source>
        <translation>A unit main account&apos;s login has 4 to 32 of the letters a–z, digits and . _ -, and starts with a letter.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The code goes to the phone registered for this main account.</source>
        <translation>The code goes to the phone registered for this unit main account.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No main account with this login name has this phone as its registered phone.</source>
        <translation>No unit main account with this login has this phone as its registered phone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No handler account uses this phone number. For a unit&apos;s main account, choose “Unit main account” and give its login name.</source>
        <translation>No handler account uses this phone number. For a unit main account, choose “Unit main account” and give its login.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Resetting the password…</source>
        <translation>Resetting the password…</translation>
    </message>
</context>
<context>
    <name>zc::ui::HandlerRolesDialog</name>
    <message>
        <location filename="../ui/handlers/HandlerRolesDialog.ui" line="+6"/>
        <source>Assign roles</source>
        <translation>Assign roles</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Tick the roles this handler should hold. The handler can open the menus of all its roles at the next request.</source>
        <translation>Tick the roles this handler should hold. The handler can open the menus of all its roles at the next request.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter roles by name</source>
        <translation>Filter roles by name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter roles</source>
        <translation>Filter roles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/handlers/HandlerRolesDialog.cpp" line="+35"/>
        <source>Roles of %1 (%2)</source>
        <translation>Roles of %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign roles — %1</source>
        <translation>Assign roles — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your unit has no roles yet: add one on the “Account roles” page first.</source>
        <translation>Your unit has no roles yet: add one on the “Account roles” page first.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No role ticked: the handler could not open any menu.</source>
        <translation>No role ticked: the handler could not open any menu.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n role(s) ticked</source>
        <translation>
            <numerusform>%n role ticked</numerusform>
            <numerusform>%n roles ticked</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saving the roles…</source>
        <translation>Saving the roles…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>role #%1</source>
        <translation>role #%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not everything was saved:
%1</source>
        <translation>Not everything was saved:
%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>given %1</source>
        <translation>given %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no longer holds %1</source>
        <translation>no longer holds %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handler “%1”: %2.</source>
        <translation>Handler “%1”: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>zc::ui::HandlersPage</name>
    <message>
        <location filename="../ui/handlers/HandlersPage.ui" line="+24"/>
        <source>Unit handlers</source>
        <translation>Unit handlers</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Handler accounts are the logins of your staff: they log in with their mobile phone number. Add handlers, give them roles, disable or enable them, and send them a new password.</source>
        <translation>Handler accounts are the logins of the people who work for your unit: they log in with their mobile phone number. Add handlers, give them roles, disable or enable them, and send them a new password.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Show &amp;only these</source>
        <translation>Show &amp;only these</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sea&amp;rch:</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login, name or mobile phone</source>
        <translation>Login, name or mobile phone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search handlers</source>
        <translation>Search handlers</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R&amp;eset</source>
        <translation>R&amp;eset</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add ha&amp;ndler</source>
        <translation>Add ha&amp;ndler</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/handlers/HandlersPage.cpp" line="+205"/>
        <source>Show &amp;phone numbers</source>
        <translation>Show &amp;phone numbers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the full mobile phone numbers for one minute</source>
        <translation>Show the full mobile phone numbers for one minute</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save all handlers that match the filter as a CSV file</source>
        <translation>Save all handlers that match the filter as a CSV file</translation>
    </message>
    <message>
        <location filename="../ui/handlers/HandlersPage.cpp" line="-158"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+8"/>
        <source>No handlers yet. Press “Add handler” to add the first one.</source>
        <translation>No handlers yet. Press “Add handler” to add the first one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assign a role</source>
        <translation>Assign a role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This handler holds no role yet: give it one.</source>
        <translation>This handler holds no role yet: give it one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+279"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Handlers</source>
        <translation>Handlers</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+269"/>
        <source>Delete handler</source>
        <translation>Delete handler</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>Loading the handlers from this computer&apos;s cache…</source>
        <translation>Loading the handlers from this computer&apos;s cache…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not connected to a server.</source>
        <translation>Not connected to a server.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Add a handler account by mobile phone number</source>
        <translation>Add a handler account by mobile phone number</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Offboard</source>
        <translation>Offboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot offboard yourself.</source>
        <translation>You cannot offboard yourself.</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>%n handler(s) hold no role: at login they are told “no role assigned” (对应角色为空) and cannot open any menu. Give each of them a role with “Assign a role”.</source>
        <translation>
            <numerusform>%n handler holds no role: at login it is told “no role assigned” and cannot open any menu. Give it a role with “Assign a role”.</numerusform>
            <numerusform>%n handlers hold no role: at login they are told “no role assigned” and cannot open any menu. Give each of them a role with “Assign a role”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Hide &amp;phone numbers</source>
        <translation>Hide &amp;phone numbers</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>handlers</source>
        <translation>handlers</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n handler(s) exported to %1.</source>
        <translation>
            <numerusform>%n handler exported to %1.</numerusform>
            <numerusform>%n handlers exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The handler %1 was added. Give it a role so that it can open its menus.</source>
        <translation>The handler %1 was added. Give it a role so that it can open its menus.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 was already offboarded; nothing was changed.</source>
        <translation>%1 was already offboarded; nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 was offboarded: disabled, %n role(s) removed, logged out.</source>
        <translation>
            <numerusform>%1 was offboarded: disabled, %n role removed, logged out.</numerusform>
            <numerusform>%1 was offboarded: disabled, %n roles removed, logged out.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Disable the handler %1? It is logged out at once and cannot log in until it is enabled again.</source>
        <translation>Disable the handler %1? It is logged out at once and cannot log in until it is enabled again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabling %1…</source>
        <translation>Disabling %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handler %1 was disabled.</source>
        <translation>The handler %1 was disabled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock the handler %1? It can log in again at once.</source>
        <translation>Unlock the handler %1? It can log in again at once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlocking %1…</source>
        <translation>Unlocking %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handler %1 was unlocked.</source>
        <translation>The handler %1 was unlocked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable the handler %1? It can log in again.</source>
        <translation>Enable the handler %1? It can log in again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabling %1…</source>
        <translation>Enabling %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handler %1 was enabled.</source>
        <translation>The handler %1 was enabled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable handler</source>
        <translation>Disable handler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock handler</source>
        <translation>Unlock handler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enable handler</source>
        <translation>Enable handler</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Send the handler %1 a new password? It goes by SMS to %2 and must be changed at the next login; the old password stops working.</source>
        <translation>Send the handler %1 a new password? It goes by SMS to %2 and must be changed at the next login; the old password stops working.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A new password was sent to the handler %1 by SMS.</source>
        <translation>A new password was sent to the handler %1 by SMS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resetting the password of %1…</source>
        <translation>Resetting the password of %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Delete the handler %1? Its account and its %n role assignment(s) are removed from your unit; this cannot be undone.</source>
        <translation>
            <numerusform>Delete the handler %1? Its account and its %n role assignment are removed from your unit; this cannot be undone.</numerusform>
            <numerusform>Delete the handler %1? Its account and its %n role assignments are removed from your unit; this cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the handler %1? Its account is removed from your unit; this cannot be undone.</source>
        <translation>Delete the handler %1? Its account is removed from your unit; this cannot be undone.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The handler %1 was deleted.</source>
        <translation>The handler %1 was deleted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleting the handler %1…</source>
        <translation>Deleting the handler %1…</translation>
    </message>
</context>
<context>
    <name>zc::ui::InstitutionChoiceDialog</name>
    <message>
        <location filename="../ui/login/InstitutionChoiceDialog.ui" line="+6"/>
        <source>Choose the medical institution</source>
        <translation>Choose the medical institution</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose your medical institution</source>
        <translation>Choose your medical institution</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your unit&apos;s unified social credit code belongs to several medical institutions. Choose the one you work for. Choose carefully: the choice is permanent and cannot be changed later.</source>
        <translation>Your unit&apos;s unified social credit code belongs to several medical institutions. Choose the one you work for. Choose carefully: the choice is permanent and cannot be changed later.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code, name, level or address</source>
        <translation>Code, name, level or address</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to login</source>
        <translation>Back to login</translation>
    </message>
    <message>
        <location filename="../ui/login/InstitutionChoiceDialog.cpp" line="+28"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Institution name</source>
        <translation>Institution name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Confirm the medical institution</source>
        <translation>Confirm the medical institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are choosing:

%1
Institution code: %2

This choice is permanent and cannot be changed later. Choose this institution?</source>
        <translation>You are choosing:

%1
Institution code: %2

This choice is permanent and cannot be changed later. Choose this institution?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving the choice…</source>
        <translation>Saving the choice…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Loading the session…</source>
        <translation>Loading the session…</translation>
    </message>
</context>
<context>
    <name>zc::ui::LegalPersonWording</name>
    <message>
        <location filename="../ui/account/LegalPersonWording.cpp" line="+12"/>
        <source>Please enter the unit&apos;s unified social credit code.</source>
        <translation>Please enter the unit&apos;s unified social credit code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unified social credit code has digits and capital letters only, without I, O, Z, S and V.</source>
        <translation>A unified social credit code has digits and capital letters only, without I, O, Z, S and V.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A unified social credit code has 18 characters (%1 so far).</source>
        <translation>A unified social credit code has 18 characters (%1 so far).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Characters 3 to 8 must be the administrative division code of the unit&apos;s registration.</source>
        <translation>Characters 3 to 8 must be the administrative division code of the unit&apos;s registration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check character does not fit the rest of the code: please look for a typing error.</source>
        <translation>The check character does not fit the rest of the code: please look for a typing error.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid unified social credit code: please compare it with the licence.</source>
        <translation>This is not a valid unified social credit code: please compare it with the licence.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please enter the unit&apos;s registered name.</source>
        <translation>Please enter the unit&apos;s registered name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit name can have at most 100 characters.</source>
        <translation>The unit name can have at most 100 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit name contains characters that are not allowed.</source>
        <translation>The unit name contains characters that are not allowed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please enter the legal representative&apos;s name.</source>
        <translation>Please enter the legal representative&apos;s name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name can have at most 50 characters.</source>
        <translation>The name can have at most 50 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name contains characters that are not allowed.</source>
        <translation>The name contains characters that are not allowed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please enter the legal representative&apos;s resident ID number.</source>
        <translation>Please enter the legal representative&apos;s resident ID number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resident ID number has 18 characters (%1 so far).</source>
        <translation>A resident ID number has 18 characters (%1 so far).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A resident ID number has 17 digits and a last digit or X.</source>
        <translation>A resident ID number has 17 digits and a last digit or X.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date in the ID number (characters 7 to 14) is not a real date.</source>
        <translation>The birth date in the resident ID number (characters 7 to 14) is not a real date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last character does not fit the others: please look for a typing error.</source>
        <translation>The last character does not fit the others: please look for a typing error.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid resident ID number.</source>
        <translation>This is not a valid resident ID number.</translation>
    </message>
</context>
<context>
    <name>zc::ui::LoginDialog</name>
    <message>
        <location filename="../ui/login/LoginDialog.ui" line="+6"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Drug and medical consumables procurement · login for units and handlers</source>
        <translation>Drug and medical consumables procurement · login for units and handlers</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Language of the program; it changes at once</source>
        <translation>Language of the program; it changes at once</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Manage servers…</source>
        <translation>Manage servers…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login name or mobile phone number</source>
        <translation>Login or mobile phone number</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cap&amp;tcha:</source>
        <translation>Cap&amp;tcha:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Characters in the image</source>
        <translation>Captcha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hard to read? Click for a new image.</source>
        <translation>Hard to read? Click for a new image.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Remember me on this computer</source>
        <translation>Stay logged in on this &amp;computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps the login in this computer&apos;s keychain so that the next start skips this form. Do not use on a shared computer.</source>
        <translation>Keeps the login in the system&apos;s credential store of this computer, so that the next start skips this window. Do not use on a shared computer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Forgot password?</source>
        <translation>&amp;Forgot password?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set a new password with a code sent to the account&apos;s mobile phone</source>
        <translation>Set a new password with a code sent to the account&apos;s mobile phone</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re&amp;gister a unit</source>
        <translation>Le&amp;gal-person registration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register your unit&apos;s legal person and create its main account</source>
        <translation>Register your unit&apos;s legal person and create its unit main account</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Certificate details…</source>
        <translation>Certificate details…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open this computer&apos;s copy (offline)</source>
        <translation>&amp;Open this computer&apos;s copy (offline)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the roles and accounts saved on this computer at the last sync, read-only, until the server can be reached again</source>
        <translation>Show the roles and accounts saved on this computer at the last sync, read-only, until the server can be reached again</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Log &amp;in</source>
        <translation>Log &amp;in</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../ui/login/LoginDialog.cpp" line="+416"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginDialog.cpp" line="-314"/>
        <source>Log in — %1</source>
        <translation>Log in — %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No server is set up yet. Add one under “Manage servers”.</source>
        <translation>No server is set up yet. Add one under “Manage servers”.</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+255"/>
        <location line="+39"/>
        <source>Please choose a server.</source>
        <translation>Please choose a server.</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>Please enter your login name or mobile phone number.</source>
        <translation>Please enter your login or mobile phone number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please enter your password.</source>
        <translation>Please enter your password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The captcha image has not loaded yet. Click it to try again.</source>
        <translation>The captcha image has not loaded yet. Click it to try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please type the characters shown in the image.</source>
        <translation>Please enter the captcha.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Login cancelled.</source>
        <translation>Login cancelled.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saving the login in the keychain…</source>
        <translation>Saving the login in the system&apos;s credential store…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember me</source>
        <translation>Stay logged in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login could not be saved in this computer&apos;s keychain, so you will have to log in again next time.</source>
        <translation>The login could not be saved in the system&apos;s credential store, so you will have to log in again next time.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restoring your last login…</source>
        <translation>Restoring your last login…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The saved login could not be read from this computer&apos;s keychain. Please log in.</source>
        <translation>The saved login could not be read from the system&apos;s credential store. Please log in again.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Your saved login has expired. Please log in again.</source>
        <translation>Your saved login has expired. Please log in again.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Opening this computer&apos;s copy…</source>
        <translation>Opening this computer&apos;s copy…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The unit is registered. Log in with its main account “%1”, then complete the role authentication.</source>
        <translation>The unit is registered. Log in with its unit main account “%1”, then complete the role authentication.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The password has been reset. Log in with the new password.</source>
        <translation>The password has been reset. Log in with the new password.</translation>
    </message>
</context>
<context>
    <name>zc::ui::MainWindow</name>
    <message>
        <location filename="../ui/workspace/MainWindow.ui" line="+62"/>
        <source>User basic settings</source>
        <translation>User basic settings</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Try a&amp;gain now</source>
        <translation>Try a&amp;gain now</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Change password…</source>
        <translation>&amp;Change password…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role authentication…</source>
        <translation>&amp;Role authentication…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Log out</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log out and &amp;delete this computer&apos;s data…</source>
        <translation>Log out and &amp;delete this computer&apos;s data…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log out, and delete this account&apos;s cache and saved login from this computer</source>
        <translation>Log out, and delete this account&apos;s cache and saved login from this computer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh data</source>
        <translation>&amp;Refresh data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch what changed on the server since the last sync</source>
        <translation>Fetch what changed on the server since the last sync</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reload &amp;everything from the server</source>
        <translation>Reload &amp;everything from the server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stop the sync</source>
        <translation>&amp;Stop the sync</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../ui/workspace/MainWindow.cpp" line="+70"/>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About %1</source>
        <translation>&amp;About %1</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>This computer&apos;s copy of the account could not be opened, so nothing can be shown or changed.</source>
        <translation>This computer&apos;s copy of the account could not be opened, so nothing can be shown or changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline: the server cannot be reached, so nothing can be changed now. The client reconnects by itself.</source>
        <translation>Offline: the server cannot be reached, so nothing can be changed now. The client reconnects by itself.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unit user</source>
        <translation>unit user</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>handler</source>
        <translation>handler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello, %1! Login type: %2</source>
        <translation>Hello, %1! Login type: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · %2 · USCC %3</source>
        <translation>%1 · %2 · USCC %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 · %3 · USCC %4</source>
        <translation>%1 · %2 · %3 · USCC %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Offline: showing this computer&apos;s cached data of %1. Nothing can be changed until the server can be reached again; the client reconnects by itself.</source>
        <translation>Offline: showing this computer&apos;s cached data of %1. Nothing can be changed until the server can be reached again; the client reconnects by itself.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline: this computer has no synced data of the account yet. The client reconnects by itself.</source>
        <translation>Offline: this computer has no synced data of the account yet. The client reconnects by itself.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server can be reached again.</source>
        <translation>The server can be reached again.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log out and delete this computer&apos;s data</source>
        <translation>Log out and delete this computer&apos;s data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log out and delete everything this computer keeps of the account %1 on “%2”: the cached roles and accounts and the saved login? Nothing on the server changes; the data is downloaded again at the next login.</source>
        <translation>Log out and delete everything this computer keeps of the account %1 on “%2”: the cached roles and accounts and the saved login? Nothing on the server changes; the data is downloaded again at the next login.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your password has been changed.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Version %2

Account and permission administration for the drug and medical consumables procurement subsystems of provincial medical-insurance platforms.

Built with Qt %3.</source>
        <translation>%1
Version %2

Account and permission administration for the drug and medical consumables procurement subsystems of provincial medical-insurance platforms.

Built with Qt %3.</translation>
    </message>
</context>
<context>
    <name>zc::ui::MatrixReport</name>
    <message>
        <location filename="../ui/matrix/MatrixReport.cpp" line="+75"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>No role matches the filters.</source>
        <translation>No role matches the filters.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No account matches the filters.</source>
        <translation>No account matches the filters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles %1–%2 of %3</source>
        <translation>Roles %1–%2 of %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts %1–%2 of %3</source>
        <translation>Accounts %1–%2 of %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · %2 (columns, part %3 of %4)</source>
        <extracomment>%1: the rows line; %2: the menus of these columns; %3 of %4: which group of columns.</extracomment>
        <translation>%1 · %2 (columns, part %3 of %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>zc::ui::MyAccountPage</name>
    <message>
        <location filename="../ui/account/MyAccountPage.cpp" line="+137"/>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu permissions</source>
        <translation>Menu permissions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login: %1    Name: %2    Phone: %3    Account type: %4</source>
        <translation>Login: %1    Name: %2    Phone: %3    Account type: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unit main account</source>
        <translation>unit main account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>handler</source>
        <translation>handler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not yet through role authentication</source>
        <translation>not yet through role authentication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit: %1    Kind: %2    USCC: %3    Unit code: %4</source>
        <translation>Unit: %1    Kind: %2    USCC: %3    Unit code: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Medical institution: %1    Code: %2    Level: %3    Address: %4</source>
        <translation>Medical institution: %1    Code: %2    Level: %3    Address: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medical institution: number %1 (its name shows once the server was reached)</source>
        <translation>Medical institution: number %1 (its name shows once the server was reached)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>, </source>
        <extracomment>The separator of a list of names in one line (Chinese: 、).</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles: the unit&apos;s main account holds every menu of its unit kind; it is given no role.</source>
        <translation>Roles: the unit main account holds every menu of its unit type; it is given no role.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles: none</source>
        <translation>Roles: none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles: %1</source>
        <translation>Roles: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Roles: %n assigned</source>
        <translation>
            <numerusform>Roles: %n assigned</numerusform>
            <numerusform>Roles: %n assigned</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No role is assigned to this account, so it cannot open any menu. The unit&apos;s main account (%1) assigns roles: ask it to give you one under Account roles › Assign accounts. Your menus appear here as soon as it does.</source>
        <translation>No role is assigned to this account, so it cannot open any menu. The unit main account (%1) assigns roles: ask it to give you one under Account roles › Assign accounts. Your menus appear here as soon as it does.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The roles of this account give no menu of this unit&apos;s kind. The unit&apos;s main account (%1) can change them.</source>
        <translation>The roles of this account give no menu of this unit type. The unit main account (%1) can change them.</translation>
    </message>
</context>
<context>
    <name>zc::ui::NewPasswordFields</name>
    <message>
        <location filename="../ui/account/NewPasswordFields.cpp" line="+73"/>
        <source>✓ The passwords match.</source>
        <translation>✓ The passwords match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Please type the new password again.</source>
        <translation>Please type the new password again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please type the password again.</source>
        <translation>Please type the password again.</translation>
    </message>
</context>
<context>
    <name>zc::ui::OffboardingDialog</name>
    <message>
        <location filename="../ui/handlers/OffboardingDialog.cpp" line="+32"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Offboard handler</source>
        <translation>Offboard handler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>role %1</source>
        <translation>role %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Offboard</source>
        <translation>&amp;Offboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This handler is no longer in the list. Refresh and try again.</source>
        <translation>This handler is no longer in the list. Refresh and try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offboarding needs the server. Connect and try again.</source>
        <translation>Offboarding needs the server. Connect and try again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Offboard %1? This does, in one step:</source>
        <translation>Offboard %1? This does, in one step:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• Disable the account: it can no longer log in.</source>
        <translation>• Disable the account: it can no longer log in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• Remove its roles: it holds none.</source>
        <translation>• Remove its roles: it holds none.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>• Remove its %n role(s): %1.</source>
        <translation>
            <numerusform>• Remove its %n role: %1.</numerusform>
            <numerusform>• Remove its %n roles: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• End its sessions: it is logged out at once.</source>
        <translation>• End its sessions: it is logged out at once.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API tokens it created keep working; review them under Interface management.</source>
        <translation>API tokens it created keep working; review them under Interface management.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Offboarding %1…</source>
        <translation>Offboarding %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+61"/>
        <source>Offboarding record</source>
        <translation>Offboarding record</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Handler: %1</source>
        <translation>Handler: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done by: %1 (%2)</source>
        <translation>Done by: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done at: %1</source>
        <translation>Done at: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was left to do: the account was already disabled, without roles or sessions.</source>
        <translation>Nothing was left to do: the account was already disabled, without roles or sessions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account: disabled</source>
        <translation>Account: disabled</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roles removed: none (it held no role)</source>
        <translation>Roles removed: none (it held no role)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
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
    <message>
        <location line="+10"/>
        <source>Already offboarded</source>
        <translation>Already offboarded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offboarded</source>
        <translation>Offboarded</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>zc::ui::PageNavigation</name>
    <message>
        <location filename="../ui/workspace/PageNavigation.cpp" line="+55"/>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Basic settings</source>
        <translation>Basic settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account roles</source>
        <translation>Account roles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API tokens</source>
        <translation>API tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access review</source>
        <translation>Access review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role authentication</source>
        <translation>Role authentication</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account management</source>
        <translation>Account management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit handlers</source>
        <translation>Unit handlers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permission matrix</source>
        <translation>Permission matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>zc::ui::PagedTable</name>
    <message>
        <location filename="../ui/widgets/PagedTable.cpp" line="+105"/>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location line="+368"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
</context>
<context>
    <name>zc::ui::PagerWidget</name>
    <message>
        <location filename="../ui/widgets/PagerWidget.cpp" line="+42"/>
        <source>Rows per page</source>
        <translation>Rows per page</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <source>%1 / page</source>
        <translation>%1 / page</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Go to</source>
        <translation>Go to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to page</source>
        <translation>Go to page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Refresh data</source>
        <translation>Refresh data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch the latest data from the server now (F5)</source>
        <translation>Fetch the latest data from the server now (F5)</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n item(s) in total</source>
        <translation>
            <numerusform>%n item in total</numerusform>
            <numerusform>%n items in total</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>showing %1–%2</source>
        <translation>showing %1–%2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>zc::ui::PasswordStrength</name>
    <message>
        <location filename="../ui/account/PasswordStrength.cpp" line="+59"/>
        <source>Too weak: a password of spaces only is not allowed.</source>
        <translation>Too weak: a password of spaces only is not allowed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 to 64 characters, with at least three of: lower-case letters, upper-case letters, digits, symbols.</source>
        <translation>8 to 64 characters, with at least three of: lower-case letters, upper-case letters, digits, symbols.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too short: at least 8 characters (%1 so far).</source>
        <translation>Too short: at least 8 characters (%1 so far).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too long: at most 64 characters.</source>
        <translation>Too long: at most 64 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password contains a character that is not allowed (a control character).</source>
        <translation>The password contains a character that is not allowed (a control character).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too weak: use at least three of lower-case letters, upper-case letters, digits and symbols.</source>
        <translation>Too weak: use at least three of lower-case letters, upper-case letters, digits and symbols.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Strength: strong.</source>
        <translation>✓ Strength: strong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Strength: fair. A longer password (12 characters or more) is safer.</source>
        <translation>✓ Strength: fair. A longer password (12 characters or more) is safer.</translation>
    </message>
</context>
<context>
    <name>zc::ui::PermissionMatrixModel</name>
    <message>
        <location filename="../ui/matrix/PermissionMatrixModel.cpp" line="+141"/>
        <source>%1 (main account)</source>
        <translation>%1 (unit main account)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (disabled)</source>
        <translation>%1 (disabled)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (locked)</source>
        <translation>%1 (locked)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Main account: every menu of the unit</source>
        <translation>Unit main account: every menu of the unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No role</source>
        <translation>No role</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>, </source>
        <extracomment>Separator between the items of a list shown in one cell (Chinese: 、).</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 · %2</source>
        <extracomment>A handler in the matrix&apos;s row header: name, then login.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The role “%1” grants %2.</source>
        <translation>The role “%1” grants %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role “%1” does not grant %2.</source>
        <translation>The role “%1” does not grant %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is the unit&apos;s main account: it holds every menu of the unit, %2 included.</source>
        <translation>%1 is the unit main account: it holds every menu of the unit, %2 included.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 holds %2 through %n role(s): %3.</source>
        <translation>
            <numerusform>%1 holds %2 through %n role: %3.</numerusform>
            <numerusform>%1 holds %2 through %n roles: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not hold %2: they hold no role.</source>
        <translation>%1 does not hold %2: they hold no role.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not hold %2: none of their roles (%3) grants it.</source>
        <translation>%1 does not hold %2: none of their roles (%3) grants it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>main account</source>
        <translation>unit main account</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n menu(s) granted</source>
        <translation>
            <numerusform>%n menu granted</numerusform>
            <numerusform>%n menus granted</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles: %1</source>
        <translation>Roles: %1</translation>
    </message>
</context>
<context>
    <name>zc::ui::PermissionMatrixPage</name>
    <message>
        <location filename="../ui/matrix/PermissionMatrixPage.cpp" line="+191"/>
        <location line="+13"/>
        <source>Permission matrix</source>
        <translation>Permission matrix</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Who can do what in this unit: which menus each role grants, and what each account can do through its roles (the main account holds every menu). It is read from this computer&apos;s copy of the unit&apos;s data, so it also works offline.</source>
        <translation>Who can do what in this unit: which menus each role grants, and what each account can do through its roles (the unit main account holds every menu). It is read from this computer&apos;s copy of the unit&apos;s data, so it also works offline.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roles × menus</source>
        <translation>&amp;Roles × menus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand&amp;lers × menus</source>
        <translation>Hand&amp;lers × menus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter rows:</source>
        <translation>&amp;Filter rows:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role name, handler name or login</source>
        <translation>Role name, handler name or login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Menu:</source>
        <translation>&amp;Menu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Only rows with a right</source>
        <translation>&amp;Only rows with a right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out the rows that hold none of the menus shown</source>
        <translation>Leave out the rows that hold none of the menus shown</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>All menus</source>
        <translation>All menus</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose a cell to see whether the role grants that menu.</source>
        <translation>Choose a cell to see whether the role grants that menu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a cell to see where the account&apos;s right comes from: the roles that grant it.</source>
        <translation>Choose a cell to see where the account&apos;s right comes from: the roles that grant it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading this computer&apos;s copy of the unit…</source>
        <translation>Loading this computer&apos;s copy of the unit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the matrix…</source>
        <translation>Building the matrix…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n role(s)</source>
        <translation>
            <numerusform>%1 of %n role</numerusform>
            <numerusform>%1 of %n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n account(s)</source>
        <translation>
            <numerusform>%1 of %n account</numerusform>
            <numerusform>%1 of %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 of %3 menus</source>
        <extracomment>%1: how many rows shown (e.g. &quot;3 of 12 roles&quot;); %2 of %3: menu leaves shown.</extracomment>
        <translation>%1 · %2 of %3 menus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permission matrix — roles</source>
        <translation>Permission matrix — roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission matrix — handlers</source>
        <translation>Permission matrix — handlers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>the matrix is not built yet</source>
        <translation>the matrix is not built yet</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+369"/>
        <source>permission-matrix-roles</source>
        <translation>permission-matrix-roles</translation>
    </message>
    <message>
        <location line="-368"/>
        <location line="+368"/>
        <source>permission-matrix-handlers</source>
        <translation>permission-matrix-handlers</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n role(s) exported to %1.</source>
        <translation>
            <numerusform>%n role exported to %1.</numerusform>
            <numerusform>%n roles exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n account(s) exported to %1.</source>
        <translation>
            <numerusform>%n account exported to %1.</numerusform>
            <numerusform>%n accounts exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::ui::RegistrationWizard</name>
    <message>
        <location filename="../ui/account/RegistrationWizard.ui" line="+6"/>
        <location filename="../ui/account/RegistrationWizard.cpp" line="+44"/>
        <source>Register a unit</source>
        <translation>Legal-person registration</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose how to register</source>
        <translation>Choose how to register</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the unit’s legal person once; the account you create becomes the unit’s main account.</source>
        <translation>Register the unit’s legal person once; the account you create becomes the unit main account.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Legal-person registry (recommended)</source>
        <translation>&amp;Legal-person registry (recommended)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The unit’s name, unified social credit code and legal representative are checked against the comprehensive legal-person registry. Recommended: all you need are the four details from the business licence.</source>
        <translation>The unit’s name, unified social credit code and legal representative are checked against the comprehensive legal-person registry. Recommended: all you need are the four details from the business licence.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Electronic business licence</source>
        <translation>&amp;Electronic business licence</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For units that hold an electronic business licence: enter the details exactly as the licence shows them. They are checked against the same registry.</source>
        <translation>For units that hold an electronic business licence: enter the details exactly as the licence shows them. They are checked against the same registry.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Already registered? Log in with the unit’s main account instead; if its password is lost, use “Forgot password” in the login window.</source>
        <translation>Already registered? Log in with the unit main account instead; if its password is lost, use “Forgot password” in the login window.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Legal person</source>
        <translation>Legal person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the unit’s details exactly as they appear in the legal-person registry and on the business licence.</source>
        <translation>Enter the unit’s details exactly as they appear in the legal-person registry and on the business licence.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unified social credit &amp;code:</source>
        <translation>Unified social credit &amp;code:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>18 digits and capital letters</source>
        <translation>18 digits and capital letters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Unit name:</source>
        <translation>&amp;Unit name:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The registered name of the unit</source>
        <translation>The registered name of the unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Legal &amp;representative:</source>
        <translation>Legal &amp;representative:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name of the legal representative</source>
        <translation>Name of the legal representative</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Legal representative’s &amp;ID number:</source>
        <translation>Legal representative’s resident &amp;ID number:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>18-character resident ID number</source>
        <translation>18-character resident ID number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal representative’s ID number</source>
        <translation>Legal representative’s resident ID number</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Phone verification</source>
        <translation>Phone verification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone becomes the main account’s registered phone: it gets the codes for this registration and for later password resets.</source>
        <translation>The phone becomes the unit main account’s registered phone: it gets the codes for this registration and for later password resets.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Mobile phone:</source>
        <translation>&amp;Mobile phone:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>11-digit mobile phone number</source>
        <translation>11-digit mobile phone number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cap&amp;tcha:</source>
        <translation>Cap&amp;tcha:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Characters in the image</source>
        <translation>Captcha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Captcha</source>
        <translation>Captcha</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Click for a new image</source>
        <translation>Click for a new image</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Captcha image, press for a new one</source>
        <translation>Captcha image, press for a new one</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;SMS code:</source>
        <translation>&amp;SMS code:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>6 digits</source>
        <translation>6 digits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS code</source>
        <translation>SMS code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Get code</source>
        <translation>&amp;Get code</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Account and password</source>
        <translation>Account and password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the main account’s login name and password (please remember them). Pressing “Register” creates the unit and its main account.</source>
        <translation>Choose the unit main account’s login and password (please remember them). Pressing “Register” completes the legal-person registration and creates the unit main account.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. zijin_admin</source>
        <translation>e.g. zijin_admin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login name</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>8 to 64 characters</source>
        <translation>8 to 64 characters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirm password:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The password again</source>
        <translation>The password again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm password</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The unit and its main account have been created.</source>
        <translation>The legal-person registration is complete: the unit main account has been created.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Fill in the &amp;login window with the new account</source>
        <translation>Fill in the &amp;login window with the new account</translation>
    </message>
    <message>
        <location filename="../ui/account/RegistrationWizard.cpp" line="+0"/>
        <source>Register a unit — %1</source>
        <translation>Legal-person registration — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Please choose a login name.</source>
        <translation>Please enter a login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login name has 4 to 32 characters.</source>
        <translation>The login has 4 to 32 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login name must start with a letter: a phone number cannot be a main account&apos;s login.</source>
        <translation>The login must start with a letter (a phone number cannot be a unit main account&apos;s login).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use only the letters a–z, digits and . _ - in the login name.</source>
        <translation>Use only the letters a–z, digits and . _ - in the login.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved as “%1”: login names do not distinguish capital letters.</source>
        <translation>Saved as “%1”: logins do not distinguish capital letters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 to 32 of the letters a–z, digits and . _ -, starting with a letter. The main account logs in with this name; handlers log in with their phone number, so the name cannot be one.</source>
        <translation>4 to 32 of the letters a–z, digits and . _ -, starting with a letter. The unit main account logs in with this login; handlers log in with their phone number, so the login cannot be one.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Stopped waiting for the server. If it registered the unit anyway, registering again says so: then log in with the main account.</source>
        <translation>Stopped waiting for the server. If it registered the unit anyway, registering again says so: then log in with the unit main account.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compare all four details with the business licence: the registry must match each of them exactly.</source>
        <translation>Compare all four details with the business licence: the registry must match each of them exactly.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This login name is already taken. Please choose another one.</source>
        <translation>This login is already taken. Please choose another one.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Registering the unit…</source>
        <translation>Registering the unit…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is registered (unified social credit code %2). Its main account is “%3”, with the registered phone %4.</source>
        <translation>%1 is registered (unified social credit code %2). Its unit main account is “%3”, with the registered phone %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;What happens next&lt;/b&gt;&lt;/p&gt;&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Log in with the main account &lt;b&gt;%1&lt;/b&gt; and your password.&lt;/li&gt;&lt;li&gt;Complete the &lt;b&gt;role authentication&lt;/b&gt;: choose whether the unit is a medical institution, a manufacturer or a distributor, and verify its unit code from the medical-insurance agency system.&lt;/li&gt;&lt;li&gt;Add handler accounts for the staff who do the daily work, and give them roles.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;What happens next&lt;/b&gt;&lt;/p&gt;&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Log in with the unit main account &lt;b&gt;%1&lt;/b&gt; and your password.&lt;/li&gt;&lt;li&gt;Complete the &lt;b&gt;role authentication&lt;/b&gt;: choose whether the unit is a medical institution, a manufacturer or a distributor, and verify its unit code from the medical-insurance agency system.&lt;/li&gt;&lt;li&gt;Add handler accounts for the people who do the daily work, and give them roles.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>zc::ui::ReportFrame</name>
    <message>
        <location filename="../ui/widgets/ReportFrame.cpp" line="+78"/>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed %1 by %2</source>
        <translation>Printed %1 by %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>zc::ui::ReportOutput</name>
    <message>
        <location filename="../ui/widgets/ReportOutput.cpp" line="+48"/>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;int…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file cannot be written</source>
        <translation>the file cannot be written</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file “%1” could not be written: %2.</source>
        <translation>The file “%1” could not be written: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report was saved to %1.</source>
        <translation>The report was saved to %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print preview — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report was sent to the printer.</source>
        <translation>The report was sent to the printer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report could not be printed on %1.</source>
        <translation>The report could not be printed on %1.</translation>
    </message>
</context>
<context>
    <name>zc::ui::ReviewFindingModel</name>
    <message>
        <location filename="../ui/review/ReviewFindingModel.cpp" line="+69"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account, role or token</source>
        <translation>Account, role or token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested action</source>
        <translation>Suggested action</translation>
    </message>
</context>
<context>
    <name>zc::ui::ReviewFindings</name>
    <message>
        <location filename="../ui/review/ReviewFindings.cpp" line="+31"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+117"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Never logged in</source>
        <translation>Never logged in</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Not logged in for %n day(s)</source>
        <translation>
            <numerusform>Not logged in for %n day</numerusform>
            <numerusform>Not logged in for %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled but holding roles</source>
        <translation>Disabled but holding roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holding administration rights</source>
        <translation>Holding administration rights</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles without accounts</source>
        <translation>Roles without accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles without permissions</source>
        <translation>Roles without permissions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API tokens expiring soon</source>
        <translation>API tokens expiring soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API tokens not in use</source>
        <translation>API tokens not in use</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>role %1</source>
        <translation>role %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Added %1; has never logged in.</source>
        <translation>Added %1; has never logged in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offboard it if the person does not need the account.</source>
        <translation>Offboard it if the person does not need the account.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last logged in %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>Last logged in %1 (%n day ago).</numerusform>
            <numerusform>Last logged in %1 (%n days ago).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offboard it if the person has left or changed jobs.</source>
        <translation>Offboard it if the person has left or changed jobs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disabled, still holding %1.</source>
        <translation>Disabled, still holding %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove its roles (offboarding removes them all).</source>
        <translation>Remove its roles (offboarding removes them all).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 through %2.</source>
        <extracomment>%1: menus such as 账号角色管理, 经办人管理; %2: the roles that give them.</extracomment>
        <translation>%1 through %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the person should administer the unit; otherwise remove the role.</source>
        <translation>Make sure the person should administer the unit; otherwise remove the role.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No account holds it (created %1).</source>
        <translation>No account holds it (created %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign it to accounts, or delete it if it is not needed.</source>
        <translation>Assign it to accounts, or delete it if it is not needed.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Grants no menu, yet %n account(s) hold it.</source>
        <translation>
            <numerusform>Grants no menu, yet %n account hold it.</numerusform>
            <numerusform>Grants no menu, yet %n accounts hold it.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants no menu.</source>
        <translation>Grants no menu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete it, or give it the menus it was meant for.</source>
        <translation>Delete it, or give it the menus it was meant for.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Expires %1 (made by %2).</source>
        <translation>Expires %1 (made by %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new token for its script and delete this one, or let it expire.</source>
        <translation>Make a new token for its script and delete this one, or let it expire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never used since it was made on %1 by %2.</source>
        <translation>Never used since it was made on %1 by %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Delete it if no script needs it.</source>
        <translation>Delete it if no script needs it.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Last used %1 (made by %2).</source>
        <translation>Last used %1 (made by %2).</translation>
    </message>
</context>
<context>
    <name>zc::ui::RoleAuthenticationDialog</name>
    <message>
        <location filename="../ui/account/RoleAuthenticationDialog.ui" line="+6"/>
        <location line="+41"/>
        <source>Role authentication</source>
        <translation>Role authentication</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tell the platform what kind of unit yours is and verify its unit code against the medical-insurance unit registry. The unit’s main account does this once, after registration.</source>
        <translation>Choose the unit type and verify the unit code held by the medical-insurance agency system. The unit main account does this once, after the legal-person registration.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unit kind:</source>
        <translation>Unit type:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Medical institution</source>
        <translation>&amp;Medical institution</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Man&amp;ufacturer</source>
        <translation>Man&amp;ufacturer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Distributor</source>
        <translation>&amp;Distributor</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unit &amp;code:</source>
        <translation>Unit &amp;code:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The unit code in the medical-insurance system</source>
        <translation>The unit code in the medical-insurance system</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit code</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&amp;Authenticate</source>
        <translation>&amp;Authenticate</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/account/RoleAuthenticationDialog.cpp" line="+29"/>
        <source>The unit code is the unit&apos;s number in the medical-insurance agency system. Medical institutions find it in the Jiangsu Medical Insurance Cloud app under Insurance information › Personal insurance information.</source>
        <translation>The unit code is the unit&apos;s number in the medical-insurance agency system. Medical institutions find it in the Jiangsu Medical Insurance Cloud app under Insurance information › Personal insurance information.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This unit is already authenticated. Authenticate it again only if its kind or its unit code has changed.</source>
        <translation>This unit has completed role authentication. Do it again only if its unit type or its unit code has changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the unit&apos;s main account can do the role authentication. Log in with the main account created at registration.</source>
        <translation>Only the unit main account can do the role authentication. Log in with the unit main account created at the legal-person registration.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+49"/>
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
        <location line="+3"/>
        <source>not authenticated</source>
        <translation>role authentication not completed</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>authenticated as a %1, unit code %2</source>
        <translation>completed (%1, unit code %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not authenticated yet</source>
        <translation>not completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Unified social credit code: %2&lt;br&gt;Role authentication: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Unified social credit code: %2&lt;br&gt;Role authentication: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please choose what kind of unit yours is.</source>
        <translation>Please choose the unit type.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please enter the unit code.</source>
        <translation>Please enter the unit code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit code has at most 32 characters.</source>
        <translation>The unit code has at most 32 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit code has capital letters and digits only.</source>
        <translation>The unit code has capital letters and digits only.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Check the code, and that the unit kind chosen above is the right one.</source>
        <translation>Check the unit code, and that the unit type chosen above is the right one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another unit has already been authenticated with this unit code.</source>
        <translation>Another unit has already used this unit code for role authentication. Check the unit code.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Authenticated: %1 is a %2 with the unit code %3.</source>
        <translation>Role authentication completed: %1 is a %2 with the unit code %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the unit code with the registry…</source>
        <translation>Checking the unit code with the registry…</translation>
    </message>
</context>
<context>
    <name>zc::ui::RoleAuthenticationPage</name>
    <message>
        <location filename="../ui/account/RoleAuthenticationPage.cpp" line="+81"/>
        <source>Role authentication</source>
        <translation>Role authentication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role authentication tells the platform what kind of unit this is — medical institution, manufacturer or distributor — by the unit code the medical-insurance unit registry holds for it. The menus a unit&apos;s roles can give depend on its kind.</source>
        <translation>Role authentication tells the platform the unit type — medical institution, manufacturer or distributor — by the unit code the medical-insurance agency system holds for the unit. The menus a unit&apos;s roles can give depend on its unit type.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No unit is chosen for this session.</source>
        <translation>No unit is chosen for this session.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has completed role authentication: %2, unit code %3.</source>
        <translation>%1 has completed role authentication: %2, unit code %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has not completed role authentication yet. Until it does, its roles can give only the basic settings menus.</source>
        <translation>%1 has not completed role authentication yet. Until it does, its roles can give only the basic settings menus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Authenticate agai&amp;n…</source>
        <translation>Authenticate agai&amp;n…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start role authentication…</source>
        <translation>&amp;Start role authentication…</translation>
    </message>
</context>
<context>
    <name>zc::ui::RoleCompareDialog</name>
    <message>
        <location filename="../ui/roles/RoleCompareDialog.cpp" line="+32"/>
        <source>Compare roles</source>
        <translation>Compare roles</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>First role</source>
        <translation>First role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second role</source>
        <translation>Second role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First role:</source>
        <translation>&amp;First role:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Second role:</source>
        <translation>&amp;Second role:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;differences only</source>
        <translation>Show &amp;differences only</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Menu permissions of the two roles</source>
        <translation>Menu permissions of the two roles</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>(none: the role was added)</source>
        <translation>(none: the role was added)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none: the role was deleted)</source>
        <translation>(none: the role was deleted)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (before)</source>
        <translation>%1 (before)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (after)</source>
        <translation>%1 (after)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role change — “%1”, %2</source>
        <translation>Role change — “%1”, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 “%2” — %3, by %4</source>
        <translation>%1 “%2” — %3, by %4</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Menu permission</source>
        <translation>Menu permission</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose two roles.</source>
        <translation>Choose two roles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same role is chosen twice.</source>
        <translation>The same role is chosen twice.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The menu permissions did not change (%n held).</source>
        <translation>
            <numerusform>The menu permissions did not change (%n held).</numerusform>
            <numerusform>The menu permissions did not change (%n held).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1, removed %2, kept %3.</source>
        <translation>Added %1, removed %2, kept %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>“%1” and “%2” hold the same %n menu permission(s).</source>
        <translation>
            <numerusform>“%1” and “%2” hold the same %n menu permission.</numerusform>
            <numerusform>“%1” and “%2” hold the same %n menu permissions.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both hold %1; only “%2” holds %3; only “%4” holds %5.</source>
        <translation>Both hold %1; only “%2” holds %3; only “%4” holds %5.</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>%n menu permission(s)</source>
        <translation>
            <numerusform>%n menu permission</numerusform>
            <numerusform>%n menu permissions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::ui::RoleEditorDialog</name>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.ui" line="+47"/>
        <source>Role &amp;name:</source>
        <translation>Role &amp;name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 to 30 characters, unique in your unit</source>
        <translation>1 to 30 characters, unique in your unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role name</source>
        <translation>Role name</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Remark:</source>
        <translation>&amp;Remark:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What the role is for (at most 200 characters)</source>
        <translation>What the role is for (at most 200 characters)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Menu permissions</source>
        <translation>&amp;Menu permissions</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter menus by name</source>
        <translation>Filter menus by name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter menu permissions</source>
        <translation>Filter menu permissions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xpand all</source>
        <translation>E&amp;xpand all</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Co&amp;llapse all</source>
        <translation>Co&amp;llapse all</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Menu permissions</source>
        <translation>Menu permissions</translation>
    </message>
    <message>
        <location line="+74"/>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="+36"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="+178"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="-180"/>
        <location line="+182"/>
        <source>Edit role “%1”</source>
        <translation>Edit role “%1”</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Add role</source>
        <translation>Add role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add role</source>
        <translation>&amp;Add role</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Greyed menus: your own account does not hold them, so you cannot change them.</source>
        <translation>Greyed menus: your own account does not hold them, so you cannot change them.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Please enter the role name.</source>
        <translation>Please enter the role name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The role name can have at most %1 characters (now %2).</source>
        <translation>The role name can have at most %1 characters (now %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The role name is not valid.</source>
        <translation>The role name is not valid.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The remark can have at most %1 characters.</source>
        <translation>The remark can have at most %1 characters.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n menu permission(s) chosen</source>
        <translation>
            <numerusform>%n menu permission chosen</numerusform>
            <numerusform>%n menu permissions chosen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role “%1”</source>
        <translation>Role “%1”</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saving the role…</source>
        <translation>Saving the role…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adding the role…</source>
        <translation>Adding the role…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Someone else deleted this role while you were editing it. Cancel to close the form, or copy what you typed into a new role.</source>
        <translation>Someone else deleted this role while you were editing it. Press “Cancel” to close the window, or copy what you entered and add the role again.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Someone else changed this role. Loading the server&apos;s version…</source>
        <translation>Someone else changed this role. Loading the server&apos;s version…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server&apos;s version is loaded and your changes are applied on top of it. Check the form and save again.</source>
        <translation>The server&apos;s version is loaded and your changes are kept on top of it. Check them and save again.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The form shows the server&apos;s version now.</source>
        <translation>The window shows the server&apos;s version now.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your changes are still here, but saving them needs the server&apos;s version first: save again to compare.</source>
        <translation>Your changes are still here, but saving them needs the server&apos;s version first: save again to compare.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close the form and lose the changes you made?</source>
        <translation>Close the window and lose the changes you made?</translation>
    </message>
</context>
<context>
    <name>zc::ui::RolesPage</name>
    <message>
        <location filename="../ui/roles/RolesPage.ui" line="+24"/>
        <source>Account roles</source>
        <translation>Account roles</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A role is a set of menu permissions. Add the roles your unit needs, choose their menus, and assign them to handler accounts; a handler without any role cannot open any menu.</source>
        <translation>A role is a set of menu permissions. Add the roles your unit needs, choose their menus, and assign them to handler accounts; a handler without any role cannot open any menu.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Role &amp;name:</source>
        <translation>Role &amp;name:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a role name</source>
        <translation>Enter a role name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role name filter</source>
        <translation>Role name filter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R&amp;eset</source>
        <translation>R&amp;eset</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add &amp;role</source>
        <translation>Add &amp;role</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Co&amp;mpare roles…</source>
        <translation>Co&amp;mpare roles…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show two roles’ menu permissions side by side, the differences marked</source>
        <translation>Show two roles’ menu permissions side by side, the differences marked</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save all roles that match the filter as a CSV file</source>
        <translation>Save all roles that match the filter as a CSV file</translation>
    </message>
    <message>
        <location filename="../ui/roles/RolesPage.cpp" line="+54"/>
        <source>No roles yet. Press “Add role” to create the first one.</source>
        <translation>No roles yet. Press “Add role” to create the first one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign accounts</source>
        <translation>Assign accounts</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+162"/>
        <source>Delete role</source>
        <translation>Delete role</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Loading the roles from this computer&apos;s cache…</source>
        <translation>Loading the roles from this computer&apos;s cache…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not connected to a server.</source>
        <translation>Not connected to a server.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Create a new role (添加角色)</source>
        <translation>Add role</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n role(s) exported to %1.</source>
        <translation>
            <numerusform>%n role exported to %1.</numerusform>
            <numerusform>%n roles exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source> (copy)</source>
        <translation> (copy)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (copy %1)</source>
        <translation> (copy %1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Copy role “%1”</source>
        <translation>Copy role “%1”</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The role “%1” was added.</source>
        <translation>The role “%1” was added.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role “%1” was saved.</source>
        <translation>The role “%1” was saved.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Delete the role “%1”? %n account(s) will lose it, and with it the menus it gives them.</source>
        <translation>
            <numerusform>Delete the role “%1”? %n account will lose it, and with it the menus it gives it.</numerusform>
            <numerusform>Delete the role “%1”? %n accounts will lose it, and with it the menus it gives them.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the role “%1”? No account holds it.</source>
        <translation>Delete the role “%1”? No account holds it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role “%1” was deleted.</source>
        <translation>The role “%1” was deleted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The role “%1” was changed by someone else in the meantime; it was not deleted. Look at it again, then delete it if you still want to.</source>
        <translation>The role “%1” was changed by someone else in the meantime; it was not deleted. Look at it again, then delete it if you still want to.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Deleting the role “%1”…</source>
        <translation>Deleting the role “%1”…</translation>
    </message>
</context>
<context>
    <name>zc::ui::ServerProfilesDialog</name>
    <message>
        <location filename="../ui/login/ServerProfilesDialog.ui" line="+6"/>
        <source>Manage servers</source>
        <translation>Manage servers</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Each server is a deployment of the procurement platform. Your IT department can give you a server profile file to import, or the address and the CA certificate to add here.</source>
        <translation>Each server is one region’s procurement platform. Your unit’s IT staff (system administrator) can give you a server profile file to import, or the address and the certificate file to add here.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Servers:</source>
        <translation>Servers:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import profile file…</source>
        <translation>Import profile file…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a server</source>
        <translation>Add a server</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Jiangsu</source>
        <translation>e.g. Jiangsu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;CA certificate:</source>
        <translation>&amp;Certificate file:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The system&apos;s certificate authorities</source>
        <translation>The system&apos;s certificate authorities</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A deployment signed by its own certificate authority needs that CA certificate (a PEM file from your IT department).</source>
        <translation>If the region’s platform uses its own certificate, choose the certificate file your unit’s IT staff (system administrator) gives you.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/login/ServerProfilesDialog.cpp" line="+93"/>
        <source>CA: the system&apos;s certificate authorities</source>
        <translation>CA: the system&apos;s certificate authorities</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CA: %1</source>
        <translation>CA: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the CA certificate</source>
        <translation>Choose the certificate file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a server profile</source>
        <translation>Import a server profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server profiles (*.json);;All files (*)</source>
        <translation>Server profiles (*.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file “%1” cannot be read.</source>
        <translation>The file “%1” cannot be read.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a certificate file. Ask your IT department for the server&apos;s CA certificate (PEM).</source>
        <translation>“%1” is not a certificate file. Ask your unit’s IT staff (system administrator) for the server&apos;s certificate file.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Please enter a name for the server.</source>
        <translation>Please enter a name for the server.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is already a server named “%1”. Choose another name, or remove that one first.</source>
        <translation>There is already a server named “%1”. Choose another name, or remove that one first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+112"/>
        <source>Please enter the server&apos;s address, for example https://zc.example.cn:8443.</source>
        <translation>Please enter the server&apos;s address, for example https://zc.example.cn:8443.</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>This server is already in the list as “%1”.</source>
        <translation>This server is already in the list as “%1”.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The profile file “%1” cannot be used: %2</source>
        <translation>The profile file “%1” cannot be used: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace server</source>
        <translation>Replace server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a server named “%1”. Replace its address and certificate with the imported ones?</source>
        <translation>There is already a server named “%1”. Replace its address and certificate with the imported ones?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove server</source>
        <translation>Remove server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the server “%1”? A login remembered for it is forgotten too.</source>
        <translation>Remove the server “%1”? A login remembered for it is forgotten too.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The address must start with https:// (the connection is always encrypted).</source>
        <translation>The address must start with https:// (the connection is always encrypted).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address has no server name, for example https://zc.example.cn:8443.</source>
        <translation>The address has no server name, for example https://zc.example.cn:8443.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a server profile (a JSON file with a name, an address and optionally a CA certificate).</source>
        <translation>The file is not a server profile (a JSON file with a name, an address and optionally a certificate). Ask your unit’s IT staff (system administrator) for it.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The address is not a valid web address, for example https://zc.example.cn:8443.</source>
        <translation>The address is not a valid web address, for example https://zc.example.cn:8443.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA certificate is not a valid PEM certificate.</source>
        <translation>The certificate file is not valid. Ask your unit’s IT staff (system administrator) for the right one.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The server needs a name.</source>
        <translation>The server needs a name.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file is too large to be a server profile or a CA certificate.</source>
        <translation>The file is too large to be a server profile or a certificate file. Please choose another one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile is not valid (%1).</source>
        <translation>The profile is not valid (%1).</translation>
    </message>
</context>
<context>
    <name>zc::ui::SessionFlow</name>
    <message>
        <location filename="../ui/SessionFlow.cpp" line="+226"/>
        <source>The language was changed.</source>
        <translation>The language was changed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Local data</source>
        <translation>Local data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s copy of the account was written by a newer version of the client. It was set aside as %1 and is being fetched again from the server.</source>
        <translation>This computer&apos;s copy of the account was written by a newer version of the client. It was set aside as %1 and is being fetched again from the server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s copy of the account was damaged. It was set aside as %1 and is being fetched again from the server.</source>
        <translation>This computer&apos;s copy of the account was damaged. It was set aside as %1 and is being fetched again from the server.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server cannot be reached, and this computer&apos;s copy of the account is damaged, so nothing can be shown. It is fetched again when you log in with the server reachable.</source>
        <translation>The server cannot be reached, and this computer&apos;s copy of the account is damaged, so nothing can be shown. It is fetched again when you log in with the server reachable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached, and this computer&apos;s copy of the account was written by a newer version of the client, so this version cannot show it. Log in with the server reachable to fetch the data again.</source>
        <translation>The server cannot be reached, and this computer&apos;s copy of the account was written by a newer version of the client, so this version cannot show it. Log in with the server reachable to fetch the data again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached, and this computer&apos;s copy of the account could not be opened.</source>
        <translation>The server cannot be reached, and this computer&apos;s copy of the account could not be opened.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>You have logged out and this computer&apos;s data of the account was deleted.</source>
        <translation>You have logged out and this computer&apos;s data of the account was deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have logged out, but some of this computer&apos;s data of the account could not be deleted: %1</source>
        <translation>You have logged out, but some of this computer&apos;s data of the account could not be deleted: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>You have logged out.</source>
        <translation>You have logged out.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Your session has expired or was ended. Please log in again.</source>
        <translation>Your login has expired. Please log in again.</translation>
    </message>
</context>
<context>
    <name>zc::ui::SettingsPage</name>
    <message>
        <location filename="../ui/settings/SettingsPage.ui" line="+32"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A new language takes effect when the program starts again.</source>
        <translation>A new language takes effect when the program starts again.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use the s&amp;ystem&apos;s proxy settings</source>
        <translation>Use the s&amp;ystem&apos;s proxy settings</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;No proxy (connect directly)</source>
        <translation>&amp;No proxy (connect directly)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>&amp;Manual HTTP proxy:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>H&amp;ost:</source>
        <translation>H&amp;ost:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only if the proxy asks for one</source>
        <translation>Only if the proxy asks for one</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kept in this computer&apos;s keychain</source>
        <translation>Kept in the system&apos;s credential store</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Transfer timeout:</source>
        <translation>&amp;Transfer timeout:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A request that receives nothing for this long fails with a timeout.</source>
        <translation>A request that receives nothing for this long fails with a timeout.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="+30"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Please enter the proxy&apos;s host name, for example proxy.example.cn (without http://).</source>
        <translation>Please enter the proxy&apos;s host name, for example proxy.example.cn (without http://).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please enter the proxy&apos;s port (1 to 65535).</source>
        <translation>Please enter the proxy&apos;s port (1 to 65535).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings saved, but the proxy password could not be stored in this computer&apos;s keychain.</source>
        <translation>Settings saved, but the proxy password could not be stored in the system&apos;s credential store: enter it again after the next start.</translation>
    </message>
</context>
<context>
    <name>zc::ui::SmsVerification</name>
    <message>
        <location filename="../ui/account/SmsVerification.cpp" line="+42"/>
        <source>Click for a new image</source>
        <translation>Click for a new image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captcha image: click for a new one</source>
        <translation>Captcha image: click for a new one</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Please enter the mobile phone number.</source>
        <translation>Please enter the mobile phone number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mobile phone number has 11 digits and starts with 13 to 19.</source>
        <translation>A mobile phone number has 11 digits and starts with 13 to 19.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please enter the 6-digit code sent to the phone.</source>
        <translation>Please enter the 6-digit code sent to the phone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SMS code has 6 digits.</source>
        <translation>The SMS code has 6 digits.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Resend in %1 s</source>
        <translation>Resend in %1 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Get code</source>
        <translation>&amp;Get code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One code per phone and minute: wait until the countdown ends.</source>
        <translation>One code per phone and minute: wait until the countdown ends.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a 6-digit code to this phone (type the captcha first).</source>
        <translation>Send a 6-digit code to this phone (type the captcha first).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The captcha image has not loaded yet. Click it to try again.</source>
        <translation>The captcha image has not loaded yet. Click it to try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the characters of the image first: they protect the SMS from abuse.</source>
        <translation>Enter the captcha first: it protects the SMS from abuse.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sending the SMS code…</source>
        <translation>Sending the SMS code…</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>A code was sent to %1. It is valid for %n minute(s).</source>
        <translation>
            <numerusform>A code was sent to %1. It is valid for %n minute.</numerusform>
            <numerusform>A code was sent to %1. It is valid for %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::ui::Startup</name>
    <message>
        <location filename="../ui/Startup.cpp" line="+133"/>
        <source>Desktop administration of units, handler accounts and roles on provincial medical-insurance procurement platforms.</source>
        <translation>Desktop administration of units, handler accounts and roles on provincial medical-insurance procurement platforms.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language for this run: zh_CN or en.</source>
        <translation>Interface language for this run: zh_CN or en.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add (or update) the server profile in &lt;file&gt; and select it. Also read from ZC_PROFILE_FILE.</source>
        <translation>Add (or update) the server profile in &lt;file&gt; and select it. Also read from ZC_PROFILE_FILE.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The server profile “%1” cannot be used: %2</source>
        <translation>The server profile “%1” cannot be used: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Procurement Account Administration</source>
        <translation>Procurement Account Administration</translation>
    </message>
</context>
<context>
    <name>zc::ui::TableExport</name>
    <message>
        <location filename="../ui/widgets/TableExport.cpp" line="+85"/>
        <source>this computer does not allow writing there; choose another folder</source>
        <translation>this computer does not allow writing there; choose another folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>writing failed; check that the disk has free space and try again</source>
        <translation>writing failed; check that the disk has free space and try again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot be created there; check that the folder exists, or choose another one</source>
        <translation>the file cannot be created there; check that the folder exists, or choose another one</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+7"/>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file “%1” could not be written: %2</source>
        <translation>The file “%1” could not be written: %2</translation>
    </message>
</context>
<context>
    <name>zc::ui::TlsProblemDialog</name>
    <message>
        <location filename="../ui/login/TlsProblemDialog.ui" line="+6"/>
        <source>Certificate refused</source>
        <translation>Certificate refused</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The server presented a certificate that this computer does not trust. To protect your password, nothing was sent to it.</source>
        <translation>The server presented a certificate that this computer does not trust. To protect your password, nothing was sent to it.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Certificate presented by the server</source>
        <translation>Certificate presented by the server</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Issued to:</source>
        <translation>Issued to:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Valid for:</source>
        <translation>Valid for:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Validity:</source>
        <translation>Validity:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Compare the fingerprint with the one your IT department gives you. There is no way to connect while the certificate is refused.</source>
        <translation>Compare the fingerprint with the one your unit’s IT staff (system administrator) gives you. There is no way to connect while the certificate is refused.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy fingerprint</source>
        <translation>Copy fingerprint</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Manage servers…</source>
        <translation>Manage servers…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/login/TlsProblemDialog.cpp" line="+25"/>
        <source>No secure connection to “%1”</source>
        <translation>No secure connection to “%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The certificate authority is not trusted: ask your IT department for this server&apos;s CA certificate and add it under “Manage servers”.</source>
        <translation>The certificate authority is not trusted: ask your unit’s IT staff (system administrator) for this server&apos;s certificate file and add it under “Manage servers”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate was issued for %1, not for the address you connect to (%2): check the server address in the server profile.</source>
        <translation>The certificate was issued for %1, not for the address you connect to (%2): check the server address in the server profile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate expired on %1: ask the server&apos;s administrator to renew it, and check that this computer&apos;s date is right.</source>
        <translation>The certificate expired on %1: ask your unit’s IT staff (system administrator) to have it renewed, and check that this computer&apos;s date is right.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate is valid only from %1: check this computer&apos;s date and time.</source>
        <translation>The certificate is valid only from %1: check this computer&apos;s date and time.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate has been revoked: do not use this server until its administrator replaces the certificate.</source>
        <translation>The certificate has been revoked: do not use this server until the certificate is replaced, and contact your unit’s IT staff (system administrator).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate could not be verified (%1): contact your IT department.</source>
        <translation>The certificate could not be verified (%1): contact your unit’s IT staff (system administrator).</translation>
    </message>
</context>
<context>
    <name>zc::ui::UnitChoiceDialog</name>
    <message>
        <location filename="../ui/login/UnitChoiceDialog.ui" line="+6"/>
        <source>Choose the unit</source>
        <translation>Choose the unit</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose the unit to log in for</source>
        <translation>Choose the unit to log in for</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your mobile phone number is a handler account of several units. Choose the unit you work for in this session; you will be asked again at your next login.</source>
        <translation>Your mobile phone number is a handler account of several units. Choose the unit you work for in this session; you will be asked again at your next login.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to login</source>
        <translation>Back to login</translation>
    </message>
    <message>
        <location filename="../ui/login/UnitChoiceDialog.cpp" line="+20"/>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit kind</source>
        <translation>Unit type</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Medical institution</source>
        <translation>Medical institution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufacturer</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not authenticated yet</source>
        <translation>Role authentication not completed</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Logging in to “%1”…</source>
        <translation>Logging in to “%1”…</translation>
    </message>
</context>
<context>
    <name>zc::ui::VersionConflictDialog</name>
    <message>
        <location filename="../ui/roles/VersionConflictDialog.ui" line="+6"/>
        <location filename="../ui/roles/VersionConflictDialog.cpp" line="+40"/>
        <source>Changed on the server</source>
        <translation>Changed on the server</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Someone else changed this role</source>
        <translation>Someone else changed this role</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reload and &amp;reapply my changes</source>
        <translation>&amp;Reload and keep my changes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Discard my changes</source>
        <translation>&amp;Discard my changes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <location filename="../ui/roles/VersionConflictDialog.cpp" line="-6"/>
        <source>a moment ago</source>
        <translation>a moment ago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While you were editing, the role “%1” was changed on the server (%2). Nothing you typed is lost: compare the changes and choose how to go on.</source>
        <translation>While you were editing, the role “%1” was changed on the server (%2). Nothing you typed is lost: compare the changes and choose how to go on.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your changes</source>
        <translation>Your changes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(unchanged)</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Role name</source>
        <translation>Role name</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1
→ %2</source>
        <extracomment>A value before and after a change, on two lines.</extracomment>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menu permissions</source>
        <translation>Menu permissions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assigned accounts</source>
        <translation>Assigned accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not editable here)</source>
        <translation>(not editable here)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You and someone else both changed: %1. If you re-apply your changes, yours are kept there.</source>
        <translation>You and someone else both changed: %1. With “Reload and keep my changes”, yours are kept there.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <location line="+2"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-46"/>
        <source>“Reload and re-apply” puts your changes on top of the server&apos;s version; check the form and save again. “Discard” shows the server&apos;s version instead.</source>
        <translation>“Reload and keep my changes” puts your changes on top of the server&apos;s version; check them and save again. “Discard” shows the server&apos;s version instead.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>added: %1</source>
        <translation>added: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed: %1</source>
        <translation>removed: %1</translation>
    </message>
</context>
<context>
    <name>zc::ui::WorkspaceStatusBar</name>
    <message>
        <location filename="../ui/workspace/WorkspaceStatusBar.cpp" line="+30"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the running sync; what was already received stays</source>
        <translation>Stop the running sync; what was already received stays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the sync</source>
        <translation>Stop the sync</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Server: %1 (%2)</source>
        <translation>Server: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account: %1 (%2)</source>
        <translation>Account: %1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered the last request.</source>
        <translation>The server answered the last request.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not be reached at the last request.</source>
        <translation>The server could not be reached at the last request.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached since %1. The client tries again by itself.</source>
        <translation>The server cannot be reached since %1. The client tries again by itself.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Syncing… %n item(s) received</source>
        <translation>
            <numerusform>Syncing… %n item received</numerusform>
            <numerusform>Syncing… %n items received</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced: %1</source>
        <translation>Last synced: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last synced: not synced yet</source>
        <translation>Last synced: not synced yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fetching the latest data from the server…</source>
        <translation>Fetching the latest data from the server…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This computer&apos;s cache could not be written: %1</source>
        <translation>This computer&apos;s cache could not be written: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync failed: %1</source>
        <translation>The sync failed: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync was stopped. It goes on from there next time.</source>
        <translation>The sync was stopped. It goes on from there next time.</translation>
    </message>
</context>
</TS>
