#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace zc::cli {

// A plain-text table for the terminal: columns padded to their widest cell,
// counting CJK and other East Asian wide characters as two columns (as
// terminals draw them), so Chinese names line up.
class TextTable
{
public:
    explicit TextTable(const QStringList &header);

    void addRow(const QStringList &cells);
    [[nodiscard]] bool isEmpty() const { return m_rows.isEmpty(); }
    [[nodiscard]] QString toString() const;     // header, a rule, the rows; each line ends with \n

    [[nodiscard]] static int displayWidth(const QString &text);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace zc::cli
