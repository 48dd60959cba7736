#pragma once

#include "ui/widgets/ReportFrame.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

class QPainter;
class QPrinter;

namespace zc::ui {

class PermissionMatrixModel;

// 权限矩阵 on paper (a printer, or a PDF through QPrinter's PdfFormat): what
// the page shows, with the filters applied. Every page has the report
// frame's heading and foot (ReportFrame: title, unit, when and by whom it
// was printed, 第 N 页 / 共 M 页) and says which rows and menus it holds. Rows run on over as many pages as they need,
// the column header repeated on each; when the leaves do not fit across a
// landscape A4 page they are split into groups along their menus (a
// top-level menu kept whole when it fits), each group printed for every row
// with the row labels repeated.
class MatrixReport
{
    Q_DECLARE_TR_FUNCTIONS(zc::ui::MatrixReport)
public:
    using Heading = ReportFrame::Heading;   // title: 权限矩阵 — 角色 / 经办人

    // `model` must outlive the report.
    MatrixReport(const PermissionMatrixModel *model, Heading heading);

    // A4 landscape with 12 mm margins, the document named after the title.
    static void setUpPrinter(QPrinter *printer, const QString &title);
    // Paints the pages (those of the printer's page range, when it has one);
    // false when the printer cannot be painted on (e.g. the PDF file cannot be written).
    bool print(QPrinter *printer) const;
    // How many pages print() makes on this printer as it is set up.
    [[nodiscard]] int pageCount(QPrinter *printer) const;
    // The model columns of each group of columns, in print order.
    [[nodiscard]] QList<std::vector<int>> columnGroups(QPrinter *printer) const;

private:
    struct Plan;
    [[nodiscard]] Plan plan(QPrinter *printer) const;
    void paintPage(QPainter &painter, const Plan &plan, int group, int rowPage, int pageNumber) const;
    void paintTableHeader(QPainter &painter, const Plan &plan, const std::vector<int> &columns, double top) const;
    [[nodiscard]] QString rowsLine(const Plan &plan, int group, int rowPage) const;
    [[nodiscard]] QStringList labelTexts(int row) const;

    const PermissionMatrixModel *m_model;
    Heading m_heading;
};

} // namespace zc::ui
