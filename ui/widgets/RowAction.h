#pragma once

#include <QModelIndex>
#include <QString>

#include <functional>

namespace zc::ui {

// One action of a table row's 操作 cell (修改, 删除, 分配账号 …): drawn as a
// link by ActionDelegate and offered in the row's context menu. A disabled
// action says why in its tool tip (e.g. offline).
struct RowAction
{
    QString key;            // what actionTriggered() reports, e.g. "edit"
    QString text;           // translated
    bool enabled = true;
    QString toolTip;
    bool danger = false;    // drawn in red (删除)
};

// The actions of the row of `sourceIndex` (an index of the table's filtered
// model, column 0).
using RowActionProvider = std::function<QList<RowAction>(const QModelIndex &sourceIndex)>;

} // namespace zc::ui
