#!/usr/bin/env python3
"""Fills zhaocai_zh_CN.ts and zhaocai_en.ts after lupdate.

Source strings in the code are English; the Chinese wording follows the
provincial portals' manuals (单位经办人, 账号角色管理, 选择医疗机构 …).
Run from the repository root after lupdate, which reads ui/ and the item
models of models/ (their headerData is shown in the tables):
  cmake --build BUILD_DIR --target zc_ui_lupdate
(or by hand: lupdate -no-obsolete -locations relative ui models -ts translations/zhaocai_zh_CN.ts
translations/zhaocai_en.ts). ZH_CONTEXT gives other Chinese to the same English
in one context (e.g. "Roles" as the 分配角色 link of the handlers table). More
Chinese can come as translations/*.tsv ("source<TAB>中文" lines).
It fails (exit 1) when a source string has no Chinese translation here.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ZH = {
    # Startup (command line)
    "Desktop administration of units, handler accounts and roles on provincial medical-insurance procurement platforms.":
        "省级医保招采平台的单位、经办人账号与角色权限桌面管理工具。",
    "Interface language for this run: zh_CN or en.": "本次运行的界面语言：zh_CN 或 en。",
    "Add (or update) the server profile in <file> and select it. Also read from ZC_PROFILE_FILE.":
        "添加（或更新）<file> 中的服务器配置并选中它。也可通过环境变量 ZC_PROFILE_FILE 指定。",
    "The server profile “%1” cannot be used: %2": "服务器配置文件“%1”无法使用：%2",
    # ChangePasswordDialog
    "Change password": "修改密码",
    "Change your password": "修改您的密码",
    "C&urrent password:": "原密码(&U)：",
    "&New password:": "新密码(&N)：",
    "&Repeat new password:": "确认新密码(&R)：",
    "&Change password": "修改密码(&C)",
    "Cancel": "取消",
    "You logged in with an initial password. Choose your own password before you continue; your other sessions are ended.":
        "您使用的是初始密码。继续之前请设置您自己的密码；修改后您在其他地方的登录将失效。",
    "Back to login": "返回登录",
    "Your other sessions are ended when the password changes.": "修改密码后，您在其他地方的登录将失效。",
    "✓ Strong enough.": "✓ 密码强度符合要求。",
    "8 to 64 characters, with at least three of: lower-case letters, upper-case letters, digits, symbols.":
        "8 至 64 个字符，至少包含小写字母、大写字母、数字、符号中的三类。",
    "Too short: at least 8 characters (%1 so far).": "太短：至少 8 个字符（当前 %1 个）。",
    "Too long: at most 64 characters.": "太长：最多 64 个字符。",
    "Too weak: use at least three of lower-case letters, upper-case letters, digits and symbols.":
        "强度不足：请至少包含小写字母、大写字母、数字、符号中的三类。",
    "✓ The passwords match.": "✓ 两次输入一致。",
    "The two new passwords differ.": "两次输入的新密码不一致。",
    "The new password must differ from the current one.": "新密码不能与原密码相同。",
    "Changing the password…": "正在修改密码…",
    "Password changed. Loading your account…": "密码已修改，正在加载账号信息…",
    # ErrorText
    "The server cannot be reached. Check the network connection and the server address, or try again later.":
        "无法连接服务器。请检查网络连接和服务器地址，或稍后再试。",
    "The server did not answer in time. Check the network connection and try again.":
        "服务器响应超时。请检查网络连接后重试。",
    "No secure connection could be made: the server's certificate was refused.":
        "无法建立安全连接：服务器证书未通过验证。",
    "The request was cancelled.": "请求已取消。",
    "The server's answer could not be understood. The server may run a different version of the system.":
        "无法识别服务器的应答，服务器运行的系统版本可能不同。",
    "The proxy server asks for a user name and password. Check the proxy settings.":
        "代理服务器要求用户名和密码，请检查代理设置。",
    "The server could not read the request. Please update the client or contact your IT department.":
        "服务器无法读取请求。请更新客户端或联系信息科。",
    "One of the values entered is not valid. Please check the form.": "填写的内容有误，请检查表单。",
    "The value of “%1” is not valid. Please check it.": "“%1”填写有误，请检查。",
    "Your session has expired or was ended. Please log in again.": "登录已过期或已被注销，请重新登录。",
    "The login or the password is wrong.": "登录账号或密码错误。",
    "Your account does not have the permission for this action.": "您的账号没有执行此操作的权限。",
    "Please choose the unit you log in for first.": "请先选择登录单位。",
    "Please choose your medical institution first.": "请先选择医疗机构。",
    "Please change your initial password first.": "请先修改初始密码。",
    "The item no longer exists. Someone may have deleted it.": "该数据已不存在，可能已被他人删除。",
    "This conflicts with the current data on the server. Refresh and try again.":
        "与服务器上的当前数据冲突，请刷新后重试。",
    "Your unit already has a role with this name.": "本单位已有同名角色。",
    "This login or mobile phone number is already in use in your unit.": "该登录账号或手机号在本单位已被使用。",
    "This unit is already registered. Log in with its main account, or reset the password.":
        "该单位已注册。请使用单位主账号登录，或找回密码。",
    "A medical institution has already been chosen for this account. The choice cannot be changed.":
        "该账号已选择过医疗机构，选择后无法更改。",
    "There is nothing to choose for this login any more.": "本次登录已无需再作选择。",
    "Someone else changed this item in the meantime. Reload it and apply your change again.":
        "该数据已被他人修改。请重新加载后再次修改。",
    "The change did not say which version it was based on. Reload the item and try again.":
        "修改请求缺少版本信息。请重新加载数据后重试。",
    "The data sent is too large for the server.": "提交的数据过大，服务器无法接收。",
    "The captcha is wrong or has expired. Type the characters of the new image.":
        "图形验证码错误或已过期，请输入新图片中的字符。",
    "The SMS code is wrong or has expired.": "短信验证码错误或已过期。",
    "The unit and legal representative details do not match the legal-person registry.":
        "单位及法定代表人信息与综合法人库不一致。",
    "The unit code does not match the medical-insurance unit registry.": "单位编号与医保单位信息不一致。",
    "A permission is not known to the server. Refresh the permission list and try again.":
        "服务器不认识其中的菜单权限，请刷新权限列表后重试。",
    "You cannot grant a permission that your own account does not hold.": "不能授予您自己账号没有的菜单权限。",
    "The password is too weak: use 8 to 64 characters with at least three of lower-case letters, upper-case letters, digits and symbols.":
        "密码强度不足：请使用 8 至 64 个字符，并至少包含小写字母、大写字母、数字、符号中的三类。",
    "The unit's main account cannot be disabled, deleted or given roles.": "单位主账号不能被停用、删除或分配角色。",
    "The current password is wrong.": "原密码错误。",
    "Too many failed attempts: the account is locked. Try again later.": "登录失败次数过多，账号已锁定，请稍后再试。",
    "Too many failed attempts: the account is locked. Try again in %n minute(s).":
        "登录失败次数过多，账号已锁定，请 %n 分钟后再试。",
    "Too many requests. Try again later.": "请求过于频繁，请稍后再试。",
    "Too many requests. Try again in %n minute(s).": "请求过于频繁，请 %n 分钟后再试。",
    "The server had an internal problem (error %1). Try again later or contact your IT department.":
        "服务器内部出错（错误 %1）。请稍后再试或联系信息科。",
    "An unknown error occurred.": "发生未知错误。",
    "The server refused the request (error code: %1).": "服务器拒绝了请求（错误代码：%1）。",
    "Login": "登录账号",
    "Password": "密码",
    "Captcha": "图形验证码",
    "Current password": "原密码",
    "New password": "新密码",
    "Mobile phone": "手机号",
    "SMS code": "短信验证码",
    "Name": "姓名",
    "Remark": "备注",
    "Menu permissions": "菜单权限",
    "Unified social credit code": "统一社会信用代码",
    "Unit name": "单位名称",
    "Unit code": "单位编号",
    "Unit": "单位",
    "Medical institution": "医疗机构",
    "Legal representative": "法定代表人",
    "Legal representative's ID number": "法定代表人身份证号",
    "Unit kind": "单位类型",
    "Status": "状态",
    # InstitutionChoiceDialog
    "Choose the medical institution": "选择医疗机构",
    "Choose your medical institution": "请选择您所在的医疗机构",
    "Your unit's unified social credit code belongs to several medical institutions. Choose the one you work for. Choose carefully: the choice is permanent and cannot be changed later.":
        "您单位的统一社会信用代码对应多家医疗机构，请选择您经办的医疗机构。请谨慎选择，选择后将无法更改。",
    "&Filter:": "筛选(&F)：",
    "Code, name, level or address": "机构编码、名称、等级或地址",
    "&Choose…": "选择(&C)…",
    "Code": "机构编码",
    "Institution name": "医疗机构名称",
    "Level": "机构等级",
    "Address": "地址",
    "Confirm the medical institution": "确认医疗机构",
    "You are choosing:\n\n%1\nInstitution code: %2\n\nThis choice is permanent and cannot be changed later. Choose this institution?":
        "您选择的是：\n\n%1\n机构编码：%2\n\n选择后将无法更改。确定选择该医疗机构吗？",
    "Saving the choice…": "正在提交选择…",
    "&Continue": "继续(&C)",
    "Loading the session…": "正在加载登录信息…",
    # LoginDialog
    "Log in": "登录",
    "Drug and medical consumables procurement · login for units and handlers":
        "药品和医用耗材招采管理子系统 · 单位账号/经办人账号登录",
    "&Server:": "服务器(&S)：",
    "Manage servers…": "管理服务器…",
    "&Login:": "登录账号(&L)：",
    "Login name or mobile phone number": "单位账号或经办人手机号",
    "&Password:": "密码(&P)：",
    "Cap&tcha:": "图形验证码(&T)：",
    "Characters in the image": "请输入图片中的字符",
    "Hard to read? Click for a new image.": "看不清？点击换一张。",
    "&Remember me on this computer": "在本机记住我(&R)",
    "Keeps the login in this computer's keychain so that the next start skips this form. Do not use on a shared computer.":
        "将登录凭据保存在本机的系统钥匙串中，下次启动时无需再次登录。请勿在公用电脑上使用。",
    "Certificate details…": "查看证书详情…",
    "Log &in": "登录(&I)",
    "Log in — %1": "登录 — %1",
    "Loading…": "加载中…",
    "No server is set up yet. Add one under “Manage servers”.": "尚未配置服务器，请在“管理服务器”中添加。",
    "Click to retry": "点击重试",
    "Please choose a server.": "请选择服务器。",
    "Please enter your login name or mobile phone number.": "请输入登录账号或手机号。",
    "Please enter your password.": "请输入密码。",
    "The captcha image has not loaded yet. Click it to try again.": "图形验证码尚未加载，请点击图片重试。",
    "Please type the characters shown in the image.": "请输入图形验证码。",
    "Logging in…": "正在登录…",
    "Login cancelled.": "已取消登录。",
    "Saving the login in the keychain…": "正在将登录凭据保存到钥匙串…",
    "Remember me": "记住我",
    "The login could not be saved in this computer's keychain, so you will have to log in again next time.":
        "无法将登录凭据保存到本机钥匙串，下次启动时需要重新登录。",
    "Restoring your last login…": "正在恢复上次的登录…",
    "The saved login could not be read from this computer's keychain. Please log in.":
        "无法从本机钥匙串读取保存的登录凭据，请重新登录。",
    "Your saved login has expired. Please log in again.": "保存的登录已过期，请重新登录。",
    "Stop": "停止",
    # MainWindow
    "User basic settings": "用户基础设置",
    "&Account": "账号(&A)",
    "&Help": "帮助(&H)",
    "&Change password…": "修改密码(&C)…",
    "&Log out": "退出登录(&L)",
    "&Quit": "退出程序(&Q)",
    "&About": "关于(&A)",
    "Log out": "退出登录",
    "&About %1": "关于%1(&A)",
    "Last synced: not synced yet": "上次同步：尚未同步",
    "Account roles": "账号角色管理",
    "Define the roles of your unit — each role is a set of menu permissions — and assign them to handler accounts: add role, edit, delete and assign accounts, with the assigned and unassigned accounts side by side.":
        "在这里维护本单位的角色（每个角色是一组菜单权限），并把角色分配给经办人账号：添加角色、修改、删除、分配账号，已分配与未分配的账号一目了然。",
    "Unit handlers": "单位经办人",
    "Add handler accounts for your staff by mobile phone number and SMS code, disable or enable them, and send them a new password.":
        "在这里凭手机号和短信验证码为本单位人员新增经办人账号，停用或启用账号，并为其重置密码。",
    "Audit log": "审计日志",
    "Review who changed which role or account of your unit, and when, filtered by action, person and time.":
        "在这里查看本单位的角色和账号由谁在何时做了哪些修改，可按操作、操作人和时间筛选。",
    "Basic settings": "基础设置",
    "Account management": "账号管理",
    "Settings": "设置",
    "unit user": "单位用户",
    "handler": "经办人",
    "Hello, %1! Login type: %2": "您好！%1，登录类型：%2",
    "%1 · %2 · USCC %3": "%1 · %2 · 统一社会信用代码 %3",
    "%1 — %2": "%1 — %2",
    "Server: %1 (%2)": "服务器：%1（%2）",
    "Account: %1 (%2)": "账号：%1（%2）",
    "● Online": "● 在线",
    "● Offline": "● 离线",
    "The server answered the last request.": "服务器已响应最近一次请求。",
    "The server could not be reached at the last request.": "最近一次请求无法连接服务器。",
    "Your password has been changed.": "密码已修改。",
    "About %1": "关于%1",
    "%1\nVersion %2\n\nAccount and permission administration for the drug and medical consumables procurement subsystems of provincial medical-insurance platforms.\n\nBuilt with Qt %3.":
        "%1\n版本 %2\n\n省级医疗保障信息平台药品和医用耗材招采管理子系统的账号与权限管理客户端。\n\n基于 Qt %3 构建。",
    # ServerProfilesDialog
    "Manage servers": "管理服务器",
    "Each server is a deployment of the procurement platform. Your IT department can give you a server profile file to import, or the address and the CA certificate to add here.":
        "每个服务器对应一个招采平台的部署。信息科可以提供服务器配置文件供导入，或提供服务器地址和 CA 证书在此添加。",
    "Servers:": "服务器列表：",
    "Import profile file…": "导入配置文件…",
    "Remove": "删除",
    "Add a server": "添加服务器",
    "&Name:": "名称(&N)：",
    "e.g. Jiangsu": "例如：江苏",
    "&Address:": "地址(&A)：",
    "&CA certificate:": "CA 证书(&C)：",
    "The system's certificate authorities": "使用系统自带的证书颁发机构",
    "Choose…": "选择…",
    "Clear": "清除",
    "A deployment signed by its own certificate authority needs that CA certificate (a PEM file from your IT department).":
        "使用自建证书颁发机构的部署需要添加该 CA 证书（向信息科索取 PEM 文件）。",
    "&Add": "添加(&A)",
    "Close": "关闭",
    "CA: the system's certificate authorities": "CA：系统自带的证书颁发机构",
    "CA: %1": "CA：%1",
    "Choose the CA certificate": "选择 CA 证书",
    "Certificates (*.pem *.crt *.cer);;All files (*)": "证书文件 (*.pem *.crt *.cer);;所有文件 (*)",
    "Import a server profile": "导入服务器配置",
    "Server profiles (*.json);;All files (*)": "服务器配置文件 (*.json);;所有文件 (*)",
    "The file “%1” cannot be read.": "无法读取文件“%1”。",
    "“%1” is not a certificate file. Ask your IT department for the server's CA certificate (PEM).":
        "“%1”不是证书文件。请向信息科索取该服务器的 CA 证书（PEM 格式）。",
    "Please enter a name for the server.": "请输入服务器名称。",
    "There is already a server named “%1”. Choose another name, or remove that one first.":
        "已有名为“%1”的服务器。请换一个名称，或先删除原有的服务器。",
    "Please enter the server's address, for example https://zc.example.cn:8443.":
        "请输入服务器地址，例如 https://zc.example.cn:8443。",
    "The profile file “%1” cannot be used: %2": "配置文件“%1”无法使用：%2",
    "Replace server": "替换服务器",
    "There is already a server named “%1”. Replace its address and certificate with the imported ones?":
        "已有名为“%1”的服务器。是否用导入的地址和证书替换它？",
    "Remove server": "删除服务器",
    "Remove the server “%1”? A login remembered for it is forgotten too.":
        "确定删除服务器“%1”吗？为它记住的登录也将一并清除。",
    "The address must start with https:// (the connection is always encrypted).":
        "地址必须以 https:// 开头（连接始终加密）。",
    "The address has no server name, for example https://zc.example.cn:8443.":
        "地址中缺少服务器名，例如 https://zc.example.cn:8443。",
    "The port in the address is not valid.": "地址中的端口无效。",
    "The file cannot be read.": "无法读取该文件。",
    "The file is not a server profile (a JSON file with a name, an address and optionally a CA certificate).":
        "该文件不是服务器配置文件（应为包含名称、地址及可选 CA 证书的 JSON 文件）。",
    "The address is not a valid web address, for example https://zc.example.cn:8443.":
        "地址格式无效，例如 https://zc.example.cn:8443。",
    "The CA certificate is not a valid PEM certificate.": "CA 证书不是有效的 PEM 证书。",
    "The server needs a name.": "服务器需要一个名称。",
    "This server is already in the list as “%1”.": "该服务器已在列表中，名称为“%1”。",
    "The file is too large to be a server profile or a CA certificate.": "文件过大，不是服务器配置文件或 CA 证书。",
    "The profile is not valid (%1).": "服务器配置无效（%1）。",
    # SessionFlow
    "You have logged out.": "您已退出登录。",
    # SettingsPage
    "Language": "语言",
    "&Interface language:": "界面语言(&I)：",
    "A new language takes effect when the program starts again.": "更改语言将在程序重新启动后生效。",
    "Proxy": "代理",
    "Use the &system's proxy settings": "使用系统代理设置(&S)",
    "&No proxy (connect directly)": "不使用代理，直接连接(&N)",
    "&Manual HTTP proxy:": "手动设置 HTTP 代理(&M)：",
    "&Host:": "主机(&H)：",
    "&Port:": "端口(&P)：",
    "&User name:": "用户名(&U)：",
    "Only if the proxy asks for one": "仅当代理要求认证时填写",
    "Pass&word:": "密码(&W)：",
    "Kept in this computer's keychain": "保存在本机系统钥匙串中",
    "Network": "网络",
    "&Transfer timeout:": "传输超时(&T)：",
    "A request that receives nothing for this long fails with a timeout.": "请求在此时间内没有收到任何数据即视为超时。",
    "&Revert": "还原(&R)",
    "&Save settings": "保存设置(&S)",
    "Follow the system": "跟随系统",
    " s": " 秒",
    "(none)": "（无）",
    "Please enter the proxy's host name, for example proxy.example.cn (without http://).":
        "请输入代理服务器主机名，例如 proxy.example.cn（不含 http://）。",
    "Please enter the proxy's port (1 to 65535).": "请输入代理服务器端口（1 至 65535）。",
    "Settings saved. The new language takes effect when the program starts again.":
        "设置已保存。新的界面语言将在程序重新启动后生效。",
    "Settings saved.": "设置已保存。",
    "Settings saved, but the proxy password could not be stored in this computer's keychain.":
        "设置已保存，但代理密码无法保存到本机钥匙串。",
    # Startup
    "Procurement Account Administration": "招采账号权限管理",
    # TlsProblemDialog
    "Certificate refused": "证书未通过验证",
    "The server presented a certificate that this computer does not trust. To protect your password, nothing was sent to it.":
        "服务器出示的证书不被本机信任。为保护您的密码，没有向它发送任何数据。",
    "Certificate presented by the server": "服务器出示的证书",
    "Issued to:": "颁发给：",
    "Issued by:": "颁发者：",
    "Valid for:": "适用于：",
    "Validity:": "有效期：",
    "SHA-256 fingerprint:": "SHA-256 指纹：",
    "Compare the fingerprint with the one your IT department gives you. There is no way to connect while the certificate is refused.":
        "请将指纹与信息科提供的指纹核对。证书未通过验证时无法连接。",
    "Copy fingerprint": "复制指纹",
    "No secure connection to “%1”": "无法安全连接到“%1”",
    "(unknown)": "（未知）",
    "%1 to %2": "%1 至 %2",
    "The certificate authority is not trusted: ask your IT department for this server's CA certificate and add it under “Manage servers”.":
        "证书颁发机构不受信任：请向信息科索取该服务器的 CA 证书并在‘管理服务器’中添加。",
    "The certificate was issued for %1, not for the address you connect to (%2): check the server address in the server profile.":
        "证书是颁发给 %1 的，与您连接的地址（%2）不符：请检查服务器配置中的地址。",
    "The certificate expired on %1: ask the server's administrator to renew it, and check that this computer's date is right.":
        "证书已于 %1 过期：请联系服务器管理员更新证书，并检查本机日期是否正确。",
    "The certificate is valid only from %1: check this computer's date and time.":
        "证书自 %1 起才生效：请检查本机的日期和时间。",
    "The certificate has been revoked: do not use this server until its administrator replaces the certificate.":
        "证书已被吊销：在管理员更换证书之前，请勿使用该服务器。",
    "The certificate could not be verified (%1): contact your IT department.": "证书无法验证（%1）：请联系信息科。",
    # UnitChoiceDialog
    "Choose the unit": "选择登录单位",
    "Choose the unit to log in for": "请选择本次登录的单位",
    "Your mobile phone number is a handler account of several units. Choose the unit you work for in this session; you will be asked again at your next login.":
        "您的手机号是多个单位的经办人账号。请选择本次登录要办理业务的单位；下次登录时会再次询问。",
    "Manufacturer": "生产企业",
    "Distributor": "配送企业",
    "Not authenticated yet": "未完成角色认证",
    "Logging in to “%1”…": "正在登录“%1”…",
}

# The working screens (issue 5) and the item models of models/.
ZH_NEW = {
    # models: AccountTableModel, PermissionTreeModel, RoleTableModel (headerData and cells)
    "Main account (all permissions)": "单位主账号（拥有全部权限）",
    "No role": "未分配角色",
    "Role %1": "角色 %1",
    ", ": "、",
    "Active": "正常",
    "Disabled": "已禁用",
    "Locked": "已锁定",
    "This handler holds no role, so it cannot open any menu until a role is assigned.":
        "该经办人没有任何角色，分配角色之前无法打开任何菜单（登录时提示“对应角色为空”）。",
    "Phone": "手机号",
    "Roles": "角色",
    "Created at": "创建时间",
    "Last login": "最后登录",
    "You do not hold this permission, so you cannot grant or remove it.": "您本人没有该菜单权限，不能授予或取消。",
    "No.": "序号",
    "Role name": "角色名称",
    "Accounts": "关联账号数量",
    "Created by": "创建人",
    # AddHandlerDialog
    "Add handler": "新增经办人",
    "Add a handler account": "新增经办人账号",
    "The handler logs in with this mobile phone number. A code is sent to the phone to confirm it; a number without a password yet gets an initial password by SMS, to be changed at the first login.":
        "经办人使用该手机号登录。系统会向该手机发送验证码以确认号码；尚未设置密码的手机号将通过短信收到初始密码，首次登录时须修改。",
    "&Mobile phone:": "手机号(&M)：",
    "11-digit mobile phone number": "11 位手机号",
    "The handler’s real name": "经办人真实姓名",
    "&Captcha:": "图形验证码(&C)：",
    "Click for a new image": "点击更换图片",
    "Captcha image, press for a new one": "图形验证码图片，按下更换",
    "&SMS code:": "短信验证码(&S)：",
    "6 digits": "6 位数字",
    "&Get code": "获取验证码(&G)",
    "Please enter the handler's mobile phone number.": "请输入经办人的手机号。",
    "A mobile phone number has 11 digits and starts with 13 to 19.": "手机号为 11 位数字，以 13 至 19 开头。",
    "Please enter the handler's name.": "请输入经办人姓名。",
    "The name can have at most 50 characters.": "姓名最多 50 个字符。",
    "The name contains characters that are not allowed.": "姓名中含有不允许的字符。",
    "Please enter the 6-digit code sent to the phone.": "请输入发送到该手机的 6 位验证码。",
    "The SMS code has 6 digits.": "短信验证码为 6 位数字。",
    "Resend in %1 s": "%1 秒后重新获取",
    "One code per phone and minute: wait until the countdown ends.": "每个手机号每分钟只能获取一次验证码，请等待倒计时结束。",
    "Send a 6-digit code to this phone (type the captcha first).": "向该手机发送 6 位验证码（请先填写图形验证码）。",
    "Type the characters of the image first: they protect the SMS from abuse.": "请先填写图片中的字符，以防短信被滥用。",
    "A code was sent to %1. It is valid for %n minute(s).": "验证码已发送至 %1，%n 分钟内有效。",
    "Sending the SMS code…": "正在发送短信验证码…",
    "Adding the handler…": "正在新增经办人…",
    # AssignAccountsDialog
    "Assign accounts": "分配账号",
    "Tick accounts on the “Unassigned” tab and press “Assign”; tick them on the “Assigned” tab and press “Unassign”. The change takes effect at once.":
        "在“未分配”页勾选账号后点击“选择”即可分配；在“已分配”页勾选账号后点击“取消分配”。修改立即生效。",
    "Assigned": "已分配",
    "Unassigned": "未分配",
    "&Login:": "登录账号(&L)：",
    "Login filter": "按登录账号筛选",
    "Account na&me:": "账号名称(&M)：",
    "Account name": "账号名称",
    "Account name filter": "按账号名称筛选",
    "&Search": "查询(&S)",
    "R&eset": "重置(&E)",
    "Tick this &page": "勾选本页(&P)",
    "Clear ticks": "清除勾选",
    "&Unassign": "取消分配(&U)",
    "&Assign": "选择(&A)",
    "No account holds this role yet.": "尚无账号分配该角色。",
    "Every account holds this role.": "所有账号都已分配该角色。",
    "Unassigned accounts": "未分配的账号",
    "Role: %1": "角色名称：%1",
    "Assign accounts — %1": "分配账号 — %1",
    "Assigned (%1)": "已分配（%1）",
    "Unassigned (%1)": "未分配（%1）",
    "&Assign %n account(s)": "选择 %n 个账号(&A)",
    "&Unassign %n account(s)": "取消分配 %n 个账号(&U)",
    "Tick the accounts first.": "请先勾选账号。",
    "%n ticked": "已勾选 %n 个",
    "Assigning %1 (%2 of %3)…": "正在分配 %1（%2/%3）…",
    "Unassigning %1 (%2 of %3)…": "正在取消分配 %1（%2/%3）…",
    "%1: %2": "%1：%2",
    "account #%1": "账号 #%1",
    "%1 (%2)": "%1（%2）",
    "%n account(s) assigned": "已分配 %n 个账号",
    "%n account(s) unassigned": "取消分配 %n 个账号",
    "%n failed": "%n 个失败",
    "Role “%1”: %2.": "角色“%1”：%2。",
    "Assigned: %1": "已分配：%1",
    "Unassigned: %1": "已取消分配：%1",
    "Not changed: %1": "未能修改：%1",
    "The rest was cancelled.": "其余操作已取消。",
    # AuditEventTableModel
    "Add role": "添加角色",
    "Edit role": "修改角色",
    "Delete role": "删除角色",
    "Assign account": "分配账号",
    "Unassign account": "取消分配账号",
    "Edit handler": "修改经办人",
    "Disable handler": "禁用经办人",
    "Enable handler": "启用经办人",
    "Unlock handler": "解锁经办人",
    "Delete handler": "删除经办人",
    "Reset password": "重置密码",
    "Choose medical institution": "选择医疗机构",
    "Register unit": "法人注册",
    "Unit authentication": "角色认证",
    "Role #%1": "角色 #%1",
    "Role “%1”": "角色“%1”",
    "Account “%1”": "账号“%1”",
    "Unit “%1”": "单位“%1”",
    "Account #%1": "账号 #%1",
    "Unit #%1": "单位 #%1",
    "Time": "时间",
    "Done by": "操作人",
    "Action": "操作",
    "Target": "对象",
    "Summary": "摘要",
    # AuditLogPage
    "Every change to your unit’s roles and accounts is recorded here: who did what, and when.":
        "本单位角色和账号的每一次修改都记录在这里：谁在什么时间做了什么。",
    "&Action:": "操作类型(&A)：",
    "Action filter": "按操作类型筛选",
    "&Done by:": "操作人(&D)：",
    "Done-by filter": "按操作人筛选",
    "&From:": "开始日期(&F)：",
    "From date": "开始日期",
    "&To:": "结束日期(&T)：",
    "To date": "结束日期",
    "E&xport CSV…": "导出 CSV(&X)…",
    "Save the events of this page as a CSV file": "将本页的日志保存为 CSV 文件",
    "Audit events": "审计日志",
    "All actions": "全部操作",
    "Loading the audit log was cancelled.": "已取消加载审计日志。",
    "Anyone": "全部人员",
    "The audit log is kept on the server only. It cannot be searched while the server cannot be reached; what was loaded before stays visible.":
        "审计日志只保存在服务器上。无法连接服务器时不能查询；之前已加载的内容仍可查看。",
    "The start date is after the end date.": "开始日期晚于结束日期。",
    "No audit events match the filter.": "没有符合条件的审计日志。",
    "Loading the audit log…": "正在加载审计日志…",
    "audit-log": "审计日志",
    "%n event(s) exported to %1.": "已将 %n 条日志导出到 %1。",
    # BusyBar
    "Busy": "正在处理",
    "Cancel the running request": "取消正在进行的请求",
    # ErrorText (seconds)
    "Too many requests. Try again in %n second(s).": "请求过于频繁，请 %n 秒后再试。",
    "Too many failed attempts: the account is locked. Try again in %n second(s).":
        "登录失败次数过多，账号已锁定，请 %n 秒后再试。",
    # HandlerRolesDialog
    "Assign roles": "分配角色",
    "Tick the roles this handler should hold. The handler can open the menus of all its roles at the next request.":
        "勾选该经办人应拥有的角色。保存后经办人即可打开这些角色的全部菜单。",
    "Filter roles by name": "按角色名称筛选",
    "Filter roles": "筛选角色",
    "&Save": "保存(&S)",
    "Roles of %1 (%2)": "%1（%2）的角色",
    "Assign roles — %1": "分配角色 — %1",
    "Your unit has no roles yet: add one on the “Account roles” page first.": "本单位还没有角色：请先在“账号角色管理”中添加角色。",
    "No role ticked: the handler could not open any menu.": "未勾选任何角色：该经办人将无法打开任何菜单。",
    "%n role(s) ticked": "已勾选 %n 个角色",
    "Saving the roles…": "正在保存角色…",
    "role #%1": "角色 #%1",
    "Not everything was saved:\n%1": "部分修改未能保存：\n%1",
    "given %1": "已分配 %1",
    "no longer holds %1": "已取消 %1",
    "Handler “%1”: %2.": "经办人“%1”：%2。",
    "; ": "；",
    # HandlersPage
    "Unit handlers": "单位经办人",
    "Handler accounts are the logins of your staff: they log in with their mobile phone number. Add handlers, give them roles, disable or enable them, and send them a new password.":
        "经办人账号是本单位工作人员的登录账号，使用手机号登录。您可以新增经办人、分配角色、禁用或启用账号，以及重置密码。",
    "Show &only these": "只看这些(&O)",
    "Sea&rch:": "搜索(&R)：",
    "Login, name or mobile phone": "登录账号、姓名或手机号",
    "Search handlers": "搜索经办人",
    "S&tatus:": "状态(&T)：",
    "Status filter": "按状态筛选",
    "&Add handler": "新增经办人(&A)",
    "Show &phone numbers": "显示手机号(&P)",
    "Show the full mobile phone numbers for one minute": "显示完整手机号一分钟",
    "Re&fresh data": "刷新数据(&F)",
    "Fetch the latest roles and accounts from the server now (F5)": "立即从服务器获取最新的角色和账号（F5）",
    "Save all handlers that match the filter as a CSV file": "将符合条件的全部经办人保存为 CSV 文件",
    "All": "全部",
    "No handlers yet. Press “Add handler” to add the first one.": "还没有经办人。点击“新增经办人”添加。",
    "Actions": "操作",
    "Assign a role": "分配角色",
    "This handler holds no role yet: give it one.": "该经办人还没有角色：请为其分配角色。",
    "Disable": "禁用",
    "Enable": "启用",
    "Unlock": "解锁",
    "Delete": "删除",
    "Handlers": "经办人",
    "Loading the handlers from this computer's cache…": "正在从本机缓存加载经办人…",
    "Not connected to a server.": "未连接服务器。",
    "Add a handler account by mobile phone number": "通过手机号新增经办人账号",
    "%n handler(s) hold no role: at login they are told “no role assigned” (对应角色为空) and cannot open any menu. Give each of them a role with “Assign a role”.":
        "有 %n 个经办人没有分配角色：登录时会提示“对应角色为空”，无法打开任何菜单。请点击“分配角色”为其分配角色。",
    "Hide &phone numbers": "隐藏手机号(&P)",
    "handlers": "单位经办人",
    "%n handler(s) exported to %1.": "已将 %n 个经办人导出到 %1。",
    "“%1” (%2)": "“%1”（%2）",
    "The handler %1 was added. Give it a role so that it can open its menus.": "已新增经办人%1。请为其分配角色，以便打开相应菜单。",
    "Disable the handler %1? It is logged out at once and cannot log in until it is enabled again.":
        "禁用经办人%1？其登录将立即失效，在重新启用之前无法登录。",
    "Disabling %1…": "正在禁用%1…",
    "The handler %1 was disabled.": "已禁用经办人%1。",
    "Unlock the handler %1? It can log in again at once.": "解锁经办人%1？解锁后可立即重新登录。",
    "Unlocking %1…": "正在解锁%1…",
    "The handler %1 was unlocked.": "已解锁经办人%1。",
    "Enable the handler %1? It can log in again.": "启用经办人%1？启用后可重新登录。",
    "Enabling %1…": "正在启用%1…",
    "The handler %1 was enabled.": "已启用经办人%1。",
    "Send the handler %1 a new password? It goes by SMS to %2 and must be changed at the next login; the old password stops working.":
        "为经办人%1重置密码？新密码将通过短信发送到 %2，下次登录时须修改；原密码将立即失效。",
    "A new password was sent to the handler %1 by SMS.": "新密码已通过短信发送给经办人%1。",
    "Resetting the password of %1…": "正在重置%1的密码…",
    "Delete the handler %1? Its account and its %n role assignment(s) are removed from your unit; this cannot be undone.":
        "删除经办人%1？该账号及其 %n 个角色分配将从本单位删除，此操作无法撤销。",
    "Delete the handler %1? Its account is removed from your unit; this cannot be undone.":
        "删除经办人%1？该账号将从本单位删除，此操作无法撤销。",
    "The handler %1 was deleted.": "已删除经办人%1。",
    "Deleting the handler %1…": "正在删除经办人%1…",
    # LoginDialog (offline)
    "&Open this computer's copy (offline)": "离线查看本机缓存(&O)",
    "Show the roles and accounts saved on this computer at the last sync, read-only, until the server can be reached again":
        "以只读方式查看上次同步时保存在本机的角色和账号，直到可以再次连接服务器",
    "Opening this computer's copy…": "正在打开本机缓存…",
    # MainWindow
    "&Try again now": "立即重试(&T)",
    "&Data": "数据(&D)",
    "Log out and &delete this computer's data…": "退出并清除本机数据(&D)…",
    "Log out, and delete this account's cache and saved login from this computer": "退出登录，并删除本机保存的该账号缓存数据和登录信息",
    "&Refresh data": "刷新数据(&R)",
    "Fetch what changed on the server since the last sync": "获取上次同步以来服务器上的变化",
    "Reload &everything from the server": "从服务器重新下载全部数据(&E)",
    "&Stop the sync": "停止同步(&S)",
    "Stop": "停止",
    "Stop the running sync; what was already received stays": "停止正在进行的同步；已收到的数据会保留",
    "Stop the sync": "停止同步",
    "This computer's copy of the account could not be opened, so nothing can be shown or changed.":
        "无法打开本机保存的账号数据，因此无法显示或修改任何内容。",
    "Offline: the server cannot be reached, so nothing can be changed now. The client reconnects by itself.":
        "离线：无法连接服务器，暂时不能修改。客户端会自动重新连接。",
    "The server cannot be reached since %1. The client tries again by itself.": "自 %1 起无法连接服务器，客户端会自动重试。",
    "Offline: showing this computer's cached data of %1. Nothing can be changed until the server can be reached again; the client reconnects by itself.":
        "离线：显示的是 %1 的本机缓存数据。恢复连接服务器之前不能修改，客户端会自动重新连接。",
    "Offline: this computer has no synced data of the account yet. The client reconnects by itself.":
        "离线：本机还没有该账号的同步数据。客户端会自动重新连接。",
    "The server can be reached again.": "已恢复与服务器的连接。",
    "Syncing… %n item(s) received": "正在同步… 已接收 %n 条",
    "Syncing…": "正在同步…",
    "Last synced: %1": "上次同步：%1",
    "This computer's cache could not be written: %1": "无法写入本机缓存：%1",
    "The sync failed: %1": "同步失败：%1",
    "The sync was stopped. It goes on from there next time.": "同步已停止，下次将从停止处继续。",
    "Fetching the latest data from the server…": "正在从服务器获取最新数据…",
    "Log out and delete this computer's data": "退出并清除本机数据",
    "Log out and delete everything this computer keeps of the account %1 on “%2”: the cached roles and accounts and the saved login? Nothing on the server changes; the data is downloaded again at the next login.":
        "退出登录，并删除本机保存的账号 %1（服务器“%2”）的全部数据：缓存的角色、账号以及保存的登录信息？服务器上的数据不受影响，下次登录时会重新下载。",
    # PagedTable / PagerWidget
    "No data": "暂无数据",
    "&Copy": "复制(&C)",
    "Rows per page": "每页条数",
    "%1 / page": "%1条/页",
    "Previous page": "上一页",
    "Next page": "下一页",
    "Go to": "前往",
    "Go to page": "前往页码",
    "page": "页",
    "%n item(s) in total": "共 %n 条",
    "Page %1": "第 %1 页",
    # RoleEditorDialog
    "Role &name:": "角色名称(&N)：",
    "1 to 30 characters, unique in your unit": "1 至 30 个字符，本单位内不能重名",
    "&Remark:": "备注(&R)：",
    "What the role is for (at most 200 characters)": "角色用途说明（最多 200 个字符）",
    "&Menu permissions": "菜单权限(&M)",
    "Filter menus by name": "按菜单名称筛选",
    "Filter menu permissions": "筛选菜单权限",
    "E&xpand all": "全部展开(&X)",
    "Co&llapse all": "全部收起(&L)",
    "Edit role “%1”": "修改角色“%1”",
    "&Add role": "添加角色(&A)",
    "Greyed menus: your own account does not hold them, so you cannot change them.": "灰色菜单：您本人没有这些权限，因此不能修改。",
    "Please enter the role name.": "请输入角色名称。",
    "The role name can have at most %1 characters (now %2).": "角色名称最多 %1 个字符（当前 %2 个）。",
    "The role name is not valid.": "角色名称无效。",
    "%1/%2": "%1/%2",
    "The remark can have at most %1 characters.": "备注最多 %1 个字符。",
    "%n menu permission(s) chosen": "已选择 %n 项菜单权限",
    "Saving the role…": "正在保存角色…",
    "Adding the role…": "正在添加角色…",
    "Someone else deleted this role while you were editing it. Cancel to close the form, or copy what you typed into a new role.":
        "您编辑期间该角色已被他人删除。请取消关闭表单，或将填写的内容用于新建角色。",
    "Someone else changed this role. Loading the server's version…": "该角色已被他人修改，正在加载服务器上的最新版本…",
    "The server's version is loaded and your changes are applied on top of it. Check the form and save again.":
        "已加载服务器上的最新版本，并在其上重新应用了您的修改。请检查后再次保存。",
    "The form shows the server's version now.": "表单现在显示的是服务器上的版本。",
    "Your changes are still here, but saving them needs the server's version first: save again to compare.":
        "您的修改仍然保留，但保存前需要先对照服务器上的版本：请再次保存以进行比较。",
    "Close the form and lose the changes you made?": "关闭表单并放弃您所做的修改？",
    # RolesPage
    "A role is a set of menu permissions. Add the roles your unit needs, choose their menus, and assign them to handler accounts; a handler without any role cannot open any menu.":
        "角色是一组菜单权限。请添加本单位需要的角色、选择其菜单，并分配给经办人账号；没有任何角色的经办人无法打开任何菜单。",
    "Enter a role name": "请输入角色名称",
    "Role name filter": "按角色名称筛选",
    "Save all roles that match the filter as a CSV file": "将符合条件的全部角色保存为 CSV 文件",
    "No roles yet. Press “Add role” to create the first one.": "还没有角色。点击“添加角色”新建。",
    "Edit": "修改",
    "Loading the roles from this computer's cache…": "正在从本机缓存加载角色…",
    "Create a new role (添加角色)": "新建角色",
    "roles": "账号角色",
    "%n role(s) exported to %1.": "已将 %n 个角色导出到 %1。",
    "The role “%1” was added.": "已添加角色“%1”。",
    "The role “%1” was saved.": "已保存角色“%1”。",
    "Delete the role “%1”? %n account(s) will lose it, and with it the menus it gives them.":
        "删除角色“%1”？%n 个账号将失去该角色及其提供的菜单权限。",
    "Delete the role “%1”? No account holds it.": "删除角色“%1”？目前没有账号分配该角色。",
    "The role “%1” was deleted.": "已删除角色“%1”。",
    "The role “%1” was changed by someone else in the meantime; it was not deleted. Look at it again, then delete it if you still want to.":
        "角色“%1”在此期间已被他人修改，未删除。请重新查看后，如仍需删除请再次操作。",
    "Deleting the role “%1”…": "正在删除角色“%1”…",
    # SessionFlow
    "The server cannot be reached, and this computer's copy of the account could not be opened.":
        "无法连接服务器，且无法打开本机保存的账号数据。",
    "You have logged out and this computer's data of the account was deleted.": "您已退出登录，本机保存的该账号数据已清除。",
    "You have logged out, but some of this computer's data of the account could not be deleted: %1":
        "您已退出登录，但本机保存的该账号部分数据未能清除：%1",
    # TableExport
    "Export as CSV": "导出为 CSV",
    "CSV files (*.csv)": "CSV 文件 (*.csv)",
    "The file “%1” could not be written: %2": "无法写入文件“%1”：%2",
    # VersionConflictDialog
    "Changed on the server": "服务器上的修改",
    "Someone else changed this role": "该角色已被他人修改",
    "What changed": "修改内容",
    "Reload and &reapply my changes": "重新加载并保留我的修改(&R)",
    "&Discard my changes": "放弃我的修改(&D)",
    "&Keep editing": "继续编辑(&K)",
    "a moment ago": "刚才",
    "While you were editing, the role “%1” was changed on the server (%2). Nothing you typed is lost: compare the changes and choose how to go on.":
        "您编辑期间，角色“%1”已在服务器上被修改（%2）。您填写的内容都还在：请对照修改内容，选择如何继续。",
    "Item": "项目",
    "Your changes": "您的修改",
    "(unchanged)": "（未修改）",
    "(empty)": "（空）",
    "%1 → %2": "%1 → %2",
    "%1\n→ %2": "%1\n→ %2",
    "(not editable here)": "（此处不可修改）",
    "You and someone else both changed: %1. If you re-apply your changes, yours are kept there.":
        "您和他人都修改了：%1。重新应用时，这些项目以您的修改为准。",
    "“Reload and re-apply” puts your changes on top of the server's version; check the form and save again. “Discard” shows the server's version instead.":
        "“重新加载并保留我的修改”会在服务器版本上重新应用您的修改，请检查后再次保存；“放弃我的修改”则改为显示服务器上的版本。",
    "added: %1": "新增：%1",
    "removed: %1": "移除：%1",
}

# The same English words that need other Chinese in one place: (context, source) -> Chinese.
ZH_CONTEXT = {
    ("zc::ui::AddHandlerDialog", "&Name:"): "姓名(&N)：",
    ("zc::ui::HandlersPage", "Roles"): "分配角色",
    ("zc::ui::VersionConflictDialog", "Assigned accounts"): "关联账号数量",
    ("zc::ui::AssignAccountsDialog", "Assigned accounts"): "已分配的账号",
}

EN_PLURALS_NEW = {
    "A code was sent to %1. It is valid for %n minute(s).":
        ("A code was sent to %1. It is valid for %n minute.", "A code was sent to %1. It is valid for %n minutes."),
    "&Assign %n account(s)": ("&Assign %n account", "&Assign %n accounts"),
    "&Unassign %n account(s)": ("&Unassign %n account", "&Unassign %n accounts"),
    "%n ticked": ("%n ticked", "%n ticked"),
    "%n account(s) assigned": ("%n account assigned", "%n accounts assigned"),
    "%n account(s) unassigned": ("%n account unassigned", "%n accounts unassigned"),
    "%n failed": ("%n failed", "%n failed"),
    "%n event(s) exported to %1.": ("%n event exported to %1.", "%n events exported to %1."),
    "Too many requests. Try again in %n second(s).":
        ("Too many requests. Try again in %n second.", "Too many requests. Try again in %n seconds."),
    "Too many failed attempts: the account is locked. Try again in %n second(s).":
        ("Too many failed attempts: the account is locked. Try again in %n second.",
         "Too many failed attempts: the account is locked. Try again in %n seconds."),
    "%n role(s) ticked": ("%n role ticked", "%n roles ticked"),
    "%n handler(s) hold no role: at login they are told “no role assigned” (对应角色为空) and cannot open any menu. Give each of them a role with “Assign a role”.":
        ("%n handler holds no role: at login it is told “no role assigned” and cannot open any menu. Give it a role with “Assign a role”.",
         "%n handlers hold no role: at login they are told “no role assigned” and cannot open any menu. Give each of them a role with “Assign a role”."),
    "%n handler(s) exported to %1.": ("%n handler exported to %1.", "%n handlers exported to %1."),
    "Delete the handler %1? Its account and its %n role assignment(s) are removed from your unit; this cannot be undone.":
        ("Delete the handler %1? Its account and its %n role assignment are removed from your unit; this cannot be undone.",
         "Delete the handler %1? Its account and its %n role assignments are removed from your unit; this cannot be undone."),
    "Syncing… %n item(s) received": ("Syncing… %n item received", "Syncing… %n items received"),
    "%n item(s) in total": ("%n item in total", "%n items in total"),
    "%n menu permission(s) chosen": ("%n menu permission chosen", "%n menu permissions chosen"),
    "%n role(s) exported to %1.": ("%n role exported to %1.", "%n roles exported to %1."),
    "Delete the role “%1”? %n account(s) will lose it, and with it the menus it gives them.":
        ("Delete the role “%1”? %n account will lose it, and with it the menus it gives it.",
         "Delete the role “%1”? %n accounts will lose it, and with it the menus it gives them."),
}

# English text for sources that are not English (quotes of the portal's Chinese).
EN_TEXT = {
    "Create a new role (添加角色)": "Create a new role",
}

for _source, _text in ZH_NEW.items():
    ZH.setdefault(_source, _text)

# More Chinese in translations/*.tsv, one "English source<TAB>中文" per line
# (e.g. the account dialogs' list); the dictionaries above win on a clash.
for _tsv in sorted(Path(__file__).resolve().parent.glob('*.tsv')):
    for _line in _tsv.read_text(encoding='utf-8').splitlines():
        if _line.strip() and '\t' in _line:
            _source, _text = _line.split('\t', 1)
            ZH.setdefault(_source, _text)

# English plural forms for the numerus messages (singular, plural).
EN_PLURALS = {
    "Too many failed attempts: the account is locked. Try again in %n minute(s).":
        ("Too many failed attempts: the account is locked. Try again in %n minute.",
         "Too many failed attempts: the account is locked. Try again in %n minutes."),
    "Too many requests. Try again in %n minute(s).":
        ("Too many requests. Try again in %n minute.", "Too many requests. Try again in %n minutes."),
}


EN_PLURALS.update(EN_PLURALS_NEW)


def fill(path, translate):
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter('context'):
        context_name = context.find('name').text or ''
        for message in context.iter('message'):
            missing += fill_message(message, context_name, translate)
    ET.indent(tree, space='    ')
    with open(path, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
        f.write(b'\n')
    return missing


def fill_message(message, context_name, translate):
    missing = []
    source = message.find('source').text or ''
    translation = message.find('translation')
    translation.attrib.pop('type', None)
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    forms = translate(source, message.get('numerus') == 'yes', context_name)
    if forms is None:
        missing.append(source)
        translation.set('type', 'unfinished')
        return missing
    if message.get('numerus') == 'yes':
        for form in forms:
            element = ET.SubElement(translation, 'numerusform')
            element.text = form
    else:
        translation.text = forms[0]
    return missing


def zh(source, numerus, context=''):
    text = ZH_CONTEXT.get((context, source), ZH.get(source))
    return None if text is None else [text]


def en(source, numerus, context=''):
    if numerus:
        return list(EN_PLURALS.get(source, (source, source)))
    return [EN_TEXT.get(source, source)]


root = Path(__file__).resolve().parent
missing = fill(root / 'zhaocai_zh_CN.ts', zh)
fill(root / 'zhaocai_en.ts', en)
for m in missing:
    print('no Chinese translation for:', repr(m), file=sys.stderr)
sys.exit(1 if missing else 0)
