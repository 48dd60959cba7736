#include "Csv.h"

namespace zc::Csv {

namespace {

bool startsAFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar c = value.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

QString field(const QString &value)
{
    const bool formula = startsAFormula(value);
    const bool quote = formula || value.contains(u',') || value.contains(u'"') || value.contains(u'\r')
                       || value.contains(u'\n') || value.startsWith(u' ') || value.endsWith(u' ');
    if (!quote)
        return value;
    QString out = value;
    out.replace(u'"', QStringLiteral("\"\""));
    return QLatin1Char('"') + (formula ? QStringLiteral("'") : QString()) + out + QLatin1Char('"');
}

QString record(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += field(fields.at(i));
    }
    return line + QStringLiteral("\r\n");
}

} // namespace zc::Csv
