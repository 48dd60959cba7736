#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace zc::cli {

// zhaocai-cli's CSV: records of Csv::record (RFC 4180, formulas
// neutralised), UTF-8, with an optional byte-order mark so that Excel reads
// Chinese text correctly.
class CsvWriter
{
public:
    explicit CsvWriter(bool byteOrderMark = false);

    void addRow(const QStringList &fields);
    [[nodiscard]] const QByteArray &data() const { return m_data; }
    [[nodiscard]] int rows() const { return m_rows; }

    [[nodiscard]] static QString quoted(const QString &field);

private:
    QByteArray m_data;
    int m_rows = 0;
};

} // namespace zc::cli
