#pragma once

#include <QString>
#include <QStringList>

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

} // namespace zc::Csv
