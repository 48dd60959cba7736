#pragma once

#include "models/ApiError.h"
#include "models/Session.h"
#include "models/Unit.h"
#include "sync/ApiClient.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>

#include <optional>

namespace zc::ui {

namespace Ui {
class RoleAuthenticationDialog;
}

// 角色认证 (POST /unit/authentication): the unit's main account says what kind
// of unit it is (医疗机构 / 生产企业 / 配送企业) and verifies its 单位编号 — the
// unit's number in the medical-insurance agency system, with the manual's
// hint on where to find it — against the medical-insurance unit registry.
// A mismatch is shown under the code; on success the verified unit is shown
// and the dialog closes as accepted. Other accounts see why they cannot.
class RoleAuthenticationDialog : public QDialog
{
    Q_OBJECT
public:
    RoleAuthenticationDialog(sync::ApiClient *client, const Session &session, QWidget *parent = nullptr);
    ~RoleAuthenticationDialog() override;

    // The unit as the server verified it, once authenticated.
    [[nodiscard]] const std::optional<Unit> &verifiedUnit() const { return m_verified; }
    void setKind(Unit::Kind kind);
    [[nodiscard]] Unit::Kind kind() const;
    // For tests: the messages shown ("kind", "unit_code"; the success line; a general error).
    [[nodiscard]] QString fieldErrorText(const QString &field) const;
    [[nodiscard]] QString resultText() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool isBusy() const { return !m_job.isNull(); }

    // 认证: checks the form and sends it; after success, closes as accepted.
    void accept() override;
    // Stops a running request first; after success, closes as accepted.
    void reject() override;

    // Words for a unit kind ("medical institution" …), translated.
    [[nodiscard]] static QString kindTitle(Unit::Kind kind);

Q_SIGNALS:
    // The server verified the unit (the session's unit changed: re-read it).
    void unitAuthenticated(const zc::Unit &unit);

private:
    [[nodiscard]] QString kindError() const;
    [[nodiscard]] QString unitCodeError() const;
    void showUnit(const Unit &unit);
    void validateTouched();
    void finished(const sync::Result<Unit> &result);
    void setBusy(bool busy);

    QScopedPointer<Ui::RoleAuthenticationDialog> m_ui;
    QPointer<sync::ApiClient> m_client;
    QPointer<sync::ApiJob> m_job;
    Session m_session;
    std::optional<Unit> m_verified;
    QString m_codeServerError;     // unit_code_mismatch…, until the code or the kind changes
    bool m_touched = false;
    bool m_allowed = false;
    bool m_closing = false;
};

} // namespace zc::ui
