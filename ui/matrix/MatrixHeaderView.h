#pragma once

#include <QHeaderView>

namespace zc::ui {

class MatrixHeaderLayout;

// The matrix's column header in levels: each menu's title spans the leaves
// under it (药品集中采购, then 药品采购 under it), the leaves' titles below,
// wrapped to the column's width; the current cell's column is highlighted.
// The model gives each column's menus in PermissionMatrixModel::MenusRole.
class MatrixHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    explicit MatrixHeaderView(QWidget *parent = nullptr);

    [[nodiscard]] QSize sizeHint() const override;
    // The header's text levels, top down: a menu title per menu level, then the leaves.
    [[nodiscard]] QStringList levelTexts(int column) const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    [[nodiscard]] MatrixHeaderLayout layout() const;
    [[nodiscard]] int menuRowHeight() const;
    [[nodiscard]] int leafRowHeight() const;
};

} // namespace zc::ui
