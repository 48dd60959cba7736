#include "ReportFrame.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>

#include <algorithm>

namespace zc::ui {

namespace {
constexpr double MarginMm = 12;

QFont reportFont(double points, bool bold = false)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}
} // namespace

void ReportFrame::setUpPrinter(QPrinter *printer, const QString &title, QPageLayout::Orientation orientation)
{
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation,
                                       QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter));
    printer->setDocName(title);
    printer->setCreator(QGuiApplication::applicationDisplayName());
}

bool ReportFrame::print(QPrinter *printer, int pages, const std::function<void(QPainter &, int)> &paintPage)
{
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    int from = 1;
    int to = pages;
    if (printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        from = std::min(printer->fromPage(), to);
        if (printer->toPage() > 0)
            to = std::max(from, std::min(printer->toPage(), to));
    }
    for (int n = from; n <= to; ++n) {
        if (n > from)
            printer->newPage();
        paintPage(painter, n);
    }
    return painter.end();
}

ReportFrame::ReportFrame(QPrinter *printer, int lines)
    : titleFont(reportFont(14, true)), infoFont(reportFont(9)), cellFont(reportFont(8)), boldFont(reportFont(8, true))
{
    const int resolution = printer->resolution();
    dotsPerMm = resolution / 25.4;
    page = QRectF(QPointF(0, 0), printer->pageLayout().paintRectPixels(resolution).size());
    padding = mm(1);
    const QFontMetricsF title(titleFont, printer);
    const QFontMetricsF info(infoFont, printer);
    titleHeight = title.height() * 1.4;
    infoHeight = info.height() * 1.35;
    headingHeight = titleHeight + (1 + lines) * infoHeight + mm(2);
    footerHeight = info.height() + mm(2);
}

void ReportFrame::paintHeading(QPainter &painter, const Heading &heading, const QStringList &lines) const
{
    const double width = page.width();
    double y = 0;
    painter.setPen(Qt::black);
    painter.setFont(titleFont);
    painter.drawText(QRectF(0, y, width, titleHeight), Qt::AlignLeft | Qt::AlignVCenter, heading.title);
    y += titleHeight;
    painter.setFont(infoFont);
    const QRectF unitLine(0, y, width, infoHeight);
    painter.drawText(unitLine, Qt::AlignLeft | Qt::AlignVCenter, tr("Unit: %1").arg(heading.unit));
    painter.drawText(unitLine, Qt::AlignRight | Qt::AlignVCenter,
                     tr("Printed %1 by %2")
                         .arg(heading.printedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), heading.printedBy));
    for (const QString &line : lines) {
        y += infoHeight;
        painter.drawText(QRectF(0, y, width, infoHeight), Qt::AlignLeft | Qt::AlignVCenter, line);
    }
}

void ReportFrame::paintFooter(QPainter &painter, int pageNumber, int pages) const
{
    painter.setPen(Qt::black);
    painter.setFont(infoFont);
    painter.drawText(QRectF(0, page.height() - footerHeight, page.width(), footerHeight),
                     Qt::AlignHCenter | Qt::AlignBottom, tr("Page %1 of %2").arg(pageNumber).arg(pages));
}

} // namespace zc::ui
