#pragma once

#include "ui/widgets/RowAction.h"

#include <QPointer>
#include <QStyledItemDelegate>

namespace zc::ui {

class PageProxyModel;

// Draws a row's actions as links in the table's 操作 column and reports a
// click on one of them (triggered). Disabled actions are drawn grey and
// explain themselves in a tool tip. Keyboard users reach the same actions
// through the row's context menu and the page's buttons.
class ActionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ActionDelegate(PageProxyModel *pages, RowActionProvider provider, QObject *parent = nullptr);

    [[nodiscard]] QList<RowAction> actionsAt(const QModelIndex &index) const;
    // The action under `pos` (viewport coordinates) in a cell drawn at `rect`; -1 when none.
    [[nodiscard]] int actionAt(const QModelIndex &index, const QRect &rect, const QPoint &pos,
                               const QFont &font) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

Q_SIGNALS:
    void triggered(const QString &key, const QModelIndex &index);

private:
    [[nodiscard]] QList<QRect> actionRects(const QList<RowAction> &actions, const QRect &rect,
                                           const QFont &font) const;

    QPointer<PageProxyModel> m_pages;
    RowActionProvider m_provider;
};

} // namespace zc::ui
