#include "Csv.h"

#include <QStringDecoder>

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

namespace zc::Csv {

namespace {

std::optional<QList<Record>> fail(ParseError *error, ParseError::Kind kind, int line)
{
    if (error)
        *error = ParseError{kind, line};
    return std::nullopt;
}

} // namespace

std::optional<QList<Record>> parse(const QByteArray &data, ParseError *error)
{
    if (error)
        *error = ParseError{};
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // The line of the first byte that is not UTF-8.
        const int line = 1 + static_cast<int>(text.left(text.indexOf(QChar::ReplacementCharacter)).count(u'\n'));
        return fail(error, ParseError::Kind::NotUtf8, line);
    }

    QList<Record> records;
    Record current;
    QString field;
    bool quoted = false;        // inside a quoted field
    bool wasQuoted = false;     // the field being read was quoted (and is closed)
    int line = 1;
    const auto endField = [&] {
        current.fields.append(field);
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        // An empty line is one empty, unquoted field: skipped.
        if (!(current.fields.size() == 1 && current.fields.constFirst().isEmpty()))
            records.append(current);
        current = Record{};
    };
    current.line = line;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            current.line = line;
        } else if (wasQuoted) {
            return fail(error, ParseError::Kind::TextAfterQuote, line);
        } else if (c == u'"') {
            if (!field.isEmpty())
                return fail(error, ParseError::Kind::QuoteInField, line);
            quoted = true;
        } else {
            field += c;
        }
    }
    if (quoted)
        return fail(error, ParseError::Kind::UnclosedQuote, current.line);
    if (!field.isEmpty() || wasQuoted || !current.fields.isEmpty())
        endRecord();
    return records;
}

} // namespace zc::Csv
