#include "ActionDelegate.h"

#include "ui/UiStyle.h"
#include "ui/widgets/PageProxyModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace zc::ui {

namespace {
constexpr int Padding = 8;
constexpr int Gap = 14;
} // namespace

ActionDelegate::ActionDelegate(PageProxyModel *pages, RowActionProvider provider, QObject *parent)
    : QStyledItemDelegate(parent), m_pages(pages), m_provider(std::move(provider))
{
}

QList<RowAction> ActionDelegate::actionsAt(const QModelIndex &index) const
{
    if (!m_pages || !m_provider || !index.isValid())
        return {};
    const QModelIndex source = m_pages->mapToSource(index.siblingAtColumn(0));
    return source.isValid() ? m_provider(source) : QList<RowAction>();
}

QList<QRect> ActionDelegate::actionRects(const QList<RowAction> &actions, const QRect &rect, const QFont &font) const
{
    const QFontMetrics metrics(font);
    QList<QRect> rects;
    int x = rect.left() + Padding;
    for (const RowAction &a : actions) {
        const int w = metrics.horizontalAdvance(a.text);
        rects << QRect(x, rect.top(), w, rect.height());
        x += w + Gap;
    }
    return rects;
}

int ActionDelegate::actionAt(const QModelIndex &index, const QRect &rect, const QPoint &pos, const QFont &font) const
{
    const QList<RowAction> actions = actionsAt(index);
    const QList<QRect> rects = actionRects(actions, rect, font);
    for (int i = 0; i < rects.size(); ++i) {
        if (rects.at(i).adjusted(-Gap / 2, 0, Gap / 2, 0).contains(pos))
            return i;
    }
    return -1;
}

void ActionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QList<RowAction> actions = actionsAt(index);
    const QList<QRect> rects = actionRects(actions, option.rect, option.font);
    painter->save();
    for (int i = 0; i < actions.size(); ++i) {
        const RowAction &a = actions.at(i);
        painter->setPen(UiStyle::colour(!a.enabled ? UiStyle::Tone::Disabled
                                        : a.danger ? UiStyle::Tone::Bad
                                                   : UiStyle::Tone::Link));
        painter->drawText(rects.at(i), Qt::AlignLeft | Qt::AlignVCenter, a.text);
    }
    painter->restore();
}

QSize ActionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QList<RowAction> actions = actionsAt(index);
    const QFontMetrics metrics(option.font);
    int w = 2 * Padding;
    for (const RowAction &a : actions)
        w += metrics.horizontalAdvance(a.text) + Gap;
    return {w, QStyledItemDelegate::sizeHint(option, index).height()};
}

bool ActionDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                 const QModelIndex &index)
{
    if (event->type() == QEvent::MouseMove || event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const int hit = actionAt(index, option.rect, mouse->position().toPoint(), option.font);
        const QList<RowAction> actions = actionsAt(index);
        const bool onEnabled = hit >= 0 && actions.at(hit).enabled;
        if (auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
            view->viewport()->setCursor(onEnabled ? Qt::PointingHandCursor : Qt::ArrowCursor);
        if (event->type() == QEvent::MouseButtonRelease && mouse->button() == Qt::LeftButton && onEnabled) {
            Q_EMIT triggered(actions.at(hit).key, index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool ActionDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                               const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip) {
        const int hit = actionAt(index, option.rect, event->pos(), option.font);
        const QList<RowAction> actions = actionsAt(index);
        if (hit >= 0 && !actions.at(hit).toolTip.isEmpty()) {
            QToolTip::showText(event->globalPos(), actions.at(hit).toolTip, view);
            return true;
        }
        QToolTip::hideText();
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace zc::ui
