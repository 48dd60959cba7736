<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>zc::ui::ChangePasswordDialog</name>
        <message>
            <location filename="../ui/ChangePasswordDialog.ui" line="+6" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ChangePasswordDialog.h" line="+193" />
            <source>Change password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <location line="+44" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ChangePasswordDialog.h" line="+1" />
            <source>Change your password</source>
            <translation>修改您的密码</translation>
        </message>
        <message>
            <location line="+32" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ChangePasswordDialog.h" line="+1" />
            <source>C&amp;urrent password:</source>
            <translation>原密码(&amp;U)：</translation>
        </message>
        <message>
            <location line="+20" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ChangePasswordDialog.h" line="+1" />
            <source>&amp;New password:</source>
            <translation>新密码(&amp;N)：</translation>
        </message>
        <message>
            <location line="+27" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ChangePasswordDialog.h" line="+1" />
            <source>&amp;Repeat new password:</source>
            <translation>确认新密码(&amp;R)：</translation>
        </message>
        <message>
            <location line="+50" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ChangePasswordDialog.h" line="+1" />
            <source>&amp;Change password</source>
            <translation>修改密码(&amp;C)</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ChangePasswordDialog.h" line="+1" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../ui/ChangePasswordDialog.cpp" line="+29" />
            <source>You logged in with an initial password. Choose your own password before you continue; your other sessions are ended.</source>
            <translation>您使用的是初始密码。继续之前请设置您自己的密码；修改后您在其他地方的登录将失效。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back to login</source>
            <translation>返回登录</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your other sessions are ended when the password changes.</source>
            <translation>修改密码后，您在其他地方的登录将失效。</translation>
        </message>
        <message>
            <location line="+51" />
            <source>✓ Strong enough.</source>
            <translation>✓ 密码强度符合要求。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>8 to 64 characters, with at least three of: lower-case letters, upper-case letters, digits, symbols.</source>
            <translation>8 至 64 个字符，至少包含小写字母、大写字母、数字、符号中的三类。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Too short: at least 8 characters (%1 so far).</source>
            <translation>太短：至少 8 个字符（当前 %1 个）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Too long: at most 64 characters.</source>
            <translation>太长：最多 64 个字符。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Too weak: use at least three of lower-case letters, upper-case letters, digits and symbols.</source>
            <translation>强度不足：请至少包含小写字母、大写字母、数字、符号中的三类。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>✓ The passwords match.</source>
            <translation>✓ 两次输入一致。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The two new passwords differ.</source>
            <translation>两次输入的新密码不一致。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The new password must differ from the current one.</source>
            <translation>新密码不能与原密码相同。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Changing the password…</source>
            <translation>正在修改密码…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Password changed. Loading your account…</source>
            <translation>密码已修改，正在加载账号信息…</translation>
        </message>
    </context>
    <context>
        <name>zc::ui::ErrorText</name>
        <message>
            <location filename="../ui/ErrorText.cpp" line="+23" />
            <source>The server cannot be reached. Check the network connection and the server address, or try again later.</source>
            <translation>无法连接服务器。请检查网络连接和服务器地址，或稍后再试。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The server did not answer in time. Check the network connection and try again.</source>
            <translation>服务器响应超时。请检查网络连接后重试。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No secure connection could be made: the server's certificate was refused.</source>
            <translation>无法建立安全连接：服务器证书未通过验证。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The request was cancelled.</source>
            <translation>请求已取消。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The server's answer could not be understood. The server may run a different version of the system.</source>
            <translation>无法识别服务器的应答，服务器运行的系统版本可能不同。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The proxy server asks for a user name and password. Check the proxy settings.</source>
            <translation>代理服务器要求用户名和密码，请检查代理设置。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server could not read the request. Please update the client or contact your IT department.</source>
            <translation>服务器无法读取请求。请更新客户端或联系信息科。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One of the values entered is not valid. Please check the form.</source>
            <translation>填写的内容有误，请检查表单。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The value of “%1” is not valid. Please check it.</source>
            <translation>“%1”填写有误，请检查。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your session has expired or was ended. Please log in again.</source>
            <translation>登录已过期或已被注销，请重新登录。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The login or the password is wrong.</source>
            <translation>登录账号或密码错误。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your account does not have the permission for this action.</source>
            <translation>您的账号没有执行此操作的权限。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Please choose the unit you log in for first.</source>
            <translation>请先选择登录单位。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Please choose your medical institution first.</source>
            <translation>请先选择医疗机构。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Please change your initial password first.</source>
            <translation>请先修改初始密码。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The item no longer exists. Someone may have deleted it.</source>
            <translation>该数据已不存在，可能已被他人删除。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This conflicts with the current data on the server. Refresh and try again.</source>
            <translation>与服务器上的当前数据冲突，请刷新后重试。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your unit already has a role with this name.</source>
            <translation>本单位已有同名角色。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This login or mobile phone number is already in use in your unit.</source>
            <translation>该登录账号或手机号在本单位已被使用。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This unit is already registered. Log in with its main account, or reset the password.</source>
            <translation>该单位已注册。请使用单位主账号登录，或找回密码。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A medical institution has already been chosen for this account. The choice cannot be changed.</source>
            <translation>该账号已选择过医疗机构，选择后无法更改。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is nothing to choose for this login any more.</source>
            <translation>本次登录已无需再作选择。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Someone else changed this item in the meantime. Reload it and apply your change again.</source>
            <translation>该数据已被他人修改。请重新加载后再次修改。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The change did not say which version it was based on. Reload the item and try again.</source>
            <translation>修改请求缺少版本信息。请重新加载数据后重试。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The data sent is too large for the server.</source>
            <translation>提交的数据过大，服务器无法接收。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The captcha is wrong or has expired. Type the characters of the new image.</source>
            <translation>图形验证码错误或已过期，请输入新图片中的字符。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The SMS code is wrong or has expired.</source>
            <translation>短信验证码错误或已过期。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The unit and legal representative details do not match the legal-person registry.</source>
            <translation>单位及法定代表人信息与综合法人库不一致。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The unit code does not match the medical-insurance unit registry.</source>
            <translation>单位编号与医保单位信息不一致。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A permission is not known to the server. Refresh the permission list and try again.</source>
            <translation>服务器不认识其中的菜单权限，请刷新权限列表后重试。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You cannot grant a permission that your own account does not hold.</source>
            <translation>不能授予您自己账号没有的菜单权限。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The password is too weak: use 8 to 64 characters with at least three of lower-case letters, upper-case letters, digits and symbols.</source>
            <translation>密码强度不足：请使用 8 至 64 个字符，并至少包含小写字母、大写字母、数字、符号中的三类。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The unit's main account cannot be disabled, deleted or given roles.</source>
            <translation>单位主账号不能被停用、删除或分配角色。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The current password is wrong.</source>
            <translation>原密码错误。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Too many failed attempts: the account is locked. Try again later.</source>
            <translation>登录失败次数过多，账号已锁定，请稍后再试。</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Too many failed attempts: the account is locked. Try again in %n minute(s).</source>
            <translation>
                <numerusform>登录失败次数过多，账号已锁定，请 %n 分钟后再试。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Too many requests. Try again later.</source>
            <translation>请求过于频繁，请稍后再试。</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Too many requests. Try again in %n minute(s).</source>
            <translation>
                <numerusform>请求过于频繁，请 %n 分钟后再试。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server had an internal problem (error %1). Try again later or contact your IT department.</source>
            <translation>服务器内部出错（错误 %1）。请稍后再试或联系信息科。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>An unknown error occurred.</source>
            <translation>发生未知错误。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The server refused the request (error code: %1).</source>
            <translation>服务器拒绝了请求（错误代码：%1）。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Login</source>
            <translation>登录账号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Captcha</source>
            <translation>图形验证码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Current password</source>
            <translation>原密码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mobile phone</source>
            <translation>手机号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SMS code</source>
            <translation>短信验证码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remark</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Menu permissions</source>
            <translation>菜单权限</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unit name</source>
            <translation>单位名称</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unit code</source>
            <translation>单位编号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Medical institution</source>
            <translation>医疗机构</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Legal representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Legal representative's ID number</source>
            <translation>法定代表人身份证号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unit kind</source>
            <translation>单位类型</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>zc::ui::InstitutionChoiceDialog</name>
        <message>
            <location filename="../ui/InstitutionChoiceDialog.ui" line="+6" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_InstitutionChoiceDialog.h" line="+156" />
            <source>Choose the medical institution</source>
            <translation>选择医疗机构</translation>
        </message>
        <message>
            <location line="+44" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_InstitutionChoiceDialog.h" line="+1" />
            <source>Choose your medical institution</source>
            <translation>请选择您所在的医疗机构</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_InstitutionChoiceDialog.h" line="+1" />
            <source>Your unit's unified social credit code belongs to several medical institutions. Choose the one you work for. Choose carefully: the choice is permanent and cannot be changed later.</source>
            <translation>您单位的统一社会信用代码对应多家医疗机构，请选择您经办的医疗机构。请谨慎选择，选择后将无法更改。</translation>
        </message>
        <message>
            <location line="+16" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_InstitutionChoiceDialog.h" line="+1" />
            <source>&amp;Filter:</source>
            <translation>筛选(&amp;F)：</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_InstitutionChoiceDialog.h" line="+1" />
            <source>Code, name, level or address</source>
            <translation>机构编码、名称、等级或地址</translation>
        </message>
        <message>
            <location line="+53" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_InstitutionChoiceDialog.h" line="+1" />
            <source>&amp;Choose…</source>
            <translation>选择(&amp;C)…</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_InstitutionChoiceDialog.h" line="+1" />
            <source>Back to login</source>
            <translation>返回登录</translation>
        </message>
        <message>
            <location filename="../ui/InstitutionChoiceDialog.cpp" line="+35" />
            <source>Code</source>
            <translation>机构编码</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Institution name</source>
            <translation>医疗机构名称</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Level</source>
            <translation>机构等级</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location line="+109" />
            <source>Confirm the medical institution</source>
            <translation>确认医疗机构</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You are choosing:

%1
Institution code: %2

This choice is permanent and cannot be changed later. Choose this institution?</source>
            <translation>您选择的是：

%1
机构编码：%2

选择后将无法更改。确定选择该医疗机构吗？</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Saving the choice…</source>
            <translation>正在提交选择…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>&amp;Continue</source>
            <translation>继续(&amp;C)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Loading the session…</source>
            <translation>正在加载登录信息…</translation>
        </message>
    </context>
    <context>
        <name>zc::ui::LoginDialog</name>
        <message>
            <location filename="../ui/LoginDialog.ui" line="+6" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+297" />
            <source>Log in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location line="+59" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+1" />
            <source>Drug and medical consumables procurement · login for units and handlers</source>
            <translation>药品和医用耗材招采管理子系统 · 单位账号/经办人账号登录</translation>
        </message>
        <message>
            <location line="+63" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+1" />
            <source>&amp;Server:</source>
            <translation>服务器(&amp;S)：</translation>
        </message>
        <message>
            <location line="+25" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+1" />
            <source>Manage servers…</source>
            <translation>管理服务器…</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+1" />
            <source>&amp;Login:</source>
            <translation>登录账号(&amp;L)：</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+1" />
            <source>Login name or mobile phone number</source>
            <translation>单位账号或经办人手机号</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+1" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location line="+16" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+1" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+1" />
            <source>Cap&amp;tcha:</source>
            <translation>图形验证码(&amp;T)：</translation>
        </message>
        <message>
            <location line="+18" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+1" />
            <source>Characters in the image</source>
            <translation>请输入图片中的字符</translation>
        </message>
        <message>
            <location line="+19" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+2" />
            <source>Hard to read? Click for a new image.</source>
            <translation>看不清？点击换一张。</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+2" />
            <source>&amp;Remember me on this computer</source>
            <translation>在本机记住我(&amp;R)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+2" />
            <source>Keeps the login in this computer's keychain so that the next start skips this form. Do not use on a shared computer.</source>
            <translation>将登录凭据保存在本机的系统钥匙串中，下次启动时无需再次登录。请勿在公用电脑上使用。</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+2" />
            <source>Certificate details…</source>
            <translation>查看证书详情…</translation>
        </message>
        <message>
            <location line="+62" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+1" />
            <source>Log &amp;in</source>
            <translation>登录(&amp;I)</translation>
        </message>
        <message>
            <location line="+16" />
            <location filename="../ui/LoginDialog.cpp" line="+431" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_LoginDialog.h" line="+1" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../ui/LoginDialog.cpp" line="-392" />
            <source>Log in — %1</source>
            <translation>登录 — %1</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+132" />
            <source>Loading…</source>
            <translation>加载中…</translation>
        </message>
        <message>
            <location line="-110" />
            <location line="+89" />
            <source>No server is set up yet. Add one under “Manage servers”.</source>
            <translation>尚未配置服务器，请在“管理服务器”中添加。</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+10" />
            <source>Click to retry</source>
            <translation>点击重试</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Please choose a server.</source>
            <translation>请选择服务器。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Please enter your login name or mobile phone number.</source>
            <translation>请输入登录账号或手机号。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Please enter your password.</source>
            <translation>请输入密码。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The captcha image has not loaded yet. Click it to try again.</source>
            <translation>图形验证码尚未加载，请点击图片重试。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Please type the characters shown in the image.</source>
            <translation>请输入图形验证码。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Logging in…</source>
            <translation>正在登录…</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Login cancelled.</source>
            <translation>已取消登录。</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Saving the login in the keychain…</source>
            <translation>正在将登录凭据保存到钥匙串…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Remember me</source>
            <translation>记住我</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The login could not be saved in this computer's keychain, so you will have to log in again next time.</source>
            <translation>无法将登录凭据保存到本机钥匙串，下次启动时需要重新登录。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Restoring your last login…</source>
            <translation>正在恢复上次的登录…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The saved login could not be read from this computer's keychain. Please log in.</source>
            <translation>无法从本机钥匙串读取保存的登录凭据，请重新登录。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Your saved login has expired. Please log in again.</source>
            <translation>保存的登录已过期，请重新登录。</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
    </context>
    <context>
        <name>zc::ui::MainWindow</name>
        <message>
            <location filename="../ui/MainWindow.ui" line="+62" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_MainWindow.h" line="+197" />
            <source>User basic settings</source>
            <translation>用户基础设置</translation>
        </message>
        <message>
            <location line="+110" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_MainWindow.h" line="+1" />
            <source>&amp;Account</source>
            <translation>账号(&amp;A)</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_MainWindow.h" line="+1" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_MainWindow.h" line="-6" />
            <source>&amp;Change password…</source>
            <translation>修改密码(&amp;C)…</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_MainWindow.h" line="+1" />
            <source>&amp;Log out</source>
            <translation>退出登录(&amp;L)</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_MainWindow.h" line="+1" />
            <source>&amp;Quit</source>
            <translation>退出程序(&amp;Q)</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_MainWindow.h" line="+1" />
            <source>&amp;About</source>
            <translation>关于(&amp;A)</translation>
        </message>
        <message>
            <location filename="../ui/MainWindow.cpp" line="+60" />
            <source>Log out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;About %1</source>
            <translation>关于%1(&amp;A)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Last synced: not synced yet</source>
            <translation>上次同步：尚未同步</translation>
        </message>
        <message>
            <location line="+38" />
            <location line="+67" />
            <source>Account roles</source>
            <translation>账号角色管理</translation>
        </message>
        <message>
            <location line="-66" />
            <source>Define the roles of your unit — each role is a set of menu permissions — and assign them to handler accounts: add role, edit, delete and assign accounts, with the assigned and unassigned accounts side by side.</source>
            <translation>在这里维护本单位的角色（每个角色是一组菜单权限），并把角色分配给经办人账号：添加角色、修改、删除、分配账号，已分配与未分配的账号一目了然。</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+66" />
            <source>Unit handlers</source>
            <translation>单位经办人</translation>
        </message>
        <message>
            <location line="-65" />
            <source>Add handler accounts for your staff by mobile phone number and SMS code, disable or enable them, and send them a new password.</source>
            <translation>在这里凭手机号和短信验证码为本单位人员新增经办人账号，停用或启用账号，并为其重置密码。</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+65" />
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <location line="-64" />
            <source>Review who changed which role or account of your unit, and when, filtered by action, person and time.</source>
            <translation>在这里查看本单位的角色和账号由谁在何时做了哪些修改，可按操作、操作人和时间筛选。</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Basic settings</source>
            <translation>基础设置</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Account management</source>
            <translation>账号管理</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location line="+60" />
            <source>unit user</source>
            <translation>单位用户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>handler</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hello, %1! Login type: %2</source>
            <translation>您好！%1，登录类型：%2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 · %2 · USCC %3</source>
            <translation>%1 · %2 · 统一社会信用代码 %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Server: %1 (%2)</source>
            <translation>服务器：%1（%2）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Account: %1 (%2)</source>
            <translation>账号：%1（%2）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>● Online</source>
            <translation>● 在线</translation>
        </message>
        <message>
            <location line="+0" />
            <source>● Offline</source>
            <translation>● 离线</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The server answered the last request.</source>
            <translation>服务器已响应最近一次请求。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The server could not be reached at the last request.</source>
            <translation>最近一次请求无法连接服务器。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Change password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Your password has been changed.</source>
            <translation>密码已修改。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>About %1</source>
            <translation>关于%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1
Version %2

Account and permission administration for the drug and medical consumables procurement subsystems of provincial medical-insurance platforms.

Built with Qt %3.</source>
            <translation>%1
版本 %2

省级医疗保障信息平台药品和医用耗材招采管理子系统的账号与权限管理客户端。

基于 Qt %3 构建。</translation>
        </message>
    </context>
    <context>
        <name>zc::ui::PermissionSummaryPage</name>
        <message>
            <location filename="../ui/PermissionSummaryPage.ui" line="+64" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_PermissionSummaryPage.h" line="+112" />
            <source>Menu permissions of your account</source>
            <translation>您账号的菜单权限</translation>
        </message>
        <message>
            <location filename="../ui/PermissionSummaryPage.cpp" line="+58" />
            <source>The tools of this page come with a later version of the client.</source>
            <translation>本页面的操作功能将在客户端的后续版本中提供。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>the unit's main account</source>
            <translation>单位主账号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>a handler account</source>
            <translation>经办人账号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your account (%1) holds no menu permissions yet. Ask your unit's main account to assign you a role.</source>
            <translation>您的账号（%1）目前没有任何菜单权限，请联系本单位主账号为您分配角色。</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Your account (%1) holds %n menu permission(s):</source>
            <translation>
                <numerusform>您的账号（%1）拥有 %n 项菜单权限：</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>zc::ui::ServerProfilesDialog</name>
        <message>
            <location filename="../ui/ServerProfilesDialog.ui" line="+6" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+252" />
            <source>Manage servers</source>
            <translation>管理服务器</translation>
        </message>
        <message>
            <location line="+27" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>Each server is a deployment of the procurement platform. Your IT department can give you a server profile file to import, or the address and the CA certificate to add here.</source>
            <translation>每个服务器对应一个招采平台的部署。信息科可以提供服务器配置文件供导入，或提供服务器地址和 CA 证书在此添加。</translation>
        </message>
        <message>
            <location line="+17" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>Servers:</source>
            <translation>服务器列表：</translation>
        </message>
        <message>
            <location line="+29" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>Import profile file…</source>
            <translation>导入配置文件…</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>Add a server</source>
            <translation>添加服务器</translation>
        </message>
        <message>
            <location line="+17" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>e.g. Jiangsu</source>
            <translation>例如：江苏</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <location line="+17" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>&amp;CA certificate:</source>
            <translation>CA 证书(&amp;C)：</translation>
        </message>
        <message>
            <location line="+15" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>The system's certificate authorities</source>
            <translation>使用系统自带的证书颁发机构</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>A deployment signed by its own certificate authority needs that CA certificate (a PEM file from your IT department).</source>
            <translation>使用自建证书颁发机构的部署需要添加该 CA 证书（向信息科索取 PEM 文件）。</translation>
        </message>
        <message>
            <location line="+45" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <location line="+32" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_ServerProfilesDialog.h" line="+1" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../ui/ServerProfilesDialog.cpp" line="+97" />
            <source>CA: the system's certificate authorities</source>
            <translation>CA：系统自带的证书颁发机构</translation>
        </message>
        <message>
            <location line="+3" />
            <source>CA: %1</source>
            <translation>CA：%1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Choose the CA certificate</source>
            <translation>选择 CA 证书</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>证书文件 (*.pem *.crt *.cer);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Import a server profile</source>
            <translation>导入服务器配置</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Server profiles (*.json);;All files (*)</source>
            <translation>服务器配置文件 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The file “%1” cannot be read.</source>
            <translation>无法读取文件“%1”。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>“%1” is not a certificate file. Ask your IT department for the server's CA certificate (PEM).</source>
            <translation>“%1”不是证书文件。请向信息科索取该服务器的 CA 证书（PEM 格式）。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Please enter a name for the server.</source>
            <translation>请输入服务器名称。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>There is already a server named “%1”. Choose another name, or remove that one first.</source>
            <translation>已有名为“%1”的服务器。请换一个名称，或先删除原有的服务器。</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+125" />
            <source>Please enter the server's address, for example https://zc.example.cn:8443.</source>
            <translation>请输入服务器地址，例如 https://zc.example.cn:8443。</translation>
        </message>
        <message>
            <location line="-109" />
            <source>This server is already in the list as “%1”.</source>
            <translation>该服务器已在列表中，名称为“%1”。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The profile file “%1” cannot be used: %2</source>
            <translation>配置文件“%1”无法使用：%2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Replace server</source>
            <translation>替换服务器</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There is already a server named “%1”. Replace its address and certificate with the imported ones?</source>
            <translation>已有名为“%1”的服务器。是否用导入的地址和证书替换它？</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Remove server</source>
            <translation>删除服务器</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the server “%1”? A login remembered for it is forgotten too.</source>
            <translation>确定删除服务器“%1”吗？为它记住的登录也将一并清除。</translation>
        </message>
        <message>
            <location line="+61" />
            <source>The address must start with https:// (the connection is always encrypted).</source>
            <translation>地址必须以 https:// 开头（连接始终加密）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The address has no server name, for example https://zc.example.cn:8443.</source>
            <translation>地址中缺少服务器名，例如 https://zc.example.cn:8443。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The file cannot be read.</source>
            <translation>无法读取该文件。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file is not a server profile (a JSON file with a name, an address and optionally a CA certificate).</source>
            <translation>该文件不是服务器配置文件（应为包含名称、地址及可选 CA 证书的 JSON 文件）。</translation>
        </message>
        <message>
            <location line="-8" />
            <source>The address is not a valid web address, for example https://zc.example.cn:8443.</source>
            <translation>地址格式无效，例如 https://zc.example.cn:8443。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The CA certificate is not a valid PEM certificate.</source>
            <translation>CA 证书不是有效的 PEM 证书。</translation>
        </message>
        <message>
            <location line="-10" />
            <source>The server needs a name.</source>
            <translation>服务器需要一个名称。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The file is too large to be a server profile or a CA certificate.</source>
            <translation>文件过大，不是服务器配置文件或 CA 证书。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The profile is not valid (%1).</source>
            <translation>服务器配置无效（%1）。</translation>
        </message>
    </context>
    <context>
        <name>zc::ui::SessionFlow</name>
        <message>
            <location filename="../ui/SessionFlow.cpp" line="+170" />
            <source>You have logged out.</source>
            <translation>您已退出登录。</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Your session has expired or was ended. Please log in again.</source>
            <translation>登录已过期或已被注销，请重新登录。</translation>
        </message>
    </context>
    <context>
        <name>zc::ui::SettingsPage</name>
        <message>
            <location filename="../ui/SettingsPage.ui" line="+32" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+287" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location line="+22" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>&amp;Interface language:</source>
            <translation>界面语言(&amp;I)：</translation>
        </message>
        <message>
            <location line="+26" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>A new language takes effect when the program starts again.</source>
            <translation>更改语言将在程序重新启动后生效。</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>Proxy</source>
            <translation>代理</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>Use the &amp;system's proxy settings</source>
            <translation>使用系统代理设置(&amp;S)</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>&amp;No proxy (connect directly)</source>
            <translation>不使用代理，直接连接(&amp;N)</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>&amp;Manual HTTP proxy:</source>
            <translation>手动设置 HTTP 代理(&amp;M)：</translation>
        </message>
        <message>
            <location line="+28" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>&amp;Host:</source>
            <translation>主机(&amp;H)：</translation>
        </message>
        <message>
            <location line="+19" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>&amp;Port:</source>
            <translation>端口(&amp;P)：</translation>
        </message>
        <message>
            <location line="+31" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>Only if the proxy asks for one</source>
            <translation>仅当代理要求认证时填写</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>Pass&amp;word:</source>
            <translation>密码(&amp;W)：</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>Kept in this computer's keychain</source>
            <translation>保存在本机系统钥匙串中</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>&amp;Transfer timeout:</source>
            <translation>传输超时(&amp;T)：</translation>
        </message>
        <message>
            <location line="+26" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>A request that receives nothing for this long fails with a timeout.</source>
            <translation>请求在此时间内没有收到任何数据即视为超时。</translation>
        </message>
        <message>
            <location line="+35" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>&amp;Revert</source>
            <translation>还原(&amp;R)</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_SettingsPage.h" line="+1" />
            <source>&amp;Save settings</source>
            <translation>保存设置(&amp;S)</translation>
        </message>
        <message>
            <location filename="../ui/SettingsPage.cpp" line="+29" />
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location line="+4" />
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Please enter the proxy's host name, for example proxy.example.cn (without http://).</source>
            <translation>请输入代理服务器主机名，例如 proxy.example.cn（不含 http://）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Please enter the proxy's port (1 to 65535).</source>
            <translation>请输入代理服务器端口（1 至 65535）。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Settings saved. The new language takes effect when the program starts again.</source>
            <translation>设置已保存。新的界面语言将在程序重新启动后生效。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings saved.</source>
            <translation>设置已保存。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Settings saved, but the proxy password could not be stored in this computer's keychain.</source>
            <translation>设置已保存，但代理密码无法保存到本机钥匙串。</translation>
        </message>
    </context>
    <context>
        <name>zc::ui::Startup</name>
        <message>
            <location filename="../ui/Startup.cpp" line="+112" />
            <source>Desktop administration of units, handler accounts and roles on provincial medical-insurance procurement platforms.</source>
            <translation>省级医保招采平台的单位、经办人账号与角色权限桌面管理工具。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Interface language for this run: zh_CN or en.</source>
            <translation>本次运行的界面语言：zh_CN 或 en。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add (or update) the server profile in &lt;file&gt; and select it. Also read from ZC_PROFILE_FILE.</source>
            <translation>添加（或更新）&lt;file&gt; 中的服务器配置并选中它。也可通过环境变量 ZC_PROFILE_FILE 指定。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The server profile “%1” cannot be used: %2</source>
            <translation>服务器配置文件“%1”无法使用：%2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Procurement Account Administration</source>
            <translation>招采账号权限管理</translation>
        </message>
    </context>
    <context>
        <name>zc::ui::TlsProblemDialog</name>
        <message>
            <location filename="../ui/TlsProblemDialog.ui" line="+6" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+213" />
            <source>Certificate refused</source>
            <translation>证书未通过验证</translation>
        </message>
        <message>
            <location line="+51" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+1" />
            <source>The server presented a certificate that this computer does not trust. To protect your password, nothing was sent to it.</source>
            <translation>服务器出示的证书不被本机信任。为保护您的密码，没有向它发送任何数据。</translation>
        </message>
        <message>
            <location line="+24" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+1" />
            <source>Certificate presented by the server</source>
            <translation>服务器出示的证书</translation>
        </message>
        <message>
            <location line="+15" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+1" />
            <source>Issued to:</source>
            <translation>颁发给：</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+1" />
            <source>Issued by:</source>
            <translation>颁发者：</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+1" />
            <source>Valid for:</source>
            <translation>适用于：</translation>
        </message>
        <message>
            <location line="+17" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+1" />
            <source>Validity:</source>
            <translation>有效期：</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+1" />
            <source>SHA-256 fingerprint:</source>
            <translation>SHA-256 指纹：</translation>
        </message>
        <message>
            <location line="+23" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+1" />
            <source>Compare the fingerprint with the one your IT department gives you. There is no way to connect while the certificate is refused.</source>
            <translation>请将指纹与信息科提供的指纹核对。证书未通过验证时无法连接。</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+1" />
            <source>Copy fingerprint</source>
            <translation>复制指纹</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+1" />
            <source>Manage servers…</source>
            <translation>管理服务器…</translation>
        </message>
        <message>
            <location line="+23" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_TlsProblemDialog.h" line="+1" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../ui/TlsProblemDialog.cpp" line="+25" />
            <source>No secure connection to “%1”</source>
            <translation>无法安全连接到“%1”</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+1" />
            <location line="+5" />
            <location line="+3" />
            <source>(unknown)</source>
            <translation>（未知）</translation>
        </message>
        <message>
            <location line="-7" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 to %2</source>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The certificate authority is not trusted: ask your IT department for this server's CA certificate and add it under “Manage servers”.</source>
            <translation>证书颁发机构不受信任：请向信息科索取该服务器的 CA 证书并在‘管理服务器’中添加。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The certificate was issued for %1, not for the address you connect to (%2): check the server address in the server profile.</source>
            <translation>证书是颁发给 %1 的，与您连接的地址（%2）不符：请检查服务器配置中的地址。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The certificate expired on %1: ask the server's administrator to renew it, and check that this computer's date is right.</source>
            <translation>证书已于 %1 过期：请联系服务器管理员更新证书，并检查本机日期是否正确。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The certificate is valid only from %1: check this computer's date and time.</source>
            <translation>证书自 %1 起才生效：请检查本机的日期和时间。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The certificate has been revoked: do not use this server until its administrator replaces the certificate.</source>
            <translation>证书已被吊销：在管理员更换证书之前，请勿使用该服务器。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The certificate could not be verified (%1): contact your IT department.</source>
            <translation>证书无法验证（%1）：请联系信息科。</translation>
        </message>
    </context>
    <context>
        <name>zc::ui::UnitChoiceDialog</name>
        <message>
            <location filename="../ui/UnitChoiceDialog.ui" line="+6" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_UnitChoiceDialog.h" line="+133" />
            <source>Choose the unit</source>
            <translation>选择登录单位</translation>
        </message>
        <message>
            <location line="+44" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_UnitChoiceDialog.h" line="+1" />
            <source>Choose the unit to log in for</source>
            <translation>请选择本次登录的单位</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_UnitChoiceDialog.h" line="+1" />
            <source>Your mobile phone number is a handler account of several units. Choose the unit you work for in this session; you will be asked again at your next login.</source>
            <translation>您的手机号是多个单位的经办人账号。请选择本次登录要办理业务的单位；下次登录时会再次询问。</translation>
        </message>
        <message>
            <location line="+56" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_UnitChoiceDialog.h" line="+1" />
            <source>&amp;Continue</source>
            <translation>继续(&amp;C)</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../build-ui/ui/zc_ui_autogen/include/ui_UnitChoiceDialog.h" line="+1" />
            <source>Back to login</source>
            <translation>返回登录</translation>
        </message>
        <message>
            <location filename="../ui/UnitChoiceDialog.cpp" line="+28" />
            <source>Unit name</source>
            <translation>单位名称</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unit kind</source>
            <translation>单位类型</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Medical institution</source>
            <translation>医疗机构</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Manufacturer</source>
            <translation>生产企业</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Distributor</source>
            <translation>配送企业</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not authenticated yet</source>
            <translation>未完成角色认证</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Logging in to “%1”…</source>
            <translation>正在登录“%1”…</translation>
        </message>
    </context>
</TS>
