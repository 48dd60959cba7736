#pragma once

#include "sync/ApiTypes.h"

#include <QPointer>
#include <QScopedPointer>
#include <QWidget>

namespace zc::sync {
class ApiClient;
class ApiJob;
}

namespace zc::ui {

namespace Ui {
class AuditLogPage;
}
class AuditEventTableModel;
class WorkspaceModels;

// 审计日志: the unit's audit events, filtered by action, by who did it and
// by date range, paged by the server (GET /audit-events). The list is not
// cached: offline the page keeps what it showed last and says that it
// cannot ask the server.
class AuditLogPage : public QWidget
{
    Q_OBJECT
public:
    AuditLogPage(WorkspaceModels *models, sync::ApiClient *client, QWidget *parent = nullptr);
    ~AuditLogPage() override;

    // Loads the first page when the page is first shown (and on refresh()).
    void refresh();
    void setOffline(bool offline, const QString &reason);
    [[nodiscard]] AuditEventTableModel *model() const { return m_model; }
    [[nodiscard]] const sync::AuditQuery &query() const { return m_query; }
    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] QString messageText() const;
    void setActionFilter(const QString &action);      // empty: every action
    void setActorFilter(qint64 accountId);            // 0: anyone
    void search();                                     // from page 1 with the form's filters

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load(int page);
    void resetFilters();
    void fillActors();
    void exportCsv();
    void setPageSize(int size);

    QScopedPointer<Ui::AuditLogPage> m_ui;
    QPointer<WorkspaceModels> m_models;
    QPointer<sync::ApiClient> m_client;
    AuditEventTableModel *m_model = nullptr;
    sync::AuditQuery m_query;
    int m_total = 0;
    bool m_loadedOnce = false;
    bool m_offline = false;
    QString m_offlineReason;
};

} // namespace zc::ui
