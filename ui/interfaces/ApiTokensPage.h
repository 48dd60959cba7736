#pragma once

#include "ui/widgets/DeleteTexts.h"
#include "ui/workspace/WorkspacePage.h"

#include "models/ApiToken.h"

#include <QPointer>
#include <QScopedPointer>

namespace zc::ui {

namespace Ui {
class ApiTokensPage;
}
class ApiTokenDialog;
class ApiTokenTableModel;

// 接口管理: the unit's API tokens as the server lists them (GET /api-tokens,
// paged): name, menus, who made it, when it expires and was last used, its
// state. 新增接口令牌 opens ApiTokenDialog (the secret is shown there once);
// 删除 asks, names the consequence, and the token stops working at once.
// Tokens live only on the server: offline the page says so and changes nothing.
class ApiTokensPage : public WorkspacePage
{
    Q_OBJECT
public:
    ApiTokensPage(WorkspaceModels *models, sync::ApiClient *client, QWidget *parent = nullptr);
    ~ApiTokensPage() override;

    // Reloads the current page from the server.
    void refresh() override;
    [[nodiscard]] ApiTokenTableModel *model() const { return m_model; }
    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] ApiTokenDialog *dialog() const;
    // Opens 新增接口令牌.
    ApiTokenDialog *addToken();
    // Asks, then deletes the token (one of the page, not deleted yet).
    void deleteToken(qint64 id);
    // Selects the row of the token (for the delete button and the Delete key).
    void selectToken(qint64 id);
    // The question before deleting `token` (naming it and what follows).
    [[nodiscard]] static DeleteTexts deleteTexts(const ApiToken &token);

protected:
    void showEvent(QShowEvent *event) override;
    [[nodiscard]] CsvExport csvExport() const override;
    void readOnlyChanged(bool readOnly, const QString &reason) override;

private:
    void load(int page);
    void setPageSize(int size);
    [[nodiscard]] qint64 selectedDeletableId() const;
    void updateButtons();
    void showContextMenu(const QPoint &pos);

    QScopedPointer<Ui::ApiTokensPage> m_ui;
    ApiTokenTableModel *m_model = nullptr;
    QPointer<ApiTokenDialog> m_dialog;
    int m_page = 1;
    int m_size = 10;
    int m_total = 0;
    bool m_loadedOnce = false;
};

} // namespace zc::ui
