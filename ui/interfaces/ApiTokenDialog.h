#pragma once

#include "models/ApiError.h"
#include "models/ApiToken.h"
#include "models/PermissionCatalog.h"
#include "models/Session.h"
#include "sync/ApiTypes.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTreeView;

namespace zc {
class PermissionTreeModel;
}

namespace zc::sync {
class ApiClient;
}

namespace zc::ui {

class BusyBar;
class PermissionFilterModel;

// 新增接口令牌: a token's name, lifetime and menu permissions (the role
// editor's tree: what the signed-in handler does not hold is greyed), sent
// with POST /api-tokens. Once the server made it, the dialog turns to the
// secret: shown this once, in full, with a copy button and the warning that
// it cannot be shown again; closing before copying asks first.
class ApiTokenDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MaxNameLength = 30;
    static constexpr int DefaultDays = 90;
    static constexpr int MaxDays = 365;

    // `client` must outlive the dialog; `catalog` is the unit's (pruned to its kind).
    ApiTokenDialog(sync::ApiClient *client, const PermissionCatalog &catalog, const Session &session,
                   QWidget *parent = nullptr);
    ~ApiTokenDialog() override;

    [[nodiscard]] sync::ApiTokenInput input() const;
    void setInput(const sync::ApiTokenInput &input);
    // The token the server made and its secret, once it did.
    [[nodiscard]] const std::optional<sync::CreatedApiToken> &created() const { return m_created; }
    [[nodiscard]] bool isShowingSecret() const;
    [[nodiscard]] bool secretCopied() const { return m_copied; }
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString fieldErrorText(const QString &field) const;   // "name", "expires_in_days", "permissions"
    [[nodiscard]] PermissionTreeModel *permissionModel() const { return m_tree; }

    void accept() override;   // sends the token (form) or closes (secret shown)
    void reject() override;   // aborts a running request; asks before losing an uncopied secret
    // Puts the secret on the clipboard.
    void copySecret();

private:
    void buildForm(const Session &session);
    void buildSecretPage();
    void validate();
    [[nodiscard]] bool isValid() const;
    void updateCount();
    void setBusy(bool busy);
    void made(const sync::CreatedApiToken &created);
    void failed(const ApiError &error);
    void setFieldError(const QString &field, const QString &text);

    QPointer<sync::ApiClient> m_client;
    PermissionCatalog m_catalog;
    PermissionTreeModel *m_tree = nullptr;
    PermissionFilterModel *m_filter = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_nameError = nullptr;
    QSpinBox *m_daysSpin = nullptr;
    QLabel *m_expiryLabel = nullptr;
    QLabel *m_daysError = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTreeView *m_permissionView = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_permissionsError = nullptr;
    QLabel *m_errorLabel = nullptr;
    BusyBar *m_busyBar = nullptr;
    QPushButton *m_okButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_secretHeadline = nullptr;
    QLineEdit *m_secretEdit = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_copiedLabel = nullptr;
    std::optional<sync::CreatedApiToken> m_created;
    bool m_copied = false;
    bool m_busy = false;
};

} // namespace zc::ui
