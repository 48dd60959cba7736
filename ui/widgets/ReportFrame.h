#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QPageLayout>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;
class QPrinter;

namespace zc::ui {

// What every printed report of the client shares (权限矩阵, 权限审查): A4 with
// 12 mm margins, a heading — the title, the unit, when and by whom it was
// printed, then lines of the report's own — and 第 N 页 / 共 M 页 at the
// foot, the pages printed within the printer's page range. The fonts and
// measures are those of one printer; a report lays its body out between the
// heading and the foot.
class ReportFrame
{
    Q_DECLARE_TR_FUNCTIONS(zc::ui::ReportFrame)
public:
    struct Heading
    {
        QString title;
        QString unit;
        QString printedBy;   // name (login)
        QDateTime printedAt;
    };

    // A4 with 12 mm margins in `orientation`, the document named after the title.
    static void setUpPrinter(QPrinter *printer, const QString &title, QPageLayout::Orientation orientation);
    // Paints pages 1..pages (those of the printer's page range, when it has
    // one) with `paintPage(painter, pageNumber)`; false when the printer
    // cannot be painted on (e.g. the PDF file cannot be written).
    static bool print(QPrinter *printer, int pages, const std::function<void(QPainter &, int)> &paintPage);

    // The measures on `printer` of a heading with `lines` lines below the unit's.
    ReportFrame(QPrinter *printer, int lines);
    ReportFrame() = default;

    [[nodiscard]] double mm(double v) const { return v * dotsPerMm; }
    // The room between the heading and the foot.
    [[nodiscard]] double bodyTop() const { return headingHeight; }
    [[nodiscard]] double bodyHeight() const { return page.height() - headingHeight - footerHeight; }

    // The title, the unit and who printed it when, then `lines`.
    void paintHeading(QPainter &painter, const Heading &heading, const QStringList &lines) const;
    void paintFooter(QPainter &painter, int pageNumber, int pages) const;

    double dotsPerMm = 1;
    QRectF page;             // the paintable area, in device pixels from (0, 0)
    QFont titleFont;
    QFont infoFont;
    QFont cellFont;
    QFont boldFont;
    double titleHeight = 0;
    double infoHeight = 0;
    double headingHeight = 0;
    double footerHeight = 0;
    double padding = 0;      // inside a table cell
};

} // namespace zc::ui
