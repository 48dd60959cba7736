#pragma once

#include <QString>

namespace zc::test {

// Demo logins of server/seed/demo.json (docs/api.md, "Demo data"), the seed a
// TestServer starts with unless told otherwise. Every one signs in with Password.
namespace demo {
inline const QString Password = QStringLiteral("Demo@2026");
inline const QString HospitalMain = QStringLiteral("nmg_hosp");         // hospital group, 3 institutions
inline const QString GroupMain = QStringLiteral("js_group");            // manufacturer
inline const QString HospitalHandler = QStringLiteral("13904711001");   // 王芳: 选择医疗机构
inline const QString TwoUnitsHandler = QStringLiteral("18851003711");   // 李强: js_group + js_dist
inline const QString BothChoicesHandler = QStringLiteral("15947113333"); // 张伟: nmg_hosp + nmg_dist
inline const QString MustChangeHandler = QStringLiteral("13951002222"); // 赵敏: password_change_required
inline const QString PlainHandler = QStringLiteral("13770004444");      // 陈静: js_hosp, basic.roles + basic.accounts
} // namespace demo

} // namespace zc::test
