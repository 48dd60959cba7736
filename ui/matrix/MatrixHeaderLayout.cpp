#include "MatrixHeaderLayout.h"

#include <algorithm>

namespace zc::ui {

MatrixHeaderLayout::MatrixHeaderLayout(const QList<QStringList> &menus, const QStringList &titles)
{
    const int count = static_cast<int>(std::min(menus.size(), titles.size()));
    for (int c = 0; c < count; ++c)
        m_levels = std::max(m_levels, static_cast<int>(menus.at(c).size()));
    // A menu's cell runs over the next columns with the same menus down to its level.
    for (int level = 0; level < m_levels; ++level) {
        int c = 0;
        while (c < count) {
            const QStringList &path = menus.at(c);
            if (path.size() <= level) {
                ++c;
                continue;
            }
            const QStringList prefix = path.mid(0, level + 1);
            int last = c;
            while (last + 1 < count && menus.at(last + 1).size() > level && menus.at(last + 1).mid(0, level + 1) == prefix)
                ++last;
            m_cells.append({c, last, level, false, path.at(level)});
            c = last + 1;
        }
    }
    for (int c = 0; c < count; ++c)
        m_cells.append({c, c, static_cast<int>(menus.at(c).size()), true, titles.at(c)});
}

QList<MatrixHeaderLayout::Cell> MatrixHeaderLayout::cells(int first, int last) const
{
    QList<Cell> out;
    for (Cell cell : m_cells) {
        if (cell.last < first || cell.first > last)
            continue;
        cell.first = std::max(cell.first, first);
        cell.last = std::min(cell.last, last);
        out.append(cell);
    }
    return out;
}

} // namespace zc::ui
