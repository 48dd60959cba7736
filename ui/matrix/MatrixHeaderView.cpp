#include "MatrixHeaderView.h"

#include "ui/matrix/MatrixHeaderLayout.h"
#include "ui/matrix/PermissionMatrixModel.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QPainter>
#include <QPaintEvent>

#include <algorithm>

namespace zc::ui {

namespace {
constexpr int Padding = 4;
constexpr int MaxLeafLines = 4;
constexpr int TextFlags = Qt::AlignCenter | Qt::TextWordWrap;
} // namespace

MatrixHeaderView::MatrixHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
    setDefaultAlignment(Qt::AlignCenter);
}

MatrixHeaderLayout MatrixHeaderView::layout() const
{
    QList<QStringList> menus;
    QStringList titles;
    if (QAbstractItemModel *m = model()) {
        for (int c = 0; c < m->columnCount(); ++c) {
            menus << m->headerData(c, Qt::Horizontal, PermissionMatrixModel::MenusRole).toStringList();
            titles << m->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        }
    }
    return MatrixHeaderLayout(menus, titles);
}

QStringList MatrixHeaderView::levelTexts(int column) const
{
    QAbstractItemModel *m = model();
    if (!m || column < 0 || column >= m->columnCount())
        return {};
    return m->headerData(column, Qt::Horizontal, PermissionMatrixModel::MenusRole).toStringList()
           << m->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

int MatrixHeaderView::menuRowHeight() const
{
    return fontMetrics().height() + 2 * Padding;
}

int MatrixHeaderView::leafRowHeight() const
{
    const QFontMetrics fm = fontMetrics();
    int height = fm.height();
    if (QAbstractItemModel *m = model()) {
        for (int c = 0; c < m->columnCount(); ++c) {
            const QString title = m->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
            const QRect r = fm.boundingRect(QRect(0, 0, std::max(8, sectionSize(c) - 2 * Padding), 10000), TextFlags,
                                            title);
            height = std::max(height, r.height());
        }
    }
    return std::min(height, MaxLeafLines * fm.height()) + 2 * Padding;
}

QSize MatrixHeaderView::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    size.setHeight(layout().levels() * menuRowHeight() + leafRowHeight());
    return size;
}

void MatrixHeaderView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(viewport());
    const MatrixHeaderLayout cells = layout();
    const int menuHeight = menuRowHeight();
    const int bottom = viewport()->height();
    const QColor menuFill = palette().color(QPalette::Button).darker(106);
    const QColor leafFill = palette().color(QPalette::Button);
    const QColor current = palette().color(QPalette::Highlight).lighter(185);
    const QColor line = palette().color(QPalette::Mid);
    int currentColumn = -1;
    if (auto *view = qobject_cast<QAbstractItemView *>(parentWidget()); view && view->selectionModel())
        currentColumn = view->selectionModel()->currentIndex().column();

    QFont menuFont = font();
    menuFont.setBold(true);
    for (const MatrixHeaderLayout::Cell &cell : cells.cells()) {
        if (isSectionHidden(cell.first) || isSectionHidden(cell.last))
            continue;
        const int left = sectionViewportPosition(cell.first);
        const int right = sectionViewportPosition(cell.last) + sectionSize(cell.last);
        if (right < 0 || left > viewport()->width())
            continue;
        const int top = cell.topLevel * menuHeight;
        const QRect rect(left, top, right - left, cell.leaf ? bottom - top : menuHeight);
        const bool highlighted = cell.leaf && cell.first == currentColumn;
        painter.fillRect(rect, highlighted ? current : (cell.leaf ? leafFill : menuFill));
        painter.setPen(line);
        painter.drawLine(rect.topRight(), rect.bottomRight());
        painter.drawLine(rect.bottomLeft(), rect.bottomRight());
        painter.setPen(palette().color(QPalette::ButtonText));
        // A menu's title centred on what of it is in sight, elided to that.
        const QRect visible = rect.intersected(viewport()->rect()).adjusted(Padding, 0, -Padding, 0);
        if (cell.leaf) {
            painter.setFont(font());
            painter.drawText(rect.adjusted(Padding, Padding, -Padding, -Padding), TextFlags, cell.text);
        } else {
            painter.setFont(menuFont);
            painter.drawText(visible, Qt::AlignCenter,
                             QFontMetrics(menuFont).elidedText(cell.text, Qt::ElideRight, visible.width()));
        }
    }
}

} // namespace zc::ui
