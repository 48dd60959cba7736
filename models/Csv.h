#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace zc::Csv {

// One CSV field as RFC 4180 has it, for every CSV the clients write (the
// desktop's exports, zhaocai-cli's): quoted when it holds a comma, a quote,
// CR or LF, or starts or ends with a space (which some readers trim); quotes
// inside doubled. A field that begins with = + - @, a tab or CR is one a
// spreadsheet would run as a formula (CSV injection): it is neutralised with
// a leading apostrophe inside the quotes, as OWASP advises — a name like
// "=HYPERLINK(…)" is shown as text, never run.
[[nodiscard]] QString field(const QString &value);
// The fields of one record, comma-separated, ended by CRLF.
[[nodiscard]] QString record(const QStringList &fields);

// --- Reading (zhaocai-cli's assign --from) ---

// One record read, with the line of the file it starts on (1-based; a quoted
// field may run over several lines).
struct Record
{
    int line = 0;
    QStringList fields;
};

// Why a file is not CSV that parse() reads; the line it was found on.
struct ParseError
{
    enum class Kind {
        None,
        NotUtf8,          // bytes that are not UTF-8
        UnclosedQuote,    // a quoted field still open at the end of the file
        TextAfterQuote,   // "ab"c — something other than a comma or a line end after a closing quote
        QuoteInField,     // ab"c — a quote inside an unquoted field
    };
    Kind kind = Kind::None;
    int line = 0;
};

// The records of a UTF-8 CSV as RFC 4180 writes them: a byte-order mark at
// the start is skipped, lines end with CRLF or LF (a lone CR too), fields
// may be quoted ("a, b", "say ""hi""", line breaks inside). Empty lines are
// skipped. Fields are taken as they are: nothing is trimmed or neutralised.
// nullopt, with *error, when the data is not such a file.
[[nodiscard]] std::optional<QList<Record>> parse(const QByteArray &data, ParseError *error = nullptr);

} // namespace zc::Csv
