#include "AccessReviewReport.h"

#include "ui/review/ReviewFindingModel.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPrinter>

#include <algorithm>

namespace zc::ui {

namespace {
constexpr int HeadingLines = 3;   // the threshold and total, then the counts in two lines
constexpr int CellFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
// The columns' shares of the width: subject, detail, suggested action.
constexpr double Shares[] = {0.26, 0.42, 0.32};
} // namespace

struct AccessReviewReport::Plan
{
    ReportFrame frame;
    QList<double> widths;
    double headerHeight = 0;
    double groupHeight = 0;
    QList<QList<Item>> pages;
};

AccessReviewReport::AccessReviewReport(const ReviewFindingModel *model, ReportFrame::Heading heading,
                                       bool tokensReviewed)
    : m_model(model), m_heading(std::move(heading)), m_tokensReviewed(tokensReviewed)
{
}

void AccessReviewReport::setUpPrinter(QPrinter *printer, const QString &title)
{
    ReportFrame::setUpPrinter(printer, title, QPageLayout::Portrait);
}

QStringList AccessReviewReport::headingLines() const
{
    const int days = m_model->inactiveDays();
    QStringList counts;
    for (int k = 0; k < ReviewFinding::KindCount; ++k) {
        const auto kind = static_cast<ReviewFinding::Kind>(k);
        //: A kind of finding and how many there are, e.g. 从未登录：2
        const bool reviewed = m_tokensReviewed || !ReviewFindings::isTokenKind(kind);
        counts << tr("%1: %2").arg(ReviewFindings::kindTitle(kind, days),
                                   reviewed ? QString::number(m_model->count(kind)) : tr("not reviewed"));
    }
    const int half = ReviewFinding::KindCount / 2;
    return {tr("Inactive after %n day(s) without logging in · %1 finding(s) in all", nullptr, days)
                .arg(m_model->rowCount()),
            counts.mid(0, half).join(tr(" · ")), counts.mid(half).join(tr(" · "))};
}

QStringList AccessReviewReport::cells(int finding) const
{
    QStringList texts;
    for (const int c : {ReviewFindingModel::SubjectColumn, ReviewFindingModel::DetailColumn,
                        ReviewFindingModel::SuggestionColumn})
        texts << m_model->index(finding, c).data().toString();
    return texts;
}

AccessReviewReport::Plan AccessReviewReport::plan(QPrinter *printer) const
{
    Plan p;
    p.frame = ReportFrame(printer, HeadingLines);
    const ReportFrame &f = p.frame;
    const QFontMetricsF cell(f.cellFont, printer);
    const QFontMetricsF bold(f.boldFont, printer);
    for (const double share : Shares)
        p.widths << f.page.width() * share;
    p.headerHeight = bold.height() + 2 * f.padding;
    p.groupHeight = bold.height() * 1.5 + 2 * f.padding;

    // Each finding as tall as its longest wrapped cell.
    QList<Item> items;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ReviewFinding::Kind kind = m_model->findings().at(row).kind;
        if (row == 0 || m_model->findings().at(row - 1).kind != kind)
            items.append(Item{-1, kind, false, p.groupHeight});
        double height = cell.height();
        const QStringList texts = cells(row);
        for (int c = 0; c < texts.size(); ++c) {
            const QRectF r = cell.boundingRect(QRectF(0, 0, p.widths.at(c) - 2 * f.padding, 1e6), CellFlags, texts.at(c));
            height = std::max(height, r.height());
        }
        items.append(Item{row, kind, false, height + 2 * f.padding});
    }

    // Pages filled in order; a group's title does not end a page, and is repeated where the group goes on.
    const double room = f.bodyHeight() - f.mm(2) - p.headerHeight;
    QList<Item> page;
    double used = 0;
    for (int i = 0; i < items.size(); ++i) {
        Item item = items.at(i);
        const bool title = item.finding < 0;
        const double needed = item.height + (title && i + 1 < items.size() ? items.at(i + 1).height : 0);
        if (!page.isEmpty() && used + needed > room) {
            p.pages.append(page);
            page.clear();
            used = 0;
            if (!title) {
                page.append(Item{-1, item.kind, true, p.groupHeight});
                used += p.groupHeight;
            }
        }
        page.append(item);
        used += item.height;
    }
    p.pages.append(page);   // also the one page of a review without findings
    return p;
}

int AccessReviewReport::pageCount(QPrinter *printer) const
{
    return static_cast<int>(plan(printer).pages.size());
}

bool AccessReviewReport::print(QPrinter *printer) const
{
    const Plan p = plan(printer);
    return ReportFrame::print(printer, static_cast<int>(p.pages.size()),
                              [&](QPainter &painter, int n) { paintPage(painter, p, n); });
}

void AccessReviewReport::paintPage(QPainter &painter, const Plan &p, int pageNumber) const
{
    const ReportFrame &f = p.frame;
    f.paintHeading(painter, m_heading, headingLines());
    double y = f.bodyTop() + f.mm(2);
    const double width = f.page.width();
    const QPen line(QColor(0xc8, 0xcf, 0xd8), f.mm(0.1));
    const QColor headerFill(0xe4, 0xea, 0xf2);
    const QColor groupFill(0xf2, 0xf5, 0xf9);

    if (m_model->rowCount() == 0) {
        painter.setFont(f.cellFont);
        painter.drawText(QRectF(0, y, width, p.groupHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Nothing to look at: the review found nothing."));
        f.paintFooter(painter, pageNumber, static_cast<int>(p.pages.size()));
        return;
    }

    const QStringList headers{tr("Account, role or token"), tr("Detail"), tr("Suggested action")};
    painter.setFont(f.boldFont);
    double x = 0;
    for (int c = 0; c < headers.size(); ++c) {
        const QRectF rect(x, y, p.widths.at(c), p.headerHeight);
        painter.fillRect(rect, headerFill);
        painter.setPen(line);
        painter.drawRect(rect);
        painter.setPen(Qt::black);
        painter.drawText(rect.adjusted(f.padding, f.padding, -f.padding, -f.padding), Qt::AlignLeft | Qt::AlignVCenter,
                         headers.at(c));
        x += p.widths.at(c);
    }
    y += p.headerHeight;

    for (const Item &item : p.pages.at(pageNumber - 1)) {
        if (item.finding < 0) {
            const QRectF rect(0, y, width, item.height);
            painter.fillRect(rect, groupFill);
            painter.setPen(line);
            painter.drawRect(rect);
            painter.setPen(Qt::black);
            painter.setFont(f.boldFont);
            const QString title = tr("%1 (%2)")
                                      .arg(ReviewFindings::kindTitle(item.kind, m_model->inactiveDays()))
                                      .arg(m_model->count(item.kind));
            painter.drawText(rect.adjusted(f.padding, 0, -f.padding, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             item.continued ? tr("%1 (continued)").arg(title) : title);
        } else {
            painter.setFont(f.cellFont);
            const QStringList texts = cells(item.finding);
            x = 0;
            for (int c = 0; c < texts.size(); ++c) {
                const QRectF rect(x, y, p.widths.at(c), item.height);
                painter.setPen(Qt::black);
                painter.drawText(rect.adjusted(f.padding, f.padding, -f.padding, -f.padding), CellFlags, texts.at(c));
                painter.setPen(line);
                painter.drawRect(rect);
                x += p.widths.at(c);
            }
        }
        y += item.height;
    }
    f.paintFooter(painter, pageNumber, static_cast<int>(p.pages.size()));
}

} // namespace zc::ui
