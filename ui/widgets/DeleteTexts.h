#pragma once

#include <QString>

namespace zc::ui {

// The words of one deletion, from the page that owns the object (so that the
// same question, progress and result read the same wherever it is deleted:
// on its page or from 权限审查).
struct DeleteTexts
{
    QString title;      // 删除角色
    QString question;   // 确定删除…吗？ naming it and what goes with it
    QString busy;       // 正在删除…
    QString done;       // …已删除。
};

} // namespace zc::ui
