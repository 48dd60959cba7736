#pragma once

#include "models/ApiError.h"
#include "models/Session.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>

namespace zc::sync {
class ApiClient;
class ApiJob;
}

namespace zc::ui {

namespace Ui {
class ChangePasswordDialog;
}
class NewPasswordFields;

// Changes the signed-in account's password (PUT /me/password): forced when
// the session has password_change_required (an initial password sent by SMS),
// or chosen from the main window. The strength hint follows
// zc::validate::password live, the repeat must match, and the server's
// answer (wrong_password, weak_password…) is shown next to its field. After
// the change it reloads the session (GET /me) and is accepted with it.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(sync::ApiClient *client, const Session &session, bool forced, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

    [[nodiscard]] const Session &session() const { return m_session; }
    [[nodiscard]] QString strengthText() const;
    [[nodiscard]] QString matchText() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool canSubmit() const;
    // Forced by the session's password_change_required (the login gate), or chosen from the account menu.
    [[nodiscard]] bool isForced() const { return m_forced; }

    void reject() override;

private:
    void updateHints();
    void submit();
    void reloadSession();
    void showError(const ApiError &error);
    void setBusy(bool busy, const QString &text = {});

    QScopedPointer<Ui::ChangePasswordDialog> m_ui;
    QPointer<sync::ApiClient> m_client;
    QPointer<sync::ApiJob> m_job;
    NewPasswordFields *m_password = nullptr;
    Session m_session;
    bool m_forced = false;
    bool m_changed = false;
};

} // namespace zc::ui
