#pragma once

#include "ui/review/AccessReviewReport.h"
#include "ui/review/ReviewFindings.h"
#include "ui/widgets/RowAction.h"
#include "ui/widgets/ReportOutput.h"
#include "ui/workspace/WorkspacePage.h"

#include "sync/ApiTypes.h"

#include <QDateTime>
#include <QPointer>

#include <optional>

class QComboBox;
class QPrintDialog;
class QPrintPreviewDialog;
class QSortFilterProxyModel;
class QSpinBox;

namespace zc::sync {
class ApiJob;
}

namespace zc::ui {

class AssignAccountsDialog;
class CompleteReviewDialog;
class HandlerRolesDialog;
class OffboardingDialog;
class PagedTable;
class ReviewFindingModel;

// 权限审查: what in the unit deserves a look (ReviewFindings: handlers who
// never signed in or not for N days, disabled handlers still holding roles,
// handlers with the administration rights, roles without accounts or
// permissions, API tokens expiring or unused), grouped by kind with counts,
// each row with the action that settles it — 分配角色 (HandlerRolesDialog),
// removing one role (asked first), 离职处理 (OffboardingDialog), 分配账号,
// deleting a role or a token (the roles' and tokens' own questions). The
// handlers and roles come from the cache, so the review works offline; the
// tokens and 完成审查 (POST /access-reviews, an audit event on the server)
// need the server, and the page says so when it cannot be reached. When
// online it shows when the last review was completed and by whom. Exports:
// CSV and the dated 权限审查报告 (AccessReviewReport: PDF, preview, print).
class AccessReviewPage : public WorkspacePage
{
    Q_OBJECT
public:
    AccessReviewPage(WorkspaceModels *models, sync::ApiClient *client, QWidget *parent = nullptr);
    ~AccessReviewPage() override;

    // Reloads the tokens and the last review from the server and asks for a sync.
    void refresh() override;

    [[nodiscard]] ReviewFindingModel *model() const { return m_model; }
    [[nodiscard]] PagedTable *table() const { return m_table; }
    void setInactiveDays(int days);
    [[nodiscard]] int inactiveDays() const;
    // Shows only the findings of one kind (its FindingKeys key); empty: all.
    void setKindFilter(const QString &key);
    // The clock the review is judged by (tests move it; invalid: the current time).
    void setNow(const QDateTime &now);
    // The API tokens are part of the review (read from the server).
    [[nodiscard]] bool tokensKnown() const { return m_tokens.has_value(); }
    [[nodiscard]] QString countsText() const;
    [[nodiscard]] QString lastReviewText() const;
    [[nodiscard]] QString serverNoticeText() const;
    [[nodiscard]] const std::optional<sync::AccessReview> &lastReview() const { return m_lastReview; }

    // The row actions, as the links run them (tests call them too).
    HandlerRolesDialog *assignRoles(qint64 accountId);
    OffboardingDialog *offboard(qint64 accountId);
    AssignAccountsDialog *assignAccounts(qint64 roleId);
    void removeRole(qint64 accountId, qint64 roleId);   // asks first
    void deleteRole(qint64 roleId);                     // asks first
    void deleteToken(qint64 tokenId);                   // asks first
    // 完成审查: asks (with an optional note), then records the review.
    CompleteReviewDialog *completeReview();
    [[nodiscard]] CompleteReviewDialog *completeDialog() const;

    // The CSV that Export writes; the report as printed now by the signed-in account.
    [[nodiscard]] QString csv() const;
    [[nodiscard]] AccessReviewReport report() const;
    bool exportPdf(const QString &path, QString *why = nullptr);
    QPrintPreviewDialog *printPreview();
    QPrintDialog *printReport();

protected:
    void showEvent(QShowEvent *event) override;
    [[nodiscard]] CsvExport csvExport() const override;
    void readOnlyChanged(bool readOnly, const QString &reason) override;

private:
    void buildForm();
    void retranslate();
    void recompute();
    void invalidate();   // the models changed: recompute now if seen, else when shown
    void updateKinds();
    void updateButtons();
    void updateServerNotice();
    void updateLastReview();
    void loadFromServer();
    void loadTokens(int page, QList<ApiToken> collected);
    void loadLastReview();
    void postReview(const QString &note);
    void rowAction(const QString &key, qint64 rowId);
    [[nodiscard]] QList<RowAction> actionsFor(const QModelIndex &index) const;
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QString reportTitle() const;
    [[nodiscard]] bool canReadTokens() const;

    ReviewFindingModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    ReportOutput *m_output = nullptr;
    PagedTable *m_table = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_daysLabel = nullptr;
    QSpinBox *m_daysSpin = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_lastReviewLabel = nullptr;
    QLabel *m_serverNotice = nullptr;
    QPushButton *m_completeButton = nullptr;
    ReportOutput::Buttons m_reportButtons;
    QLabel *m_message = nullptr;
    BusyBar *m_busyBar = nullptr;

    QPointer<HandlerRolesDialog> m_rolesDialog;
    QPointer<OffboardingDialog> m_offboarding;
    QPointer<AssignAccountsDialog> m_assignDialog;
    QPointer<CompleteReviewDialog> m_completeDialog;
    QPointer<sync::ApiJob> m_tokensJob;
    QPointer<sync::ApiJob> m_reviewsJob;
    std::optional<QList<ApiToken>> m_tokens;
    QString m_tokensError;
    std::optional<sync::AccessReview> m_lastReview;
    QString m_lastReviewError;
    bool m_lastReviewRead = false;
    bool m_loadedOnce = false;
    bool m_stale = false;   // the models changed while the page was hidden
    QDateTime m_now;
};

} // namespace zc::ui
