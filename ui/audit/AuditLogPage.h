#pragma once

#include "ui/workspace/WorkspacePage.h"

#include "sync/ApiTypes.h"

#include <QScopedPointer>

namespace zc::ui {

namespace Ui {
class AuditLogPage;
}
class AuditEventTableModel;
class RoleCompareDialog;

// 审计日志: the unit's audit events, filtered by action, by who did it and
// by date range, paged by the server (GET /audit-events). Every event the
// server shows is kept in the cache: offline (read-only) the same filters and
// pages search what this computer kept, and the page says how old that is and
// that the rest is only on the server. A role's change can be looked at
// before and after (查看变更), from the event's details.
class AuditLogPage : public WorkspacePage
{
    Q_OBJECT
public:
    AuditLogPage(WorkspaceModels *models, sync::ApiClient *client, QWidget *parent = nullptr);
    ~AuditLogPage() override;

    // Loads the first page when the page is first shown (and on refresh()).
    void refresh() override;
    [[nodiscard]] AuditEventTableModel *model() const { return m_model; }
    [[nodiscard]] const sync::AuditQuery &query() const { return m_query; }
    [[nodiscard]] int total() const { return m_total; }
    void setActionFilter(const QString &action);      // empty: every action
    void setActorFilter(qint64 accountId);            // 0: anyone
    void search();                                     // from page 1 with the form's filters
    // 查看变更: the role of the event in `row` before and after (RoleCompareDialog::forChange);
    // nullptr when that event carries no role change.
    RoleCompareDialog *showChange(int row);

protected:
    void showEvent(QShowEvent *event) override;
    [[nodiscard]] CsvExport csvExport() const override;
    void readOnlyChanged(bool readOnly, const QString &reason) override;

private:
    void load(int page);
    void loadCached();
    void showPage(const sync::Page<AuditEvent> &page);
    [[nodiscard]] sync::Cache *cache() const;
    [[nodiscard]] static QString ageText(const QDateTime &at);
    void resetFilters();
    void fillActors();
    void setPageSize(int size);
    void updateChangeButton();
    [[nodiscard]] int currentRow() const;

    QScopedPointer<Ui::AuditLogPage> m_ui;
    AuditEventTableModel *m_model = nullptr;
    sync::AuditQuery m_query;
    int m_total = 0;
    bool m_loadedOnce = false;
    bool m_actorsStale = true;   // the accounts changed since the actor list was built
};

} // namespace zc::ui
