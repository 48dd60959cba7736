#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace zc::ui {

// The cells of the matrix's column header, shared by the page's header view
// and the printed report: each menu a cell spanning its leaves on its level
// (top-level menus on level 0, their sub-menus on level 1, …), each leaf a
// cell below its menus down to the leaf row. A leaf straight under a
// top-level menu (基础设置 › 账号管理) reaches up to level 1, so no empty cell
// is drawn above it.
class MatrixHeaderLayout
{
public:
    struct Cell
    {
        int first = 0;       // the first column it spans
        int last = 0;        // the last column it spans
        int topLevel = 0;    // the level its top edge is on
        bool leaf = false;   // a leaf: its bottom edge is the header's; a menu: one level high
        QString text;
    };

    // `menus[i]` are the titles of the menus above column i (top first),
    // `titles[i]` its leaf's title. levels() is the number of menu levels.
    MatrixHeaderLayout(const QList<QStringList> &menus, const QStringList &titles);

    [[nodiscard]] int levels() const { return m_levels; }
    [[nodiscard]] const QList<Cell> &cells() const { return m_cells; }
    // The cells that cover columns first..last (a menu spanning beyond them is cut to them).
    [[nodiscard]] QList<Cell> cells(int first, int last) const;

private:
    QList<Cell> m_cells;
    int m_levels = 0;
};

} // namespace zc::ui
