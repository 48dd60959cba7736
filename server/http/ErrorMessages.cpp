#include "server/http/ErrorMessages.h"

#include <QHash>
#include <QList>

namespace zc::server {

namespace {

struct Words
{
    const char *zh;
    const char *en;
};

const QHash<QString, Words> &table()
{
    static const QHash<QString, Words> t = {
        {QStringLiteral("malformed_json"), {"请求内容不是有效的 JSON 对象。", "The request body is not a valid JSON object."}},
        {QStringLiteral("invalid_field"), {"字段缺失或格式不正确。", "A field is missing or not valid."}},
        {QStringLiteral("malformed_request"), {"HTTP 请求格式不正确。", "The HTTP request is malformed."}},
        {QStringLiteral("headers_too_large"), {"请求头过大或字段过多。", "The request headers are too large or too many."}},
        {QStringLiteral("request_timeout"), {"请求未在规定时间内发送完毕。", "The request did not arrive in time."}},
        {QStringLiteral("unsupported_transfer_coding"), {"不支持该传输编码。", "This transfer coding is not supported."}},
        {QStringLiteral("unauthenticated"), {"未登录或登录已失效，请重新登录。", "You are not signed in or your session has expired. Please sign in again."}},
        {QStringLiteral("invalid_credentials"), {"账号或密码错误。", "The login or password is wrong."}},
        {QStringLiteral("forbidden"), {"没有执行此操作的权限。", "You do not have permission to do this."}},
        {QStringLiteral("unit_choice_required"), {"请先选择登录单位。", "Choose the unit to sign in to first."}},
        {QStringLiteral("institution_choice_required"), {"请先选择医疗机构。", "Choose your medical institution first."}},
        {QStringLiteral("password_change_required"), {"请先修改初始密码。", "Change your initial password first."}},
        {QStringLiteral("not_found"), {"请求的资源不存在。", "The requested resource does not exist."}},
        {QStringLiteral("method_not_allowed"), {"该地址不支持此请求方法。", "This method is not allowed for this address."}},
        {QStringLiteral("conflict"), {"操作与当前状态冲突。", "The request conflicts with the current state."}},
        {QStringLiteral("role_name_taken"), {"角色名称已存在。", "A role with this name already exists."}},
        {QStringLiteral("token_name_taken"), {"已有同名的接口令牌。", "An API token with this name already exists."}},
        {QStringLiteral("login_taken"), {"该账号已存在。", "This login is already taken."}},
        {QStringLiteral("already_registered"), {"该单位已注册。", "This unit is already registered."}},
        {QStringLiteral("institution_already_chosen"), {"医疗机构已选择，不能更改。", "The medical institution has already been chosen and cannot be changed."}},
        {QStringLiteral("no_choice_pending"), {"当前没有需要进行的选择。", "There is no choice to make."}},
        {QStringLiteral("version_conflict"), {"数据已被他人修改，请刷新后重试。", "The data was changed meanwhile. Reload it and try again."}},
        {QStringLiteral("precondition_required"), {"缺少 If-Match 请求头。", "The If-Match header is required."}},
        {QStringLiteral("payload_too_large"), {"请求内容超过 1 MiB 的上限。", "The request body exceeds the 1 MiB limit."}},
        {QStringLiteral("captcha_invalid"), {"图形验证码错误或已失效，请刷新后重新输入。", "The captcha is wrong or has expired. Refresh it and try again."}},
        {QStringLiteral("sms_code_invalid"), {"短信验证码错误或已失效。", "The SMS code is wrong or has expired."}},
        {QStringLiteral("legal_person_mismatch"), {"单位名称、统一社会信用代码与法定代表人信息与综合法人库不一致。", "The unit and legal representative details do not match the legal-person registry."}},
        {QStringLiteral("unit_code_mismatch"), {"单位编号与医保经办系统中的登记不一致，请核对单位编号和单位类型后重试。", "The unit code does not match the medical-insurance unit registry."}},
        {QStringLiteral("unknown_permission"), {"包含不存在的菜单权限。", "The request names a permission that does not exist."}},
        {QStringLiteral("permission_not_held"), {"不能授予自己没有的权限。", "You cannot grant a permission you do not hold."}},
        {QStringLiteral("weak_password"), {"密码须为 8–64 位，至少包含大写字母、小写字母、数字和符号中的三种，且不能与原密码相同。", "The password must be 8–64 characters with at least three of: lower-case, upper-case, digit, symbol, and differ from the current one."}},
        {QStringLiteral("weak_password.rules"), {"密码须为 8–64 位，至少包含大写字母、小写字母、数字和符号中的三种。", "The password must be 8–64 characters with at least three of: lower-case, upper-case, digit, symbol."}},
        {QStringLiteral("weak_password.unchanged"), {"新密码不能与原密码相同。", "The new password must differ from the current one."}},
        {QStringLiteral("weak_password.common"), {"该密码过于常见或已在泄露的密码中出现，容易被猜中，请换一个。", "This password is too common or appears among leaked passwords: it is easy to guess. Choose another."}},
        {QStringLiteral("weak_password.personal"), {"密码不能包含登录账号、手机号、单位名称或账号名称。", "The password must not contain the login, phone number, unit name or person's name."}},
        {QStringLiteral("main_account_immutable"), {"单位主账号不能被禁用、删除或分配角色。", "The unit's main account cannot be disabled, deleted or given roles."}},
        {QStringLiteral("wrong_password"), {"原密码错误。", "The current password is wrong."}},
        {QStringLiteral("account_locked"), {"登录失败次数过多，账号已暂时锁定，请稍后再试。", "Too many failed attempts: the account is locked for a while. Try again later."}},
        {QStringLiteral("rate_limited"), {"操作过于频繁，请稍后再试。", "Too many requests. Try again later."}},
        {QStringLiteral("internal_error"), {"服务器内部错误，请稍后再试。", "Internal server error. Try again later."}},
        {QStringLiteral("service_unavailable"), {"服务器繁忙，请稍后再试。", "The server is busy. Try again later."}},
    };
    return t;
}

} // namespace

Language ErrorMessages::fromAcceptLanguage(const QByteArray &header)
{
    // Highest q wins; among equal q the first listed. Only zh* and en* count.
    double bestQ = -1.0;
    Language best = Language::Chinese;
    const QList<QByteArray> ranges = header.split(',');
    for (const QByteArray &raw : ranges) {
        const QList<QByteArray> parts = raw.trimmed().split(';');
        const QByteArray tag = parts.value(0).trimmed().toLower();
        double q = 1.0;
        for (int i = 1; i < parts.size(); ++i) {
            const QByteArray p = parts.at(i).trimmed();
            if (p.startsWith("q=")) {
                bool ok = false;
                q = p.mid(2).toDouble(&ok);
                if (!ok)
                    q = 0.0;
            }
        }
        if (q <= 0.0)
            continue;
        Language lang;
        if (tag == "zh" || tag.startsWith("zh-"))
            lang = Language::Chinese;
        else if (tag == "en" || tag.startsWith("en-"))
            lang = Language::English;
        else
            continue;
        if (q > bestQ) {
            bestQ = q;
            best = lang;
        }
    }
    return best;
}

QString ErrorMessages::message(const QString &code, Language language)
{
    const auto it = table().constFind(code);
    if (it == table().constEnd())
        return language == Language::English ? QStringLiteral("Error: %1").arg(code)
                                             : QStringLiteral("错误：%1").arg(code);
    return QString::fromUtf8(language == Language::English ? it->en : it->zh);
}

bool ErrorMessages::knows(const QString &code)
{
    return table().contains(code);
}

} // namespace zc::server
