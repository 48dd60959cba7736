#include "TextTable.h"

#include <algorithm>

namespace zc::cli {

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x20000 && c <= 0x3FFFD);
}

QString padded(const QString &text, int width)
{
    return text + QString(qMax(0, width - TextTable::displayWidth(text)), QLatin1Char(' '));
}

} // namespace

TextTable::TextTable(const QStringList &header) : m_header(header) {}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

int TextTable::displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x20 || (c >= 0x300 && c <= 0x36F))   // control and combining marks take no column
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString TextTable::toString() const
{
    const qsizetype columns = m_header.size();
    QList<int> widths(columns, 0);
    for (qsizetype i = 0; i < columns; ++i)
        widths[i] = displayWidth(m_header.at(i).simplified());
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < columns && i < row.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i).simplified()));
    }
    const auto line = [&](const QStringList &cells) -> QString {
        QString out;
        for (qsizetype i = 0; i < columns; ++i) {
            const QString cell = cells.value(i).simplified();   // one line per row
            out += i + 1 < columns ? padded(cell, widths[i]) + QStringLiteral("  ") : cell;
        }
        return out + QLatin1Char('\n');
    };
    QString out = line(m_header);
    QString rule;
    for (qsizetype i = 0; i < columns; ++i)
        rule += QString(widths[i], QLatin1Char('-')) + (i + 1 < columns ? QStringLiteral("  ") : QString());
    out += rule + QLatin1Char('\n');
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}

} // namespace zc::cli
