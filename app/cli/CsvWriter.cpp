#include "CsvWriter.h"

#include "models/Csv.h"

namespace zc::cli {

CsvWriter::CsvWriter(bool byteOrderMark)
{
    if (byteOrderMark)
        m_data = QByteArrayLiteral("\xEF\xBB\xBF");
}

QString CsvWriter::quoted(const QString &field)
{
    return Csv::field(field);
}

void CsvWriter::addRow(const QStringList &fields)
{
    m_data += Csv::record(fields).toUtf8();
    ++m_rows;
}

} // namespace zc::cli
