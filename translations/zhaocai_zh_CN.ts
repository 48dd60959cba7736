<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <location line="+1"/>
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
    <message>
        <location line="+1"/>
        <source>Medical institution</source>
        <translation>医疗机构</translation>
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
    <name>zc::ui::AccessReviewPage</name>
    <message>
        <location filename="../ui/review/AccessReviewPage.cpp" line="+76"/>
        <location line="+663"/>
        <source>access-review</source>
        <translation>权限审查</translation>
    </message>
    <message>
        <location line="-659"/>
        <source>this computer&apos;s copy of the unit is still loading</source>
        <translation>本机的单位数据仍在加载，请稍候</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Access review</source>
        <translation>权限审查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What in this unit deserves a look: accounts that are not used, disabled accounts that still hold roles, who can administer the unit, roles that give nothing or that nobody holds, API tokens that expire or are not used. Settle each row with its action, then complete the review: the server records it in the audit log.</source>
        <translation>列出本单位需要关注的情况：长期未使用的账号、已禁用但仍有角色的账号、拥有管理权限的账号、无菜单权限或未分配账号的角色、即将到期或未使用的接口令牌。请逐条处理后点击“完成审查”，服务器将把本次审查记入审计日志。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&amp;nactive after (days):</source>
        <translation>未登录天数阈值(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A handler or API token not used for this many days is listed</source>
        <translation>超过该天数未登录的经办人、未使用的接口令牌将被列出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Complete review…</source>
        <translation>完成审查(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings</source>
        <translation>审查结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to look at: the review found nothing.</source>
        <translation>未发现需要关注的情况。</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>All findings (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+343"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-332"/>
        <location line="+254"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
        <translation>未审查</translation>
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
            <numerusform>共 %n 项需要关注。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handlers</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <location line="+8"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>API tokens</source>
        <translation>接口令牌</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline: this review is made from this computer&apos;s copy of the handlers and roles. The API tokens are kept only on the server, so they are not part of it now, and completing the review needs the server too. Both come back when the server can be reached.</source>
        <translation>离线：本次审查依据本机保存的经办人和角色数据。接口令牌只保存在服务器上，因此暂不在审查范围内；完成审查也需要连接服务器。连接恢复后即可审查接口令牌并完成审查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API tokens could not be read, so they are not part of this review: %1</source>
        <translation>无法读取接口令牌，本次审查不含接口令牌：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API tokens are not part of this review: listing them needs the API tokens permission.</source>
        <translation>本次审查不含接口令牌：查看接口令牌需要“接口管理”菜单权限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the API tokens from the server…</source>
        <translation>正在从服务器读取接口令牌…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Last review: %1 by %2 (%n finding(s)).</source>
        <translation>
            <numerusform>上次审查：%1，审查人%2（%n 项需要关注）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the last review was done could not be read: %1</source>
        <translation>无法读取上次审查记录：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No access review has been recorded for this unit yet.</source>
        <translation>本单位暂无权限审查记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the last review was done is known to the server only.</source>
        <translation>上次审查记录仅保存在服务器上，连接后可查看。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wait until the API tokens are read</source>
        <translation>请等待接口令牌读取完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record in the audit log that this review is complete</source>
        <translation>在审计日志中记录本次审查已完成</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove “%1”</source>
        <translation>移除“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Offboard</source>
        <translation>离职处理</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assign accounts</source>
        <translation>分配账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Remove role</source>
        <translation>移除角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to remove the role “%1” from %2? The menus it gives are no longer open to the handler.</source>
        <translation>确定要移除经办人%2的角色“%1”吗？移除后该经办人将不能再使用该角色的菜单。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The role “%1” was removed from %2.</source>
        <translation>已移除经办人%2的角色“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removing the role “%1” from %2…</source>
        <translation>正在移除经办人%2的角色“%1”…</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Inactive after %n day(s) without logging in.</source>
        <translation>
            <numerusform>未登录天数阈值：%n 天。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API tokens were not reviewed (their counts are recorded as 0).</source>
        <translation>本次未审查接口令牌（其数量按 0 记录）。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The access review was recorded at %1; it is in the audit log.</source>
        <translation>权限审查已于 %1 记录，可在审计日志中查看。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recording the access review…</source>
        <translation>正在记录权限审查…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Access review report</source>
        <translation>权限审查报告</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n finding(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 项审查结果导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::ui::AccessReviewReport</name>
    <message>
        <location filename="../ui/review/AccessReviewReport.cpp" line="+48"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reviewed</source>
        <translation>未审查</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Inactive after %n day(s) without logging in · %1 finding(s) in all</source>
        <translation>
            <numerusform>未登录天数阈值：%n 天 · 共 %1 项需要关注</numerusform>
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
        <translation>未发现需要关注的情况。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account, role or token</source>
        <translation>账号、角色或接口令牌</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggested action</source>
        <translation>建议处理</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
</context>
<context>
    <name>zc::ui::AddHandlerDialog</name>
    <message>
        <location filename="../ui/handlers/AddHandlerDialog.ui" line="+6"/>
        <source>Add handler</source>
        <translation>新增经办人</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Add a handler account</source>
        <translation>新增经办人账号</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The handler logs in with this mobile phone number. A code is sent to the phone to confirm it; a number without a password yet gets an initial password by SMS, to be changed at the first login.</source>
        <translation>经办人使用该手机号登录。系统会向该手机发送验证码以确认号码；尚未设置密码的手机号将通过短信收到初始密码，首次登录时须修改。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Mobile phone:</source>
        <translation>手机号(&amp;M)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>11-digit mobile phone number</source>
        <translation>11 位手机号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Name:</source>
        <translation>账号名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The handler’s real name</source>
        <translation>经办人的真实姓名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>账号名称</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Captcha:</source>
        <translation>图形验证码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Characters in the image</source>
        <translation>请输入图形验证码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Captcha</source>
        <translation>图形验证码</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Click for a new image</source>
        <translation>点击更换图片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Captcha image, press for a new one</source>
        <translation>图形验证码图片，点击更换</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;SMS code:</source>
        <translation>短信验证码(&amp;S)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>6 digits</source>
        <translation>6 位数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS code</source>
        <translation>短信验证码</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/handlers/AddHandlerDialog.cpp" line="+193"/>
        <source>&amp;Get code</source>
        <translation>获取验证码(&amp;G)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Add</source>
        <translation>确定(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/handlers/AddHandlerDialog.cpp" line="-34"/>
        <source>Please enter the handler&apos;s mobile phone number.</source>
        <translation>请输入经办人的手机号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mobile phone number has 11 digits and starts with 13 to 19.</source>
        <translation>手机号为 11 位数字，以 13 至 19 开头。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please enter the handler&apos;s name.</source>
        <translation>请输入账号名称（经办人的真实姓名）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name can have at most 50 characters.</source>
        <translation>账号名称最多 50 个字符。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name contains characters that are not allowed.</source>
        <translation>账号名称中含有不允许的字符，请修改后重新输入。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please enter the 6-digit code sent to the phone.</source>
        <translation>请输入发送到该手机的 6 位验证码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SMS code has 6 digits.</source>
        <translation>短信验证码为 6 位数字。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resend in %1 s</source>
        <translation>%1 秒后重新获取</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One code per phone and minute: wait until the countdown ends.</source>
        <translation>每个手机号每分钟只能获取一次验证码，请等待倒计时结束。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a 6-digit code to this phone (type the captcha first).</source>
        <translation>向该手机发送 6 位验证码（请先输入图形验证码）。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Type the characters of the image first: they protect the SMS from abuse.</source>
        <translation>请先输入图形验证码，再获取短信验证码。</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>A code was sent to %1. It is valid for %n minute(s).</source>
        <translation>
            <numerusform>验证码已发送至 %1，%n 分钟内有效。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sending the SMS code…</source>
        <translation>正在发送短信验证码…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Adding the handler…</source>
        <translation>正在新增经办人…</translation>
    </message>
</context>
<context>
    <name>zc::ui::ApiTokenDialog</name>
    <message>
        <location filename="../ui/interfaces/ApiTokenDialog.cpp" line="+34"/>
        <source>Add API token</source>
        <translation>添加接口令牌</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Add token</source>
        <translation>添加令牌(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>An API token lets a script or another system use the platform for your unit, without a person signing in. It can do exactly what the menus ticked below allow, until it expires or is deleted.</source>
        <translation>接口令牌供脚本或其他系统代表本单位使用平台，无需人员登录。令牌只能使用下方勾选的菜单权限，到期或删除后即失效。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>For example: hospital information system</source>
        <translation>例如：医院信息系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token name</source>
        <translation>令牌名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token &amp;name:</source>
        <translation>令牌名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for (days)</source>
        <translation>有效期（天）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Valid for:</source>
        <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Menu permissions</source>
        <translation>菜单权限</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+2"/>
        <source>Filter menus</source>
        <translation>筛选菜单</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Greyed menus: your own account does not hold them, so a token you make cannot have them either.</source>
        <translation>灰色菜单：您的账号没有这些权限，因此您添加的令牌也不能拥有。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Copy the token now and keep it somewhere safe, such as the other system&apos;s configuration. It is shown only this once: after this window closes no one can see it again. If it is lost, delete it and add a new one.</source>
        <translation>请立即复制令牌并妥善保存（例如填入对接系统的配置）。令牌只显示这一次，关闭本窗口后任何人都无法再次查看；如遗失，请删除后重新添加。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>API token</source>
        <translation>接口令牌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A script sends it in every request as the header &lt;code&gt;Authorization: Bearer&lt;/code&gt; followed by the token, or gives it to zhaocai-cli in the environment variable &lt;code&gt;ZC_TOKEN&lt;/code&gt;.</source>
        <translation>脚本在每个请求的请求头 &lt;code&gt;Authorization: Bearer&lt;/code&gt; 后附上令牌；使用 zhaocai-cli 时，可通过环境变量 &lt;code&gt;ZC_TOKEN&lt;/code&gt; 提供。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Please enter the token name.</source>
        <translation>请输入令牌名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token name can have at most %1 characters (now %2).</source>
        <translation>令牌名称最多 %1 个字（当前 %2 个）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tick at least one menu.</source>
        <translation>请至少勾选一项菜单权限。</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n menu(s) chosen</source>
        <translation>
            <numerusform>已选择 %n 项菜单权限</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token has not been copied. Once this window closes it cannot be shown again. Are you sure you want to close it?</source>
        <translation>令牌尚未复制，关闭本窗口后将无法再次查看。确定关闭吗？</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Adding the API token…</source>
        <translation>正在添加接口令牌…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>API token added</source>
        <translation>接口令牌已添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API token “%1” was added. It is valid until %2.</source>
        <translation>接口令牌“%1”已添加，有效期至 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Copied to the clipboard. Paste it where it is needed, then clear it from the clipboard.</source>
        <translation>已复制到剪贴板。粘贴到需要的位置后，请清除剪贴板中的内容。</translation>
    </message>
</context>
<context>
    <name>zc::ui::ApiTokenTableModel</name>
    <message>
        <location filename="../ui/interfaces/ApiTokenTableModel.cpp" line="+74"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Never used</source>
        <translation>从未使用</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n menu permission(s): %1</source>
        <translation>
            <numerusform>%n 项菜单权限：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Token name</source>
        <translation>令牌名称</translation>
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
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last used</source>
        <translation>最近使用时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>zc::ui::ApiTokensPage</name>
    <message>
        <location filename="../ui/interfaces/ApiTokensPage.ui" line="+24"/>
        <location line="+85"/>
        <source>API tokens</source>
        <translation>接口管理</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Scripts and other systems (a hospital information system, a supplier’s ERP) use the platform for your unit with an API token instead of a person’s login. Each token can do only what its menus allow, expires on the date set, and stops working at once when deleted.</source>
        <translation>脚本和其他系统（如医院信息系统、企业 ERP）使用接口令牌代表本单位访问平台，无需人员登录。每个令牌只能使用其菜单权限，到期自动失效，删除后立即失效。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Add API token…</source>
        <translation>添加接口令牌(&amp;A)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/interfaces/ApiTokensPage.cpp" line="+250"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the tokens of this page as a CSV file (never their secrets)</source>
        <translation>将本页令牌保存为 CSV 文件（不含令牌本身）</translation>
    </message>
    <message>
        <location filename="../ui/interfaces/ApiTokensPage.cpp" line="-190"/>
        <location line="+147"/>
        <source>Delete API token</source>
        <translation>删除接口令牌</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Loading the API tokens was cancelled.</source>
        <translation>已取消加载接口令牌。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Offline: API tokens are kept only on the server, so they cannot be listed, added or deleted now. The list returns when the server can be reached.</source>
        <translation>离线：接口令牌只保存在服务器上，目前无法查看、添加或删除。连接服务器后将重新显示。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No API tokens yet. Add one for each script or system that needs to use the platform.</source>
        <translation>暂无接口令牌。请为每个需要访问平台的脚本或系统分别添加一个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the API tokens…</source>
        <translation>正在加载接口令牌…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The API token “%1” was added.</source>
        <translation>接口令牌“%1”已添加。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Are you sure you want to delete the API token “%1”? Scripts and systems using it lose access at once. This cannot be undone.</source>
        <translation>确定删除接口令牌“%1”吗？使用该令牌的脚本和系统将立即无法访问平台，此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API token “%1” was deleted; it no longer works.</source>
        <translation>接口令牌“%1”已删除，已立即失效。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleting the API token…</source>
        <translation>正在删除接口令牌…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add a token for a script or another system</source>
        <translation>为脚本或其他系统添加令牌</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the selected token; it stops working at once</source>
        <translation>删除选中的令牌，令牌立即失效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a token that has not been deleted</source>
        <translation>请先选择一个未删除的令牌</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>api-tokens</source>
        <translation>接口令牌</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n token(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 个令牌导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::ui::AssignAccountsDialog</name>
    <message>
        <location filename="../ui/roles/AssignAccountsDialog.ui" line="+6"/>
        <source>Assign accounts</source>
        <translation>分配账号</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“Select” gives an account of the “Unassigned” tab the role, “Unassign” on the “Assigned” tab takes it back; ticks change several at once. Changes take effect at once.</source>
        <translation>在“未分配”中点击“选择”即为账号分配该角色，在“已分配”中点击“取消分配”即收回；勾选后可批量操作。修改立即生效。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+138"/>
        <source>&amp;Login:</source>
        <translation>登录账号(&amp;L)：</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+138"/>
        <source>Login</source>
        <translation>登录账号</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+138"/>
        <source>Login filter</source>
        <translation>按登录账号筛选</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+138"/>
        <source>Account na&amp;me:</source>
        <translation>账号名称(&amp;M)：</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+138"/>
        <source>Account name</source>
        <translation>账号名称</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+138"/>
        <source>Account name filter</source>
        <translation>按账号名称筛选</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+138"/>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+138"/>
        <source>R&amp;eset</source>
        <translation>重置(&amp;E)</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+138"/>
        <source>Tick this &amp;page</source>
        <translation>勾选本页(&amp;P)</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+138"/>
        <source>Clear ticks</source>
        <translation>清除勾选</translation>
    </message>
    <message>
        <location line="-114"/>
        <location filename="../ui/roles/AssignAccountsDialog.cpp" line="+206"/>
        <source>&amp;Unassign</source>
        <translation>取消分配(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location line="+128"/>
        <location filename="../ui/roles/AssignAccountsDialog.cpp" line="-2"/>
        <source>&amp;Assign</source>
        <translation>分配(&amp;A)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/roles/AssignAccountsDialog.cpp" line="-13"/>
        <source>No account holds this role yet.</source>
        <translation>暂无已分配该角色的账号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every account holds this role.</source>
        <translation>所有账号都已分配该角色。</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Assigned accounts</source>
        <translation>已分配的账号</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned accounts</source>
        <translation>未分配的账号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unassign</source>
        <translation>取消分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Role: %1</source>
        <translation>角色名称：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign accounts — %1</source>
        <translation>分配账号 — %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assigned (%1)</source>
        <translation>已分配（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned (%1)</source>
        <translation>未分配（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No assigned account matches the filter.</source>
        <translation>没有符合查询条件的已分配账号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No unassigned account matches the filter.</source>
        <translation>没有符合查询条件的未分配账号。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>&amp;Assign %n account(s)</source>
        <translation>
            <numerusform>分配 %n 个账号(&amp;A)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Unassign %n account(s)</source>
        <translation>
            <numerusform>取消分配 %n 个账号(&amp;U)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the accounts first.</source>
        <translation>请先勾选账号。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+1"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>已勾选 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Assigning %1 (%2 of %3)…</source>
        <translation>正在分配 %1（%2/%3）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigning %1 (%2 of %3)…</source>
        <translation>正在取消分配 %1（%2/%3）…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>account #%1</source>
        <translation>账号（ID %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n account(s) assigned</source>
        <translation>
            <numerusform>已分配 %n 个账号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n account(s) unassigned</source>
        <translation>
            <numerusform>已取消分配 %n 个账号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role “%1”: %2.</source>
        <translation>角色“%1”：%2。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Assigned: %1</source>
        <translation>已分配：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassigned: %1</source>
        <translation>已取消分配：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not changed: %1</source>
        <translation>未能修改：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rest was cancelled.</source>
        <translation>其余操作已取消。</translation>
    </message>
</context>
<context>
    <name>zc::ui::AuditEventTableModel</name>
    <message>
        <location filename="../ui/audit/AuditEventTableModel.cpp" line="+43"/>
        <source>Add role</source>
        <translation>添加角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete role</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign account</source>
        <translation>分配账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unassign account</source>
        <translation>取消分配账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add handler</source>
        <translation>新增经办人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit handler</source>
        <translation>修改经办人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable handler</source>
        <translation>禁用经办人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable handler</source>
        <translation>启用经办人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock handler</source>
        <translation>解锁经办人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete handler</source>
        <translation>删除经办人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose medical institution</source>
        <translation>选择医疗机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register unit</source>
        <translation>法人注册</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit authentication</source>
        <translation>角色认证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add API token</source>
        <translation>添加接口令牌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete API token</source>
        <translation>删除接口令牌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit API token</source>
        <translation>修改接口令牌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offboard handler</source>
        <translation>离职处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete access review</source>
        <translation>完成权限审查</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>API token “%1”</source>
        <translation>接口令牌“%1”</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Role “%1”</source>
        <translation>角色“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account “%1”</source>
        <translation>账号“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit “%1”</source>
        <translation>单位“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role #%1</source>
        <translation>角色（ID %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account #%1</source>
        <translation>账号（ID %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit #%1</source>
        <translation>单位（ID %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API token #%1</source>
        <translation>接口令牌（ID %1）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>zc::ui::AuditLogPage</name>
    <message>
        <location filename="../ui/audit/AuditLogPage.ui" line="+24"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every change to your unit’s roles and accounts is recorded here: who did what, and when.</source>
        <translation>此处记录本单位角色和账号的每一次修改，包括操作人、操作时间和操作类型。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A&amp;ction:</source>
        <translation>操作类型(&amp;C)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action filter</source>
        <translation>按操作类型筛选</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done &amp;by:</source>
        <translation>操作人(&amp;B)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done-by filter</source>
        <translation>按操作人筛选</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;From:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;To:</source>
        <translation>结束日期(&amp;T)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R&amp;eset</source>
        <translation>重置(&amp;E)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;View change…</source>
        <translation>查看变更(&amp;V)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/audit/AuditLogPage.cpp" line="+295"/>
        <source>Compare the chosen role before and after its change</source>
        <translation>对比所选角色变更前后的菜单权限</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the events of this page as a CSV file</source>
        <translation>将本页的日志保存为 CSV 文件</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Audit events</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditLogPage.cpp" line="-230"/>
        <source>All actions</source>
        <translation>全部操作类型</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loading the audit log was cancelled.</source>
        <translation>已取消加载审计日志。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Anyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The start date is after the end date.</source>
        <translation>开始日期晚于结束日期，请重新选择。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No audit events match the filter.</source>
        <translation>没有符合条件的审计日志。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the audit log…</source>
        <translation>正在加载审计日志…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline, and the audit events kept on this computer cannot be read. Try again when the server can be reached.</source>
        <translation>当前离线，且无法读取本机保存的审计日志。请在连接服务器后重试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline: this computer has kept no audit events yet. The log is on the server; it shows again when the server can be reached.</source>
        <translation>离线：本机暂无保存的审计日志。审计日志保存在服务器上，连接服务器后即可查看。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Offline: %n kept event(s) match, as this computer last read them from the server %1 (%2). Older events and newer ones are only on the server.</source>
        <translation>
            <numerusform>离线：本机保存的审计日志中共 %n 条符合条件，为最近一次从服务器读取的内容（%1，%2）。更早或更新的记录只在服务器上。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose an event that added, edited or deleted a role</source>
        <translation>请先选择一条添加、修改或删除角色的记录</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
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
        <location line="+8"/>
        <source>audit-log</source>
        <translation>审计日志</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 条日志导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::ui::BusyBar</name>
    <message>
        <location filename="../ui/widgets/BusyBar.cpp" line="+23"/>
        <source>Busy</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the running request</source>
        <translation>取消正在进行的请求</translation>
    </message>
</context>
<context>
    <name>zc::ui::CaptchaImage</name>
    <message>
        <location filename="../ui/widgets/CaptchaImage.cpp" line="+31"/>
        <location line="+41"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Click to retry</source>
        <translation>点击重试</translation>
    </message>
</context>
<context>
    <name>zc::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/account/ChangePasswordDialog.ui" line="+6"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Change your password</source>
        <translation>修改您的密码</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>C&amp;urrent password:</source>
        <translation>原密码(&amp;U)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Repeat new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Change password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/account/ChangePasswordDialog.cpp" line="+25"/>
        <source>You logged in with an initial password. Choose your own password before you continue; your other sessions are ended.</source>
        <translation>您使用的是初始密码。继续之前请设置您自己的密码；修改后您在其他地方的登录将失效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to login</source>
        <translation>返回登录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your other sessions are ended when the password changes.</source>
        <translation>修改密码后，您在其他地方的登录将失效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the password of %1. Your other sessions are ended when the password changes; this one stays open.</source>
        <translation>修改 %1 的密码。修改后您在其他地方的登录将失效，当前登录不受影响。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Changing the password…</source>
        <translation>正在修改密码…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Password changed. Loading your account…</source>
        <translation>密码已修改，正在加载账号信息…</translation>
    </message>
</context>
<context>
    <name>zc::ui::CompleteReviewDialog</name>
    <message>
        <location filename="../ui/review/CompleteReviewDialog.cpp" line="+22"/>
        <source>Complete the access review</source>
        <translation>完成权限审查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are you sure you want to record that this access review is complete? The server keeps it in the audit log with your name, the time and these findings:</source>
        <translation>确定要记录本次权限审查已完成吗？服务器将在审计日志中记录审查人、时间和以下审查结果：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Note (optional, at most %1 characters):</source>
        <translation>备注(&amp;N)（选填，最多 %1 个字）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was decided, what is left for later</source>
        <translation>处理结论、待后续处理的事项</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Complete review</source>
        <translation>完成审查(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The note can have at most %1 characters; it has %2.</source>
        <translation>备注最多 %1 个字，当前 %2 个字，请删减后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note can hold text and line breaks only (no tabs or other control characters).</source>
        <translation>备注只能包含文字和换行，请删除制表符等控制字符后重试。</translation>
    </message>
</context>
<context>
    <name>zc::ui::ErrorText</name>
    <message>
        <location filename="../ui/ErrorText.cpp" line="+24"/>
        <source>The server cannot be reached. Check the network connection and the server address, or try again later.</source>
        <translation>无法连接服务器。请检查网络连接和服务器地址，或稍后再试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time. Check the network connection and try again.</source>
        <translation>服务器响应超时。请检查网络连接后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secure connection could be made: the server&apos;s certificate was refused.</source>
        <translation>无法建立安全连接，服务器证书未通过验证。请核对服务器地址，或联系本单位信息技术人员（系统管理员）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer could not be understood. The server may run a different version of the system.</source>
        <translation>无法识别服务器的应答，服务器运行的系统版本可能与客户端不同。请更新客户端，或联系本单位信息技术人员（系统管理员）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy server asks for a user name and password. Check the proxy settings.</source>
        <translation>代理服务器要求用户名和密码，请检查代理设置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server could not read the request. Please update the client or contact your IT department.</source>
        <translation>服务器无法读取请求。请更新客户端，或联系本单位信息技术人员（系统管理员）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One of the values entered is not valid. Please check the form.</source>
        <translation>填写的内容有误，请检查后重新提交。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value of “%1” is not valid. Please check it.</source>
        <translation>“%1”填写有误，请检查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your session has expired or was ended. Please log in again.</source>
        <translation>登录已失效，请重新登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login or the password is wrong.</source>
        <translation>登录账号或密码错误，请重新输入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your account does not have the permission for this action.</source>
        <translation>您的账号没有执行此操作的权限。如需办理，请联系本单位主账号为您分配相应角色。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose the unit you log in for first.</source>
        <translation>请先选择登录单位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose your medical institution first.</source>
        <translation>请先选择医疗机构。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please change your initial password first.</source>
        <translation>请先修改初始密码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item no longer exists. Someone may have deleted it.</source>
        <translation>该数据已不存在，可能已被他人删除。请刷新数据后查看。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conflicts with the current data on the server. Refresh and try again.</source>
        <translation>与服务器上的当前数据冲突，请刷新后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your unit already has a role with this name.</source>
        <translation>本单位已有同名角色，请更换角色名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your unit already has an API token with this name. Choose another name, or delete the old token first.</source>
        <translation>本单位已有同名的接口令牌。请换一个名称，或先删除原令牌。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This login or mobile phone number is already in use in your unit.</source>
        <translation>该登录账号或手机号在本单位已被使用，请更换后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This unit is already registered. Log in with its main account, or reset the password.</source>
        <translation>该单位已完成法人注册。请使用单位主账号登录；如忘记密码，请在登录窗口点击“忘记密码”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A medical institution has already been chosen for this account. The choice cannot be changed.</source>
        <translation>该账号已选择过医疗机构，选择后无法更改。请点击“返回登录”后重新登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nothing to choose for this login any more.</source>
        <translation>本次登录已无需再作选择，请重新登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed this item in the meantime. Reload it and apply your change again.</source>
        <translation>该数据已被他人修改。请重新加载后再次修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change did not say which version it was based on. Reload the item and try again.</source>
        <translation>修改请求缺少版本信息。请重新加载数据后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data sent is too large for the server.</source>
        <translation>提交的数据过大，服务器无法接收。请减少填写的内容后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The captcha is wrong or has expired. Type the characters of the new image.</source>
        <translation>图形验证码错误或已过期，请输入新的图形验证码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SMS code is wrong or has expired.</source>
        <translation>短信验证码错误或已过期，请重新获取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit and legal representative details do not match the legal-person registry.</source>
        <translation>单位及法定代表人信息与综合法人库不一致，请与营业执照逐项核对后重新提交。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit code does not match the medical-insurance unit registry.</source>
        <translation>单位编号与医保经办系统中的登记不一致，请核对单位编号和单位类型后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A permission is not known to the server. Refresh the permission list and try again.</source>
        <translation>部分菜单权限在服务器上不存在，请刷新后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot grant a permission that your own account does not hold.</source>
        <translation>不能授予您本人没有的菜单权限，请取消勾选这些菜单后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与原密码相同，请另设一个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This password is too common or has appeared in leaked password lists, so it is easy to guess. Choose another one.</source>
        <translation>该密码过于常见或已出现在泄露的密码中，容易被猜中，请另设一个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must not contain the login, the phone number, the unit name or the person&apos;s name.</source>
        <translation>密码不能包含登录账号、手机号、单位名称或账号名称，请另设一个。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is too weak: use 8 to 64 characters with at least three of lower-case letters, upper-case letters, digits and symbols.</source>
        <translation>密码强度不足：请使用 8 至 64 个字符，并至少包含小写字母、大写字母、数字、符号中的三类。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The unit&apos;s main account cannot be disabled, deleted or given roles.</source>
        <translation>单位主账号不能被禁用、删除或分配角色。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current password is wrong.</source>
        <translation>原密码错误，请重新输入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many failed attempts: the account is locked. Try again later.</source>
        <translation>登录失败次数过多，账号已锁定，请稍后再试。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Too many failed attempts: the account is locked. Try again in %n minute(s).</source>
        <translation>
            <numerusform>登录失败次数过多，账号已锁定，请 %n 分钟后再试。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many requests. Try again later.</source>
        <translation>请求过于频繁，请稍后再试。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Too many requests. Try again in %n minute(s).</source>
        <translation>
            <numerusform>请求过于频繁，请 %n 分钟后再试。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server had an internal problem (error %1). Try again later or contact your IT department.</source>
        <translation>服务器内部出错（错误 %1）。请稍后再试，或联系本单位信息技术人员（系统管理员）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An unknown error occurred.</source>
        <translation>发生未知错误。请稍后再试，或联系本单位信息技术人员（系统管理员）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request (error code: %1).</source>
        <translation>服务器拒绝了请求（错误代码：%1）。请联系本单位信息技术人员（系统管理员）。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>请求过于频繁，请 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too many failed attempts: the account is locked. Try again in %n second(s).</source>
        <translation>
            <numerusform>登录失败次数过多，账号已锁定，请 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Login</source>
        <translation>登录账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Captcha</source>
        <translation>图形验证码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current password</source>
        <translation>原密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS code</source>
        <translation>短信验证码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu permissions</source>
        <translation>菜单权限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit code</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical institution</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal representative&apos;s ID number</source>
        <translation>法定代表人居民身份证号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit kind</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>zc::ui::ForgotPasswordDialog</name>
    <message>
        <location filename="../ui/account/ForgotPasswordDialog.ui" line="+6"/>
        <source>Forgot password</source>
        <translation>忘记密码</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reset a forgotten password</source>
        <translation>通过短信重置密码</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A code is sent to the account’s mobile phone. Handlers log in with their phone number; for a unit’s main account, also give its login name: the code then goes to the phone registered for it.</source>
        <translation>验证码将发送到账号登记的手机号。经办人使用手机号登录；单位主账号还需输入其登录账号，验证码将发送到该单位主账号登记的手机号。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Account:</source>
        <translation>账号类型：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Handler (logs in with the phone number)</source>
        <translation>经办人（手机号登录）(&amp;H)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Unit main account</source>
        <translation>单位主账号(&amp;U)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Main account &amp;login:</source>
        <translation>登录账号(&amp;L)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The main account’s login name</source>
        <translation>单位主账号的登录账号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main account login</source>
        <translation>单位主账号的登录账号</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Mobile phone:</source>
        <translation>手机号(&amp;M)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>11-digit mobile phone number</source>
        <translation>11 位手机号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cap&amp;tcha:</source>
        <translation>图形验证码(&amp;T)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Characters in the image</source>
        <translation>请输入图形验证码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Captcha</source>
        <translation>图形验证码</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Click for a new image</source>
        <translation>点击更换图片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Captcha image, press for a new one</source>
        <translation>图形验证码图片，点击更换</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;SMS code:</source>
        <translation>短信验证码(&amp;S)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>6 digits</source>
        <translation>6 位数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS code</source>
        <translation>短信验证码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Get code</source>
        <translation>获取验证码(&amp;G)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>8 to 64 characters</source>
        <translation>8 至 64 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Repeat password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The new password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the new password</source>
        <translation>确认新密码</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Reset &amp;password</source>
        <translation>重置密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/account/ForgotPasswordDialog.cpp" line="+27"/>
        <source>Forgot password — %1</source>
        <translation>忘记密码 — %1</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Please enter the main account&apos;s login name.</source>
        <translation>请输入单位主账号的登录账号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A main account&apos;s login name has 4 to 32 of the letters a–z, digits and . _ -, and starts with a letter.</source>
        <translation>单位主账号的登录账号由 4 至 32 个小写字母 a–z、数字及 . _ - 组成，并以字母开头。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The code goes to the phone registered for this main account.</source>
        <translation>验证码将发送到该单位主账号登记的手机号。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No main account with this login name has this phone as its registered phone.</source>
        <translation>该手机号不是此单位主账号登记的手机号，或登录账号有误，请核对后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No handler account uses this phone number. For a unit&apos;s main account, choose “Unit main account” and give its login name.</source>
        <translation>没有使用此手机号的经办人账号。如需重置单位主账号的密码，请选择“单位主账号”并输入其登录账号。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Resetting the password…</source>
        <translation>正在重置密码…</translation>
    </message>
</context>
<context>
    <name>zc::ui::HandlerRolesDialog</name>
    <message>
        <location filename="../ui/handlers/HandlerRolesDialog.ui" line="+6"/>
        <source>Assign roles</source>
        <translation>分配角色</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Tick the roles this handler should hold. The handler can open the menus of all its roles at the next request.</source>
        <translation>勾选该经办人应拥有的角色。保存后经办人即可打开这些角色的全部菜单。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter roles by name</source>
        <translation>按角色名称筛选</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter roles</source>
        <translation>筛选角色</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/handlers/HandlerRolesDialog.cpp" line="+35"/>
        <source>Roles of %1 (%2)</source>
        <translation>%1（%2）的角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign roles — %1</source>
        <translation>分配角色 — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your unit has no roles yet: add one on the “Account roles” page first.</source>
        <translation>本单位暂无角色，请先在“账号角色管理”中添加角色。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No role ticked: the handler could not open any menu.</source>
        <translation>未勾选任何角色，保存后该经办人将无法打开任何菜单。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n role(s) ticked</source>
        <translation>
            <numerusform>已勾选 %n 个角色</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saving the roles…</source>
        <translation>正在保存角色…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>role #%1</source>
        <translation>角色（ID %1）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not everything was saved:
%1</source>
        <translation>部分修改未能保存，请检查后重试：
%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>given %1</source>
        <translation>已分配 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no longer holds %1</source>
        <translation>已取消 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handler “%1”: %2.</source>
        <translation>经办人“%1”：%2。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>zc::ui::HandlersPage</name>
    <message>
        <location filename="../ui/handlers/HandlersPage.ui" line="+24"/>
        <source>Unit handlers</source>
        <translation>单位经办人</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Handler accounts are the logins of your staff: they log in with their mobile phone number. Add handlers, give them roles, disable or enable them, and send them a new password.</source>
        <translation>经办人账号是本单位工作人员的登录账号，使用手机号登录。您可以新增经办人、分配角色、禁用或启用账号，以及重置密码。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Show &amp;only these</source>
        <translation>仅显示未分配角色的经办人(&amp;O)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sea&amp;rch:</source>
        <translation>关键字(&amp;R)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login, name or mobile phone</source>
        <translation>登录账号、账号名称或手机号</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search handlers</source>
        <translation>按关键字查询经办人</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status filter</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R&amp;eset</source>
        <translation>重置(&amp;E)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add ha&amp;ndler</source>
        <translation>新增经办人(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/handlers/HandlersPage.cpp" line="+205"/>
        <source>Show &amp;phone numbers</source>
        <translation>显示手机号(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the full mobile phone numbers for one minute</source>
        <translation>显示完整手机号（1 分钟后自动隐藏）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save all handlers that match the filter as a CSV file</source>
        <translation>将符合条件的全部经办人保存为 CSV 文件</translation>
    </message>
    <message>
        <location filename="../ui/handlers/HandlersPage.cpp" line="-158"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+8"/>
        <source>No handlers yet. Press “Add handler” to add the first one.</source>
        <translation>暂无经办人，请点击“新增经办人”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assign a role</source>
        <translation>分配角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>分配角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This handler holds no role yet: give it one.</source>
        <translation>该经办人未分配角色，请为其分配角色。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+279"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Handlers</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+269"/>
        <source>Delete handler</source>
        <translation>删除经办人</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>Loading the handlers from this computer&apos;s cache…</source>
        <translation>正在从本机缓存加载经办人…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not connected to a server.</source>
        <translation>未连接服务器。</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Add a handler account by mobile phone number</source>
        <translation>通过手机号新增经办人账号</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Offboard</source>
        <translation>离职处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot offboard yourself.</source>
        <translation>不能为自己办理离职，请由单位主账号或其他管理账号办理。</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>%n handler(s) hold no role: at login they are told “no role assigned” (对应角色为空) and cannot open any menu. Give each of them a role with “Assign a role”.</source>
        <translation>
            <numerusform>有 %n 个经办人未分配角色，登录时会提示“对应角色为空”，无法打开任何菜单。请点击“分配角色”为其分配角色。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Hide &amp;phone numbers</source>
        <translation>隐藏手机号(&amp;P)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>handlers</source>
        <translation>单位经办人</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n handler(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 个经办人导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The handler %1 was added. Give it a role so that it can open its menus.</source>
        <translation>已新增经办人%1。请为其分配角色，以便打开相应菜单。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 was already offboarded; nothing was changed.</source>
        <translation>经办人%1已办理过离职，本次未作改动。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 was offboarded: disabled, %n role(s) removed, logged out.</source>
        <translation>
            <numerusform>经办人%1已办理离职：账号已禁用，已移除 %n 个角色，已退出登录。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Disable the handler %1? It is logged out at once and cannot log in until it is enabled again.</source>
        <translation>确定禁用经办人%1吗？禁用后其登录将立即失效，重新启用之前无法登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabling %1…</source>
        <translation>正在禁用%1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handler %1 was disabled.</source>
        <translation>已禁用经办人%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock the handler %1? It can log in again at once.</source>
        <translation>确定解锁经办人%1吗？解锁后可立即重新登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlocking %1…</source>
        <translation>正在解锁%1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handler %1 was unlocked.</source>
        <translation>已解锁经办人%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable the handler %1? It can log in again.</source>
        <translation>确定启用经办人%1吗？启用后可重新登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabling %1…</source>
        <translation>正在启用%1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handler %1 was enabled.</source>
        <translation>已启用经办人%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable handler</source>
        <translation>禁用经办人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock handler</source>
        <translation>解锁经办人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enable handler</source>
        <translation>启用经办人</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Send the handler %1 a new password? It goes by SMS to %2 and must be changed at the next login; the old password stops working.</source>
        <translation>确定为经办人%1重置密码吗？新密码将通过短信发送到 %2，下次登录时须修改；原密码将立即失效。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A new password was sent to the handler %1 by SMS.</source>
        <translation>新密码已通过短信发送给经办人%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resetting the password of %1…</source>
        <translation>正在重置%1的密码…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Delete the handler %1? Its account and its %n role assignment(s) are removed from your unit; this cannot be undone.</source>
        <translation>
            <numerusform>确定删除经办人%1吗？该账号及其 %n 个角色分配将从本单位删除，此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the handler %1? Its account is removed from your unit; this cannot be undone.</source>
        <translation>确定删除经办人%1吗？该账号将从本单位删除，此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The handler %1 was deleted.</source>
        <translation>已删除经办人%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleting the handler %1…</source>
        <translation>正在删除经办人%1…</translation>
    </message>
</context>
<context>
    <name>zc::ui::InstitutionChoiceDialog</name>
    <message>
        <location filename="../ui/login/InstitutionChoiceDialog.ui" line="+6"/>
        <source>Choose the medical institution</source>
        <translation>选择医疗机构</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose your medical institution</source>
        <translation>请选择您所在的医疗机构</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your unit&apos;s unified social credit code belongs to several medical institutions. Choose the one you work for. Choose carefully: the choice is permanent and cannot be changed later.</source>
        <translation>您单位的统一社会信用代码对应多家医疗机构，请选择您经办的医疗机构。请谨慎选择，选择后将无法更改。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code, name, level or address</source>
        <translation>机构编码、名称、等级或地址</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to login</source>
        <translation>返回登录</translation>
    </message>
    <message>
        <location filename="../ui/login/InstitutionChoiceDialog.cpp" line="+28"/>
        <source>Code</source>
        <translation>机构编码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Institution name</source>
        <translation>医疗机构名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>机构等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Confirm the medical institution</source>
        <translation>确认医疗机构</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+8"/>
        <source>Saving the choice…</source>
        <translation>正在提交选择…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Loading the session…</source>
        <translation>正在加载登录信息…</translation>
    </message>
</context>
<context>
    <name>zc::ui::LegalPersonWording</name>
    <message>
        <location filename="../ui/account/LegalPersonWording.cpp" line="+12"/>
        <source>Please enter the unit&apos;s unified social credit code.</source>
        <translation>请输入单位的统一社会信用代码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unified social credit code has digits and capital letters only, without I, O, Z, S and V.</source>
        <translation>统一社会信用代码只包含数字和大写字母，且不含 I、O、Z、S、V。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A unified social credit code has 18 characters (%1 so far).</source>
        <translation>统一社会信用代码为 18 位（当前 %1 位）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Characters 3 to 8 must be the administrative division code of the unit&apos;s registration.</source>
        <translation>第 3 至 8 位应为单位登记管理机关的行政区划码，请与营业执照核对。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check character does not fit the rest of the code: please look for a typing error.</source>
        <translation>校验码与前面各位不符，请检查是否输入有误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid unified social credit code: please compare it with the licence.</source>
        <translation>统一社会信用代码无效，请与营业执照核对。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please enter the unit&apos;s registered name.</source>
        <translation>请输入单位的登记名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit name can have at most 100 characters.</source>
        <translation>单位名称最多 100 个字符。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit name contains characters that are not allowed.</source>
        <translation>单位名称包含不允许的字符，请按营业执照上的名称输入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please enter the legal representative&apos;s name.</source>
        <translation>请输入法定代表人姓名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name can have at most 50 characters.</source>
        <translation>法定代表人姓名最多 50 个字符。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name contains characters that are not allowed.</source>
        <translation>法定代表人姓名中含有不允许的字符，请与居民身份证核对后重新输入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please enter the legal representative&apos;s resident ID number.</source>
        <translation>请输入法定代表人的居民身份证号码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resident ID number has 18 characters (%1 so far).</source>
        <translation>居民身份证号码为 18 位（当前 %1 位）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A resident ID number has 17 digits and a last digit or X.</source>
        <translation>居民身份证号码由 17 位数字和 1 位数字或 X 组成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date in the ID number (characters 7 to 14) is not a real date.</source>
        <translation>居民身份证号码中的出生日期（第 7 至 14 位）不是有效日期，请检查是否输入有误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last character does not fit the others: please look for a typing error.</source>
        <translation>最后一位校验码与前面各位不符，请检查是否输入有误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid resident ID number.</source>
        <translation>居民身份证号码无效，请与居民身份证核对。</translation>
    </message>
</context>
<context>
    <name>zc::ui::LoginDialog</name>
    <message>
        <location filename="../ui/login/LoginDialog.ui" line="+6"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Drug and medical consumables procurement · login for units and handlers</source>
        <translation>药品和医用耗材招采管理子系统 · 单位主账号/经办人账号登录</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Language of the program; it changes at once</source>
        <translation>界面语言，选择后立即生效</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Manage servers…</source>
        <translation>管理服务器…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Login:</source>
        <translation>登录账号(&amp;L)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login name or mobile phone number</source>
        <translation>单位主账号或经办人手机号</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cap&amp;tcha:</source>
        <translation>图形验证码(&amp;T)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Characters in the image</source>
        <translation>请输入图形验证码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hard to read? Click for a new image.</source>
        <translation>看不清？点击换一张。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Remember me on this computer</source>
        <translation>记住登录状态(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps the login in this computer&apos;s keychain so that the next start skips this form. Do not use on a shared computer.</source>
        <translation>将登录状态保存在本机的系统凭据存储中，下次启动时无需再次登录。请勿在公用电脑上使用。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Forgot password?</source>
        <translation>忘记密码(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set a new password with a code sent to the account&apos;s mobile phone</source>
        <translation>通过发送到账号手机的验证码设置新密码</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re&amp;gister a unit</source>
        <translation>法人注册(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register your unit&apos;s legal person and create its main account</source>
        <translation>进行法人注册，并创建单位主账号</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Certificate details…</source>
        <translation>查看证书详情…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open this computer&apos;s copy (offline)</source>
        <translation>离线查看本机缓存(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the roles and accounts saved on this computer at the last sync, read-only, until the server can be reached again</source>
        <translation>以只读方式查看上次同步时保存在本机的角色和账号，直到可以再次连接服务器</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Log &amp;in</source>
        <translation>登录(&amp;I)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../ui/login/LoginDialog.cpp" line="+416"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/login/LoginDialog.cpp" line="-314"/>
        <source>Log in — %1</source>
        <translation>登录 — %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No server is set up yet. Add one under “Manage servers”.</source>
        <translation>尚未配置服务器，请在“管理服务器”中添加。</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+255"/>
        <location line="+39"/>
        <source>Please choose a server.</source>
        <translation>请选择服务器。</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>Please enter your login name or mobile phone number.</source>
        <translation>请输入登录账号或手机号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The captcha image has not loaded yet. Click it to try again.</source>
        <translation>图形验证码尚未加载，请点击图片重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please type the characters shown in the image.</source>
        <translation>请输入图形验证码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Login cancelled.</source>
        <translation>已取消登录。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saving the login in the keychain…</source>
        <translation>正在将登录状态保存到系统凭据存储…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember me</source>
        <translation>记住登录状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login could not be saved in this computer&apos;s keychain, so you will have to log in again next time.</source>
        <translation>无法将登录状态保存到系统凭据存储，下次启动时需要重新登录。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restoring your last login…</source>
        <translation>正在恢复上次的登录…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The saved login could not be read from this computer&apos;s keychain. Please log in.</source>
        <translation>无法从系统凭据存储读取保存的登录状态，请重新登录。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Your saved login has expired. Please log in again.</source>
        <translation>保存的登录已失效，请重新登录。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Opening this computer&apos;s copy…</source>
        <translation>正在打开本机缓存…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The unit is registered. Log in with its main account “%1”, then complete the role authentication.</source>
        <translation>法人注册成功。请使用单位主账号“%1”登录，然后完成角色认证。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The password has been reset. Log in with the new password.</source>
        <translation>密码已重置，请使用新密码登录。</translation>
    </message>
</context>
<context>
    <name>zc::ui::MainWindow</name>
    <message>
        <location filename="../ui/workspace/MainWindow.ui" line="+62"/>
        <source>User basic settings</source>
        <translation>用户基础设置</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Try a&amp;gain now</source>
        <translation>立即重试(&amp;G)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role authentication…</source>
        <translation>角色认证(&amp;R)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log out and &amp;delete this computer&apos;s data…</source>
        <translation>退出并清除本机数据(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log out, and delete this account&apos;s cache and saved login from this computer</source>
        <translation>退出登录，并删除本机保存的该账号缓存数据和登录信息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh data</source>
        <translation>刷新数据(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch what changed on the server since the last sync</source>
        <translation>获取上次同步以来服务器上的变化</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reload &amp;everything from the server</source>
        <translation>从服务器重新下载全部数据(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stop the sync</source>
        <translation>停止同步(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>退出程序(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/MainWindow.cpp" line="+70"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About %1</source>
        <translation>关于%1(&amp;A)</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>This computer&apos;s copy of the account could not be opened, so nothing can be shown or changed.</source>
        <translation>无法打开本机保存的账号数据，因此无法显示或修改任何内容。请点击“账号 › 退出并清除本机数据”后重新登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline: the server cannot be reached, so nothing can be changed now. The client reconnects by itself.</source>
        <translation>离线：无法连接服务器，暂时不能修改。客户端会自动重新连接。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unit user</source>
        <translation>单位用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello, %1! Login type: %2</source>
        <translation>您好，%1！登录类型：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · %2 · USCC %3</source>
        <translation>%1 · %2 · 统一社会信用代码 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 · %3 · USCC %4</source>
        <translation>%1 · %2 · %3 · 统一社会信用代码 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Offline: showing this computer&apos;s cached data of %1. Nothing can be changed until the server can be reached again; the client reconnects by itself.</source>
        <translation>离线：显示的是 %1 的本机缓存数据。恢复连接服务器之前不能修改，客户端会自动重新连接。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline: this computer has no synced data of the account yet. The client reconnects by itself.</source>
        <translation>离线：本机暂无该账号的同步数据。客户端会自动重新连接。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server can be reached again.</source>
        <translation>已恢复与服务器的连接。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log out and delete this computer&apos;s data</source>
        <translation>退出并清除本机数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log out and delete everything this computer keeps of the account %1 on “%2”: the cached roles and accounts and the saved login? Nothing on the server changes; the data is downloaded again at the next login.</source>
        <translation>确定退出登录，并删除本机保存的账号 %1（服务器“%2”）的全部数据（缓存的角色、账号以及保存的登录信息）吗？服务器上的数据不受影响，下次登录时会重新下载。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your password has been changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About %1</source>
        <translation>关于%1</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>zc::ui::MatrixReport</name>
    <message>
        <location filename="../ui/matrix/MatrixReport.cpp" line="+75"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>账号名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>登录账号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>No role matches the filters.</source>
        <translation>没有符合筛选条件的角色。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No account matches the filters.</source>
        <translation>没有符合筛选条件的账号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles %1–%2 of %3</source>
        <translation>角色第 %1–%2 个，共 %3 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts %1–%2 of %3</source>
        <translation>账号第 %1–%2 个，共 %3 个</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · %2 (columns, part %3 of %4)</source>
        <extracomment>%1: the rows line; %2: the menus of these columns; %3 of %4: which group of columns.</extracomment>
        <translation>%1 · %2（列，第 %3/%4 部分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>zc::ui::MyAccountPage</name>
    <message>
        <location filename="../ui/account/MyAccountPage.cpp" line="+137"/>
        <source>My account</source>
        <translation>我的账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu permissions</source>
        <translation>菜单权限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login: %1    Name: %2    Phone: %3    Account type: %4</source>
        <translation>登录账号：%1    账号名称：%2    手机号：%3    账号类型：%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unit main account</source>
        <translation>单位主账号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not yet through role authentication</source>
        <translation>未完成角色认证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit: %1    Kind: %2    USCC: %3    Unit code: %4</source>
        <translation>单位名称：%1    单位类型：%2    统一社会信用代码：%3    单位编号：%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Medical institution: %1    Code: %2    Level: %3    Address: %4</source>
        <translation>医疗机构：%1    机构编码：%2    机构等级：%3    地址：%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medical institution: number %1 (its name shows once the server was reached)</source>
        <translation>医疗机构：编号 %1（连接服务器后显示名称）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>, </source>
        <extracomment>The separator of a list of names in one line (Chinese: 、).</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles: the unit&apos;s main account holds every menu of its unit kind; it is given no role.</source>
        <translation>角色：单位主账号拥有本单位类型的全部菜单权限，无需分配角色。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles: none</source>
        <translation>角色：无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Roles: %n assigned</source>
        <translation>
            <numerusform>角色：已分配 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No role is assigned to this account, so it cannot open any menu. The unit&apos;s main account (%1) assigns roles: ask it to give you one under Account roles › Assign accounts. Your menus appear here as soon as it does.</source>
        <translation>对应角色为空。本账号尚未分配角色，无法打开任何菜单。角色由本单位主账号（%1）分配，请联系其在“账号角色管理 › 分配账号”中为您分配角色。分配后，您的菜单将显示在这里。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The roles of this account give no menu of this unit&apos;s kind. The unit&apos;s main account (%1) can change them.</source>
        <translation>本账号的角色未包含适用于本单位类型的菜单权限。请联系本单位主账号（%1）调整。</translation>
    </message>
</context>
<context>
    <name>zc::ui::NewPasswordFields</name>
    <message>
        <location filename="../ui/account/NewPasswordFields.cpp" line="+73"/>
        <source>✓ The passwords match.</source>
        <translation>✓ 两次输入一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与原密码相同，请另设一个。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Please type the new password again.</source>
        <translation>请再次输入新密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please type the password again.</source>
        <translation>请再次输入密码。</translation>
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
        <translation>离职处理</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>role %1</source>
        <translation>角色 %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Offboard</source>
        <translation>确定办理(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This handler is no longer in the list. Refresh and try again.</source>
        <translation>该经办人已不在列表中，请刷新后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offboarding needs the server. Connect and try again.</source>
        <translation>离职处理需要连接服务器，请连接后重试。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Offboard %1? This does, in one step:</source>
        <translation>确定为经办人%1办理离职吗？将一次完成以下操作：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• Disable the account: it can no longer log in.</source>
        <translation>• 禁用账号：该账号将无法登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• Remove its roles: it holds none.</source>
        <translation>• 移除角色：该账号没有角色。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>• Remove its %n role(s): %1.</source>
        <translation>
            <numerusform>• 移除其全部 %n 个角色：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• End its sessions: it is logged out at once.</source>
        <translation>• 强制退出登录：该账号立即退出登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API tokens it created keep working; review them under Interface management.</source>
        <translation>该账号创建的接口令牌仍然有效，请在“接口管理”中检查。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Offboarding %1…</source>
        <translation>正在为%1办理离职…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+61"/>
        <source>Offboarding record</source>
        <translation>离职处理记录</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Handler: %1</source>
        <translation>经办人：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done by: %1 (%2)</source>
        <translation>办理人：%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done at: %1</source>
        <translation>办理时间：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was left to do: the account was already disabled, without roles or sessions.</source>
        <translation>该经办人已办理过离职，无需再次处理：账号已禁用，没有角色，也没有登录状态。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account: disabled</source>
        <translation>账号状态：已禁用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roles removed: none (it held no role)</source>
        <translation>已移除角色：无（该账号没有角色）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
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
    <message>
        <location line="+10"/>
        <source>Already offboarded</source>
        <translation>已办理过离职</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offboarded</source>
        <translation>离职处理完成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>zc::ui::PageNavigation</name>
    <message>
        <location filename="../ui/workspace/PageNavigation.cpp" line="+55"/>
        <source>My account</source>
        <translation>我的账号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Basic settings</source>
        <translation>基础设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account roles</source>
        <translation>账号角色管理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API tokens</source>
        <translation>接口管理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access review</source>
        <translation>权限审查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role authentication</source>
        <translation>角色认证</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account management</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit handlers</source>
        <translation>单位经办人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permission matrix</source>
        <translation>权限矩阵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>zc::ui::PagedTable</name>
    <message>
        <location filename="../ui/widgets/PagedTable.cpp" line="+105"/>
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location line="+368"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>zc::ui::PagerWidget</name>
    <message>
        <location filename="../ui/widgets/PagerWidget.cpp" line="+42"/>
        <source>Rows per page</source>
        <translation>每页条数</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <source>%1 / page</source>
        <translation>%1 条/页</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Go to</source>
        <translation>前往</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to page</source>
        <translation>前往页码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page</source>
        <translation>页</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Refresh data</source>
        <translation>刷新数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch the latest data from the server now (F5)</source>
        <translation>立即从服务器获取最新数据（F5）</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n item(s) in total</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>showing %1–%2</source>
        <translation>显示 %1-%2 条</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>zc::ui::PasswordStrength</name>
    <message>
        <location filename="../ui/account/PasswordStrength.cpp" line="+59"/>
        <source>Too weak: a password of spaces only is not allowed.</source>
        <translation>强度不足：密码不能只包含空格。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8 to 64 characters, with at least three of: lower-case letters, upper-case letters, digits, symbols.</source>
        <translation>8 至 64 个字符，至少包含小写字母、大写字母、数字、符号中的三类。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too short: at least 8 characters (%1 so far).</source>
        <translation>太短：至少 8 个字符（当前 %1 个）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too long: at most 64 characters.</source>
        <translation>太长：最多 64 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password contains a character that is not allowed (a control character).</source>
        <translation>密码包含不允许的字符（控制字符）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too weak: use at least three of lower-case letters, upper-case letters, digits and symbols.</source>
        <translation>强度不足：请至少包含小写字母、大写字母、数字、符号中的三类。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Strength: strong.</source>
        <translation>✓ 密码强度：强。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Strength: fair. A longer password (12 characters or more) is safer.</source>
        <translation>✓ 密码强度：中。更长的密码（12 个字符以上）更安全。</translation>
    </message>
</context>
<context>
    <name>zc::ui::PermissionMatrixModel</name>
    <message>
        <location filename="../ui/matrix/PermissionMatrixModel.cpp" line="+141"/>
        <source>%1 (main account)</source>
        <translation>%1（单位主账号）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (disabled)</source>
        <translation>%1（已禁用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (locked)</source>
        <translation>%1（已锁定）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Main account: every menu of the unit</source>
        <translation>单位主账号：拥有本单位全部菜单权限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No role</source>
        <translation>未分配角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>, </source>
        <extracomment>Separator between the items of a list shown in one cell (Chinese: 、).</extracomment>
        <translation>、</translation>
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
        <translation>角色“%1”拥有“%2”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role “%1” does not grant %2.</source>
        <translation>角色“%1”没有“%2”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is the unit&apos;s main account: it holds every menu of the unit, %2 included.</source>
        <translation>%1 是本单位主账号，拥有本单位全部菜单权限，包括“%2”。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 holds %2 through %n role(s): %3.</source>
        <translation>
            <numerusform>%1 通过 %n 个角色拥有“%2”：%3。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not hold %2: they hold no role.</source>
        <translation>%1 没有“%2”：未分配任何角色。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not hold %2: none of their roles (%3) grants it.</source>
        <translation>%1 没有“%2”：其角色（%3）均不包含该菜单权限。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>账号名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>登录账号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>main account</source>
        <translation>单位主账号</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n menu(s) granted</source>
        <translation>
            <numerusform>拥有 %n 项菜单权限</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles: %1</source>
        <translation>角色：%1</translation>
    </message>
</context>
<context>
    <name>zc::ui::PermissionMatrixPage</name>
    <message>
        <location filename="../ui/matrix/PermissionMatrixPage.cpp" line="+191"/>
        <location line="+13"/>
        <source>Permission matrix</source>
        <translation>权限矩阵</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Who can do what in this unit: which menus each role grants, and what each account can do through its roles (the main account holds every menu). It is read from this computer&apos;s copy of the unit&apos;s data, so it also works offline.</source>
        <translation>本单位谁能做什么：每个角色拥有哪些菜单权限，每个账号通过其角色能使用哪些菜单（单位主账号拥有全部菜单权限）。数据取自本机保存的本单位数据，离线时也可查看。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roles × menus</source>
        <translation>角色 × 菜单(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand&amp;lers × menus</source>
        <translation>经办人 × 菜单(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter rows:</source>
        <translation>筛选行(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role name, handler name or login</source>
        <translation>角色名称、账号名称或登录账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Menu:</source>
        <translation>菜单(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Only rows with a right</source>
        <translation>仅显示有权限的行(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out the rows that hold none of the menus shown</source>
        <translation>不显示对所列菜单均无权限的行</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>All menus</source>
        <translation>全部菜单</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose a cell to see whether the role grants that menu.</source>
        <translation>选择一个单元格，查看该角色是否拥有该菜单权限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a cell to see where the account&apos;s right comes from: the roles that grant it.</source>
        <translation>选择一个单元格，查看该账号的权限来自哪些角色。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading this computer&apos;s copy of the unit…</source>
        <translation>正在读取本机保存的本单位数据…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the matrix…</source>
        <translation>正在生成权限矩阵…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n role(s)</source>
        <translation>
            <numerusform>%1 / %n 个角色</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n account(s)</source>
        <translation>
            <numerusform>%1 / %n 个账号</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 of %3 menus</source>
        <extracomment>%1: how many rows shown (e.g. &quot;3 of 12 roles&quot;); %2 of %3: menu leaves shown.</extracomment>
        <translation>%1 · %2 / %3 项菜单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permission matrix — roles</source>
        <translation>权限矩阵 — 角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission matrix — handlers</source>
        <translation>权限矩阵 — 经办人</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>the matrix is not built yet</source>
        <translation>权限矩阵尚未生成</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+369"/>
        <source>permission-matrix-roles</source>
        <translation>权限矩阵-角色</translation>
    </message>
    <message>
        <location line="-368"/>
        <location line="+368"/>
        <source>permission-matrix-handlers</source>
        <translation>权限矩阵-经办人</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n role(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 个角色导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n account(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 个账号导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::ui::RegistrationWizard</name>
    <message>
        <location filename="../ui/account/RegistrationWizard.ui" line="+6"/>
        <location filename="../ui/account/RegistrationWizard.cpp" line="+44"/>
        <source>Register a unit</source>
        <translation>法人注册</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose how to register</source>
        <translation>选择注册方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the unit’s legal person once; the account you create becomes the unit’s main account.</source>
        <translation>每个单位只需进行一次法人注册；注册时创建的账号即为单位主账号。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Legal-person registry (recommended)</source>
        <translation>综合法人库（推荐）(&amp;L)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The unit’s name, unified social credit code and legal representative are checked against the comprehensive legal-person registry. Recommended: all you need are the four details from the business licence.</source>
        <translation>单位名称、统一社会信用代码及法定代表人信息将通过综合法人库校验。推荐使用，只需输入营业执照上的四项信息。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Electronic business licence</source>
        <translation>电子营业执照(&amp;E)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For units that hold an electronic business licence: enter the details exactly as the licence shows them. They are checked against the same registry.</source>
        <translation>适用于已领取电子营业执照的单位：请按电子营业执照上的内容如实填写，信息同样通过综合法人库校验。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Already registered? Log in with the unit’s main account instead; if its password is lost, use “Forgot password” in the login window.</source>
        <translation>已经注册过？请直接使用单位主账号登录；如忘记密码，请在登录窗口点击“忘记密码”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Legal person</source>
        <translation>法人信息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the unit’s details exactly as they appear in the legal-person registry and on the business licence.</source>
        <translation>请按营业执照及综合法人库中的登记内容如实填写单位信息。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unified social credit &amp;code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>18 digits and capital letters</source>
        <translation>18 位数字和大写字母</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Unit name:</source>
        <translation>单位名称(&amp;U)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The registered name of the unit</source>
        <translation>单位的登记名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Legal &amp;representative:</source>
        <translation>法定代表人姓名(&amp;R)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name of the legal representative</source>
        <translation>法定代表人姓名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Legal representative’s &amp;ID number:</source>
        <translation>法定代表人居民身份证号码(&amp;I)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>18-character resident ID number</source>
        <translation>18 位居民身份证号码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal representative’s ID number</source>
        <translation>法定代表人居民身份证号码</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Phone verification</source>
        <translation>手机验证</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone becomes the main account’s registered phone: it gets the codes for this registration and for later password resets.</source>
        <translation>该手机号将作为单位主账号的登记手机号，用于接收本次注册及今后重置密码的验证码。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Mobile phone:</source>
        <translation>手机号(&amp;M)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>11-digit mobile phone number</source>
        <translation>11 位手机号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cap&amp;tcha:</source>
        <translation>图形验证码(&amp;T)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Characters in the image</source>
        <translation>请输入图形验证码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Captcha</source>
        <translation>图形验证码</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Click for a new image</source>
        <translation>点击更换图片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Captcha image, press for a new one</source>
        <translation>图形验证码图片，点击更换</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;SMS code:</source>
        <translation>短信验证码(&amp;S)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>6 digits</source>
        <translation>6 位数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS code</source>
        <translation>短信验证码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Get code</source>
        <translation>获取验证码(&amp;G)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Account and password</source>
        <translation>账号信息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the main account’s login name and password (please remember them). Pressing “Register” creates the unit and its main account.</source>
        <translation>设置单位主账号的登录账号与密码（请自行牢记）。点击“注册”后将完成法人注册并创建单位主账号。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Login name:</source>
        <translation>登录账号(&amp;L)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. zijin_admin</source>
        <translation>例如 zijin_admin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login name</source>
        <translation>登录账号</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>8 to 64 characters</source>
        <translation>8 至 64 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Registered</source>
        <translation>注册成功</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The unit and its main account have been created.</source>
        <translation>法人注册已完成，单位主账号已创建。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Fill in the &amp;login window with the new account</source>
        <translation>在登录窗口填入新账号(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/account/RegistrationWizard.cpp" line="+0"/>
        <source>Register a unit — %1</source>
        <translation>法人注册 — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Register</source>
        <translation>注册(&amp;R)</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Please choose a login name.</source>
        <translation>请输入登录账号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login name has 4 to 32 characters.</source>
        <translation>登录账号为 4 至 32 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login name must start with a letter: a phone number cannot be a main account&apos;s login.</source>
        <translation>登录账号须以字母开头（手机号不能作为单位主账号的登录账号）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use only the letters a–z, digits and . _ - in the login name.</source>
        <translation>登录账号只能包含字母 a–z、数字及 . _ -。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved as “%1”: login names do not distinguish capital letters.</source>
        <translation>将保存为“%1”（登录账号不区分大小写）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 to 32 of the letters a–z, digits and . _ -, starting with a letter. The main account logs in with this name; handlers log in with their phone number, so the name cannot be one.</source>
        <translation>4 至 32 个字母 a–z、数字及 . _ -，以字母开头。单位主账号使用此登录账号登录；经办人使用手机号登录，因此登录账号不能是手机号。</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Stopped waiting for the server. If it registered the unit anyway, registering again says so: then log in with the main account.</source>
        <translation>已停止等待服务器应答。若服务器已完成注册，再次注册时会提示该单位已注册，届时请直接使用单位主账号登录。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compare all four details with the business licence: the registry must match each of them exactly.</source>
        <translation>请与营业执照逐项核对以上四项信息，须与综合法人库完全一致。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This login name is already taken. Please choose another one.</source>
        <translation>该登录账号已被使用，请更换。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Registering the unit…</source>
        <translation>正在提交法人注册…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is registered (unified social credit code %2). Its main account is “%3”, with the registered phone %4.</source>
        <translation>%1（统一社会信用代码 %2）已注册。单位主账号为“%3”，登记手机号 %4。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;What happens next&lt;/b&gt;&lt;/p&gt;&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Log in with the main account &lt;b&gt;%1&lt;/b&gt; and your password.&lt;/li&gt;&lt;li&gt;Complete the &lt;b&gt;role authentication&lt;/b&gt;: choose whether the unit is a medical institution, a manufacturer or a distributor, and verify its unit code from the medical-insurance agency system.&lt;/li&gt;&lt;li&gt;Add handler accounts for the staff who do the daily work, and give them roles.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;接下来&lt;/b&gt;&lt;/p&gt;&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;使用单位主账号 &lt;b&gt;%1&lt;/b&gt; 和您设置的密码登录。&lt;/li&gt;&lt;li&gt;完成&lt;b&gt;角色认证&lt;/b&gt;：选择单位类型（医疗机构、生产企业或配送企业），并校验医保经办系统中的单位编号。&lt;/li&gt;&lt;li&gt;为具体办理业务的人员新增经办人账号（单位经办人），并在账号角色管理中为其分配角色。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>zc::ui::ReportFrame</name>
    <message>
        <location filename="../ui/widgets/ReportFrame.cpp" line="+78"/>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed %1 by %2</source>
        <translation>打印时间：%1&#x3000;打印人：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
</context>
<context>
    <name>zc::ui::ReportOutput</name>
    <message>
        <location filename="../ui/widgets/ReportOutput.cpp" line="+48"/>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;int…</source>
        <translation>打印(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file cannot be written</source>
        <translation>文件无法写入</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file “%1” could not be written: %2.</source>
        <translation>文件“%1”无法写入：%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report was saved to %1.</source>
        <translation>报表已保存到 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report was sent to the printer.</source>
        <translation>报表已发送到打印机。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report could not be printed on %1.</source>
        <translation>报表无法在 %1 上打印。</translation>
    </message>
</context>
<context>
    <name>zc::ui::ReviewFindingModel</name>
    <message>
        <location filename="../ui/review/ReviewFindingModel.cpp" line="+69"/>
        <source>Finding</source>
        <translation>审查项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account, role or token</source>
        <translation>账号、角色或接口令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested action</source>
        <translation>建议处理</translation>
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
        <translation>、</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Never logged in</source>
        <translation>从未登录</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Not logged in for %n day(s)</source>
        <translation>
            <numerusform>%n 天未登录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled but holding roles</source>
        <translation>已禁用仍有角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holding administration rights</source>
        <translation>持有管理权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles without accounts</source>
        <translation>未分配账号的角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles without permissions</source>
        <translation>无菜单权限的角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API tokens expiring soon</source>
        <translation>即将到期的接口令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API tokens not in use</source>
        <translation>未使用的接口令牌</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>role %1</source>
        <translation>角色 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Added %1; has never logged in.</source>
        <translation>%1 添加，从未登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offboard it if the person does not need the account.</source>
        <translation>如该人员不需要此账号，请办理离职。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last logged in %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>最近登录时间 %1（%n 天前）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offboard it if the person has left or changed jobs.</source>
        <translation>如该人员已离职或调岗，请办理离职。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disabled, still holding %1.</source>
        <translation>已禁用，仍有角色%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove its roles (offboarding removes them all).</source>
        <translation>请移除其角色（办理离职可一次移除全部角色）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 through %2.</source>
        <extracomment>%1: menus such as 账号角色管理, 经办人管理; %2: the roles that give them.</extracomment>
        <translation>%1，来自角色%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the person should administer the unit; otherwise remove the role.</source>
        <translation>请确认该人员确需管理本单位的账号和角色，否则请移除该角色。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No account holds it (created %1).</source>
        <translation>未分配任何账号（%1 创建）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign it to accounts, or delete it if it is not needed.</source>
        <translation>请分配账号；如不再需要，请删除。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Grants no menu, yet %n account(s) hold it.</source>
        <translation>
            <numerusform>没有任何菜单权限，但已分配给 %n 个账号。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants no menu.</source>
        <translation>没有任何菜单权限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete it, or give it the menus it was meant for.</source>
        <translation>请删除该角色，或为其设置应有的菜单权限。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Expires %1 (made by %2).</source>
        <translation>%1 到期（创建人：%2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new token for its script and delete this one, or let it expire.</source>
        <translation>请为使用它的脚本添加新的接口令牌并删除此令牌，或任其到期失效。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never used since it was made on %1 by %2.</source>
        <translation>%1 由%2创建，从未使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Delete it if no script needs it.</source>
        <translation>如没有脚本需要它，请删除。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Last used %1 (made by %2).</source>
        <translation>最近使用时间 %1（创建人：%2）。</translation>
    </message>
</context>
<context>
    <name>zc::ui::RoleAuthenticationDialog</name>
    <message>
        <location filename="../ui/account/RoleAuthenticationDialog.ui" line="+6"/>
        <location line="+41"/>
        <source>Role authentication</source>
        <translation>角色认证</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tell the platform what kind of unit yours is and verify its unit code against the medical-insurance unit registry. The unit’s main account does this once, after registration.</source>
        <translation>选择单位类型，并校验医保经办系统中的单位编号。由单位主账号在法人注册后完成一次即可。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unit kind:</source>
        <translation>单位类型：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Medical institution</source>
        <translation>医疗机构(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Man&amp;ufacturer</source>
        <translation>生产企业(&amp;U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Distributor</source>
        <translation>配送企业(&amp;D)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unit &amp;code:</source>
        <translation>单位编号(&amp;C)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The unit code in the medical-insurance system</source>
        <translation>医保经办系统中的单位编号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit code</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&amp;Authenticate</source>
        <translation>认证(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/account/RoleAuthenticationDialog.cpp" line="+29"/>
        <source>The unit code is the unit&apos;s number in the medical-insurance agency system. Medical institutions find it in the Jiangsu Medical Insurance Cloud app under Insurance information › Personal insurance information.</source>
        <translation>此编号为医保经办系统中的单位编号，医疗机构人员可通过“江苏医保云 › 参保信息 › 个人参保信息”查看对应单位编号。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This unit is already authenticated. Authenticate it again only if its kind or its unit code has changed.</source>
        <translation>本单位已完成角色认证。仅当单位类型或单位编号变更时才需重新认证。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the unit&apos;s main account can do the role authentication. Log in with the main account created at registration.</source>
        <translation>只有单位主账号可以进行角色认证。请使用法人注册时创建的单位主账号登录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+49"/>
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
        <location line="+3"/>
        <source>not authenticated</source>
        <translation>未完成角色认证</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>authenticated as a %1, unit code %2</source>
        <translation>已完成（%1，单位编号 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not authenticated yet</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Unified social credit code: %2&lt;br&gt;Role authentication: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;统一社会信用代码：%2&lt;br&gt;角色认证：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please choose what kind of unit yours is.</source>
        <translation>请选择单位类型。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please enter the unit code.</source>
        <translation>请输入单位编号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit code has at most 32 characters.</source>
        <translation>单位编号最多 32 个字符。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit code has capital letters and digits only.</source>
        <translation>单位编号只包含大写字母和数字。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Check the code, and that the unit kind chosen above is the right one.</source>
        <translation>请核对单位编号，并确认上面选择的单位类型正确。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another unit has already been authenticated with this unit code.</source>
        <translation>该单位编号已被其他单位用于角色认证，请核对单位编号。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Authenticated: %1 is a %2 with the unit code %3.</source>
        <translation>角色认证成功：%1，单位类型为%2，单位编号 %3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the unit code with the registry…</source>
        <translation>正在校验单位编号…</translation>
    </message>
</context>
<context>
    <name>zc::ui::RoleAuthenticationPage</name>
    <message>
        <location filename="../ui/account/RoleAuthenticationPage.cpp" line="+81"/>
        <source>Role authentication</source>
        <translation>角色认证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role authentication tells the platform what kind of unit this is — medical institution, manufacturer or distributor — by the unit code the medical-insurance unit registry holds for it. The menus a unit&apos;s roles can give depend on its kind.</source>
        <translation>角色认证是以医保经办系统中本单位的单位编号，向平台确认本单位的单位类型（医疗机构、生产企业或配送企业）。本单位角色可分配的菜单取决于单位类型。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No unit is chosen for this session.</source>
        <translation>本次登录尚未选择单位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has completed role authentication: %2, unit code %3.</source>
        <translation>%1已完成角色认证：%2，单位编号 %3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has not completed role authentication yet. Until it does, its roles can give only the basic settings menus.</source>
        <translation>%1尚未完成角色认证。完成前，本单位的角色只能分配“基础设置”下的菜单。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Authenticate agai&amp;n…</source>
        <translation>重新认证(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start role authentication…</source>
        <translation>开始角色认证(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>zc::ui::RoleCompareDialog</name>
    <message>
        <location filename="../ui/roles/RoleCompareDialog.cpp" line="+32"/>
        <source>Compare roles</source>
        <translation>角色对比</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>First role</source>
        <translation>第一个角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second role</source>
        <translation>第二个角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First role:</source>
        <translation>第一个角色(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Second role:</source>
        <translation>第二个角色(&amp;S)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;differences only</source>
        <translation>仅显示差异(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Menu permissions of the two roles</source>
        <translation>两个角色的菜单权限</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>(none: the role was added)</source>
        <translation>（无：该角色为新添加）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none: the role was deleted)</source>
        <translation>（无：该角色已删除）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (before)</source>
        <translation>%1（变更前）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (after)</source>
        <translation>%1（变更后）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role change — “%1”, %2</source>
        <translation>角色变更对比 — “%1”，%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 “%2” — %3, by %4</source>
        <translation>%4于 %3 %1“%2”</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Menu permission</source>
        <translation>菜单权限</translation>
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
        <translation>请选择两个角色。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same role is chosen twice.</source>
        <translation>两边选择的是同一个角色。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The menu permissions did not change (%n held).</source>
        <translation>
            <numerusform>菜单权限未变化（共 %n 项）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1, removed %2, kept %3.</source>
        <translation>添加%1，移除%2，保留%3。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>“%1” and “%2” hold the same %n menu permission(s).</source>
        <translation>
            <numerusform>“%1”与“%2”拥有相同的 %n 项菜单权限。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both hold %1; only “%2” holds %3; only “%4” holds %5.</source>
        <translation>两者共有%1；仅“%2”拥有%3；仅“%4”拥有%5。</translation>
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
            <numerusform> %n 项菜单权限</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::ui::RoleEditorDialog</name>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.ui" line="+47"/>
        <source>Role &amp;name:</source>
        <translation>角色名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 to 30 characters, unique in your unit</source>
        <translation>1 至 30 个字符，本单位内不能重名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role name</source>
        <translation>角色名称</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Remark:</source>
        <translation>备注(&amp;R)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What the role is for (at most 200 characters)</source>
        <translation>角色用途说明（最多 200 个字符）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Menu permissions</source>
        <translation>菜单权限(&amp;M)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter menus by name</source>
        <translation>按菜单名称筛选</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter menu permissions</source>
        <translation>筛选菜单权限</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xpand all</source>
        <translation>全部展开(&amp;X)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Co&amp;llapse all</source>
        <translation>全部收起(&amp;L)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Menu permissions</source>
        <translation>菜单权限</translation>
    </message>
    <message>
        <location line="+74"/>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="+36"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="+178"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/roles/RoleEditorDialog.cpp" line="-180"/>
        <location line="+182"/>
        <source>Edit role “%1”</source>
        <translation>修改角色“%1”</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Add role</source>
        <translation>添加角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add role</source>
        <translation>添加角色(&amp;A)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Greyed menus: your own account does not hold them, so you cannot change them.</source>
        <translation>灰色菜单为您本人没有的菜单权限，不能修改。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Please enter the role name.</source>
        <translation>请输入角色名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The role name can have at most %1 characters (now %2).</source>
        <translation>角色名称最多 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The role name is not valid.</source>
        <translation>角色名称无效，请修改后重试。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The remark can have at most %1 characters.</source>
        <translation>备注最多 %1 个字符。</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n menu permission(s) chosen</source>
        <translation>
            <numerusform>已选择 %n 项菜单权限</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role “%1”</source>
        <translation>角色“%1”</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saving the role…</source>
        <translation>正在保存角色…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adding the role…</source>
        <translation>正在添加角色…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Someone else deleted this role while you were editing it. Cancel to close the form, or copy what you typed into a new role.</source>
        <translation>您编辑期间该角色已被他人删除。请点击“取消”关闭窗口，或复制已填写的内容，另行添加角色。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Someone else changed this role. Loading the server&apos;s version…</source>
        <translation>该角色已被他人修改，正在加载服务器上的最新版本…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server&apos;s version is loaded and your changes are applied on top of it. Check the form and save again.</source>
        <translation>已加载服务器上的最新版本，并保留了您的修改。请检查后再次保存。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The form shows the server&apos;s version now.</source>
        <translation>窗口中现在显示的是服务器上的版本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your changes are still here, but saving them needs the server&apos;s version first: save again to compare.</source>
        <translation>您的修改仍然保留。保存前需要先对照服务器上的版本，请再次保存以进行比较。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close the form and lose the changes you made?</source>
        <translation>确定关闭窗口并放弃您所做的修改吗？</translation>
    </message>
</context>
<context>
    <name>zc::ui::RolesPage</name>
    <message>
        <location filename="../ui/roles/RolesPage.ui" line="+24"/>
        <source>Account roles</source>
        <translation>账号角色管理</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A role is a set of menu permissions. Add the roles your unit needs, choose their menus, and assign them to handler accounts; a handler without any role cannot open any menu.</source>
        <translation>角色是一组菜单权限。请添加本单位需要的角色、选择其菜单，并分配给经办人账号；没有任何角色的经办人无法打开任何菜单。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Role &amp;name:</source>
        <translation>角色名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a role name</source>
        <translation>请输入角色名称</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role name filter</source>
        <translation>按角色名称筛选</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R&amp;eset</source>
        <translation>重置(&amp;E)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add &amp;role</source>
        <translation>添加角色(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Co&amp;mpare roles…</source>
        <translation>角色对比(&amp;M)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show two roles’ menu permissions side by side, the differences marked</source>
        <translation>并排显示两个角色的菜单权限，并标出差异</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save all roles that match the filter as a CSV file</source>
        <translation>将符合条件的全部角色保存为 CSV 文件</translation>
    </message>
    <message>
        <location filename="../ui/roles/RolesPage.cpp" line="+54"/>
        <source>No roles yet. Press “Add role” to create the first one.</source>
        <translation>暂无角色，请点击“添加角色”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign accounts</source>
        <translation>分配账号</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+162"/>
        <source>Delete role</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Loading the roles from this computer&apos;s cache…</source>
        <translation>正在从本机缓存加载角色…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not connected to a server.</source>
        <translation>未连接服务器。</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Create a new role (添加角色)</source>
        <translation>添加角色</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>roles</source>
        <translation>账号角色</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n role(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 个角色导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source> (copy)</source>
        <translation>（副本）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (copy %1)</source>
        <translation>（副本%1）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Copy role “%1”</source>
        <translation>复制角色“%1”</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The role “%1” was added.</source>
        <translation>已添加角色“%1”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role “%1” was saved.</source>
        <translation>已保存角色“%1”。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Delete the role “%1”? %n account(s) will lose it, and with it the menus it gives them.</source>
        <translation>
            <numerusform>确定删除角色“%1”吗？%n 个账号将失去该角色及其提供的菜单权限。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the role “%1”? No account holds it.</source>
        <translation>确定删除角色“%1”吗？目前没有账号分配该角色。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role “%1” was deleted.</source>
        <translation>已删除角色“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The role “%1” was changed by someone else in the meantime; it was not deleted. Look at it again, then delete it if you still want to.</source>
        <translation>角色“%1”在此期间已被他人修改，未删除。请重新查看后，如仍需删除请再次操作。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Deleting the role “%1”…</source>
        <translation>正在删除角色“%1”…</translation>
    </message>
</context>
<context>
    <name>zc::ui::ServerProfilesDialog</name>
    <message>
        <location filename="../ui/login/ServerProfilesDialog.ui" line="+6"/>
        <source>Manage servers</source>
        <translation>管理服务器</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Each server is a deployment of the procurement platform. Your IT department can give you a server profile file to import, or the address and the CA certificate to add here.</source>
        <translation>每个服务器对应一个地区的招采平台。本单位信息技术人员（系统管理员）可以提供服务器配置文件供导入，或提供服务器地址和证书文件在此添加。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Servers:</source>
        <translation>服务器列表：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import profile file…</source>
        <translation>导入配置文件…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a server</source>
        <translation>添加服务器</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Jiangsu</source>
        <translation>例如：江苏</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;CA certificate:</source>
        <translation>证书文件(&amp;C)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The system&apos;s certificate authorities</source>
        <translation>使用系统自带的证书</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A deployment signed by its own certificate authority needs that CA certificate (a PEM file from your IT department).</source>
        <translation>如该地区的招采平台使用自有证书，请选择本单位信息技术人员（系统管理员）提供的证书文件。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/login/ServerProfilesDialog.cpp" line="+93"/>
        <source>CA: the system&apos;s certificate authorities</source>
        <translation>证书：系统自带</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CA: %1</source>
        <translation>证书文件：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the CA certificate</source>
        <translation>选择证书文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书文件 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a server profile</source>
        <translation>导入服务器配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server profiles (*.json);;All files (*)</source>
        <translation>服务器配置文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file “%1” cannot be read.</source>
        <translation>无法读取文件“%1”，请确认文件存在且有权限读取。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a certificate file. Ask your IT department for the server&apos;s CA certificate (PEM).</source>
        <translation>“%1”不是证书文件。请向本单位信息技术人员（系统管理员）索取该服务器的证书文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Please enter a name for the server.</source>
        <translation>请输入服务器名称。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is already a server named “%1”. Choose another name, or remove that one first.</source>
        <translation>已有名为“%1”的服务器。请换一个名称，或先删除原有的服务器。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+112"/>
        <source>Please enter the server&apos;s address, for example https://zc.example.cn:8443.</source>
        <translation>请输入服务器地址（格式如 https://zc.example.cn:8443）。</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>This server is already in the list as “%1”.</source>
        <translation>该服务器已在列表中，名称为“%1”。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The profile file “%1” cannot be used: %2</source>
        <translation>无法使用配置文件“%1”。%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace server</source>
        <translation>替换服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a server named “%1”. Replace its address and certificate with the imported ones?</source>
        <translation>已有名为“%1”的服务器。确定用导入的地址和证书替换它吗？</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove server</source>
        <translation>删除服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the server “%1”? A login remembered for it is forgotten too.</source>
        <translation>确定删除服务器“%1”吗？为它记住的登录也将一并清除。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The address must start with https:// (the connection is always encrypted).</source>
        <translation>地址必须以 https:// 开头（连接始终加密）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address has no server name, for example https://zc.example.cn:8443.</source>
        <translation>地址中缺少服务器名，请按 https://zc.example.cn:8443 的格式填写。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件，请确认文件存在且有权限读取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a server profile (a JSON file with a name, an address and optionally a CA certificate).</source>
        <translation>该文件不是服务器配置文件（应为包含名称、地址及可选证书的 JSON 文件），请向本单位信息技术人员（系统管理员）索取。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The address is not a valid web address, for example https://zc.example.cn:8443.</source>
        <translation>地址格式无效，请按 https://zc.example.cn:8443 的格式填写。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA certificate is not a valid PEM certificate.</source>
        <translation>证书文件无效，请向本单位信息技术人员（系统管理员）索取正确的证书文件。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The server needs a name.</source>
        <translation>请为服务器设置名称。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file is too large to be a server profile or a CA certificate.</source>
        <translation>文件过大，不是服务器配置文件或证书文件，请重新选择。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile is not valid (%1).</source>
        <translation>服务器配置无效（%1），请检查后重新导入。</translation>
    </message>
</context>
<context>
    <name>zc::ui::SessionFlow</name>
    <message>
        <location filename="../ui/SessionFlow.cpp" line="+226"/>
        <source>The language was changed.</source>
        <translation>语言已切换。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Local data</source>
        <translation>本机数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s copy of the account was written by a newer version of the client. It was set aside as %1 and is being fetched again from the server.</source>
        <translation>本机保存的账号数据由更新版本的客户端写入，已将其另存为 %1，正在从服务器重新获取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s copy of the account was damaged. It was set aside as %1 and is being fetched again from the server.</source>
        <translation>本机保存的账号数据已损坏，已将其另存为 %1，正在从服务器重新获取。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server cannot be reached, and this computer&apos;s copy of the account is damaged, so nothing can be shown. It is fetched again when you log in with the server reachable.</source>
        <translation>无法连接服务器，且本机保存的账号数据已损坏，因此无法显示任何内容。请在能连接服务器时重新登录，以重新获取数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached, and this computer&apos;s copy of the account was written by a newer version of the client, so this version cannot show it. Log in with the server reachable to fetch the data again.</source>
        <translation>无法连接服务器，且本机保存的账号数据由更新版本的客户端写入，当前版本无法显示。请在能连接服务器时登录，以重新获取数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached, and this computer&apos;s copy of the account could not be opened.</source>
        <translation>无法连接服务器，且无法打开本机保存的账号数据。请在能连接服务器时重新登录。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>You have logged out and this computer&apos;s data of the account was deleted.</source>
        <translation>您已退出登录，本机保存的该账号数据已清除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have logged out, but some of this computer&apos;s data of the account could not be deleted: %1</source>
        <translation>您已退出登录，但本机保存的该账号部分数据未能清除，原因：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>You have logged out.</source>
        <translation>您已退出登录。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Your session has expired or was ended. Please log in again.</source>
        <translation>登录已失效，请重新登录。</translation>
    </message>
</context>
<context>
    <name>zc::ui::SettingsPage</name>
    <message>
        <location filename="../ui/settings/SettingsPage.ui" line="+32"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A new language takes effect when the program starts again.</source>
        <translation>更改语言将在程序重新启动后生效。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use the s&amp;ystem&apos;s proxy settings</source>
        <translation>使用系统代理设置(&amp;Y)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;No proxy (connect directly)</source>
        <translation>不使用代理，直接连接(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>手动设置 HTTP 代理(&amp;M)：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>H&amp;ost:</source>
        <translation>主机(&amp;O)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only if the proxy asks for one</source>
        <translation>仅当代理要求认证时填写</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kept in this computer&apos;s keychain</source>
        <translation>保存在系统凭据存储中</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Transfer timeout:</source>
        <translation>传输超时(&amp;T)：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A request that receives nothing for this long fails with a timeout.</source>
        <translation>请求在此时间内没有收到任何数据即视为超时。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="+30"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Please enter the proxy&apos;s host name, for example proxy.example.cn (without http://).</source>
        <translation>请输入代理服务器主机名，例如 proxy.example.cn（不含 http://）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please enter the proxy&apos;s port (1 to 65535).</source>
        <translation>请输入代理服务器端口（1 至 65535）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings saved, but the proxy password could not be stored in this computer&apos;s keychain.</source>
        <translation>设置已保存，但代理密码无法保存到系统凭据存储，下次启动后需重新输入。</translation>
    </message>
</context>
<context>
    <name>zc::ui::SmsVerification</name>
    <message>
        <location filename="../ui/account/SmsVerification.cpp" line="+42"/>
        <source>Click for a new image</source>
        <translation>点击更换图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captcha image: click for a new one</source>
        <translation>图形验证码图片，点击更换</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Please enter the mobile phone number.</source>
        <translation>请输入手机号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mobile phone number has 11 digits and starts with 13 to 19.</source>
        <translation>手机号为 11 位数字，以 13 至 19 开头。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please enter the 6-digit code sent to the phone.</source>
        <translation>请输入发送到该手机的 6 位验证码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SMS code has 6 digits.</source>
        <translation>短信验证码为 6 位数字。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Resend in %1 s</source>
        <translation>%1 秒后重新获取</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Get code</source>
        <translation>获取验证码(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One code per phone and minute: wait until the countdown ends.</source>
        <translation>每个手机号每分钟只能获取一次验证码，请等待倒计时结束。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a 6-digit code to this phone (type the captcha first).</source>
        <translation>向该手机发送 6 位验证码（请先输入图形验证码）。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The captcha image has not loaded yet. Click it to try again.</source>
        <translation>图形验证码尚未加载，请点击图片重试。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the characters of the image first: they protect the SMS from abuse.</source>
        <translation>请先输入图形验证码，再获取短信验证码。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sending the SMS code…</source>
        <translation>正在发送短信验证码…</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>A code was sent to %1. It is valid for %n minute(s).</source>
        <translation>
            <numerusform>验证码已发送至 %1，%n 分钟内有效。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zc::ui::Startup</name>
    <message>
        <location filename="../ui/Startup.cpp" line="+133"/>
        <source>Desktop administration of units, handler accounts and roles on provincial medical-insurance procurement platforms.</source>
        <translation>省级医保招采平台的单位、经办人账号与角色权限桌面管理工具。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language for this run: zh_CN or en.</source>
        <translation>本次运行的界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add (or update) the server profile in &lt;file&gt; and select it. Also read from ZC_PROFILE_FILE.</source>
        <translation>添加（或更新）&lt;file&gt; 中的服务器配置并选中它。也可通过环境变量 ZC_PROFILE_FILE 指定。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The server profile “%1” cannot be used: %2</source>
        <translation>无法使用服务器配置文件“%1”。%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Procurement Account Administration</source>
        <translation>招采账号权限管理</translation>
    </message>
</context>
<context>
    <name>zc::ui::TableExport</name>
    <message>
        <location filename="../ui/widgets/TableExport.cpp" line="+85"/>
        <source>this computer does not allow writing there; choose another folder</source>
        <translation>本机不允许在该位置写入文件，请选择其他文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>writing failed; check that the disk has free space and try again</source>
        <translation>写入失败，请检查磁盘剩余空间后重试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot be created there; check that the folder exists, or choose another one</source>
        <translation>无法在该位置创建文件，请确认文件夹存在，或选择其他文件夹</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+7"/>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file “%1” could not be written: %2</source>
        <translation>无法写入文件“%1”（%2），请选择其他位置后重试。</translation>
    </message>
</context>
<context>
    <name>zc::ui::TlsProblemDialog</name>
    <message>
        <location filename="../ui/login/TlsProblemDialog.ui" line="+6"/>
        <source>Certificate refused</source>
        <translation>证书未通过验证</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The server presented a certificate that this computer does not trust. To protect your password, nothing was sent to it.</source>
        <translation>服务器出示的证书不被本机信任。为保护您的密码，没有向它发送任何数据。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Certificate presented by the server</source>
        <translation>服务器出示的证书</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Issued to:</source>
        <translation>颁发给：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Issued by:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Valid for:</source>
        <translation>适用于：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Validity:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Compare the fingerprint with the one your IT department gives you. There is no way to connect while the certificate is refused.</source>
        <translation>请将指纹与本单位信息技术人员（系统管理员）提供的指纹核对。证书未通过验证时无法连接。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy fingerprint</source>
        <translation>复制指纹</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Manage servers…</source>
        <translation>管理服务器…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/login/TlsProblemDialog.cpp" line="+25"/>
        <source>No secure connection to “%1”</source>
        <translation>无法安全连接到“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The certificate authority is not trusted: ask your IT department for this server&apos;s CA certificate and add it under “Manage servers”.</source>
        <translation>证书颁发机构不受信任。请向本单位信息技术人员（系统管理员）索取该服务器的证书文件，并在“管理服务器”中添加。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate was issued for %1, not for the address you connect to (%2): check the server address in the server profile.</source>
        <translation>证书是颁发给 %1 的，与您连接的地址（%2）不符。请检查服务器配置中的地址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate expired on %1: ask the server&apos;s administrator to renew it, and check that this computer&apos;s date is right.</source>
        <translation>证书已于 %1 过期。请联系本单位信息技术人员（系统管理员）更新证书，并检查本机日期是否正确。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate is valid only from %1: check this computer&apos;s date and time.</source>
        <translation>证书自 %1 起才生效。请检查本机的日期和时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate has been revoked: do not use this server until its administrator replaces the certificate.</source>
        <translation>证书已被吊销。在证书更换之前请勿使用该服务器，并联系本单位信息技术人员（系统管理员）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate could not be verified (%1): contact your IT department.</source>
        <translation>证书无法验证（%1）。请联系本单位信息技术人员（系统管理员）。</translation>
    </message>
</context>
<context>
    <name>zc::ui::UnitChoiceDialog</name>
    <message>
        <location filename="../ui/login/UnitChoiceDialog.ui" line="+6"/>
        <source>Choose the unit</source>
        <translation>选择登录单位</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose the unit to log in for</source>
        <translation>请选择本次登录的单位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your mobile phone number is a handler account of several units. Choose the unit you work for in this session; you will be asked again at your next login.</source>
        <translation>您的手机号是多个单位的经办人账号。请选择本次登录要办理业务的单位；下次登录时会再次询问。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to login</source>
        <translation>返回登录</translation>
    </message>
    <message>
        <location filename="../ui/login/UnitChoiceDialog.cpp" line="+20"/>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit kind</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Medical institution</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufacturer</source>
        <translation>生产企业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distributor</source>
        <translation>配送企业</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not authenticated yet</source>
        <translation>未完成角色认证</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Logging in to “%1”…</source>
        <translation>正在登录“%1”…</translation>
    </message>
</context>
<context>
    <name>zc::ui::VersionConflictDialog</name>
    <message>
        <location filename="../ui/roles/VersionConflictDialog.ui" line="+6"/>
        <location filename="../ui/roles/VersionConflictDialog.cpp" line="+40"/>
        <source>Changed on the server</source>
        <translation>服务器上的修改</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Someone else changed this role</source>
        <translation>该角色已被他人修改</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>What changed</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reload and &amp;reapply my changes</source>
        <translation>重新加载并保留我的修改(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Discard my changes</source>
        <translation>放弃我的修改(&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/roles/VersionConflictDialog.cpp" line="-6"/>
        <source>a moment ago</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While you were editing, the role “%1” was changed on the server (%2). Nothing you typed is lost: compare the changes and choose how to go on.</source>
        <translation>您编辑期间，角色“%1”已在服务器上被修改（%2）。您填写的内容均已保留，请对照修改内容，选择如何继续。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your changes</source>
        <translation>您的修改</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(unchanged)</source>
        <translation>（未修改）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Role name</source>
        <translation>角色名称</translation>
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
        <translation>备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menu permissions</source>
        <translation>菜单权限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assigned accounts</source>
        <translation>关联账号数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not editable here)</source>
        <translation>（此处不可修改）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You and someone else both changed: %1. If you re-apply your changes, yours are kept there.</source>
        <translation>您和他人都修改了：%1。选择“重新加载并保留我的修改”时，这些项目以您的修改为准。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <location line="+2"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>“Reload and re-apply” puts your changes on top of the server&apos;s version; check the form and save again. “Discard” shows the server&apos;s version instead.</source>
        <translation>“重新加载并保留我的修改”会以服务器上的最新版本为基础保留您的修改，请检查后再次保存；“放弃我的修改”则改为显示服务器上的版本。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>added: %1</source>
        <translation>添加：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed: %1</source>
        <translation>移除：%1</translation>
    </message>
</context>
<context>
    <name>zc::ui::WorkspaceStatusBar</name>
    <message>
        <location filename="../ui/workspace/WorkspaceStatusBar.cpp" line="+30"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the running sync; what was already received stays</source>
        <translation>停止正在进行的同步；已收到的数据会保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the sync</source>
        <translation>停止同步</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Server: %1 (%2)</source>
        <translation>服务器：%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account: %1 (%2)</source>
        <translation>账号：%1（%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>● Offline</source>
        <translation>● 离线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered the last request.</source>
        <translation>服务器已响应最近一次请求。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not be reached at the last request.</source>
        <translation>最近一次请求无法连接服务器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached since %1. The client tries again by itself.</source>
        <translation>自 %1 起无法连接服务器，客户端会自动重试。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Syncing… %n item(s) received</source>
        <translation>
            <numerusform>正在同步… 已接收 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last synced: not synced yet</source>
        <translation>上次同步：尚未同步</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fetching the latest data from the server…</source>
        <translation>正在从服务器获取最新数据…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This computer&apos;s cache could not be written: %1</source>
        <translation>无法写入本机缓存（%1），请检查磁盘空间后点击“刷新数据”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync was stopped. It goes on from there next time.</source>
        <translation>同步已停止，下次将从停止处继续。</translation>
    </message>
</context>
</TS>
