#!/usr/bin/env python3
"""Fills zhaocai_zh_CN.ts and zhaocai_en.ts after lupdate.

Source strings in the code are English; the Chinese wording follows the
provincial portals' manuals (单位经办人, 账号角色管理, 选择医疗机构 …).
Run from the repository root after:
  lupdate -no-obsolete -locations relative -source-language en -target-language zh_CN ui -ts translations/zhaocai_zh_CN.ts
  lupdate -no-obsolete -locations relative -source-language en -target-language en    ui -ts translations/zhaocai_en.ts
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
    # PermissionSummaryPage
    "Menu permissions of your account": "您账号的菜单权限",
    "The tools of this page come with a later version of the client.": "本页面的操作功能将在客户端的后续版本中提供。",
    "the unit's main account": "单位主账号",
    "a handler account": "经办人账号",
    "Your account (%1) holds no menu permissions yet. Ask your unit's main account to assign you a role.":
        "您的账号（%1）目前没有任何菜单权限，请联系本单位主账号为您分配角色。",
    "Your account (%1) holds %n menu permission(s):": "您的账号（%1）拥有 %n 项菜单权限：",
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

# English plural forms for the numerus messages (singular, plural).
EN_PLURALS = {
    "Too many failed attempts: the account is locked. Try again in %n minute(s).":
        ("Too many failed attempts: the account is locked. Try again in %n minute.",
         "Too many failed attempts: the account is locked. Try again in %n minutes."),
    "Too many requests. Try again in %n minute(s).":
        ("Too many requests. Try again in %n minute.", "Too many requests. Try again in %n minutes."),
    "Your account (%1) holds %n menu permission(s):":
        ("Your account (%1) holds %n menu permission:", "Your account (%1) holds %n menu permissions:"),
}


def fill(path, translate):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        source = message.find('source').text or ''
        translation = message.find('translation')
        translation.attrib.pop('type', None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        forms = translate(source, message.get('numerus') == 'yes')
        if forms is None:
            missing.append(source)
            translation.set('type', 'unfinished')
            continue
        if message.get('numerus') == 'yes':
            for form in forms:
                element = ET.SubElement(translation, 'numerusform')
                element.text = form
        else:
            translation.text = forms[0]
    ET.indent(tree, space='    ')
    with open(path, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
        f.write(b'\n')
    return missing


def zh(source, numerus):
    text = ZH.get(source)
    return None if text is None else [text]


def en(source, numerus):
    if numerus:
        return list(EN_PLURALS.get(source, (source, source)))
    return [source]


root = Path(__file__).resolve().parent
missing = fill(root / 'zhaocai_zh_CN.ts', zh)
fill(root / 'zhaocai_en.ts', en)
for m in missing:
    print('no Chinese translation for:', repr(m), file=sys.stderr)
sys.exit(1 if missing else 0)
