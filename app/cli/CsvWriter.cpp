#include "CsvWriter.h"

namespace zc::cli {

CsvWriter::CsvWriter(bool byteOrderMark)
{
    if (byteOrderMark)
        m_data = QByteArrayLiteral("\xEF\xBB\xBF");
}

QString CsvWriter::quoted(const QString &field)
{
    const bool needs = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n'))
        || field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    if (!needs)
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += quoted(fields.at(i));
    }
    line += QStringLiteral("\r\n");
    m_data += line.toUtf8();
    ++m_rows;
}

} // namespace zc::cli
