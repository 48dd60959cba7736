<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>zc::ui::ChangePasswordDialog</name>
        <message>
            <location filename="../ui/ChangePasswordDialog.ui" line="+6" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ChangePasswordDialog.h" line="+193" />
            <source>Change password</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location line="+44" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ChangePasswordDialog.h" line="+1" />
            <source>Change your password</source>
            <translation>Change your password</translation>
        </message>
        <message>
            <location line="+32" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ChangePasswordDialog.h" line="+1" />
            <source>C&amp;urrent password:</source>
            <translation>C&amp;urrent password:</translation>
        </message>
        <message>
            <location line="+20" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ChangePasswordDialog.h" line="+1" />
            <source>&amp;New password:</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <location line="+27" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ChangePasswordDialog.h" line="+1" />
            <source>&amp;Repeat new password:</source>
            <translation>&amp;Repeat new password:</translation>
        </message>
        <message>
            <location line="+50" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ChangePasswordDialog.h" line="+1" />
            <source>&amp;Change password</source>
            <translation>&amp;Change password</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ChangePasswordDialog.h" line="+1" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../ui/ChangePasswordDialog.cpp" line="+29" />
            <source>You logged in with an initial password. Choose your own password before you continue; your other sessions are ended.</source>
            <translation>You logged in with an initial password. Choose your own password before you continue; your other sessions are ended.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back to login</source>
            <translation>Back to login</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your other sessions are ended when the password changes.</source>
            <translation>Your other sessions are ended when the password changes.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>✓ Strong enough.</source>
            <translation>✓ Strong enough.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>8 to 64 characters, with at least three of: lower-case letters, upper-case letters, digits, symbols.</source>
            <translation>8 to 64 characters, with at least three of: lower-case letters, upper-case letters, digits, symbols.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Too short: at least 8 characters (%1 so far).</source>
            <translation>Too short: at least 8 characters (%1 so far).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Too long: at most 64 characters.</source>
            <translation>Too long: at most 64 characters.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Too weak: use at least three of lower-case letters, upper-case letters, digits and symbols.</source>
            <translation>Too weak: use at least three of lower-case letters, upper-case letters, digits and symbols.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>✓ The passwords match.</source>
            <translation>✓ The passwords match.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The two new passwords differ.</source>
            <translation>The two new passwords differ.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The new password must differ from the current one.</source>
            <translation>The new password must differ from the current one.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Changing the password…</source>
            <translation>Changing the password…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Password changed. Loading your account…</source>
            <translation>Password changed. Loading your account…</translation>
        </message>
    </context>
    <context>
        <name>zc::ui::ErrorText</name>
        <message>
            <location filename="../ui/ErrorText.cpp" line="+23" />
            <source>The server cannot be reached. Check the network connection and the server address, or try again later.</source>
            <translation>The server cannot be reached. Check the network connection and the server address, or try again later.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The server did not answer in time. Check the network connection and try again.</source>
            <translation>The server did not answer in time. Check the network connection and try again.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No secure connection could be made: the server's certificate was refused.</source>
            <translation>No secure connection could be made: the server's certificate was refused.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The request was cancelled.</source>
            <translation>The request was cancelled.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The server's answer could not be understood. The server may run a different version of the system.</source>
            <translation>The server's answer could not be understood. The server may run a different version of the system.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The proxy server asks for a user name and password. Check the proxy settings.</source>
            <translation>The proxy server asks for a user name and password. Check the proxy settings.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server could not read the request. Please update the client or contact your IT department.</source>
            <translation>The server could not read the request. Please update the client or contact your IT department.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One of the values entered is not valid. Please check the form.</source>
            <translation>One of the values entered is not valid. Please check the form.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The value of “%1” is not valid. Please check it.</source>
            <translation>The value of “%1” is not valid. Please check it.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your session has expired or was ended. Please log in again.</source>
            <translation>Your session has expired or was ended. Please log in again.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The login or the password is wrong.</source>
            <translation>The login or the password is wrong.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your account does not have the permission for this action.</source>
            <translation>Your account does not have the permission for this action.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Please choose the unit you log in for first.</source>
            <translation>Please choose the unit you log in for first.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Please choose your medical institution first.</source>
            <translation>Please choose your medical institution first.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Please change your initial password first.</source>
            <translation>Please change your initial password first.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The item no longer exists. Someone may have deleted it.</source>
            <translation>The item no longer exists. Someone may have deleted it.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This conflicts with the current data on the server. Refresh and try again.</source>
            <translation>This conflicts with the current data on the server. Refresh and try again.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your unit already has a role with this name.</source>
            <translation>Your unit already has a role with this name.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This login or mobile phone number is already in use in your unit.</source>
            <translation>This login or mobile phone number is already in use in your unit.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This unit is already registered. Log in with its main account, or reset the password.</source>
            <translation>This unit is already registered. Log in with its main account, or reset the password.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A medical institution has already been chosen for this account. The choice cannot be changed.</source>
            <translation>A medical institution has already been chosen for this account. The choice cannot be changed.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is nothing to choose for this login any more.</source>
            <translation>There is nothing to choose for this login any more.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Someone else changed this item in the meantime. Reload it and apply your change again.</source>
            <translation>Someone else changed this item in the meantime. Reload it and apply your change again.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The change did not say which version it was based on. Reload the item and try again.</source>
            <translation>The change did not say which version it was based on. Reload the item and try again.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The data sent is too large for the server.</source>
            <translation>The data sent is too large for the server.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The captcha is wrong or has expired. Type the characters of the new image.</source>
            <translation>The captcha is wrong or has expired. Type the characters of the new image.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The SMS code is wrong or has expired.</source>
            <translation>The SMS code is wrong or has expired.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The unit and legal representative details do not match the legal-person registry.</source>
            <translation>The unit and legal representative details do not match the legal-person registry.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The unit code does not match the medical-insurance unit registry.</source>
            <translation>The unit code does not match the medical-insurance unit registry.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A permission is not known to the server. Refresh the permission list and try again.</source>
            <translation>A permission is not known to the server. Refresh the permission list and try again.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You cannot grant a permission that your own account does not hold.</source>
            <translation>You cannot grant a permission that your own account does not hold.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The password is too weak: use 8 to 64 characters with at least three of lower-case letters, upper-case letters, digits and symbols.</source>
            <translation>The password is too weak: use 8 to 64 characters with at least three of lower-case letters, upper-case letters, digits and symbols.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The unit's main account cannot be disabled, deleted or given roles.</source>
            <translation>The unit's main account cannot be disabled, deleted or given roles.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The current password is wrong.</source>
            <translation>The current password is wrong.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Too many failed attempts: the account is locked. Try again later.</source>
            <translation>Too many failed attempts: the account is locked. Try again later.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Too many failed attempts: the account is locked. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Too many failed attempts: the account is locked. Try again in %n minute.</numerusform>
                <numerusform>Too many failed attempts: the account is locked. Try again in %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Too many requests. Try again later.</source>
            <translation>Too many requests. Try again later.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Too many requests. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Too many requests. Try again in %n minute.</numerusform>
                <numerusform>Too many requests. Try again in %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server had an internal problem (error %1). Try again later or contact your IT department.</source>
            <translation>The server had an internal problem (error %1). Try again later or contact your IT department.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>An unknown error occurred.</source>
            <translation>An unknown error occurred.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The server refused the request (error code: %1).</source>
            <translation>The server refused the request (error code: %1).</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Captcha</source>
            <translation>Captcha</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Current password</source>
            <translation>Current password</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New password</source>
            <translation>New password</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mobile phone</source>
            <translation>Mobile phone</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SMS code</source>
            <translation>SMS code</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remark</source>
            <translation>Remark</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Menu permissions</source>
            <translation>Menu permissions</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unified social credit code</source>
            <translation>Unified social credit code</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unit name</source>
            <translation>Unit name</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unit code</source>
            <translation>Unit code</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Medical institution</source>
            <translation>Medical institution</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Legal representative</source>
            <translation>Legal representative</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Legal representative's ID number</source>
            <translation>Legal representative's ID number</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unit kind</source>
            <translation>Unit kind</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>zc::ui::InstitutionChoiceDialog</name>
        <message>
            <location filename="../ui/InstitutionChoiceDialog.ui" line="+6" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_InstitutionChoiceDialog.h" line="+156" />
            <source>Choose the medical institution</source>
            <translation>Choose the medical institution</translation>
        </message>
        <message>
            <location line="+44" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_InstitutionChoiceDialog.h" line="+1" />
            <source>Choose your medical institution</source>
            <translation>Choose your medical institution</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_InstitutionChoiceDialog.h" line="+1" />
            <source>Your unit's unified social credit code belongs to several medical institutions. Choose the one you work for. Choose carefully: the choice is permanent and cannot be changed later.</source>
            <translation>Your unit's unified social credit code belongs to several medical institutions. Choose the one you work for. Choose carefully: the choice is permanent and cannot be changed later.</translation>
        </message>
        <message>
            <location line="+16" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_InstitutionChoiceDialog.h" line="+1" />
            <source>&amp;Filter:</source>
            <translation>&amp;Filter:</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_InstitutionChoiceDialog.h" line="+1" />
            <source>Code, name, level or address</source>
            <translation>Code, name, level or address</translation>
        </message>
        <message>
            <location line="+53" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_InstitutionChoiceDialog.h" line="+1" />
            <source>&amp;Choose…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_InstitutionChoiceDialog.h" line="+1" />
            <source>Back to login</source>
            <translation>Back to login</translation>
        </message>
        <message>
            <location filename="../ui/InstitutionChoiceDialog.cpp" line="+35" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Institution name</source>
            <translation>Institution name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location line="+109" />
            <source>Confirm the medical institution</source>
            <translation>Confirm the medical institution</translation>
        </message>
        <message>
            <location line="+1" />
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
            <location line="+12" />
            <source>Saving the choice…</source>
            <translation>Saving the choice…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>&amp;Continue</source>
            <translation>&amp;Continue</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Loading the session…</source>
            <translation>Loading the session…</translation>
        </message>
    </context>
    <context>
        <name>zc::ui::LoginDialog</name>
        <message>
            <location filename="../ui/LoginDialog.ui" line="+6" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+297" />
            <source>Log in</source>
            <translation>Log in</translation>
        </message>
        <message>
            <location line="+59" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+1" />
            <source>Drug and medical consumables procurement · login for units and handlers</source>
            <translation>Drug and medical consumables procurement · login for units and handlers</translation>
        </message>
        <message>
            <location line="+63" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+1" />
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <location line="+25" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+1" />
            <source>Manage servers…</source>
            <translation>Manage servers…</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+1" />
            <source>&amp;Login:</source>
            <translation>&amp;Login:</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+1" />
            <source>Login name or mobile phone number</source>
            <translation>Login name or mobile phone number</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+1" />
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location line="+16" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+1" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+1" />
            <source>Cap&amp;tcha:</source>
            <translation>Cap&amp;tcha:</translation>
        </message>
        <message>
            <location line="+18" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+1" />
            <source>Characters in the image</source>
            <translation>Characters in the image</translation>
        </message>
        <message>
            <location line="+19" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+2" />
            <source>Hard to read? Click for a new image.</source>
            <translation>Hard to read? Click for a new image.</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+2" />
            <source>&amp;Remember me on this computer</source>
            <translation>&amp;Remember me on this computer</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+2" />
            <source>Keeps the login in this computer's keychain so that the next start skips this form. Do not use on a shared computer.</source>
            <translation>Keeps the login in this computer's keychain so that the next start skips this form. Do not use on a shared computer.</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+2" />
            <source>Certificate details…</source>
            <translation>Certificate details…</translation>
        </message>
        <message>
            <location line="+62" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+1" />
            <source>Log &amp;in</source>
            <translation>Log &amp;in</translation>
        </message>
        <message>
            <location line="+16" />
            <location filename="../ui/LoginDialog.cpp" line="+431" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+1" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../ui/LoginDialog.cpp" line="-392" />
            <source>Log in — %1</source>
            <translation>Log in — %1</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+132" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location line="-110" />
            <location line="+89" />
            <source>No server is set up yet. Add one under “Manage servers”.</source>
            <translation>No server is set up yet. Add one under “Manage servers”.</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+10" />
            <source>Click to retry</source>
            <translation>Click to retry</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Please choose a server.</source>
            <translation>Please choose a server.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Please enter your login name or mobile phone number.</source>
            <translation>Please enter your login name or mobile phone number.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Please enter your password.</source>
            <translation>Please enter your password.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The captcha image has not loaded yet. Click it to try again.</source>
            <translation>The captcha image has not loaded yet. Click it to try again.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Please type the characters shown in the image.</source>
            <translation>Please type the characters shown in the image.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Logging in…</source>
            <translation>Logging in…</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Login cancelled.</source>
            <translation>Login cancelled.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Saving the login in the keychain…</source>
            <translation>Saving the login in the keychain…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Remember me</source>
            <translation>Remember me</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The login could not be saved in this computer's keychain, so you will have to log in again next time.</source>
            <translation>The login could not be saved in this computer's keychain, so you will have to log in again next time.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Restoring your last login…</source>
            <translation>Restoring your last login…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The saved login could not be read from this computer's keychain. Please log in.</source>
            <translation>The saved login could not be read from this computer's keychain. Please log in.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Your saved login has expired. Please log in again.</source>
            <translation>Your saved login has expired. Please log in again.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
    </context>
    <context>
        <name>zc::ui::MainWindow</name>
        <message>
            <location filename="../ui/MainWindow.ui" line="+62" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_MainWindow.h" line="+197" />
            <source>User basic settings</source>
            <translation>User basic settings</translation>
        </message>
        <message>
            <location line="+110" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_MainWindow.h" line="+1" />
            <source>&amp;Account</source>
            <translation>&amp;Account</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_MainWindow.h" line="+1" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_MainWindow.h" line="-6" />
            <source>&amp;Change password…</source>
            <translation>&amp;Change password…</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_MainWindow.h" line="+1" />
            <source>&amp;Log out</source>
            <translation>&amp;Log out</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_MainWindow.h" line="+1" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_MainWindow.h" line="+1" />
            <source>&amp;About</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="+60" />
            <source>Log out</source>
            <translation>Log out</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;About %1</source>
            <translation>&amp;About %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Last synced: not synced yet</source>
            <translation>Last synced: not synced yet</translation>
        </message>
        <message>
            <location line="+38" />
            <location line="+67" />
            <source>Account roles</source>
            <translation>Account roles</translation>
        </message>
        <message>
            <location line="-66" />
            <source>Define the roles of your unit — each role is a set of menu permissions — and assign them to handler accounts: add role, edit, delete and assign accounts, with the assigned and unassigned accounts side by side.</source>
            <translation>Define the roles of your unit — each role is a set of menu permissions — and assign them to handler accounts: add role, edit, delete and assign accounts, with the assigned and unassigned accounts side by side.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+66" />
            <source>Unit handlers</source>
            <translation>Unit handlers</translation>
        </message>
        <message>
            <location line="-65" />
            <source>Add handler accounts for your staff by mobile phone number and SMS code, disable or enable them, and send them a new password.</source>
            <translation>Add handler accounts for your staff by mobile phone number and SMS code, disable or enable them, and send them a new password.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+65" />
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location line="-64" />
            <source>Review who changed which role or account of your unit, and when, filtered by action, person and time.</source>
            <translation>Review who changed which role or account of your unit, and when, filtered by action, person and time.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Basic settings</source>
            <translation>Basic settings</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Account management</source>
            <translation>Account management</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location line="+60" />
            <source>unit user</source>
            <translation>unit user</translation>
        </message>
        <message>
            <location line="+0" />
            <source>handler</source>
            <translation>handler</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hello, %1! Login type: %2</source>
            <translation>Hello, %1! Login type: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 · %2 · USCC %3</source>
            <translation>%1 · %2 · USCC %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Server: %1 (%2)</source>
            <translation>Server: %1 (%2)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Account: %1 (%2)</source>
            <translation>Account: %1 (%2)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>● Online</source>
            <translation>● Online</translation>
        </message>
        <message>
            <location line="+0" />
            <source>● Offline</source>
            <translation>● Offline</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The server answered the last request.</source>
            <translation>The server answered the last request.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The server could not be reached at the last request.</source>
            <translation>The server could not be reached at the last request.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Change password</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Your password has been changed.</source>
            <translation>Your password has been changed.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>About %1</source>
            <translation>About %1</translation>
        </message>
        <message>
            <location line="+1" />
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
        <name>zc::ui::PermissionSummaryPage</name>
        <message>
            <location filename="../ui/PermissionSummaryPage.ui" line="+64" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_PermissionSummaryPage.h" line="+112" />
            <source>Menu permissions of your account</source>
            <translation>Menu permissions of your account</translation>
        </message>
        <message>
            <location filename="../ui/PermissionSummaryPage.cpp" line="+58" />
            <source>The tools of this page come with a later version of the client.</source>
            <translation>The tools of this page come with a later version of the client.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>the unit's main account</source>
            <translation>the unit's main account</translation>
        </message>
        <message>
            <location line="+0" />
            <source>a handler account</source>
            <translation>a handler account</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your account (%1) holds no menu permissions yet. Ask your unit's main account to assign you a role.</source>
            <translation>Your account (%1) holds no menu permissions yet. Ask your unit's main account to assign you a role.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Your account (%1) holds %n menu permission(s):</source>
            <translation>
                <numerusform>Your account (%1) holds %n menu permission:</numerusform>
                <numerusform>Your account (%1) holds %n menu permissions:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>zc::ui::ServerProfilesDialog</name>
        <message>
            <location filename="../ui/ServerProfilesDialog.ui" line="+6" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+252" />
            <source>Manage servers</source>
            <translation>Manage servers</translation>
        </message>
        <message>
            <location line="+27" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>Each server is a deployment of the procurement platform. Your IT department can give you a server profile file to import, or the address and the CA certificate to add here.</source>
            <translation>Each server is a deployment of the procurement platform. Your IT department can give you a server profile file to import, or the address and the CA certificate to add here.</translation>
        </message>
        <message>
            <location line="+17" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>Servers:</source>
            <translation>Servers:</translation>
        </message>
        <message>
            <location line="+29" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>Import profile file…</source>
            <translation>Import profile file…</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>Add a server</source>
            <translation>Add a server</translation>
        </message>
        <message>
            <location line="+17" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>e.g. Jiangsu</source>
            <translation>e.g. Jiangsu</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>&amp;Address:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <location line="+17" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>&amp;CA certificate:</source>
            <translation>&amp;CA certificate:</translation>
        </message>
        <message>
            <location line="+15" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>The system's certificate authorities</source>
            <translation>The system's certificate authorities</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>A deployment signed by its own certificate authority needs that CA certificate (a PEM file from your IT department).</source>
            <translation>A deployment signed by its own certificate authority needs that CA certificate (a PEM file from your IT department).</translation>
        </message>
        <message>
            <location line="+45" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <location line="+32" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../ui/ServerProfilesDialog.cpp" line="+97" />
            <source>CA: the system's certificate authorities</source>
            <translation>CA: the system's certificate authorities</translation>
        </message>
        <message>
            <location line="+3" />
            <source>CA: %1</source>
            <translation>CA: %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Choose the CA certificate</source>
            <translation>Choose the CA certificate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Import a server profile</source>
            <translation>Import a server profile</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Server profiles (*.json);;All files (*)</source>
            <translation>Server profiles (*.json);;All files (*)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The file “%1” cannot be read.</source>
            <translation>The file “%1” cannot be read.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>“%1” is not a certificate file. Ask your IT department for the server's CA certificate (PEM).</source>
            <translation>“%1” is not a certificate file. Ask your IT department for the server's CA certificate (PEM).</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Please enter a name for the server.</source>
            <translation>Please enter a name for the server.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>There is already a server named “%1”. Choose another name, or remove that one first.</source>
            <translation>There is already a server named “%1”. Choose another name, or remove that one first.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+125" />
            <source>Please enter the server's address, for example https://zc.example.cn:8443.</source>
            <translation>Please enter the server's address, for example https://zc.example.cn:8443.</translation>
        </message>
        <message>
            <location line="-109" />
            <source>This server is already in the list as “%1”.</source>
            <translation>This server is already in the list as “%1”.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The profile file “%1” cannot be used: %2</source>
            <translation>The profile file “%1” cannot be used: %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Replace server</source>
            <translation>Replace server</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There is already a server named “%1”. Replace its address and certificate with the imported ones?</source>
            <translation>There is already a server named “%1”. Replace its address and certificate with the imported ones?</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Remove server</source>
            <translation>Remove server</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the server “%1”? A login remembered for it is forgotten too.</source>
            <translation>Remove the server “%1”? A login remembered for it is forgotten too.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>The address must start with https:// (the connection is always encrypted).</source>
            <translation>The address must start with https:// (the connection is always encrypted).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The address has no server name, for example https://zc.example.cn:8443.</source>
            <translation>The address has no server name, for example https://zc.example.cn:8443.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The file cannot be read.</source>
            <translation>The file cannot be read.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file is not a server profile (a JSON file with a name, an address and optionally a CA certificate).</source>
            <translation>The file is not a server profile (a JSON file with a name, an address and optionally a CA certificate).</translation>
        </message>
        <message>
            <location line="-8" />
            <source>The address is not a valid web address, for example https://zc.example.cn:8443.</source>
            <translation>The address is not a valid web address, for example https://zc.example.cn:8443.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The CA certificate is not a valid PEM certificate.</source>
            <translation>The CA certificate is not a valid PEM certificate.</translation>
        </message>
        <message>
            <location line="-10" />
            <source>The server needs a name.</source>
            <translation>The server needs a name.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The file is too large to be a server profile or a CA certificate.</source>
            <translation>The file is too large to be a server profile or a CA certificate.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The profile is not valid (%1).</source>
            <translation>The profile is not valid (%1).</translation>
        </message>
    </context>
    <context>
        <name>zc::ui::SessionFlow</name>
        <message>
            <location filename="../ui/SessionFlow.cpp" line="+170" />
            <source>You have logged out.</source>
            <translation>You have logged out.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Your session has expired or was ended. Please log in again.</source>
            <translation>Your session has expired or was ended. Please log in again.</translation>
        </message>
    </context>
    <context>
        <name>zc::ui::SettingsPage</name>
        <message>
            <location filename="../ui/SettingsPage.ui" line="+32" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+287" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location line="+22" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>&amp;Interface language:</source>
            <translation>&amp;Interface language:</translation>
        </message>
        <message>
            <location line="+26" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>A new language takes effect when the program starts again.</source>
            <translation>A new language takes effect when the program starts again.</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>Proxy</source>
            <translation>Proxy</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>Use the &amp;system's proxy settings</source>
            <translation>Use the &amp;system's proxy settings</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>&amp;No proxy (connect directly)</source>
            <translation>&amp;No proxy (connect directly)</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>&amp;Manual HTTP proxy:</source>
            <translation>&amp;Manual HTTP proxy:</translation>
        </message>
        <message>
            <location line="+28" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <location line="+19" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <location line="+31" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>Only if the proxy asks for one</source>
            <translation>Only if the proxy asks for one</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;word:</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>Kept in this computer's keychain</source>
            <translation>Kept in this computer's keychain</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>Network</source>
            <translation>Network</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>&amp;Transfer timeout:</source>
            <translation>&amp;Transfer timeout:</translation>
        </message>
        <message>
            <location line="+26" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>A request that receives nothing for this long fails with a timeout.</source>
            <translation>A request that receives nothing for this long fails with a timeout.</translation>
        </message>
        <message>
            <location line="+35" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>&amp;Revert</source>
            <translation>&amp;Revert</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>&amp;Save settings</source>
            <translation>&amp;Save settings</translation>
        </message>
        <message>
            <location filename="../ui/SettingsPage.cpp" line="+29" />
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <location line="+4" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Please enter the proxy's host name, for example proxy.example.cn (without http://).</source>
            <translation>Please enter the proxy's host name, for example proxy.example.cn (without http://).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Please enter the proxy's port (1 to 65535).</source>
            <translation>Please enter the proxy's port (1 to 65535).</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Settings saved. The new language takes effect when the program starts again.</source>
            <translation>Settings saved. The new language takes effect when the program starts again.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings saved.</source>
            <translation>Settings saved.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Settings saved, but the proxy password could not be stored in this computer's keychain.</source>
            <translation>Settings saved, but the proxy password could not be stored in this computer's keychain.</translation>
        </message>
    </context>
    <context>
        <name>zc::ui::Startup</name>
        <message>
            <location filename="../ui/Startup.cpp" line="+112" />
            <source>Desktop administration of units, handler accounts and roles on provincial medical-insurance procurement platforms.</source>
            <translation>Desktop administration of units, handler accounts and roles on provincial medical-insurance procurement platforms.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Interface language for this run: zh_CN or en.</source>
            <translation>Interface language for this run: zh_CN or en.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add (or update) the server profile in &lt;file&gt; and select it. Also read from ZC_PROFILE_FILE.</source>
            <translation>Add (or update) the server profile in &lt;file&gt; and select it. Also read from ZC_PROFILE_FILE.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The server profile “%1” cannot be used: %2</source>
            <translation>The server profile “%1” cannot be used: %2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Procurement Account Administration</source>
            <translation>Procurement Account Administration</translation>
        </message>
    </context>
    <context>
        <name>zc::ui::TlsProblemDialog</name>
        <message>
            <location filename="../ui/TlsProblemDialog.ui" line="+6" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+213" />
            <source>Certificate refused</source>
            <translation>Certificate refused</translation>
        </message>
        <message>
            <location line="+51" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+1" />
            <source>The server presented a certificate that this computer does not trust. To protect your password, nothing was sent to it.</source>
            <translation>The server presented a certificate that this computer does not trust. To protect your password, nothing was sent to it.</translation>
        </message>
        <message>
            <location line="+24" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+1" />
            <source>Certificate presented by the server</source>
            <translation>Certificate presented by the server</translation>
        </message>
        <message>
            <location line="+15" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+1" />
            <source>Issued to:</source>
            <translation>Issued to:</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+1" />
            <source>Issued by:</source>
            <translation>Issued by:</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+1" />
            <source>Valid for:</source>
            <translation>Valid for:</translation>
        </message>
        <message>
            <location line="+17" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+1" />
            <source>Validity:</source>
            <translation>Validity:</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+1" />
            <source>SHA-256 fingerprint:</source>
            <translation>SHA-256 fingerprint:</translation>
        </message>
        <message>
            <location line="+23" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+1" />
            <source>Compare the fingerprint with the one your IT department gives you. There is no way to connect while the certificate is refused.</source>
            <translation>Compare the fingerprint with the one your IT department gives you. There is no way to connect while the certificate is refused.</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+1" />
            <source>Copy fingerprint</source>
            <translation>Copy fingerprint</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+1" />
            <source>Manage servers…</source>
            <translation>Manage servers…</translation>
        </message>
        <message>
            <location line="+23" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+1" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../ui/TlsProblemDialog.cpp" line="+25" />
            <source>No secure connection to “%1”</source>
            <translation>No secure connection to “%1”</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+1" />
            <location line="+5" />
            <location line="+3" />
            <source>(unknown)</source>
            <translation>(unknown)</translation>
        </message>
        <message>
            <location line="-7" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The certificate authority is not trusted: ask your IT department for this server's CA certificate and add it under “Manage servers”.</source>
            <translation>The certificate authority is not trusted: ask your IT department for this server's CA certificate and add it under “Manage servers”.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The certificate was issued for %1, not for the address you connect to (%2): check the server address in the server profile.</source>
            <translation>The certificate was issued for %1, not for the address you connect to (%2): check the server address in the server profile.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The certificate expired on %1: ask the server's administrator to renew it, and check that this computer's date is right.</source>
            <translation>The certificate expired on %1: ask the server's administrator to renew it, and check that this computer's date is right.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The certificate is valid only from %1: check this computer's date and time.</source>
            <translation>The certificate is valid only from %1: check this computer's date and time.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The certificate has been revoked: do not use this server until its administrator replaces the certificate.</source>
            <translation>The certificate has been revoked: do not use this server until its administrator replaces the certificate.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The certificate could not be verified (%1): contact your IT department.</source>
            <translation>The certificate could not be verified (%1): contact your IT department.</translation>
        </message>
    </context>
    <context>
        <name>zc::ui::UnitChoiceDialog</name>
        <message>
            <location filename="../ui/UnitChoiceDialog.ui" line="+6" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_UnitChoiceDialog.h" line="+133" />
            <source>Choose the unit</source>
            <translation>Choose the unit</translation>
        </message>
        <message>
            <location line="+44" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_UnitChoiceDialog.h" line="+1" />
            <source>Choose the unit to log in for</source>
            <translation>Choose the unit to log in for</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_UnitChoiceDialog.h" line="+1" />
            <source>Your mobile phone number is a handler account of several units. Choose the unit you work for in this session; you will be asked again at your next login.</source>
            <translation>Your mobile phone number is a handler account of several units. Choose the unit you work for in this session; you will be asked again at your next login.</translation>
        </message>
        <message>
            <location line="+56" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_UnitChoiceDialog.h" line="+1" />
            <source>&amp;Continue</source>
            <translation>&amp;Continue</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_UnitChoiceDialog.h" line="+1" />
            <source>Back to login</source>
            <translation>Back to login</translation>
        </message>
        <message>
            <location filename="../ui/UnitChoiceDialog.cpp" line="+28" />
            <source>Unit name</source>
            <translation>Unit name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unified social credit code</source>
            <translation>Unified social credit code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unit kind</source>
            <translation>Unit kind</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Medical institution</source>
            <translation>Medical institution</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Manufacturer</source>
            <translation>Manufacturer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Distributor</source>
            <translation>Distributor</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not authenticated yet</source>
            <translation>Not authenticated yet</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Logging in to “%1”…</source>
            <translation>Logging in to “%1”…</translation>
        </message>
    </context>
</TS>
