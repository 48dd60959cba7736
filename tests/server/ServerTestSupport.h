#pragma once

#include "TestServer.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace zc::test {

// Demo logins of server/seed/demo.json (docs/api.md, "Demo data").
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

// A connection of the test to the server's SQLite file (WAL: fine while it runs).
class ServerDb
{
public:
    explicit ServerDb(const QString &dataDir);
    ~ServerDb();
    ServerDb(const ServerDb &) = delete;
    ServerDb &operator=(const ServerDb &) = delete;

    [[nodiscard]] bool isOpen() const;
    // First column of the first row (invalid QVariant when none / on error).
    [[nodiscard]] QVariant scalar(const QString &sql, const QVariantList &binds = {});
    [[nodiscard]] bool exec(const QString &sql, const QVariantList &binds = {});
    // "table:count" for every table: the seed-idempotency fingerprint.
    [[nodiscard]] QStringList tableCounts();
    [[nodiscard]] QString lastError() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

// POST /sessions body with an explicit captcha.
[[nodiscard]] QJsonObject loginBody(const QString &login, const QString &password, const QString &captchaId,
                                    const QString &captchaAnswer);

} // namespace zc::test
