#pragma once

#include "ui/matrix/MatrixReport.h"
#include "ui/matrix/PermissionMatrix.h"
#include "ui/widgets/ReportOutput.h"
#include "ui/workspace/WorkspacePage.h"

#include <QFutureWatcher>
#include <QTimer>

#include <memory>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPrintDialog;
class QPrintPreviewDialog;
class QRadioButton;
class QTableView;

namespace zc::ui {

class MatrixHeaderView;
class PermissionMatrixModel;

// 权限矩阵: who can do what in the unit, from the cache (so offline too).
// Two views: the roles against the menus (what each role grants) and the
// accounts against the menus (what each can do, through which roles; the
// main account holds everything). Rows filter by name or login as one types,
// columns by menu, and "only rows with a right" leaves out those that hold
// none of the columns shown; the current cell's source is said under the
// table. Exports: CSV, a PDF report, print preview and print. The matrices
// are built off the GUI thread whenever the cache changes while the page is
// in sight (or when it comes into sight after a change).
class PermissionMatrixPage : public WorkspacePage
{
    Q_OBJECT
public:
    PermissionMatrixPage(WorkspaceModels *models, sync::ApiClient *client, QWidget *parent = nullptr);
    ~PermissionMatrixPage() override;

    void setView(PermissionMatrix::View view);
    [[nodiscard]] PermissionMatrix::View view() const;
    void setRowFilter(const QString &text);
    void setMenuFilter(const QString &menuCode);   // empty: every menu
    void setOnlyWithRights(bool only);

    [[nodiscard]] PermissionMatrixModel *model() const { return m_model; }
    [[nodiscard]] QTableView *tableView() const { return m_table; }
    [[nodiscard]] MatrixHeaderView *columnHeader() const { return m_header; }
    // True while a matrix is built; isReady() once the shown one is of the cache as it is.
    [[nodiscard]] bool isBuilding() const { return m_building; }
    [[nodiscard]] bool isReady() const { return m_roles && !m_stale && !isBuilding(); }
    // What is said about the current cell (where its right comes from).
    [[nodiscard]] QString detailText() const;
    [[nodiscard]] QString summaryText() const;
    // The CSV that Export writes.
    [[nodiscard]] QString csv() const { return csvExport().csv; }
    // The report of what is shown, as printed now by the signed-in account.
    [[nodiscard]] MatrixReport report() const;
    // Writes the report as a PDF; false and *why when it cannot be written.
    bool exportPdf(const QString &path, QString *why = nullptr);
    // Opens the print preview (window-modal, deleted once closed).
    QPrintPreviewDialog *printPreview();
    // Opens the print dialog; prints when accepted.
    QPrintDialog *printReport();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    [[nodiscard]] CsvExport csvExport() const override;

private:
    struct Built
    {
        std::shared_ptr<const PermissionMatrix> roles;
        std::shared_ptr<const PermissionMatrix> handlers;
    };
    void buildForm();
    void retranslate();
    void invalidate();
    void rebuild();
    void adopt();
    void showMatrix();
    void fillMenus();
    void applyFilter();
    void updateDetail();
    void updateSummary();
    [[nodiscard]] QString reportTitle() const;

    PermissionMatrixModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    MatrixHeaderView *m_header = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_viewLabel = nullptr;
    QRadioButton *m_rolesButton = nullptr;
    QRadioButton *m_handlersButton = nullptr;
    QLabel *m_filterLabel = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_menuLabel = nullptr;
    QComboBox *m_menuCombo = nullptr;
    QCheckBox *m_withRightsCheck = nullptr;
    ReportOutput::Buttons m_reportButtons;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_detail = nullptr;

    std::shared_ptr<const PermissionMatrix> m_roles;
    std::shared_ptr<const PermissionMatrix> m_handlers;
    QFutureWatcher<Built> m_watcher;
    QTimer m_rebuildDelay;
    ReportOutput *m_output = nullptr;
    bool m_stale = true;
    bool m_building = false;
    bool m_rebuildAgain = false;
};

} // namespace zc::ui
