#include "MatrixReport.h"

#include "ui/matrix/MatrixHeaderLayout.h"
#include "ui/matrix/PermissionMatrixModel.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace zc::ui {

namespace {
constexpr double LeafWidthMm = 12;
constexpr int MaxLeafLines = 5;
constexpr double MinMenuPoints = 5.5;
constexpr int LeafFlags = Qt::AlignCenter | Qt::TextWordWrap;
} // namespace

struct MatrixReport::Plan
{
    ReportFrame frame;   // heading with one line: the rows (and menus) of the page
    QStringList labelHeaders;
    QList<double> labelWidths;
    double labelsWidth = 0;
    double leafWidth = 0;
    double menuRowHeight = 0;
    double headerHeight = 0;
    double rowHeight = 0;
    int levels = 0;
    int rowsPerPage = 1;
    int rowPages = 1;
    QList<std::vector<int>> groups;

    [[nodiscard]] double mm(double v) const { return frame.mm(v); }
    [[nodiscard]] int pages() const { return static_cast<int>(groups.size()) * rowPages; }
};

MatrixReport::MatrixReport(const PermissionMatrixModel *model, Heading heading)
    : m_model(model), m_heading(std::move(heading))
{
}

void MatrixReport::setUpPrinter(QPrinter *printer, const QString &title)
{
    ReportFrame::setUpPrinter(printer, title, QPageLayout::Landscape);
}

QStringList MatrixReport::labelTexts(int row) const
{
    if (m_model->matrix()->view() == PermissionMatrix::View::Roles)
        return {m_model->rowName(row)};
    return {m_model->rowName(row), m_model->rowLogin(row), m_model->rowRoles(row)};
}

MatrixReport::Plan MatrixReport::plan(QPrinter *printer) const
{
    Plan p;
    p.frame = ReportFrame(printer, 1);
    const ReportFrame &f = p.frame;
    const QFontMetricsF cell(f.cellFont, printer);
    const QFontMetricsF bold(f.boldFont, printer);
    p.rowHeight = cell.height() * 1.6;
    p.menuRowHeight = bold.height() * 1.5;

    // The row labels: as wide as their longest text, within bounds.
    const bool roles = m_model->matrix()->view() == PermissionMatrix::View::Roles;
    p.labelHeaders = roles ? QStringList{tr("Role")} : QStringList{tr("Name"), tr("Login"), tr("Roles")};
    const QList<double> maxMm = roles ? QList<double>{70} : QList<double>{45, 30, 50};
    for (int i = 0; i < p.labelHeaders.size(); ++i)
        p.labelWidths << bold.horizontalAdvance(p.labelHeaders.at(i));
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QStringList texts = labelTexts(r);
        for (int i = 0; i < texts.size(); ++i)
            p.labelWidths[i] = std::max(p.labelWidths.at(i), bold.horizontalAdvance(texts.at(i)));
    }
    p.labelsWidth = 0;
    for (int i = 0; i < p.labelWidths.size(); ++i) {
        p.labelWidths[i] = std::clamp(p.labelWidths.at(i) + 2 * f.padding, p.mm(18), p.mm(maxMm.at(i)));
        p.labelsWidth += p.labelWidths.at(i);
    }

    // The leaves: as many across as fit, split along their menus.
    p.leafWidth = p.mm(LeafWidthMm);
    const int perPage = std::max(1, static_cast<int>(std::floor((f.page.width() - p.labelsWidth) / p.leafWidth)));
    const int count = m_model->columnCount();
    QList<QStringList> menus;
    QStringList titles;
    for (int c = 0; c < count; ++c) {
        menus << m_model->headerData(c, Qt::Horizontal, PermissionMatrixModel::MenusRole).toStringList();
        titles << m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    }
    QList<std::vector<int>> atoms;
    // Columns first..last (sharing their menus down to `level`) as whole pieces that fit.
    std::function<void(int, int, int)> split = [&](int first, int last, int level) {
        if (last - first + 1 <= perPage) {
            std::vector<int> atom(static_cast<size_t>(last - first + 1));
            std::iota(atom.begin(), atom.end(), first);
            atoms.append(std::move(atom));
            return;
        }
        bool deeper = false;
        for (int c = first; c <= last; ++c)
            deeper = deeper || menus.at(c).size() > level;
        if (!deeper) {   // leaves of one menu: as many as fit on each page
            for (int c = first; c <= last; c += perPage)
                split(c, std::min(last, c + perPage - 1), level);
            return;
        }
        for (int c = first; c <= last;) {
            int end = c;
            if (menus.at(c).size() > level) {
                const QStringList prefix = menus.at(c).mid(0, level + 1);
                while (end + 1 <= last && menus.at(end + 1).size() > level
                       && menus.at(end + 1).mid(0, level + 1) == prefix)
                    ++end;
            }
            split(c, end, level + 1);
            c = end + 1;
        }
    };
    if (count > 0)
        split(0, count - 1, 0);
    std::vector<int> group;
    for (const std::vector<int> &atom : std::as_const(atoms)) {
        if (!group.empty() && group.size() + atom.size() > static_cast<size_t>(perPage)) {
            p.groups.append(std::move(group));
            group.clear();
        }
        group.insert(group.end(), atom.begin(), atom.end());
    }
    p.groups.append(std::move(group));

    // The header: menu levels, then the leaves' titles wrapped to the column.
    p.levels = MatrixHeaderLayout(menus, titles).levels();
    double leafHeight = cell.height();
    for (const QString &t : std::as_const(titles)) {
        const QRectF r = cell.boundingRect(QRectF(0, 0, p.leafWidth - 2 * f.padding, 1e6), LeafFlags, t);
        leafHeight = std::max(leafHeight, r.height());
    }
    leafHeight = std::min(leafHeight, MaxLeafLines * cell.height()) + 2 * f.padding;
    p.headerHeight = p.levels * p.menuRowHeight + leafHeight;

    const double body = f.bodyHeight() - p.headerHeight;
    p.rowsPerPage = std::max(1, static_cast<int>(std::floor(body / p.rowHeight)));
    p.rowPages = std::max(1, (m_model->rowCount() + p.rowsPerPage - 1) / p.rowsPerPage);
    return p;
}

int MatrixReport::pageCount(QPrinter *printer) const
{
    return plan(printer).pages();
}

QList<std::vector<int>> MatrixReport::columnGroups(QPrinter *printer) const
{
    return plan(printer).groups;
}

bool MatrixReport::print(QPrinter *printer) const
{
    const Plan p = plan(printer);
    return ReportFrame::print(printer, p.pages(), [&](QPainter &painter, int n) {
        paintPage(painter, p, (n - 1) / p.rowPages, (n - 1) % p.rowPages, n);
    });
}

QString MatrixReport::rowsLine(const Plan &plan, int group, int rowPage) const
{
    const int total = m_model->rowCount();
    const int first = rowPage * plan.rowsPerPage;
    const int last = std::min(total, first + plan.rowsPerPage);
    const bool roles = m_model->matrix()->view() == PermissionMatrix::View::Roles;
    QString line;
    if (total == 0)
        line = roles ? tr("No role matches the filters.") : tr("No account matches the filters.");
    else if (roles)
        line = tr("Roles %1–%2 of %3").arg(first + 1).arg(last).arg(total);
    else
        line = tr("Accounts %1–%2 of %3").arg(first + 1).arg(last).arg(total);
    if (plan.groups.size() < 2)
        return line;
    QStringList menus;
    for (const int c : plan.groups.at(group)) {
        const QStringList path = m_model->headerData(c, Qt::Horizontal, PermissionMatrixModel::MenusRole).toStringList();
        const QString top = path.isEmpty() ? m_model->headerData(c, Qt::Horizontal).toString() : path.first();
        if (!menus.contains(top))
            menus << top;
    }
    //: %1: the rows line; %2: the menus of these columns; %3 of %4: which group of columns.
    return tr("%1 · %2 (columns, part %3 of %4)")
        .arg(line, menus.join(tr(", ")))
        .arg(group + 1)
        .arg(plan.groups.size());
}

void MatrixReport::paintTableHeader(QPainter &painter, const Plan &p, const std::vector<int> &columns, double top) const
{
    const QColor menuFill(0xe4, 0xea, 0xf2);
    const QColor leafFill(0xf2, 0xf5, 0xf9);
    const QPen line(QColor(0x9a, 0xa5, 0xb1), p.mm(0.15));
    double x = 0;
    painter.setFont(p.frame.boldFont);
    for (int i = 0; i < p.labelHeaders.size(); ++i) {
        const QRectF rect(x, top, p.labelWidths.at(i), p.headerHeight);
        painter.fillRect(rect, menuFill);
        painter.setPen(line);
        painter.drawRect(rect);
        painter.setPen(Qt::black);
        painter.drawText(rect.adjusted(p.frame.padding, p.frame.padding, -p.frame.padding, -p.frame.padding), Qt::AlignLeft | Qt::AlignBottom,
                         p.labelHeaders.at(i));
        x += p.labelWidths.at(i);
    }
    QList<QStringList> menus;
    QStringList titles;
    for (const int c : columns) {
        menus << m_model->headerData(c, Qt::Horizontal, PermissionMatrixModel::MenusRole).toStringList();
        titles << m_model->headerData(c, Qt::Horizontal).toString();
    }
    const MatrixHeaderLayout layout(menus, titles);
    for (const MatrixHeaderLayout::Cell &cell : layout.cells()) {
        const double cellTop = top + cell.topLevel * p.menuRowHeight;
        const QRectF rect(x + cell.first * p.leafWidth, cellTop, (cell.last - cell.first + 1) * p.leafWidth,
                          cell.leaf ? top + p.headerHeight - cellTop : p.menuRowHeight);
        painter.fillRect(rect, cell.leaf ? leafFill : menuFill);
        painter.setPen(line);
        painter.drawRect(rect);
        painter.setPen(Qt::black);
        const QRectF inner = rect.adjusted(p.frame.padding, p.frame.padding, -p.frame.padding, -p.frame.padding);
        if (cell.leaf) {
            painter.setFont(p.frame.cellFont);
            painter.drawText(inner, LeafFlags, cell.text);
        } else {
            // A menu over one or two leaves: a smaller type before its title is cut.
            QFont font = p.frame.boldFont;
            while (font.pointSizeF() > MinMenuPoints
                   && QFontMetricsF(font, painter.device()).horizontalAdvance(cell.text) > inner.width())
                font.setPointSizeF(font.pointSizeF() - 0.5);
            painter.setFont(font);
            painter.drawText(inner, Qt::AlignCenter,
                             QFontMetricsF(font, painter.device()).elidedText(cell.text, Qt::ElideRight, inner.width()));
        }
    }
}

void MatrixReport::paintPage(QPainter &painter, const Plan &p, int group, int rowPage, int pageNumber) const
{
    p.frame.paintHeading(painter, m_heading, {rowsLine(p, group, rowPage)});
    double y = p.frame.bodyTop();

    const std::vector<int> &columns = p.groups.at(group);
    paintTableHeader(painter, p, columns, y);
    y += p.headerHeight;

    const QPen line(QColor(0xc8, 0xcf, 0xd8), p.mm(0.1));
    const QColor stripe(0xf7, 0xf9, 0xfb);
    const QColor tick(0x1f, 0x7a, 0x3a);
    const QColor mainTick(0x5a, 0x67, 0x75);
    const auto matrix = m_model->matrix();
    const int first = rowPage * p.rowsPerPage;
    const int last = std::min(m_model->rowCount(), first + p.rowsPerPage);
    const double tableWidth = p.labelsWidth + static_cast<double>(columns.size()) * p.leafWidth;
    for (int r = first; r < last; ++r, y += p.rowHeight) {
        const int m = m_model->matrixRow(r);
        const bool mainAccount = matrix->row(m).mainAccount;
        if ((r - first) % 2 == 1)
            painter.fillRect(QRectF(0, y, tableWidth, p.rowHeight), stripe);
        double x = 0;
        const QStringList texts = labelTexts(r);
        painter.setFont(mainAccount ? p.frame.boldFont : p.frame.cellFont);
        const QFontMetricsF fm(painter.font(), painter.device());
        for (int i = 0; i < texts.size(); ++i) {
            const QRectF cell(x, y, p.labelWidths.at(i), p.rowHeight);
            painter.setPen(Qt::black);
            painter.drawText(cell.adjusted(p.frame.padding, 0, -p.frame.padding, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             fm.elidedText(texts.at(i), Qt::ElideRight, cell.width() - 2 * p.frame.padding));
            painter.setPen(line);
            painter.drawRect(cell);
            x += p.labelWidths.at(i);
        }
        painter.setFont(p.frame.boldFont);
        for (const int c : columns) {
            const QRectF cell(x, y, p.leafWidth, p.rowHeight);
            if (matrix->granted(m, m_model->matrixColumn(c))) {
                painter.setPen(mainAccount ? mainTick : tick);
                painter.drawText(cell, Qt::AlignCenter, QString(QChar(0x2713)));
            }
            painter.setPen(line);
            painter.drawRect(cell);
            x += p.leafWidth;
        }
    }

    p.frame.paintFooter(painter, pageNumber, p.pages());
}

} // namespace zc::ui
